import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../../core/validation.js';
import { isDateTime } from '../../../core/formats.js';
import type { DeploymentCreateResponse, DeploymentListResponse } from './deployments.types.js';

function check6(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v7 = value as unknown as Record<string, unknown>;
  const v8 = v7.id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  const v9 = v7.outputs;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) return false;
  const v10 = v9 as unknown as Record<string, unknown>;
  const v11 = v10.next;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
  const v12 = v11 as unknown as Record<string, unknown>;
  const v13 = v12.elementId;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v7.type;
  if (v14 === undefined) return false;
  if (!(v14 === 'start')) return false;
  return true;
}
function check15(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v16 = value as unknown as Record<string, unknown>;
  const v17 = v16.id;
  if (v17 === undefined) return false;
  if (typeof v17 !== 'string') return false;
  const v18 = v16.outputs;
  if (v18 === undefined) return false;
  if (typeof v18 !== 'object' || v18 === null || Array.isArray(v18)) return false;
  const v19 = v18 as unknown as Record<string, unknown>;
  const v20 = v19.false;
  if (v20 === undefined) return false;
  if (typeof v20 !== 'object' || v20 === null || Array.isArray(v20)) return false;
  const v21 = v20 as unknown as Record<string, unknown>;
  const v22 = v21.elementId;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'string') return false;
  const v23 = v19.true;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'object' || v23 === null || Array.isArray(v23)) return false;
  const v24 = v23 as unknown as Record<string, unknown>;
  const v25 = v24.elementId;
  if (v25 === undefined) return false;
  if (typeof v25 !== 'string') return false;
  const v26 = v16.properties;
  if (v26 === undefined) return false;
  if (typeof v26 !== 'object' || v26 === null || Array.isArray(v26)) return false;
  const v27 = v26 as unknown as Record<string, unknown>;
  const v28 = v27.conditions;
  if (v28 !== undefined) {
    if (typeof v28 !== 'object' || v28 === null || Array.isArray(v28)) return false;
    const v29 = v28 as unknown as Record<string, unknown>;
  }
  const v30 = v16.type;
  if (v30 === undefined) return false;
  if (!(v30 === 'conditional')) return false;
  return true;
}
function check31(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v32 = value as unknown as Record<string, unknown>;
  const v33 = v32.id;
  if (v33 === undefined) return false;
  if (typeof v33 !== 'string') return false;
  const v34 = v32.outputs;
  if (v34 === undefined) return false;
  if (typeof v34 !== 'object' || v34 === null || Array.isArray(v34)) return false;
  const v35 = v34 as unknown as Record<string, unknown>;
  for (const v36 of Object.keys(v35)) {
    if (false) continue;
    const v37 = v35[v36];
    if (typeof v37 !== 'object' || v37 === null || Array.isArray(v37)) return false;
    const v38 = v37 as unknown as Record<string, unknown>;
    const v39 = v38.elementId;
    if (v39 === undefined) return false;
    if (typeof v39 !== 'string') return false;
  }
  const v40 = v32.type;
  if (v40 === undefined) return false;
  if (!(v40 === 'percentage')) return false;
  return true;
}
function check41(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v42 = value as unknown as Record<string, unknown>;
  const v43 = v42.id;
  if (v43 === undefined) return false;
  if (typeof v43 !== 'string') return false;
  const v44 = v42.outputs;
  if (v44 === undefined) return false;
  if (typeof v44 !== 'object' || v44 === null || Array.isArray(v44)) return false;
  const v45 = v44 as unknown as Record<string, unknown>;
  const v46 = v45.fallback;
  if (v46 === undefined) return false;
  if (typeof v46 !== 'object' || v46 === null || Array.isArray(v46)) return false;
  const v47 = v46 as unknown as Record<string, unknown>;
  const v48 = v47.elementId;
  if (v48 === undefined) return false;
  if (typeof v48 !== 'string') return false;
  const v49 = v45.success;
  if (v49 === undefined) return false;
  if (typeof v49 !== 'object' || v49 === null || Array.isArray(v49)) return false;
  const v50 = v49 as unknown as Record<string, unknown>;
  const v51 = v50.elementId;
  if (v51 === undefined) return false;
  if (typeof v51 !== 'string') return false;
  const v52 = v42.properties;
  if (v52 === undefined) return false;
  if (typeof v52 !== 'object' || v52 === null || Array.isArray(v52)) return false;
  const v53 = v52 as unknown as Record<string, unknown>;
  const v54 = v53.key;
  if (v54 === undefined) return false;
  if (typeof v54 !== 'string') return false;
  const v55 = v53.limit;
  if (v55 === undefined) return false;
  if (typeof v55 !== 'number' || !Number.isFinite(v55)) return false;
  const v56 = v53.limitType;
  if (v56 === undefined) return false;
  if (!(v56 === 'count' || v56 === 'cost')) return false;
  const v57 = v53.window;
  if (v57 === undefined) return false;
  if (typeof v57 !== 'number' || !Number.isFinite(v57)) return false;
  const v58 = v42.type;
  if (v58 === undefined) return false;
  if (!(v58 === 'rate')) return false;
  return true;
}
function check59(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v60 = value as unknown as Record<string, unknown>;
  const v61 = v60.id;
  if (v61 === undefined) return false;
  if (typeof v61 !== 'string') return false;
  const v62 = v60.outputs;
  if (v62 === undefined) return false;
  if (typeof v62 !== 'object' || v62 === null || Array.isArray(v62)) return false;
  const v63 = v62 as unknown as Record<string, unknown>;
  const v64 = v63.fallback;
  if (v64 === undefined) return false;
  if (typeof v64 !== 'object' || v64 === null || Array.isArray(v64)) return false;
  const v65 = v64 as unknown as Record<string, unknown>;
  const v66 = v65.elementId;
  if (v66 === undefined) return false;
  if (typeof v66 !== 'string') return false;
  const v67 = v63.success;
  if (v67 === undefined) return false;
  if (typeof v67 !== 'object' || v67 === null || Array.isArray(v67)) return false;
  const v68 = v67 as unknown as Record<string, unknown>;
  const v69 = v68.elementId;
  if (v69 === undefined) return false;
  if (typeof v69 !== 'string') return false;
  const v70 = v60.properties;
  if (v70 === undefined) return false;
  if (typeof v70 !== 'object' || v70 === null || Array.isArray(v70)) return false;
  const v71 = v70 as unknown as Record<string, unknown>;
  const v72 = v71.model;
  if (v72 === undefined) return false;
  if (typeof v72 !== 'string') return false;
  const v73 = v71.provider;
  if (v73 === undefined) return false;
  if (typeof v73 !== 'string') return false;
  const v74 = v71.retries;
  if (v74 === undefined) return false;
  if (typeof v74 !== 'number' || !Number.isFinite(v74)) return false;
  const v75 = v71.timeout;
  if (v75 === undefined) return false;
  if (typeof v75 !== 'number' || !Number.isFinite(v75)) return false;
  const v76 = v60.type;
  if (v76 === undefined) return false;
  if (!(v76 === 'model')) return false;
  return true;
}
function check77(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v78 = value as unknown as Record<string, unknown>;
  const v79 = v78.id;
  if (v79 === undefined) return false;
  if (typeof v79 !== 'string') return false;
  const v80 = v78.outputs;
  if (v80 === undefined) return false;
  if (typeof v80 !== 'object' || v80 === null || Array.isArray(v80)) return false;
  const v81 = v80 as unknown as Record<string, unknown>;
  for (const v82 of Object.keys(v81)) {
    if (false) continue;
    const v83 = v81[v82];
    if (typeof v83 !== 'object' || v83 === null || Array.isArray(v83)) return false;
    const v84 = v83 as unknown as Record<string, unknown>;
    const v85 = v84.elementId;
    if (v85 === undefined) return false;
    if (typeof v85 !== 'string') return false;
  }
  const v86 = v78.type;
  if (v86 === undefined) return false;
  if (!(v86 === 'end')) return false;
  return true;
}
/** Whether `value` is a valid {@link DeploymentCreateResponse}. Fast: returns at the first problem. */
export function isDeploymentCreateResponse(value: unknown): value is DeploymentCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isDateTime(v1)) return false;
  const v2 = v0.elements;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3: unknown[] = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (!(check6(v5) || check15(v5) || check31(v5) || check41(v5) || check59(v5) || check77(v5))) return false;
  }
  const v87 = v0.gateway_id;
  if (v87 === undefined) return false;
  if (typeof v87 !== 'string') return false;
  const v88 = v0.id;
  if (v88 === undefined) return false;
  if (typeof v88 !== 'string') return false;
  const v89 = v0.modified_at;
  if (v89 === undefined) return false;
  if (typeof v89 !== 'string') return false;
  if (!isDateTime(v89)) return false;
  const v90 = v0.name;
  if (v90 === undefined) return false;
  if (typeof v90 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDeploymentCreateResponse} is false. */
