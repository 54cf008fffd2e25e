import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../../core/validation.js';
import { isDateTime } from '../../../core/formats.js';
import type { VersionCreateResponse, VersionGetResponse, VersionListResponse } from './versions.types.js';

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
/** Whether `value` is a valid {@link VersionCreateResponse}. Fast: returns at the first problem. */
export function isVersionCreateResponse(value: unknown): value is VersionCreateResponse {
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

/** @internal Collects every problem with `value`; called only when {@link isVersionCreateResponse} is false. */
export function explainVersionCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
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

/** Checks `value` against {@link VersionCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateVersionCreateResponse(value: unknown): ValidationResult<VersionCreateResponse> {
  return isVersionCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainVersionCreateResponse) };
}

/** Whether `value` is a valid {@link VersionGetResponse}. Fast: returns at the first problem. */
export function isVersionGetResponse(value: unknown): value is VersionGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v101 = value as unknown as Record<string, unknown>;
  const v102 = v101.active;
  if (v102 === undefined) return false;
  if (!(v102 === 'true' || v102 === 'false')) return false;
  const v103 = v101.created_at;
  if (v103 === undefined) return false;
  if (typeof v103 !== 'string') return false;
  const v104 = v101.data;
  if (v104 === undefined) return false;
  if (typeof v104 !== 'string') return false;
  const v105 = v101.elements;
  if (v105 === undefined) return false;
  if (!Array.isArray(v105)) return false;
  const v106: unknown[] = v105;
  for (let v107 = 0; v107 < v106.length; v107++) {
    const v108 = v106[v107];
    if (!(check6(v108) || check15(v108) || check31(v108) || check41(v108) || check59(v108) || check77(v108)))
      return false;
  }
  const v109 = v101.gateway_id;
  if (v109 === undefined) return false;
  if (typeof v109 !== 'string') return false;
  const v110 = v101.id;
  if (v110 === undefined) return false;
  if (typeof v110 !== 'string') return false;
  const v111 = v101.is_valid;
  if (v111 !== undefined) {
    if (typeof v111 !== 'boolean') return false;
  }
  const v112 = v101.modified_at;
  if (v112 === undefined) return false;
  if (typeof v112 !== 'string') return false;
  if (!isDateTime(v112)) return false;
  const v113 = v101.name;
  if (v113 === undefined) return false;
  if (typeof v113 !== 'string') return false;
  const v114 = v101.version_id;
  if (v114 === undefined) return false;
  if (typeof v114 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isVersionGetResponse} is false. */
export function explainVersionGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v115 = value as unknown as Record<string, unknown>;
    const v116 = v115.active;
    if (v116 === undefined) {
      fail(issues, path + '/active', 'enum', v116, 'is required');
    } else {
      if (!(v116 === 'true' || v116 === 'false')) {
        fail(issues, path + '/active', 'one of "true", "false"', v116);
      }
    }
    const v117 = v115.created_at;
    if (v117 === undefined) {
      fail(issues, path + '/created_at', 'string', v117, 'is required');
    } else {
      if (typeof v117 !== 'string') {
        fail(issues, path + '/created_at', 'string', v117);
      } else {
      }
    }
    const v118 = v115.data;
    if (v118 === undefined) {
      fail(issues, path + '/data', 'string', v118, 'is required');
    } else {
      if (typeof v118 !== 'string') {
        fail(issues, path + '/data', 'string', v118);
      } else {
      }
    }
    const v119 = v115.elements;
    if (v119 === undefined) {
      fail(issues, path + '/elements', 'array', v119, 'is required');
    } else {
      if (!Array.isArray(v119)) {
        fail(issues, path + '/elements', 'array', v119);
      } else {
        const v120: unknown[] = v119 as unknown[];
        for (let v121 = 0; v121 < v120.length; v121++) {
          const v122 = v120[v121];
          if (!(check6(v122) || check15(v122) || check31(v122) || check41(v122) || check59(v122) || check77(v122))) {
            fail(
              issues,
              path + '/elements' + '/' + v121,
              'a value matching at least one of 6 alternatives (anyOf)',
              v122,
              'matches none of the anyOf alternatives',
            );
          }
        }
      }
    }
    const v123 = v115.gateway_id;
    if (v123 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v123, 'is required');
    } else {
      if (typeof v123 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v123);
      } else {
      }
    }
    const v124 = v115.id;
    if (v124 === undefined) {
      fail(issues, path + '/id', 'string', v124, 'is required');
    } else {
      if (typeof v124 !== 'string') {
        fail(issues, path + '/id', 'string', v124);
      } else {
      }
    }
    const v125 = v115.is_valid;
    if (v125 !== undefined) {
      if (typeof v125 !== 'boolean') {
        fail(issues, path + '/is_valid', 'boolean', v125);
      }
    }
    const v126 = v115.modified_at;
    if (v126 === undefined) {
      fail(issues, path + '/modified_at', 'string', v126, 'is required');
    } else {
      if (typeof v126 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v126);
      } else {
        if (!isDateTime(v126)) {
          fail(issues, path + '/modified_at', 'date-time string', v126);
        }
      }
    }
    const v127 = v115.name;
    if (v127 === undefined) {
      fail(issues, path + '/name', 'string', v127, 'is required');
    } else {
      if (typeof v127 !== 'string') {
        fail(issues, path + '/name', 'string', v127);
      } else {
      }
    }
    const v128 = v115.version_id;
    if (v128 === undefined) {
      fail(issues, path + '/version_id', 'string', v128, 'is required');
    } else {
      if (typeof v128 !== 'string') {
        fail(issues, path + '/version_id', 'string', v128);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link VersionGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateVersionGetResponse(value: unknown): ValidationResult<VersionGetResponse> {
  return isVersionGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainVersionGetResponse) };
}

