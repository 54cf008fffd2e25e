import { collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import type { TreeNode, Weight } from './trees.types.js';

function check0(value: unknown): boolean {
  if (!Number.isInteger(value)) return false;
  return true;
}
function check1(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return true;
}
function check2(value: unknown): boolean {
  if (value !== null) return false;
  return true;
}
/** Whether `value` is a valid {@link TreeNode}. Fast: returns at the first problem. */
export function isTreeNode(value: unknown): value is TreeNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.value;
  if (v1 === undefined) return false;
  if (!(check0(v1) || check1(v1))) return false;
  const v2 = v0.children;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3: unknown[] = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (!isTreeNode(v5)) return false;
  }
  const v6 = v0.parent;
  if (v6 !== undefined) {
    if (!(isTreeNode(v6) || check2(v6))) return false;
  }
  const v7 = v0.weight;
  if (v7 !== undefined) {
    if (!isWeight(v7)) return false;
    const v8: unknown = v7;
    if (typeof v8 !== 'number' || !Number.isFinite(v8)) return false;
    if ((v8 as number) > 10) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTreeNode} is false. */
export function explainTreeNode(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.value;
    if (v1 === undefined) {
      missing(issues, path + "/value", "a value");
    } else {
      if (!(check0(v1) || check1(v1))) {
        fail(issues, path + "/value", "a value matching at least one of 2 alternatives (anyOf)", v1, "matches none of the anyOf alternatives");
      }
    }
    const v2 = v0.children;
    if (v2 === undefined) {
      missing(issues, path + "/children", "array");
    } else {
      if (!Array.isArray(v2)) {
        fail(issues, path + "/children", "array", v2);
      } else {
        const v3: unknown[] = v2 as unknown[];
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          explainTreeNode(v5, path + "/children" + '/' + v4, issues);
        }
      }
    }
    const v6 = v0.parent;
    if (v6 !== undefined) {
      if (!(isTreeNode(v6) || check2(v6))) {
        fail(issues, path + "/parent", "a value matching at least one of 2 alternatives (anyOf)", v6, "matches none of the anyOf alternatives");
      }
    }
    const v7 = v0.weight;
    if (v7 !== undefined) {
      explainWeight(v7, path + "/weight", issues);
      if (typeof v7 !== 'number' || !Number.isFinite(v7)) {
        fail(issues, path + "/weight", "number", v7);
      } else {
        if ((v7 as number) > 10) {
          fail(issues, path + "/weight", "number that is <= 10", v7, "must be <= 10");
        }
      }
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
    fail(issues, path, "number", value);
  } else {
    if ((value as number) < 0) {
      fail(issues, path, "number that is >= 0", value, "must be >= 0");
    }
  }
}

/** Checks `value` against {@link Weight}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWeight(value: unknown): ValidationResult<Weight> {
  return isWeight(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWeight) };
}
