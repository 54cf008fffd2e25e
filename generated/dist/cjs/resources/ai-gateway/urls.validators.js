'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');

/** Whether `value` is a valid {@link UrlGetResponse}. Fast: returns at the first problem. */
function isUrlGetResponse(value) {
  if (typeof value !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isUrlGetResponse} is false. */
function explainUrlGetResponse(value, path, issues) {
  if (typeof value !== 'string') {
    fail(issues, path, 'string', value);
  }
}

/** Checks `value` against {@link UrlGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateUrlGetResponse(value) {
  return isUrlGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainUrlGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isUrlGetArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.provider;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.account_id;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isUrlGetArgs} is false. */
function explainUrlGetArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.gateway_id;
    if (v1 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v1);
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.provider;
    if (v2 === undefined) {
      missing(issues, path + '/provider', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/provider', 'string', v2);
      }
    }
    const v3 = v0.account_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/account_id', 'string', v3);
      }
    }
  }
}


exports.isUrlGetResponse = isUrlGetResponse;
exports.explainUrlGetResponse = explainUrlGetResponse;
exports.validateUrlGetResponse = validateUrlGetResponse;
exports.isUrlGetArgs = isUrlGetArgs;
exports.explainUrlGetArgs = explainUrlGetArgs;
