import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type {
  LogDeleteResponse,
  LogEditResponse,
  LogGetResponse,
  LogListResponse,
  LogRequestResponse,
  LogResponseResponse,
} from './logs.types.js';

const ENUM_0: ReadonlySet<unknown> = new Set([
  'id',
  'created_at',
  'request_content_type',
  'response_content_type',
  'request_type',
  'success',
  'cached',
  'provider',
  'model',
  'model_type',
  'cost',
  'tokens',
  'tokens_in',
  'tokens_out',
  'duration',
  'feedback',
  'event_id',
  'metadata.key',
  'metadata.value',
  'authentication',
  'wholesale',
  'compatibilityMode',
  'dlp_action',
  'user_agent',
]);
function check18(value: unknown): boolean {
  if (value !== null) {
    if (typeof value !== 'string') return false;
  }
  return true;
}
function check19(value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check20(value: unknown): boolean {
  if (typeof value !== 'boolean') return false;
  return true;
}
const ENUM_1: ReadonlySet<unknown> = new Set([
  'created_at',
  'provider',
  'model',
  'model_type',
  'success',
  'cached',
  'cost',
  'tokens_in',
  'tokens_out',
  'duration',
  'feedback',
]);
function check164(value: unknown): boolean {
  if (!(value === 0)) return false;
  return true;
}
function check165(value: unknown): boolean {
  if (!(value === 1)) return false;
  return true;
}
/** Whether `value` is a valid {@link LogDeleteResponse}. Fast: returns at the first problem. */
export function isLogDeleteResponse(value: unknown): value is LogDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.success;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'boolean') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogDeleteResponse} is false. */
export function explainLogDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v2 = value as unknown as Record<string, unknown>;
    const v3 = v2.success;
    if (v3 === undefined) {
      fail(issues, path + '/success', 'boolean', v3, 'is required');
    } else {
      if (typeof v3 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v3);
      }
    }
  }
}

/** Checks `value` against {@link LogDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogDeleteResponse(value: unknown): ValidationResult<LogDeleteResponse> {
  return isLogDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v4 = value as unknown as Record<string, unknown>;
  const v5 = v4.gateway_id;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (v5.length < 1 || (v5.length < 2 && codePoints(v5) < 1)) return false;
  if (v5.length > 64 && codePoints(v5) > 64) return false;
  const v6 = v4.account_id;
  if (v6 !== undefined) {
    if (typeof v6 !== 'string') return false;
  }
  const v7 = v4.filters;
  if (v7 !== undefined) {
    if (!Array.isArray(v7)) return false;
    const v8: unknown[] = v7;
    for (let v9 = 0; v9 < v8.length; v9++) {
      const v10 = v8[v9];
      if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
      const v11 = v10 as unknown as Record<string, unknown>;
      const v12 = v11.key;
      if (v12 === undefined) return false;
      if (!ENUM_0.has(v12)) return false;
      const v13 = v11.operator;
      if (v13 === undefined) return false;
      if (!(v13 === 'eq' || v13 === 'neq' || v13 === 'contains' || v13 === 'lt' || v13 === 'gt')) return false;
      const v14 = v11.value;
      if (v14 === undefined) return false;
      if (!Array.isArray(v14)) return false;
      const v15: unknown[] = v14;
      for (let v16 = 0; v16 < v15.length; v16++) {
        const v17 = v15[v16];
        if (!(check18(v17) || check19(v17) || check20(v17))) return false;
      }
    }
  }
  const v21 = v4.limit;
  if (v21 !== undefined) {
    if (!Number.isInteger(v21)) return false;
    if ((v21 as number) < 1) return false;
    if ((v21 as number) > 10000) return false;
  }
  const v22 = v4.order_by;
  if (v22 !== undefined) {
    if (!ENUM_1.has(v22)) return false;
  }
  const v23 = v4.order_by_direction;
  if (v23 !== undefined) {
    if (!(v23 === 'asc' || v23 === 'desc')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogDeleteArgs} is false. */
export function explainLogDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v24 = value as unknown as Record<string, unknown>;
    const v25 = v24.gateway_id;
    if (v25 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v25, 'is required');
    } else {
      if (typeof v25 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v25);
      } else {
        if (v25.length < 1 || (v25.length < 2 && codePoints(v25) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v25);
        }
        if (v25.length > 64 && codePoints(v25) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v25);
        }
      }
    }
    const v26 = v24.account_id;
    if (v26 !== undefined) {
      if (typeof v26 !== 'string') {
        fail(issues, path + '/account_id', 'string', v26);
      } else {
      }
    }
    const v27 = v24.filters;
    if (v27 !== undefined) {
      if (!Array.isArray(v27)) {
        fail(issues, path + '/filters', 'array', v27);
      } else {
        const v28: unknown[] = v27 as unknown[];
        for (let v29 = 0; v29 < v28.length; v29++) {
          const v30 = v28[v29];
          if (typeof v30 !== 'object' || v30 === null || Array.isArray(v30)) {
            fail(issues, path + '/filters' + '/' + v29, 'object', v30);
          } else {
            const v31 = v30 as unknown as Record<string, unknown>;
            const v32 = v31.key;
            if (v32 === undefined) {
              fail(issues, path + '/filters' + '/' + v29 + '/key', 'enum', v32, 'is required');
            } else {
              if (!ENUM_0.has(v32)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v29 + '/key',
                  'one of "id", "created_at", "request_content_type", "response_content_type", "request_type", "success", "cached", "provider", "model", "model_type", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback", "event_id", "metadata.key", "metadata.value", "authentication", "wholesale", "compatibilityMode", "dlp_action", "user_agent"',
                  v32,
                );
              }
            }
            const v33 = v31.operator;
            if (v33 === undefined) {
              fail(issues, path + '/filters' + '/' + v29 + '/operator', 'enum', v33, 'is required');
            } else {
              if (!(v33 === 'eq' || v33 === 'neq' || v33 === 'contains' || v33 === 'lt' || v33 === 'gt')) {
                fail(
                  issues,
                  path + '/filters' + '/' + v29 + '/operator',
                  'one of "eq", "neq", "contains", "lt", "gt"',
                  v33,
                );
              }
            }
            const v34 = v31.value;
            if (v34 === undefined) {
              fail(issues, path + '/filters' + '/' + v29 + '/value', 'array', v34, 'is required');
            } else {
              if (!Array.isArray(v34)) {
                fail(issues, path + '/filters' + '/' + v29 + '/value', 'array', v34);
              } else {
                const v35: unknown[] = v34 as unknown[];
                for (let v36 = 0; v36 < v35.length; v36++) {
                  const v37 = v35[v36];
                  if (!(check18(v37) || check19(v37) || check20(v37))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v29 + '/value' + '/' + v36,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v37,
                      'matches none of the anyOf alternatives',
                    );
                  }
                }
              }
            }
          }
        }
      }
    }
    const v38 = v24.limit;
    if (v38 !== undefined) {
      if (!Number.isInteger(v38)) {
        fail(issues, path + '/limit', 'integer', v38);
      } else {
        if ((v38 as number) < 1) {
          fail(issues, path + '/limit', 'integer that is >= 1', v38, 'must be >= 1');
        }
        if ((v38 as number) > 10000) {
          fail(issues, path + '/limit', 'integer that is <= 10000', v38, 'must be <= 10000');
        }
      }
    }
    const v39 = v24.order_by;
    if (v39 !== undefined) {
      if (!ENUM_1.has(v39)) {
        fail(
          issues,
          path + '/order_by',
          'one of "created_at", "provider", "model", "model_type", "success", "cached", "cost", "tokens_in", "tokens_out", "duration", "feedback"',
          v39,
        );
      }
    }
    const v40 = v24.order_by_direction;
    if (v40 !== undefined) {
      if (!(v40 === 'asc' || v40 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v40);
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogDeleteArgs) };
}

