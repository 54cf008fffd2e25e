'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

function check0(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.next;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.type;
  if (v7 === undefined) return false;
  if (!(v7 === 'start')) return false;
  return true;
}
function check1(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.false;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v3.true;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'object' || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.properties;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.conditions;
  if (v12 !== undefined) {
    if (typeof v12 !== 'object' || v12 === null || Array.isArray(v12)) return false;
    const v13 = v12;
  }
  const v14 = v0.type;
  if (v14 === undefined) return false;
  if (!(v14 === 'conditional')) return false;
  return true;
}
function check2(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  for (const v4 of Object.keys(v3)) {
    if (false) continue;
    const v5 = v3[v4];
    if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.elementId;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.type;
  if (v8 === undefined) return false;
  if (!(v8 === 'percentage')) return false;
  return true;
}
function check3(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.fallback;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v3.success;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'object' || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.properties;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.key;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  const v13 = v11.limit;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
  const v14 = v11.limitType;
  if (v14 === undefined) return false;
  if (!(v14 === 'count' || v14 === 'cost')) return false;
  const v15 = v11.window;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'number' || !Number.isFinite(v15)) return false;
  const v16 = v0.type;
  if (v16 === undefined) return false;
  if (!(v16 === 'rate')) return false;
  return true;
}
function check4(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.fallback;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v3.success;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'object' || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.properties;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.model;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  const v13 = v11.provider;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v11.retries;
  if (v14 === undefined) return false;
  if (typeof v14 !== 'number' || !Number.isFinite(v14)) return false;
  const v15 = v11.timeout;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'number' || !Number.isFinite(v15)) return false;
  const v16 = v0.type;
  if (v16 === undefined) return false;
  if (!(v16 === 'model')) return false;
  return true;
}
function check5(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.outputs;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  for (const v4 of Object.keys(v3)) {
    if (false) continue;
    const v5 = v3[v4];
    if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.elementId;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.type;
  if (v8 === undefined) return false;
  if (!(v8 === 'end')) return false;
  return true;
}
/** Whether `value` is a valid {@link DynamicRoutingCreateResponse}. Fast: returns at the first problem. */
function isDynamicRoutingCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatDateTime(v1)) return false;
  const v2 = v0.deployment;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.created_at;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v3.deployment_id;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  const v6 = v3.version_id;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.elements;
  if (v7 === undefined) return false;
  if (!Array.isArray(v7)) return false;
  const v8 = v7;
  for (let v9 = 0; v9 < v8.length; v9++) {
    const v10 = v8[v9];
    if (!(check0(v10) || check1(v10) || check2(v10) || check3(v10) || check4(v10) || check5(v10))) return false;
  }
  const v11 = v0.gateway_id;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'string') return false;
  const v12 = v0.id;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  const v13 = v0.modified_at;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  if (!formatDateTime(v13)) return false;
  const v14 = v0.name;
  if (v14 === undefined) return false;
  if (typeof v14 !== 'string') return false;
  const v15 = v0.version;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'object' || v15 === null || Array.isArray(v15)) return false;
  const v16 = v15;
  const v17 = v16.active;
  if (v17 === undefined) return false;
  if (!(v17 === 'true' || v17 === 'false')) return false;
  const v18 = v16.created_at;
  if (v18 === undefined) return false;
  if (typeof v18 !== 'string') return false;
  const v19 = v16.data;
  if (v19 === undefined) return false;
  if (typeof v19 !== 'string') return false;
  const v20 = v16.is_valid;
  if (v20 !== undefined) {
    if (typeof v20 !== 'boolean') return false;
  }
  const v21 = v16.version_id;
  if (v21 === undefined) return false;
  if (typeof v21 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingCreateResponse} is false. */
function explainDynamicRoutingCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/created_at', 'string', v1);
      } else {
        if (!formatDateTime(v1)) {
          fail(issues, path + '/created_at', 'date-time string', v1);
        }
      }
    }
    const v2 = v0.deployment;
    if (v2 === undefined) {
      missing(issues, path + '/deployment', 'object');
    } else {
      if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) {
        fail(issues, path + '/deployment', 'object', v2);
      } else {
        const v3 = v2;
        const v4 = v3.created_at;
        if (v4 === undefined) {
          missing(issues, path + '/deployment' + '/created_at', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/deployment' + '/created_at', 'string', v4);
          }
        }
        const v5 = v3.deployment_id;
        if (v5 === undefined) {
          missing(issues, path + '/deployment' + '/deployment_id', 'string');
        } else {
          if (typeof v5 !== 'string') {
            fail(issues, path + '/deployment' + '/deployment_id', 'string', v5);
          }
        }
        const v6 = v3.version_id;
        if (v6 === undefined) {
          missing(issues, path + '/deployment' + '/version_id', 'string');
        } else {
          if (typeof v6 !== 'string') {
            fail(issues, path + '/deployment' + '/version_id', 'string', v6);
          }
        }
      }
    }
    const v7 = v0.elements;
    if (v7 === undefined) {
      missing(issues, path + '/elements', 'array');
    } else {
      if (!Array.isArray(v7)) {
        fail(issues, path + '/elements', 'array', v7);
      } else {
        const v8 = v7;
        for (let v9 = 0; v9 < v8.length; v9++) {
          const v10 = v8[v9];
          if (!(check0(v10) || check1(v10) || check2(v10) || check3(v10) || check4(v10) || check5(v10))) {
            fail(issues, path + '/elements' + '/' + v9, 'a value matching at least one of 6 alternatives (anyOf)', v10, 'matches none of the anyOf alternatives');
          }
        }
      }
    }
    const v11 = v0.gateway_id;
    if (v11 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v11 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v11);
      }
    }
    const v12 = v0.id;
    if (v12 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/id', 'string', v12);
      }
    }
    const v13 = v0.modified_at;
    if (v13 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v13);
      } else {
        if (!formatDateTime(v13)) {
          fail(issues, path + '/modified_at', 'date-time string', v13);
        }
      }
    }
    const v14 = v0.name;
    if (v14 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v14 !== 'string') {
        fail(issues, path + '/name', 'string', v14);
      }
    }
    const v15 = v0.version;
    if (v15 === undefined) {
      missing(issues, path + '/version', 'object');
    } else {
      if (typeof v15 !== 'object' || v15 === null || Array.isArray(v15)) {
        fail(issues, path + '/version', 'object', v15);
      } else {
        const v16 = v15;
        const v17 = v16.active;
        if (v17 === undefined) {
          missing(issues, path + '/version' + '/active', 'enum');
        } else {
          if (!(v17 === 'true' || v17 === 'false')) {
            fail(issues, path + '/version' + '/active', 'one of "true", "false"', v17);
          }
        }
        const v18 = v16.created_at;
        if (v18 === undefined) {
          missing(issues, path + '/version' + '/created_at', 'string');
        } else {
          if (typeof v18 !== 'string') {
            fail(issues, path + '/version' + '/created_at', 'string', v18);
          }
        }
        const v19 = v16.data;
        if (v19 === undefined) {
          missing(issues, path + '/version' + '/data', 'string');
        } else {
          if (typeof v19 !== 'string') {
            fail(issues, path + '/version' + '/data', 'string', v19);
          }
        }
        const v20 = v16.is_valid;
        if (v20 !== undefined) {
          if (typeof v20 !== 'boolean') {
            fail(issues, path + '/version' + '/is_valid', 'boolean', v20);
          }
        }
        const v21 = v16.version_id;
        if (v21 === undefined) {
          missing(issues, path + '/version' + '/version_id', 'string');
        } else {
          if (typeof v21 !== 'string') {
            fail(issues, path + '/version' + '/version_id', 'string', v21);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDynamicRoutingCreateResponse(value) {
  return isDynamicRoutingCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDynamicRoutingCreateResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingDeleteResponse}. Fast: returns at the first problem. */
function isDynamicRoutingDeleteResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatDateTime(v1)) return false;
  const v2 = v0.elements;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (!(check0(v5) || check1(v5) || check2(v5) || check3(v5) || check4(v5) || check5(v5))) return false;
  }
  const v6 = v0.gateway_id;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.id;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'string') return false;
  const v8 = v0.modified_at;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  if (!formatDateTime(v8)) return false;
  const v9 = v0.name;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingDeleteResponse} is false. */
function explainDynamicRoutingDeleteResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/created_at', 'string', v1);
      } else {
        if (!formatDateTime(v1)) {
          fail(issues, path + '/created_at', 'date-time string', v1);
        }
      }
    }
    const v2 = v0.elements;
    if (v2 === undefined) {
      missing(issues, path + '/elements', 'array');
    } else {
      if (!Array.isArray(v2)) {
        fail(issues, path + '/elements', 'array', v2);
      } else {
        const v3 = v2;
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          if (!(check0(v5) || check1(v5) || check2(v5) || check3(v5) || check4(v5) || check5(v5))) {
            fail(issues, path + '/elements' + '/' + v4, 'a value matching at least one of 6 alternatives (anyOf)', v5, 'matches none of the anyOf alternatives');
          }
        }
      }
    }
    const v6 = v0.gateway_id;
    if (v6 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v6 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v6);
      }
    }
    const v7 = v0.id;
    if (v7 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v7 !== 'string') {
        fail(issues, path + '/id', 'string', v7);
      }
    }
    const v8 = v0.modified_at;
    if (v8 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v8);
      } else {
        if (!formatDateTime(v8)) {
          fail(issues, path + '/modified_at', 'date-time string', v8);
        }
      }
    }
    const v9 = v0.name;
    if (v9 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/name', 'string', v9);
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDynamicRoutingDeleteResponse(value) {
  return isDynamicRoutingDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDynamicRoutingDeleteResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingGetResponse}: the same checks as {@link isDynamicRoutingCreateResponse}. */
function isDynamicRoutingGetResponse(value) {
  return isDynamicRoutingCreateResponse(value);
}

/** @internal The same checks as {@link explainDynamicRoutingCreateResponse}. */
function explainDynamicRoutingGetResponse(value, path, issues) {
  explainDynamicRoutingCreateResponse(value, path, issues);
}

/** Checks `value` against {@link DynamicRoutingGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDynamicRoutingGetResponse(value) {
  return isDynamicRoutingGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDynamicRoutingGetResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingListResponse}. Fast: returns at the first problem. */
function isDynamicRoutingListResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.order_by;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.order_by_direction;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.page;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  const v4 = v0.per_page;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'number' || !Number.isFinite(v4)) return false;
  const v5 = v0.routes;
  if (v5 === undefined) return false;
  if (!Array.isArray(v5)) return false;
  const v6 = v5;
  for (let v7 = 0; v7 < v6.length; v7++) {
    const v8 = v6[v7];
    if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) return false;
    const v9 = v8;
    const v10 = v9.account_tag;
    if (v10 === undefined) return false;
    if (typeof v10 !== 'string') return false;
    const v11 = v9.created_at;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
    if (!formatDateTime(v11)) return false;
    const v12 = v9.deployment;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'object' || v12 === null || Array.isArray(v12)) return false;
    const v13 = v12;
    const v14 = v13.created_at;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
    const v15 = v13.deployment_id;
    if (v15 === undefined) return false;
    if (typeof v15 !== 'string') return false;
    const v16 = v13.version_id;
    if (v16 === undefined) return false;
    if (typeof v16 !== 'string') return false;
    const v17 = v9.elements;
    if (v17 === undefined) return false;
    if (!Array.isArray(v17)) return false;
    const v18 = v17;
    for (let v19 = 0; v19 < v18.length; v19++) {
      const v20 = v18[v19];
      if (!(check0(v20) || check1(v20) || check2(v20) || check3(v20) || check4(v20) || check5(v20))) return false;
    }
    const v21 = v9.gateway_id;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'string') return false;
    const v22 = v9.id;
    if (v22 === undefined) return false;
    if (typeof v22 !== 'string') return false;
    const v23 = v9.modified_at;
    if (v23 === undefined) return false;
    if (typeof v23 !== 'string') return false;
    if (!formatDateTime(v23)) return false;
    const v24 = v9.name;
    if (v24 === undefined) return false;
    if (typeof v24 !== 'string') return false;
    const v25 = v9.version;
    if (v25 === undefined) return false;
    if (typeof v25 !== 'object' || v25 === null || Array.isArray(v25)) return false;
    const v26 = v25;
    const v27 = v26.active;
    if (v27 === undefined) return false;
    if (!(v27 === 'true' || v27 === 'false')) return false;
    const v28 = v26.created_at;
    if (v28 === undefined) return false;
    if (typeof v28 !== 'string') return false;
    const v29 = v26.data;
    if (v29 === undefined) return false;
    if (typeof v29 !== 'string') return false;
    const v30 = v26.is_valid;
    if (v30 !== undefined) {
      if (typeof v30 !== 'boolean') return false;
    }
    const v31 = v26.version_id;
    if (v31 === undefined) return false;
    if (typeof v31 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListResponse} is false. */
function explainDynamicRoutingListResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.order_by;
    if (v1 === undefined) {
      missing(issues, path + '/order_by', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/order_by', 'string', v1);
      }
    }
    const v2 = v0.order_by_direction;
    if (v2 === undefined) {
      missing(issues, path + '/order_by_direction', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/order_by_direction', 'string', v2);
      }
    }
    const v3 = v0.page;
    if (v3 === undefined) {
      missing(issues, path + '/page', 'number');
    } else {
      if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
        fail(issues, path + '/page', 'number', v3);
      }
    }
    const v4 = v0.per_page;
    if (v4 === undefined) {
      missing(issues, path + '/per_page', 'number');
    } else {
      if (typeof v4 !== 'number' || !Number.isFinite(v4)) {
        fail(issues, path + '/per_page', 'number', v4);
      }
    }
    const v5 = v0.routes;
    if (v5 === undefined) {
      missing(issues, path + '/routes', 'array');
    } else {
      if (!Array.isArray(v5)) {
        fail(issues, path + '/routes', 'array', v5);
      } else {
        const v6 = v5;
        for (let v7 = 0; v7 < v6.length; v7++) {
          const v8 = v6[v7];
          if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) {
            fail(issues, path + '/routes' + '/' + v7, 'object', v8);
          } else {
            const v9 = v8;
            const v10 = v9.account_tag;
            if (v10 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/account_tag', 'string');
            } else {
              if (typeof v10 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/account_tag', 'string', v10);
              }
            }
            const v11 = v9.created_at;
            if (v11 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/created_at', 'string');
            } else {
              if (typeof v11 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/created_at', 'string', v11);
              } else {
                if (!formatDateTime(v11)) {
                  fail(issues, path + '/routes' + '/' + v7 + '/created_at', 'date-time string', v11);
                }
              }
            }
            const v12 = v9.deployment;
            if (v12 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/deployment', 'object');
            } else {
              if (typeof v12 !== 'object' || v12 === null || Array.isArray(v12)) {
                fail(issues, path + '/routes' + '/' + v7 + '/deployment', 'object', v12);
              } else {
                const v13 = v12;
                const v14 = v13.created_at;
                if (v14 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/deployment' + '/created_at', 'string');
                } else {
                  if (typeof v14 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/deployment' + '/created_at', 'string', v14);
                  }
                }
                const v15 = v13.deployment_id;
                if (v15 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/deployment' + '/deployment_id', 'string');
                } else {
                  if (typeof v15 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/deployment' + '/deployment_id', 'string', v15);
                  }
                }
                const v16 = v13.version_id;
                if (v16 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/deployment' + '/version_id', 'string');
                } else {
                  if (typeof v16 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/deployment' + '/version_id', 'string', v16);
                  }
                }
              }
            }
            const v17 = v9.elements;
            if (v17 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/elements', 'array');
            } else {
              if (!Array.isArray(v17)) {
                fail(issues, path + '/routes' + '/' + v7 + '/elements', 'array', v17);
              } else {
                const v18 = v17;
                for (let v19 = 0; v19 < v18.length; v19++) {
                  const v20 = v18[v19];
                  if (!(check0(v20) || check1(v20) || check2(v20) || check3(v20) || check4(v20) || check5(v20))) {
                    fail(issues, path + '/routes' + '/' + v7 + '/elements' + '/' + v19, 'a value matching at least one of 6 alternatives (anyOf)', v20, 'matches none of the anyOf alternatives');
                  }
                }
              }
            }
            const v21 = v9.gateway_id;
            if (v21 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/gateway_id', 'string');
            } else {
              if (typeof v21 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/gateway_id', 'string', v21);
              }
            }
            const v22 = v9.id;
            if (v22 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/id', 'string');
            } else {
              if (typeof v22 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/id', 'string', v22);
              }
            }
            const v23 = v9.modified_at;
            if (v23 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/modified_at', 'string');
            } else {
              if (typeof v23 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/modified_at', 'string', v23);
              } else {
                if (!formatDateTime(v23)) {
                  fail(issues, path + '/routes' + '/' + v7 + '/modified_at', 'date-time string', v23);
                }
              }
            }
            const v24 = v9.name;
            if (v24 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/name', 'string');
            } else {
              if (typeof v24 !== 'string') {
                fail(issues, path + '/routes' + '/' + v7 + '/name', 'string', v24);
              }
            }
            const v25 = v9.version;
            if (v25 === undefined) {
              missing(issues, path + '/routes' + '/' + v7 + '/version', 'object');
            } else {
              if (typeof v25 !== 'object' || v25 === null || Array.isArray(v25)) {
                fail(issues, path + '/routes' + '/' + v7 + '/version', 'object', v25);
              } else {
                const v26 = v25;
                const v27 = v26.active;
                if (v27 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/version' + '/active', 'enum');
                } else {
                  if (!(v27 === 'true' || v27 === 'false')) {
                    fail(issues, path + '/routes' + '/' + v7 + '/version' + '/active', 'one of "true", "false"', v27);
                  }
                }
                const v28 = v26.created_at;
                if (v28 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/version' + '/created_at', 'string');
                } else {
                  if (typeof v28 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/version' + '/created_at', 'string', v28);
                  }
                }
                const v29 = v26.data;
                if (v29 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/version' + '/data', 'string');
                } else {
                  if (typeof v29 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/version' + '/data', 'string', v29);
                  }
                }
                const v30 = v26.is_valid;
                if (v30 !== undefined) {
                  if (typeof v30 !== 'boolean') {
                    fail(issues, path + '/routes' + '/' + v7 + '/version' + '/is_valid', 'boolean', v30);
                  }
                }
                const v31 = v26.version_id;
                if (v31 === undefined) {
                  missing(issues, path + '/routes' + '/' + v7 + '/version' + '/version_id', 'string');
                } else {
                  if (typeof v31 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v7 + '/version' + '/version_id', 'string', v31);
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDynamicRoutingListResponse(value) {
  return isDynamicRoutingListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDynamicRoutingListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isDynamicRoutingListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.page;
  if (v3 !== undefined) {
    if (!Number.isInteger(v3)) return false;
  }
  const v4 = v0.per_page;
  if (v4 !== undefined) {
    if (!Number.isInteger(v4)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListArgs} is false. */
function explainDynamicRoutingListArgs(value, path, issues) {
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
      }
    }
    const v4 = v0.per_page;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        fail(issues, path + '/per_page', 'integer', v4);
      }
    }
  }
}

/** Whether `value` is a valid {@link DynamicRoutingUpdateResponse}. Fast: returns at the first problem. */
function isDynamicRoutingUpdateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_tag;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.created_at;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  if (!formatDateTime(v2)) return false;
  const v3 = v0.deployment;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'object' || v3 === null || Array.isArray(v3)) return false;
  const v4 = v3;
  const v5 = v4.created_at;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  const v6 = v4.deployment_id;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v4.version_id;
  if (v7 === undefined) return false;
  if (typeof v7 !== 'string') return false;
  const v8 = v0.elements;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9 = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (!(check0(v11) || check1(v11) || check2(v11) || check3(v11) || check4(v11) || check5(v11))) return false;
  }
  const v12 = v0.gateway_id;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  const v13 = v0.id;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v0.modified_at;
  if (v14 === undefined) return false;
  if (typeof v14 !== 'string') return false;
  if (!formatDateTime(v14)) return false;
  const v15 = v0.name;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'string') return false;
  const v16 = v0.version;
  if (v16 === undefined) return false;
  if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
  const v17 = v16;
  const v18 = v17.active;
  if (v18 === undefined) return false;
  if (!(v18 === 'true' || v18 === 'false')) return false;
  const v19 = v17.created_at;
  if (v19 === undefined) return false;
  if (typeof v19 !== 'string') return false;
  const v20 = v17.data;
  if (v20 === undefined) return false;
  if (typeof v20 !== 'string') return false;
  const v21 = v17.is_valid;
  if (v21 !== undefined) {
    if (typeof v21 !== 'boolean') return false;
  }
  const v22 = v17.version_id;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingUpdateResponse} is false. */
function explainDynamicRoutingUpdateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.account_tag;
    if (v1 === undefined) {
      missing(issues, path + '/account_tag', 'string');
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/account_tag', 'string', v1);
      }
    }
    const v2 = v0.created_at;
    if (v2 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/created_at', 'string', v2);
      } else {
        if (!formatDateTime(v2)) {
          fail(issues, path + '/created_at', 'date-time string', v2);
        }
      }
    }
    const v3 = v0.deployment;
    if (v3 === undefined) {
      missing(issues, path + '/deployment', 'object');
    } else {
      if (typeof v3 !== 'object' || v3 === null || Array.isArray(v3)) {
        fail(issues, path + '/deployment', 'object', v3);
      } else {
        const v4 = v3;
        const v5 = v4.created_at;
        if (v5 === undefined) {
          missing(issues, path + '/deployment' + '/created_at', 'string');
        } else {
          if (typeof v5 !== 'string') {
            fail(issues, path + '/deployment' + '/created_at', 'string', v5);
          }
        }
        const v6 = v4.deployment_id;
        if (v6 === undefined) {
          missing(issues, path + '/deployment' + '/deployment_id', 'string');
        } else {
          if (typeof v6 !== 'string') {
            fail(issues, path + '/deployment' + '/deployment_id', 'string', v6);
          }
        }
        const v7 = v4.version_id;
        if (v7 === undefined) {
          missing(issues, path + '/deployment' + '/version_id', 'string');
        } else {
          if (typeof v7 !== 'string') {
            fail(issues, path + '/deployment' + '/version_id', 'string', v7);
          }
        }
      }
    }
    const v8 = v0.elements;
    if (v8 === undefined) {
      missing(issues, path + '/elements', 'array');
    } else {
      if (!Array.isArray(v8)) {
        fail(issues, path + '/elements', 'array', v8);
      } else {
        const v9 = v8;
        for (let v10 = 0; v10 < v9.length; v10++) {
          const v11 = v9[v10];
          if (!(check0(v11) || check1(v11) || check2(v11) || check3(v11) || check4(v11) || check5(v11))) {
            fail(issues, path + '/elements' + '/' + v10, 'a value matching at least one of 6 alternatives (anyOf)', v11, 'matches none of the anyOf alternatives');
          }
        }
      }
    }
    const v12 = v0.gateway_id;
    if (v12 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v12);
      }
    }
    const v13 = v0.id;
    if (v13 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/id', 'string', v13);
      }
    }
    const v14 = v0.modified_at;
    if (v14 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v14 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v14);
      } else {
        if (!formatDateTime(v14)) {
          fail(issues, path + '/modified_at', 'date-time string', v14);
        }
      }
    }
    const v15 = v0.name;
    if (v15 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v15 !== 'string') {
        fail(issues, path + '/name', 'string', v15);
      }
    }
    const v16 = v0.version;
    if (v16 === undefined) {
      missing(issues, path + '/version', 'object');
    } else {
      if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) {
        fail(issues, path + '/version', 'object', v16);
      } else {
        const v17 = v16;
        const v18 = v17.active;
        if (v18 === undefined) {
          missing(issues, path + '/version' + '/active', 'enum');
        } else {
          if (!(v18 === 'true' || v18 === 'false')) {
            fail(issues, path + '/version' + '/active', 'one of "true", "false"', v18);
          }
        }
        const v19 = v17.created_at;
        if (v19 === undefined) {
          missing(issues, path + '/version' + '/created_at', 'string');
        } else {
          if (typeof v19 !== 'string') {
            fail(issues, path + '/version' + '/created_at', 'string', v19);
          }
        }
        const v20 = v17.data;
        if (v20 === undefined) {
          missing(issues, path + '/version' + '/data', 'string');
        } else {
          if (typeof v20 !== 'string') {
            fail(issues, path + '/version' + '/data', 'string', v20);
          }
        }
        const v21 = v17.is_valid;
        if (v21 !== undefined) {
          if (typeof v21 !== 'boolean') {
            fail(issues, path + '/version' + '/is_valid', 'boolean', v21);
          }
        }
        const v22 = v17.version_id;
        if (v22 === undefined) {
          missing(issues, path + '/version' + '/version_id', 'string');
        } else {
          if (typeof v22 !== 'string') {
            fail(issues, path + '/version' + '/version_id', 'string', v22);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDynamicRoutingUpdateResponse(value) {
  return isDynamicRoutingUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDynamicRoutingUpdateResponse) };
}


exports.isDynamicRoutingCreateResponse = isDynamicRoutingCreateResponse;
exports.explainDynamicRoutingCreateResponse = explainDynamicRoutingCreateResponse;
exports.validateDynamicRoutingCreateResponse = validateDynamicRoutingCreateResponse;
exports.isDynamicRoutingDeleteResponse = isDynamicRoutingDeleteResponse;
exports.explainDynamicRoutingDeleteResponse = explainDynamicRoutingDeleteResponse;
exports.validateDynamicRoutingDeleteResponse = validateDynamicRoutingDeleteResponse;
exports.isDynamicRoutingGetResponse = isDynamicRoutingGetResponse;
exports.explainDynamicRoutingGetResponse = explainDynamicRoutingGetResponse;
exports.validateDynamicRoutingGetResponse = validateDynamicRoutingGetResponse;
exports.isDynamicRoutingListResponse = isDynamicRoutingListResponse;
exports.explainDynamicRoutingListResponse = explainDynamicRoutingListResponse;
exports.validateDynamicRoutingListResponse = validateDynamicRoutingListResponse;
exports.isDynamicRoutingListArgs = isDynamicRoutingListArgs;
exports.explainDynamicRoutingListArgs = explainDynamicRoutingListArgs;
exports.isDynamicRoutingUpdateResponse = isDynamicRoutingUpdateResponse;
exports.explainDynamicRoutingUpdateResponse = explainDynamicRoutingUpdateResponse;
exports.validateDynamicRoutingUpdateResponse = validateDynamicRoutingUpdateResponse;
