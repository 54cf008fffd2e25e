'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime, isUri: formatUri, isUuid: formatUuid } = require('../../core/formats.js');

/** Whether `value` is a valid {@link CustomProviderCreateResponse}. Fast: returns at the first problem. */
function isCustomProviderCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.base_url;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatUri(v1)) return false;
  const v2 = v0.beta;
  if (v2 !== undefined) {
    if (typeof v2 !== 'boolean') return false;
  }
  const v3 = v0.created_at;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (!formatDateTime(v3)) return false;
  const v4 = v0.curl_example;
  if (v4 !== undefined) {
    if (typeof v4 !== 'string') return false;
  }
  const v5 = v0.description;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.enable;
  if (v6 !== undefined) {
    if (typeof v6 !== 'boolean') return false;
  }
  const v7 = v0.headers;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
    if (v7.length > 8192 && codePoints(v7) > 8192) return false;
  }
  const v8 = v0.id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  if (!formatUuid(v8)) return false;
  const v9 = v0.js_example;
  if (v9 !== undefined) {
    if (typeof v9 !== 'string') return false;
  }
  const v10 = v0.link;
  if (v10 !== undefined) {
    if (typeof v10 !== 'string') return false;
  }
  const v11 = v0.logo;
  if (v11 !== undefined) {
    if (typeof v11 !== 'string') return false;
  }
  const v12 = v0.modified_at;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  if (!formatDateTime(v12)) return false;
  const v13 = v0.name;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v0.position;
  if (v14 !== undefined) {
    if (!Number.isInteger(v14)) return false;
  }
  const v15 = v0.slug;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderCreateResponse} is false. */
function explainCustomProviderCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.base_url;
    if (v1 === undefined) {
      missing(issues, path + '/base_url', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/base_url', 'string', v1);
      } else {
        if (!formatUri(v1)) {
          fail(issues, path + '/base_url', 'uri string', v1);
        }
      }
    }
    const v2 = v0.beta;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v2);
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
    const v4 = v0.curl_example;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/curl_example', 'string', v4);
      }
    }
    const v5 = v0.description;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/description', 'string', v5);
      }
    }
    const v6 = v0.enable;
    if (v6 !== undefined) {
      if (typeof v6 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v6);
      }
    }
    const v7 = v0.headers;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        fail(issues, path + '/headers', 'string', v7);
      } else {
        if (v7.length > 8192 && codePoints(v7) > 8192) {
          fail(issues, path + '/headers', 'string of at most 8192 characters', v7);
        }
      }
    }
    const v8 = v0.id;
    if (v8 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/id', 'string', v8);
      } else {
        if (!formatUuid(v8)) {
          fail(issues, path + '/id', 'uuid string', v8);
        }
      }
    }
    const v9 = v0.js_example;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/js_example', 'string', v9);
      }
    }
    const v10 = v0.link;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        fail(issues, path + '/link', 'string', v10);
      }
    }
    const v11 = v0.logo;
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        fail(issues, path + '/logo', 'string', v11);
      }
    }
    const v12 = v0.modified_at;
    if (v12 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v12);
      } else {
        if (!formatDateTime(v12)) {
          fail(issues, path + '/modified_at', 'date-time string', v12);
        }
      }
    }
    const v13 = v0.name;
    if (v13 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/name', 'string', v13);
      }
    }
    const v14 = v0.position;
    if (v14 !== undefined) {
      if (!Number.isInteger(v14)) {
        fail(issues, path + '/position', 'integer', v14);
      }
    }
    const v15 = v0.slug;
    if (v15 === undefined) {
      missing(issues, path + '/slug', 'string');
    } else {
      if (typeof v15 !== 'string') {
        fail(issues, path + '/slug', 'string', v15);
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomProviderCreateResponse(value) {
  return isCustomProviderCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomProviderCreateResponse) };
}

/** Whether `value` is a valid {@link CustomProviderDeleteResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
function isCustomProviderDeleteResponse(value) {
  return isCustomProviderCreateResponse(value);
}

/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
function explainCustomProviderDeleteResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CustomProviderDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomProviderDeleteResponse(value) {
  return isCustomProviderDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomProviderDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCustomProviderDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatUuid(v1)) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderDeleteArgs} is false. */
function explainCustomProviderDeleteArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.id;
    if (v1 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/id', 'string', v1);
      } else {
        if (!formatUuid(v1)) {
          fail(issues, path + '/id', 'uuid string', v1);
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

/** Whether `value` is a valid {@link CustomProviderEditResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
function isCustomProviderEditResponse(value) {
  return isCustomProviderCreateResponse(value);
}

/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
function explainCustomProviderEditResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CustomProviderEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomProviderEditResponse(value) {
  return isCustomProviderEditResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomProviderEditResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomProviderDeleteArgs}. */
function isCustomProviderEditArgs(value) {
  return isCustomProviderDeleteArgs(value);
}

/** @internal The same checks as {@link explainCustomProviderDeleteArgs}. */
function explainCustomProviderEditArgs(value, path, issues) {
  explainCustomProviderDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link CustomProviderGetResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
function isCustomProviderGetResponse(value) {
  return isCustomProviderCreateResponse(value);
}

/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
function explainCustomProviderGetResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CustomProviderGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomProviderGetResponse(value) {
  return isCustomProviderGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomProviderGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomProviderDeleteArgs}. */
function isCustomProviderGetArgs(value) {
  return isCustomProviderDeleteArgs(value);
}

/** @internal The same checks as {@link explainCustomProviderDeleteArgs}. */
function explainCustomProviderGetArgs(value, path, issues) {
  explainCustomProviderDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link CustomProviderListResponse}. Fast: returns at the first problem. */
function isCustomProviderListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.base_url;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!formatUri(v4)) return false;
    const v5 = v3.beta;
    if (v5 !== undefined) {
      if (typeof v5 !== 'boolean') return false;
    }
    const v6 = v3.created_at;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'string') return false;
    if (!formatDateTime(v6)) return false;
    const v7 = v3.curl_example;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') return false;
    }
    const v8 = v3.description;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') return false;
    }
    const v9 = v3.enable;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') return false;
    }
    const v10 = v3.headers;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') return false;
      if (v10.length > 8192 && codePoints(v10) > 8192) return false;
    }
    const v11 = v3.id;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
    if (!formatUuid(v11)) return false;
    const v12 = v3.js_example;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') return false;
    }
    const v13 = v3.link;
    if (v13 !== undefined) {
      if (typeof v13 !== 'string') return false;
    }
    const v14 = v3.logo;
    if (v14 !== undefined) {
      if (typeof v14 !== 'string') return false;
    }
    const v15 = v3.modified_at;
    if (v15 === undefined) return false;
    if (typeof v15 !== 'string') return false;
    if (!formatDateTime(v15)) return false;
    const v16 = v3.name;
    if (v16 === undefined) return false;
    if (typeof v16 !== 'string') return false;
    const v17 = v3.position;
    if (v17 !== undefined) {
      if (!Number.isInteger(v17)) return false;
    }
    const v18 = v3.slug;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListResponse} is false. */