/** Whether `value` is a valid {@link LogEditResponse}. Fast: returns at the first problem. */
export function isLogEditResponse(value: unknown): value is LogEditResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v41 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogEditResponse} is false. */
export function explainLogEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v42 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link LogEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogEditResponse(value: unknown): ValidationResult<LogEditResponse> {
  return isLogEditResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogEditResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogEditArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v43 = value as unknown as Record<string, unknown>;
  const v44 = v43.gateway_id;
  if (v44 === undefined) return false;
  if (typeof v44 !== 'string') return false;
  if (v44.length < 1 || (v44.length < 2 && codePoints(v44) < 1)) return false;
  if (v44.length > 64 && codePoints(v44) > 64) return false;
  const v45 = v43.id;
  if (v45 === undefined) return false;
  if (typeof v45 !== 'string') return false;
  const v46 = v43.account_id;
  if (v46 !== undefined) {
    if (typeof v46 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogEditArgs} is false. */
export function explainLogEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v47 = value as unknown as Record<string, unknown>;
    const v48 = v47.gateway_id;
    if (v48 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v48, 'is required');
    } else {
      if (typeof v48 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v48);
      } else {
        if (v48.length < 1 || (v48.length < 2 && codePoints(v48) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v48);
        }
        if (v48.length > 64 && codePoints(v48) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v48);
        }
      }
    }
    const v49 = v47.id;
    if (v49 === undefined) {
      fail(issues, path + '/id', 'string', v49, 'is required');
    } else {
      if (typeof v49 !== 'string') {
        fail(issues, path + '/id', 'string', v49);
      } else {
      }
    }
    const v50 = v47.account_id;
    if (v50 !== undefined) {
      if (typeof v50 !== 'string') {
        fail(issues, path + '/account_id', 'string', v50);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogEditArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogEditArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogEditArgs) };
}

