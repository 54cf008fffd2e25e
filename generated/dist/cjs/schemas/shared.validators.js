'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../core/validation.js');

/** Whether `value` is a valid {@link AigBillingErrorResponse}. Fast: returns at the first problem. */
function isAigBillingErrorResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.result;
  if (v8 === undefined) return false;
  if (v8 !== null) {
    if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) return false;
    const v9 = v8;
  }
  const v10 = v0.success;
  if (v10 === undefined) return false;
  if (!(v10 === false)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingErrorResponse} is false. */
function explainAigBillingErrorResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === undefined) {
      missing(issues, path + '/errors', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/errors', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/errors' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/code', 'number');
            } else {
              if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
                fail(issues, path + '/errors' + '/' + v3 + '/code', 'number', v6);
              }
            }
            const v7 = v5.message;
            if (v7 === undefined) {
              missing(issues, path + '/errors' + '/' + v3 + '/message', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/errors' + '/' + v3 + '/message', 'string', v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.result;
    if (v8 === undefined) {
      missing(issues, path + '/result', 'object or null');
    } else {
      if (v8 !== null) {
        if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) {
          fail(issues, path + '/result', 'object', v8);
        } else {
          const v9 = v8;
        }
      }
    }
    const v10 = v0.success;
    if (v10 === undefined) {
      missing(issues, path + '/success', 'enum');
    } else {
      if (!(v10 === false)) {
        fail(issues, path + '/success', 'one of false', v10);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingErrorResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAigBillingErrorResponse(value) {
  return isAigBillingErrorResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAigBillingErrorResponse) };
}


exports.isAigBillingErrorResponse = isAigBillingErrorResponse;
exports.explainAigBillingErrorResponse = explainAigBillingErrorResponse;
exports.validateAigBillingErrorResponse = validateAigBillingErrorResponse;
