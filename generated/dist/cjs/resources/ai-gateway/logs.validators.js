'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

const ENUM_0 = new Set(['id', 'created_at', 'request_content_type', 'response_content_type', 'request_type', 'success', 'cached', 'provider', 'model', 'model_type', 'cost', 'tokens', 'tokens_in', 'tokens_out', 'duration', 'feedback', 'event_id', 'metadata.key', 'metadata.value', 'authentication', 'wholesale', 'compatibilityMode', 'dlp_action', 'user_agent']);
function check0(value) {
  if (value !== null) {
    if (typeof value !== 'string') return false;
  }
  return true;
}
function check1(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check2(value) {
  if (typeof value !== 'boolean') return false;
  return true;
}
const ENUM_1 = new Set(['created_at', 'provider', 'model', 'model_type', 'success', 'cached', 'cost', 'tokens_in', 'tokens_out', 'duration', 'feedback']);
function check3(value) {
  if (!(value === 0)) return false;
  return true;
}
function check4(value) {
  if (!(value === 1)) return false;
  return true;
}
/** Whether `value` is a valid {@link LogDeleteResponse}. Fast: returns at the first problem. */
function isLogDeleteResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.success;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'boolean') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogDeleteResponse} is false. */
function explainLogDeleteResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.success;
    if (v1 === undefined) {
      missing(issues, path + '/success', 'boolean');
    } else {
      if (typeof v1 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v1);
      }
    }
  }
}

/** Checks `value` against {@link LogDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogDeleteResponse(value) {
  return isLogDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isLogDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.filters;
  if (v3 !== undefined) {
    if (!Array.isArray(v3)) return false;
    const v4 = v3;
    for (let v5 = 0; v5 < v4.length; v5++) {
      const v6 = v4[v5];
      if (typeof v6 !== 'object' || v6 === null || Array.isArray(v6)) return false;
      const v7 = v6;
      const v8 = v7.key;
      if (v8 === undefined) return false;
      if (!(ENUM_0.has(v8))) return false;
      const v9 = v7.operator;
      if (v9 === undefined) return false;
      if (!(v9 === 'eq' || v9 === 'neq' || v9 === 'contains' || v9 === 'lt' || v9 === 'gt')) return false;
      const v10 = v7.value;
      if (v10 === undefined) return false;
      if (!Array.isArray(v10)) return false;
      const v11 = v10;
      for (let v12 = 0; v12 < v11.length; v12++) {
        const v13 = v11[v12];
        if (!(check0(v13) || check1(v13) || check2(v13))) return false;
      }
    }
  }
  const v14 = v0.limit;
  if (v14 !== undefined) {
    if (!Number.isInteger(v14)) return false;
    if ((v14) < 1) return false;
    if ((v14) > 10000) return false;
  }
  const v15 = v0.order_by;
  if (v15 !== undefined) {
    if (!(ENUM_1.has(v15))) return false;
  }
  const v16 = v0.order_by_direction;
  if (v16 !== undefined) {
    if (!(v16 === 'asc' || v16 === 'desc')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogDeleteArgs} is false. */
