import { codePoints, collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { explainWidget, isWidget } from '../schemas/widgets.validators.js';
import type { WidgetDeleteResponse, WidgetListResponse } from './widgets.types.js';

/** Whether `value` is a valid {@link WidgetDeleteResponse}. Fast: returns at the first problem. */
export function isWidgetDeleteResponse(value: unknown): value is WidgetDeleteResponse {
  if (value !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const v0 = value as Record<string, unknown>;
    const v1 = v0.id;
    if (v1 === undefined) return false;
    if (typeof v1 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetDeleteResponse} is false. */
export function explainWidgetDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (value !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(issues, path, "object", value);
    } else {
      const v0 = value as Record<string, unknown>;
      const v1 = v0.id;
      if (v1 === undefined) {
        missing(issues, path + "/id", "string");
      } else {
        if (typeof v1 !== 'string') {
          fail(issues, path + "/id", "string", v1);
        }
      }
    }
  }
}

/** Checks `value` against {@link WidgetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetDeleteResponse(value: unknown): ValidationResult<WidgetDeleteResponse> {
  return isWidgetDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWidgetDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export function isWidgetDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.account_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length > 32 && codePoints(v1) > 32) return false;
  const v2 = v0.widget_id;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  if (v2.length > 32 && codePoints(v2) > 32) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetDeleteArgs} is false. */
export function explainWidgetDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.account_id;
    if (v1 === undefined) {
      missing(issues, path + "/account_id", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/account_id", "string", v1);
      } else {
        if (v1.length > 32 && codePoints(v1) > 32) {
          fail(issues, path + "/account_id", "string of at most 32 characters", v1);
        }
      }
    }
    const v2 = v0.widget_id;
    if (v2 === undefined) {
      missing(issues, path + "/widget_id", "string");
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + "/widget_id", "string", v2);
      } else {
        if (v2.length > 32 && codePoints(v2) > 32) {
          fail(issues, path + "/widget_id", "string of at most 32 characters", v2);
        }
      }
    }
  }
}

/** Whether `value` is a valid {@link WidgetListResponse}. Fast: returns at the first problem. */
export function isWidgetListResponse(value: unknown): value is WidgetListResponse {
  if (!Array.isArray(value)) return false;
  const v0: unknown[] = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (!isWidget(v2)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetListResponse} is false. */
export function explainWidgetListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, "array", value);
  } else {
    const v0: unknown[] = value as unknown[];
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      explainWidget(v2, path + '/' + v1, issues);
    }
  }
}

/** Checks `value` against {@link WidgetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetListResponse(value: unknown): ValidationResult<WidgetListResponse> {
  return isWidgetListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWidgetListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export function isWidgetListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.account_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length > 32 && codePoints(v1) > 32) return false;
  const v2 = v0.page;
  if (v2 !== undefined) {
    if (!Number.isInteger(v2)) return false;
    if ((v2 as number) < 1) return false;
  }
  const v3 = v0.per_page;
  if (v3 !== undefined) {
    if (!Number.isInteger(v3)) return false;
    if ((v3 as number) < 1) return false;
    if ((v3 as number) > 50) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetListArgs} is false. */
export function explainWidgetListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.account_id;
    if (v1 === undefined) {
      missing(issues, path + "/account_id", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/account_id", "string", v1);
      } else {
        if (v1.length > 32 && codePoints(v1) > 32) {
          fail(issues, path + "/account_id", "string of at most 32 characters", v1);
        }
      }
    }
    const v2 = v0.page;
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        fail(issues, path + "/page", "integer", v2);
      } else {
        if ((v2 as number) < 1) {
          fail(issues, path + "/page", "integer that is >= 1", v2, "must be >= 1");
        }
      }
    }
    const v3 = v0.per_page;
    if (v3 !== undefined) {
      if (!Number.isInteger(v3)) {
        fail(issues, path + "/per_page", "integer", v3);
      } else {
        if ((v3 as number) < 1) {
          fail(issues, path + "/per_page", "integer that is >= 1", v3, "must be >= 1");
        }
        if ((v3 as number) > 50) {
          fail(issues, path + "/per_page", "integer that is <= 50", v3, "must be <= 50");
        }
      }
    }
  }
}
