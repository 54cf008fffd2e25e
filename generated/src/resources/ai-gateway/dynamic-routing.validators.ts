import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type {
  DynamicRoutingCreateResponse,
  DynamicRoutingDeleteResponse,
  DynamicRoutingGetResponse,
  DynamicRoutingListResponse,
  DynamicRoutingUpdateResponse,
} from './dynamic-routing.types.js';

function check11(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v12 = value as unknown as Record<string, unknown>;
  const v13 = v12.id;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v12.outputs;
  if (v14 === undefined) return false;
  if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) return false;
  const v15 = v14 as unknown as Record<string, unknown>;
  const v16 = v15.next;
  if (v16 === undefined) return false;
  if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
  const v17 = v16 as unknown as Record<string, unknown>;
  const v18 = v17.elementId;
  if (v18 === undefined) return false;
  if (typeof v18 !== 'string') return false;
  const v19 = v12.type;
  if (v19 === undefined) return false;
  if (!(v19 === 'start')) return false;
  return true;
}
function check20(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v21 = value as unknown as Record<string, unknown>;
  const v22 = v21.id;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'string') return false;
  const v23 = v21.outputs;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'object' || v23 === null || Array.isArray(v23)) return false;
  const v24 = v23 as unknown as Record<string, unknown>;
  const v25 = v24.false;
  if (v25 === undefined) return false;
  if (typeof v25 !== 'object' || v25 === null || Array.isArray(v25)) return false;
  const v26 = v25 as unknown as Record<string, unknown>;
  const v27 = v26.elementId;
  if (v27 === undefined) return false;
  if (typeof v27 !== 'string') return false;
  const v28 = v24.true;
  if (v28 === undefined) return false;
  if (typeof v28 !== 'object' || v28 === null || Array.isArray(v28)) return false;
  const v29 = v28 as unknown as Record<string, unknown>;
  const v30 = v29.elementId;
  if (v30 === undefined) return false;
  if (typeof v30 !== 'string') return false;
  const v31 = v21.properties;
  if (v31 === undefined) return false;
  if (typeof v31 !== 'object' || v31 === null || Array.isArray(v31)) return false;
  const v32 = v31 as unknown as Record<string, unknown>;
  const v33 = v32.conditions;
  if (v33 !== undefined) {
    if (typeof v33 !== 'object' || v33 === null || Array.isArray(v33)) return false;
    const v34 = v33 as unknown as Record<string, unknown>;
  }
  const v35 = v21.type;
  if (v35 === undefined) return false;
  if (!(v35 === 'conditional')) return false;
  return true;
}
function check36(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v37 = value as unknown as Record<string, unknown>;
  const v38 = v37.id;
  if (v38 === undefined) return false;
  if (typeof v38 !== 'string') return false;
  const v39 = v37.outputs;
  if (v39 === undefined) return false;
  if (typeof v39 !== 'object' || v39 === null || Array.isArray(v39)) return false;
  const v40 = v39 as unknown as Record<string, unknown>;
  for (const v41 of Object.keys(v40)) {
    if (false) continue;
    const v42 = v40[v41];
    if (typeof v42 !== 'object' || v42 === null || Array.isArray(v42)) return false;
    const v43 = v42 as unknown as Record<string, unknown>;
    const v44 = v43.elementId;
    if (v44 === undefined) return false;
    if (typeof v44 !== 'string') return false;
  }
  const v45 = v37.type;
  if (v45 === undefined) return false;
  if (!(v45 === 'percentage')) return false;
  return true;
}
function check46(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v47 = value as unknown as Record<string, unknown>;
  const v48 = v47.id;
  if (v48 === undefined) return false;
  if (typeof v48 !== 'string') return false;
  const v49 = v47.outputs;
  if (v49 === undefined) return false;
  if (typeof v49 !== 'object' || v49 === null || Array.isArray(v49)) return false;
  const v50 = v49 as unknown as Record<string, unknown>;
  const v51 = v50.fallback;
  if (v51 === undefined) return false;
  if (typeof v51 !== 'object' || v51 === null || Array.isArray(v51)) return false;
  const v52 = v51 as unknown as Record<string, unknown>;
  const v53 = v52.elementId;
  if (v53 === undefined) return false;
  if (typeof v53 !== 'string') return false;
  const v54 = v50.success;
  if (v54 === undefined) return false;
  if (typeof v54 !== 'object' || v54 === null || Array.isArray(v54)) return false;
  const v55 = v54 as unknown as Record<string, unknown>;
  const v56 = v55.elementId;
  if (v56 === undefined) return false;
  if (typeof v56 !== 'string') return false;
  const v57 = v47.properties;
  if (v57 === undefined) return false;
  if (typeof v57 !== 'object' || v57 === null || Array.isArray(v57)) return false;
  const v58 = v57 as unknown as Record<string, unknown>;
  const v59 = v58.key;
  if (v59 === undefined) return false;
  if (typeof v59 !== 'string') return false;
  const v60 = v58.limit;
  if (v60 === undefined) return false;
  if (typeof v60 !== 'number' || !Number.isFinite(v60)) return false;
  const v61 = v58.limitType;
  if (v61 === undefined) return false;
  if (!(v61 === 'count' || v61 === 'cost')) return false;
  const v62 = v58.window;
  if (v62 === undefined) return false;
  if (typeof v62 !== 'number' || !Number.isFinite(v62)) return false;
  const v63 = v47.type;
  if (v63 === undefined) return false;
  if (!(v63 === 'rate')) return false;
  return true;
}
function check64(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v65 = value as unknown as Record<string, unknown>;
  const v66 = v65.id;
  if (v66 === undefined) return false;
  if (typeof v66 !== 'string') return false;
  const v67 = v65.outputs;
  if (v67 === undefined) return false;
  if (typeof v67 !== 'object' || v67 === null || Array.isArray(v67)) return false;
  const v68 = v67 as unknown as Record<string, unknown>;
  const v69 = v68.fallback;
  if (v69 === undefined) return false;
  if (typeof v69 !== 'object' || v69 === null || Array.isArray(v69)) return false;
  const v70 = v69 as unknown as Record<string, unknown>;
  const v71 = v70.elementId;
  if (v71 === undefined) return false;
  if (typeof v71 !== 'string') return false;
  const v72 = v68.success;
  if (v72 === undefined) return false;
  if (typeof v72 !== 'object' || v72 === null || Array.isArray(v72)) return false;
  const v73 = v72 as unknown as Record<string, unknown>;
  const v74 = v73.elementId;
  if (v74 === undefined) return false;
  if (typeof v74 !== 'string') return false;
  const v75 = v65.properties;
  if (v75 === undefined) return false;
  if (typeof v75 !== 'object' || v75 === null || Array.isArray(v75)) return false;
  const v76 = v75 as unknown as Record<string, unknown>;
  const v77 = v76.model;
  if (v77 === undefined) return false;
  if (typeof v77 !== 'string') return false;
  const v78 = v76.provider;
  if (v78 === undefined) return false;
  if (typeof v78 !== 'string') return false;
  const v79 = v76.retries;
  if (v79 === undefined) return false;
  if (typeof v79 !== 'number' || !Number.isFinite(v79)) return false;
  const v80 = v76.timeout;
  if (v80 === undefined) return false;
  if (typeof v80 !== 'number' || !Number.isFinite(v80)) return false;
  const v81 = v65.type;
  if (v81 === undefined) return false;
  if (!(v81 === 'model')) return false;
  return true;
}
function check82(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v83 = value as unknown as Record<string, unknown>;
  const v84 = v83.id;
  if (v84 === undefined) return false;
  if (typeof v84 !== 'string') return false;
  const v85 = v83.outputs;
  if (v85 === undefined) return false;
  if (typeof v85 !== 'object' || v85 === null || Array.isArray(v85)) return false;
  const v86 = v85 as unknown as Record<string, unknown>;
  for (const v87 of Object.keys(v86)) {
    if (false) continue;
    const v88 = v86[v87];
    if (typeof v88 !== 'object' || v88 === null || Array.isArray(v88)) return false;
    const v89 = v88 as unknown as Record<string, unknown>;
    const v90 = v89.elementId;
    if (v90 === undefined) return false;
    if (typeof v90 !== 'string') return false;
  }
  const v91 = v83.type;
  if (v91 === undefined) return false;
  if (!(v91 === 'end')) return false;
  return true;
}
/** Whether `value` is a valid {@link DynamicRoutingCreateResponse}. Fast: returns at the first problem. */
export function isDynamicRoutingCreateResponse(value: unknown): value is DynamicRoutingCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isDateTime(v1)) return false;
  const v2 = v0.deployment;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2 as unknown as Record<string, unknown>;
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
  const v8: unknown[] = v7;
  for (let v9 = 0; v9 < v8.length; v9++) {
    const v10 = v8[v9];
    if (!(check11(v10) || check20(v10) || check36(v10) || check46(v10) || check64(v10) || check82(v10))) return false;
  }
  const v92 = v0.gateway_id;
  if (v92 === undefined) return false;
  if (typeof v92 !== 'string') return false;
  const v93 = v0.id;
  if (v93 === undefined) return false;
  if (typeof v93 !== 'string') return false;
  const v94 = v0.modified_at;
  if (v94 === undefined) return false;
  if (typeof v94 !== 'string') return false;
  if (!isDateTime(v94)) return false;
  const v95 = v0.name;
  if (v95 === undefined) return false;
  if (typeof v95 !== 'string') return false;
  const v96 = v0.version;
  if (v96 === undefined) return false;
  if (typeof v96 !== 'object' || v96 === null || Array.isArray(v96)) return false;
  const v97 = v96 as unknown as Record<string, unknown>;
  const v98 = v97.active;
  if (v98 === undefined) return false;
  if (!(v98 === 'true' || v98 === 'false')) return false;
  const v99 = v97.created_at;
  if (v99 === undefined) return false;
  if (typeof v99 !== 'string') return false;
  const v100 = v97.data;
  if (v100 === undefined) return false;
  if (typeof v100 !== 'string') return false;
  const v101 = v97.is_valid;
  if (v101 !== undefined) {
    if (typeof v101 !== 'boolean') return false;
  }
  const v102 = v97.version_id;
  if (v102 === undefined) return false;
  if (typeof v102 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingCreateResponse} is false. */