function explainLogDeleteArgs(value, path, issues) {
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
    const v2 = v0.account_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_id', 'string', v2);
      }
    }
    const v3 = v0.filters;
    if (v3 !== undefined) {
      if (!Array.isArray(v3)) {
        fail(issues, path + '/filters', 'array', v3);
      } else {
        const v4 = v3;
        for (let v5 = 0; v5 < v4.length; v5++) {
          const v6 = v4[v5];
          if (typeof v6 !== 'object' || v6 === null || Array.isArray(v6)) {
            fail(issues, path + '/filters' + '/' + v5, 'object', v6);
          } else {
            const v7 = v6;
            const v8 = v7.key;
            if (v8 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/key', 'enum');
            } else {
              if (!(ENUM_0.has(v8))) {
                fail(issues, path + '/filters' + '/' + v5 + '/key', 'one of "id", "created_at", "request_content_type", "response_content_type", "request_type", "success", "cached", "provider", "model", "model_type", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback", "event_id", "metadata.key", "metadata.value", "authentication", "wholesale", "compatibilityMode", "dlp_action", "user_agent"', v8);
              }
            }
            const v9 = v7.operator;
            if (v9 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/operator', 'enum');
            } else {
              if (!(v9 === 'eq' || v9 === 'neq' || v9 === 'contains' || v9 === 'lt' || v9 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v5 + '/operator', 'one of "eq", "neq", "contains", "lt", "gt"', v9);
              }
            }
            const v10 = v7.value;
            if (v10 === undefined) {
              missing(issues, path + '/filters' + '/' + v5 + '/value', 'array');
            } else {
              if (!Array.isArray(v10)) {
                fail(issues, path + '/filters' + '/' + v5 + '/value', 'array', v10);
              } else {
                const v11 = v10;
                for (let v12 = 0; v12 < v11.length; v12++) {
                  const v13 = v11[v12];
                  if (!(check0(v13) || check1(v13) || check2(v13))) {
                    fail(issues, path + '/filters' + '/' + v5 + '/value' + '/' + v12, 'a value matching at least one of 3 alternatives (anyOf)', v13, 'matches none of the anyOf alternatives');
                  }
                }
              }
            }
          }
        }
      }
    }
    const v14 = v0.limit;
    if (v14 !== undefined) {
      if (!Number.isInteger(v14)) {
        fail(issues, path + '/limit', 'integer', v14);
      } else {
        if ((v14) < 1) {
          fail(issues, path + '/limit', 'integer that is >= 1', v14, 'must be >= 1');
        }
        if ((v14) > 10000) {
          fail(issues, path + '/limit', 'integer that is <= 10000', v14, 'must be <= 10000');
        }
      }
    }
    const v15 = v0.order_by;
    if (v15 !== undefined) {
      if (!(ENUM_1.has(v15))) {
        fail(issues, path + '/order_by', 'one of "created_at", "provider", "model", "model_type", "success", "cached", "cost", "tokens_in", "tokens_out", "duration", "feedback"', v15);
      }
    }
    const v16 = v0.order_by_direction;
    if (v16 !== undefined) {
      if (!(v16 === 'asc' || v16 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v16);
      }
    }
  }
}

/** Whether `value` is a valid {@link LogEditResponse}. Fast: returns at the first problem. */
function isLogEditResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogEditResponse} is false. */
function explainLogEditResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
  }
}

/** Checks `value` against {@link LogEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogEditResponse(value) {
  return isLogEditResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogEditResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isLogEditArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.id;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.account_id;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogEditArgs} is false. */