/** Whether `value` is a valid {@link LogGetResponse}. Fast: returns at the first problem. */
export function isLogGetResponse(value: unknown): value is LogGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v51 = value as unknown as Record<string, unknown>;
  const v52 = v51.cached;
  if (v52 === undefined) return false;
  if (typeof v52 !== 'boolean') return false;
  const v53 = v51.cost;
  if (v53 !== undefined) {
    if (typeof v53 !== 'number' || !Number.isFinite(v53)) return false;
  }
  const v54 = v51.created_at;
  if (v54 === undefined) return false;
  if (typeof v54 !== 'string') return false;
  if (!isDateTime(v54)) return false;
  const v55 = v51.custom_cost;
  if (v55 !== undefined) {
    if (typeof v55 !== 'boolean') return false;
  }
  const v56 = v51.duration;
  if (v56 === undefined) return false;
  if (!Number.isInteger(v56)) return false;
  const v57 = v51.id;
  if (v57 === undefined) return false;
  if (typeof v57 !== 'string') return false;
  const v58 = v51.metadata;
  if (v58 !== undefined) {
    if (typeof v58 !== 'string') return false;
  }
  const v59 = v51.model;
  if (v59 === undefined) return false;
  if (typeof v59 !== 'string') return false;
  const v60 = v51.model_type;
  if (v60 !== undefined) {
    if (typeof v60 !== 'string') return false;
  }
  const v61 = v51.path;
  if (v61 === undefined) return false;
  if (typeof v61 !== 'string') return false;
  const v62 = v51.provider;
  if (v62 === undefined) return false;
  if (typeof v62 !== 'string') return false;
  const v63 = v51.request_content_type;
  if (v63 !== undefined) {
    if (typeof v63 !== 'string') return false;
  }
  const v64 = v51.request_head;
  if (v64 !== undefined) {
    if (typeof v64 !== 'string') return false;
  }
  const v65 = v51.request_head_complete;
  if (v65 !== undefined) {
    if (typeof v65 !== 'boolean') return false;
  }
  const v66 = v51.request_size;
  if (v66 !== undefined) {
    if (!Number.isInteger(v66)) return false;
  }
  const v67 = v51.request_type;
  if (v67 !== undefined) {
    if (typeof v67 !== 'string') return false;
  }
  const v68 = v51.response_content_type;
  if (v68 !== undefined) {
    if (typeof v68 !== 'string') return false;
  }
  const v69 = v51.response_head;
  if (v69 !== undefined) {
    if (typeof v69 !== 'string') return false;
  }
  const v70 = v51.response_head_complete;
  if (v70 !== undefined) {
    if (typeof v70 !== 'boolean') return false;
  }
  const v71 = v51.response_size;
  if (v71 !== undefined) {
    if (!Number.isInteger(v71)) return false;
  }
  const v72 = v51.status_code;
  if (v72 !== undefined) {
    if (!Number.isInteger(v72)) return false;
  }
  const v73 = v51.step;
  if (v73 !== undefined) {
    if (!Number.isInteger(v73)) return false;
  }
  const v74 = v51.success;
  if (v74 === undefined) return false;
  if (typeof v74 !== 'boolean') return false;
  const v75 = v51.tokens_in;
  if (v75 === undefined) return false;
  if (v75 !== null) {
    if (!Number.isInteger(v75)) return false;
  }
  const v76 = v51.tokens_out;
  if (v76 === undefined) return false;
  if (v76 !== null) {
    if (!Number.isInteger(v76)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogGetResponse} is false. */
export function explainLogGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v77 = value as unknown as Record<string, unknown>;
    const v78 = v77.cached;
    if (v78 === undefined) {
      fail(issues, path + '/cached', 'boolean', v78, 'is required');
    } else {
      if (typeof v78 !== 'boolean') {
        fail(issues, path + '/cached', 'boolean', v78);
      }
    }
    const v79 = v77.cost;
    if (v79 !== undefined) {
      if (typeof v79 !== 'number' || !Number.isFinite(v79)) {
        fail(issues, path + '/cost', 'number', v79);
      } else {
      }
    }
    const v80 = v77.created_at;
    if (v80 === undefined) {
      fail(issues, path + '/created_at', 'string', v80, 'is required');
    } else {
      if (typeof v80 !== 'string') {
        fail(issues, path + '/created_at', 'string', v80);
      } else {
        if (!isDateTime(v80)) {
          fail(issues, path + '/created_at', 'date-time string', v80);
        }
      }
    }
    const v81 = v77.custom_cost;
    if (v81 !== undefined) {
      if (typeof v81 !== 'boolean') {
        fail(issues, path + '/custom_cost', 'boolean', v81);
      }
    }
    const v82 = v77.duration;
    if (v82 === undefined) {
      fail(issues, path + '/duration', 'integer', v82, 'is required');
    } else {
      if (!Number.isInteger(v82)) {
        fail(issues, path + '/duration', 'integer', v82);
      } else {
      }
    }
    const v83 = v77.id;
    if (v83 === undefined) {
      fail(issues, path + '/id', 'string', v83, 'is required');
    } else {
      if (typeof v83 !== 'string') {
        fail(issues, path + '/id', 'string', v83);
      } else {
      }
    }
    const v84 = v77.metadata;
    if (v84 !== undefined) {
      if (typeof v84 !== 'string') {
        fail(issues, path + '/metadata', 'string', v84);
      } else {
      }
    }
    const v85 = v77.model;
    if (v85 === undefined) {
      fail(issues, path + '/model', 'string', v85, 'is required');
    } else {
      if (typeof v85 !== 'string') {
        fail(issues, path + '/model', 'string', v85);
      } else {
      }
    }
    const v86 = v77.model_type;
    if (v86 !== undefined) {
      if (typeof v86 !== 'string') {
        fail(issues, path + '/model_type', 'string', v86);
      } else {
      }
    }
    const v87 = v77.path;
    if (v87 === undefined) {
      fail(issues, path + '/path', 'string', v87, 'is required');
    } else {
      if (typeof v87 !== 'string') {
        fail(issues, path + '/path', 'string', v87);
      } else {
      }
    }
    const v88 = v77.provider;
    if (v88 === undefined) {
      fail(issues, path + '/provider', 'string', v88, 'is required');
    } else {
      if (typeof v88 !== 'string') {
        fail(issues, path + '/provider', 'string', v88);
      } else {
      }
    }
    const v89 = v77.request_content_type;
    if (v89 !== undefined) {
      if (typeof v89 !== 'string') {
        fail(issues, path + '/request_content_type', 'string', v89);
      } else {
      }
    }
    const v90 = v77.request_head;
    if (v90 !== undefined) {
      if (typeof v90 !== 'string') {
        fail(issues, path + '/request_head', 'string', v90);
      } else {
      }
    }
    const v91 = v77.request_head_complete;
    if (v91 !== undefined) {
      if (typeof v91 !== 'boolean') {
        fail(issues, path + '/request_head_complete', 'boolean', v91);
      }
    }
    const v92 = v77.request_size;
    if (v92 !== undefined) {
      if (!Number.isInteger(v92)) {
        fail(issues, path + '/request_size', 'integer', v92);
      } else {
      }
    }
    const v93 = v77.request_type;
    if (v93 !== undefined) {
      if (typeof v93 !== 'string') {
        fail(issues, path + '/request_type', 'string', v93);
      } else {
      }
    }
    const v94 = v77.response_content_type;
    if (v94 !== undefined) {
      if (typeof v94 !== 'string') {
        fail(issues, path + '/response_content_type', 'string', v94);
      } else {
      }
    }
    const v95 = v77.response_head;
    if (v95 !== undefined) {
      if (typeof v95 !== 'string') {
        fail(issues, path + '/response_head', 'string', v95);
      } else {
      }
    }
    const v96 = v77.response_head_complete;
    if (v96 !== undefined) {
      if (typeof v96 !== 'boolean') {
        fail(issues, path + '/response_head_complete', 'boolean', v96);
      }
    }
    const v97 = v77.response_size;
    if (v97 !== undefined) {
      if (!Number.isInteger(v97)) {
        fail(issues, path + '/response_size', 'integer', v97);
      } else {
      }
    }
    const v98 = v77.status_code;
    if (v98 !== undefined) {
      if (!Number.isInteger(v98)) {
        fail(issues, path + '/status_code', 'integer', v98);
      } else {
      }
    }
    const v99 = v77.step;
    if (v99 !== undefined) {
      if (!Number.isInteger(v99)) {
        fail(issues, path + '/step', 'integer', v99);
      } else {
      }
    }
    const v100 = v77.success;
    if (v100 === undefined) {
      fail(issues, path + '/success', 'boolean', v100, 'is required');
    } else {
      if (typeof v100 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v100);
      }
    }
    const v101 = v77.tokens_in;
    if (v101 === undefined) {
      fail(issues, path + '/tokens_in', 'integer or null', v101, 'is required');
    } else {
      if (v101 !== null) {
        if (!Number.isInteger(v101)) {
          fail(issues, path + '/tokens_in', 'integer', v101);
        } else {
        }
      }
    }
    const v102 = v77.tokens_out;
    if (v102 === undefined) {
      fail(issues, path + '/tokens_out', 'integer or null', v102, 'is required');
    } else {
      if (v102 !== null) {
        if (!Number.isInteger(v102)) {
          fail(issues, path + '/tokens_out', 'integer', v102);
        } else {
        }
      }
    }
  }
}

