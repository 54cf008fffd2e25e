import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type { EvaluationTypeListResponse } from './evaluation-types.types.js';

/** Whether `value` is a valid {@link EvaluationTypeListResponse}. Fast: returns at the first problem. */
export function isEvaluationTypeListResponse(value: unknown): value is EvaluationTypeListResponse {
  if (!Array.isArray(value)) return false;
  const v0: unknown[] = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2 as unknown as Record<string, unknown>;
    const v4 = v3.created_at;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!isDateTime(v4)) return false;
    const v5 = v3.description;
    if (v5 === undefined) return false;
    if (typeof v5 !== 'string') return false;
    const v6 = v3.enable;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'boolean') return false;
    const v7 = v3.id;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
    const v8 = v3.mandatory;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'boolean') return false;
    const v9 = v3.modified_at;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    if (!isDateTime(v9)) return false;
    const v10 = v3.name;
    if (v10 === undefined) return false;
    if (typeof v10 !== 'string') return false;
    const v11 = v3.type;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationTypeListResponse} is false. */
export function explainEvaluationTypeListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v12: unknown[] = value as unknown[];
    for (let v13 = 0; v13 < v12.length; v13++) {
      const v14 = v12[v13];
      if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) {
        fail(issues, path + '/' + v13, 'object', v14);
      } else {
        const v15 = v14 as unknown as Record<string, unknown>;
        const v16 = v15.created_at;
        if (v16 === undefined) {
          fail(issues, path + '/' + v13 + '/created_at', 'string', v16, 'is required');
        } else {
          if (typeof v16 !== 'string') {
            fail(issues, path + '/' + v13 + '/created_at', 'string', v16);
          } else {
            if (!isDateTime(v16)) {
              fail(issues, path + '/' + v13 + '/created_at', 'date-time string', v16);
            }
          }
        }
        const v17 = v15.description;
        if (v17 === undefined) {
          fail(issues, path + '/' + v13 + '/description', 'string', v17, 'is required');
        } else {
          if (typeof v17 !== 'string') {
            fail(issues, path + '/' + v13 + '/description', 'string', v17);
          } else {
          }
        }
        const v18 = v15.enable;
        if (v18 === undefined) {
          fail(issues, path + '/' + v13 + '/enable', 'boolean', v18, 'is required');
        } else {
          if (typeof v18 !== 'boolean') {
            fail(issues, path + '/' + v13 + '/enable', 'boolean', v18);
          }
        }
        const v19 = v15.id;
        if (v19 === undefined) {
          fail(issues, path + '/' + v13 + '/id', 'string', v19, 'is required');
        } else {
          if (typeof v19 !== 'string') {
            fail(issues, path + '/' + v13 + '/id', 'string', v19);
          } else {
          }
        }
        const v20 = v15.mandatory;
        if (v20 === undefined) {
          fail(issues, path + '/' + v13 + '/mandatory', 'boolean', v20, 'is required');
        } else {
          if (typeof v20 !== 'boolean') {
            fail(issues, path + '/' + v13 + '/mandatory', 'boolean', v20);
          }
        }
        const v21 = v15.modified_at;
        if (v21 === undefined) {
          fail(issues, path + '/' + v13 + '/modified_at', 'string', v21, 'is required');
        } else {
          if (typeof v21 !== 'string') {
            fail(issues, path + '/' + v13 + '/modified_at', 'string', v21);
          } else {
            if (!isDateTime(v21)) {
              fail(issues, path + '/' + v13 + '/modified_at', 'date-time string', v21);
            }
          }
        }
        const v22 = v15.name;
        if (v22 === undefined) {
          fail(issues, path + '/' + v13 + '/name', 'string', v22, 'is required');
        } else {
          if (typeof v22 !== 'string') {
            fail(issues, path + '/' + v13 + '/name', 'string', v22);
          } else {
          }
        }
        const v23 = v15.type;
        if (v23 === undefined) {
          fail(issues, path + '/' + v13 + '/type', 'string', v23, 'is required');
        } else {
          if (typeof v23 !== 'string') {
            fail(issues, path + '/' + v13 + '/type', 'string', v23);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link EvaluationTypeListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationTypeListResponse(value: unknown): ValidationResult<EvaluationTypeListResponse> {
  return isEvaluationTypeListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationTypeListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isEvaluationTypeListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v24 = value as unknown as Record<string, unknown>;
  const v25 = v24.account_id;
  if (v25 !== undefined) {
    if (typeof v25 !== 'string') return false;
  }
  const v26 = v24.order_by;
  if (v26 !== undefined) {
    if (typeof v26 !== 'string') return false;
  }
  const v27 = v24.order_by_direction;
  if (v27 !== undefined) {
    if (!(v27 === 'asc' || v27 === 'desc')) return false;
  }
  const v28 = v24.page;
  if (v28 !== undefined) {
    if (!Number.isInteger(v28)) return false;
    if ((v28 as number) < 1) return false;
  }
  const v29 = v24.per_page;
  if (v29 !== undefined) {
    if (!Number.isInteger(v29)) return false;
    if ((v29 as number) < 5) return false;
    if ((v29 as number) > 50) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationTypeListArgs} is false. */
export function explainEvaluationTypeListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v30 = value as unknown as Record<string, unknown>;
    const v31 = v30.account_id;
    if (v31 !== undefined) {
      if (typeof v31 !== 'string') {
        fail(issues, path + '/account_id', 'string', v31);
      } else {
      }
    }
    const v32 = v30.order_by;
    if (v32 !== undefined) {
      if (typeof v32 !== 'string') {
        fail(issues, path + '/order_by', 'string', v32);
      } else {
      }
    }
    const v33 = v30.order_by_direction;
    if (v33 !== undefined) {
      if (!(v33 === 'asc' || v33 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v33);
      }
    }
    const v34 = v30.page;
    if (v34 !== undefined) {
      if (!Number.isInteger(v34)) {
        fail(issues, path + '/page', 'integer', v34);
      } else {
        if ((v34 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v34, 'must be >= 1');
        }
      }
    }
    const v35 = v30.per_page;
    if (v35 !== undefined) {
      if (!Number.isInteger(v35)) {
        fail(issues, path + '/per_page', 'integer', v35);
      } else {
        if ((v35 as number) < 5) {
          fail(issues, path + '/per_page', 'integer that is >= 5', v35, 'must be >= 5');
        }
        if ((v35 as number) > 50) {
          fail(issues, path + '/per_page', 'integer that is <= 50', v35, 'must be <= 50');
        }
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationTypeListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isEvaluationTypeListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationTypeListArgs) };
}