function explainLogEditArgs(value, path, issues) {
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
    const v2 = v0.id;
    if (v2 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/id', 'string', v2);
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

/** Whether `value` is a valid {@link LogGetResponse}. Fast: returns at the first problem. */
function isLogGetResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
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
  if (!formatDateTime(v3)) return false;
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
function explainLogGetResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.cached;
    if (v1 === undefined) {
      missing(issues, path + '/cached', 'boolean');
    } else {
      if (typeof v1 !== 'boolean') {
        fail(issues, path + '/cached', 'boolean', v1);
      }
    }
    const v2 = v0.cost;
    if (v2 !== undefined) {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + '/cost', 'number', v2);
      }
    }
    const v3 = v0.created_at;
    if (v3 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/created_at', 'string', v3);
      } else {
        if (!formatDateTime(v3)) {
          fail(issues, path + '/created_at', 'date-time string', v3);
        }
      }
    }
    const v4 = v0.custom_cost;
    if (v4 !== undefined) {
      if (typeof v4 !== 'boolean') {
        fail(issues, path + '/custom_cost', 'boolean', v4);
      }
    }
    const v5 = v0.duration;
    if (v5 === undefined) {
      missing(issues, path + '/duration', 'integer');
    } else {
      if (!Number.isInteger(v5)) {
        fail(issues, path + '/duration', 'integer', v5);
      }
    }
    const v6 = v0.id;
    if (v6 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v6 !== 'string') {
        fail(issues, path + '/id', 'string', v6);
      }
    }
    const v7 = v0.metadata;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        fail(issues, path + '/metadata', 'string', v7);
      }
    }
    const v8 = v0.model;
    if (v8 === undefined) {
      missing(issues, path + '/model', 'string');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/model', 'string', v8);
      }
    }
    const v9 = v0.model_type;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/model_type', 'string', v9);
      }
    }
    const v10 = v0.path;
    if (v10 === undefined) {
      missing(issues, path + '/path', 'string');
    } else {
      if (typeof v10 !== 'string') {
        fail(issues, path + '/path', 'string', v10);
      }
    }
    const v11 = v0.provider;
    if (v11 === undefined) {
      missing(issues, path + '/provider', 'string');
    } else {
      if (typeof v11 !== 'string') {
        fail(issues, path + '/provider', 'string', v11);
      }
    }
    const v12 = v0.request_content_type;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/request_content_type', 'string', v12);
      }
    }
    const v13 = v0.request_head;
    if (v13 !== undefined) {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/request_head', 'string', v13);
      }
    }
    const v14 = v0.request_head_complete;
    if (v14 !== undefined) {
      if (typeof v14 !== 'boolean') {
        fail(issues, path + '/request_head_complete', 'boolean', v14);
      }
    }
    const v15 = v0.request_size;
    if (v15 !== undefined) {
      if (!Number.isInteger(v15)) {
        fail(issues, path + '/request_size', 'integer', v15);
      }
    }
    const v16 = v0.request_type;
    if (v16 !== undefined) {
      if (typeof v16 !== 'string') {
        fail(issues, path + '/request_type', 'string', v16);
      }
    }
    const v17 = v0.response_content_type;
    if (v17 !== undefined) {
      if (typeof v17 !== 'string') {
        fail(issues, path + '/response_content_type', 'string', v17);
      }
    }
    const v18 = v0.response_head;
    if (v18 !== undefined) {
      if (typeof v18 !== 'string') {
        fail(issues, path + '/response_head', 'string', v18);
      }
    }
    const v19 = v0.response_head_complete;
    if (v19 !== undefined) {
      if (typeof v19 !== 'boolean') {
        fail(issues, path + '/response_head_complete', 'boolean', v19);
      }
    }
    const v20 = v0.response_size;
    if (v20 !== undefined) {
      if (!Number.isInteger(v20)) {
        fail(issues, path + '/response_size', 'integer', v20);
      }
    }
    const v21 = v0.status_code;
    if (v21 !== undefined) {
      if (!Number.isInteger(v21)) {
        fail(issues, path + '/status_code', 'integer', v21);
      }
    }
    const v22 = v0.step;
    if (v22 !== undefined) {
      if (!Number.isInteger(v22)) {
        fail(issues, path + '/step', 'integer', v22);
      }
    }
    const v23 = v0.success;
    if (v23 === undefined) {
      missing(issues, path + '/success', 'boolean');
    } else {
      if (typeof v23 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v23);
      }
    }
    const v24 = v0.tokens_in;
    if (v24 === undefined) {
      missing(issues, path + '/tokens_in', 'integer or null');
    } else {
      if (v24 !== null) {
        if (!Number.isInteger(v24)) {
          fail(issues, path + '/tokens_in', 'integer', v24);
        }
      }
    }
    const v25 = v0.tokens_out;
    if (v25 === undefined) {
      missing(issues, path + '/tokens_out', 'integer or null');
    } else {
      if (v25 !== null) {
        if (!Number.isInteger(v25)) {
          fail(issues, path + '/tokens_out', 'integer', v25);
        }
      }
    }
  }
}

/** Checks `value` against {@link LogGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogGetResponse(value) {
  return isLogGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
function isLogGetArgs(value) {
  return isLogEditArgs(value);
}

/** @internal The same checks as {@link explainLogEditArgs}. */
function explainLogGetArgs(value, path, issues) {
  explainLogEditArgs(value, path, issues);
}

/** Whether `value` is a valid {@link LogListResponse}. Fast: returns at the first problem. */
function isLogListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.cached;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'boolean') return false;
    const v5 = v3.cost;
    if (v5 !== undefined) {
      if (typeof v5 !== 'number' || !Number.isFinite(v5)) return false;
    }
    const v6 = v3.created_at;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'string') return false;
    if (!formatDateTime(v6)) return false;
    const v7 = v3.custom_cost;
    if (v7 !== undefined) {
      if (typeof v7 !== 'boolean') return false;
    }
    const v8 = v3.duration;
    if (v8 === undefined) return false;
    if (!Number.isInteger(v8)) return false;
    const v9 = v3.id;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    const v10 = v3.metadata;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') return false;
    }
    const v11 = v3.model;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
    const v12 = v3.model_type;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') return false;
    }
    const v13 = v3.path;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'string') return false;
    const v14 = v3.provider;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
    const v15 = v3.request_content_type;
    if (v15 !== undefined) {
      if (typeof v15 !== 'string') return false;
    }
    const v16 = v3.request_type;
    if (v16 !== undefined) {
      if (typeof v16 !== 'string') return false;
    }
    const v17 = v3.response_content_type;
    if (v17 !== undefined) {
      if (typeof v17 !== 'string') return false;
    }
    const v18 = v3.status_code;
    if (v18 !== undefined) {
      if (!Number.isInteger(v18)) return false;
    }
    const v19 = v3.step;
    if (v19 !== undefined) {
      if (!Number.isInteger(v19)) return false;
    }
    const v20 = v3.success;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'boolean') return false;
    const v21 = v3.tokens_in;
    if (v21 === undefined) return false;
    if (v21 !== null) {
      if (!Number.isInteger(v21)) return false;
    }
    const v22 = v3.tokens_out;
    if (v22 === undefined) return false;
    if (v22 !== null) {
      if (!Number.isInteger(v22)) return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogListResponse} is false. */
