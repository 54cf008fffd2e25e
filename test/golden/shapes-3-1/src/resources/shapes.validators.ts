import { collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { isUuid as formatUuid } from '../core/formats.js';
import { explainShape, isShape } from '../schemas/shapes.validators.js';
import type { ShapeGetResponse } from './shapes.types.js';

/** Whether `value` is a valid {@link ShapeGetResponse}. Fast: returns at the first problem. */
export function isShapeGetResponse(value: unknown): value is ShapeGetResponse {
  if (!isShape(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isShapeGetResponse} is false. */
export function explainShapeGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainShape(value, path, issues);
}

/** Checks `value` against {@link ShapeGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateShapeGetResponse(value: unknown): ValidationResult<ShapeGetResponse> {
  return isShapeGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainShapeGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export function isShapeGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.shape_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatUuid(v1)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isShapeGetArgs} is false. */
export function explainShapeGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.shape_id;
    if (v1 === undefined) {
      missing(issues, path + "/shape_id", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/shape_id", "string", v1);
      } else {
        if (!formatUuid(v1)) {
          fail(issues, path + "/shape_id", "uuid string", v1);
        }
      }
    }
  }
}
