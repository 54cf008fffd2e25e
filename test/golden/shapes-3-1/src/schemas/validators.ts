import {
  collectIssues,
  fail,
  hasDuplicates,
  pointer,
  type ValidationIssue,
  type ValidationResult,
} from '../core/validation.js';
import type { Circle, Shape, Square, TreeNode, Weight } from './types.js';

function check29(value: unknown): boolean {
  if (!Number.isInteger(value)) return false;
  return true;
}
function check30(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return true;
}
function check36(value: unknown): boolean {
  if (value !== null) return false;
  return true;
}
/** Whether `value` is a valid {@link Circle}. Fast: returns at the first problem. */
export function isCircle(value: unknown): value is Circle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.kind;
  if (v1 === undefined) return false;
  if (!(v1 === 'circle')) return false;
  const v2 = v0.radius;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  if ((v2 as number) <= 0) return false;
  const v3 = v0.label;
  if (v3 !== undefined) {
    if (v3 !== null) {
      if (typeof v3 !== 'string') return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCircle} is false. */
export function explainCircle(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v4 = value as unknown as Record<string, unknown>;
    const v5 = v4.kind;
    if (v5 === undefined) {
      fail(issues, path + '/kind', 'enum', v5, 'is required');
    } else {
      if (!(v5 === 'circle')) {
        fail(issues, path + '/kind', 'one of "circle"', v5);
      }
    }
    const v6 = v4.radius;
    if (v6 === undefined) {
      fail(issues, path + '/radius', 'number', v6, 'is required');
    } else {
      if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
        fail(issues, path + '/radius', 'number', v6);
      } else {
        if ((v6 as number) <= 0) {
          fail(issues, path + '/radius', 'number that is > 0', v6, 'must be > 0');
        }
      }
    }
    const v7 = v4.label;
    if (v7 !== undefined) {
      if (v7 !== null) {
        if (typeof v7 !== 'string') {
          fail(issues, path + '/label', 'string', v7);
        } else {
        }
      }
    }
  }
}

/** Checks `value` against {@link Circle}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCircle(value: unknown): ValidationResult<Circle> {
  return isCircle(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCircle) };
}

/** Whether `value` is a valid {@link Shape}. Fast: returns at the first problem. */
export function isShape(value: unknown): value is Shape {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v8 = value as unknown as Record<string, unknown>;
  switch (v8.kind) {
    case 'circle':
      if (!isCircle(value)) return false;
      break;
    case 'square':
      if (!isSquare(value)) return false;
      break;
    default:
      return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isShape} is false. */
export function explainShape(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v9 = value as unknown as Record<string, unknown>;
    const v10 = v9.kind;
    switch (v10) {
      case 'circle':
        explainCircle(value, path, issues);
        break;
      case 'square':
        explainSquare(value, path, issues);
        break;
      default:
        fail(issues, path + '/kind', 'one of "circle", "square"', v10);
    }
  }
}

/** Checks `value` against {@link Shape}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateShape(value: unknown): ValidationResult<Shape> {
  return isShape(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainShape) };
}

/** Whether `value` is a valid {@link Square}. Fast: returns at the first problem. */
export function isSquare(value: unknown): value is Square {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v11 = value as unknown as Record<string, unknown>;
  const v12 = v11.kind;
  if (v12 === undefined) return false;
  if (!(v12 === 'square')) return false;
  const v13 = v11.side;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
  if ((v13 as number) <= 0) return false;
  const v14 = v11.tags;
  if (v14 !== undefined) {
    if (!Array.isArray(v14)) return false;
    const v15: unknown[] = v14;
    for (let v16 = 0; v16 < v15.length; v16++) {
      const v17 = v15[v16];
      if (typeof v17 !== 'string') return false;
    }
    if (hasDuplicates(v15)) return false;
  }
  for (const v18 of Object.keys(v11)) {
    if (!(v18 === 'kind' || v18 === 'side' || v18 === 'tags')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSquare} is false. */
export function explainSquare(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v19 = value as unknown as Record<string, unknown>;
    const v20 = v19.kind;
    if (v20 === undefined) {
      fail(issues, path + '/kind', 'enum', v20, 'is required');
    } else {
      if (!(v20 === 'square')) {
        fail(issues, path + '/kind', 'one of "square"', v20);
      }
    }
    const v21 = v19.side;
    if (v21 === undefined) {
      fail(issues, path + '/side', 'number', v21, 'is required');
    } else {
      if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
        fail(issues, path + '/side', 'number', v21);
      } else {
        if ((v21 as number) <= 0) {
          fail(issues, path + '/side', 'number that is > 0', v21, 'must be > 0');
        }
      }
    }
    const v22 = v19.tags;
    if (v22 !== undefined) {
      if (!Array.isArray(v22)) {
        fail(issues, path + '/tags', 'array', v22);
      } else {
        const v23: unknown[] = v22 as unknown[];
        for (let v24 = 0; v24 < v23.length; v24++) {
          const v25 = v23[v24];
          if (typeof v25 !== 'string') {
            fail(issues, path + '/tags' + '/' + v24, 'string', v25);
          } else {
          }
        }
        if (hasDuplicates(v23)) {
          fail(issues, path + '/tags', 'array of unique items', v23, 'must not contain duplicate items');
        }
      }
    }
    for (const v26 of Object.keys(v19)) {
      if (!(v26 === 'kind' || v26 === 'side' || v26 === 'tags'))
        fail(issues, path + '/' + pointer(v26), 'no such property', v19[v26], 'is not an allowed property');
    }
  }
}

