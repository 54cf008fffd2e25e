'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../../../core/validation.js');
const { isDateTime: formatDateTime, isUuid: formatUuid } = require('../../../core/formats.js');

/** Whether `value` is a valid {@link CostCreateResponse}. Fast: returns at the first problem. */
function isCostCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_provider_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatUuid(v1)) return false;
  const v2 = v0.changed_by;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.cost_in;
  if (v3 !== undefined) {
    if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  }
  const v4 = v0.cost_out;
  if (v4 !== undefined) {
    if (typeof v4 !== 'number' || !Number.isFinite(v4)) return false;
  }
  const v5 = v0.cost_type;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.created_at;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  if (!formatDateTime(v6)) return false;
  const v7 = v0.enable;
  if (v7 !== undefined) {
    if (typeof v7 !== 'boolean') return false;
  }
  const v8 = v0.id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  if (!formatUuid(v8)) return false;
  const v9 = v0.model;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.model_rule;
  if (v10 !== undefined) {
    if (!(v10 === 'equals' || v10 === 'starts-with' || v10 === 'contains')) return false;
  }
  const v11 = v0.modified_at;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'string') return false;
  if (!formatDateTime(v11)) return false;
  const v12 = v0.token_pricing;
  if (v12 !== undefined) {
    if (typeof v12 !== 'string') return false;
  }
  const v13 = v0.weight;
  if (v13 !== undefined) {
    if (!Number.isInteger(v13)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostCreateResponse} is false. */
function explainCostCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.account_provider_id;
    if (v1 === undefined) {
      missing(issues, path + '/account_provider_id', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v1);
      } else {
        if (!formatUuid(v1)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v1);
        }
      }
    }
    const v2 = v0.changed_by;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/changed_by', 'string', v2);
      }
    }
    const v3 = v0.cost_in;
    if (v3 !== undefined) {
      if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
        fail(issues, path + '/cost_in', 'number', v3);
      }
    }
    const v4 = v0.cost_out;
    if (v4 !== undefined) {
      if (typeof v4 !== 'number' || !Number.isFinite(v4)) {
        fail(issues, path + '/cost_out', 'number', v4);
      }
    }
    const v5 = v0.cost_type;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v5);
      }
    }
    const v6 = v0.created_at;
    if (v6 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v6 !== 'string') {
        fail(issues, path + '/created_at', 'string', v6);
      } else {
        if (!formatDateTime(v6)) {
          fail(issues, path + '/created_at', 'date-time string', v6);
        }
      }
    }
    const v7 = v0.enable;
    if (v7 !== undefined) {
      if (typeof v7 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v7);
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
    const v9 = v0.model;
    if (v9 === undefined) {
      missing(issues, path + '/model', 'string');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/model', 'string', v9);
      }
    }
    const v10 = v0.model_rule;
    if (v10 !== undefined) {
      if (!(v10 === 'equals' || v10 === 'starts-with' || v10 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v10);
      }
    }
    const v11 = v0.modified_at;
    if (v11 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v11 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v11);
      } else {
        if (!formatDateTime(v11)) {
          fail(issues, path + '/modified_at', 'date-time string', v11);
        }
      }
    }
    const v12 = v0.token_pricing;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/token_pricing', 'string', v12);
      }
    }
    const v13 = v0.weight;
    if (v13 !== undefined) {
      if (!Number.isInteger(v13)) {
        fail(issues, path + '/weight', 'integer', v13);
      }
    }
  }
}

/** Checks `value` against {@link CostCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCostCreateResponse(value) {
  return isCostCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostCreateResponse) };
}

/** Whether `value` is a valid {@link CostDeleteResponse}: the same checks as {@link isCostCreateResponse}. */
function isCostDeleteResponse(value) {
  return isCostCreateResponse(value);
}