function explainLogListResponse(value, path, issues) {
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
        const v4 = v3.cached;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/cached', 'boolean');
        } else {
          if (typeof v4 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/cached', 'boolean', v4);
          }
        }
        const v5 = v3.cost;
        if (v5 !== undefined) {
          if (typeof v5 !== 'number' || !Number.isFinite(v5)) {
            fail(issues, path + '/' + v1 + '/cost', 'number', v5);
          }
        }
        const v6 = v3.created_at;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v6 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v6);
          } else {
            if (!formatDateTime(v6)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v6);
            }
          }
        }
        const v7 = v3.custom_cost;
        if (v7 !== undefined) {
          if (typeof v7 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/custom_cost', 'boolean', v7);
          }
        }
        const v8 = v3.duration;
        if (v8 === undefined) {
          missing(issues, path + '/' + v1 + '/duration', 'integer');
        } else {
          if (!Number.isInteger(v8)) {
            fail(issues, path + '/' + v1 + '/duration', 'integer', v8);
          }
        }
        const v9 = v3.id;
        if (v9 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v9 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v9);
          }
        }
        const v10 = v3.metadata;
        if (v10 !== undefined) {
          if (typeof v10 !== 'string') {
            fail(issues, path + '/' + v1 + '/metadata', 'string', v10);
          }
        }
        const v11 = v3.model;
        if (v11 === undefined) {
          missing(issues, path + '/' + v1 + '/model', 'string');
        } else {
          if (typeof v11 !== 'string') {
            fail(issues, path + '/' + v1 + '/model', 'string', v11);
          }
        }
        const v12 = v3.model_type;
        if (v12 !== undefined) {
          if (typeof v12 !== 'string') {
            fail(issues, path + '/' + v1 + '/model_type', 'string', v12);
          }
        }
        const v13 = v3.path;
        if (v13 === undefined) {
          missing(issues, path + '/' + v1 + '/path', 'string');
        } else {
          if (typeof v13 !== 'string') {
            fail(issues, path + '/' + v1 + '/path', 'string', v13);
          }
        }
        const v14 = v3.provider;
        if (v14 === undefined) {
          missing(issues, path + '/' + v1 + '/provider', 'string');
        } else {
          if (typeof v14 !== 'string') {
            fail(issues, path + '/' + v1 + '/provider', 'string', v14);
          }
        }
        const v15 = v3.request_content_type;
        if (v15 !== undefined) {
          if (typeof v15 !== 'string') {
            fail(issues, path + '/' + v1 + '/request_content_type', 'string', v15);
          }
        }
        const v16 = v3.request_type;
        if (v16 !== undefined) {
          if (typeof v16 !== 'string') {
            fail(issues, path + '/' + v1 + '/request_type', 'string', v16);
          }
        }
        const v17 = v3.response_content_type;
        if (v17 !== undefined) {
          if (typeof v17 !== 'string') {
            fail(issues, path + '/' + v1 + '/response_content_type', 'string', v17);
          }
        }
        const v18 = v3.status_code;
        if (v18 !== undefined) {
          if (!Number.isInteger(v18)) {
            fail(issues, path + '/' + v1 + '/status_code', 'integer', v18);
          }
        }
        const v19 = v3.step;
        if (v19 !== undefined) {
          if (!Number.isInteger(v19)) {
            fail(issues, path + '/' + v1 + '/step', 'integer', v19);
          }
        }
        const v20 = v3.success;
        if (v20 === undefined) {
          missing(issues, path + '/' + v1 + '/success', 'boolean');
        } else {
          if (typeof v20 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/success', 'boolean', v20);
          }
        }
        const v21 = v3.tokens_in;
        if (v21 === undefined) {
          missing(issues, path + '/' + v1 + '/tokens_in', 'integer or null');
        } else {
          if (v21 !== null) {
            if (!Number.isInteger(v21)) {
              fail(issues, path + '/' + v1 + '/tokens_in', 'integer', v21);
            }
          }
        }
        const v22 = v3.tokens_out;
        if (v22 === undefined) {
          missing(issues, path + '/' + v1 + '/tokens_out', 'integer or null');
        } else {
          if (v22 !== null) {
            if (!Number.isInteger(v22)) {
              fail(issues, path + '/' + v1 + '/tokens_out', 'integer', v22);
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link LogListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogListResponse(value) {
  return isLogListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isLogListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.cached;
  if (v3 !== undefined) {
    if (typeof v3 !== 'boolean') return false;
  }
  const v4 = v0.direction;
  if (v4 !== undefined) {
    if (!(v4 === 'asc' || v4 === 'desc')) return false;
  }
  const v5 = v0.end_date;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
    if (!formatDateTime(v5)) return false;
  }
  const v6 = v0.feedback;
  if (v6 !== undefined) {
    if (!(check3(v6) || check4(v6))) return false;
  }
  const v7 = v0.filters;
  if (v7 !== undefined) {
    if (!Array.isArray(v7)) return false;
    const v8 = v7;
    for (let v9 = 0; v9 < v8.length; v9++) {
      const v10 = v8[v9];
      if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
      const v11 = v10;
      const v12 = v11.key;
      if (v12 === undefined) return false;
      if (!(ENUM_0.has(v12))) return false;
      const v13 = v11.operator;
      if (v13 === undefined) return false;
      if (!(v13 === 'eq' || v13 === 'neq' || v13 === 'contains' || v13 === 'lt' || v13 === 'gt')) return false;
      const v14 = v11.value;
      if (v14 === undefined) return false;
      if (!Array.isArray(v14)) return false;
      const v15 = v14;
      for (let v16 = 0; v16 < v15.length; v16++) {
        const v17 = v15[v16];
        if (!(check0(v17) || check1(v17) || check2(v17))) return false;
      }
    }
  }
  const v18 = v0.max_cost;
  if (v18 !== undefined) {
    if (typeof v18 !== 'number' || !Number.isFinite(v18)) return false;
  }
  const v19 = v0.max_duration;
  if (v19 !== undefined) {
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
  }
  const v20 = v0.max_tokens_in;
  if (v20 !== undefined) {
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
  }
  const v21 = v0.max_tokens_out;
  if (v21 !== undefined) {
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.max_total_tokens;
  if (v22 !== undefined) {
    if (typeof v22 !== 'number' || !Number.isFinite(v22)) return false;
  }
  const v23 = v0.meta_info;
  if (v23 !== undefined) {
    if (typeof v23 !== 'boolean') return false;
  }
  const v24 = v0.min_cost;
  if (v24 !== undefined) {
    if (typeof v24 !== 'number' || !Number.isFinite(v24)) return false;
  }
  const v25 = v0.min_duration;
  if (v25 !== undefined) {
    if (typeof v25 !== 'number' || !Number.isFinite(v25)) return false;
  }
  const v26 = v0.min_tokens_in;
  if (v26 !== undefined) {
    if (typeof v26 !== 'number' || !Number.isFinite(v26)) return false;
  }
  const v27 = v0.min_tokens_out;
  if (v27 !== undefined) {
    if (typeof v27 !== 'number' || !Number.isFinite(v27)) return false;
  }
  const v28 = v0.min_total_tokens;
  if (v28 !== undefined) {
    if (typeof v28 !== 'number' || !Number.isFinite(v28)) return false;
  }
  const v29 = v0.model;
  if (v29 !== undefined) {
    if (typeof v29 !== 'string') return false;
  }
  const v30 = v0.model_type;
  if (v30 !== undefined) {
    if (typeof v30 !== 'string') return false;
  }
  const v31 = v0.order_by;
  if (v31 !== undefined) {
    if (!(v31 === 'created_at' || v31 === 'provider' || v31 === 'model' || v31 === 'model_type' || v31 === 'success' || v31 === 'cached')) return false;
  }
  const v32 = v0.order_by_direction;
  if (v32 !== undefined) {
    if (!(v32 === 'asc' || v32 === 'desc')) return false;
  }
  const v33 = v0.page;
  if (v33 !== undefined) {
    if (!Number.isInteger(v33)) return false;
    if ((v33) < 1) return false;
  }
  const v34 = v0.per_page;
  if (v34 !== undefined) {
    if (!Number.isInteger(v34)) return false;
    if ((v34) < 1) return false;
    if ((v34) > 50) return false;
  }
  const v35 = v0.provider;
  if (v35 !== undefined) {
    if (typeof v35 !== 'string') return false;
  }
  const v36 = v0.request_content_type;
  if (v36 !== undefined) {
    if (typeof v36 !== 'string') return false;
  }
  const v37 = v0.response_content_type;
  if (v37 !== undefined) {
    if (typeof v37 !== 'string') return false;
  }
  const v38 = v0.search;
  if (v38 !== undefined) {
    if (typeof v38 !== 'string') return false;
  }
  const v39 = v0.start_date;
  if (v39 !== undefined) {
    if (typeof v39 !== 'string') return false;
    if (!formatDateTime(v39)) return false;
  }
  const v40 = v0.success;
  if (v40 !== undefined) {
    if (typeof v40 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isLogListArgs} is false. */
function explainLogListArgs(value, path, issues) {
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
    const v2 = v0.account_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_id', 'string', v2);
      }
    }
    const v3 = v0.cached;
    if (v3 !== undefined) {
      if (typeof v3 !== 'boolean') {
        fail(issues, path + '/cached', 'boolean', v3);
      }
    }
    const v4 = v0.direction;
    if (v4 !== undefined) {
      if (!(v4 === 'asc' || v4 === 'desc')) {
        fail(issues, path + '/direction', 'one of "asc", "desc"', v4);
      }
    }
    const v5 = v0.end_date;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/end_date', 'string', v5);
      } else {
        if (!formatDateTime(v5)) {
          fail(issues, path + '/end_date', 'date-time string', v5);
        }
      }
    }
    const v6 = v0.feedback;
    if (v6 !== undefined) {
      if (!(check3(v6) || check4(v6))) {
        fail(issues, path + '/feedback', 'a value matching at least one of 2 alternatives (anyOf)', v6, 'matches none of the anyOf alternatives');
      }
    }
    const v7 = v0.filters;
    if (v7 !== undefined) {
      if (!Array.isArray(v7)) {
        fail(issues, path + '/filters', 'array', v7);
      } else {
        const v8 = v7;
        for (let v9 = 0; v9 < v8.length; v9++) {
          const v10 = v8[v9];
          if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) {
            fail(issues, path + '/filters' + '/' + v9, 'object', v10);
          } else {
            const v11 = v10;
            const v12 = v11.key;
            if (v12 === undefined) {
              missing(issues, path + '/filters' + '/' + v9 + '/key', 'enum');
            } else {
              if (!(ENUM_0.has(v12))) {
                fail(issues, path + '/filters' + '/' + v9 + '/key', 'one of "id", "created_at", "request_content_type", "response_content_type", "request_type", "success", "cached", "provider", "model", "model_type", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback", "event_id", "metadata.key", "metadata.value", "authentication", "wholesale", "compatibilityMode", "dlp_action", "user_agent"', v12);
              }
            }
            const v13 = v11.operator;
            if (v13 === undefined) {
              missing(issues, path + '/filters' + '/' + v9 + '/operator', 'enum');
            } else {
              if (!(v13 === 'eq' || v13 === 'neq' || v13 === 'contains' || v13 === 'lt' || v13 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v9 + '/operator', 'one of "eq", "neq", "contains", "lt", "gt"', v13);
              }
            }
            const v14 = v11.value;
            if (v14 === undefined) {
              missing(issues, path + '/filters' + '/' + v9 + '/value', 'array');
            } else {
              if (!Array.isArray(v14)) {
                fail(issues, path + '/filters' + '/' + v9 + '/value', 'array', v14);
              } else {
                const v15 = v14;
                for (let v16 = 0; v16 < v15.length; v16++) {
                  const v17 = v15[v16];
                  if (!(check0(v17) || check1(v17) || check2(v17))) {
                    fail(issues, path + '/filters' + '/' + v9 + '/value' + '/' + v16, 'a value matching at least one of 3 alternatives (anyOf)', v17, 'matches none of the anyOf alternatives');
                  }
                }
              }
            }
          }
        }
      }
    }
    const v18 = v0.max_cost;
    if (v18 !== undefined) {
      if (typeof v18 !== 'number' || !Number.isFinite(v18)) {
        fail(issues, path + '/max_cost', 'number', v18);
      }
    }
    const v19 = v0.max_duration;
    if (v19 !== undefined) {
      if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
        fail(issues, path + '/max_duration', 'number', v19);
      }
    }
    const v20 = v0.max_tokens_in;
    if (v20 !== undefined) {
      if (typeof v20 !== 'number' || !Number.isFinite(v20)) {
        fail(issues, path + '/max_tokens_in', 'number', v20);
      }
    }
    const v21 = v0.max_tokens_out;
    if (v21 !== undefined) {
      if (typeof v21 !== 'number' || !Number.isFinite(v21)) {
        fail(issues, path + '/max_tokens_out', 'number', v21);
      }
    }
    const v22 = v0.max_total_tokens;
    if (v22 !== undefined) {
      if (typeof v22 !== 'number' || !Number.isFinite(v22)) {
        fail(issues, path + '/max_total_tokens', 'number', v22);
      }
    }
    const v23 = v0.meta_info;
    if (v23 !== undefined) {
      if (typeof v23 !== 'boolean') {
        fail(issues, path + '/meta_info', 'boolean', v23);
      }
    }
    const v24 = v0.min_cost;
    if (v24 !== undefined) {
      if (typeof v24 !== 'number' || !Number.isFinite(v24)) {
        fail(issues, path + '/min_cost', 'number', v24);
      }
    }
    const v25 = v0.min_duration;
    if (v25 !== undefined) {
      if (typeof v25 !== 'number' || !Number.isFinite(v25)) {
        fail(issues, path + '/min_duration', 'number', v25);
      }
    }
    const v26 = v0.min_tokens_in;
    if (v26 !== undefined) {
      if (typeof v26 !== 'number' || !Number.isFinite(v26)) {
        fail(issues, path + '/min_tokens_in', 'number', v26);
      }
    }
    const v27 = v0.min_tokens_out;
    if (v27 !== undefined) {
      if (typeof v27 !== 'number' || !Number.isFinite(v27)) {
        fail(issues, path + '/min_tokens_out', 'number', v27);
      }
    }
    const v28 = v0.min_total_tokens;
    if (v28 !== undefined) {
      if (typeof v28 !== 'number' || !Number.isFinite(v28)) {
        fail(issues, path + '/min_total_tokens', 'number', v28);
      }
    }
    const v29 = v0.model;
    if (v29 !== undefined) {
      if (typeof v29 !== 'string') {
        fail(issues, path + '/model', 'string', v29);
      }
    }
    const v30 = v0.model_type;
    if (v30 !== undefined) {
      if (typeof v30 !== 'string') {
        fail(issues, path + '/model_type', 'string', v30);
      }
    }
    const v31 = v0.order_by;
    if (v31 !== undefined) {
      if (!(v31 === 'created_at' || v31 === 'provider' || v31 === 'model' || v31 === 'model_type' || v31 === 'success' || v31 === 'cached')) {
        fail(issues, path + '/order_by', 'one of "created_at", "provider", "model", "model_type", "success", "cached"', v31);
      }
    }
    const v32 = v0.order_by_direction;
    if (v32 !== undefined) {
      if (!(v32 === 'asc' || v32 === 'desc')) {
        fail(issues, path + '/order_by_direction', 'one of "asc", "desc"', v32);
      }
    }
    const v33 = v0.page;
    if (v33 !== undefined) {
      if (!Number.isInteger(v33)) {
        fail(issues, path + '/page', 'integer', v33);
      } else {
        if ((v33) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v33, 'must be >= 1');
        }
      }
    }
    const v34 = v0.per_page;
    if (v34 !== undefined) {
      if (!Number.isInteger(v34)) {
        fail(issues, path + '/per_page', 'integer', v34);
      } else {
        if ((v34) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v34, 'must be >= 1');
        }
        if ((v34) > 50) {
          fail(issues, path + '/per_page', 'integer that is <= 50', v34, 'must be <= 50');
        }
      }
    }
    const v35 = v0.provider;
    if (v35 !== undefined) {
      if (typeof v35 !== 'string') {
        fail(issues, path + '/provider', 'string', v35);
      }
    }
    const v36 = v0.request_content_type;
    if (v36 !== undefined) {
      if (typeof v36 !== 'string') {
        fail(issues, path + '/request_content_type', 'string', v36);
      }
    }
    const v37 = v0.response_content_type;
    if (v37 !== undefined) {
      if (typeof v37 !== 'string') {
        fail(issues, path + '/response_content_type', 'string', v37);
      }
    }
    const v38 = v0.search;
    if (v38 !== undefined) {
      if (typeof v38 !== 'string') {
        fail(issues, path + '/search', 'string', v38);
      }
    }
    const v39 = v0.start_date;
    if (v39 !== undefined) {
      if (typeof v39 !== 'string') {
        fail(issues, path + '/start_date', 'string', v39);
      } else {
        if (!formatDateTime(v39)) {
          fail(issues, path + '/start_date', 'date-time string', v39);
        }
      }
    }
    const v40 = v0.success;
    if (v40 !== undefined) {
      if (typeof v40 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v40);
      }
    }
  }
}