/** Checks `value` against {@link LogGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogGetResponse(value: unknown): ValidationResult<LogGetResponse> {
  return isLogGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v103 = value as unknown as Record<string, unknown>;
  const v104 = v103.gateway_id;
  if (v104 === undefined) return false;
  if (typeof v104 !== 'string') return false;
  if (v104.length < 1 || (v104.length < 2 && codePoints(v104) < 1)) return false;
  if (v104.length > 64 && codePoints(v104) > 64) return false;
  const v105 = v103.id;
  if (v105 === undefined) return false;
  if (typeof v105 !== 'string') return false;
  const v106 = v103.account_id;
  if (v106 !== undefined) {
    if (typeof v106 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogGetArgs} is false. */
export function explainLogGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v107 = value as unknown as Record<string, unknown>;
    const v108 = v107.gateway_id;
    if (v108 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v108, 'is required');
    } else {
      if (typeof v108 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v108);
      } else {
        if (v108.length < 1 || (v108.length < 2 && codePoints(v108) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v108);
        }
        if (v108.length > 64 && codePoints(v108) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v108);
        }
      }
    }
    const v109 = v107.id;
    if (v109 === undefined) {
      fail(issues, path + '/id', 'string', v109, 'is required');
    } else {
      if (typeof v109 !== 'string') {
        fail(issues, path + '/id', 'string', v109);
      } else {
      }
    }
    const v110 = v107.account_id;
    if (v110 !== undefined) {
      if (typeof v110 !== 'string') {
        fail(issues, path + '/account_id', 'string', v110);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogGetArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogGetArgs) };
}