export function explainDeploymentCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v91 = value as unknown as Record<string, unknown>;
    const v92 = v91.created_at;
    if (v92 === undefined) {
      fail(issues, path + '/created_at', 'string', v92, 'is required');
    } else {
      if (typeof v92 !== 'string') {
        fail(issues, path + '/created_at', 'string', v92);
      } else {
        if (!isDateTime(v92)) {
          fail(issues, path + '/created_at', 'date-time string', v92);
        }
      }
    }
    const v93 = v91.elements;
    if (v93 === undefined) {
      fail(issues, path + '/elements', 'array', v93, 'is required');
    } else {
      if (!Array.isArray(v93)) {
        fail(issues, path + '/elements', 'array', v93);
      } else {
        const v94: unknown[] = v93 as unknown[];
        for (let v95 = 0; v95 < v94.length; v95++) {
          const v96 = v94[v95];
          if (!(check6(v96) || check15(v96) || check31(v96) || check41(v96) || check59(v96) || check77(v96))) {
            fail(
              issues,
              path + '/elements' + '/' + v95,
              'a value matching at least one of 6 alternatives (anyOf)',
              v96,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v97 = v91.gateway_id;
    if (v97 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v97, 'is required');
    } else {
      if (typeof v97 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v97);
      } else {
      }
    }
    const v98 = v91.id;
    if (v98 === undefined) {
      fail(issues, path + '/id', 'string', v98, 'is required');
    } else {
      if (typeof v98 !== 'string') {
        fail(issues, path + '/id', 'string', v98);
      } else {
      }
    }
    const v99 = v91.modified_at;
    if (v99 === undefined) {
      fail(issues, path + '/modified_at', 'string', v99, 'is required');
    } else {
      if (typeof v99 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v99);
      } else {
        if (!isDateTime(v99)) {
          fail(issues, path + '/modified_at', 'date-time string', v99);
        }
      }
    }
    const v100 = v91.name;
    if (v100 === undefined) {
      fail(issues, path + '/name', 'string', v100, 'is required');
    } else {
      if (typeof v100 !== 'string') {
        fail(issues, path + '/name', 'string', v100);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DeploymentCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDeploymentCreateResponse(value: unknown): ValidationResult<DeploymentCreateResponse> {
  return isDeploymentCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDeploymentCreateResponse) };
}

/** Whether `value` is a valid {@link DeploymentListResponse}. Fast: returns at the first problem. */
export function isDeploymentListResponse(value: unknown): value is DeploymentListResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v101 = value as unknown as Record<string, unknown>;
  const v102 = v101.deployments;
  if (v102 === undefined) return false;
  if (!Array.isArray(v102)) return false;
  const v103: unknown[] = v102;
  for (let v104 = 0; v104 < v103.length; v104++) {
    const v105 = v103[v104];
    if (typeof v105 !== 'object' || v105 === null || Array.isArray(v105)) return false;
    const v106 = v105 as unknown as Record<string, unknown>;
    const v107 = v106.created_at;
    if (v107 === undefined) return false;
    if (typeof v107 !== 'string') return false;
    const v108 = v106.deployment_id;
    if (v108 === undefined) return false;
    if (typeof v108 !== 'string') return false;
    const v109 = v106.version_id;
    if (v109 === undefined) return false;
    if (typeof v109 !== 'string') return false;
  }
  const v110 = v101.order_by;
  if (v110 === undefined) return false;
  if (typeof v110 !== 'string') return false;
  const v111 = v101.order_by_direction;
  if (v111 === undefined) return false;
  if (typeof v111 !== 'string') return false;
  const v112 = v101.page;
  if (v112 === undefined) return false;
  if (typeof v112 !== 'number' || !Number.isFinite(v112)) return false;
  const v113 = v101.per_page;
  if (v113 === undefined) return false;
  if (typeof v113 !== 'number' || !Number.isFinite(v113)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDeploymentListResponse} is false. */
export function explainDeploymentListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v114 = value as unknown as Record<string, unknown>;
    const v115 = v114.deployments;
    if (v115 === undefined) {
      fail(issues, path + '/deployments', 'array', v115, 'is required');
    } else {
      if (!Array.isArray(v115)) {
        fail(issues, path + '/deployments', 'array', v115);
      } else {
        const v116: unknown[] = v115 as unknown[];
        for (let v117 = 0; v117 < v116.length; v117++) {
          const v118 = v116[v117];
          if (typeof v118 !== 'object' || v118 === null || Array.isArray(v118)) {
            fail(issues, path + '/deployments' + '/' + v117, 'object', v118);
          } else {
            const v119 = v118 as unknown as Record<string, unknown>;
            const v120 = v119.created_at;
            if (v120 === undefined) {
              fail(issues, path + '/deployments' + '/' + v117 + '/created_at', 'string', v120, 'is required');
            } else {
              if (typeof v120 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v117 + '/created_at', 'string', v120);
              } else {
              }
            }
            const v121 = v119.deployment_id;
            if (v121 === undefined) {
              fail(issues, path + '/deployments' + '/' + v117 + '/deployment_id', 'string', v121, 'is required');
            } else {
              if (typeof v121 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v117 + '/deployment_id', 'string', v121);
              } else {
              }
            }
            const v122 = v119.version_id;
            if (v122 === undefined) {
              fail(issues, path + '/deployments' + '/' + v117 + '/version_id', 'string', v122, 'is required');
            } else {
              if (typeof v122 !== 'string') {
                fail(issues, path + '/deployments' + '/' + v117 + '/version_id', 'string', v122);
              } else {
              }
            }
          }
        }
      }
    }
    const v123 = v114.order_by;
    if (v123 === undefined) {
      fail(issues, path + '/order_by', 'string', v123, 'is required');
    } else {
      if (typeof v123 !== 'string') {
        fail(issues, path + '/order_by', 'string', v123);
      } else {
      }
    }
    const v124 = v114.order_by_direction;
    if (v124 === undefined) {
      fail(issues, path + '/order_by_direction', 'string', v124, 'is required');
    } else {
      if (typeof v124 !== 'string') {
        fail(issues, path + '/order_by_direction', 'string', v124);
      } else {
      }
    }
    const v125 = v114.page;
    if (v125 === undefined) {
      fail(issues, path + '/page', 'number', v125, 'is required');
    } else {
      if (typeof v125 !== 'number' || !Number.isFinite(v125)) {
        fail(issues, path + '/page', 'number', v125);
      } else {
      }
    }
    const v126 = v114.per_page;
    if (v126 === undefined) {
      fail(issues, path + '/per_page', 'number', v126, 'is required');
    } else {
      if (typeof v126 !== 'number' || !Number.isFinite(v126)) {
        fail(issues, path + '/per_page', 'number', v126);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DeploymentListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDeploymentListResponse(value: unknown): ValidationResult<DeploymentListResponse> {
  return isDeploymentListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDeploymentListResponse) };
}