/** Whether `value` is a valid {@link LogRequestResponse}: the same checks as {@link isLogEditResponse}. */
function isLogRequestResponse(value) {
  return isLogEditResponse(value);
}

/** @internal The same checks as {@link explainLogEditResponse}. */
function explainLogRequestResponse(value, path, issues) {
  explainLogEditResponse(value, path, issues);
}

/** Checks `value` against {@link LogRequestResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogRequestResponse(value) {
  return isLogRequestResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogRequestResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
function isLogRequestArgs(value) {
  return isLogEditArgs(value);
}

/** @internal The same checks as {@link explainLogEditArgs}. */
function explainLogRequestArgs(value, path, issues) {
  explainLogEditArgs(value, path, issues);
}

/** Whether `value` is a valid {@link LogResponseResponse}: the same checks as {@link isLogEditResponse}. */
function isLogResponseResponse(value) {
  return isLogEditResponse(value);
}

/** @internal The same checks as {@link explainLogEditResponse}. */
function explainLogResponseResponse(value, path, issues) {
  explainLogEditResponse(value, path, issues);
}

/** Checks `value` against {@link LogResponseResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateLogResponseResponse(value) {
  return isLogResponseResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainLogResponseResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
function isLogResponseArgs(value) {
  return isLogEditArgs(value);
}

/** @internal The same checks as {@link explainLogEditArgs}. */
function explainLogResponseArgs(value, path, issues) {
  explainLogEditArgs(value, path, issues);
}