/** Whether `value` is a valid {@link LogListResponse}. Fast: returns at the first problem. */
export function isLogListResponse(value: unknown): value is LogListResponse {
  if (!Array.isArray(value)) return false;
  const v111: unknown[] = value;
  for (let v112 = 0; v112 < v111.length; v112++) {
    const v113 = v111[v112];
    if (typeof v113 !== 'object' || v113 === null || Array.isArray(v113)) return false;
    const v114 = v113 as unknown as Record<string, unknown>;
    const v115 = v114.cached;
    if (v115 === undefined) return false;
    if (typeof v115 !== 'boolean') return false;
    const v116 = v114.cost;
    if (v116 !== undefined) {
      if (typeof v116 !== 'number' || !Number.isFinite(v116)) return false;
    }
    const v117 = v114.created_at;
    if (v117 === undefined) return false;
    if (typeof v117 !== 'string') return false;
    if (!isDateTime(v117)) return false;
    const v118 = v114.custom_cost;
    if (v118 !== undefined) {
      if (typeof v118 !== 'boolean') return false;
    }
    const v119 = v114.duration;
    if (v119 === undefined) return false;
    if (!Number.isInteger(v119)) return false;
    const v120 = v114.id;
    if (v120 === undefined) return false;
    if (typeof v120 !== 'string') return false;
    const v121 = v114.metadata;
    if (v121 !== undefined) {
      if (typeof v121 !== 'string') return false;
    }
    const v122 = v114.model;
    if (v122 === undefined) return false;
    if (typeof v122 !== 'string') return false;
    const v123 = v114.model_type;
    if (v123 !== undefined) {
      if (typeof v123 !== 'string') return false;
    }
    const v124 = v114.path;
    if (v124 === undefined) return false;
    if (typeof v124 !== 'string') return false;
    const v125 = v114.provider;
    if (v125 === undefined) return false;
    if (typeof v125 !== 'string') return false;
    const v126 = v114.request_content_type;
    if (v126 !== undefined) {
      if (typeof v126 !== 'string') return false;
    }
    const v127 = v114.request_type;
    if (v127 !== undefined) {
      if (typeof v127 !== 'string') return false;
    }
    const v128 = v114.response_content_type;
    if (v128 !== undefined) {
      if (typeof v128 !== 'string') return false;
    }
    const v129 = v114.status_code;
    if (v129 !== undefined) {
      if (!Number.isInteger(v129)) return false;
    }
    const v130 = v114.step;
    if (v130 !== undefined) {
      if (!Number.isInteger(v130)) return false;
    }
    const v131 = v114.success;
    if (v131 === undefined) return false;
    if (typeof v131 !== 'boolean') return false;
    const v132 = v114.tokens_in;
    if (v132 === undefined) return false;
    if (v132 !== null) {
      if (!Number.isInteger(v132)) return false;
    }
    const v133 = v114.tokens_out;
    if (v133 === undefined) return false;
    if (v133 !== null) {
      if (!Number.isInteger(v133)) return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogListResponse} is false. */
export function explainLogListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v134: unknown[] = value as unknown[];
    for (let v135 = 0; v135 < v134.length; v135++) {
      const v136 = v134[v135];
      if (typeof v136 !== 'object' || v136 === null || Array.isArray(v136)) {
        fail(issues, path + '/' + v135, 'object', v136);
      } else {
        const v137 = v136 as unknown as Record<string, unknown>;
        const v138 = v137.cached;
        if (v138 === undefined) {
          fail(issues, path + '/' + v135 + '/cached', 'boolean', v138, 'is required');
        } else {
          if (typeof v138 !== 'boolean') {
            fail(issues, path + '/' + v135 + '/cached', 'boolean', v138);
          }
        }
        const v139 = v137.cost;
        if (v139 !== undefined) {
          if (typeof v139 !== 'number' || !Number.isFinite(v139)) {
            fail(issues, path + '/' + v135 + '/cost', 'number', v139);
          } else {
          }
        }
        const v140 = v137.created_at;
        if (v140 === undefined) {
          fail(issues, path + '/' + v135 + '/created_at', 'string', v140, 'is required');
        } else {
          if (typeof v140 !== 'string') {
            fail(issues, path + '/' + v135 + '/created_at', 'string', v140);
          } else {
            if (!isDateTime(v140)) {
              fail(issues, path + '/' + v135 + '/created_at', 'date-time string', v140);
            }
          }
        }
        const v141 = v137.custom_cost;
        if (v141 !== undefined) {
          if (typeof v141 !== 'boolean') {
            fail(issues, path + '/' + v135 + '/custom_cost', 'boolean', v141);
          }
        }
        const v142 = v137.duration;
        if (v142 === undefined) {
          fail(issues, path + '/' + v135 + '/duration', 'integer', v142, 'is required');
        } else {
          if (!Number.isInteger(v142)) {
            fail(issues, path + '/' + v135 + '/duration', 'integer', v142);
          } else {
          }
        }
        const v143 = v137.id;
        if (v143 === undefined) {
          fail(issues, path + '/' + v135 + '/id', 'string', v143, 'is required');
        } else {
          if (typeof v143 !== 'string') {
            fail(issues, path + '/' + v135 + '/id', 'string', v143);
          } else {
          }
        }
        const v144 = v137.metadata;
        if (v144 !== undefined) {
          if (typeof v144 !== 'string') {
            fail(issues, path + '/' + v135 + '/metadata', 'string', v144);
          } else {
          }
        }
        const v145 = v137.model;
        if (v145 === undefined) {
          fail(issues, path + '/' + v135 + '/model', 'string', v145, 'is required');
        } else {
          if (typeof v145 !== 'string') {
            fail(issues, path + '/' + v135 + '/model', 'string', v145);
          } else {
          }
        }
        const v146 = v137.model_type;
        if (v146 !== undefined) {
          if (typeof v146 !== 'string') {
            fail(issues, path + '/' + v135 + '/model_type', 'string', v146);
          } else {
          }
        }
        const v147 = v137.path;
        if (v147 === undefined) {
          fail(issues, path + '/' + v135 + '/path', 'string', v147, 'is required');
        } else {
          if (typeof v147 !== 'string') {
            fail(issues, path + '/' + v135 + '/path', 'string', v147);
          } else {
          }
        }
        const v148 = v137.provider;
        if (v148 === undefined) {
          fail(issues, path + '/' + v135 + '/provider', 'string', v148, 'is required');
        } else {
          if (typeof v148 !== 'string') {
            fail(issues, path + '/' + v135 + '/provider', 'string', v148);
          } else {
          }
        }
        const v149 = v137.request_content_type;
        if (v149 !== undefined) {
          if (typeof v149 !== 'string') {
            fail(issues, path + '/' + v135 + '/request_content_type', 'string', v149);
          } else {
          }
        }
        const v150 = v137.request_type;
        if (v150 !== undefined) {
          if (typeof v150 !== 'string') {
            fail(issues, path + '/' + v135 + '/request_type', 'string', v150);
          } else {
          }
        }
        const v151 = v137.response_content_type;
        if (v151 !== undefined) {
          if (typeof v151 !== 'string') {
            fail(issues, path + '/' + v135 + '/response_content_type', 'string', v151);
          } else {
          }
        }
        const v152 = v137.status_code;
        if (v152 !== undefined) {
          if (!Number.isInteger(v152)) {
            fail(issues, path + '/' + v135 + '/status_code', 'integer', v152);
          } else {
          }
        }
        const v153 = v137.step;
        if (v153 !== undefined) {
          if (!Number.isInteger(v153)) {
            fail(issues, path + '/' + v135 + '/step', 'integer', v153);
          } else {
          }
        }
        const v154 = v137.success;
        if (v154 === undefined) {
          fail(issues, path + '/' + v135 + '/success', 'boolean', v154, 'is required');
        } else {
          if (typeof v154 !== 'boolean') {
            fail(issues, path + '/' + v135 + '/success', 'boolean', v154);
          }
        }
        const v155 = v137.tokens_in;
        if (v155 === undefined) {
          fail(issues, path + '/' + v135 + '/tokens_in', 'integer or null', v155, 'is required');
        } else {
          if (v155 !== null) {
            if (!Number.isInteger(v155)) {
              fail(issues, path + '/' + v135 + '/tokens_in', 'integer', v155);
            } else {
            }
          }
        }
        const v156 = v137.tokens_out;
        if (v156 === undefined) {
          fail(issues, path + '/' + v135 + '/tokens_out', 'integer or null', v156, 'is required');
        } else {
          if (v156 !== null) {
            if (!Number.isInteger(v156)) {
              fail(issues, path + '/' + v135 + '/tokens_out', 'integer', v156);
            } else {
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link LogListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogListResponse(value: unknown): ValidationResult<LogListResponse> {
  return isLogListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v157 = value as unknown as Record<string, unknown>;
  const v158 = v157.gateway_id;
  if (v158 === undefined) return false;
  if (typeof v158 !== 'string') return false;
  if (v158.length < 1 || (v158.length < 2 && codePoints(v158) < 1)) return false;
  if (v158.length > 64 && codePoints(v158) > 64) return false;
  const v159 = v157.account_id;
  if (v159 !== undefined) {
    if (typeof v159 !== 'string') return false;
  }
  const v160 = v157.cached;
  if (v160 !== undefined) {
    if (typeof v160 !== 'boolean') return false;
  }
  const v161 = v157.direction;
  if (v161 !== undefined) {
    if (!(v161 === 'asc' || v161 === 'desc')) return false;
  }
  const v162 = v157.end_date;
  if (v162 !== undefined) {
    if (typeof v162 !== 'string') return false;
    if (!isDateTime(v162)) return false;
  }
  const v163 = v157.feedback;
  if (v163 !== undefined) {
    if (!(check164(v163) || check165(v163))) return false;
  }
  const v166 = v157.filters;
  if (v166 !== undefined) {
    if (!Array.isArray(v166)) return false;
    const v167: unknown[] = v166;
    for (let v168 = 0; v168 < v167.length; v168++) {
      const v169 = v167[v168];
      if (typeof v169 !== 'object' || v169 === null || Array.isArray(v169)) return false;
      const v170 = v169 as unknown as Record<string, unknown>;
      const v171 = v170.key;
      if (v171 === undefined) return false;
      if (!ENUM_0.has(v171)) return false;
      const v172 = v170.operator;
      if (v172 === undefined) return false;
      if (!(v172 === 'eq' || v172 === 'neq' || v172 === 'contains' || v172 === 'lt' || v172 === 'gt')) return false;
      const v173 = v170.value;
      if (v173 === undefined) return false;
      if (!Array.isArray(v173)) return false;
      const v174: unknown[] = v173;
      for (let v175 = 0; v175 < v174.length; v175++) {
        const v176 = v174[v175];
        if (!(check18(v176) || check19(v176) || check20(v176))) return false;
      }
    }
  }
  const v177 = v157.max_cost;
  if (v177 !== undefined) {
    if (typeof v177 !== 'number' || !Number.isFinite(v177)) return false;
  }
  const v178 = v157.max_duration;
  if (v178 !== undefined) {
    if (typeof v178 !== 'number' || !Number.isFinite(v178)) return false;
  }
  const v179 = v157.max_tokens_in;
  if (v179 !== undefined) {
    if (typeof v179 !== 'number' || !Number.isFinite(v179)) return false;
  }
  const v180 = v157.max_tokens_out;
  if (v180 !== undefined) {
    if (typeof v180 !== 'number' || !Number.isFinite(v180)) return false;
  }
  const v181 = v157.max_total_tokens;
  if (v181 !== undefined) {
    if (typeof v181 !== 'number' || !Number.isFinite(v181)) return false;
  }
  const v182 = v157.meta_info;
  if (v182 !== undefined) {
    if (typeof v182 !== 'boolean') return false;
  }
  const v183 = v157.min_cost;
  if (v183 !== undefined) {
    if (typeof v183 !== 'number' || !Number.isFinite(v183)) return false;
  }
  const v184 = v157.min_duration;
  if (v184 !== undefined) {
    if (typeof v184 !== 'number' || !Number.isFinite(v184)) return false;
  }
  const v185 = v157.min_tokens_in;
  if (v185 !== undefined) {
    if (typeof v185 !== 'number' || !Number.isFinite(v185)) return false;
  }
  const v186 = v157.min_tokens_out;
  if (v186 !== undefined) {
    if (typeof v186 !== 'number' || !Number.isFinite(v186)) return false;
  }
  const v187 = v157.min_total_tokens;
  if (v187 !== undefined) {
    if (typeof v187 !== 'number' || !Number.isFinite(v187)) return false;
  }
  const v188 = v157.model;
  if (v188 !== undefined) {
    if (typeof v188 !== 'string') return false;
  }
  const v189 = v157.model_type;
  if (v189 !== undefined) {
    if (typeof v189 !== 'string') return false;
  }
  const v190 = v157.order_by;
  if (v190 !== undefined) {
    if (
      !(
        v190 === 'created_at' ||
        v190 === 'provider' ||
        v190 === 'model' ||
        v190 === 'model_type' ||
        v190 === 'success' ||
        v190 === 'cached'
      )
    )
      return false;
  }
  const v191 = v157.order_by_direction;
  if (v191 !== undefined) {
    if (!(v191 === 'asc' || v191 === 'desc')) return false;
  }
  const v192 = v157.page;
  if (v192 !== undefined) {
    if (!Number.isInteger(v192)) return false;
    if ((v192 as number) < 1) return false;
  }
  const v193 = v157.per_page;
  if (v193 !== undefined) {
    if (!Number.isInteger(v193)) return false;
    if ((v193 as number) < 1) return false;
    if ((v193 as number) > 50) return false;
  }
  const v194 = v157.provider;
  if (v194 !== undefined) {
    if (typeof v194 !== 'string') return false;
  }
  const v195 = v157.request_content_type;
  if (v195 !== undefined) {
    if (typeof v195 !== 'string') return false;
  }
  const v196 = v157.response_content_type;
  if (v196 !== undefined) {
    if (typeof v196 !== 'string') return false;
  }
  const v197 = v157.search;
  if (v197 !== undefined) {
    if (typeof v197 !== 'string') return false;
  }
  const v198 = v157.start_date;
  if (v198 !== undefined) {
    if (typeof v198 !== 'string') return false;
    if (!isDateTime(v198)) return false;
  }
  const v199 = v157.success;
  if (v199 !== undefined) {
    if (typeof v199 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogListArgs} is false. */
export function explainLogListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v200 = value as unknown as Record<string, unknown>;
    const v201 = v200.gateway_id;
    if (v201 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v201, 'is required');
    } else {
      if (typeof v201 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v201);
      } else {
        if (v201.length < 1 || (v201.length < 2 && codePoints(v201) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v201);
        }
        if (v201.length > 64 && codePoints(v201) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v201);
        }
      }
    }
    const v202 = v200.account_id;
    if (v202 !== undefined) {
      if (typeof v202 !== 'string') {
        fail(issues, path + '/account_id', 'string', v202);
      } else {
      }
    }
    const v203 = v200.cached;
    if (v203 !== undefined) {
      if (typeof v203 !== 'boolean') {
        fail(issues, path + '/cached', 'boolean', v203);
      }
    }
    const v204 = v200.direction;
    if (v204 !== undefined) {
      if (!(v204 === 'asc' || v204 === 'desc')) {
        fail(issues, path + '/direction', 'one of "asc", "desc"', v204);
      }
    }
    const v205 = v200.end_date;
    if (v205 !== undefined) {
      if (typeof v205 !== 'string') {
        fail(issues, path + '/end_date', 'string', v205);
      } else {
        if (!isDateTime(v205)) {
          fail(issues, path + '/end_date', 'date-time string', v205);
        }
      }
    }
    const v206 = v200.feedback;
    if (v206 !== undefined) {
      if (!(check164(v206) || check165(v206))) {
        fail(
          issues,
          path + '/feedback',
          'a value matching at least one of 2 alternatives (anyOf)',
          v206,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v207 = v200.filters;
    if (v207 !== undefined) {
      if (!Array.isArray(v207)) {
        fail(issues, path + '/filters', 'array', v207);
      } else {
        const v208: unknown[] = v207 as unknown[];
        for (let v209 = 0; v209 < v208.length; v209++) {
          const v210 = v208[v209];
          if (typeof v210 !== 'object' || v210 === null || Array.isArray(v210)) {
            fail(issues, path + '/filters' + '/' + v209, 'object', v210);
          } else {
            const v211 = v210 as unknown as Record<string, unknown>;
            const v212 = v211.key;
            if (v212 === undefined) {
              fail(issues, path + '/filters' + '/' + v209 + '/key', 'enum', v212, 'is required');
            } else {
              if (!ENUM_0.has(v212)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v209 + '/key',
                  'one of "id", "created_at", "request_content_type", "response_content_type", "request_type", "success", "cached", "provider", "model", "model_type", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback", "event_id", "metadata.key", "metadata.value", "authentication", "wholesale", "compatibilityMode", "dlp_action", "user_agent"',
                  v212,
                );
              }
            }
            const v213 = v211.operator;
            if (v213 === undefined) {
              fail(issues, path + '/filters' + '/' + v209 + '/operator', 'enum', v213, 'is required');
            } else {
              if (!(v213 === 'eq' || v213 === 'neq' || v213 === 'contains' || v213 === 'lt' || v213 === 'gt')) {
                fail(
                  issues,
                  path + '/filters' + '/' + v209 + '/operator',
                  'one of "eq", "neq", "contains", "lt", "gt"',
                  v213,
                );
              }
            }
            const v214 = v211.value;
            if (v214 === undefined) {
              fail(issues, path + '/filters' + '/' + v209 + '/value', 'array', v214, 'is required');
            } else {
              if (!Array.isArray(v214)) {
                fail(issues, path + '/filters' + '/' + v209 + '/value', 'array', v214);
              } else {
                const v215: unknown[] = v214 as unknown[];
                for (let v216 = 0; v216 < v215.length; v216++) {
                  const v217 = v215[v216];
                  if (!(check18(v217) || check19(v217) || check20(v217))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v209 + '/value' + '/' + v216,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v217,
                      'matches none of the anyOf alternatives',
                    );
                  }
                }
              }
            }
          }
        }
      }
    }
    const v218 = v200.max_cost;
    if (v218 !== undefined) {
      if (typeof v218 !== 'number' || !Number.isFinite(v218)) {
        fail(issues, path + '/max_cost', 'number', v218);
      } else {
      }
    }
    const v219 = v200.max_duration;
    if (v219 !== undefined) {
      if (typeof v219 !== 'number' || !Number.isFinite(v219)) {
        fail(issues, path + '/max_duration', 'number', v219);
      } else {
      }
    }
    const v220 = v200.max_tokens_in;
    if (v220 !== undefined) {
      if (typeof v220 !== 'number' || !Number.isFinite(v220)) {
        fail(issues, path + '/max_tokens_in', 'number', v220);
      } else {
      }
    }
    const v221 = v200.max_tokens_out;
    if (v221 !== undefined) {
      if (typeof v221 !== 'number' || !Number.isFinite(v221)) {
        fail(issues, path + '/max_tokens_out', 'number', v221);
      } else {
      }
    }
    const v222 = v200.max_total_tokens;
    if (v222 !== undefined) {
      if (typeof v222 !== 'number' || !Number.isFinite(v222)) {
        fail(issues, path + '/max_total_tokens', 'number', v222);
      } else {
      }
    }
    const v223 = v200.meta_info;
    if (v223 !== undefined) {
      if (typeof v223 !== 'boolean') {
        fail(issues, path + '/meta_info', 'boolean', v223);
      }
    }
    const v224 = v200.min_cost;
    if (v224 !== undefined) {
      if (typeof v224 !== 'number' || !Number.isFinite(v224)) {
        fail(issues, path + '/min_cost', 'number', v224);
      } else {
      }
    }
    const v225 = v200.min_duration;
    if (v225 !== undefined) {
      if (typeof v225 !== 'number' || !Number.isFinite(v225)) {
        fail(issues, path + '/min_duration', 'number', v225);
      } else {
      }
    }
    const v226 = v200.min_tokens_in;
    if (v226 !== undefined) {
      if (typeof v226 !== 'number' || !Number.isFinite(v226)) {
        fail(issues, path + '/min_tokens_in', 'number', v226);
      } else {
      }
    }
    const v227 = v200.min_tokens_out;
    if (v227 !== undefined) {
      if (typeof v227 !== 'number' || !Number.isFinite(v227)) {
        fail(issues, path + '/min_tokens_out', 'number', v227);
      } else {
      }
    }
    const v228 = v200.min_total_tokens;
    if (v228 !== undefined) {
      if (typeof v228 !== 'number' || !Number.isFinite(v228)) {
        fail(issues, path + '/min_total_tokens', 'number', v228);
      } else {
      }
    }
    const v229 = v200.model;
    if (v229 !== undefined) {
      if (typeof v229 !== 'string') {
        fail(issues, path + '/model', 'string', v229);
      } else {
      }
    }
    const v230 = v200.model_type;
    if (v230 !== undefined) {
      if (typeof v230 !== 'string') {
        fail(issues, path + '/model_type', 'string', v230);
      } else {
      }
    }
    const v231 = v200.order_by;
    if (v231 !== undefined) {
      if (
        !(
          v231 === 'created_at' ||
          v231 === 'provider' ||
          v231 === 'model' ||
          v231 === 'model_type' ||
          v231 === 'success' ||
          v231 === 'cached'
        )
      ) {
        fail(
          issues,
          path + '/order_by',
          'one of "created_at", "provider", "model", "model_type", "success", "cached"',
          v231,
        );
      }
    }
    const v232 = v200.order_by_direction;
    if (v232 !== undefined) {
      if (!(v232 === 'asc' || v232 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v232);
      }
    }
    const v233 = v200.page;
    if (v233 !== undefined) {
      if (!Number.isInteger(v233)) {
        fail(issues, path + '/page', 'integer', v233);
      } else {
        if ((v233 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v233, 'must be >= 1');
        }
      }
    }
    const v234 = v200.per_page;
    if (v234 !== undefined) {
      if (!Number.isInteger(v234)) {
        fail(issues, path + '/per_page', 'integer', v234);
      } else {
        if ((v234 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v234, 'must be >= 1');
        }
        if ((v234 as number) > 50) {
          fail(issues, path + '/per_page', 'integer that is <= 50', v234, 'must be <= 50');
        }
      }
    }
    const v235 = v200.provider;
    if (v235 !== undefined) {
      if (typeof v235 !== 'string') {
        fail(issues, path + '/provider', 'string', v235);
      } else {
      }
    }
    const v236 = v200.request_content_type;
    if (v236 !== undefined) {
      if (typeof v236 !== 'string') {
        fail(issues, path + '/request_content_type', 'string', v236);
      } else {
      }
    }
    const v237 = v200.response_content_type;
    if (v237 !== undefined) {
      if (typeof v237 !== 'string') {
        fail(issues, path + '/response_content_type', 'string', v237);
      } else {
      }
    }
    const v238 = v200.search;
    if (v238 !== undefined) {
      if (typeof v238 !== 'string') {
        fail(issues, path + '/search', 'string', v238);
      } else {
      }
    }
    const v239 = v200.start_date;
    if (v239 !== undefined) {
      if (typeof v239 !== 'string') {
        fail(issues, path + '/start_date', 'string', v239);
      } else {
        if (!isDateTime(v239)) {
          fail(issues, path + '/start_date', 'date-time string', v239);
        }
      }
    }
    const v240 = v200.success;
    if (v240 !== undefined) {
      if (typeof v240 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v240);
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogListArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogListArgs) };
}

/** Whether `value` is a valid {@link LogRequestResponse}. Fast: returns at the first problem. */
export function isLogRequestResponse(value: unknown): value is LogRequestResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v241 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogRequestResponse} is false. */
export function explainLogRequestResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v242 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link LogRequestResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogRequestResponse(value: unknown): ValidationResult<LogRequestResponse> {
  return isLogRequestResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogRequestResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogRequestArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v243 = value as unknown as Record<string, unknown>;
  const v244 = v243.gateway_id;
  if (v244 === undefined) return false;
  if (typeof v244 !== 'string') return false;
  if (v244.length < 1 || (v244.length < 2 && codePoints(v244) < 1)) return false;
  if (v244.length > 64 && codePoints(v244) > 64) return false;
  const v245 = v243.id;
  if (v245 === undefined) return false;
  if (typeof v245 !== 'string') return false;
  const v246 = v243.account_id;
  if (v246 !== undefined) {
    if (typeof v246 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogRequestArgs} is false. */
export function explainLogRequestArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v247 = value as unknown as Record<string, unknown>;
    const v248 = v247.gateway_id;
    if (v248 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v248, 'is required');
    } else {
      if (typeof v248 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v248);
      } else {
        if (v248.length < 1 || (v248.length < 2 && codePoints(v248) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v248);
        }
        if (v248.length > 64 && codePoints(v248) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v248);
        }
      }
    }
    const v249 = v247.id;
    if (v249 === undefined) {
      fail(issues, path + '/id', 'string', v249, 'is required');
    } else {
      if (typeof v249 !== 'string') {
        fail(issues, path + '/id', 'string', v249);
      } else {
      }
    }
    const v250 = v247.account_id;
    if (v250 !== undefined) {
      if (typeof v250 !== 'string') {
        fail(issues, path + '/account_id', 'string', v250);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogRequestArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogRequestArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogRequestArgs) };
}

/** Whether `value` is a valid {@link LogResponseResponse}. Fast: returns at the first problem. */
export function isLogResponseResponse(value: unknown): value is LogResponseResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v251 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogResponseResponse} is false. */
export function explainLogResponseResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v252 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link LogResponseResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogResponseResponse(value: unknown): ValidationResult<LogResponseResponse> {
  return isLogResponseResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogResponseResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isLogResponseArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v253 = value as unknown as Record<string, unknown>;
  const v254 = v253.gateway_id;
  if (v254 === undefined) return false;
  if (typeof v254 !== 'string') return false;
  if (v254.length < 1 || (v254.length < 2 && codePoints(v254) < 1)) return false;
  if (v254.length > 64 && codePoints(v254) > 64) return false;
  const v255 = v253.id;
  if (v255 === undefined) return false;
  if (typeof v255 !== 'string') return false;
  const v256 = v253.account_id;
  if (v256 !== undefined) {
    if (typeof v256 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogResponseArgs} is false. */
export function explainLogResponseArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v257 = value as unknown as Record<string, unknown>;
    const v258 = v257.gateway_id;
    if (v258 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v258, 'is required');
    } else {
      if (typeof v258 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v258);
      } else {
        if (v258.length < 1 || (v258.length < 2 && codePoints(v258) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v258);
        }
        if (v258.length > 64 && codePoints(v258) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v258);
        }
      }
    }
    const v259 = v257.id;
    if (v259 === undefined) {
      fail(issues, path + '/id', 'string', v259, 'is required');
    } else {
      if (typeof v259 !== 'string') {
        fail(issues, path + '/id', 'string', v259);
      } else {
      }
    }
    const v260 = v257.account_id;
    if (v260 !== undefined) {
      if (typeof v260 !== 'string') {
        fail(issues, path + '/account_id', 'string', v260);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogResponseArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogResponseArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainLogResponseArgs) };
}
