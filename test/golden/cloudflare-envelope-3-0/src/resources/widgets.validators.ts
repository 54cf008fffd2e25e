import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { explainWidget, isWidget } from '../schemas/validators.js';
import type { WidgetDeleteResponse, WidgetListResponse } from './widgets.types.js';

/** Whether `value` is a valid {@link WidgetDeleteResponse}. Fast: returns at the first problem. */
export function isWidgetDeleteResponse(value: unknown): value is WidgetDeleteResponse {
  if (value !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const v0 = value as unknown as Record<string, unknown>;
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
      fail(issues, path, 'object', value);
    } else {
      const v2 = value as unknown as Record<string, unknown>;
      const v3 = v2.id;
      if (v3 === undefined) {
        fail(issues, path + '/id', 'string', v3, 'is required');
      } else {
        if (typeof v3 !== 'string') {
          fail(issues, path + '/id', 'string', v3);
        } else {
        }
      }
    }
  }
}

/** Checks `value` against {@link WidgetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetDeleteResponse(value: unknown): ValidationResult<WidgetDeleteResponse> {
  return isWidgetDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainWidgetDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isWidgetDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v4 = value as unknown as Record<string, unknown>;
  const v5 = v4.account_id;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (v5.length > 32 && codePoints(v5) > 32) return false;
  const v6 = v4.widget_id;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  if (v6.length > 32 && codePoints(v6) > 32) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetDeleteArgs} is false. */
export function explainWidgetDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v7 = value as unknown as Record<string, unknown>;
    const v8 = v7.account_id;
    if (v8 === undefined) {
      fail(issues, path + '/account_id', 'string', v8, 'is required');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/account_id', 'string', v8);
      } else {
        if (v8.length > 32 && codePoints(v8) > 32) {
          fail(issues, path + '/account_id', 'string of at most 32 characters', v8);
        }
      }
    }
    const v9 = v7.widget_id;
    if (v9 === undefined) {
      fail(issues, path + '/widget_id', 'string', v9, 'is required');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/widget_id', 'string', v9);
      } else {
        if (v9.length > 32 && codePoints(v9) > 32) {
          fail(issues, path + '/widget_id', 'string of at most 32 characters', v9);
        }
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isWidgetDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainWidgetDeleteArgs) };
}

/** Whether `value` is a valid {@link WidgetListResponse}. Fast: returns at the first problem. */
export function isWidgetListResponse(value: unknown): value is WidgetListResponse {
  if (!Array.isArray(value)) return false;
  const v10: unknown[] = value;
  for (let v11 = 0; v11 < v10.length; v11++) {
    const v12 = v10[v11];
    if (!isWidget(v12)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetListResponse} is false. */
export function explainWidgetListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v13: unknown[] = value as unknown[];
    for (let v14 = 0; v14 < v13.length; v14++) {
      const v15 = v13[v14];
      explainWidget(v15, path + '/' + v14, issues);
    }
  }
}

/** Checks `value` against {@link WidgetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetListResponse(value: unknown): ValidationResult<WidgetListResponse> {
  return isWidgetListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainWidgetListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isWidgetListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v16 = value as unknown as Record<string, unknown>;
  const v17 = v16.account_id;
  if (v17 === undefined) return false;
  if (typeof v17 !== 'string') return false;
  if (v17.length > 32 && codePoints(v17) > 32) return false;
  const v18 = v16.page;
  if (v18 !== undefined) {
    if (!Number.isInteger(v18)) return false;
    if ((v18 as number) < 1) return false;
  }
  const v19 = v16.per_page;
  if (v19 !== undefined) {
    if (!Number.isInteger(v19)) return false;
    if ((v19 as number) < 1) return false;
    if ((v19 as number) > 50) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidgetListArgs} is false. */
export function explainWidgetListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v20 = value as unknown as Record<string, unknown>;
    const v21 = v20.account_id;
    if (v21 === undefined) {
      fail(issues, path + '/account_id', 'string', v21, 'is required');
    } else {
      if (typeof v21 !== 'string') {
        fail(issues, path + '/account_id', 'string', v21);
      } else {
        if (v21.length > 32 && codePoints(v21) > 32) {
          fail(issues, path + '/account_id', 'string of at most 32 characters', v21);
        }
      }
    }
    const v22 = v20.page;
    if (v22 !== undefined) {
      if (!Number.isInteger(v22)) {
        fail(issues, path + '/page', 'integer', v22);
      } else {
        if ((v22 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v22, 'must be >= 1');
        }
      }
    }
    const v23 = v20.per_page;
    if (v23 !== undefined) {
      if (!Number.isInteger(v23)) {
        fail(issues, path + '/per_page', 'integer', v23);
      } else {
        if ((v23 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v23, 'must be >= 1');
        }
        if ((v23 as number) > 50) {
          fail(issues, path + '/per_page', 'integer that is <= 50', v23, 'must be <= 50');
        }
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidgetListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isWidgetListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainWidgetListArgs) };
}