export function explainDynamicRoutingCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v103 = value as unknown as Record<string, unknown>;
    const v104 = v103.created_at;
    if (v104 === undefined) {
      fail(issues, path + '/created_at', 'string', v104, 'is required');
    } else {
      if (typeof v104 !== 'string') {
        fail(issues, path + '/created_at', 'string', v104);
      } else {
        if (!isDateTime(v104)) {
          fail(issues, path + '/created_at', 'date-time string', v104);
        }
      }
    }
    const v105 = v103.deployment;
    if (v105 === undefined) {
      fail(issues, path + '/deployment', 'object', v105, 'is required');
    } else {
      if (typeof v105 !== 'object' || v105 === null || Array.isArray(v105)) {
        fail(issues, path + '/deployment', 'object', v105);
      } else {
        const v106 = v105 as unknown as Record<string, unknown>;
        const v107 = v106.created_at;
        if (v107 === undefined) {
          fail(issues, path + '/deployment' + '/created_at', 'string', v107, 'is required');
        } else {
          if (typeof v107 !== 'string') {
            fail(issues, path + '/deployment' + '/created_at', 'string', v107);
          } else {
          }
        }
        const v108 = v106.deployment_id;
        if (v108 === undefined) {
          fail(issues, path + '/deployment' + '/deployment_id', 'string', v108, 'is required');
        } else {
          if (typeof v108 !== 'string') {
            fail(issues, path + '/deployment' + '/deployment_id', 'string', v108);
          } else {
          }
        }
        const v109 = v106.version_id;
        if (v109 === undefined) {
          fail(issues, path + '/deployment' + '/version_id', 'string', v109, 'is required');
        } else {
          if (typeof v109 !== 'string') {
            fail(issues, path + '/deployment' + '/version_id', 'string', v109);
          } else {
          }
        }
      }
    }
    const v110 = v103.elements;
    if (v110 === undefined) {
      fail(issues, path + '/elements', 'array', v110, 'is required');
    } else {
      if (!Array.isArray(v110)) {
        fail(issues, path + '/elements', 'array', v110);
      } else {
        const v111: unknown[] = v110 as unknown[];
        for (let v112 = 0; v112 < v111.length; v112++) {
          const v113 = v111[v112];
          if (!(check11(v113) || check20(v113) || check36(v113) || check46(v113) || check64(v113) || check82(v113))) {
            fail(
              issues,
              path + '/elements' + '/' + v112,
              'a value matching at least one of 6 alternatives (anyOf)',
              v113,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v114 = v103.gateway_id;
    if (v114 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v114, 'is required');
    } else {
      if (typeof v114 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v114);
      } else {
      }
    }
    const v115 = v103.id;
    if (v115 === undefined) {
      fail(issues, path + '/id', 'string', v115, 'is required');
    } else {
      if (typeof v115 !== 'string') {
        fail(issues, path + '/id', 'string', v115);
      } else {
      }
    }
    const v116 = v103.modified_at;
    if (v116 === undefined) {
      fail(issues, path + '/modified_at', 'string', v116, 'is required');
    } else {
      if (typeof v116 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v116);
      } else {
        if (!isDateTime(v116)) {
          fail(issues, path + '/modified_at', 'date-time string', v116);
        }
      }
    }
    const v117 = v103.name;
    if (v117 === undefined) {
      fail(issues, path + '/name', 'string', v117, 'is required');
    } else {
      if (typeof v117 !== 'string') {
        fail(issues, path + '/name', 'string', v117);
      } else {
      }
    }
    const v118 = v103.version;
    if (v118 === undefined) {
      fail(issues, path + '/version', 'object', v118, 'is required');
    } else {
      if (typeof v118 !== 'object' || v118 === null || Array.isArray(v118)) {
        fail(issues, path + '/version', 'object', v118);
      } else {
        const v119 = v118 as unknown as Record<string, unknown>;
        const v120 = v119.active;
        if (v120 === undefined) {
          fail(issues, path + '/version' + '/active', 'enum', v120, 'is required');
        } else {
          if (!(v120 === 'true' || v120 === 'false')) {
            fail(issues, path + '/version' + '/active', 'one of "true", "false"', v120);
          }
        }
        const v121 = v119.created_at;
        if (v121 === undefined) {
          fail(issues, path + '/version' + '/created_at', 'string', v121, 'is required');
        } else {
          if (typeof v121 !== 'string') {
            fail(issues, path + '/version' + '/created_at', 'string', v121);
          } else {
          }
        }
        const v122 = v119.data;
        if (v122 === undefined) {
          fail(issues, path + '/version' + '/data', 'string', v122, 'is required');
        } else {
          if (typeof v122 !== 'string') {
            fail(issues, path + '/version' + '/data', 'string', v122);
          } else {
          }
        }
        const v123 = v119.is_valid;
        if (v123 !== undefined) {
          if (typeof v123 !== 'boolean') {
            fail(issues, path + '/version' + '/is_valid', 'boolean', v123);
          }
        }
        const v124 = v119.version_id;
        if (v124 === undefined) {
          fail(issues, path + '/version' + '/version_id', 'string', v124, 'is required');
        } else {
          if (typeof v124 !== 'string') {
            fail(issues, path + '/version' + '/version_id', 'string', v124);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDynamicRoutingCreateResponse(value: unknown): ValidationResult<DynamicRoutingCreateResponse> {
  return isDynamicRoutingCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingCreateResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingDeleteResponse}. Fast: returns at the first problem. */
export function isDynamicRoutingDeleteResponse(value: unknown): value is DynamicRoutingDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v125 = value as unknown as Record<string, unknown>;
  const v126 = v125.created_at;
  if (v126 === undefined) return false;
  if (typeof v126 !== 'string') return false;
  if (!isDateTime(v126)) return false;
  const v127 = v125.elements;
  if (v127 === undefined) return false;
  if (!Array.isArray(v127)) return false;
  const v128: unknown[] = v127;
  for (let v129 = 0; v129 < v128.length; v129++) {
    const v130 = v128[v129];
    if (!(check11(v130) || check20(v130) || check36(v130) || check46(v130) || check64(v130) || check82(v130)))
      return false;
  }
  const v131 = v125.gateway_id;
  if (v131 === undefined) return false;
  if (typeof v131 !== 'string') return false;
  const v132 = v125.id;
  if (v132 === undefined) return false;
  if (typeof v132 !== 'string') return false;
  const v133 = v125.modified_at;
  if (v133 === undefined) return false;
  if (typeof v133 !== 'string') return false;
  if (!isDateTime(v133)) return false;
  const v134 = v125.name;
  if (v134 === undefined) return false;
  if (typeof v134 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingDeleteResponse} is false. */
export function explainDynamicRoutingDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v135 = value as unknown as Record<string, unknown>;
    const v136 = v135.created_at;
    if (v136 === undefined) {
      fail(issues, path + '/created_at', 'string', v136, 'is required');
    } else {
      if (typeof v136 !== 'string') {
        fail(issues, path + '/created_at', 'string', v136);
      } else {
        if (!isDateTime(v136)) {
          fail(issues, path + '/created_at', 'date-time string', v136);
        }
      }
    }
    const v137 = v135.elements;
    if (v137 === undefined) {
      fail(issues, path + '/elements', 'array', v137, 'is required');
    } else {
      if (!Array.isArray(v137)) {
        fail(issues, path + '/elements', 'array', v137);
      } else {
        const v138: unknown[] = v137 as unknown[];
        for (let v139 = 0; v139 < v138.length; v139++) {
          const v140 = v138[v139];
          if (!(check11(v140) || check20(v140) || check36(v140) || check46(v140) || check64(v140) || check82(v140))) {
            fail(
              issues,
              path + '/elements' + '/' + v139,
              'a value matching at least one of 6 alternatives (anyOf)',
              v140,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v141 = v135.gateway_id;
    if (v141 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v141, 'is required');
    } else {
      if (typeof v141 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v141);
      } else {
      }
    }
    const v142 = v135.id;
    if (v142 === undefined) {
      fail(issues, path + '/id', 'string', v142, 'is required');
    } else {
      if (typeof v142 !== 'string') {
        fail(issues, path + '/id', 'string', v142);
      } else {
      }
    }
    const v143 = v135.modified_at;
    if (v143 === undefined) {
      fail(issues, path + '/modified_at', 'string', v143, 'is required');
    } else {
      if (typeof v143 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v143);
      } else {
        if (!isDateTime(v143)) {
          fail(issues, path + '/modified_at', 'date-time string', v143);
        }
      }
    }
    const v144 = v135.name;
    if (v144 === undefined) {
      fail(issues, path + '/name', 'string', v144, 'is required');
    } else {
      if (typeof v144 !== 'string') {
        fail(issues, path + '/name', 'string', v144);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDynamicRoutingDeleteResponse(value: unknown): ValidationResult<DynamicRoutingDeleteResponse> {
  return isDynamicRoutingDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingDeleteResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingGetResponse}. Fast: returns at the first problem. */
export function isDynamicRoutingGetResponse(value: unknown): value is DynamicRoutingGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v145 = value as unknown as Record<string, unknown>;
  const v146 = v145.created_at;
  if (v146 === undefined) return false;
  if (typeof v146 !== 'string') return false;
  if (!isDateTime(v146)) return false;
  const v147 = v145.deployment;
  if (v147 === undefined) return false;
  if (typeof v147 !== 'object' || v147 === null || Array.isArray(v147)) return false;
  const v148 = v147 as unknown as Record<string, unknown>;
  const v149 = v148.created_at;
  if (v149 === undefined) return false;
  if (typeof v149 !== 'string') return false;
  const v150 = v148.deployment_id;
  if (v150 === undefined) return false;
  if (typeof v150 !== 'string') return false;
  const v151 = v148.version_id;
  if (v151 === undefined) return false;
  if (typeof v151 !== 'string') return false;
  const v152 = v145.elements;
  if (v152 === undefined) return false;
  if (!Array.isArray(v152)) return false;
  const v153: unknown[] = v152;
  for (let v154 = 0; v154 < v153.length; v154++) {
    const v155 = v153[v154];
    if (!(check11(v155) || check20(v155) || check36(v155) || check46(v155) || check64(v155) || check82(v155)))
      return false;
  }
  const v156 = v145.gateway_id;
  if (v156 === undefined) return false;
  if (typeof v156 !== 'string') return false;
  const v157 = v145.id;
  if (v157 === undefined) return false;
  if (typeof v157 !== 'string') return false;
  const v158 = v145.modified_at;
  if (v158 === undefined) return false;
  if (typeof v158 !== 'string') return false;
  if (!isDateTime(v158)) return false;
  const v159 = v145.name;
  if (v159 === undefined) return false;
  if (typeof v159 !== 'string') return false;
  const v160 = v145.version;
  if (v160 === undefined) return false;
  if (typeof v160 !== 'object' || v160 === null || Array.isArray(v160)) return false;
  const v161 = v160 as unknown as Record<string, unknown>;
  const v162 = v161.active;
  if (v162 === undefined) return false;
  if (!(v162 === 'true' || v162 === 'false')) return false;
  const v163 = v161.created_at;
  if (v163 === undefined) return false;
  if (typeof v163 !== 'string') return false;
  const v164 = v161.data;
  if (v164 === undefined) return false;
  if (typeof v164 !== 'string') return false;
  const v165 = v161.is_valid;
  if (v165 !== undefined) {
    if (typeof v165 !== 'boolean') return false;
  }
  const v166 = v161.version_id;
  if (v166 === undefined) return false;
  if (typeof v166 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingGetResponse} is false. */
export function explainDynamicRoutingGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v167 = value as unknown as Record<string, unknown>;
    const v168 = v167.created_at;
    if (v168 === undefined) {
      fail(issues, path + '/created_at', 'string', v168, 'is required');
    } else {
      if (typeof v168 !== 'string') {
        fail(issues, path + '/created_at', 'string', v168);
      } else {
        if (!isDateTime(v168)) {
          fail(issues, path + '/created_at', 'date-time string', v168);
        }
      }
    }
    const v169 = v167.deployment;
    if (v169 === undefined) {
      fail(issues, path + '/deployment', 'object', v169, 'is required');
    } else {
      if (typeof v169 !== 'object' || v169 === null || Array.isArray(v169)) {
        fail(issues, path + '/deployment', 'object', v169);
      } else {
        const v170 = v169 as unknown as Record<string, unknown>;
        const v171 = v170.created_at;
        if (v171 === undefined) {
          fail(issues, path + '/deployment' + '/created_at', 'string', v171, 'is required');
        } else {
          if (typeof v171 !== 'string') {
            fail(issues, path + '/deployment' + '/created_at', 'string', v171);
          } else {
          }
        }
        const v172 = v170.deployment_id;
        if (v172 === undefined) {
          fail(issues, path + '/deployment' + '/deployment_id', 'string', v172, 'is required');
        } else {
          if (typeof v172 !== 'string') {
            fail(issues, path + '/deployment' + '/deployment_id', 'string', v172);
          } else {
          }
        }
        const v173 = v170.version_id;
        if (v173 === undefined) {
          fail(issues, path + '/deployment' + '/version_id', 'string', v173, 'is required');
        } else {
          if (typeof v173 !== 'string') {
            fail(issues, path + '/deployment' + '/version_id', 'string', v173);
          } else {
          }
        }
      }
    }
    const v174 = v167.elements;
    if (v174 === undefined) {
      fail(issues, path + '/elements', 'array', v174, 'is required');
    } else {
      if (!Array.isArray(v174)) {
        fail(issues, path + '/elements', 'array', v174);
      } else {
        const v175: unknown[] = v174 as unknown[];
        for (let v176 = 0; v176 < v175.length; v176++) {
          const v177 = v175[v176];
          if (!(check11(v177) || check20(v177) || check36(v177) || check46(v177) || check64(v177) || check82(v177))) {
            fail(
              issues,
              path + '/elements' + '/' + v176,
              'a value matching at least one of 6 alternatives (anyOf)',
              v177,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v178 = v167.gateway_id;
    if (v178 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v178, 'is required');
    } else {
      if (typeof v178 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v178);
      } else {
      }
    }
    const v179 = v167.id;
    if (v179 === undefined) {
      fail(issues, path + '/id', 'string', v179, 'is required');
    } else {
      if (typeof v179 !== 'string') {
        fail(issues, path + '/id', 'string', v179);
      } else {
      }
    }
    const v180 = v167.modified_at;
    if (v180 === undefined) {
      fail(issues, path + '/modified_at', 'string', v180, 'is required');
    } else {
      if (typeof v180 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v180);
      } else {
        if (!isDateTime(v180)) {
          fail(issues, path + '/modified_at', 'date-time string', v180);
        }
      }
    }
    const v181 = v167.name;
    if (v181 === undefined) {
      fail(issues, path + '/name', 'string', v181, 'is required');
    } else {
      if (typeof v181 !== 'string') {
        fail(issues, path + '/name', 'string', v181);
      } else {
      }
    }
    const v182 = v167.version;
    if (v182 === undefined) {
      fail(issues, path + '/version', 'object', v182, 'is required');
    } else {
      if (typeof v182 !== 'object' || v182 === null || Array.isArray(v182)) {
        fail(issues, path + '/version', 'object', v182);
      } else {
        const v183 = v182 as unknown as Record<string, unknown>;
        const v184 = v183.active;
        if (v184 === undefined) {
          fail(issues, path + '/version' + '/active', 'enum', v184, 'is required');
        } else {
          if (!(v184 === 'true' || v184 === 'false')) {
            fail(issues, path + '/version' + '/active', 'one of "true", "false"', v184);
          }
        }
        const v185 = v183.created_at;
        if (v185 === undefined) {
          fail(issues, path + '/version' + '/created_at', 'string', v185, 'is required');
        } else {
          if (typeof v185 !== 'string') {
            fail(issues, path + '/version' + '/created_at', 'string', v185);
          } else {
          }
        }
        const v186 = v183.data;
        if (v186 === undefined) {
          fail(issues, path + '/version' + '/data', 'string', v186, 'is required');
        } else {
          if (typeof v186 !== 'string') {
            fail(issues, path + '/version' + '/data', 'string', v186);
          } else {
          }
        }
        const v187 = v183.is_valid;
        if (v187 !== undefined) {
          if (typeof v187 !== 'boolean') {
            fail(issues, path + '/version' + '/is_valid', 'boolean', v187);
          }
        }
        const v188 = v183.version_id;
        if (v188 === undefined) {
          fail(issues, path + '/version' + '/version_id', 'string', v188, 'is required');
        } else {
          if (typeof v188 !== 'string') {
            fail(issues, path + '/version' + '/version_id', 'string', v188);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDynamicRoutingGetResponse(value: unknown): ValidationResult<DynamicRoutingGetResponse> {
  return isDynamicRoutingGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingGetResponse) };
}

/** Whether `value` is a valid {@link DynamicRoutingListResponse}. Fast: returns at the first problem. */
export function isDynamicRoutingListResponse(value: unknown): value is DynamicRoutingListResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v189 = value as unknown as Record<string, unknown>;
  const v190 = v189.order_by;
  if (v190 === undefined) return false;
  if (typeof v190 !== 'string') return false;
  const v191 = v189.order_by_direction;
  if (v191 === undefined) return false;
  if (typeof v191 !== 'string') return false;
  const v192 = v189.page;
  if (v192 === undefined) return false;
  if (typeof v192 !== 'number' || !Number.isFinite(v192)) return false;
  const v193 = v189.per_page;
  if (v193 === undefined) return false;
  if (typeof v193 !== 'number' || !Number.isFinite(v193)) return false;
  const v194 = v189.routes;
  if (v194 === undefined) return false;
  if (!Array.isArray(v194)) return false;
  const v195: unknown[] = v194;
  for (let v196 = 0; v196 < v195.length; v196++) {
    const v197 = v195[v196];
    if (typeof v197 !== 'object' || v197 === null || Array.isArray(v197)) return false;
    const v198 = v197 as unknown as Record<string, unknown>;
    const v199 = v198.account_tag;
    if (v199 === undefined) return false;
    if (typeof v199 !== 'string') return false;
    const v200 = v198.created_at;
    if (v200 === undefined) return false;
    if (typeof v200 !== 'string') return false;
    if (!isDateTime(v200)) return false;
    const v201 = v198.deployment;
    if (v201 === undefined) return false;
    if (typeof v201 !== 'object' || v201 === null || Array.isArray(v201)) return false;
    const v202 = v201 as unknown as Record<string, unknown>;
    const v203 = v202.created_at;
    if (v203 === undefined) return false;
    if (typeof v203 !== 'string') return false;
    const v204 = v202.deployment_id;
    if (v204 === undefined) return false;
    if (typeof v204 !== 'string') return false;
    const v205 = v202.version_id;
    if (v205 === undefined) return false;
    if (typeof v205 !== 'string') return false;
    const v206 = v198.elements;
    if (v206 === undefined) return false;
    if (!Array.isArray(v206)) return false;
    const v207: unknown[] = v206;
    for (let v208 = 0; v208 < v207.length; v208++) {
      const v209 = v207[v208];
      if (!(check11(v209) || check20(v209) || check36(v209) || check46(v209) || check64(v209) || check82(v209)))
        return false;
    }
    const v210 = v198.gateway_id;
    if (v210 === undefined) return false;
    if (typeof v210 !== 'string') return false;
    const v211 = v198.id;
    if (v211 === undefined) return false;
    if (typeof v211 !== 'string') return false;
    const v212 = v198.modified_at;
    if (v212 === undefined) return false;
    if (typeof v212 !== 'string') return false;
    if (!isDateTime(v212)) return false;
    const v213 = v198.name;
    if (v213 === undefined) return false;
    if (typeof v213 !== 'string') return false;
    const v214 = v198.version;
    if (v214 === undefined) return false;
    if (typeof v214 !== 'object' || v214 === null || Array.isArray(v214)) return false;
    const v215 = v214 as unknown as Record<string, unknown>;
    const v216 = v215.active;
    if (v216 === undefined) return false;
    if (!(v216 === 'true' || v216 === 'false')) return false;
    const v217 = v215.created_at;
    if (v217 === undefined) return false;
    if (typeof v217 !== 'string') return false;
    const v218 = v215.data;
    if (v218 === undefined) return false;
    if (typeof v218 !== 'string') return false;
    const v219 = v215.is_valid;
    if (v219 !== undefined) {
      if (typeof v219 !== 'boolean') return false;
    }
    const v220 = v215.version_id;
    if (v220 === undefined) return false;
    if (typeof v220 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListResponse} is false. */
export function explainDynamicRoutingListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v221 = value as unknown as Record<string, unknown>;
    const v222 = v221.order_by;
    if (v222 === undefined) {
      fail(issues, path + '/order_by', 'string', v222, 'is required');
    } else {
      if (typeof v222 !== 'string') {
        fail(issues, path + '/order_by', 'string', v222);
      } else {
      }
    }
    const v223 = v221.order_by_direction;
    if (v223 === undefined) {
      fail(issues, path + '/order_by_direction', 'string', v223, 'is required');
    } else {
      if (typeof v223 !== 'string') {
        fail(issues, path + '/order_by_direction', 'string', v223);
      } else {
      }
    }
    const v224 = v221.page;
    if (v224 === undefined) {
      fail(issues, path + '/page', 'number', v224, 'is required');
    } else {
      if (typeof v224 !== 'number' || !Number.isFinite(v224)) {
        fail(issues, path + '/page', 'number', v224);
      } else {
      }
    }
    const v225 = v221.per_page;
    if (v225 === undefined) {
      fail(issues, path + '/per_page', 'number', v225, 'is required');
    } else {
      if (typeof v225 !== 'number' || !Number.isFinite(v225)) {
        fail(issues, path + '/per_page', 'number', v225);
      } else {
      }
    }
    const v226 = v221.routes;
    if (v226 === undefined) {
      fail(issues, path + '/routes', 'array', v226, 'is required');
    } else {
      if (!Array.isArray(v226)) {
        fail(issues, path + '/routes', 'array', v226);
      } else {
        const v227: unknown[] = v226 as unknown[];
        for (let v228 = 0; v228 < v227.length; v228++) {
          const v229 = v227[v228];
          if (typeof v229 !== 'object' || v229 === null || Array.isArray(v229)) {
            fail(issues, path + '/routes' + '/' + v228, 'object', v229);
          } else {
            const v230 = v229 as unknown as Record<string, unknown>;
            const v231 = v230.account_tag;
            if (v231 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/account_tag', 'string', v231, 'is required');
            } else {
              if (typeof v231 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/account_tag', 'string', v231);
              } else {
              }
            }
            const v232 = v230.created_at;
            if (v232 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/created_at', 'string', v232, 'is required');
            } else {
              if (typeof v232 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/created_at', 'string', v232);
              } else {
                if (!isDateTime(v232)) {
                  fail(issues, path + '/routes' + '/' + v228 + '/created_at', 'date-time string', v232);
                }
              }
            }
            const v233 = v230.deployment;
            if (v233 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/deployment', 'object', v233, 'is required');
            } else {
              if (typeof v233 !== 'object' || v233 === null || Array.isArray(v233)) {
                fail(issues, path + '/routes' + '/' + v228 + '/deployment', 'object', v233);
              } else {
                const v234 = v233 as unknown as Record<string, unknown>;
                const v235 = v234.created_at;
                if (v235 === undefined) {
                  fail(
                    issues,
                    path + '/routes' + '/' + v228 + '/deployment' + '/created_at',
                    'string',
                    v235,
                    'is required',
                  );
                } else {
                  if (typeof v235 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/deployment' + '/created_at', 'string', v235);
                  } else {
                  }
                }
                const v236 = v234.deployment_id;
                if (v236 === undefined) {
                  fail(
                    issues,
                    path + '/routes' + '/' + v228 + '/deployment' + '/deployment_id',
                    'string',
                    v236,
                    'is required',
                  );
                } else {
                  if (typeof v236 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/deployment' + '/deployment_id', 'string', v236);
                  } else {
                  }
                }
                const v237 = v234.version_id;
                if (v237 === undefined) {
                  fail(
                    issues,
                    path + '/routes' + '/' + v228 + '/deployment' + '/version_id',
                    'string',
                    v237,
                    'is required',
                  );
                } else {
                  if (typeof v237 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/deployment' + '/version_id', 'string', v237);
                  } else {
                  }
                }
              }
            }
            const v238 = v230.elements;
            if (v238 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/elements', 'array', v238, 'is required');
            } else {
              if (!Array.isArray(v238)) {
                fail(issues, path + '/routes' + '/' + v228 + '/elements', 'array', v238);
              } else {
                const v239: unknown[] = v238 as unknown[];
                for (let v240 = 0; v240 < v239.length; v240++) {
                  const v241 = v239[v240];
                  if (
                    !(
                      check11(v241) ||
                      check20(v241) ||
                      check36(v241) ||
                      check46(v241) ||
                      check64(v241) ||
                      check82(v241)
                    )
                  ) {
                    fail(
                      issues,
                      path + '/routes' + '/' + v228 + '/elements' + '/' + v240,
                      'a value matching at least one of 6 alternatives (anyOf)',
                      v241,
                      'matches none of the anyOf alternatives',
                    );
                  }
                }
              }
            }
            const v242 = v230.gateway_id;
            if (v242 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/gateway_id', 'string', v242, 'is required');
            } else {
              if (typeof v242 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/gateway_id', 'string', v242);
              } else {
              }
            }
            const v243 = v230.id;
            if (v243 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/id', 'string', v243, 'is required');
            } else {
              if (typeof v243 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/id', 'string', v243);
              } else {
              }
            }
            const v244 = v230.modified_at;
            if (v244 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/modified_at', 'string', v244, 'is required');
            } else {
              if (typeof v244 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/modified_at', 'string', v244);
              } else {
                if (!isDateTime(v244)) {
                  fail(issues, path + '/routes' + '/' + v228 + '/modified_at', 'date-time string', v244);
                }
              }
            }
            const v245 = v230.name;
            if (v245 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/name', 'string', v245, 'is required');
            } else {
              if (typeof v245 !== 'string') {
                fail(issues, path + '/routes' + '/' + v228 + '/name', 'string', v245);
              } else {
              }
            }
            const v246 = v230.version;
            if (v246 === undefined) {
              fail(issues, path + '/routes' + '/' + v228 + '/version', 'object', v246, 'is required');
            } else {
              if (typeof v246 !== 'object' || v246 === null || Array.isArray(v246)) {
                fail(issues, path + '/routes' + '/' + v228 + '/version', 'object', v246);
              } else {
                const v247 = v246 as unknown as Record<string, unknown>;
                const v248 = v247.active;
                if (v248 === undefined) {
                  fail(issues, path + '/routes' + '/' + v228 + '/version' + '/active', 'enum', v248, 'is required');
                } else {
                  if (!(v248 === 'true' || v248 === 'false')) {
                    fail(
                      issues,
                      path + '/routes' + '/' + v228 + '/version' + '/active',
                      'one of "true", "false"',
                      v248,
                    );
                  }
                }
                const v249 = v247.created_at;
                if (v249 === undefined) {
                  fail(
                    issues,
                    path + '/routes' + '/' + v228 + '/version' + '/created_at',
                    'string',
                    v249,
                    'is required',
                  );
                } else {
                  if (typeof v249 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/version' + '/created_at', 'string', v249);
                  } else {
                  }
                }
                const v250 = v247.data;
                if (v250 === undefined) {
                  fail(issues, path + '/routes' + '/' + v228 + '/version' + '/data', 'string', v250, 'is required');
                } else {
                  if (typeof v250 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/version' + '/data', 'string', v250);
                  } else {
                  }
                }
                const v251 = v247.is_valid;
                if (v251 !== undefined) {
                  if (typeof v251 !== 'boolean') {
                    fail(issues, path + '/routes' + '/' + v228 + '/version' + '/is_valid', 'boolean', v251);
                  }
                }
                const v252 = v247.version_id;
                if (v252 === undefined) {
                  fail(
                    issues,
                    path + '/routes' + '/' + v228 + '/version' + '/version_id',
                    'string',
                    v252,
                    'is required',
                  );
                } else {
                  if (typeof v252 !== 'string') {
                    fail(issues, path + '/routes' + '/' + v228 + '/version' + '/version_id', 'string', v252);
                  } else {
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
export function validateDynamicRoutingListResponse(value: unknown): ValidationResult<DynamicRoutingListResponse> {
  return isDynamicRoutingListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDynamicRoutingListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v253 = value as unknown as Record<string, unknown>;
  const v254 = v253.gateway_id;
  if (v254 === undefined) return false;
  if (typeof v254 !== 'string') return false;
  const v255 = v253.account_id;
  if (v255 !== undefined) {
    if (typeof v255 !== 'string') return false;
  }
  const v256 = v253.page;
  if (v256 !== undefined) {
    if (!Number.isInteger(v256)) return false;
  }
  const v257 = v253.per_page;
  if (v257 !== undefined) {
    if (!Number.isInteger(v257)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListArgs} is false. */
export function explainDynamicRoutingListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v258 = value as unknown as Record<string, unknown>;
    const v259 = v258.gateway_id;
    if (v259 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v259, 'is required');
    } else {
      if (typeof v259 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v259);
      } else {
      }
    }
    const v260 = v258.account_id;
    if (v260 !== undefined) {
      if (typeof v260 !== 'string') {
        fail(issues, path + '/account_id', 'string', v260);
      } else {
      }
    }
    const v261 = v258.page;
    if (v261 !== undefined) {
      if (!Number.isInteger(v261)) {
        fail(issues, path + '/page', 'integer', v261);
      } else {
      }
    }
    const v262 = v258.per_page;
    if (v262 !== undefined) {
      if (!Number.isInteger(v262)) {
        fail(issues, path + '/per_page', 'integer', v262);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDynamicRoutingListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDynamicRoutingListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingListArgs) };
}

/** Whether `value` is a valid {@link DynamicRoutingUpdateResponse}. Fast: returns at the first problem. */
export function isDynamicRoutingUpdateResponse(value: unknown): value is DynamicRoutingUpdateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v263 = value as unknown as Record<string, unknown>;
  const v264 = v263.account_tag;
  if (v264 === undefined) return false;
  if (typeof v264 !== 'string') return false;
  const v265 = v263.created_at;
  if (v265 === undefined) return false;
  if (typeof v265 !== 'string') return false;
  if (!isDateTime(v265)) return false;
  const v266 = v263.deployment;
  if (v266 === undefined) return false;
  if (typeof v266 !== 'object' || v266 === null || Array.isArray(v266)) return false;
  const v267 = v266 as unknown as Record<string, unknown>;
  const v268 = v267.created_at;
  if (v268 === undefined) return false;
  if (typeof v268 !== 'string') return false;
  const v269 = v267.deployment_id;
  if (v269 === undefined) return false;
  if (typeof v269 !== 'string') return false;
  const v270 = v267.version_id;
  if (v270 === undefined) return false;
  if (typeof v270 !== 'string') return false;
  const v271 = v263.elements;
  if (v271 === undefined) return false;
  if (!Array.isArray(v271)) return false;
  const v272: unknown[] = v271;
  for (let v273 = 0; v273 < v272.length; v273++) {
    const v274 = v272[v273];
    if (!(check11(v274) || check20(v274) || check36(v274) || check46(v274) || check64(v274) || check82(v274)))
      return false;
  }
  const v275 = v263.gateway_id;
  if (v275 === undefined) return false;
  if (typeof v275 !== 'string') return false;
  const v276 = v263.id;
  if (v276 === undefined) return false;
  if (typeof v276 !== 'string') return false;
  const v277 = v263.modified_at;
  if (v277 === undefined) return false;
  if (typeof v277 !== 'string') return false;
  if (!isDateTime(v277)) return false;
  const v278 = v263.name;
  if (v278 === undefined) return false;
  if (typeof v278 !== 'string') return false;
  const v279 = v263.version;
  if (v279 === undefined) return false;
  if (typeof v279 !== 'object' || v279 === null || Array.isArray(v279)) return false;
  const v280 = v279 as unknown as Record<string, unknown>;
  const v281 = v280.active;
  if (v281 === undefined) return false;
  if (!(v281 === 'true' || v281 === 'false')) return false;
  const v282 = v280.created_at;
  if (v282 === undefined) return false;
  if (typeof v282 !== 'string') return false;
  const v283 = v280.data;
  if (v283 === undefined) return false;
  if (typeof v283 !== 'string') return false;
  const v284 = v280.is_valid;
  if (v284 !== undefined) {
    if (typeof v284 !== 'boolean') return false;
  }
  const v285 = v280.version_id;
  if (v285 === undefined) return false;
  if (typeof v285 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingUpdateResponse} is false. */
export function explainDynamicRoutingUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v286 = value as unknown as Record<string, unknown>;
    const v287 = v286.account_tag;
    if (v287 === undefined) {
      fail(issues, path + '/account_tag', 'string', v287, 'is required');
    } else {
      if (typeof v287 !== 'string') {
        fail(issues, path + '/account_tag', 'string', v287);
      } else {
      }
    }
    const v288 = v286.created_at;
    if (v288 === undefined) {
      fail(issues, path + '/created_at', 'string', v288, 'is required');
    } else {
      if (typeof v288 !== 'string') {
        fail(issues, path + '/created_at', 'string', v288);
      } else {
        if (!isDateTime(v288)) {
          fail(issues, path + '/created_at', 'date-time string', v288);
        }
      }
    }
    const v289 = v286.deployment;
    if (v289 === undefined) {
      fail(issues, path + '/deployment', 'object', v289, 'is required');
    } else {
      if (typeof v289 !== 'object' || v289 === null || Array.isArray(v289)) {
        fail(issues, path + '/deployment', 'object', v289);
      } else {
        const v290 = v289 as unknown as Record<string, unknown>;
        const v291 = v290.created_at;
        if (v291 === undefined) {
          fail(issues, path + '/deployment' + '/created_at', 'string', v291, 'is required');
        } else {
          if (typeof v291 !== 'string') {
            fail(issues, path + '/deployment' + '/created_at', 'string', v291);
          } else {
          }
        }
        const v292 = v290.deployment_id;
        if (v292 === undefined) {
          fail(issues, path + '/deployment' + '/deployment_id', 'string', v292, 'is required');
        } else {
          if (typeof v292 !== 'string') {
            fail(issues, path + '/deployment' + '/deployment_id', 'string', v292);
          } else {
          }
        }
        const v293 = v290.version_id;
        if (v293 === undefined) {
          fail(issues, path + '/deployment' + '/version_id', 'string', v293, 'is required');
        } else {
          if (typeof v293 !== 'string') {
            fail(issues, path + '/deployment' + '/version_id', 'string', v293);
          } else {
          }
        }
      }
    }
    const v294 = v286.elements;
    if (v294 === undefined) {
      fail(issues, path + '/elements', 'array', v294, 'is required');
    } else {
      if (!Array.isArray(v294)) {
        fail(issues, path + '/elements', 'array', v294);
      } else {
        const v295: unknown[] = v294 as unknown[];
        for (let v296 = 0; v296 < v295.length; v296++) {
          const v297 = v295[v296];
          if (!(check11(v297) || check20(v297) || check36(v297) || check46(v297) || check64(v297) || check82(v297))) {
            fail(
              issues,
              path + '/elements' + '/' + v296,
              'a value matching at least one of 6 alternatives (anyOf)',
              v297,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v298 = v286.gateway_id;
    if (v298 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v298, 'is required');
    } else {
      if (typeof v298 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v298);
      } else {
      }
    }
    const v299 = v286.id;
    if (v299 === undefined) {
      fail(issues, path + '/id', 'string', v299, 'is required');
    } else {
      if (typeof v299 !== 'string') {
        fail(issues, path + '/id', 'string', v299);
      } else {
      }
    }
    const v300 = v286.modified_at;
    if (v300 === undefined) {
      fail(issues, path + '/modified_at', 'string', v300, 'is required');
    } else {
      if (typeof v300 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v300);
      } else {
        if (!isDateTime(v300)) {
          fail(issues, path + '/modified_at', 'date-time string', v300);
        }
      }
    }
    const v301 = v286.name;
    if (v301 === undefined) {
      fail(issues, path + '/name', 'string', v301, 'is required');
    } else {
      if (typeof v301 !== 'string') {
        fail(issues, path + '/name', 'string', v301);
      } else {
      }
    }
    const v302 = v286.version;
    if (v302 === undefined) {
      fail(issues, path + '/version', 'object', v302, 'is required');
    } else {
      if (typeof v302 !== 'object' || v302 === null || Array.isArray(v302)) {
        fail(issues, path + '/version', 'object', v302);
      } else {
        const v303 = v302 as unknown as Record<string, unknown>;
        const v304 = v303.active;
        if (v304 === undefined) {
          fail(issues, path + '/version' + '/active', 'enum', v304, 'is required');
        } else {
          if (!(v304 === 'true' || v304 === 'false')) {
            fail(issues, path + '/version' + '/active', 'one of "true", "false"', v304);
          }
        }
        const v305 = v303.created_at;
        if (v305 === undefined) {
          fail(issues, path + '/version' + '/created_at', 'string', v305, 'is required');
        } else {
          if (typeof v305 !== 'string') {
            fail(issues, path + '/version' + '/created_at', 'string', v305);
          } else {
          }
        }
        const v306 = v303.data;
        if (v306 === undefined) {
          fail(issues, path + '/version' + '/data', 'string', v306, 'is required');
        } else {
          if (typeof v306 !== 'string') {
            fail(issues, path + '/version' + '/data', 'string', v306);
          } else {
          }
        }
        const v307 = v303.is_valid;
        if (v307 !== undefined) {
          if (typeof v307 !== 'boolean') {
            fail(issues, path + '/version' + '/is_valid', 'boolean', v307);
          }
        }
        const v308 = v303.version_id;
        if (v308 === undefined) {
          fail(issues, path + '/version' + '/version_id', 'string', v308, 'is required');
        } else {
          if (typeof v308 !== 'string') {
            fail(issues, path + '/version' + '/version_id', 'string', v308);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DynamicRoutingUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDynamicRoutingUpdateResponse(value: unknown): ValidationResult<DynamicRoutingUpdateResponse> {
  return isDynamicRoutingUpdateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDynamicRoutingUpdateResponse) };
}
