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
/** Whether `value` is a valid {@link DeploymentCreateResponse}. Fast: returns at the first problem. */
function isDeploymentCreateResponse(value) {
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

/** @internal Collects every problem with `value`; called only when {@link isDeploymentCreateResponse} is false. */
function explainDeploymentCreateResponse(value, path, issues) {
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

/** Checks `value` against {@link DeploymentCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDeploymentCreateResponse(value) {
  return isDeploymentCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDeploymentCreateResponse) };
}

/** Whether `value` is a valid {@link DeploymentListResponse}. Fast: returns at the first problem. */
function isDeploymentListResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.deployments;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.created_at;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'string') return false;
    const v7 = v5.deployment_id;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
    const v8 = v5.version_id;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
  }
  const v9 = v0.order_by;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.order_by_direction;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'string') return false;
  const v11 = v0.page;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'number' || !Number.isFinite(v11)) return false;
  const v12 = v0.per_page;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'number' || !Number.isFinite(v12)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDeploymentListResponse} is false. */
function explainDeploymentListResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.deployments;
    if (v1 === undefined) {
      missing(issues, path + '/deployments', 'array');
    } else {
      if (!Array.isArray(v1)) {
        fail(issues, path + '/deployments', 'array', v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) {
            fail(issues, path + '/deployments' + '/' + v3, 'object', v4);
          } else {
            const v5 = v4;
            const v6 = v5.created_at;
            if (v6 === undefined) {
              missing(issues, path + '/deployments' + '/' + v3 + '/created_at', 'string');
            } else {
              if (typeof v6 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v3 + '/created_at', 'string', v6);
              }
            }
            const v7 = v5.deployment_id;
            if (v7 === undefined) {
              missing(issues, path + '/deployments' + '/' + v3 + '/deployment_id', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v3 + '/deployment_id', 'string', v7);
              }
            }
            const v8 = v5.version_id;
            if (v8 === undefined) {
              missing(issues, path + '/deployments' + '/' + v3 + '/version_id', 'string');
            } else {
              if (typeof v8 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v3 + '/version_id', 'string', v8);
              }
            }
          }
        }
      }
    }
    const v9 = v0.order_by;
    if (v9 === undefined) {
      missing(issues, path + '/order_by', 'string');
    } else {
      if (typeof v9 !== 'string') {
        fail(issues, path + '/order_by', 'string', v9);
      }
    }
    const v10 = v0.order_by_direction;
    if (v10 === undefined) {
      missing(issues, path + '/order_by_direction', 'string');
    } else {
      if (typeof v10 !== 'string') {
        fail(issues, path + '/order_by_direction', 'string', v10);
      }
    }
    const v11 = v0.page;
    if (v11 === undefined) {
      missing(issues, path + '/page', 'number');
    } else {
      if (typeof v11 !== 'number' || !Number.isFinite(v11)) {
        fail(issues, path + '/page', 'number', v11);
      }
    }
    const v12 = v0.per_page;
    if (v12 === undefined) {
      missing(issues, path + '/per_page', 'number');
    } else {
      if (typeof v12 !== 'number' || !Number.isFinite(v12)) {
        fail(issues, path + '/per_page', 'number', v12);
      }
    }
  }
}

/** Checks `value` against {@link DeploymentListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateDeploymentListResponse(value) {
  return isDeploymentListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainDeploymentListResponse) };
}


exports.isDeploymentCreateResponse = isDeploymentCreateResponse;
exports.explainDeploymentCreateResponse = explainDeploymentCreateResponse;
exports.validateDeploymentCreateResponse = validateDeploymentCreateResponse;
exports.isDeploymentListResponse = isDeploymentListResponse;
exports.explainDeploymentListResponse = explainDeploymentListResponse;
exports.validateDeploymentListResponse = validateDeploymentListResponse;
