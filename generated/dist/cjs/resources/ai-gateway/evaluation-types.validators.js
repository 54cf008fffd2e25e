'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

/** Whether `value` is a valid {@link EvaluationTypeListResponse}. Fast: returns at the first problem. */
function isEvaluationTypeListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!formatDateTime(v4)) return false;
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
    if (!formatDateTime(v9)) return false;
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
function explainEvaluationTypeListResponse(value, path, issues) {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v0 = value;
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) {
        fail(issues, path + '/' + v1, 'object', v2);
      } else {
        const v3 = v2;
        const v4 = v3.created_at;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v4);
          } else {
            if (!formatDateTime(v4)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v4);
            }
          }
        }
        const v5 = v3.description;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/description', 'string');
        } else {
          if (typeof v5 !== 'string') {
            fail(issues, path + '/' + v1 + '/description', 'string', v5);
          }
        }
        const v6 = v3.enable;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/enable', 'boolean');
        } else {
          if (typeof v6 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/enable', 'boolean', v6);
          }
        }
        const v7 = v3.id;
        if (v7 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v7 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v7);
          }
        }
        const v8 = v3.mandatory;
        if (v8 === undefined) {
          missing(issues, path + '/' + v1 + '/mandatory', 'boolean');
        } else {
          if (typeof v8 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/mandatory', 'boolean', v8);
          }
        }
        const v9 = v3.modified_at;
        if (v9 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v9 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v9);
          } else {
            if (!formatDateTime(v9)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v9);
            }
          }
        }
        const v10 = v3.name;
        if (v10 === undefined) {
          missing(issues, path + '/' + v1 + '/name', 'string');
        } else {
          if (typeof v10 !== 'string') {
            fail(issues, path + '/' + v1 + '/name', 'string', v10);
          }
        }
        const v11 = v3.type;
        if (v11 === undefined) {
          missing(issues, path + '/' + v1 + '/type', 'string');
        } else {
          if (typeof v11 !== 'string') {
            fail(issues, path + '/' + v1 + '/type', 'string', v11);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link EvaluationTypeListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateEvaluationTypeListResponse(value) {
  return isEvaluationTypeListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEvaluationTypeListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isEvaluationTypeListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.order_by;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.order_by_direction;
  if (v3 !== undefined) {
    if (!(v3 === 'asc' || v3 === 'desc')) return false;
  }
  const v4 = v0.page;
  if (v4 !== undefined) {
    if (!Number.isInteger(v4)) return false;
    if ((v4) < 1) return false;
  }
  const v5 = v0.per_page;
  if (v5 !== undefined) {
    if (!Number.isInteger(v5)) return false;
    if ((v5) < 5) return false;
    if ((v5) > 50) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationTypeListArgs} is false. */
function explainEvaluationTypeListArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.account_id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/account_id', 'string', v1);
      }
    }
    const v2 = v0.order_by;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/order_by', 'string', v2);
      }
    }
    const v3 = v0.order_by_direction;
    if (v3 !== undefined) {
      if (!(v3 === 'asc' || v3 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v3);
      }
    }
    const v4 = v0.page;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        fail(issues, path + '/page', 'integer', v4);
      } else {
        if ((v4) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v4, 'must be >= 1');
        }
      }
    }
    const v5 = v0.per_page;
    if (v5 !== undefined) {
      if (!Number.isInteger(v5)) {
        fail(issues, path + '/per_page', 'integer', v5);
      } else {
        if ((v5) < 5) {
          fail(issues, path + '/per_page', 'integer that is >= 5', v5, 'must be >= 5');
        }
        if ((v5) > 50) {
          fail(issues, path + '/per_page', 'integer that is <= 50', v5, 'must be <= 50');
        }
      }
    }
  }
}


exports.isEvaluationTypeListResponse = isEvaluationTypeListResponse;
exports.explainEvaluationTypeListResponse = explainEvaluationTypeListResponse;
exports.validateEvaluationTypeListResponse = validateEvaluationTypeListResponse;
exports.isEvaluationTypeListArgs = isEvaluationTypeListArgs;
exports.explainEvaluationTypeListArgs = explainEvaluationTypeListArgs;