/** @internal The same checks as {@link explainCostCreateResponse}. */
function explainCostDeleteResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CostDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCostDeleteResponse(value) {
  return isCostDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCostDeleteArgs(value) {
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

/** @internal Collects every problem with `value`; called only when {@link isCostDeleteArgs} is false. */
function explainCostDeleteArgs(value, path, issues) {
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

/** Whether `value` is a valid {@link CostEditResponse}: the same checks as {@link isCostCreateResponse}. */
function isCostEditResponse(value) {
  return isCostCreateResponse(value);
}

/** @internal The same checks as {@link explainCostCreateResponse}. */
function explainCostEditResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CostEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCostEditResponse(value) {
  return isCostEditResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostEditResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCostDeleteArgs}. */
function isCostEditArgs(value) {
  return isCostDeleteArgs(value);
}

/** @internal The same checks as {@link explainCostDeleteArgs}. */
function explainCostEditArgs(value, path, issues) {
  explainCostDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link CostGetResponse}: the same checks as {@link isCostCreateResponse}. */
function isCostGetResponse(value) {
  return isCostCreateResponse(value);
}

/** @internal The same checks as {@link explainCostCreateResponse}. */
function explainCostGetResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}

/** Checks `value` against {@link CostGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCostGetResponse(value) {
  return isCostGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCostDeleteArgs}. */
function isCostGetArgs(value) {
  return isCostDeleteArgs(value);
}

/** @internal The same checks as {@link explainCostDeleteArgs}. */
function explainCostGetArgs(value, path, issues) {
  explainCostDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link CostListResponse}. Fast: returns at the first problem. */
function isCostListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.account_provider_id;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!formatUuid(v4)) return false;
    const v5 = v3.changed_by;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') return false;
    }
    const v6 = v3.cost_in;
    if (v6 !== undefined) {
      if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    }
    const v7 = v3.cost_out;
    if (v7 !== undefined) {
      if (typeof v7 !== 'number' || !Number.isFinite(v7)) return false;
    }
    const v8 = v3.cost_type;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') return false;
    }
    const v9 = v3.created_at;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    if (!formatDateTime(v9)) return false;
    const v10 = v3.enable;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') return false;
    }
    const v11 = v3.id;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
    if (!formatUuid(v11)) return false;
    const v12 = v3.model;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'string') return false;
    const v13 = v3.model_rule;
    if (v13 !== undefined) {
      if (!(v13 === 'equals' || v13 === 'starts-with' || v13 === 'contains')) return false;
    }
    const v14 = v3.modified_at;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
    if (!formatDateTime(v14)) return false;
    const v15 = v3.token_pricing;
    if (v15 !== undefined) {
      if (typeof v15 !== 'string') return false;
    }
    const v16 = v3.weight;
    if (v16 !== undefined) {
      if (!Number.isInteger(v16)) return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostListResponse} is false. */
