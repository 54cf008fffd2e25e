'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');

/** Whether `value` is a valid {@link CustomDomainCreateResponse}. Fast: returns at the first problem. */
function isCustomDomainCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.cname_target;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.created_at;
  if (v2 === undefined) return false;
  if (!Number.isInteger(v2)) return false;
  const v3 = v0.gateway_id;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  const v4 = v0.hostname;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v0.modified_at;
  if (v5 === undefined) return false;
  if (!Number.isInteger(v5)) return false;
  const v6 = v0.status;
  if (v6 === undefined) return false;
  if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateResponse} is false. */
function explainCustomDomainCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.cname_target;
    if (v1 === undefined) {
      missing(issues, path + '/cname_target', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/cname_target', 'string', v1);
      }
    }
    const v2 = v0.created_at;
    if (v2 === undefined) {
      missing(issues, path + '/created_at', 'integer');
    } else {
      if (!Number.isInteger(v2)) {
        fail(issues, path + '/created_at', 'integer', v2);
      }
    }
    const v3 = v0.gateway_id;
    if (v3 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v3);
      }
    }
    const v4 = v0.hostname;
    if (v4 === undefined) {
      missing(issues, path + '/hostname', 'string');
    } else {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/hostname', 'string', v4);
      }
    }
    const v5 = v0.modified_at;
    if (v5 === undefined) {
      missing(issues, path + '/modified_at', 'integer');
    } else {
      if (!Number.isInteger(v5)) {
        fail(issues, path + '/modified_at', 'integer', v5);
      }
    }
    const v6 = v0.status;
    if (v6 === undefined) {
      missing(issues, path + '/status', 'enum');
    } else {
      if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomDomainCreateResponse(value) {
  return isCustomDomainCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomDomainCreateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCustomDomainCreateArgs(value) {
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
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateArgs} is false. */
function explainCustomDomainCreateArgs(value, path, issues) {
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
  }
}

/** Whether `value` is a valid {@link CustomDomainDeleteResponse}. Fast: returns at the first problem. */
function isCustomDomainDeleteResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  const v2 = v0.gateway_id;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  if (v2.length < 1 || (v2.length < 2 && codePoints(v2) < 1)) return false;
  if (v2.length > 64 && codePoints(v2) > 64) return false;
  const v3 = v0.hostname;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (v3.length < 1 || (v3.length < 2 && codePoints(v3) < 1)) return false;
  if (v3.length > 253 && codePoints(v3) > 253) return false;
  const v4 = v0.modified_at;
  if (v4 === undefined) return false;
  if (!Number.isInteger(v4)) return false;
  const v5 = v0.ssl_hostname_id;
  if (v5 === undefined) return false;
  if (v5 !== null) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.status;
  if (v6 === undefined) return false;
  if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteResponse} is false. */
function explainCustomDomainDeleteResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === undefined) {
      missing(issues, path + '/created_at', 'integer');
    } else {
      if (!Number.isInteger(v1)) {
        fail(issues, path + '/created_at', 'integer', v1);
      }
    }
    const v2 = v0.gateway_id;
    if (v2 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v2);
      } else {
        if (v2.length < 1 || (v2.length < 2 && codePoints(v2) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v2);
        }
        if (v2.length > 64 && codePoints(v2) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v2);
        }
      }
    }
    const v3 = v0.hostname;
    if (v3 === undefined) {
      missing(issues, path + '/hostname', 'string');
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/hostname', 'string', v3);
      } else {
        if (v3.length < 1 || (v3.length < 2 && codePoints(v3) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v3);
        }
        if (v3.length > 253 && codePoints(v3) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v3);
        }
      }
    }
    const v4 = v0.modified_at;
    if (v4 === undefined) {
      missing(issues, path + '/modified_at', 'integer');
    } else {
      if (!Number.isInteger(v4)) {
        fail(issues, path + '/modified_at', 'integer', v4);
      }
    }
    const v5 = v0.ssl_hostname_id;
    if (v5 === undefined) {
      missing(issues, path + '/ssl_hostname_id', 'string or null');
    } else {
      if (v5 !== null) {
        if (typeof v5 !== 'string') {
          fail(issues, path + '/ssl_hostname_id', 'string', v5);
        }
      }
    }
    const v6 = v0.status;
    if (v6 === undefined) {
      missing(issues, path + '/status', 'enum');
    } else {
      if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomDomainDeleteResponse(value) {
  return isCustomDomainDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomDomainDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCustomDomainDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.hostname;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  if (v2.length < 1 || (v2.length < 2 && codePoints(v2) < 1)) return false;
  if (v2.length > 253 && codePoints(v2) > 253) return false;
  const v3 = v0.account_id;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteArgs} is false. */
function explainCustomDomainDeleteArgs(value, path, issues) {
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
    const v2 = v0.hostname;
    if (v2 === undefined) {
      missing(issues, path + '/hostname', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/hostname', 'string', v2);
      } else {
        if (v2.length < 1 || (v2.length < 2 && codePoints(v2) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v2);
        }
        if (v2.length > 253 && codePoints(v2) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v2);
        }
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

/** Whether `value` is a valid {@link CustomDomainGetResponse}: the same checks as {@link isCustomDomainDeleteResponse}. */
function isCustomDomainGetResponse(value) {
  return isCustomDomainDeleteResponse(value);
}

/** @internal The same checks as {@link explainCustomDomainDeleteResponse}. */
function explainCustomDomainGetResponse(value, path, issues) {
  explainCustomDomainDeleteResponse(value, path, issues);
}

/** Checks `value` against {@link CustomDomainGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomDomainGetResponse(value) {
  return isCustomDomainGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomDomainGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomDomainDeleteArgs}. */
function isCustomDomainGetArgs(value) {
  return isCustomDomainDeleteArgs(value);
}

/** @internal The same checks as {@link explainCustomDomainDeleteArgs}. */
function explainCustomDomainGetArgs(value, path, issues) {
  explainCustomDomainDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link CustomDomainListResponse}. Fast: returns at the first problem. */
function isCustomDomainListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === undefined) return false;
    if (!Number.isInteger(v4)) return false;
    const v5 = v3.gateway_id;
    if (v5 === undefined) return false;
    if (typeof v5 !== 'string') return false;
    if (v5.length < 1 || (v5.length < 2 && codePoints(v5) < 1)) return false;
    if (v5.length > 64 && codePoints(v5) > 64) return false;
    const v6 = v3.hostname;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'string') return false;
    if (v6.length < 1 || (v6.length < 2 && codePoints(v6) < 1)) return false;
    if (v6.length > 253 && codePoints(v6) > 253) return false;
    const v7 = v3.modified_at;
    if (v7 === undefined) return false;
    if (!Number.isInteger(v7)) return false;
    const v8 = v3.ssl_hostname_id;
    if (v8 === undefined) return false;
    if (v8 !== null) {
      if (typeof v8 !== 'string') return false;
    }
    const v9 = v3.status;
    if (v9 === undefined) return false;
    if (!(v9 === 'initializing' || v9 === 'pending_dcv' || v9 === 'active' || v9 === 'blocked' || v9 === 'error')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListResponse} is false. */
function explainCustomDomainListResponse(value, path, issues) {
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
          missing(issues, path + '/' + v1 + '/created_at', 'integer');
        } else {
          if (!Number.isInteger(v4)) {
            fail(issues, path + '/' + v1 + '/created_at', 'integer', v4);
          }
        }
        const v5 = v3.gateway_id;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/gateway_id', 'string');
        } else {
          if (typeof v5 !== 'string') {
            fail(issues, path + '/' + v1 + '/gateway_id', 'string', v5);
          } else {
            if (v5.length < 1 || (v5.length < 2 && codePoints(v5) < 1)) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at least 1 characters', v5);
            }
            if (v5.length > 64 && codePoints(v5) > 64) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at most 64 characters', v5);
            }
          }
        }
        const v6 = v3.hostname;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/hostname', 'string');
        } else {
          if (typeof v6 !== 'string') {
            fail(issues, path + '/' + v1 + '/hostname', 'string', v6);
          } else {
            if (v6.length < 1 || (v6.length < 2 && codePoints(v6) < 1)) {
              fail(issues, path + '/' + v1 + '/hostname', 'string of at least 1 characters', v6);
            }
            if (v6.length > 253 && codePoints(v6) > 253) {
              fail(issues, path + '/' + v1 + '/hostname', 'string of at most 253 characters', v6);
            }
          }
        }
        const v7 = v3.modified_at;
        if (v7 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'integer');
        } else {
          if (!Number.isInteger(v7)) {
            fail(issues, path + '/' + v1 + '/modified_at', 'integer', v7);
          }
        }
        const v8 = v3.ssl_hostname_id;
        if (v8 === undefined) {
          missing(issues, path + '/' + v1 + '/ssl_hostname_id', 'string or null');
        } else {
          if (v8 !== null) {
            if (typeof v8 !== 'string') {
              fail(issues, path + '/' + v1 + '/ssl_hostname_id', 'string', v8);
            }
          }
        }
        const v9 = v3.status;
        if (v9 === undefined) {
          missing(issues, path + '/' + v1 + '/status', 'enum');
        } else {
          if (!(v9 === 'initializing' || v9 === 'pending_dcv' || v9 === 'active' || v9 === 'blocked' || v9 === 'error')) {
            fail(issues, path + '/' + v1 + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v9);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomDomainListResponse(value) {
  return isCustomDomainListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomDomainListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCustomDomainListArgs(value) {
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
  const v3 = v0.page;
  if (v3 !== undefined) {
    if (!Number.isInteger(v3)) return false;
    if ((v3) < 1) return false;
  }
  const v4 = v0.per_page;
  if (v4 !== undefined) {
    if (!Number.isInteger(v4)) return false;
    if ((v4) < 1) return false;
    if ((v4) > 100) return false;
  }
  const v5 = v0.search;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.status;
  if (v6 !== undefined) {
    if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListArgs} is false. */
function explainCustomDomainListArgs(value, path, issues) {
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
    const v3 = v0.page;
    if (v3 !== undefined) {
      if (!Number.isInteger(v3)) {
        fail(issues, path + '/page', 'integer', v3);
      } else {
        if ((v3) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v3, 'must be >= 1');
        }
      }
    }
    const v4 = v0.per_page;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        fail(issues, path + '/per_page', 'integer', v4);
      } else {
        if ((v4) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v4, 'must be >= 1');
        }
        if ((v4) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v4, 'must be <= 100');
        }
      }
    }
    const v5 = v0.search;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/search', 'string', v5);
      }
    }
    const v6 = v0.status;
    if (v6 !== undefined) {
      if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error')) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}


exports.isCustomDomainCreateResponse = isCustomDomainCreateResponse;
exports.explainCustomDomainCreateResponse = explainCustomDomainCreateResponse;
exports.validateCustomDomainCreateResponse = validateCustomDomainCreateResponse;
exports.isCustomDomainCreateArgs = isCustomDomainCreateArgs;
exports.explainCustomDomainCreateArgs = explainCustomDomainCreateArgs;
exports.isCustomDomainDeleteResponse = isCustomDomainDeleteResponse;
exports.explainCustomDomainDeleteResponse = explainCustomDomainDeleteResponse;
exports.validateCustomDomainDeleteResponse = validateCustomDomainDeleteResponse;
exports.isCustomDomainDeleteArgs = isCustomDomainDeleteArgs;
exports.explainCustomDomainDeleteArgs = explainCustomDomainDeleteArgs;
exports.isCustomDomainGetResponse = isCustomDomainGetResponse;
exports.explainCustomDomainGetResponse = explainCustomDomainGetResponse;
exports.validateCustomDomainGetResponse = validateCustomDomainGetResponse;
exports.isCustomDomainGetArgs = isCustomDomainGetArgs;
exports.explainCustomDomainGetArgs = explainCustomDomainGetArgs;
exports.isCustomDomainListResponse = isCustomDomainListResponse;
exports.explainCustomDomainListResponse = explainCustomDomainListResponse;
exports.validateCustomDomainListResponse = validateCustomDomainListResponse;
exports.isCustomDomainListArgs = isCustomDomainListArgs;
exports.explainCustomDomainListArgs = explainCustomDomainListArgs;
