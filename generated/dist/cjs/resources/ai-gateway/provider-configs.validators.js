'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

/** Whether `value` is a valid {@link ProviderConfigCreateResponse}. Fast: returns at the first problem. */
function isProviderConfigCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.alias;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.default_config;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.gateway_id;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (v3.length < 1 || (v3.length < 2 && codePoints(v3) < 1)) return false;
  if (v3.length > 64 && codePoints(v3) > 64) return false;
  const v4 = v0.id;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v0.modified_at;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (!formatDateTime(v5)) return false;
  const v6 = v0.provider_slug;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.rate_limit;
  if (v7 !== undefined) {
    if (typeof v7 !== 'number' || !Number.isFinite(v7)) return false;
  }
  const v8 = v0.rate_limit_period;
  if (v8 !== undefined) {
    if (typeof v8 !== 'number' || !Number.isFinite(v8)) return false;
  }
  const v9 = v0.secret_id;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.secret_preview;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateResponse} is false. */
function explainProviderConfigCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.alias;
    if (v1 === undefined) {
      missing(issues, path + '/alias', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/alias', 'string', v1);
      }
    }
    const v2 = v0.default_config;
    if (v2 === undefined) {
      missing(issues, path + '/default_config', 'boolean');
    } else {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/default_config', 'boolean', v2);
      }
    }
    const v3 = v0.gateway_id;
    if (v3 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v3);
      } else {
        if (v3.length < 1 || (v3.length < 2 && codePoints(v3) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v3);
        }
        if (v3.length > 64 && codePoints(v3) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v3);
        }
      }
    }
    const v4 = v0.id;
    if (v4 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/id', 'string', v4);
      }
    }
    const v5 = v0.modified_at;
    if (v5 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v5);
      } else {
        if (!formatDateTime(v5)) {
          fail(issues, path + '/modified_at', 'date-time string', v5);
        }
      }
    }
    const v6 = v0.provider_slug;
    if (v6 === undefined) {
      missing(issues, path + '/provider_slug', 'string');
    } else {
      if (typeof v6 !== 'string') {
        fail(issues, path + '/provider_slug', 'string', v6);
      }
    }
    const v7 = v0.rate_limit;
    if (v7 !== undefined) {
      if (typeof v7 !== 'number' || !Number.isFinite(v7)) {
        fail(issues, path + '/rate_limit', 'number', v7);
      }
    }
    const v8 = v0.rate_limit_period;
    if (v8 !== undefined) {
      if (typeof v8 !== 'number' || !Number.isFinite(v8)) {
        fail(issues, path + '/rate_limit_period', 'number', v8);
      }
    }
    const v9 = v0.secret_id;
    if (v9 === undefined) {
      missing(issues, path + '/secret_id', 'string');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/secret_id', 'string', v9);
      }
    }
    const v10 = v0.secret_preview;
    if (v10 === undefined) {
      missing(issues, path + '/secret_preview', 'string');
    } else {
      if (typeof v10 !== 'string') {
        fail(issues, path + '/secret_preview', 'string', v10);
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateProviderConfigCreateResponse(value) {
  return isProviderConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainProviderConfigCreateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isProviderConfigCreateArgs(value) {
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

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateArgs} is false. */
function explainProviderConfigCreateArgs(value, path, issues) {
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

/** Whether `value` is a valid {@link ProviderConfigDeleteResponse}: the same checks as {@link isProviderConfigCreateResponse}. */
function isProviderConfigDeleteResponse(value) {
  return isProviderConfigCreateResponse(value);
}

/** @internal The same checks as {@link explainProviderConfigCreateResponse}. */
function explainProviderConfigDeleteResponse(value, path, issues) {
  explainProviderConfigCreateResponse(value, path, issues);
}

/** Checks `value` against {@link ProviderConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateProviderConfigDeleteResponse(value) {
  return isProviderConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainProviderConfigDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isProviderConfigDeleteArgs(value) {
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

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteArgs} is false. */
function explainProviderConfigDeleteArgs(value, path, issues) {
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

/** Whether `value` is a valid {@link ProviderConfigListResponse}. Fast: returns at the first problem. */
function isProviderConfigListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.alias;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    const v5 = v3.default_config;
    if (v5 === undefined) return false;
    if (typeof v5 !== 'boolean') return false;
    const v6 = v3.gateway_id;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'string') return false;
    if (v6.length < 1 || (v6.length < 2 && codePoints(v6) < 1)) return false;
    if (v6.length > 64 && codePoints(v6) > 64) return false;
    const v7 = v3.id;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
    const v8 = v3.modified_at;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
    if (!formatDateTime(v8)) return false;
    const v9 = v3.provider_slug;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    const v10 = v3.rate_limit;
    if (v10 !== undefined) {
      if (typeof v10 !== 'number' || !Number.isFinite(v10)) return false;
    }
    const v11 = v3.rate_limit_period;
    if (v11 !== undefined) {
      if (typeof v11 !== 'number' || !Number.isFinite(v11)) return false;
    }
    const v12 = v3.secret_id;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'string') return false;
    const v13 = v3.secret_preview;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListResponse} is false. */
function explainProviderConfigListResponse(value, path, issues) {
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
        const v4 = v3.alias;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/alias', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/alias', 'string', v4);
          }
        }
        const v5 = v3.default_config;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/default_config', 'boolean');
        } else {
          if (typeof v5 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/default_config', 'boolean', v5);
          }
        }
        const v6 = v3.gateway_id;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/gateway_id', 'string');
        } else {
          if (typeof v6 !== 'string') {
            fail(issues, path + '/' + v1 + '/gateway_id', 'string', v6);
          } else {
            if (v6.length < 1 || (v6.length < 2 && codePoints(v6) < 1)) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at least 1 characters', v6);
            }
            if (v6.length > 64 && codePoints(v6) > 64) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at most 64 characters', v6);
            }
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
        const v8 = v3.modified_at;
        if (v8 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v8 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v8);
          } else {
            if (!formatDateTime(v8)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v8);
            }
          }
        }
        const v9 = v3.provider_slug;
        if (v9 === undefined) {
          missing(issues, path + '/' + v1 + '/provider_slug', 'string');
        } else {
          if (typeof v9 !== 'string') {
            fail(issues, path + '/' + v1 + '/provider_slug', 'string', v9);
          }
        }
        const v10 = v3.rate_limit;
        if (v10 !== undefined) {
          if (typeof v10 !== 'number' || !Number.isFinite(v10)) {
            fail(issues, path + '/' + v1 + '/rate_limit', 'number', v10);
          }
        }
        const v11 = v3.rate_limit_period;
        if (v11 !== undefined) {
          if (typeof v11 !== 'number' || !Number.isFinite(v11)) {
            fail(issues, path + '/' + v1 + '/rate_limit_period', 'number', v11);
          }
        }
        const v12 = v3.secret_id;
        if (v12 === undefined) {
          missing(issues, path + '/' + v1 + '/secret_id', 'string');
        } else {
          if (typeof v12 !== 'string') {
            fail(issues, path + '/' + v1 + '/secret_id', 'string', v12);
          }
        }
        const v13 = v3.secret_preview;
        if (v13 === undefined) {
          missing(issues, path + '/' + v1 + '/secret_preview', 'string');
        } else {
          if (typeof v13 !== 'string') {
            fail(issues, path + '/' + v1 + '/secret_preview', 'string', v13);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateProviderConfigListResponse(value) {
  return isProviderConfigListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainProviderConfigListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isProviderConfigListArgs(value) {
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
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListArgs} is false. */
function explainProviderConfigListArgs(value, path, issues) {
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
  }
}

/** Whether `value` is a valid {@link ProviderConfigUpdateResponse}: the same checks as {@link isProviderConfigCreateResponse}. */
function isProviderConfigUpdateResponse(value) {
  return isProviderConfigCreateResponse(value);
}

/** @internal The same checks as {@link explainProviderConfigCreateResponse}. */
function explainProviderConfigUpdateResponse(value, path, issues) {
  explainProviderConfigCreateResponse(value, path, issues);
}

/** Checks `value` against {@link ProviderConfigUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateProviderConfigUpdateResponse(value) {
  return isProviderConfigUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainProviderConfigUpdateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isProviderConfigDeleteArgs}. */
function isProviderConfigUpdateArgs(value) {
  return isProviderConfigDeleteArgs(value);
}

/** @internal The same checks as {@link explainProviderConfigDeleteArgs}. */
function explainProviderConfigUpdateArgs(value, path, issues) {
  explainProviderConfigDeleteArgs(value, path, issues);
}


exports.isProviderConfigCreateResponse = isProviderConfigCreateResponse;
exports.explainProviderConfigCreateResponse = explainProviderConfigCreateResponse;
exports.validateProviderConfigCreateResponse = validateProviderConfigCreateResponse;
exports.isProviderConfigCreateArgs = isProviderConfigCreateArgs;
exports.explainProviderConfigCreateArgs = explainProviderConfigCreateArgs;
exports.isProviderConfigDeleteResponse = isProviderConfigDeleteResponse;
exports.explainProviderConfigDeleteResponse = explainProviderConfigDeleteResponse;
exports.validateProviderConfigDeleteResponse = validateProviderConfigDeleteResponse;
exports.isProviderConfigDeleteArgs = isProviderConfigDeleteArgs;
exports.explainProviderConfigDeleteArgs = explainProviderConfigDeleteArgs;
exports.isProviderConfigListResponse = isProviderConfigListResponse;
exports.explainProviderConfigListResponse = explainProviderConfigListResponse;
exports.validateProviderConfigListResponse = validateProviderConfigListResponse;
exports.isProviderConfigListArgs = isProviderConfigListArgs;
exports.explainProviderConfigListArgs = explainProviderConfigListArgs;
exports.isProviderConfigUpdateResponse = isProviderConfigUpdateResponse;
exports.explainProviderConfigUpdateResponse = explainProviderConfigUpdateResponse;
exports.validateProviderConfigUpdateResponse = validateProviderConfigUpdateResponse;
exports.isProviderConfigUpdateArgs = isProviderConfigUpdateArgs;
exports.explainProviderConfigUpdateArgs = explainProviderConfigUpdateArgs;