function explainCustomProviderListResponse(value, path, issues) {
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
        const v4 = v3.base_url;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/base_url', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/base_url', 'string', v4);
          } else {
            if (!formatUri(v4)) {
              fail(issues, path + '/' + v1 + '/base_url', 'uri string', v4);
            }
          }
        }
        const v5 = v3.beta;
        if (v5 !== undefined) {
          if (typeof v5 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/beta', 'boolean', v5);
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
        const v7 = v3.curl_example;
        if (v7 !== undefined) {
          if (typeof v7 !== 'string') {
            fail(issues, path + '/' + v1 + '/curl_example', 'string', v7);
          }
        }
        const v8 = v3.description;
        if (v8 !== undefined) {
          if (typeof v8 !== 'string') {
            fail(issues, path + '/' + v1 + '/description', 'string', v8);
          }
        }
        const v9 = v3.enable;
        if (v9 !== undefined) {
          if (typeof v9 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/enable', 'boolean', v9);
          }
        }
        const v10 = v3.headers;
        if (v10 !== undefined) {
          if (typeof v10 !== 'string') {
            fail(issues, path + '/' + v1 + '/headers', 'string', v10);
          } else {
            if (v10.length > 8192 && codePoints(v10) > 8192) {
              fail(issues, path + '/' + v1 + '/headers', 'string of at most 8192 characters', v10);
            }
          }
        }
        const v11 = v3.id;
        if (v11 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v11 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v11);
          } else {
            if (!formatUuid(v11)) {
              fail(issues, path + '/' + v1 + '/id', 'uuid string', v11);
            }
          }
        }
        const v12 = v3.js_example;
        if (v12 !== undefined) {
          if (typeof v12 !== 'string') {
            fail(issues, path + '/' + v1 + '/js_example', 'string', v12);
          }
        }
        const v13 = v3.link;
        if (v13 !== undefined) {
          if (typeof v13 !== 'string') {
            fail(issues, path + '/' + v1 + '/link', 'string', v13);
          }
        }
        const v14 = v3.logo;
        if (v14 !== undefined) {
          if (typeof v14 !== 'string') {
            fail(issues, path + '/' + v1 + '/logo', 'string', v14);
          }
        }
        const v15 = v3.modified_at;
        if (v15 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v15 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v15);
          } else {
            if (!formatDateTime(v15)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v15);
            }
          }
        }
        const v16 = v3.name;
        if (v16 === undefined) {
          missing(issues, path + '/' + v1 + '/name', 'string');
        } else {
          if (typeof v16 !== 'string') {
            fail(issues, path + '/' + v1 + '/name', 'string', v16);
          }
        }
        const v17 = v3.position;
        if (v17 !== undefined) {
          if (!Number.isInteger(v17)) {
            fail(issues, path + '/' + v1 + '/position', 'integer', v17);
          }
        }
        const v18 = v3.slug;
        if (v18 === undefined) {
          missing(issues, path + '/' + v1 + '/slug', 'string');
        } else {
          if (typeof v18 !== 'string') {
            fail(issues, path + '/' + v1 + '/slug', 'string', v18);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCustomProviderListResponse(value) {
  return isCustomProviderListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCustomProviderListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCustomProviderListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.beta;
  if (v2 !== undefined) {
    if (typeof v2 !== 'boolean') return false;
  }
  const v3 = v0.enable;
  if (v3 !== undefined) {
    if (typeof v3 !== 'boolean') return false;
  }
  const v4 = v0.page;
  if (v4 !== undefined) {
    if (!Number.isInteger(v4)) return false;
    if ((v4) < 1) return false;
  }
  const v5 = v0.per_page;
  if (v5 !== undefined) {
    if (!Number.isInteger(v5)) return false;
    if ((v5) < 1) return false;
    if ((v5) > 100) return false;
  }
  const v6 = v0.search;
  if (v6 !== undefined) {
    if (typeof v6 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListArgs} is false. */
function explainCustomProviderListArgs(value, path, issues) {
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
    const v2 = v0.beta;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v2);
      }
    }
    const v3 = v0.enable;
    if (v3 !== undefined) {
      if (typeof v3 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v3);
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
        if ((v5) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v5, 'must be >= 1');
        }
        if ((v5) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v5, 'must be <= 100');
        }
      }
    }
    const v6 = v0.search;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        fail(issues, path + '/search', 'string', v6);
      }
    }
  }
}


exports.isCustomProviderCreateResponse = isCustomProviderCreateResponse;
exports.explainCustomProviderCreateResponse = explainCustomProviderCreateResponse;
exports.validateCustomProviderCreateResponse = validateCustomProviderCreateResponse;
exports.isCustomProviderDeleteResponse = isCustomProviderDeleteResponse;
exports.explainCustomProviderDeleteResponse = explainCustomProviderDeleteResponse;
exports.validateCustomProviderDeleteResponse = validateCustomProviderDeleteResponse;
exports.isCustomProviderDeleteArgs = isCustomProviderDeleteArgs;
exports.explainCustomProviderDeleteArgs = explainCustomProviderDeleteArgs;
exports.isCustomProviderEditResponse = isCustomProviderEditResponse;
exports.explainCustomProviderEditResponse = explainCustomProviderEditResponse;
exports.validateCustomProviderEditResponse = validateCustomProviderEditResponse;
exports.isCustomProviderEditArgs = isCustomProviderEditArgs;
exports.explainCustomProviderEditArgs = explainCustomProviderEditArgs;
exports.isCustomProviderGetResponse = isCustomProviderGetResponse;
exports.explainCustomProviderGetResponse = explainCustomProviderGetResponse;
exports.validateCustomProviderGetResponse = validateCustomProviderGetResponse;
exports.isCustomProviderGetArgs = isCustomProviderGetArgs;
exports.explainCustomProviderGetArgs = explainCustomProviderGetArgs;
exports.isCustomProviderListResponse = isCustomProviderListResponse;
exports.explainCustomProviderListResponse = explainCustomProviderListResponse;
exports.validateCustomProviderListResponse = validateCustomProviderListResponse;
exports.isCustomProviderListArgs = isCustomProviderListArgs;
exports.explainCustomProviderListArgs = explainCustomProviderListArgs;