exports.isLogDeleteResponse = isLogDeleteResponse;
exports.explainLogDeleteResponse = explainLogDeleteResponse;
exports.validateLogDeleteResponse = validateLogDeleteResponse;
exports.isLogDeleteArgs = isLogDeleteArgs;
exports.explainLogDeleteArgs = explainLogDeleteArgs;
exports.isLogEditResponse = isLogEditResponse;
exports.explainLogEditResponse = explainLogEditResponse;
exports.validateLogEditResponse = validateLogEditResponse;
exports.isLogEditArgs = isLogEditArgs;
exports.explainLogEditArgs = explainLogEditArgs;
exports.isLogGetResponse = isLogGetResponse;
exports.explainLogGetResponse = explainLogGetResponse;
exports.validateLogGetResponse = validateLogGetResponse;
exports.isLogGetArgs = isLogGetArgs;
exports.explainLogGetArgs = explainLogGetArgs;
exports.isLogListResponse = isLogListResponse;
exports.explainLogListResponse = explainLogListResponse;
exports.validateLogListResponse = validateLogListResponse;
exports.isLogListArgs = isLogListArgs;
exports.explainLogListArgs = explainLogListArgs;
exports.isLogRequestResponse = isLogRequestResponse;
exports.explainLogRequestResponse = explainLogRequestResponse;
exports.validateLogRequestResponse = validateLogRequestResponse;
exports.isLogRequestArgs = isLogRequestArgs;
exports.explainLogRequestArgs = explainLogRequestArgs;
exports.isLogResponseResponse = isLogResponseResponse;
exports.explainLogResponseResponse = explainLogResponseResponse;
exports.validateLogResponseResponse = validateLogResponseResponse;
exports.isLogResponseArgs = isLogResponseArgs;
exports.explainLogResponseArgs = explainLogResponseArgs;
