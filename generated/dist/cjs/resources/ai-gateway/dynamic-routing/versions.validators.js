'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../../core/formats.js');

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
/** Whether `value` is a valid {@link VersionCreateResponse}. Fast: returns at the first problem. */
function isVersionCreateResponse(value) {
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

/** @internal Collects every problem with `value`; called only when {@link isVersionCreateResponse} is false. */
function explainVersionCreateResponse(value, path, issues) {
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

/** Checks `value` against {@link VersionCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateVersionCreateResponse(value) {
  return isVersionCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainVersionCreateResponse) };
}

/** Whether `value` is a valid {@link VersionGetResponse}. Fast: returns at the first problem. */
function isVersionGetResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.active;
  if (v1 === undefined) return false;
  if (!(v1 === 'true' || v1 === 'false')) return false;
  const v2 = v0.created_at;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.data;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  const v4 = v0.elements;
  if (v4 === undefined) return false;
  if (!Array.isArray(v4)) return false;
  const v5 = v4;
  for (let v6 = 0; v6 < v5.length; v6++) {
    const v7 = v5[v6];
    if (!(check0(v7) || check1(v7) || check2(v7) || check3(v7) || check4(v7) || check5(v7))) return false;
  }
  const v8 = v0.gateway_id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  const v9 = v0.id;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.is_valid;
  if (v10 !== undefined) {
    if (typeof v10 !== 'boolean') return false;
  }
  const v11 = v0.modified_at;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'string') return false;
  if (!formatDateTime(v11)) return false;
  const v12 = v0.name;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  const v13 = v0.version_id;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isVersionGetResponse} is false. */
function explainVersionGetResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.active;
    if (v1 === undefined) {
      missing(issues, path + '/active', 'enum');
    } else {
      if (!(v1 === 'true' || v1 === 'false')) {
        fail(issues, path + '/active', 'one of "true", "false"', v1);
      }
    }
    const v2 = v0.created_at;
    if (v2 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/created_at', 'string', v2);
      }
    }
    const v3 = v0.data;
    if (v3 === undefined) {
      missing(issues, path + '/data', 'string');
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/data', 'string', v3);
      }
    }
    const v4 = v0.elements;
    if (v4 === undefined) {
      missing(issues, path + '/elements', 'array');
    } else {
      if (!Array.isArray(v4)) {
        fail(issues, path + '/elements', 'array', v4);
      } else {
        const v5 = v4;
        for (let v6 = 0; v6 < v5.length; v6++) {
          const v7 = v5[v6];
          if (!(check0(v7) || check1(v7) || check2(v7) || check3(v7) || check4(v7) || check5(v7))) {
            fail(issues, path + '/elements' + '/' + v6, 'a value matching at least one of 6 alternatives (anyOf)', v7, 'matches none of the anyOf alternatives');
          }
        }
      }
    }
    const v8 = v0.gateway_id;
    if (v8 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v8);
      }
    }
    const v9 = v0.id;
    if (v9 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/id', 'string', v9);
      }
    }
    const v10 = v0.is_valid;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') {
        fail(issues, path + '/is_valid', 'boolean', v10);
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
    const v12 = v0.name;
    if (v12 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/name', 'string', v12);
      }
    }
    const v13 = v0.version_id;
    if (v13 === undefined) {
      missing(issues, path + '/version_id', 'string');
    } else {
      if (typeof v13 !== 'string') {
        fail(issues, path + '/version_id', 'string', v13);
      }
    }
  }
}

/** Checks `value` against {@link VersionGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateVersionGetResponse(value) {
  return isVersionGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainVersionGetResponse) };
}

/** Whether `value` is a valid {@link VersionListResponse}. Fast: returns at the first problem. */
function isVersionListResponse(value) {
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
  const v5 = v0.versions;
  if (v5 === undefined) return false;
  if (!Array.isArray(v5)) return false;
  const v6 = v5;
  for (let v7 = 0; v7 < v6.length; v7++) {
    const v8 = v6[v7];
    if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) return false;
    const v9 = v8;
    const v10 = v9.active;
    if (v10 === undefined) return false;
    if (!(v10 === 'true' || v10 === 'false')) return false;
    const v11 = v9.created_at;
    if (v11 === undefined) return false;
    if (typeof v11 !== 'string') return false;
    const v12 = v9.data;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'string') return false;
    const v13 = v9.is_valid;
    if (v13 !== undefined) {
      if (typeof v13 !== 'boolean') return false;
    }
    const v14 = v9.version_id;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isVersionListResponse} is false. */
function explainVersionListResponse(value, path, issues) {
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
    const v5 = v0.versions;
    if (v5 === undefined) {
      missing(issues, path + '/versions', 'array');
    } else {
      if (!Array.isArray(v5)) {
        fail(issues, path + '/versions', 'array', v5);
      } else {
        const v6 = v5;
        for (let v7 = 0; v7 < v6.length; v7++) {
          const v8 = v6[v7];
          if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) {
            fail(issues, path + '/versions' + '/' + v7, 'object', v8);
          } else {
            const v9 = v8;
            const v10 = v9.active;
            if (v10 === undefined) {
              missing(issues, path + '/versions' + '/' + v7 + '/active', 'enum');
            } else {
              if (!(v10 === 'true' || v10 === 'false')) {
                fail(issues, path + '/versions' + '/' + v7 + '/active', 'one of "true", "false"', v10);
              }
            }
            const v11 = v9.created_at;
            if (v11 === undefined) {
              missing(issues, path + '/versions' + '/' + v7 + '/created_at', 'string');
            } else {
              if (typeof v11 !== 'string') {
                fail(issues, path + '/versions' + '/' + v7 + '/created_at', 'string', v11);
              }
            }
            const v12 = v9.data;
            if (v12 === undefined) {
              missing(issues, path + '/versions' + '/' + v7 + '/data', 'string');
            } else {
              if (typeof v12 !== 'string') {
                fail(issues, path + '/versions' + '/' + v7 + '/data', 'string', v12);
              }
            }
            const v13 = v9.is_valid;
            if (v13 !== undefined) {
              if (typeof v13 !== 'boolean') {
                fail(issues, path + '/versions' + '/' + v7 + '/is_valid', 'boolean', v13);
              }
            }
            const v14 = v9.version_id;
            if (v14 === undefined) {
              missing(issues, path + '/versions' + '/' + v7 + '/version_id', 'string');
            } else {
              if (typeof v14 !== 'string') {
                fail(issues, path + '/versions' + '/' + v7 + '/version_id', 'string', v14);
              }
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link VersionListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateVersionListResponse(value) {
  return isVersionListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainVersionListResponse) };
}


exports.isVersionCreateResponse = isVersionCreateResponse;
exports.explainVersionCreateResponse = explainVersionCreateResponse;
exports.validateVersionCreateResponse = validateVersionCreateResponse;
exports.isVersionGetResponse = isVersionGetResponse;
exports.explainVersionGetResponse = explainVersionGetResponse;
exports.validateVersionGetResponse = validateVersionGetResponse;
exports.isVersionListResponse = isVersionListResponse;
exports.explainVersionListResponse = explainVersionListResponse;
exports.validateVersionListResponse = validateVersionListResponse;