/** Checks `value` against {@link Square}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSquare(value: unknown): ValidationResult<Square> {
  return isSquare(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSquare) };
}

/** Whether `value` is a valid {@link TreeNode}. Fast: returns at the first problem. */
export function isTreeNode(value: unknown): value is TreeNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v27 = value as unknown as Record<string, unknown>;
  const v28 = v27.value;
  if (v28 === undefined) return false;
  if (!(check29(v28) || check30(v28))) return false;
  const v31 = v27.children;
  if (v31 === undefined) return false;
  if (!Array.isArray(v31)) return false;
  const v32: unknown[] = v31;
  for (let v33 = 0; v33 < v32.length; v33++) {
    const v34 = v32[v33];
    if (!isTreeNode(v34)) return false;
  }
  const v35 = v27.parent;
  if (v35 !== undefined) {
    if (!(isTreeNode(v35) || check36(v35))) return false;
  }
  const v37 = v27.weight;
  if (v37 !== undefined) {
    if (!isWeight(v37)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTreeNode} is false. */
export function explainTreeNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v38 = value as unknown as Record<string, unknown>;
    const v39 = v38.value;
    if (v39 === undefined) {
      fail(issues, path + '/value', 'a value', v39, 'is required');
    } else {
      if (!(check29(v39) || check30(v39))) {
        fail(
          issues,
          path + '/value',
          'a value matching at least one of 2 alternatives (anyOf)',
          v39,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v40 = v38.children;
    if (v40 === undefined) {
      fail(issues, path + '/children', 'array', v40, 'is required');
    } else {
      if (!Array.isArray(v40)) {
        fail(issues, path + '/children', 'array', v40);
      } else {
        const v41: unknown[] = v40 as unknown[];
        for (let v42 = 0; v42 < v41.length; v42++) {
          const v43 = v41[v42];
          explainTreeNode(v43, path + '/children' + '/' + v42, issues);
        }
      }
    }
    const v44 = v38.parent;
    if (v44 !== undefined) {
      if (!(isTreeNode(v44) || check36(v44))) {
        fail(
          issues,
          path + '/parent',
          'a value matching at least one of 2 alternatives (anyOf)',
          v44,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v45 = v38.weight;
    if (v45 !== undefined) {
      explainWeight(v45, path + '/weight', issues);
    }
  }
}

/** Checks `value` against {@link TreeNode}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTreeNode(value: unknown): ValidationResult<TreeNode> {
  return isTreeNode(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTreeNode) };
}

/** Whether `value` is a valid {@link Weight}. Fast: returns at the first problem. */
export function isWeight(value: unknown): value is Weight {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if ((value as number) < 0) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWeight} is false. */
export function explainWeight(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(issues, path, 'number', value);
  } else {
    if ((value as number) < 0) {
      fail(issues, path, 'number that is >= 0', value, 'must be >= 0');
    }
  }
}

/** Checks `value` against {@link Weight}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWeight(value: unknown): ValidationResult<Weight> {
  return isWeight(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWeight) };
}
