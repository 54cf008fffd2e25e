import { collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import type { Error2 } from './shared.types.js';

/** Whether `value` is a valid {@link Error2}. Fast: returns at the first problem. */
export function isError2(value: unknown): value is Error2 {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.code;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  const v2 = v0.message;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isError2} is false. */
export function explainError2(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.code;
    if (v1 === undefined) {
      missing(issues, path + "/code", "integer");
    } else {
      if (!Number.isInteger(v1)) {
        fail(issues, path + "/code", "integer", v1);
      }
    }
    const v2 = v0.message;
    if (v2 === undefined) {
      missing(issues, path + "/message", "string");
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + "/message", "string", v2);
      }
    }
  }
}

/** Checks `value` against {@link Error2}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateError2(value: unknown): ValidationResult<Error2> {
  return isError2(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainError2) };
}
