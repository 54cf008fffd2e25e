import { collectIssues, fail, hasDuplicates, missing, pointer, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import type { Circle, Shape, Square } from './shapes.types.js';

/** Whether `value` is a valid {@link Circle}. Fast: returns at the first problem. */
export function isCircle(value: unknown): value is Circle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.kind;
  if (v1 === undefined) return false;
  if (!(v1 === "circle")) return false;
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
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.kind;
    if (v1 === undefined) {
      missing(issues, path + "/kind", "enum");
    } else {
      if (!(v1 === "circle")) {
        fail(issues, path + "/kind", "one of \"circle\"", v1);
      }
    }
    const v2 = v0.radius;
    if (v2 === undefined) {
      missing(issues, path + "/radius", "number");
    } else {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + "/radius", "number", v2);
      } else {
        if ((v2 as number) <= 0) {
          fail(issues, path + "/radius", "number that is > 0", v2, "must be > 0");
        }
      }
    }
    const v3 = v0.label;
    if (v3 !== undefined) {
      if (v3 !== null) {
        if (typeof v3 !== 'string') {
          fail(issues, path + "/label", "string", v3);
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
  const v0 = value as Record<string, unknown>;
  switch (v0.kind) {
    case "circle":
    if (!isCircle(value)) return false;
    break;
    case "square":
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
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.kind;
    switch (v1) {
      case "circle":
      explainCircle(value, path, issues);
      break;
      case "square":
      explainSquare(value, path, issues);
      break;
      default:
      fail(issues, path + "/kind", "one of \"circle\", \"square\"", v1);
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.kind;
  if (v1 === undefined) return false;
  if (!(v1 === "square")) return false;
  const v2 = v0.side;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  if ((v2 as number) <= 0) return false;
  const v3 = v0.tags;
  if (v3 !== undefined) {
    if (!Array.isArray(v3)) return false;
    const v4: unknown[] = v3;
    for (let v5 = 0; v5 < v4.length; v5++) {
      const v6 = v4[v5];
      if (typeof v6 !== 'string') return false;
    }
    if (hasDuplicates(v4)) return false;
  }
  for (const v7 of Object.keys(v0)) {
    if (!(v7 === "kind" || v7 === "side" || v7 === "tags")) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSquare} is false. */
export function explainSquare(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.kind;
    if (v1 === undefined) {
      missing(issues, path + "/kind", "enum");
    } else {
      if (!(v1 === "square")) {
        fail(issues, path + "/kind", "one of \"square\"", v1);
      }
    }
    const v2 = v0.side;
    if (v2 === undefined) {
      missing(issues, path + "/side", "number");
    } else {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + "/side", "number", v2);
      } else {
        if ((v2 as number) <= 0) {
          fail(issues, path + "/side", "number that is > 0", v2, "must be > 0");
        }
      }
    }
    const v3 = v0.tags;
    if (v3 !== undefined) {
      if (!Array.isArray(v3)) {
        fail(issues, path + "/tags", "array", v3);
      } else {
        const v4: unknown[] = v3 as unknown[];
        for (let v5 = 0; v5 < v4.length; v5++) {
          const v6 = v4[v5];
          if (typeof v6 !== 'string') {
            fail(issues, path + "/tags" + '/' + v5, "string", v6);
          }
        }
        if (hasDuplicates(v4)) {
          fail(issues, path + "/tags", "array of unique items", v4, "must not contain duplicate items");
        }
      }
    }
    for (const v7 of Object.keys(v0)) {
      if (!(v7 === "kind" || v7 === "side" || v7 === "tags")) fail(issues, path + '/' + pointer(v7), "no such property", v0[v7], "is not an allowed property");
    }
  }
}

/** Checks `value` against {@link Square}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSquare(value: unknown): ValidationResult<Square> {
  return isSquare(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSquare) };
}
