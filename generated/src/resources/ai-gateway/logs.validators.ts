import {
  codePoints,
  collectIssues,
  describe,
  type ValidationIssue,
  type ValidationResult,
} from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type { LogGetResponse } from './logs.types.js';

/** Whether `value` is a valid {@link LogGetResponse}. Fast: returns at the first problem. */
export function isLogGetResponse(value: unknown): value is LogGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
  const v1 = v0.cached;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'boolean') return false;
  const v2 = v0.cost;
  if (v2 !== undefined) {
    if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  }
  const v3 = v0.created_at;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (!isDateTime(v3)) return false;
  const v4 = v0.custom_cost;
  if (v4 !== undefined) {
    if (typeof v4 !== 'boolean') return false;
  }
  const v5 = v0.duration;
  if (v5 === undefined) return false;
  if (!Number.isInteger(v5)) return false;
  const v6 = v0.id;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.metadata;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.model;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  const v9 = v0.model_type;
  if (v9 !== undefined) {
    if (typeof v9 !== 'string') return false;
  }
  const v10 = v0.path;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'string') return false;
  const v11 = v0.provider;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'string') return false;
  const v12 = v0.request_content_type;
  if (v12 !== undefined) {
    if (typeof v12 !== 'string') return false;
  }
  const v13 = v0.request_head;
  if (v13 !== undefined) {
    if (typeof v13 !== 'string') return false;
  }
  const v14 = v0.request_head_complete;
  if (v14 !== undefined) {
    if (typeof v14 !== 'boolean') return false;
  }
  const v15 = v0.request_size;
  if (v15 !== undefined) {
    if (!Number.isInteger(v15)) return false;
  }
  const v16 = v0.request_type;
  if (v16 !== undefined) {
    if (typeof v16 !== 'string') return false;
  }
  const v17 = v0.response_content_type;
  if (v17 !== undefined) {
    if (typeof v17 !== 'string') return false;
  }
  const v18 = v0.response_head;
  if (v18 !== undefined) {
    if (typeof v18 !== 'string') return false;
  }
  const v19 = v0.response_head_complete;
  if (v19 !== undefined) {
    if (typeof v19 !== 'boolean') return false;
  }
  const v20 = v0.response_size;
  if (v20 !== undefined) {
    if (!Number.isInteger(v20)) return false;
  }
  const v21 = v0.status_code;
  if (v21 !== undefined) {
    if (!Number.isInteger(v21)) return false;
  }
  const v22 = v0.step;
  if (v22 !== undefined) {
    if (!Number.isInteger(v22)) return false;
  }
  const v23 = v0.success;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'boolean') return false;
  const v24 = v0.tokens_in;
  if (v24 === undefined) return false;
  if (v24 !== null) {
    if (!Number.isInteger(v24)) return false;
  }
  const v25 = v0.tokens_out;
  if (v25 === undefined) return false;
  if (v25 !== null) {
    if (!Number.isInteger(v25)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogGetResponse} is false. */
export function explainLogGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({
      path: path,
      message: 'expected object' + ', received ' + describe(value),
      expected: 'object',
      received: describe(value),
    });
  } else {
    const v26 = value as Record<string, unknown>;
    const v27 = v26.cached;
    if (v27 === undefined) {
      issues.push({ path: path + '/cached', message: 'is required', expected: 'boolean', received: 'nothing' });
    } else {
      if (typeof v27 !== 'boolean') {
        issues.push({
          path: path + '/cached',
          message: 'expected boolean' + ', received ' + describe(v27),
          expected: 'boolean',
          received: describe(v27),
        });
      }
    }
    const v28 = v26.cost;
    if (v28 !== undefined) {
      if (typeof v28 !== 'number' || !Number.isFinite(v28)) {
        issues.push({
          path: path + '/cost',
          message: 'expected number' + ', received ' + describe(v28),
          expected: 'number',
          received: describe(v28),
        });
      } else {
      }
    }
    const v29 = v26.created_at;
    if (v29 === undefined) {
      issues.push({ path: path + '/created_at', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v29 !== 'string') {
        issues.push({
          path: path + '/created_at',
          message: 'expected string' + ', received ' + describe(v29),
          expected: 'string',
          received: describe(v29),
        });
      } else {
        if (!isDateTime(v29)) {
          issues.push({
            path: path + '/created_at',
            message: 'expected date-time string' + ', received ' + describe(v29),
            expected: 'date-time string',
            received: describe(v29),
          });
        }
      }
    }
    const v30 = v26.custom_cost;
    if (v30 !== undefined) {
      if (typeof v30 !== 'boolean') {
        issues.push({
          path: path + '/custom_cost',
          message: 'expected boolean' + ', received ' + describe(v30),
          expected: 'boolean',
          received: describe(v30),
        });
      }
    }
    const v31 = v26.duration;
    if (v31 === undefined) {
      issues.push({ path: path + '/duration', message: 'is required', expected: 'integer', received: 'nothing' });
    } else {
      if (!Number.isInteger(v31)) {
        issues.push({
          path: path + '/duration',
          message: 'expected integer' + ', received ' + describe(v31),
          expected: 'integer',
          received: describe(v31),
        });
      } else {
      }
    }
    const v32 = v26.id;
    if (v32 === undefined) {
      issues.push({ path: path + '/id', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v32 !== 'string') {
        issues.push({
          path: path + '/id',
          message: 'expected string' + ', received ' + describe(v32),
          expected: 'string',
          received: describe(v32),
        });
      } else {
      }
    }
    const v33 = v26.metadata;
    if (v33 !== undefined) {
      if (typeof v33 !== 'string') {
        issues.push({
          path: path + '/metadata',
          message: 'expected string' + ', received ' + describe(v33),
          expected: 'string',
          received: describe(v33),
        });
      } else {
      }
    }
    const v34 = v26.model;
    if (v34 === undefined) {
      issues.push({ path: path + '/model', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v34 !== 'string') {
        issues.push({
          path: path + '/model',
          message: 'expected string' + ', received ' + describe(v34),
          expected: 'string',
          received: describe(v34),
        });
      } else {
      }
    }
    const v35 = v26.model_type;
    if (v35 !== undefined) {
      if (typeof v35 !== 'string') {
        issues.push({
          path: path + '/model_type',
          message: 'expected string' + ', received ' + describe(v35),
          expected: 'string',
          received: describe(v35),
        });
      } else {
      }
    }
    const v36 = v26.path;
    if (v36 === undefined) {
      issues.push({ path: path + '/path', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v36 !== 'string') {
        issues.push({
          path: path + '/path',
          message: 'expected string' + ', received ' + describe(v36),
          expected: 'string',
          received: describe(v36),
        });
      } else {
      }
    }
    const v37 = v26.provider;
    if (v37 === undefined) {
      issues.push({ path: path + '/provider', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v37 !== 'string') {
        issues.push({
          path: path + '/provider',
          message: 'expected string' + ', received ' + describe(v37),
          expected: 'string',
          received: describe(v37),
        });
      } else {
      }
    }
    const v38 = v26.request_content_type;
    if (v38 !== undefined) {
      if (typeof v38 !== 'string') {
        issues.push({
          path: path + '/request_content_type',
          message: 'expected string' + ', received ' + describe(v38),
          expected: 'string',
          received: describe(v38),
        });
      } else {
      }
    }
    const v39 = v26.request_head;
    if (v39 !== undefined) {
      if (typeof v39 !== 'string') {
        issues.push({
          path: path + '/request_head',
          message: 'expected string' + ', received ' + describe(v39),
          expected: 'string',
          received: describe(v39),
        });
      } else {
      }
    }
    const v40 = v26.request_head_complete;
    if (v40 !== undefined) {
      if (typeof v40 !== 'boolean') {
        issues.push({
          path: path + '/request_head_complete',
          message: 'expected boolean' + ', received ' + describe(v40),
          expected: 'boolean',
          received: describe(v40),
        });
      }
    }
    const v41 = v26.request_size;
    if (v41 !== undefined) {
      if (!Number.isInteger(v41)) {
        issues.push({
          path: path + '/request_size',
          message: 'expected integer' + ', received ' + describe(v41),
          expected: 'integer',
          received: describe(v41),
        });
      } else {
      }
    }
    const v42 = v26.request_type;
    if (v42 !== undefined) {
      if (typeof v42 !== 'string') {
        issues.push({
          path: path + '/request_type',
          message: 'expected string' + ', received ' + describe(v42),
          expected: 'string',
          received: describe(v42),
        });
      } else {
      }
    }
    const v43 = v26.response_content_type;
    if (v43 !== undefined) {
      if (typeof v43 !== 'string') {
        issues.push({
          path: path + '/response_content_type',
          message: 'expected string' + ', received ' + describe(v43),
          expected: 'string',
          received: describe(v43),
        });
      } else {
      }
    }
    const v44 = v26.response_head;
    if (v44 !== undefined) {
      if (typeof v44 !== 'string') {
        issues.push({
          path: path + '/response_head',
          message: 'expected string' + ', received ' + describe(v44),
          expected: 'string',
          received: describe(v44),
        });
      } else {
      }
    }
    const v45 = v26.response_head_complete;
    if (v45 !== undefined) {
      if (typeof v45 !== 'boolean') {
        issues.push({
          path: path + '/response_head_complete',
          message: 'expected boolean' + ', received ' + describe(v45),
          expected: 'boolean',
          received: describe(v45),
        });
      }
    }
    const v46 = v26.response_size;
    if (v46 !== undefined) {
      if (!Number.isInteger(v46)) {
        issues.push({
          path: path + '/response_size',
          message: 'expected integer' + ', received ' + describe(v46),
          expected: 'integer',
          received: describe(v46),
        });
      } else {
      }
    }
    const v47 = v26.status_code;
    if (v47 !== undefined) {
      if (!Number.isInteger(v47)) {
        issues.push({
          path: path + '/status_code',
          message: 'expected integer' + ', received ' + describe(v47),
          expected: 'integer',
          received: describe(v47),
        });
      } else {
      }
    }
    const v48 = v26.step;
    if (v48 !== undefined) {
      if (!Number.isInteger(v48)) {
        issues.push({
          path: path + '/step',
          message: 'expected integer' + ', received ' + describe(v48),
          expected: 'integer',
          received: describe(v48),
        });
      } else {
      }
    }
    const v49 = v26.success;
    if (v49 === undefined) {
      issues.push({ path: path + '/success', message: 'is required', expected: 'boolean', received: 'nothing' });
    } else {
      if (typeof v49 !== 'boolean') {
        issues.push({
          path: path + '/success',
          message: 'expected boolean' + ', received ' + describe(v49),
          expected: 'boolean',
          received: describe(v49),
        });
      }
    }
    const v50 = v26.tokens_in;
    if (v50 === undefined) {
      issues.push({
        path: path + '/tokens_in',
        message: 'is required',
        expected: 'integer or null',
        received: 'nothing',
      });
    } else {
      if (v50 !== null) {
        if (!Number.isInteger(v50)) {
          issues.push({
            path: path + '/tokens_in',
            message: 'expected integer' + ', received ' + describe(v50),
            expected: 'integer',
            received: describe(v50),
          });
        } else {
        }
      }
    }
    const v51 = v26.tokens_out;
    if (v51 === undefined) {
      issues.push({
        path: path + '/tokens_out',
        message: 'is required',
        expected: 'integer or null',
        received: 'nothing',
      });
    } else {
      if (v51 !== null) {
        if (!Number.isInteger(v51)) {
          issues.push({
            path: path + '/tokens_out',
            message: 'expected integer' + ', received ' + describe(v51),
            expected: 'integer',
            received: describe(v51),
          });
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
  const v52 = value as Record<string, unknown>;
  const v53 = v52.gateway_id;
  if (v53 === undefined) return false;
  if (typeof v53 !== 'string') return false;
  if (v53.length < 1 || (v53.length < 2 && codePoints(v53) < 1)) return false;
  if (v53.length > 64 && codePoints(v53) > 64) return false;
  const v54 = v52.id;
  if (v54 === undefined) return false;
  if (typeof v54 !== 'string') return false;
  const v55 = v52.account_id;
  if (v55 !== undefined) {
    if (typeof v55 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogGetArgs} is false. */
export function explainLogGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({
      path: path,
      message: 'expected object' + ', received ' + describe(value),
      expected: 'object',
      received: describe(value),
    });
  } else {
    const v56 = value as Record<string, unknown>;
    const v57 = v56.gateway_id;
    if (v57 === undefined) {
      issues.push({ path: path + '/gateway_id', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v57 !== 'string') {
        issues.push({
          path: path + '/gateway_id',
          message: 'expected string' + ', received ' + describe(v57),
          expected: 'string',
          received: describe(v57),
        });
      } else {
        if (v57.length < 1 || (v57.length < 2 && codePoints(v57) < 1)) {
          issues.push({
            path: path + '/gateway_id',
            message: 'expected string of at least 1 characters' + ', received ' + describe(v57),
            expected: 'string of at least 1 characters',
            received: describe(v57),
          });
        }
        if (v57.length > 64 && codePoints(v57) > 64) {
          issues.push({
            path: path + '/gateway_id',
            message: 'expected string of at most 64 characters' + ', received ' + describe(v57),
            expected: 'string of at most 64 characters',
            received: describe(v57),
          });
        }
      }
    }
    const v58 = v56.id;
    if (v58 === undefined) {
      issues.push({ path: path + '/id', message: 'is required', expected: 'string', received: 'nothing' });
    } else {
      if (typeof v58 !== 'string') {
        issues.push({
          path: path + '/id',
          message: 'expected string' + ', received ' + describe(v58),
          expected: 'string',
          received: describe(v58),
        });
      } else {
      }
    }
    const v59 = v56.account_id;
    if (v59 !== undefined) {
      if (typeof v59 !== 'string') {
        issues.push({
          path: path + '/account_id',
          message: 'expected string' + ', received ' + describe(v59),
          expected: 'string',
          received: describe(v59),
        });
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateLogGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isLogGetArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogGetArgs) };
}