/** Whether `value` is a valid {@link VersionListResponse}. Fast: returns at the first problem. */
export function isVersionListResponse(value: unknown): value is VersionListResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v129 = value as unknown as Record<string, unknown>;
  const v130 = v129.order_by;
  if (v130 === undefined) return false;
  if (typeof v130 !== 'string') return false;
  const v131 = v129.order_by_direction;
  if (v131 === undefined) return false;
  if (typeof v131 !== 'string') return false;
  const v132 = v129.page;
  if (v132 === undefined) return false;
  if (typeof v132 !== 'number' || !Number.isFinite(v132)) return false;
  const v133 = v129.per_page;
  if (v133 === undefined) return false;
  if (typeof v133 !== 'number' || !Number.isFinite(v133)) return false;
  const v134 = v129.versions;
  if (v134 === undefined) return false;
  if (!Array.isArray(v134)) return false;
  const v135: unknown[] = v134;
  for (let v136 = 0; v136 < v135.length; v136++) {
    const v137 = v135[v136];
    if (typeof v137 !== 'object' || v137 === null || Array.isArray(v137)) return false;
    const v138 = v137 as unknown as Record<string, unknown>;
    const v139 = v138.active;
    if (v139 === undefined) return false;
    if (!(v139 === 'true' || v139 === 'false')) return false;
    const v140 = v138.created_at;
    if (v140 === undefined) return false;
    if (typeof v140 !== 'string') return false;
    const v141 = v138.data;
    if (v141 === undefined) return false;
    if (typeof v141 !== 'string') return false;
    const v142 = v138.is_valid;
    if (v142 !== undefined) {
      if (typeof v142 !== 'boolean') return false;
    }
    const v143 = v138.version_id;
    if (v143 === undefined) return false;
    if (typeof v143 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isVersionListResponse} is false. */
export function explainVersionListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v144 = value as unknown as Record<string, unknown>;
    const v145 = v144.order_by;
    if (v145 === undefined) {
      fail(issues, path + '/order_by', 'string', v145, 'is required');
    } else {
      if (typeof v145 !== 'string') {
        fail(issues, path + '/order_by', 'string', v145);
      } else {
      }
    }
    const v146 = v144.order_by_direction;
    if (v146 === undefined) {
      fail(issues, path + '/order_by_direction', 'string', v146, 'is required');
    } else {
      if (typeof v146 !== 'string') {
        fail(issues, path + '/order_by_direction', 'string', v146);
      } else {
      }
    }
    const v147 = v144.page;
    if (v147 === undefined) {
      fail(issues, path + '/page', 'number', v147, 'is required');
    } else {
      if (typeof v147 !== 'number' || !Number.isFinite(v147)) {
        fail(issues, path + '/page', 'number', v147);
      } else {
      }
    }
    const v148 = v144.per_page;
    if (v148 === undefined) {
      fail(issues, path + '/per_page', 'number', v148, 'is required');
    } else {
      if (typeof v148 !== 'number' || !Number.isFinite(v148)) {
        fail(issues, path + '/per_page', 'number', v148);
      } else {
      }
    }
    const v149 = v144.versions;
    if (v149 === undefined) {
      fail(issues, path + '/versions', 'array', v149, 'is required');
    } else {
      if (!Array.isArray(v149)) {
        fail(issues, path + '/versions', 'array', v149);
      } else {
        const v150: unknown[] = v149 as unknown[];
        for (let v151 = 0; v151 < v150.length; v151++) {
          const v152 = v150[v151];
          if (typeof v152 !== 'object' || v152 === null || Array.isArray(v152)) {
            fail(issues, path + '/versions' + '/' + v151, 'object', v152);
          } else {
            const v153 = v152 as unknown as Record<string, unknown>;
            const v154 = v153.active;
            if (v154 === undefined) {
              fail(issues, path + '/versions' + '/' + v151 + '/active', 'enum', v154, 'is required');
            } else {
              if (!(v154 === 'true' || v154 === 'false')) {
                fail(issues, path + '/versions' + '/' + v151 + '/active', 'one of "true", "false"', v154);
              }
            }
            const v155 = v153.created_at;
            if (v155 === undefined) {
              fail(issues, path + '/versions' + '/' + v151 + '/created_at', 'string', v155, 'is required');
            } else {
              if (typeof v155 !== 'string') {
                fail(issues, path + '/versions' + '/' + v151 + '/created_at', 'string', v155);
              } else {
              }
            }
            const v156 = v153.data;
            if (v156 === undefined) {
              fail(issues, path + '/versions' + '/' + v151 + '/data', 'string', v156, 'is required');
            } else {
              if (typeof v156 !== 'string') {
                fail(issues, path + '/versions' + '/' + v151 + '/data', 'string', v156);
              } else {
              }
            }
            const v157 = v153.is_valid;
            if (v157 !== undefined) {
              if (typeof v157 !== 'boolean') {
                fail(issues, path + '/versions' + '/' + v151 + '/is_valid', 'boolean', v157);
              }
            }
            const v158 = v153.version_id;
            if (v158 === undefined) {
              fail(issues, path + '/versions' + '/' + v151 + '/version_id', 'string', v158, 'is required');
            } else {
              if (typeof v158 !== 'string') {
                fail(issues, path + '/versions' + '/' + v151 + '/version_id', 'string', v158);
              } else {
              }
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link VersionListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateVersionListResponse(value: unknown): ValidationResult<VersionListResponse> {
  return isVersionListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainVersionListResponse) };
}