function explainCostListResponse(value, path, issues) {
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
        const v4 = v3.account_provider_id;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/account_provider_id', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/account_provider_id', 'string', v4);
          } else {
            if (!formatUuid(v4)) {
              fail(issues, path + '/' + v1 + '/account_provider_id', 'uuid string', v4);
            }
          }
        }
        const v5 = v3.changed_by;
        if (v5 !== undefined) {
          if (typeof v5 !== 'string') {
            fail(issues, path + '/' + v1 + '/changed_by', 'string', v5);
          }
        }
        const v6 = v3.cost_in;
        if (v6 !== undefined) {
          if (typeof v6 !== 'number' || !Number.isFinite(v6)) {
            fail(issues, path + '/' + v1 + '/cost_in', 'number', v6);
          }
        }
        const v7 = v3.cost_out;
        if (v7 !== undefined) {
          if (typeof v7 !== 'number' || !Number.isFinite(v7)) {
            fail(issues, path + '/' + v1 + '/cost_out', 'number', v7);
          }
        }
        const v8 = v3.cost_type;
        if (v8 !== undefined) {
          if (typeof v8 !== 'string') {
            fail(issues, path + '/' + v1 + '/cost_type', 'string', v8);
          }
        }
        const v9 = v3.created_at;
        if (v9 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v9 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v9);
          } else {
            if (!formatDateTime(v9)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v9);
            }
          }
        }
        const v10 = v3.enable;
        if (v10 !== undefined) {
          if (typeof v10 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/enable', 'boolean', v10);
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
        const v12 = v3.model;
        if (v12 === undefined) {
          missing(issues, path + '/' + v1 + '/model', 'string');
        } else {
          if (typeof v12 !== 'string') {
            fail(issues, path + '/' + v1 + '/model', 'string', v12);
          }
        }
        const v13 = v3.model_rule;
        if (v13 !== undefined) {
          if (!(v13 === 'equals' || v13 === 'starts-with' || v13 === 'contains')) {
            fail(issues, path + '/' + v1 + '/model_rule', 'one of "equals", "starts-with", "contains"', v13);
          }
        }
        const v14 = v3.modified_at;
        if (v14 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v14 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v14);
          } else {
            if (!formatDateTime(v14)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v14);
            }
          }
        }
        const v15 = v3.token_pricing;
        if (v15 !== undefined) {
          if (typeof v15 !== 'string') {
            fail(issues, path + '/' + v1 + '/token_pricing', 'string', v15);
          }
        }
        const v16 = v3.weight;
        if (v16 !== undefined) {
          if (!Number.isInteger(v16)) {
            fail(issues, path + '/' + v1 + '/weight', 'integer', v16);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CostListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateCostListResponse(value) {
  return isCostListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isCostListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.account_provider_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
    if (!formatUuid(v2)) return false;
  }
  const v3 = v0.cost_type;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  const v4 = v0.enable;
  if (v4 !== undefined) {
    if (typeof v4 !== 'boolean') return false;
  }
  const v5 = v0.model_rule;
  if (v5 !== undefined) {
    if (!(v5 === 'equals' || v5 === 'starts-with' || v5 === 'contains')) return false;
  }
  const v6 = v0.page;
  if (v6 !== undefined) {
    if (!Number.isInteger(v6)) return false;
    if ((v6) < 1) return false;
  }
  const v7 = v0.per_page;
  if (v7 !== undefined) {
    if (!Number.isInteger(v7)) return false;
    if ((v7) < 1) return false;
    if ((v7) > 100) return false;
  }
  const v8 = v0.search;
  if (v8 !== undefined) {
    if (typeof v8 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostListArgs} is false. */
function explainCostListArgs(value, path, issues) {
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
    const v2 = v0.account_provider_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v2);
      } else {
        if (!formatUuid(v2)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v2);
        }
      }
    }
    const v3 = v0.cost_type;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v3);
      }
    }
    const v4 = v0.enable;
    if (v4 !== undefined) {
      if (typeof v4 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v4);
      }
    }
    const v5 = v0.model_rule;
    if (v5 !== undefined) {
      if (!(v5 === 'equals' || v5 === 'starts-with' || v5 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v5);
      }
    }
    const v6 = v0.page;
    if (v6 !== undefined) {
      if (!Number.isInteger(v6)) {
        fail(issues, path + '/page', 'integer', v6);
      } else {
        if ((v6) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v6, 'must be >= 1');
        }
      }
    }
    const v7 = v0.per_page;
    if (v7 !== undefined) {
      if (!Number.isInteger(v7)) {
        fail(issues, path + '/per_page', 'integer', v7);
      } else {
        if ((v7) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v7, 'must be >= 1');
        }
        if ((v7) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v7, 'must be <= 100');
        }
      }
    }
    const v8 = v0.search;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/search', 'string', v8);
      }
    }
  }
}


exports.isCostCreateResponse = isCostCreateResponse;
exports.explainCostCreateResponse = explainCostCreateResponse;
exports.validateCostCreateResponse = validateCostCreateResponse;
exports.isCostDeleteResponse = isCostDeleteResponse;
exports.explainCostDeleteResponse = explainCostDeleteResponse;
exports.validateCostDeleteResponse = validateCostDeleteResponse;
exports.isCostDeleteArgs = isCostDeleteArgs;
exports.explainCostDeleteArgs = explainCostDeleteArgs;
exports.isCostEditResponse = isCostEditResponse;
exports.explainCostEditResponse = explainCostEditResponse;
exports.validateCostEditResponse = validateCostEditResponse;
exports.isCostEditArgs = isCostEditArgs;
exports.explainCostEditArgs = explainCostEditArgs;
exports.isCostGetResponse = isCostGetResponse;
exports.explainCostGetResponse = explainCostGetResponse;
exports.validateCostGetResponse = validateCostGetResponse;
exports.isCostGetArgs = isCostGetArgs;
exports.explainCostGetArgs = explainCostGetArgs;
exports.isCostListResponse = isCostListResponse;
exports.explainCostListResponse = explainCostListResponse;
exports.validateCostListResponse = validateCostListResponse;
exports.isCostListArgs = isCostListArgs;
exports.explainCostListArgs = explainCostListArgs;
