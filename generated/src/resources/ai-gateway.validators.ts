import {
  codePoints,
  collectIssues,
  fail,
  pointer,
  type ValidationIssue,
  type ValidationResult,
} from '../core/validation.js';
import { isDateTime, isUri } from '../core/formats.js';
import type {
  AIGatewayCreateResponse,
  AIGatewayDeleteResponse,
  AIGatewayGetResponse,
  AIGatewayListResponse,
  AIGatewayUpdateResponse,
} from './ai-gateway.types.js';

function check7(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v8 = value as unknown as Record<string, unknown>;
  const v9 = v8.action;
  if (v9 === undefined) return false;
  if (!(v9 === 'BLOCK' || v9 === 'FLAG')) return false;
  const v10 = v8.enabled;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'boolean') return false;
  const v11 = v8.profiles;
  if (v11 === undefined) return false;
  if (!Array.isArray(v11)) return false;
  const v12: unknown[] = v11;
  for (let v13 = 0; v13 < v12.length; v13++) {
    const v14 = v12[v13];
    if (typeof v14 !== 'string') return false;
  }
  return true;
}
function check15(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v16 = value as unknown as Record<string, unknown>;
  const v17 = v16.enabled;
  if (v17 === undefined) return false;
  if (typeof v17 !== 'boolean') return false;
  const v18 = v16.policies;
  if (v18 === undefined) return false;
  if (!Array.isArray(v18)) return false;
  const v19: unknown[] = v18;
  for (let v20 = 0; v20 < v19.length; v20++) {
    const v21 = v19[v20];
    if (typeof v21 !== 'object' || v21 === null || Array.isArray(v21)) return false;
    const v22 = v21 as unknown as Record<string, unknown>;
    const v23 = v22.action;
    if (v23 === undefined) return false;
    if (!(v23 === 'FLAG' || v23 === 'BLOCK')) return false;
    const v24 = v22.check;
    if (v24 === undefined) return false;
    if (!Array.isArray(v24)) return false;
    const v25: unknown[] = v24;
    for (let v26 = 0; v26 < v25.length; v26++) {
      const v27 = v25[v26];
      if (!(v27 === 'REQUEST' || v27 === 'RESPONSE')) return false;
    }
    const v28 = v22.enabled;
    if (v28 === undefined) return false;
    if (typeof v28 !== 'boolean') return false;
    const v29 = v22.id;
    if (v29 === undefined) return false;
    if (typeof v29 !== 'string') return false;
    const v30 = v22.profiles;
    if (v30 === undefined) return false;
    if (!Array.isArray(v30)) return false;
    const v31: unknown[] = v30;
    for (let v32 = 0; v32 < v31.length; v32++) {
      const v33 = v31[v32];
      if (typeof v33 !== 'string') return false;
    }
  }
  return true;
}
function check110(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v111 = value as unknown as Record<string, unknown>;
  const v112 = v111.mode;
  if (v112 === undefined) return false;
  if (!(v112 === 'partition')) return false;
  return true;
}
function check113(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v114 = value as unknown as Record<string, unknown>;
  const v115 = v114.mode;
  if (v115 === undefined) return false;
  if (!(v115 === 'filter')) return false;
  const v116 = v114.values;
  if (v116 === undefined) return false;
  if (!Array.isArray(v116)) return false;
  const v117: unknown[] = v116;
  for (let v118 = 0; v118 < v117.length; v118++) {
    const v119 = v117[v118];
    if (typeof v119 !== 'string') return false;
  }
  return true;
}
/** Whether `value` is a valid {@link AIGatewayCreateResponse}. Fast: returns at the first problem. */
export function isAIGatewayCreateResponse(value: unknown): value is AIGatewayCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.authentication;
  if (v1 !== undefined) {
    if (typeof v1 !== 'boolean') return false;
  }
  const v2 = v0.cache_invalidate_on_update;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.cache_ttl;
  if (v3 === undefined) return false;
  if (v3 !== null) {
    if (!Number.isInteger(v3)) return false;
    if ((v3 as number) < 0) return false;
  }
  const v4 = v0.collect_logs;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'boolean') return false;
  const v5 = v0.created_at;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (!isDateTime(v5)) return false;
  const v6 = v0.dlp;
  if (v6 !== undefined) {
    if (!(check7(v6) || check15(v6))) return false;
  }
  const v34 = v0.guardrails;
  if (v34 !== undefined) {
    if (v34 !== null) {
      if (typeof v34 !== 'object' || v34 === null || Array.isArray(v34)) return false;
      const v35 = v34 as unknown as Record<string, unknown>;
      const v36 = v35.prompt;
      if (v36 === undefined) return false;
      if (typeof v36 !== 'object' || v36 === null || Array.isArray(v36)) return false;
      const v37 = v36 as unknown as Record<string, unknown>;
      const v38 = v37.P1;
      if (v38 !== undefined) {
        if (!(v38 === 'FLAG' || v38 === 'BLOCK')) return false;
      }
      const v39 = v37.S1;
      if (v39 !== undefined) {
        if (!(v39 === 'FLAG' || v39 === 'BLOCK')) return false;
      }
      const v40 = v37.S2;
      if (v40 !== undefined) {
        if (!(v40 === 'FLAG' || v40 === 'BLOCK')) return false;
      }
      const v41 = v37.S3;
      if (v41 !== undefined) {
        if (!(v41 === 'FLAG' || v41 === 'BLOCK')) return false;
      }
      const v42 = v37.S4;
      if (v42 !== undefined) {
        if (!(v42 === 'FLAG' || v42 === 'BLOCK')) return false;
      }
      const v43 = v37.S5;
      if (v43 !== undefined) {
        if (!(v43 === 'FLAG' || v43 === 'BLOCK')) return false;
      }
      const v44 = v37.S6;
      if (v44 !== undefined) {
        if (!(v44 === 'FLAG' || v44 === 'BLOCK')) return false;
      }
      const v45 = v37.S7;
      if (v45 !== undefined) {
        if (!(v45 === 'FLAG' || v45 === 'BLOCK')) return false;
      }
      const v46 = v37.S8;
      if (v46 !== undefined) {
        if (!(v46 === 'FLAG' || v46 === 'BLOCK')) return false;
      }
      const v47 = v37.S9;
      if (v47 !== undefined) {
        if (!(v47 === 'FLAG' || v47 === 'BLOCK')) return false;
      }
      const v48 = v37.S10;
      if (v48 !== undefined) {
        if (!(v48 === 'FLAG' || v48 === 'BLOCK')) return false;
      }
      const v49 = v37.S11;
      if (v49 !== undefined) {
        if (!(v49 === 'FLAG' || v49 === 'BLOCK')) return false;
      }
      const v50 = v37.S12;
      if (v50 !== undefined) {
        if (!(v50 === 'FLAG' || v50 === 'BLOCK')) return false;
      }
      const v51 = v37.S13;
      if (v51 !== undefined) {
        if (!(v51 === 'FLAG' || v51 === 'BLOCK')) return false;
      }
      const v52 = v35.response;
      if (v52 === undefined) return false;
      if (typeof v52 !== 'object' || v52 === null || Array.isArray(v52)) return false;
      const v53 = v52 as unknown as Record<string, unknown>;
      const v54 = v53.P1;
      if (v54 !== undefined) {
        if (!(v54 === 'FLAG' || v54 === 'BLOCK')) return false;
      }
      const v55 = v53.S1;
      if (v55 !== undefined) {
        if (!(v55 === 'FLAG' || v55 === 'BLOCK')) return false;
      }
      const v56 = v53.S2;
      if (v56 !== undefined) {
        if (!(v56 === 'FLAG' || v56 === 'BLOCK')) return false;
      }
      const v57 = v53.S3;
      if (v57 !== undefined) {
        if (!(v57 === 'FLAG' || v57 === 'BLOCK')) return false;
      }
      const v58 = v53.S4;
      if (v58 !== undefined) {
        if (!(v58 === 'FLAG' || v58 === 'BLOCK')) return false;
      }
      const v59 = v53.S5;
      if (v59 !== undefined) {
        if (!(v59 === 'FLAG' || v59 === 'BLOCK')) return false;
      }
      const v60 = v53.S6;
      if (v60 !== undefined) {
        if (!(v60 === 'FLAG' || v60 === 'BLOCK')) return false;
      }
      const v61 = v53.S7;
      if (v61 !== undefined) {
        if (!(v61 === 'FLAG' || v61 === 'BLOCK')) return false;
      }
      const v62 = v53.S8;
      if (v62 !== undefined) {
        if (!(v62 === 'FLAG' || v62 === 'BLOCK')) return false;
      }
      const v63 = v53.S9;
      if (v63 !== undefined) {
        if (!(v63 === 'FLAG' || v63 === 'BLOCK')) return false;
      }
      const v64 = v53.S10;
      if (v64 !== undefined) {
        if (!(v64 === 'FLAG' || v64 === 'BLOCK')) return false;
      }
      const v65 = v53.S11;
      if (v65 !== undefined) {
        if (!(v65 === 'FLAG' || v65 === 'BLOCK')) return false;
      }
      const v66 = v53.S12;
      if (v66 !== undefined) {
        if (!(v66 === 'FLAG' || v66 === 'BLOCK')) return false;
      }
      const v67 = v53.S13;
      if (v67 !== undefined) {
        if (!(v67 === 'FLAG' || v67 === 'BLOCK')) return false;
      }
    }
  }
  const v68 = v0.id;
  if (v68 === undefined) return false;
  if (typeof v68 !== 'string') return false;
  if (v68.length < 1 || (v68.length < 2 && codePoints(v68) < 1)) return false;
  if (v68.length > 64 && codePoints(v68) > 64) return false;
  const v69 = v0.is_default;
  if (v69 !== undefined) {
    if (typeof v69 !== 'boolean') return false;
  }
  const v70 = v0.log_classification;
  if (v70 !== undefined) {
    if (typeof v70 !== 'boolean') return false;
  }
  const v71 = v0.log_management;
  if (v71 !== undefined) {
    if (v71 !== null) {
      if (!Number.isInteger(v71)) return false;
      if ((v71 as number) < 10000) return false;
      if ((v71 as number) > 10000000) return false;
    }
  }
  const v72 = v0.log_management_strategy;
  if (v72 !== undefined) {
    if (v72 !== null) {
      if (!(v72 === 'STOP_INSERTING' || v72 === 'DELETE_OLDEST')) return false;
    }
  }
  const v73 = v0.logpush;
  if (v73 !== undefined) {
    if (typeof v73 !== 'boolean') return false;
  }
  const v74 = v0.logpush_public_key;
  if (v74 !== undefined) {
    if (v74 !== null) {
      if (typeof v74 !== 'string') return false;
      if (v74.length < 16 || (v74.length < 32 && codePoints(v74) < 16)) return false;
      if (v74.length > 1024 && codePoints(v74) > 1024) return false;
    }
  }
  const v75 = v0.modified_at;
  if (v75 === undefined) return false;
  if (typeof v75 !== 'string') return false;
  if (!isDateTime(v75)) return false;
  const v76 = v0.otel;
  if (v76 !== undefined) {
    if (v76 !== null) {
      if (!Array.isArray(v76)) return false;
      const v77: unknown[] = v76;
      if (v77.length > 5) return false;
      for (let v78 = 0; v78 < v77.length; v78++) {
        const v79 = v77[v78];
        if (typeof v79 !== 'object' || v79 === null || Array.isArray(v79)) return false;
        const v80 = v79 as unknown as Record<string, unknown>;
        const v81 = v80.authorization;
        if (v81 !== undefined) {
          if (typeof v81 !== 'string') return false;
          if (v81.length > 256 && codePoints(v81) > 256) return false;
        }
        const v82 = v80.content_type;
        if (v82 !== undefined) {
          if (!(v82 === 'json' || v82 === 'protobuf')) return false;
        }
        const v83 = v80.headers;
        if (v83 === undefined) return false;
        if (typeof v83 !== 'object' || v83 === null || Array.isArray(v83)) return false;
        const v84 = v83 as unknown as Record<string, unknown>;
        for (const v85 of Object.keys(v84)) {
          if (false) continue;
          const v86 = v84[v85];
          if (typeof v86 !== 'string') return false;
          if (v86.length > 4096 && codePoints(v86) > 4096) return false;
        }
        const v87 = v80.url;
        if (v87 === undefined) return false;
        if (typeof v87 !== 'string') return false;
        if (v87.length > 2048 && codePoints(v87) > 2048) return false;
        if (!isUri(v87)) return false;
      }
    }
  }
  const v88 = v0.rate_limiting_interval;
  if (v88 === undefined) return false;
  if (v88 !== null) {
    if (!Number.isInteger(v88)) return false;
    if ((v88 as number) < 0) return false;
  }
  const v89 = v0.rate_limiting_limit;
  if (v89 === undefined) return false;
  if (v89 !== null) {
    if (!Number.isInteger(v89)) return false;
    if ((v89 as number) < 0) return false;
  }
  const v90 = v0.rate_limiting_technique;
  if (v90 !== undefined) {
    if (v90 !== null) {
      if (!(v90 === 'fixed' || v90 === 'sliding')) return false;
    }
  }
  const v91 = v0.retry_backoff;
  if (v91 !== undefined) {
    if (v91 !== null) {
      if (!(v91 === 'constant' || v91 === 'linear' || v91 === 'exponential')) return false;
    }
  }
  const v92 = v0.retry_delay;
  if (v92 !== undefined) {
    if (v92 !== null) {
      if (!Number.isInteger(v92)) return false;
      if ((v92 as number) < 0) return false;
      if ((v92 as number) > 5000) return false;
    }
  }
  const v93 = v0.retry_max_attempts;
  if (v93 !== undefined) {
    if (v93 !== null) {
      if (!Number.isInteger(v93)) return false;
      if ((v93 as number) < 1) return false;
      if ((v93 as number) > 5) return false;
    }
  }
  const v94 = v0.spend_limits;
  if (v94 !== undefined) {
    if (v94 !== null) {
      if (typeof v94 !== 'object' || v94 === null || Array.isArray(v94)) return false;
      const v95 = v94 as unknown as Record<string, unknown>;
      const v96 = v95.enabled;
      if (v96 !== undefined) {
        if (typeof v96 !== 'boolean') return false;
      }
      const v97 = v95.rules;
      if (v97 !== undefined) {
        if (!Array.isArray(v97)) return false;
        const v98: unknown[] = v97;
        if (v98.length > 20) return false;
        for (let v99 = 0; v99 < v98.length; v99++) {
          const v100 = v98[v99];
          if (typeof v100 !== 'object' || v100 === null || Array.isArray(v100)) return false;
          const v101 = v100 as unknown as Record<string, unknown>;
          const v102 = v101.enabled;
          if (v102 !== undefined) {
            if (typeof v102 !== 'boolean') return false;
          }
          const v103 = v101.id;
          if (v103 !== undefined) {
            if (typeof v103 !== 'string') return false;
            if (v103.length < 1 || (v103.length < 2 && codePoints(v103) < 1)) return false;
          }
          const v104 = v101.limit;
          if (v104 === undefined) return false;
          if (typeof v104 !== 'number' || !Number.isFinite(v104)) return false;
          if ((v104 as number) <= 0) return false;
          const v105 = v101.limitType;
          if (v105 === undefined) return false;
          if (!(v105 === 'cost')) return false;
          const v106 = v101.metadata;
          if (v106 !== undefined) {
            if (typeof v106 !== 'object' || v106 === null || Array.isArray(v106)) return false;
            const v107 = v106 as unknown as Record<string, unknown>;
            for (const v108 of Object.keys(v107)) {
              if (false) continue;
              const v109 = v107[v108];
              if (!(check110(v109) || check113(v109))) return false;
            }
          }
          const v120 = v101.model;
          if (v120 !== undefined) {
            if (typeof v120 !== 'object' || v120 === null || Array.isArray(v120)) return false;
            const v121 = v120 as unknown as Record<string, unknown>;
            const v122 = v121.mode;
            if (v122 === undefined) return false;
            if (!(v122 === 'filter')) return false;
            const v123 = v121.values;
            if (v123 === undefined) return false;
            if (!Array.isArray(v123)) return false;
            const v124: unknown[] = v123;
            for (let v125 = 0; v125 < v124.length; v125++) {
              const v126 = v124[v125];
              if (typeof v126 !== 'string') return false;
            }
          }
          const v127 = v101.provider;
          if (v127 !== undefined) {
            if (typeof v127 !== 'object' || v127 === null || Array.isArray(v127)) return false;
            const v128 = v127 as unknown as Record<string, unknown>;
            const v129 = v128.mode;
            if (v129 === undefined) return false;
            if (!(v129 === 'filter')) return false;
            const v130 = v128.values;
            if (v130 === undefined) return false;
            if (!Array.isArray(v130)) return false;
            const v131: unknown[] = v130;
            for (let v132 = 0; v132 < v131.length; v132++) {
              const v133 = v131[v132];
              if (typeof v133 !== 'string') return false;
            }
          }
          const v134 = v101.technique;
          if (v134 !== undefined) {
            if (!(v134 === 'fixed' || v134 === 'sliding')) return false;
          }
          const v135 = v101.window;
          if (v135 === undefined) return false;
          if (!Number.isInteger(v135)) return false;
          if ((v135 as number) <= 0) return false;
        }
      }
    }
  }
  const v136 = v0.store_id;
  if (v136 !== undefined) {
    if (v136 !== null) {
      if (typeof v136 !== 'string') return false;
    }
  }
  const v137 = v0.stripe;
  if (v137 !== undefined) {
    if (v137 !== null) {
      if (typeof v137 !== 'object' || v137 === null || Array.isArray(v137)) return false;
      const v138 = v137 as unknown as Record<string, unknown>;
      const v139 = v138.authorization;
      if (v139 === undefined) return false;
      if (typeof v139 !== 'string') return false;
      const v140 = v138.usage_events;
      if (v140 === undefined) return false;
      if (!Array.isArray(v140)) return false;
      const v141: unknown[] = v140;
      for (let v142 = 0; v142 < v141.length; v142++) {
        const v143 = v141[v142];
        if (typeof v143 !== 'object' || v143 === null || Array.isArray(v143)) return false;
        const v144 = v143 as unknown as Record<string, unknown>;
        const v145 = v144.payload;
        if (v145 === undefined) return false;
        if (typeof v145 !== 'string') return false;
      }
    }
  }
  const v146 = v0.workers_ai_billing_mode;
  if (v146 !== undefined) {
    if (!(v146 === 'postpaid' || v146 === 'unified')) return false;
  }
  const v147 = v0.zdr;
  if (v147 !== undefined) {
    if (typeof v147 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayCreateResponse} is false. */
export function explainAIGatewayCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v148 = value as unknown as Record<string, unknown>;
    const v149 = v148.authentication;
    if (v149 !== undefined) {
      if (typeof v149 !== 'boolean') {
        fail(issues, path + '/authentication', 'boolean', v149);
      }
    }
    const v150 = v148.cache_invalidate_on_update;
    if (v150 === undefined) {
      fail(issues, path + '/cache_invalidate_on_update', 'boolean', v150, 'is required');
    } else {
      if (typeof v150 !== 'boolean') {
        fail(issues, path + '/cache_invalidate_on_update', 'boolean', v150);
      }
    }
    const v151 = v148.cache_ttl;
    if (v151 === undefined) {
      fail(issues, path + '/cache_ttl', 'integer or null', v151, 'is required');
    } else {
      if (v151 !== null) {
        if (!Number.isInteger(v151)) {
          fail(issues, path + '/cache_ttl', 'integer', v151);
        } else {
          if ((v151 as number) < 0) {
            fail(issues, path + '/cache_ttl', 'integer that is >= 0', v151, 'must be >= 0');
          }
        }
      }
    }
    const v152 = v148.collect_logs;
    if (v152 === undefined) {
      fail(issues, path + '/collect_logs', 'boolean', v152, 'is required');
    } else {
      if (typeof v152 !== 'boolean') {
        fail(issues, path + '/collect_logs', 'boolean', v152);
      }
    }
    const v153 = v148.created_at;
    if (v153 === undefined) {
      fail(issues, path + '/created_at', 'string', v153, 'is required');
    } else {
      if (typeof v153 !== 'string') {
        fail(issues, path + '/created_at', 'string', v153);
      } else {
        if (!isDateTime(v153)) {
          fail(issues, path + '/created_at', 'date-time string', v153);
        }
      }
    }
    const v154 = v148.dlp;
    if (v154 !== undefined) {
      if (!(check7(v154) || check15(v154))) {
        fail(
          issues,
          path + '/dlp',
          'a value matching at least one of 2 alternatives (anyOf)',
          v154,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v155 = v148.guardrails;
    if (v155 !== undefined) {
      if (v155 !== null) {
        if (typeof v155 !== 'object' || v155 === null || Array.isArray(v155)) {
          fail(issues, path + '/guardrails', 'object', v155);
        } else {
          const v156 = v155 as unknown as Record<string, unknown>;
          const v157 = v156.prompt;
          if (v157 === undefined) {
            fail(issues, path + '/guardrails' + '/prompt', 'object', v157, 'is required');
          } else {
            if (typeof v157 !== 'object' || v157 === null || Array.isArray(v157)) {
              fail(issues, path + '/guardrails' + '/prompt', 'object', v157);
            } else {
              const v158 = v157 as unknown as Record<string, unknown>;
              const v159 = v158.P1;
              if (v159 !== undefined) {
                if (!(v159 === 'FLAG' || v159 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v159);
                }
              }
              const v160 = v158.S1;
              if (v160 !== undefined) {
                if (!(v160 === 'FLAG' || v160 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v160);
                }
              }
              const v161 = v158.S2;
              if (v161 !== undefined) {
                if (!(v161 === 'FLAG' || v161 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v161);
                }
              }
              const v162 = v158.S3;
              if (v162 !== undefined) {
                if (!(v162 === 'FLAG' || v162 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v162);
                }
              }
              const v163 = v158.S4;
              if (v163 !== undefined) {
                if (!(v163 === 'FLAG' || v163 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v163);
                }
              }
              const v164 = v158.S5;
              if (v164 !== undefined) {
                if (!(v164 === 'FLAG' || v164 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v164);
                }
              }
              const v165 = v158.S6;
              if (v165 !== undefined) {
                if (!(v165 === 'FLAG' || v165 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v165);
                }
              }
              const v166 = v158.S7;
              if (v166 !== undefined) {
                if (!(v166 === 'FLAG' || v166 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v166);
                }
              }
              const v167 = v158.S8;
              if (v167 !== undefined) {
                if (!(v167 === 'FLAG' || v167 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v167);
                }
              }
              const v168 = v158.S9;
              if (v168 !== undefined) {
                if (!(v168 === 'FLAG' || v168 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v168);
                }
              }
              const v169 = v158.S10;
              if (v169 !== undefined) {
                if (!(v169 === 'FLAG' || v169 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v169);
                }
              }
              const v170 = v158.S11;
              if (v170 !== undefined) {
                if (!(v170 === 'FLAG' || v170 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v170);
                }
              }
              const v171 = v158.S12;
              if (v171 !== undefined) {
                if (!(v171 === 'FLAG' || v171 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v171);
                }
              }
              const v172 = v158.S13;
              if (v172 !== undefined) {
                if (!(v172 === 'FLAG' || v172 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v172);
                }
              }
            }
          }
          const v173 = v156.response;
          if (v173 === undefined) {
            fail(issues, path + '/guardrails' + '/response', 'object', v173, 'is required');
          } else {
            if (typeof v173 !== 'object' || v173 === null || Array.isArray(v173)) {
              fail(issues, path + '/guardrails' + '/response', 'object', v173);
            } else {
              const v174 = v173 as unknown as Record<string, unknown>;
              const v175 = v174.P1;
              if (v175 !== undefined) {
                if (!(v175 === 'FLAG' || v175 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v175);
                }
              }
              const v176 = v174.S1;
              if (v176 !== undefined) {
                if (!(v176 === 'FLAG' || v176 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v176);
                }
              }
              const v177 = v174.S2;
              if (v177 !== undefined) {
                if (!(v177 === 'FLAG' || v177 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v177);
                }
              }
              const v178 = v174.S3;
              if (v178 !== undefined) {
                if (!(v178 === 'FLAG' || v178 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v178);
                }
              }
              const v179 = v174.S4;
              if (v179 !== undefined) {
                if (!(v179 === 'FLAG' || v179 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v179);
                }
              }
              const v180 = v174.S5;
              if (v180 !== undefined) {
                if (!(v180 === 'FLAG' || v180 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v180);
                }
              }
              const v181 = v174.S6;
              if (v181 !== undefined) {
                if (!(v181 === 'FLAG' || v181 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v181);
                }
              }
              const v182 = v174.S7;
              if (v182 !== undefined) {
                if (!(v182 === 'FLAG' || v182 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v182);
                }
              }
              const v183 = v174.S8;
              if (v183 !== undefined) {
                if (!(v183 === 'FLAG' || v183 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v183);
                }
              }
              const v184 = v174.S9;
              if (v184 !== undefined) {
                if (!(v184 === 'FLAG' || v184 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v184);
                }
              }
              const v185 = v174.S10;
              if (v185 !== undefined) {
                if (!(v185 === 'FLAG' || v185 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v185);
                }
              }
              const v186 = v174.S11;
              if (v186 !== undefined) {
                if (!(v186 === 'FLAG' || v186 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v186);
                }
              }
              const v187 = v174.S12;
              if (v187 !== undefined) {
                if (!(v187 === 'FLAG' || v187 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v187);
                }
              }
              const v188 = v174.S13;
              if (v188 !== undefined) {
                if (!(v188 === 'FLAG' || v188 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v188);
                }
              }
            }
          }
        }
      }
    }
    const v189 = v148.id;
    if (v189 === undefined) {
      fail(issues, path + '/id', 'string', v189, 'is required');
    } else {
      if (typeof v189 !== 'string') {
        fail(issues, path + '/id', 'string', v189);
      } else {
        if (v189.length < 1 || (v189.length < 2 && codePoints(v189) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v189);
        }
        if (v189.length > 64 && codePoints(v189) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v189);
        }
      }
    }
    const v190 = v148.is_default;
    if (v190 !== undefined) {
      if (typeof v190 !== 'boolean') {
        fail(issues, path + '/is_default', 'boolean', v190);
      }
    }
    const v191 = v148.log_classification;
    if (v191 !== undefined) {
      if (typeof v191 !== 'boolean') {
        fail(issues, path + '/log_classification', 'boolean', v191);
      }
    }
    const v192 = v148.log_management;
    if (v192 !== undefined) {
      if (v192 !== null) {
        if (!Number.isInteger(v192)) {
          fail(issues, path + '/log_management', 'integer', v192);
        } else {
          if ((v192 as number) < 10000) {
            fail(issues, path + '/log_management', 'integer that is >= 10000', v192, 'must be >= 10000');
          }
          if ((v192 as number) > 10000000) {
            fail(issues, path + '/log_management', 'integer that is <= 10000000', v192, 'must be <= 10000000');
          }
        }
      }
    }
    const v193 = v148.log_management_strategy;
    if (v193 !== undefined) {
      if (v193 !== null) {
        if (!(v193 === 'STOP_INSERTING' || v193 === 'DELETE_OLDEST')) {
          fail(issues, path + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v193);
        }
      }
    }
    const v194 = v148.logpush;
    if (v194 !== undefined) {
      if (typeof v194 !== 'boolean') {
        fail(issues, path + '/logpush', 'boolean', v194);
      }
    }
    const v195 = v148.logpush_public_key;
    if (v195 !== undefined) {
      if (v195 !== null) {
        if (typeof v195 !== 'string') {
          fail(issues, path + '/logpush_public_key', 'string', v195);
        } else {
          if (v195.length < 16 || (v195.length < 32 && codePoints(v195) < 16)) {
            fail(issues, path + '/logpush_public_key', 'string of at least 16 characters', v195);
          }
          if (v195.length > 1024 && codePoints(v195) > 1024) {
            fail(issues, path + '/logpush_public_key', 'string of at most 1024 characters', v195);
          }
        }
      }
    }
    const v196 = v148.modified_at;
    if (v196 === undefined) {
      fail(issues, path + '/modified_at', 'string', v196, 'is required');
    } else {
      if (typeof v196 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v196);
      } else {
        if (!isDateTime(v196)) {
          fail(issues, path + '/modified_at', 'date-time string', v196);
        }
      }
    }
    const v197 = v148.otel;
    if (v197 !== undefined) {
      if (v197 !== null) {
        if (!Array.isArray(v197)) {
          fail(issues, path + '/otel', 'array', v197);
        } else {
          const v198: unknown[] = v197 as unknown[];
          if (v198.length > 5) {
            fail(issues, path + '/otel', 'array of at most 5 items', v198);
          }
          for (let v199 = 0; v199 < v198.length; v199++) {
            const v200 = v198[v199];
            if (typeof v200 !== 'object' || v200 === null || Array.isArray(v200)) {
              fail(issues, path + '/otel' + '/' + v199, 'object', v200);
            } else {
              const v201 = v200 as unknown as Record<string, unknown>;
              const v202 = v201.authorization;
              if (v202 !== undefined) {
                if (typeof v202 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v199 + '/authorization', 'string', v202);
                } else {
                  if (v202.length > 256 && codePoints(v202) > 256) {
                    fail(
                      issues,
                      path + '/otel' + '/' + v199 + '/authorization',
                      'string of at most 256 characters',
                      v202,
                    );
                  }
                }
              }
              const v203 = v201.content_type;
              if (v203 !== undefined) {
                if (!(v203 === 'json' || v203 === 'protobuf')) {
                  fail(issues, path + '/otel' + '/' + v199 + '/content_type', 'one of "json", "protobuf"', v203);
                }
              }
              const v204 = v201.headers;
              if (v204 === undefined) {
                fail(issues, path + '/otel' + '/' + v199 + '/headers', 'object', v204, 'is required');
              } else {
                if (typeof v204 !== 'object' || v204 === null || Array.isArray(v204)) {
                  fail(issues, path + '/otel' + '/' + v199 + '/headers', 'object', v204);
                } else {
                  const v205 = v204 as unknown as Record<string, unknown>;
                  for (const v206 of Object.keys(v205)) {
                    if (false) continue;
                    const v207 = v205[v206];
                    if (typeof v207 !== 'string') {
                      fail(issues, path + '/otel' + '/' + v199 + '/headers' + '/' + pointer(v206), 'string', v207);
                    } else {
                      if (v207.length > 4096 && codePoints(v207) > 4096) {
                        fail(
                          issues,
                          path + '/otel' + '/' + v199 + '/headers' + '/' + pointer(v206),
                          'string of at most 4096 characters',
                          v207,
                        );
                      }
                    }
                  }
                }
              }
              const v208 = v201.url;
              if (v208 === undefined) {
                fail(issues, path + '/otel' + '/' + v199 + '/url', 'string', v208, 'is required');
              } else {
                if (typeof v208 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v199 + '/url', 'string', v208);
                } else {
                  if (v208.length > 2048 && codePoints(v208) > 2048) {
                    fail(issues, path + '/otel' + '/' + v199 + '/url', 'string of at most 2048 characters', v208);
                  }
                  if (!isUri(v208)) {
                    fail(issues, path + '/otel' + '/' + v199 + '/url', 'uri string', v208);
                  }
                }
              }
            }
          }
        }
      }
    }
    const v209 = v148.rate_limiting_interval;
    if (v209 === undefined) {
      fail(issues, path + '/rate_limiting_interval', 'integer or null', v209, 'is required');
    } else {
      if (v209 !== null) {
        if (!Number.isInteger(v209)) {
          fail(issues, path + '/rate_limiting_interval', 'integer', v209);
        } else {
          if ((v209 as number) < 0) {
            fail(issues, path + '/rate_limiting_interval', 'integer that is >= 0', v209, 'must be >= 0');
          }
        }
      }
    }
    const v210 = v148.rate_limiting_limit;
    if (v210 === undefined) {
      fail(issues, path + '/rate_limiting_limit', 'integer or null', v210, 'is required');
    } else {
      if (v210 !== null) {
        if (!Number.isInteger(v210)) {
          fail(issues, path + '/rate_limiting_limit', 'integer', v210);
        } else {
          if ((v210 as number) < 0) {
            fail(issues, path + '/rate_limiting_limit', 'integer that is >= 0', v210, 'must be >= 0');
          }
        }
      }
    }
    const v211 = v148.rate_limiting_technique;
    if (v211 !== undefined) {
      if (v211 !== null) {
        if (!(v211 === 'fixed' || v211 === 'sliding')) {
          fail(issues, path + '/rate_limiting_technique', 'one of "fixed", "sliding"', v211);
        }
      }
    }
    const v212 = v148.retry_backoff;
    if (v212 !== undefined) {
      if (v212 !== null) {
        if (!(v212 === 'constant' || v212 === 'linear' || v212 === 'exponential')) {
          fail(issues, path + '/retry_backoff', 'one of "constant", "linear", "exponential"', v212);
        }
      }
    }
    const v213 = v148.retry_delay;
    if (v213 !== undefined) {
      if (v213 !== null) {
        if (!Number.isInteger(v213)) {
          fail(issues, path + '/retry_delay', 'integer', v213);
        } else {
          if ((v213 as number) < 0) {
            fail(issues, path + '/retry_delay', 'integer that is >= 0', v213, 'must be >= 0');
          }
          if ((v213 as number) > 5000) {
            fail(issues, path + '/retry_delay', 'integer that is <= 5000', v213, 'must be <= 5000');
          }
        }
      }
    }
    const v214 = v148.retry_max_attempts;
    if (v214 !== undefined) {
      if (v214 !== null) {
        if (!Number.isInteger(v214)) {
          fail(issues, path + '/retry_max_attempts', 'integer', v214);
        } else {
          if ((v214 as number) < 1) {
            fail(issues, path + '/retry_max_attempts', 'integer that is >= 1', v214, 'must be >= 1');
          }
          if ((v214 as number) > 5) {
            fail(issues, path + '/retry_max_attempts', 'integer that is <= 5', v214, 'must be <= 5');
          }
        }
      }
    }
    const v215 = v148.spend_limits;
    if (v215 !== undefined) {
      if (v215 !== null) {
        if (typeof v215 !== 'object' || v215 === null || Array.isArray(v215)) {
          fail(issues, path + '/spend_limits', 'object', v215);
        } else {
          const v216 = v215 as unknown as Record<string, unknown>;
          const v217 = v216.enabled;
          if (v217 !== undefined) {
            if (typeof v217 !== 'boolean') {
              fail(issues, path + '/spend_limits' + '/enabled', 'boolean', v217);
            }
          }
          const v218 = v216.rules;
          if (v218 !== undefined) {
            if (!Array.isArray(v218)) {
              fail(issues, path + '/spend_limits' + '/rules', 'array', v218);
            } else {
              const v219: unknown[] = v218 as unknown[];
              if (v219.length > 20) {
                fail(issues, path + '/spend_limits' + '/rules', 'array of at most 20 items', v219);
              }
              for (let v220 = 0; v220 < v219.length; v220++) {
                const v221 = v219[v220];
                if (typeof v221 !== 'object' || v221 === null || Array.isArray(v221)) {
                  fail(issues, path + '/spend_limits' + '/rules' + '/' + v220, 'object', v221);
                } else {
                  const v222 = v221 as unknown as Record<string, unknown>;
                  const v223 = v222.enabled;
                  if (v223 !== undefined) {
                    if (typeof v223 !== 'boolean') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/enabled', 'boolean', v223);
                    }
                  }
                  const v224 = v222.id;
                  if (v224 !== undefined) {
                    if (typeof v224 !== 'string') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/id', 'string', v224);
                    } else {
                      if (v224.length < 1 || (v224.length < 2 && codePoints(v224) < 1)) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/id',
                          'string of at least 1 characters',
                          v224,
                        );
                      }
                    }
                  }
                  const v225 = v222.limit;
                  if (v225 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v220 + '/limit',
                      'number',
                      v225,
                      'is required',
                    );
                  } else {
                    if (typeof v225 !== 'number' || !Number.isFinite(v225)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/limit', 'number', v225);
                    } else {
                      if ((v225 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/limit',
                          'number that is > 0',
                          v225,
                          'must be > 0',
                        );
                      }
                    }
                  }
                  const v226 = v222.limitType;
                  if (v226 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v220 + '/limitType',
                      'enum',
                      v226,
                      'is required',
                    );
                  } else {
                    if (!(v226 === 'cost')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v220 + '/limitType',
                        'one of "cost"',
                        v226,
                      );
                    }
                  }
                  const v227 = v222.metadata;
                  if (v227 !== undefined) {
                    if (typeof v227 !== 'object' || v227 === null || Array.isArray(v227)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/metadata', 'object', v227);
                    } else {
                      const v228 = v227 as unknown as Record<string, unknown>;
                      for (const v229 of Object.keys(v228)) {
                        if (false) continue;
                        const v230 = v228[v229];
                        if (!(check110(v230) || check113(v230))) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v220 + '/metadata' + '/' + pointer(v229),
                            'a value matching at least one of 2 alternatives (anyOf)',
                            v230,
                            'matches none of the anyOf alternatives',
                          );
                        }
                      }
                    }
                  }
                  const v231 = v222.model;
                  if (v231 !== undefined) {
                    if (typeof v231 !== 'object' || v231 === null || Array.isArray(v231)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/model', 'object', v231);
                    } else {
                      const v232 = v231 as unknown as Record<string, unknown>;
                      const v233 = v232.mode;
                      if (v233 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/model' + '/mode',
                          'enum',
                          v233,
                          'is required',
                        );
                      } else {
                        if (!(v233 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v220 + '/model' + '/mode',
                            'one of "filter"',
                            v233,
                          );
                        }
                      }
                      const v234 = v232.values;
                      if (v234 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/model' + '/values',
                          'array',
                          v234,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v234)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v220 + '/model' + '/values',
                            'array',
                            v234,
                          );
                        } else {
                          const v235: unknown[] = v234 as unknown[];
                          for (let v236 = 0; v236 < v235.length; v236++) {
                            const v237 = v235[v236];
                            if (typeof v237 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v220 + '/model' + '/values' + '/' + v236,
                                'string',
                                v237,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v238 = v222.provider;
                  if (v238 !== undefined) {
                    if (typeof v238 !== 'object' || v238 === null || Array.isArray(v238)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/provider', 'object', v238);
                    } else {
                      const v239 = v238 as unknown as Record<string, unknown>;
                      const v240 = v239.mode;
                      if (v240 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/provider' + '/mode',
                          'enum',
                          v240,
                          'is required',
                        );
                      } else {
                        if (!(v240 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v220 + '/provider' + '/mode',
                            'one of "filter"',
                            v240,
                          );
                        }
                      }
                      const v241 = v239.values;
                      if (v241 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/provider' + '/values',
                          'array',
                          v241,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v241)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v220 + '/provider' + '/values',
                            'array',
                            v241,
                          );
                        } else {
                          const v242: unknown[] = v241 as unknown[];
                          for (let v243 = 0; v243 < v242.length; v243++) {
                            const v244 = v242[v243];
                            if (typeof v244 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v220 + '/provider' + '/values' + '/' + v243,
                                'string',
                                v244,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v245 = v222.technique;
                  if (v245 !== undefined) {
                    if (!(v245 === 'fixed' || v245 === 'sliding')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v220 + '/technique',
                        'one of "fixed", "sliding"',
                        v245,
                      );
                    }
                  }
                  const v246 = v222.window;
                  if (v246 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v220 + '/window',
                      'integer',
                      v246,
                      'is required',
                    );
                  } else {
                    if (!Number.isInteger(v246)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v220 + '/window', 'integer', v246);
                    } else {
                      if ((v246 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v220 + '/window',
                          'integer that is > 0',
                          v246,
                          'must be > 0',
                        );
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
    const v247 = v148.store_id;
    if (v247 !== undefined) {
      if (v247 !== null) {
        if (typeof v247 !== 'string') {
          fail(issues, path + '/store_id', 'string', v247);
        } else {
        }
      }
    }
    const v248 = v148.stripe;
    if (v248 !== undefined) {
      if (v248 !== null) {
        if (typeof v248 !== 'object' || v248 === null || Array.isArray(v248)) {
          fail(issues, path + '/stripe', 'object', v248);
        } else {
          const v249 = v248 as unknown as Record<string, unknown>;
          const v250 = v249.authorization;
          if (v250 === undefined) {
            fail(issues, path + '/stripe' + '/authorization', 'string', v250, 'is required');
          } else {
            if (typeof v250 !== 'string') {
              fail(issues, path + '/stripe' + '/authorization', 'string', v250);
            } else {
            }
          }
          const v251 = v249.usage_events;
          if (v251 === undefined) {
            fail(issues, path + '/stripe' + '/usage_events', 'array', v251, 'is required');
          } else {
            if (!Array.isArray(v251)) {
              fail(issues, path + '/stripe' + '/usage_events', 'array', v251);
            } else {
              const v252: unknown[] = v251 as unknown[];
              for (let v253 = 0; v253 < v252.length; v253++) {
                const v254 = v252[v253];
                if (typeof v254 !== 'object' || v254 === null || Array.isArray(v254)) {
                  fail(issues, path + '/stripe' + '/usage_events' + '/' + v253, 'object', v254);
                } else {
                  const v255 = v254 as unknown as Record<string, unknown>;
                  const v256 = v255.payload;
                  if (v256 === undefined) {
                    fail(
                      issues,
                      path + '/stripe' + '/usage_events' + '/' + v253 + '/payload',
                      'string',
                      v256,
                      'is required',
                    );
                  } else {
                    if (typeof v256 !== 'string') {
                      fail(issues, path + '/stripe' + '/usage_events' + '/' + v253 + '/payload', 'string', v256);
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
    const v257 = v148.workers_ai_billing_mode;
    if (v257 !== undefined) {
      if (!(v257 === 'postpaid' || v257 === 'unified')) {
        fail(issues, path + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v257);
      }
    }
    const v258 = v148.zdr;
    if (v258 !== undefined) {
      if (typeof v258 !== 'boolean') {
        fail(issues, path + '/zdr', 'boolean', v258);
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayCreateResponse(value: unknown): ValidationResult<AIGatewayCreateResponse> {
  return isAIGatewayCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayCreateResponse) };
}

/** Whether `value` is a valid {@link AIGatewayDeleteResponse}. Fast: returns at the first problem. */
export function isAIGatewayDeleteResponse(value: unknown): value is AIGatewayDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v259 = value as unknown as Record<string, unknown>;
  const v260 = v259.authentication;
  if (v260 !== undefined) {
    if (typeof v260 !== 'boolean') return false;
  }
  const v261 = v259.cache_invalidate_on_update;
  if (v261 === undefined) return false;
  if (typeof v261 !== 'boolean') return false;
  const v262 = v259.cache_ttl;
  if (v262 === undefined) return false;
  if (v262 !== null) {
    if (!Number.isInteger(v262)) return false;
    if ((v262 as number) < 0) return false;
  }
  const v263 = v259.collect_logs;
  if (v263 === undefined) return false;
  if (typeof v263 !== 'boolean') return false;
  const v264 = v259.created_at;
  if (v264 === undefined) return false;
  if (typeof v264 !== 'string') return false;
  if (!isDateTime(v264)) return false;
  const v265 = v259.dlp;
  if (v265 !== undefined) {
    if (!(check7(v265) || check15(v265))) return false;
  }
  const v266 = v259.guardrails;
  if (v266 !== undefined) {
    if (v266 !== null) {
      if (typeof v266 !== 'object' || v266 === null || Array.isArray(v266)) return false;
      const v267 = v266 as unknown as Record<string, unknown>;
      const v268 = v267.prompt;
      if (v268 === undefined) return false;
      if (typeof v268 !== 'object' || v268 === null || Array.isArray(v268)) return false;
      const v269 = v268 as unknown as Record<string, unknown>;
      const v270 = v269.P1;
      if (v270 !== undefined) {
        if (!(v270 === 'FLAG' || v270 === 'BLOCK')) return false;
      }
      const v271 = v269.S1;
      if (v271 !== undefined) {
        if (!(v271 === 'FLAG' || v271 === 'BLOCK')) return false;
      }
      const v272 = v269.S2;
      if (v272 !== undefined) {
        if (!(v272 === 'FLAG' || v272 === 'BLOCK')) return false;
      }
      const v273 = v269.S3;
      if (v273 !== undefined) {
        if (!(v273 === 'FLAG' || v273 === 'BLOCK')) return false;
      }
      const v274 = v269.S4;
      if (v274 !== undefined) {
        if (!(v274 === 'FLAG' || v274 === 'BLOCK')) return false;
      }
      const v275 = v269.S5;
      if (v275 !== undefined) {
        if (!(v275 === 'FLAG' || v275 === 'BLOCK')) return false;
      }
      const v276 = v269.S6;
      if (v276 !== undefined) {
        if (!(v276 === 'FLAG' || v276 === 'BLOCK')) return false;
      }
      const v277 = v269.S7;
      if (v277 !== undefined) {
        if (!(v277 === 'FLAG' || v277 === 'BLOCK')) return false;
      }
      const v278 = v269.S8;
      if (v278 !== undefined) {
        if (!(v278 === 'FLAG' || v278 === 'BLOCK')) return false;
      }
      const v279 = v269.S9;
      if (v279 !== undefined) {
        if (!(v279 === 'FLAG' || v279 === 'BLOCK')) return false;
      }
      const v280 = v269.S10;
      if (v280 !== undefined) {
        if (!(v280 === 'FLAG' || v280 === 'BLOCK')) return false;
      }
      const v281 = v269.S11;
      if (v281 !== undefined) {
        if (!(v281 === 'FLAG' || v281 === 'BLOCK')) return false;
      }
      const v282 = v269.S12;
      if (v282 !== undefined) {
        if (!(v282 === 'FLAG' || v282 === 'BLOCK')) return false;
      }
      const v283 = v269.S13;
      if (v283 !== undefined) {
        if (!(v283 === 'FLAG' || v283 === 'BLOCK')) return false;
      }
      const v284 = v267.response;
      if (v284 === undefined) return false;
      if (typeof v284 !== 'object' || v284 === null || Array.isArray(v284)) return false;
      const v285 = v284 as unknown as Record<string, unknown>;
      const v286 = v285.P1;
      if (v286 !== undefined) {
        if (!(v286 === 'FLAG' || v286 === 'BLOCK')) return false;
      }
      const v287 = v285.S1;
      if (v287 !== undefined) {
        if (!(v287 === 'FLAG' || v287 === 'BLOCK')) return false;
      }
      const v288 = v285.S2;
      if (v288 !== undefined) {
        if (!(v288 === 'FLAG' || v288 === 'BLOCK')) return false;
      }
      const v289 = v285.S3;
      if (v289 !== undefined) {
        if (!(v289 === 'FLAG' || v289 === 'BLOCK')) return false;
      }
      const v290 = v285.S4;
      if (v290 !== undefined) {
        if (!(v290 === 'FLAG' || v290 === 'BLOCK')) return false;
      }
      const v291 = v285.S5;
      if (v291 !== undefined) {
        if (!(v291 === 'FLAG' || v291 === 'BLOCK')) return false;
      }
      const v292 = v285.S6;
      if (v292 !== undefined) {
        if (!(v292 === 'FLAG' || v292 === 'BLOCK')) return false;
      }
      const v293 = v285.S7;
      if (v293 !== undefined) {
        if (!(v293 === 'FLAG' || v293 === 'BLOCK')) return false;
      }
      const v294 = v285.S8;
      if (v294 !== undefined) {
        if (!(v294 === 'FLAG' || v294 === 'BLOCK')) return false;
      }
      const v295 = v285.S9;
      if (v295 !== undefined) {
        if (!(v295 === 'FLAG' || v295 === 'BLOCK')) return false;
      }
      const v296 = v285.S10;
      if (v296 !== undefined) {
        if (!(v296 === 'FLAG' || v296 === 'BLOCK')) return false;
      }
      const v297 = v285.S11;
      if (v297 !== undefined) {
        if (!(v297 === 'FLAG' || v297 === 'BLOCK')) return false;
      }
      const v298 = v285.S12;
      if (v298 !== undefined) {
        if (!(v298 === 'FLAG' || v298 === 'BLOCK')) return false;
      }
      const v299 = v285.S13;
      if (v299 !== undefined) {
        if (!(v299 === 'FLAG' || v299 === 'BLOCK')) return false;
      }
    }
  }
  const v300 = v259.id;
  if (v300 === undefined) return false;
  if (typeof v300 !== 'string') return false;
  if (v300.length < 1 || (v300.length < 2 && codePoints(v300) < 1)) return false;
  if (v300.length > 64 && codePoints(v300) > 64) return false;
  const v301 = v259.is_default;
  if (v301 !== undefined) {
    if (typeof v301 !== 'boolean') return false;
  }
  const v302 = v259.log_classification;
  if (v302 !== undefined) {
    if (typeof v302 !== 'boolean') return false;
  }
  const v303 = v259.log_management;
  if (v303 !== undefined) {
    if (v303 !== null) {
      if (!Number.isInteger(v303)) return false;
      if ((v303 as number) < 10000) return false;
      if ((v303 as number) > 10000000) return false;
    }
  }
  const v304 = v259.log_management_strategy;
  if (v304 !== undefined) {
    if (v304 !== null) {
      if (!(v304 === 'STOP_INSERTING' || v304 === 'DELETE_OLDEST')) return false;
    }
  }
  const v305 = v259.logpush;
  if (v305 !== undefined) {
    if (typeof v305 !== 'boolean') return false;
  }
  const v306 = v259.logpush_public_key;
  if (v306 !== undefined) {
    if (v306 !== null) {
      if (typeof v306 !== 'string') return false;
      if (v306.length < 16 || (v306.length < 32 && codePoints(v306) < 16)) return false;
      if (v306.length > 1024 && codePoints(v306) > 1024) return false;
    }
  }
  const v307 = v259.modified_at;
  if (v307 === undefined) return false;
  if (typeof v307 !== 'string') return false;
  if (!isDateTime(v307)) return false;
  const v308 = v259.otel;
  if (v308 !== undefined) {
    if (v308 !== null) {
      if (!Array.isArray(v308)) return false;
      const v309: unknown[] = v308;
      if (v309.length > 5) return false;
      for (let v310 = 0; v310 < v309.length; v310++) {
        const v311 = v309[v310];
        if (typeof v311 !== 'object' || v311 === null || Array.isArray(v311)) return false;
        const v312 = v311 as unknown as Record<string, unknown>;
        const v313 = v312.authorization;
        if (v313 !== undefined) {
          if (typeof v313 !== 'string') return false;
          if (v313.length > 256 && codePoints(v313) > 256) return false;
        }
        const v314 = v312.content_type;
        if (v314 !== undefined) {
          if (!(v314 === 'json' || v314 === 'protobuf')) return false;
        }
        const v315 = v312.headers;
        if (v315 === undefined) return false;
        if (typeof v315 !== 'object' || v315 === null || Array.isArray(v315)) return false;
        const v316 = v315 as unknown as Record<string, unknown>;
        for (const v317 of Object.keys(v316)) {
          if (false) continue;
          const v318 = v316[v317];
          if (typeof v318 !== 'string') return false;
          if (v318.length > 4096 && codePoints(v318) > 4096) return false;
        }
        const v319 = v312.url;
        if (v319 === undefined) return false;
        if (typeof v319 !== 'string') return false;
        if (v319.length > 2048 && codePoints(v319) > 2048) return false;
        if (!isUri(v319)) return false;
      }
    }
  }
  const v320 = v259.rate_limiting_interval;
  if (v320 === undefined) return false;
  if (v320 !== null) {
    if (!Number.isInteger(v320)) return false;
    if ((v320 as number) < 0) return false;
  }
  const v321 = v259.rate_limiting_limit;
  if (v321 === undefined) return false;
  if (v321 !== null) {
    if (!Number.isInteger(v321)) return false;
    if ((v321 as number) < 0) return false;
  }
  const v322 = v259.rate_limiting_technique;
  if (v322 !== undefined) {
    if (v322 !== null) {
      if (!(v322 === 'fixed' || v322 === 'sliding')) return false;
    }
  }
  const v323 = v259.retry_backoff;
  if (v323 !== undefined) {
    if (v323 !== null) {
      if (!(v323 === 'constant' || v323 === 'linear' || v323 === 'exponential')) return false;
    }
  }
  const v324 = v259.retry_delay;
  if (v324 !== undefined) {
    if (v324 !== null) {
      if (!Number.isInteger(v324)) return false;
      if ((v324 as number) < 0) return false;
      if ((v324 as number) > 5000) return false;
    }
  }
  const v325 = v259.retry_max_attempts;
  if (v325 !== undefined) {
    if (v325 !== null) {
      if (!Number.isInteger(v325)) return false;
      if ((v325 as number) < 1) return false;
      if ((v325 as number) > 5) return false;
    }
  }
  const v326 = v259.spend_limits;
  if (v326 !== undefined) {
    if (v326 !== null) {
      if (typeof v326 !== 'object' || v326 === null || Array.isArray(v326)) return false;
      const v327 = v326 as unknown as Record<string, unknown>;
      const v328 = v327.enabled;
      if (v328 !== undefined) {
        if (typeof v328 !== 'boolean') return false;
      }
      const v329 = v327.rules;
      if (v329 !== undefined) {
        if (!Array.isArray(v329)) return false;
        const v330: unknown[] = v329;
        if (v330.length > 20) return false;
        for (let v331 = 0; v331 < v330.length; v331++) {
          const v332 = v330[v331];
          if (typeof v332 !== 'object' || v332 === null || Array.isArray(v332)) return false;
          const v333 = v332 as unknown as Record<string, unknown>;
          const v334 = v333.enabled;
          if (v334 !== undefined) {
            if (typeof v334 !== 'boolean') return false;
          }
          const v335 = v333.id;
          if (v335 !== undefined) {
            if (typeof v335 !== 'string') return false;
            if (v335.length < 1 || (v335.length < 2 && codePoints(v335) < 1)) return false;
          }
          const v336 = v333.limit;
          if (v336 === undefined) return false;
          if (typeof v336 !== 'number' || !Number.isFinite(v336)) return false;
          if ((v336 as number) <= 0) return false;
          const v337 = v333.limitType;
          if (v337 === undefined) return false;
          if (!(v337 === 'cost')) return false;
          const v338 = v333.metadata;
          if (v338 !== undefined) {
            if (typeof v338 !== 'object' || v338 === null || Array.isArray(v338)) return false;
            const v339 = v338 as unknown as Record<string, unknown>;
            for (const v340 of Object.keys(v339)) {
              if (false) continue;
              const v341 = v339[v340];
              if (!(check110(v341) || check113(v341))) return false;
            }
          }
          const v342 = v333.model;
          if (v342 !== undefined) {
            if (typeof v342 !== 'object' || v342 === null || Array.isArray(v342)) return false;
            const v343 = v342 as unknown as Record<string, unknown>;
            const v344 = v343.mode;
            if (v344 === undefined) return false;
            if (!(v344 === 'filter')) return false;
            const v345 = v343.values;
            if (v345 === undefined) return false;
            if (!Array.isArray(v345)) return false;
            const v346: unknown[] = v345;
            for (let v347 = 0; v347 < v346.length; v347++) {
              const v348 = v346[v347];
              if (typeof v348 !== 'string') return false;
            }
          }
          const v349 = v333.provider;
          if (v349 !== undefined) {
            if (typeof v349 !== 'object' || v349 === null || Array.isArray(v349)) return false;
            const v350 = v349 as unknown as Record<string, unknown>;
            const v351 = v350.mode;
            if (v351 === undefined) return false;
            if (!(v351 === 'filter')) return false;
            const v352 = v350.values;
            if (v352 === undefined) return false;
            if (!Array.isArray(v352)) return false;
            const v353: unknown[] = v352;
            for (let v354 = 0; v354 < v353.length; v354++) {
              const v355 = v353[v354];
              if (typeof v355 !== 'string') return false;
            }
          }
          const v356 = v333.technique;
          if (v356 !== undefined) {
            if (!(v356 === 'fixed' || v356 === 'sliding')) return false;
          }
          const v357 = v333.window;
          if (v357 === undefined) return false;
          if (!Number.isInteger(v357)) return false;
          if ((v357 as number) <= 0) return false;
        }
      }
    }
  }
  const v358 = v259.store_id;
  if (v358 !== undefined) {
    if (v358 !== null) {
      if (typeof v358 !== 'string') return false;
    }
  }
  const v359 = v259.stripe;
  if (v359 !== undefined) {
    if (v359 !== null) {
      if (typeof v359 !== 'object' || v359 === null || Array.isArray(v359)) return false;
      const v360 = v359 as unknown as Record<string, unknown>;
      const v361 = v360.authorization;
      if (v361 === undefined) return false;
      if (typeof v361 !== 'string') return false;
      const v362 = v360.usage_events;
      if (v362 === undefined) return false;
      if (!Array.isArray(v362)) return false;
      const v363: unknown[] = v362;
      for (let v364 = 0; v364 < v363.length; v364++) {
        const v365 = v363[v364];
        if (typeof v365 !== 'object' || v365 === null || Array.isArray(v365)) return false;
        const v366 = v365 as unknown as Record<string, unknown>;
        const v367 = v366.payload;
        if (v367 === undefined) return false;
        if (typeof v367 !== 'string') return false;
      }
    }
  }
  const v368 = v259.workers_ai_billing_mode;
  if (v368 !== undefined) {
    if (!(v368 === 'postpaid' || v368 === 'unified')) return false;
  }
  const v369 = v259.zdr;
  if (v369 !== undefined) {
    if (typeof v369 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayDeleteResponse} is false. */
export function explainAIGatewayDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v370 = value as unknown as Record<string, unknown>;
    const v371 = v370.authentication;
    if (v371 !== undefined) {
      if (typeof v371 !== 'boolean') {
        fail(issues, path + '/authentication', 'boolean', v371);
      }
    }
    const v372 = v370.cache_invalidate_on_update;
    if (v372 === undefined) {
      fail(issues, path + '/cache_invalidate_on_update', 'boolean', v372, 'is required');
    } else {
      if (typeof v372 !== 'boolean') {
        fail(issues, path + '/cache_invalidate_on_update', 'boolean', v372);
      }
    }
    const v373 = v370.cache_ttl;
    if (v373 === undefined) {
      fail(issues, path + '/cache_ttl', 'integer or null', v373, 'is required');
    } else {
      if (v373 !== null) {
        if (!Number.isInteger(v373)) {
          fail(issues, path + '/cache_ttl', 'integer', v373);
        } else {
          if ((v373 as number) < 0) {
            fail(issues, path + '/cache_ttl', 'integer that is >= 0', v373, 'must be >= 0');
          }
        }
      }
    }
    const v374 = v370.collect_logs;
    if (v374 === undefined) {
      fail(issues, path + '/collect_logs', 'boolean', v374, 'is required');
    } else {
      if (typeof v374 !== 'boolean') {
        fail(issues, path + '/collect_logs', 'boolean', v374);
      }
    }
    const v375 = v370.created_at;
    if (v375 === undefined) {
      fail(issues, path + '/created_at', 'string', v375, 'is required');
    } else {
      if (typeof v375 !== 'string') {
        fail(issues, path + '/created_at', 'string', v375);
      } else {
        if (!isDateTime(v375)) {
          fail(issues, path + '/created_at', 'date-time string', v375);
        }
      }
    }
    const v376 = v370.dlp;
    if (v376 !== undefined) {
      if (!(check7(v376) || check15(v376))) {
        fail(
          issues,
          path + '/dlp',
          'a value matching at least one of 2 alternatives (anyOf)',
          v376,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v377 = v370.guardrails;
    if (v377 !== undefined) {
      if (v377 !== null) {
        if (typeof v377 !== 'object' || v377 === null || Array.isArray(v377)) {
          fail(issues, path + '/guardrails', 'object', v377);
        } else {
          const v378 = v377 as unknown as Record<string, unknown>;
          const v379 = v378.prompt;
          if (v379 === undefined) {
            fail(issues, path + '/guardrails' + '/prompt', 'object', v379, 'is required');
          } else {
            if (typeof v379 !== 'object' || v379 === null || Array.isArray(v379)) {
              fail(issues, path + '/guardrails' + '/prompt', 'object', v379);
            } else {
              const v380 = v379 as unknown as Record<string, unknown>;
              const v381 = v380.P1;
              if (v381 !== undefined) {
                if (!(v381 === 'FLAG' || v381 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v381);
                }
              }
              const v382 = v380.S1;
              if (v382 !== undefined) {
                if (!(v382 === 'FLAG' || v382 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v382);
                }
              }
              const v383 = v380.S2;
              if (v383 !== undefined) {
                if (!(v383 === 'FLAG' || v383 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v383);
                }
              }
              const v384 = v380.S3;
              if (v384 !== undefined) {
                if (!(v384 === 'FLAG' || v384 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v384);
                }
              }
              const v385 = v380.S4;
              if (v385 !== undefined) {
                if (!(v385 === 'FLAG' || v385 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v385);
                }
              }
              const v386 = v380.S5;
              if (v386 !== undefined) {
                if (!(v386 === 'FLAG' || v386 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v386);
                }
              }
              const v387 = v380.S6;
              if (v387 !== undefined) {
                if (!(v387 === 'FLAG' || v387 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v387);
                }
              }
              const v388 = v380.S7;
              if (v388 !== undefined) {
                if (!(v388 === 'FLAG' || v388 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v388);
                }
              }
              const v389 = v380.S8;
              if (v389 !== undefined) {
                if (!(v389 === 'FLAG' || v389 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v389);
                }
              }
              const v390 = v380.S9;
              if (v390 !== undefined) {
                if (!(v390 === 'FLAG' || v390 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v390);
                }
              }
              const v391 = v380.S10;
              if (v391 !== undefined) {
                if (!(v391 === 'FLAG' || v391 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v391);
                }
              }
              const v392 = v380.S11;
              if (v392 !== undefined) {
                if (!(v392 === 'FLAG' || v392 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v392);
                }
              }
              const v393 = v380.S12;
              if (v393 !== undefined) {
                if (!(v393 === 'FLAG' || v393 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v393);
                }
              }
              const v394 = v380.S13;
              if (v394 !== undefined) {
                if (!(v394 === 'FLAG' || v394 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v394);
                }
              }
            }
          }
          const v395 = v378.response;
          if (v395 === undefined) {
            fail(issues, path + '/guardrails' + '/response', 'object', v395, 'is required');
          } else {
            if (typeof v395 !== 'object' || v395 === null || Array.isArray(v395)) {
              fail(issues, path + '/guardrails' + '/response', 'object', v395);
            } else {
              const v396 = v395 as unknown as Record<string, unknown>;
              const v397 = v396.P1;
              if (v397 !== undefined) {
                if (!(v397 === 'FLAG' || v397 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v397);
                }
              }
              const v398 = v396.S1;
              if (v398 !== undefined) {
                if (!(v398 === 'FLAG' || v398 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v398);
                }
              }
              const v399 = v396.S2;
              if (v399 !== undefined) {
                if (!(v399 === 'FLAG' || v399 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v399);
                }
              }
              const v400 = v396.S3;
              if (v400 !== undefined) {
                if (!(v400 === 'FLAG' || v400 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v400);
                }
              }
              const v401 = v396.S4;
              if (v401 !== undefined) {
                if (!(v401 === 'FLAG' || v401 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v401);
                }
              }
              const v402 = v396.S5;
              if (v402 !== undefined) {
                if (!(v402 === 'FLAG' || v402 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v402);
                }
              }
              const v403 = v396.S6;
              if (v403 !== undefined) {
                if (!(v403 === 'FLAG' || v403 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v403);
                }
              }
              const v404 = v396.S7;
              if (v404 !== undefined) {
                if (!(v404 === 'FLAG' || v404 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v404);
                }
              }
              const v405 = v396.S8;
              if (v405 !== undefined) {
                if (!(v405 === 'FLAG' || v405 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v405);
                }
              }
              const v406 = v396.S9;
              if (v406 !== undefined) {
                if (!(v406 === 'FLAG' || v406 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v406);
                }
              }
              const v407 = v396.S10;
              if (v407 !== undefined) {
                if (!(v407 === 'FLAG' || v407 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v407);
                }
              }
              const v408 = v396.S11;
              if (v408 !== undefined) {
                if (!(v408 === 'FLAG' || v408 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v408);
                }
              }
              const v409 = v396.S12;
              if (v409 !== undefined) {
                if (!(v409 === 'FLAG' || v409 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v409);
                }
              }
              const v410 = v396.S13;
              if (v410 !== undefined) {
                if (!(v410 === 'FLAG' || v410 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v410);
                }
              }
            }
          }
        }
      }
    }
    const v411 = v370.id;
    if (v411 === undefined) {
      fail(issues, path + '/id', 'string', v411, 'is required');
    } else {
      if (typeof v411 !== 'string') {
        fail(issues, path + '/id', 'string', v411);
      } else {
        if (v411.length < 1 || (v411.length < 2 && codePoints(v411) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v411);
        }
        if (v411.length > 64 && codePoints(v411) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v411);
        }
      }
    }
    const v412 = v370.is_default;
    if (v412 !== undefined) {
      if (typeof v412 !== 'boolean') {
        fail(issues, path + '/is_default', 'boolean', v412);
      }
    }
    const v413 = v370.log_classification;
    if (v413 !== undefined) {
      if (typeof v413 !== 'boolean') {
        fail(issues, path + '/log_classification', 'boolean', v413);
      }
    }
    const v414 = v370.log_management;
    if (v414 !== undefined) {
      if (v414 !== null) {
        if (!Number.isInteger(v414)) {
          fail(issues, path + '/log_management', 'integer', v414);
        } else {
          if ((v414 as number) < 10000) {
            fail(issues, path + '/log_management', 'integer that is >= 10000', v414, 'must be >= 10000');
          }
          if ((v414 as number) > 10000000) {
            fail(issues, path + '/log_management', 'integer that is <= 10000000', v414, 'must be <= 10000000');
          }
        }
      }
    }
    const v415 = v370.log_management_strategy;
    if (v415 !== undefined) {
      if (v415 !== null) {
        if (!(v415 === 'STOP_INSERTING' || v415 === 'DELETE_OLDEST')) {
          fail(issues, path + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v415);
        }
      }
    }
    const v416 = v370.logpush;
    if (v416 !== undefined) {
      if (typeof v416 !== 'boolean') {
        fail(issues, path + '/logpush', 'boolean', v416);
      }
    }
    const v417 = v370.logpush_public_key;
    if (v417 !== undefined) {
      if (v417 !== null) {
        if (typeof v417 !== 'string') {
          fail(issues, path + '/logpush_public_key', 'string', v417);
        } else {
          if (v417.length < 16 || (v417.length < 32 && codePoints(v417) < 16)) {
            fail(issues, path + '/logpush_public_key', 'string of at least 16 characters', v417);
          }
          if (v417.length > 1024 && codePoints(v417) > 1024) {
            fail(issues, path + '/logpush_public_key', 'string of at most 1024 characters', v417);
          }
        }
      }
    }
    const v418 = v370.modified_at;
    if (v418 === undefined) {
      fail(issues, path + '/modified_at', 'string', v418, 'is required');
    } else {
      if (typeof v418 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v418);
      } else {
        if (!isDateTime(v418)) {
          fail(issues, path + '/modified_at', 'date-time string', v418);
        }
      }
    }
    const v419 = v370.otel;
    if (v419 !== undefined) {
      if (v419 !== null) {
        if (!Array.isArray(v419)) {
          fail(issues, path + '/otel', 'array', v419);
        } else {
          const v420: unknown[] = v419 as unknown[];
          if (v420.length > 5) {
            fail(issues, path + '/otel', 'array of at most 5 items', v420);
          }
          for (let v421 = 0; v421 < v420.length; v421++) {
            const v422 = v420[v421];
            if (typeof v422 !== 'object' || v422 === null || Array.isArray(v422)) {
              fail(issues, path + '/otel' + '/' + v421, 'object', v422);
            } else {
              const v423 = v422 as unknown as Record<string, unknown>;
              const v424 = v423.authorization;
              if (v424 !== undefined) {
                if (typeof v424 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v421 + '/authorization', 'string', v424);
                } else {
                  if (v424.length > 256 && codePoints(v424) > 256) {
                    fail(
                      issues,
                      path + '/otel' + '/' + v421 + '/authorization',
                      'string of at most 256 characters',
                      v424,
                    );
                  }
                }
              }
              const v425 = v423.content_type;
              if (v425 !== undefined) {
                if (!(v425 === 'json' || v425 === 'protobuf')) {
                  fail(issues, path + '/otel' + '/' + v421 + '/content_type', 'one of "json", "protobuf"', v425);
                }
              }
              const v426 = v423.headers;
              if (v426 === undefined) {
                fail(issues, path + '/otel' + '/' + v421 + '/headers', 'object', v426, 'is required');
              } else {
                if (typeof v426 !== 'object' || v426 === null || Array.isArray(v426)) {
                  fail(issues, path + '/otel' + '/' + v421 + '/headers', 'object', v426);
                } else {
                  const v427 = v426 as unknown as Record<string, unknown>;
                  for (const v428 of Object.keys(v427)) {
                    if (false) continue;
                    const v429 = v427[v428];
                    if (typeof v429 !== 'string') {
                      fail(issues, path + '/otel' + '/' + v421 + '/headers' + '/' + pointer(v428), 'string', v429);
                    } else {
                      if (v429.length > 4096 && codePoints(v429) > 4096) {
                        fail(
                          issues,
                          path + '/otel' + '/' + v421 + '/headers' + '/' + pointer(v428),
                          'string of at most 4096 characters',
                          v429,
                        );
                      }
                    }
                  }
                }
              }
              const v430 = v423.url;
              if (v430 === undefined) {
                fail(issues, path + '/otel' + '/' + v421 + '/url', 'string', v430, 'is required');
              } else {
                if (typeof v430 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v421 + '/url', 'string', v430);
                } else {
                  if (v430.length > 2048 && codePoints(v430) > 2048) {
                    fail(issues, path + '/otel' + '/' + v421 + '/url', 'string of at most 2048 characters', v430);
                  }
                  if (!isUri(v430)) {
                    fail(issues, path + '/otel' + '/' + v421 + '/url', 'uri string', v430);
                  }
                }
              }
            }
          }
        }
      }
    }
    const v431 = v370.rate_limiting_interval;
    if (v431 === undefined) {
      fail(issues, path + '/rate_limiting_interval', 'integer or null', v431, 'is required');
    } else {
      if (v431 !== null) {
        if (!Number.isInteger(v431)) {
          fail(issues, path + '/rate_limiting_interval', 'integer', v431);
        } else {
          if ((v431 as number) < 0) {
            fail(issues, path + '/rate_limiting_interval', 'integer that is >= 0', v431, 'must be >= 0');
          }
        }
      }
    }
    const v432 = v370.rate_limiting_limit;
    if (v432 === undefined) {
      fail(issues, path + '/rate_limiting_limit', 'integer or null', v432, 'is required');
    } else {
      if (v432 !== null) {
        if (!Number.isInteger(v432)) {
          fail(issues, path + '/rate_limiting_limit', 'integer', v432);
        } else {
          if ((v432 as number) < 0) {
            fail(issues, path + '/rate_limiting_limit', 'integer that is >= 0', v432, 'must be >= 0');
          }
        }
      }
    }
    const v433 = v370.rate_limiting_technique;
    if (v433 !== undefined) {
      if (v433 !== null) {
        if (!(v433 === 'fixed' || v433 === 'sliding')) {
          fail(issues, path + '/rate_limiting_technique', 'one of "fixed", "sliding"', v433);
        }
      }
    }
    const v434 = v370.retry_backoff;
    if (v434 !== undefined) {
      if (v434 !== null) {
        if (!(v434 === 'constant' || v434 === 'linear' || v434 === 'exponential')) {
          fail(issues, path + '/retry_backoff', 'one of "constant", "linear", "exponential"', v434);
        }
      }
    }
    const v435 = v370.retry_delay;
    if (v435 !== undefined) {
      if (v435 !== null) {
        if (!Number.isInteger(v435)) {
          fail(issues, path + '/retry_delay', 'integer', v435);
        } else {
          if ((v435 as number) < 0) {
            fail(issues, path + '/retry_delay', 'integer that is >= 0', v435, 'must be >= 0');
          }
          if ((v435 as number) > 5000) {
            fail(issues, path + '/retry_delay', 'integer that is <= 5000', v435, 'must be <= 5000');
          }
        }
      }
    }
    const v436 = v370.retry_max_attempts;
    if (v436 !== undefined) {
      if (v436 !== null) {
        if (!Number.isInteger(v436)) {
          fail(issues, path + '/retry_max_attempts', 'integer', v436);
        } else {
          if ((v436 as number) < 1) {
            fail(issues, path + '/retry_max_attempts', 'integer that is >= 1', v436, 'must be >= 1');
          }
          if ((v436 as number) > 5) {
            fail(issues, path + '/retry_max_attempts', 'integer that is <= 5', v436, 'must be <= 5');
          }
        }
      }
    }
    const v437 = v370.spend_limits;
    if (v437 !== undefined) {
      if (v437 !== null) {
        if (typeof v437 !== 'object' || v437 === null || Array.isArray(v437)) {
          fail(issues, path + '/spend_limits', 'object', v437);
        } else {
          const v438 = v437 as unknown as Record<string, unknown>;
          const v439 = v438.enabled;
          if (v439 !== undefined) {
            if (typeof v439 !== 'boolean') {
              fail(issues, path + '/spend_limits' + '/enabled', 'boolean', v439);
            }
          }
          const v440 = v438.rules;
          if (v440 !== undefined) {
            if (!Array.isArray(v440)) {
              fail(issues, path + '/spend_limits' + '/rules', 'array', v440);
            } else {
              const v441: unknown[] = v440 as unknown[];
              if (v441.length > 20) {
                fail(issues, path + '/spend_limits' + '/rules', 'array of at most 20 items', v441);
              }
              for (let v442 = 0; v442 < v441.length; v442++) {
                const v443 = v441[v442];
                if (typeof v443 !== 'object' || v443 === null || Array.isArray(v443)) {
                  fail(issues, path + '/spend_limits' + '/rules' + '/' + v442, 'object', v443);
                } else {
                  const v444 = v443 as unknown as Record<string, unknown>;
                  const v445 = v444.enabled;
                  if (v445 !== undefined) {
                    if (typeof v445 !== 'boolean') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/enabled', 'boolean', v445);
                    }
                  }
                  const v446 = v444.id;
                  if (v446 !== undefined) {
                    if (typeof v446 !== 'string') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/id', 'string', v446);
                    } else {
                      if (v446.length < 1 || (v446.length < 2 && codePoints(v446) < 1)) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/id',
                          'string of at least 1 characters',
                          v446,
                        );
                      }
                    }
                  }
                  const v447 = v444.limit;
                  if (v447 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v442 + '/limit',
                      'number',
                      v447,
                      'is required',
                    );
                  } else {
                    if (typeof v447 !== 'number' || !Number.isFinite(v447)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/limit', 'number', v447);
                    } else {
                      if ((v447 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/limit',
                          'number that is > 0',
                          v447,
                          'must be > 0',
                        );
                      }
                    }
                  }
                  const v448 = v444.limitType;
                  if (v448 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v442 + '/limitType',
                      'enum',
                      v448,
                      'is required',
                    );
                  } else {
                    if (!(v448 === 'cost')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v442 + '/limitType',
                        'one of "cost"',
                        v448,
                      );
                    }
                  }
                  const v449 = v444.metadata;
                  if (v449 !== undefined) {
                    if (typeof v449 !== 'object' || v449 === null || Array.isArray(v449)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/metadata', 'object', v449);
                    } else {
                      const v450 = v449 as unknown as Record<string, unknown>;
                      for (const v451 of Object.keys(v450)) {
                        if (false) continue;
                        const v452 = v450[v451];
                        if (!(check110(v452) || check113(v452))) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v442 + '/metadata' + '/' + pointer(v451),
                            'a value matching at least one of 2 alternatives (anyOf)',
                            v452,
                            'matches none of the anyOf alternatives',
                          );
                        }
                      }
                    }
                  }
                  const v453 = v444.model;
                  if (v453 !== undefined) {
                    if (typeof v453 !== 'object' || v453 === null || Array.isArray(v453)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/model', 'object', v453);
                    } else {
                      const v454 = v453 as unknown as Record<string, unknown>;
                      const v455 = v454.mode;
                      if (v455 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/model' + '/mode',
                          'enum',
                          v455,
                          'is required',
                        );
                      } else {
                        if (!(v455 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v442 + '/model' + '/mode',
                            'one of "filter"',
                            v455,
                          );
                        }
                      }
                      const v456 = v454.values;
                      if (v456 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/model' + '/values',
                          'array',
                          v456,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v456)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v442 + '/model' + '/values',
                            'array',
                            v456,
                          );
                        } else {
                          const v457: unknown[] = v456 as unknown[];
                          for (let v458 = 0; v458 < v457.length; v458++) {
                            const v459 = v457[v458];
                            if (typeof v459 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v442 + '/model' + '/values' + '/' + v458,
                                'string',
                                v459,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v460 = v444.provider;
                  if (v460 !== undefined) {
                    if (typeof v460 !== 'object' || v460 === null || Array.isArray(v460)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/provider', 'object', v460);
                    } else {
                      const v461 = v460 as unknown as Record<string, unknown>;
                      const v462 = v461.mode;
                      if (v462 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/provider' + '/mode',
                          'enum',
                          v462,
                          'is required',
                        );
                      } else {
                        if (!(v462 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v442 + '/provider' + '/mode',
                            'one of "filter"',
                            v462,
                          );
                        }
                      }
                      const v463 = v461.values;
                      if (v463 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/provider' + '/values',
                          'array',
                          v463,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v463)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v442 + '/provider' + '/values',
                            'array',
                            v463,
                          );
                        } else {
                          const v464: unknown[] = v463 as unknown[];
                          for (let v465 = 0; v465 < v464.length; v465++) {
                            const v466 = v464[v465];
                            if (typeof v466 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v442 + '/provider' + '/values' + '/' + v465,
                                'string',
                                v466,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v467 = v444.technique;
                  if (v467 !== undefined) {
                    if (!(v467 === 'fixed' || v467 === 'sliding')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v442 + '/technique',
                        'one of "fixed", "sliding"',
                        v467,
                      );
                    }
                  }
                  const v468 = v444.window;
                  if (v468 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v442 + '/window',
                      'integer',
                      v468,
                      'is required',
                    );
                  } else {
                    if (!Number.isInteger(v468)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v442 + '/window', 'integer', v468);
                    } else {
                      if ((v468 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v442 + '/window',
                          'integer that is > 0',
                          v468,
                          'must be > 0',
                        );
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
    const v469 = v370.store_id;
    if (v469 !== undefined) {
      if (v469 !== null) {
        if (typeof v469 !== 'string') {
          fail(issues, path + '/store_id', 'string', v469);
        } else {
        }
      }
    }
    const v470 = v370.stripe;
    if (v470 !== undefined) {
      if (v470 !== null) {
        if (typeof v470 !== 'object' || v470 === null || Array.isArray(v470)) {
          fail(issues, path + '/stripe', 'object', v470);
        } else {
          const v471 = v470 as unknown as Record<string, unknown>;
          const v472 = v471.authorization;
          if (v472 === undefined) {
            fail(issues, path + '/stripe' + '/authorization', 'string', v472, 'is required');
          } else {
            if (typeof v472 !== 'string') {
              fail(issues, path + '/stripe' + '/authorization', 'string', v472);
            } else {
            }
          }
          const v473 = v471.usage_events;
          if (v473 === undefined) {
            fail(issues, path + '/stripe' + '/usage_events', 'array', v473, 'is required');
          } else {
            if (!Array.isArray(v473)) {
              fail(issues, path + '/stripe' + '/usage_events', 'array', v473);
            } else {
              const v474: unknown[] = v473 as unknown[];
              for (let v475 = 0; v475 < v474.length; v475++) {
                const v476 = v474[v475];
                if (typeof v476 !== 'object' || v476 === null || Array.isArray(v476)) {
                  fail(issues, path + '/stripe' + '/usage_events' + '/' + v475, 'object', v476);
                } else {
                  const v477 = v476 as unknown as Record<string, unknown>;
                  const v478 = v477.payload;
                  if (v478 === undefined) {
                    fail(
                      issues,
                      path + '/stripe' + '/usage_events' + '/' + v475 + '/payload',
                      'string',
                      v478,
                      'is required',
                    );
                  } else {
                    if (typeof v478 !== 'string') {
                      fail(issues, path + '/stripe' + '/usage_events' + '/' + v475 + '/payload', 'string', v478);
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
    const v479 = v370.workers_ai_billing_mode;
    if (v479 !== undefined) {
      if (!(v479 === 'postpaid' || v479 === 'unified')) {
        fail(issues, path + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v479);
      }
    }
    const v480 = v370.zdr;
    if (v480 !== undefined) {
      if (typeof v480 !== 'boolean') {
        fail(issues, path + '/zdr', 'boolean', v480);
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayDeleteResponse(value: unknown): ValidationResult<AIGatewayDeleteResponse> {
  return isAIGatewayDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isAIGatewayDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v481 = value as unknown as Record<string, unknown>;
  const v482 = v481.id;
  if (v482 === undefined) return false;
  if (typeof v482 !== 'string') return false;
  if (v482.length < 1 || (v482.length < 2 && codePoints(v482) < 1)) return false;
  if (v482.length > 64 && codePoints(v482) > 64) return false;
  const v483 = v481.account_id;
  if (v483 !== undefined) {
    if (typeof v483 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayDeleteArgs} is false. */
export function explainAIGatewayDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v484 = value as unknown as Record<string, unknown>;
    const v485 = v484.id;
    if (v485 === undefined) {
      fail(issues, path + '/id', 'string', v485, 'is required');
    } else {
      if (typeof v485 !== 'string') {
        fail(issues, path + '/id', 'string', v485);
      } else {
        if (v485.length < 1 || (v485.length < 2 && codePoints(v485) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v485);
        }
        if (v485.length > 64 && codePoints(v485) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v485);
        }
      }
    }
    const v486 = v484.account_id;
    if (v486 !== undefined) {
      if (typeof v486 !== 'string') {
        fail(issues, path + '/account_id', 'string', v486);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isAIGatewayDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayDeleteArgs) };
}

/** Whether `value` is a valid {@link AIGatewayGetResponse}. Fast: returns at the first problem. */
export function isAIGatewayGetResponse(value: unknown): value is AIGatewayGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v487 = value as unknown as Record<string, unknown>;
  const v488 = v487.authentication;
  if (v488 !== undefined) {
    if (typeof v488 !== 'boolean') return false;
  }
  const v489 = v487.cache_invalidate_on_update;
  if (v489 === undefined) return false;
  if (typeof v489 !== 'boolean') return false;
  const v490 = v487.cache_ttl;
  if (v490 === undefined) return false;
  if (v490 !== null) {
    if (!Number.isInteger(v490)) return false;
    if ((v490 as number) < 0) return false;
  }
  const v491 = v487.collect_logs;
  if (v491 === undefined) return false;
  if (typeof v491 !== 'boolean') return false;
  const v492 = v487.created_at;
  if (v492 === undefined) return false;
  if (typeof v492 !== 'string') return false;
  if (!isDateTime(v492)) return false;
  const v493 = v487.dlp;
  if (v493 !== undefined) {
    if (!(check7(v493) || check15(v493))) return false;
  }
  const v494 = v487.guardrails;
  if (v494 !== undefined) {
    if (v494 !== null) {
      if (typeof v494 !== 'object' || v494 === null || Array.isArray(v494)) return false;
      const v495 = v494 as unknown as Record<string, unknown>;
      const v496 = v495.prompt;
      if (v496 === undefined) return false;
      if (typeof v496 !== 'object' || v496 === null || Array.isArray(v496)) return false;
      const v497 = v496 as unknown as Record<string, unknown>;
      const v498 = v497.P1;
      if (v498 !== undefined) {
        if (!(v498 === 'FLAG' || v498 === 'BLOCK')) return false;
      }
      const v499 = v497.S1;
      if (v499 !== undefined) {
        if (!(v499 === 'FLAG' || v499 === 'BLOCK')) return false;
      }
      const v500 = v497.S2;
      if (v500 !== undefined) {
        if (!(v500 === 'FLAG' || v500 === 'BLOCK')) return false;
      }
      const v501 = v497.S3;
      if (v501 !== undefined) {
        if (!(v501 === 'FLAG' || v501 === 'BLOCK')) return false;
      }
      const v502 = v497.S4;
      if (v502 !== undefined) {
        if (!(v502 === 'FLAG' || v502 === 'BLOCK')) return false;
      }
      const v503 = v497.S5;
      if (v503 !== undefined) {
        if (!(v503 === 'FLAG' || v503 === 'BLOCK')) return false;
      }
      const v504 = v497.S6;
      if (v504 !== undefined) {
        if (!(v504 === 'FLAG' || v504 === 'BLOCK')) return false;
      }
      const v505 = v497.S7;
      if (v505 !== undefined) {
        if (!(v505 === 'FLAG' || v505 === 'BLOCK')) return false;
      }
      const v506 = v497.S8;
      if (v506 !== undefined) {
        if (!(v506 === 'FLAG' || v506 === 'BLOCK')) return false;
      }
      const v507 = v497.S9;
      if (v507 !== undefined) {
        if (!(v507 === 'FLAG' || v507 === 'BLOCK')) return false;
      }
      const v508 = v497.S10;
      if (v508 !== undefined) {
        if (!(v508 === 'FLAG' || v508 === 'BLOCK')) return false;
      }
      const v509 = v497.S11;
      if (v509 !== undefined) {
        if (!(v509 === 'FLAG' || v509 === 'BLOCK')) return false;
      }
      const v510 = v497.S12;
      if (v510 !== undefined) {
        if (!(v510 === 'FLAG' || v510 === 'BLOCK')) return false;
      }
      const v511 = v497.S13;
      if (v511 !== undefined) {
        if (!(v511 === 'FLAG' || v511 === 'BLOCK')) return false;
      }
      const v512 = v495.response;
      if (v512 === undefined) return false;
      if (typeof v512 !== 'object' || v512 === null || Array.isArray(v512)) return false;
      const v513 = v512 as unknown as Record<string, unknown>;
      const v514 = v513.P1;
      if (v514 !== undefined) {
        if (!(v514 === 'FLAG' || v514 === 'BLOCK')) return false;
      }
      const v515 = v513.S1;
      if (v515 !== undefined) {
        if (!(v515 === 'FLAG' || v515 === 'BLOCK')) return false;
      }
      const v516 = v513.S2;
      if (v516 !== undefined) {
        if (!(v516 === 'FLAG' || v516 === 'BLOCK')) return false;
      }
      const v517 = v513.S3;
      if (v517 !== undefined) {
        if (!(v517 === 'FLAG' || v517 === 'BLOCK')) return false;
      }
      const v518 = v513.S4;
      if (v518 !== undefined) {
        if (!(v518 === 'FLAG' || v518 === 'BLOCK')) return false;
      }
      const v519 = v513.S5;
      if (v519 !== undefined) {
        if (!(v519 === 'FLAG' || v519 === 'BLOCK')) return false;
      }
      const v520 = v513.S6;
      if (v520 !== undefined) {
        if (!(v520 === 'FLAG' || v520 === 'BLOCK')) return false;
      }
      const v521 = v513.S7;
      if (v521 !== undefined) {
        if (!(v521 === 'FLAG' || v521 === 'BLOCK')) return false;
      }
      const v522 = v513.S8;
      if (v522 !== undefined) {
        if (!(v522 === 'FLAG' || v522 === 'BLOCK')) return false;
      }
      const v523 = v513.S9;
      if (v523 !== undefined) {
        if (!(v523 === 'FLAG' || v523 === 'BLOCK')) return false;
      }
      const v524 = v513.S10;
      if (v524 !== undefined) {
        if (!(v524 === 'FLAG' || v524 === 'BLOCK')) return false;
      }
      const v525 = v513.S11;
      if (v525 !== undefined) {
        if (!(v525 === 'FLAG' || v525 === 'BLOCK')) return false;
      }
      const v526 = v513.S12;
      if (v526 !== undefined) {
        if (!(v526 === 'FLAG' || v526 === 'BLOCK')) return false;
      }
      const v527 = v513.S13;
      if (v527 !== undefined) {
        if (!(v527 === 'FLAG' || v527 === 'BLOCK')) return false;
      }
    }
  }
  const v528 = v487.id;
  if (v528 === undefined) return false;
  if (typeof v528 !== 'string') return false;
  if (v528.length < 1 || (v528.length < 2 && codePoints(v528) < 1)) return false;
  if (v528.length > 64 && codePoints(v528) > 64) return false;
  const v529 = v487.is_default;
  if (v529 !== undefined) {
    if (typeof v529 !== 'boolean') return false;
  }
  const v530 = v487.log_classification;
  if (v530 !== undefined) {
    if (typeof v530 !== 'boolean') return false;
  }
  const v531 = v487.log_management;
  if (v531 !== undefined) {
    if (v531 !== null) {
      if (!Number.isInteger(v531)) return false;
      if ((v531 as number) < 10000) return false;
      if ((v531 as number) > 10000000) return false;
    }
  }
  const v532 = v487.log_management_strategy;
  if (v532 !== undefined) {
    if (v532 !== null) {
      if (!(v532 === 'STOP_INSERTING' || v532 === 'DELETE_OLDEST')) return false;
    }
  }
  const v533 = v487.logpush;
  if (v533 !== undefined) {
    if (typeof v533 !== 'boolean') return false;
  }
  const v534 = v487.logpush_public_key;
  if (v534 !== undefined) {
    if (v534 !== null) {
      if (typeof v534 !== 'string') return false;
      if (v534.length < 16 || (v534.length < 32 && codePoints(v534) < 16)) return false;
      if (v534.length > 1024 && codePoints(v534) > 1024) return false;
    }
  }
  const v535 = v487.modified_at;
  if (v535 === undefined) return false;
  if (typeof v535 !== 'string') return false;
  if (!isDateTime(v535)) return false;
  const v536 = v487.otel;
  if (v536 !== undefined) {
    if (v536 !== null) {
      if (!Array.isArray(v536)) return false;
      const v537: unknown[] = v536;
      if (v537.length > 5) return false;
      for (let v538 = 0; v538 < v537.length; v538++) {
        const v539 = v537[v538];
        if (typeof v539 !== 'object' || v539 === null || Array.isArray(v539)) return false;
        const v540 = v539 as unknown as Record<string, unknown>;
        const v541 = v540.authorization;
        if (v541 !== undefined) {
          if (typeof v541 !== 'string') return false;
          if (v541.length > 256 && codePoints(v541) > 256) return false;
        }
        const v542 = v540.content_type;
        if (v542 !== undefined) {
          if (!(v542 === 'json' || v542 === 'protobuf')) return false;
        }
        const v543 = v540.headers;
        if (v543 === undefined) return false;
        if (typeof v543 !== 'object' || v543 === null || Array.isArray(v543)) return false;
        const v544 = v543 as unknown as Record<string, unknown>;
        for (const v545 of Object.keys(v544)) {
          if (false) continue;
          const v546 = v544[v545];
          if (typeof v546 !== 'string') return false;
          if (v546.length > 4096 && codePoints(v546) > 4096) return false;
        }
        const v547 = v540.url;
        if (v547 === undefined) return false;
        if (typeof v547 !== 'string') return false;
        if (v547.length > 2048 && codePoints(v547) > 2048) return false;
        if (!isUri(v547)) return false;
      }
    }
  }
  const v548 = v487.rate_limiting_interval;
  if (v548 === undefined) return false;
  if (v548 !== null) {
    if (!Number.isInteger(v548)) return false;
    if ((v548 as number) < 0) return false;
  }
  const v549 = v487.rate_limiting_limit;
  if (v549 === undefined) return false;
  if (v549 !== null) {
    if (!Number.isInteger(v549)) return false;
    if ((v549 as number) < 0) return false;
  }
  const v550 = v487.rate_limiting_technique;
  if (v550 !== undefined) {
    if (v550 !== null) {
      if (!(v550 === 'fixed' || v550 === 'sliding')) return false;
    }
  }
  const v551 = v487.retry_backoff;
  if (v551 !== undefined) {
    if (v551 !== null) {
      if (!(v551 === 'constant' || v551 === 'linear' || v551 === 'exponential')) return false;
    }
  }
  const v552 = v487.retry_delay;
  if (v552 !== undefined) {
    if (v552 !== null) {
      if (!Number.isInteger(v552)) return false;
      if ((v552 as number) < 0) return false;
      if ((v552 as number) > 5000) return false;
    }
  }
  const v553 = v487.retry_max_attempts;
  if (v553 !== undefined) {
    if (v553 !== null) {
      if (!Number.isInteger(v553)) return false;
      if ((v553 as number) < 1) return false;
      if ((v553 as number) > 5) return false;
    }
  }
  const v554 = v487.spend_limits;
  if (v554 !== undefined) {
    if (v554 !== null) {
      if (typeof v554 !== 'object' || v554 === null || Array.isArray(v554)) return false;
      const v555 = v554 as unknown as Record<string, unknown>;
      const v556 = v555.enabled;
      if (v556 !== undefined) {
        if (typeof v556 !== 'boolean') return false;
      }
      const v557 = v555.rules;
      if (v557 !== undefined) {
        if (!Array.isArray(v557)) return false;
        const v558: unknown[] = v557;
        if (v558.length > 20) return false;
        for (let v559 = 0; v559 < v558.length; v559++) {
          const v560 = v558[v559];
          if (typeof v560 !== 'object' || v560 === null || Array.isArray(v560)) return false;
          const v561 = v560 as unknown as Record<string, unknown>;
          const v562 = v561.enabled;
          if (v562 !== undefined) {
            if (typeof v562 !== 'boolean') return false;
          }
          const v563 = v561.id;
          if (v563 !== undefined) {
            if (typeof v563 !== 'string') return false;
            if (v563.length < 1 || (v563.length < 2 && codePoints(v563) < 1)) return false;
          }
          const v564 = v561.limit;
          if (v564 === undefined) return false;
          if (typeof v564 !== 'number' || !Number.isFinite(v564)) return false;
          if ((v564 as number) <= 0) return false;
          const v565 = v561.limitType;
          if (v565 === undefined) return false;
          if (!(v565 === 'cost')) return false;
          const v566 = v561.metadata;
          if (v566 !== undefined) {
            if (typeof v566 !== 'object' || v566 === null || Array.isArray(v566)) return false;
            const v567 = v566 as unknown as Record<string, unknown>;
            for (const v568 of Object.keys(v567)) {
              if (false) continue;
              const v569 = v567[v568];
              if (!(check110(v569) || check113(v569))) return false;
            }
          }
          const v570 = v561.model;
          if (v570 !== undefined) {
            if (typeof v570 !== 'object' || v570 === null || Array.isArray(v570)) return false;
            const v571 = v570 as unknown as Record<string, unknown>;
            const v572 = v571.mode;
            if (v572 === undefined) return false;
            if (!(v572 === 'filter')) return false;
            const v573 = v571.values;
            if (v573 === undefined) return false;
            if (!Array.isArray(v573)) return false;
            const v574: unknown[] = v573;
            for (let v575 = 0; v575 < v574.length; v575++) {
              const v576 = v574[v575];
              if (typeof v576 !== 'string') return false;
            }
          }
          const v577 = v561.provider;
          if (v577 !== undefined) {
            if (typeof v577 !== 'object' || v577 === null || Array.isArray(v577)) return false;
            const v578 = v577 as unknown as Record<string, unknown>;
            const v579 = v578.mode;
            if (v579 === undefined) return false;
            if (!(v579 === 'filter')) return false;
            const v580 = v578.values;
            if (v580 === undefined) return false;
            if (!Array.isArray(v580)) return false;
            const v581: unknown[] = v580;
            for (let v582 = 0; v582 < v581.length; v582++) {
              const v583 = v581[v582];
              if (typeof v583 !== 'string') return false;
            }
          }
          const v584 = v561.technique;
          if (v584 !== undefined) {
            if (!(v584 === 'fixed' || v584 === 'sliding')) return false;
          }
          const v585 = v561.window;
          if (v585 === undefined) return false;
          if (!Number.isInteger(v585)) return false;
          if ((v585 as number) <= 0) return false;
        }
      }
    }
  }
  const v586 = v487.store_id;
  if (v586 !== undefined) {
    if (v586 !== null) {
      if (typeof v586 !== 'string') return false;
    }
  }
  const v587 = v487.stripe;
  if (v587 !== undefined) {
    if (v587 !== null) {
      if (typeof v587 !== 'object' || v587 === null || Array.isArray(v587)) return false;
      const v588 = v587 as unknown as Record<string, unknown>;
      const v589 = v588.authorization;
      if (v589 === undefined) return false;
      if (typeof v589 !== 'string') return false;
      const v590 = v588.usage_events;
      if (v590 === undefined) return false;
      if (!Array.isArray(v590)) return false;
      const v591: unknown[] = v590;
      for (let v592 = 0; v592 < v591.length; v592++) {
        const v593 = v591[v592];
        if (typeof v593 !== 'object' || v593 === null || Array.isArray(v593)) return false;
        const v594 = v593 as unknown as Record<string, unknown>;
        const v595 = v594.payload;
        if (v595 === undefined) return false;
        if (typeof v595 !== 'string') return false;
      }
    }
  }
  const v596 = v487.workers_ai_billing_mode;
  if (v596 !== undefined) {
    if (!(v596 === 'postpaid' || v596 === 'unified')) return false;
  }
  const v597 = v487.zdr;
  if (v597 !== undefined) {
    if (typeof v597 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayGetResponse} is false. */
export function explainAIGatewayGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v598 = value as unknown as Record<string, unknown>;
    const v599 = v598.authentication;
    if (v599 !== undefined) {
      if (typeof v599 !== 'boolean') {
        fail(issues, path + '/authentication', 'boolean', v599);
      }
    }
    const v600 = v598.cache_invalidate_on_update;
    if (v600 === undefined) {
      fail(issues, path + '/cache_invalidate_on_update', 'boolean', v600, 'is required');
    } else {
      if (typeof v600 !== 'boolean') {
        fail(issues, path + '/cache_invalidate_on_update', 'boolean', v600);
      }
    }
    const v601 = v598.cache_ttl;
    if (v601 === undefined) {
      fail(issues, path + '/cache_ttl', 'integer or null', v601, 'is required');
    } else {
      if (v601 !== null) {
        if (!Number.isInteger(v601)) {
          fail(issues, path + '/cache_ttl', 'integer', v601);
        } else {
          if ((v601 as number) < 0) {
            fail(issues, path + '/cache_ttl', 'integer that is >= 0', v601, 'must be >= 0');
          }
        }
      }
    }
    const v602 = v598.collect_logs;
    if (v602 === undefined) {
      fail(issues, path + '/collect_logs', 'boolean', v602, 'is required');
    } else {
      if (typeof v602 !== 'boolean') {
        fail(issues, path + '/collect_logs', 'boolean', v602);
      }
    }
    const v603 = v598.created_at;
    if (v603 === undefined) {
      fail(issues, path + '/created_at', 'string', v603, 'is required');
    } else {
      if (typeof v603 !== 'string') {
        fail(issues, path + '/created_at', 'string', v603);
      } else {
        if (!isDateTime(v603)) {
          fail(issues, path + '/created_at', 'date-time string', v603);
        }
      }
    }
    const v604 = v598.dlp;
    if (v604 !== undefined) {
      if (!(check7(v604) || check15(v604))) {
        fail(
          issues,
          path + '/dlp',
          'a value matching at least one of 2 alternatives (anyOf)',
          v604,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v605 = v598.guardrails;
    if (v605 !== undefined) {
      if (v605 !== null) {
        if (typeof v605 !== 'object' || v605 === null || Array.isArray(v605)) {
          fail(issues, path + '/guardrails', 'object', v605);
        } else {
          const v606 = v605 as unknown as Record<string, unknown>;
          const v607 = v606.prompt;
          if (v607 === undefined) {
            fail(issues, path + '/guardrails' + '/prompt', 'object', v607, 'is required');
          } else {
            if (typeof v607 !== 'object' || v607 === null || Array.isArray(v607)) {
              fail(issues, path + '/guardrails' + '/prompt', 'object', v607);
            } else {
              const v608 = v607 as unknown as Record<string, unknown>;
              const v609 = v608.P1;
              if (v609 !== undefined) {
                if (!(v609 === 'FLAG' || v609 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v609);
                }
              }
              const v610 = v608.S1;
              if (v610 !== undefined) {
                if (!(v610 === 'FLAG' || v610 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v610);
                }
              }
              const v611 = v608.S2;
              if (v611 !== undefined) {
                if (!(v611 === 'FLAG' || v611 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v611);
                }
              }
              const v612 = v608.S3;
              if (v612 !== undefined) {
                if (!(v612 === 'FLAG' || v612 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v612);
                }
              }
              const v613 = v608.S4;
              if (v613 !== undefined) {
                if (!(v613 === 'FLAG' || v613 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v613);
                }
              }
              const v614 = v608.S5;
              if (v614 !== undefined) {
                if (!(v614 === 'FLAG' || v614 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v614);
                }
              }
              const v615 = v608.S6;
              if (v615 !== undefined) {
                if (!(v615 === 'FLAG' || v615 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v615);
                }
              }
              const v616 = v608.S7;
              if (v616 !== undefined) {
                if (!(v616 === 'FLAG' || v616 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v616);
                }
              }
              const v617 = v608.S8;
              if (v617 !== undefined) {
                if (!(v617 === 'FLAG' || v617 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v617);
                }
              }
              const v618 = v608.S9;
              if (v618 !== undefined) {
                if (!(v618 === 'FLAG' || v618 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v618);
                }
              }
              const v619 = v608.S10;
              if (v619 !== undefined) {
                if (!(v619 === 'FLAG' || v619 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v619);
                }
              }
              const v620 = v608.S11;
              if (v620 !== undefined) {
                if (!(v620 === 'FLAG' || v620 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v620);
                }
              }
              const v621 = v608.S12;
              if (v621 !== undefined) {
                if (!(v621 === 'FLAG' || v621 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v621);
                }
              }
              const v622 = v608.S13;
              if (v622 !== undefined) {
                if (!(v622 === 'FLAG' || v622 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v622);
                }
              }
            }
          }
          const v623 = v606.response;
          if (v623 === undefined) {
            fail(issues, path + '/guardrails' + '/response', 'object', v623, 'is required');
          } else {
            if (typeof v623 !== 'object' || v623 === null || Array.isArray(v623)) {
              fail(issues, path + '/guardrails' + '/response', 'object', v623);
            } else {
              const v624 = v623 as unknown as Record<string, unknown>;
              const v625 = v624.P1;
              if (v625 !== undefined) {
                if (!(v625 === 'FLAG' || v625 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v625);
                }
              }
              const v626 = v624.S1;
              if (v626 !== undefined) {
                if (!(v626 === 'FLAG' || v626 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v626);
                }
              }
              const v627 = v624.S2;
              if (v627 !== undefined) {
                if (!(v627 === 'FLAG' || v627 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v627);
                }
              }
              const v628 = v624.S3;
              if (v628 !== undefined) {
                if (!(v628 === 'FLAG' || v628 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v628);
                }
              }
              const v629 = v624.S4;
              if (v629 !== undefined) {
                if (!(v629 === 'FLAG' || v629 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v629);
                }
              }
              const v630 = v624.S5;
              if (v630 !== undefined) {
                if (!(v630 === 'FLAG' || v630 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v630);
                }
              }
              const v631 = v624.S6;
              if (v631 !== undefined) {
                if (!(v631 === 'FLAG' || v631 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v631);
                }
              }
              const v632 = v624.S7;
              if (v632 !== undefined) {
                if (!(v632 === 'FLAG' || v632 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v632);
                }
              }
              const v633 = v624.S8;
              if (v633 !== undefined) {
                if (!(v633 === 'FLAG' || v633 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v633);
                }
              }
              const v634 = v624.S9;
              if (v634 !== undefined) {
                if (!(v634 === 'FLAG' || v634 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v634);
                }
              }
              const v635 = v624.S10;
              if (v635 !== undefined) {
                if (!(v635 === 'FLAG' || v635 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v635);
                }
              }
              const v636 = v624.S11;
              if (v636 !== undefined) {
                if (!(v636 === 'FLAG' || v636 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v636);
                }
              }
              const v637 = v624.S12;
              if (v637 !== undefined) {
                if (!(v637 === 'FLAG' || v637 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v637);
                }
              }
              const v638 = v624.S13;
              if (v638 !== undefined) {
                if (!(v638 === 'FLAG' || v638 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v638);
                }
              }
            }
          }
        }
      }
    }
    const v639 = v598.id;
    if (v639 === undefined) {
      fail(issues, path + '/id', 'string', v639, 'is required');
    } else {
      if (typeof v639 !== 'string') {
        fail(issues, path + '/id', 'string', v639);
      } else {
        if (v639.length < 1 || (v639.length < 2 && codePoints(v639) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v639);
        }
        if (v639.length > 64 && codePoints(v639) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v639);
        }
      }
    }
    const v640 = v598.is_default;
    if (v640 !== undefined) {
      if (typeof v640 !== 'boolean') {
        fail(issues, path + '/is_default', 'boolean', v640);
      }
    }
    const v641 = v598.log_classification;
    if (v641 !== undefined) {
      if (typeof v641 !== 'boolean') {
        fail(issues, path + '/log_classification', 'boolean', v641);
      }
    }
    const v642 = v598.log_management;
    if (v642 !== undefined) {
      if (v642 !== null) {
        if (!Number.isInteger(v642)) {
          fail(issues, path + '/log_management', 'integer', v642);
        } else {
          if ((v642 as number) < 10000) {
            fail(issues, path + '/log_management', 'integer that is >= 10000', v642, 'must be >= 10000');
          }
          if ((v642 as number) > 10000000) {
            fail(issues, path + '/log_management', 'integer that is <= 10000000', v642, 'must be <= 10000000');
          }
        }
      }
    }
    const v643 = v598.log_management_strategy;
    if (v643 !== undefined) {
      if (v643 !== null) {
        if (!(v643 === 'STOP_INSERTING' || v643 === 'DELETE_OLDEST')) {
          fail(issues, path + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v643);
        }
      }
    }
    const v644 = v598.logpush;
    if (v644 !== undefined) {
      if (typeof v644 !== 'boolean') {
        fail(issues, path + '/logpush', 'boolean', v644);
      }
    }
    const v645 = v598.logpush_public_key;
    if (v645 !== undefined) {
      if (v645 !== null) {
        if (typeof v645 !== 'string') {
          fail(issues, path + '/logpush_public_key', 'string', v645);
        } else {
          if (v645.length < 16 || (v645.length < 32 && codePoints(v645) < 16)) {
            fail(issues, path + '/logpush_public_key', 'string of at least 16 characters', v645);
          }
          if (v645.length > 1024 && codePoints(v645) > 1024) {
            fail(issues, path + '/logpush_public_key', 'string of at most 1024 characters', v645);
          }
        }
      }
    }
    const v646 = v598.modified_at;
    if (v646 === undefined) {
      fail(issues, path + '/modified_at', 'string', v646, 'is required');
    } else {
      if (typeof v646 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v646);
      } else {
        if (!isDateTime(v646)) {
          fail(issues, path + '/modified_at', 'date-time string', v646);
        }
      }
    }
    const v647 = v598.otel;
    if (v647 !== undefined) {
      if (v647 !== null) {
        if (!Array.isArray(v647)) {
          fail(issues, path + '/otel', 'array', v647);
        } else {
          const v648: unknown[] = v647 as unknown[];
          if (v648.length > 5) {
            fail(issues, path + '/otel', 'array of at most 5 items', v648);
          }
          for (let v649 = 0; v649 < v648.length; v649++) {
            const v650 = v648[v649];
            if (typeof v650 !== 'object' || v650 === null || Array.isArray(v650)) {
              fail(issues, path + '/otel' + '/' + v649, 'object', v650);
            } else {
              const v651 = v650 as unknown as Record<string, unknown>;
              const v652 = v651.authorization;
              if (v652 !== undefined) {
                if (typeof v652 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v649 + '/authorization', 'string', v652);
                } else {
                  if (v652.length > 256 && codePoints(v652) > 256) {
                    fail(
                      issues,
                      path + '/otel' + '/' + v649 + '/authorization',
                      'string of at most 256 characters',
                      v652,
                    );
                  }
                }
              }
              const v653 = v651.content_type;
              if (v653 !== undefined) {
                if (!(v653 === 'json' || v653 === 'protobuf')) {
                  fail(issues, path + '/otel' + '/' + v649 + '/content_type', 'one of "json", "protobuf"', v653);
                }
              }
              const v654 = v651.headers;
              if (v654 === undefined) {
                fail(issues, path + '/otel' + '/' + v649 + '/headers', 'object', v654, 'is required');
              } else {
                if (typeof v654 !== 'object' || v654 === null || Array.isArray(v654)) {
                  fail(issues, path + '/otel' + '/' + v649 + '/headers', 'object', v654);
                } else {
                  const v655 = v654 as unknown as Record<string, unknown>;
                  for (const v656 of Object.keys(v655)) {
                    if (false) continue;
                    const v657 = v655[v656];
                    if (typeof v657 !== 'string') {
                      fail(issues, path + '/otel' + '/' + v649 + '/headers' + '/' + pointer(v656), 'string', v657);
                    } else {
                      if (v657.length > 4096 && codePoints(v657) > 4096) {
                        fail(
                          issues,
                          path + '/otel' + '/' + v649 + '/headers' + '/' + pointer(v656),
                          'string of at most 4096 characters',
                          v657,
                        );
                      }
                    }
                  }
                }
              }
              const v658 = v651.url;
              if (v658 === undefined) {
                fail(issues, path + '/otel' + '/' + v649 + '/url', 'string', v658, 'is required');
              } else {
                if (typeof v658 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v649 + '/url', 'string', v658);
                } else {
                  if (v658.length > 2048 && codePoints(v658) > 2048) {
                    fail(issues, path + '/otel' + '/' + v649 + '/url', 'string of at most 2048 characters', v658);
                  }
                  if (!isUri(v658)) {
                    fail(issues, path + '/otel' + '/' + v649 + '/url', 'uri string', v658);
                  }
                }
              }
            }
          }
        }
      }
    }
    const v659 = v598.rate_limiting_interval;
    if (v659 === undefined) {
      fail(issues, path + '/rate_limiting_interval', 'integer or null', v659, 'is required');
    } else {
      if (v659 !== null) {
        if (!Number.isInteger(v659)) {
          fail(issues, path + '/rate_limiting_interval', 'integer', v659);
        } else {
          if ((v659 as number) < 0) {
            fail(issues, path + '/rate_limiting_interval', 'integer that is >= 0', v659, 'must be >= 0');
          }
        }
      }
    }
    const v660 = v598.rate_limiting_limit;
    if (v660 === undefined) {
      fail(issues, path + '/rate_limiting_limit', 'integer or null', v660, 'is required');
    } else {
      if (v660 !== null) {
        if (!Number.isInteger(v660)) {
          fail(issues, path + '/rate_limiting_limit', 'integer', v660);
        } else {
          if ((v660 as number) < 0) {
            fail(issues, path + '/rate_limiting_limit', 'integer that is >= 0', v660, 'must be >= 0');
          }
        }
      }
    }
    const v661 = v598.rate_limiting_technique;
    if (v661 !== undefined) {
      if (v661 !== null) {
        if (!(v661 === 'fixed' || v661 === 'sliding')) {
          fail(issues, path + '/rate_limiting_technique', 'one of "fixed", "sliding"', v661);
        }
      }
    }
    const v662 = v598.retry_backoff;
    if (v662 !== undefined) {
      if (v662 !== null) {
        if (!(v662 === 'constant' || v662 === 'linear' || v662 === 'exponential')) {
          fail(issues, path + '/retry_backoff', 'one of "constant", "linear", "exponential"', v662);
        }
      }
    }
    const v663 = v598.retry_delay;
    if (v663 !== undefined) {
      if (v663 !== null) {
        if (!Number.isInteger(v663)) {
          fail(issues, path + '/retry_delay', 'integer', v663);
        } else {
          if ((v663 as number) < 0) {
            fail(issues, path + '/retry_delay', 'integer that is >= 0', v663, 'must be >= 0');
          }
          if ((v663 as number) > 5000) {
            fail(issues, path + '/retry_delay', 'integer that is <= 5000', v663, 'must be <= 5000');
          }
        }
      }
    }
    const v664 = v598.retry_max_attempts;
    if (v664 !== undefined) {
      if (v664 !== null) {
        if (!Number.isInteger(v664)) {
          fail(issues, path + '/retry_max_attempts', 'integer', v664);
        } else {
          if ((v664 as number) < 1) {
            fail(issues, path + '/retry_max_attempts', 'integer that is >= 1', v664, 'must be >= 1');
          }
          if ((v664 as number) > 5) {
            fail(issues, path + '/retry_max_attempts', 'integer that is <= 5', v664, 'must be <= 5');
          }
        }
      }
    }
    const v665 = v598.spend_limits;
    if (v665 !== undefined) {
      if (v665 !== null) {
        if (typeof v665 !== 'object' || v665 === null || Array.isArray(v665)) {
          fail(issues, path + '/spend_limits', 'object', v665);
        } else {
          const v666 = v665 as unknown as Record<string, unknown>;
          const v667 = v666.enabled;
          if (v667 !== undefined) {
            if (typeof v667 !== 'boolean') {
              fail(issues, path + '/spend_limits' + '/enabled', 'boolean', v667);
            }
          }
          const v668 = v666.rules;
          if (v668 !== undefined) {
            if (!Array.isArray(v668)) {
              fail(issues, path + '/spend_limits' + '/rules', 'array', v668);
            } else {
              const v669: unknown[] = v668 as unknown[];
              if (v669.length > 20) {
                fail(issues, path + '/spend_limits' + '/rules', 'array of at most 20 items', v669);
              }
              for (let v670 = 0; v670 < v669.length; v670++) {
                const v671 = v669[v670];
                if (typeof v671 !== 'object' || v671 === null || Array.isArray(v671)) {
                  fail(issues, path + '/spend_limits' + '/rules' + '/' + v670, 'object', v671);
                } else {
                  const v672 = v671 as unknown as Record<string, unknown>;
                  const v673 = v672.enabled;
                  if (v673 !== undefined) {
                    if (typeof v673 !== 'boolean') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/enabled', 'boolean', v673);
                    }
                  }
                  const v674 = v672.id;
                  if (v674 !== undefined) {
                    if (typeof v674 !== 'string') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/id', 'string', v674);
                    } else {
                      if (v674.length < 1 || (v674.length < 2 && codePoints(v674) < 1)) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/id',
                          'string of at least 1 characters',
                          v674,
                        );
                      }
                    }
                  }
                  const v675 = v672.limit;
                  if (v675 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v670 + '/limit',
                      'number',
                      v675,
                      'is required',
                    );
                  } else {
                    if (typeof v675 !== 'number' || !Number.isFinite(v675)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/limit', 'number', v675);
                    } else {
                      if ((v675 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/limit',
                          'number that is > 0',
                          v675,
                          'must be > 0',
                        );
                      }
                    }
                  }
                  const v676 = v672.limitType;
                  if (v676 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v670 + '/limitType',
                      'enum',
                      v676,
                      'is required',
                    );
                  } else {
                    if (!(v676 === 'cost')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v670 + '/limitType',
                        'one of "cost"',
                        v676,
                      );
                    }
                  }
                  const v677 = v672.metadata;
                  if (v677 !== undefined) {
                    if (typeof v677 !== 'object' || v677 === null || Array.isArray(v677)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/metadata', 'object', v677);
                    } else {
                      const v678 = v677 as unknown as Record<string, unknown>;
                      for (const v679 of Object.keys(v678)) {
                        if (false) continue;
                        const v680 = v678[v679];
                        if (!(check110(v680) || check113(v680))) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v670 + '/metadata' + '/' + pointer(v679),
                            'a value matching at least one of 2 alternatives (anyOf)',
                            v680,
                            'matches none of the anyOf alternatives',
                          );
                        }
                      }
                    }
                  }
                  const v681 = v672.model;
                  if (v681 !== undefined) {
                    if (typeof v681 !== 'object' || v681 === null || Array.isArray(v681)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/model', 'object', v681);
                    } else {
                      const v682 = v681 as unknown as Record<string, unknown>;
                      const v683 = v682.mode;
                      if (v683 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/model' + '/mode',
                          'enum',
                          v683,
                          'is required',
                        );
                      } else {
                        if (!(v683 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v670 + '/model' + '/mode',
                            'one of "filter"',
                            v683,
                          );
                        }
                      }
                      const v684 = v682.values;
                      if (v684 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/model' + '/values',
                          'array',
                          v684,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v684)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v670 + '/model' + '/values',
                            'array',
                            v684,
                          );
                        } else {
                          const v685: unknown[] = v684 as unknown[];
                          for (let v686 = 0; v686 < v685.length; v686++) {
                            const v687 = v685[v686];
                            if (typeof v687 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v670 + '/model' + '/values' + '/' + v686,
                                'string',
                                v687,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v688 = v672.provider;
                  if (v688 !== undefined) {
                    if (typeof v688 !== 'object' || v688 === null || Array.isArray(v688)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/provider', 'object', v688);
                    } else {
                      const v689 = v688 as unknown as Record<string, unknown>;
                      const v690 = v689.mode;
                      if (v690 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/provider' + '/mode',
                          'enum',
                          v690,
                          'is required',
                        );
                      } else {
                        if (!(v690 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v670 + '/provider' + '/mode',
                            'one of "filter"',
                            v690,
                          );
                        }
                      }
                      const v691 = v689.values;
                      if (v691 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/provider' + '/values',
                          'array',
                          v691,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v691)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v670 + '/provider' + '/values',
                            'array',
                            v691,
                          );
                        } else {
                          const v692: unknown[] = v691 as unknown[];
                          for (let v693 = 0; v693 < v692.length; v693++) {
                            const v694 = v692[v693];
                            if (typeof v694 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v670 + '/provider' + '/values' + '/' + v693,
                                'string',
                                v694,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v695 = v672.technique;
                  if (v695 !== undefined) {
                    if (!(v695 === 'fixed' || v695 === 'sliding')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v670 + '/technique',
                        'one of "fixed", "sliding"',
                        v695,
                      );
                    }
                  }
                  const v696 = v672.window;
                  if (v696 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v670 + '/window',
                      'integer',
                      v696,
                      'is required',
                    );
                  } else {
                    if (!Number.isInteger(v696)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v670 + '/window', 'integer', v696);
                    } else {
                      if ((v696 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v670 + '/window',
                          'integer that is > 0',
                          v696,
                          'must be > 0',
                        );
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
    const v697 = v598.store_id;
    if (v697 !== undefined) {
      if (v697 !== null) {
        if (typeof v697 !== 'string') {
          fail(issues, path + '/store_id', 'string', v697);
        } else {
        }
      }
    }
    const v698 = v598.stripe;
    if (v698 !== undefined) {
      if (v698 !== null) {
        if (typeof v698 !== 'object' || v698 === null || Array.isArray(v698)) {
          fail(issues, path + '/stripe', 'object', v698);
        } else {
          const v699 = v698 as unknown as Record<string, unknown>;
          const v700 = v699.authorization;
          if (v700 === undefined) {
            fail(issues, path + '/stripe' + '/authorization', 'string', v700, 'is required');
          } else {
            if (typeof v700 !== 'string') {
              fail(issues, path + '/stripe' + '/authorization', 'string', v700);
            } else {
            }
          }
          const v701 = v699.usage_events;
          if (v701 === undefined) {
            fail(issues, path + '/stripe' + '/usage_events', 'array', v701, 'is required');
          } else {
            if (!Array.isArray(v701)) {
              fail(issues, path + '/stripe' + '/usage_events', 'array', v701);
            } else {
              const v702: unknown[] = v701 as unknown[];
              for (let v703 = 0; v703 < v702.length; v703++) {
                const v704 = v702[v703];
                if (typeof v704 !== 'object' || v704 === null || Array.isArray(v704)) {
                  fail(issues, path + '/stripe' + '/usage_events' + '/' + v703, 'object', v704);
                } else {
                  const v705 = v704 as unknown as Record<string, unknown>;
                  const v706 = v705.payload;
                  if (v706 === undefined) {
                    fail(
                      issues,
                      path + '/stripe' + '/usage_events' + '/' + v703 + '/payload',
                      'string',
                      v706,
                      'is required',
                    );
                  } else {
                    if (typeof v706 !== 'string') {
                      fail(issues, path + '/stripe' + '/usage_events' + '/' + v703 + '/payload', 'string', v706);
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
    const v707 = v598.workers_ai_billing_mode;
    if (v707 !== undefined) {
      if (!(v707 === 'postpaid' || v707 === 'unified')) {
        fail(issues, path + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v707);
      }
    }
    const v708 = v598.zdr;
    if (v708 !== undefined) {
      if (typeof v708 !== 'boolean') {
        fail(issues, path + '/zdr', 'boolean', v708);
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayGetResponse(value: unknown): ValidationResult<AIGatewayGetResponse> {
  return isAIGatewayGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isAIGatewayGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v709 = value as unknown as Record<string, unknown>;
  const v710 = v709.id;
  if (v710 === undefined) return false;
  if (typeof v710 !== 'string') return false;
  if (v710.length < 1 || (v710.length < 2 && codePoints(v710) < 1)) return false;
  if (v710.length > 64 && codePoints(v710) > 64) return false;
  const v711 = v709.account_id;
  if (v711 !== undefined) {
    if (typeof v711 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayGetArgs} is false. */
export function explainAIGatewayGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v712 = value as unknown as Record<string, unknown>;
    const v713 = v712.id;
    if (v713 === undefined) {
      fail(issues, path + '/id', 'string', v713, 'is required');
    } else {
      if (typeof v713 !== 'string') {
        fail(issues, path + '/id', 'string', v713);
      } else {
        if (v713.length < 1 || (v713.length < 2 && codePoints(v713) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v713);
        }
        if (v713.length > 64 && codePoints(v713) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v713);
        }
      }
    }
    const v714 = v712.account_id;
    if (v714 !== undefined) {
      if (typeof v714 !== 'string') {
        fail(issues, path + '/account_id', 'string', v714);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isAIGatewayGetArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayGetArgs) };
}

/** Whether `value` is a valid {@link AIGatewayListResponse}. Fast: returns at the first problem. */
export function isAIGatewayListResponse(value: unknown): value is AIGatewayListResponse {
  if (!Array.isArray(value)) return false;
  const v715: unknown[] = value;
  for (let v716 = 0; v716 < v715.length; v716++) {
    const v717 = v715[v716];
    if (typeof v717 !== 'object' || v717 === null || Array.isArray(v717)) return false;
    const v718 = v717 as unknown as Record<string, unknown>;
    const v719 = v718.authentication;
    if (v719 !== undefined) {
      if (typeof v719 !== 'boolean') return false;
    }
    const v720 = v718.cache_invalidate_on_update;
    if (v720 === undefined) return false;
    if (typeof v720 !== 'boolean') return false;
    const v721 = v718.cache_ttl;
    if (v721 === undefined) return false;
    if (v721 !== null) {
      if (!Number.isInteger(v721)) return false;
      if ((v721 as number) < 0) return false;
    }
    const v722 = v718.collect_logs;
    if (v722 === undefined) return false;
    if (typeof v722 !== 'boolean') return false;
    const v723 = v718.created_at;
    if (v723 === undefined) return false;
    if (typeof v723 !== 'string') return false;
    if (!isDateTime(v723)) return false;
    const v724 = v718.dlp;
    if (v724 !== undefined) {
      if (!(check7(v724) || check15(v724))) return false;
    }
    const v725 = v718.guardrails;
    if (v725 !== undefined) {
      if (v725 !== null) {
        if (typeof v725 !== 'object' || v725 === null || Array.isArray(v725)) return false;
        const v726 = v725 as unknown as Record<string, unknown>;
        const v727 = v726.prompt;
        if (v727 === undefined) return false;
        if (typeof v727 !== 'object' || v727 === null || Array.isArray(v727)) return false;
        const v728 = v727 as unknown as Record<string, unknown>;
        const v729 = v728.P1;
        if (v729 !== undefined) {
          if (!(v729 === 'FLAG' || v729 === 'BLOCK')) return false;
        }
        const v730 = v728.S1;
        if (v730 !== undefined) {
          if (!(v730 === 'FLAG' || v730 === 'BLOCK')) return false;
        }
        const v731 = v728.S2;
        if (v731 !== undefined) {
          if (!(v731 === 'FLAG' || v731 === 'BLOCK')) return false;
        }
        const v732 = v728.S3;
        if (v732 !== undefined) {
          if (!(v732 === 'FLAG' || v732 === 'BLOCK')) return false;
        }
        const v733 = v728.S4;
        if (v733 !== undefined) {
          if (!(v733 === 'FLAG' || v733 === 'BLOCK')) return false;
        }
        const v734 = v728.S5;
        if (v734 !== undefined) {
          if (!(v734 === 'FLAG' || v734 === 'BLOCK')) return false;
        }
        const v735 = v728.S6;
        if (v735 !== undefined) {
          if (!(v735 === 'FLAG' || v735 === 'BLOCK')) return false;
        }
        const v736 = v728.S7;
        if (v736 !== undefined) {
          if (!(v736 === 'FLAG' || v736 === 'BLOCK')) return false;
        }
        const v737 = v728.S8;
        if (v737 !== undefined) {
          if (!(v737 === 'FLAG' || v737 === 'BLOCK')) return false;
        }
        const v738 = v728.S9;
        if (v738 !== undefined) {
          if (!(v738 === 'FLAG' || v738 === 'BLOCK')) return false;
        }
        const v739 = v728.S10;
        if (v739 !== undefined) {
          if (!(v739 === 'FLAG' || v739 === 'BLOCK')) return false;
        }
        const v740 = v728.S11;
        if (v740 !== undefined) {
          if (!(v740 === 'FLAG' || v740 === 'BLOCK')) return false;
        }
        const v741 = v728.S12;
        if (v741 !== undefined) {
          if (!(v741 === 'FLAG' || v741 === 'BLOCK')) return false;
        }
        const v742 = v728.S13;
        if (v742 !== undefined) {
          if (!(v742 === 'FLAG' || v742 === 'BLOCK')) return false;
        }
        const v743 = v726.response;
        if (v743 === undefined) return false;
        if (typeof v743 !== 'object' || v743 === null || Array.isArray(v743)) return false;
        const v744 = v743 as unknown as Record<string, unknown>;
        const v745 = v744.P1;
        if (v745 !== undefined) {
          if (!(v745 === 'FLAG' || v745 === 'BLOCK')) return false;
        }
        const v746 = v744.S1;
        if (v746 !== undefined) {
          if (!(v746 === 'FLAG' || v746 === 'BLOCK')) return false;
        }
        const v747 = v744.S2;
        if (v747 !== undefined) {
          if (!(v747 === 'FLAG' || v747 === 'BLOCK')) return false;
        }
        const v748 = v744.S3;
        if (v748 !== undefined) {
          if (!(v748 === 'FLAG' || v748 === 'BLOCK')) return false;
        }
        const v749 = v744.S4;
        if (v749 !== undefined) {
          if (!(v749 === 'FLAG' || v749 === 'BLOCK')) return false;
        }
        const v750 = v744.S5;
        if (v750 !== undefined) {
          if (!(v750 === 'FLAG' || v750 === 'BLOCK')) return false;
        }
        const v751 = v744.S6;
        if (v751 !== undefined) {
          if (!(v751 === 'FLAG' || v751 === 'BLOCK')) return false;
        }
        const v752 = v744.S7;
        if (v752 !== undefined) {
          if (!(v752 === 'FLAG' || v752 === 'BLOCK')) return false;
        }
        const v753 = v744.S8;
        if (v753 !== undefined) {
          if (!(v753 === 'FLAG' || v753 === 'BLOCK')) return false;
        }
        const v754 = v744.S9;
        if (v754 !== undefined) {
          if (!(v754 === 'FLAG' || v754 === 'BLOCK')) return false;
        }
        const v755 = v744.S10;
        if (v755 !== undefined) {
          if (!(v755 === 'FLAG' || v755 === 'BLOCK')) return false;
        }
        const v756 = v744.S11;
        if (v756 !== undefined) {
          if (!(v756 === 'FLAG' || v756 === 'BLOCK')) return false;
        }
        const v757 = v744.S12;
        if (v757 !== undefined) {
          if (!(v757 === 'FLAG' || v757 === 'BLOCK')) return false;
        }
        const v758 = v744.S13;
        if (v758 !== undefined) {
          if (!(v758 === 'FLAG' || v758 === 'BLOCK')) return false;
        }
      }
    }
    const v759 = v718.id;
    if (v759 === undefined) return false;
    if (typeof v759 !== 'string') return false;
    if (v759.length < 1 || (v759.length < 2 && codePoints(v759) < 1)) return false;
    if (v759.length > 64 && codePoints(v759) > 64) return false;
    const v760 = v718.is_default;
    if (v760 !== undefined) {
      if (typeof v760 !== 'boolean') return false;
    }
    const v761 = v718.log_classification;
    if (v761 !== undefined) {
      if (typeof v761 !== 'boolean') return false;
    }
    const v762 = v718.log_management;
    if (v762 !== undefined) {
      if (v762 !== null) {
        if (!Number.isInteger(v762)) return false;
        if ((v762 as number) < 10000) return false;
        if ((v762 as number) > 10000000) return false;
      }
    }
    const v763 = v718.log_management_strategy;
    if (v763 !== undefined) {
      if (v763 !== null) {
        if (!(v763 === 'STOP_INSERTING' || v763 === 'DELETE_OLDEST')) return false;
      }
    }
    const v764 = v718.logpush;
    if (v764 !== undefined) {
      if (typeof v764 !== 'boolean') return false;
    }
    const v765 = v718.logpush_public_key;
    if (v765 !== undefined) {
      if (v765 !== null) {
        if (typeof v765 !== 'string') return false;
        if (v765.length < 16 || (v765.length < 32 && codePoints(v765) < 16)) return false;
        if (v765.length > 1024 && codePoints(v765) > 1024) return false;
      }
    }
    const v766 = v718.modified_at;
    if (v766 === undefined) return false;
    if (typeof v766 !== 'string') return false;
    if (!isDateTime(v766)) return false;
    const v767 = v718.otel;
    if (v767 !== undefined) {
      if (v767 !== null) {
        if (!Array.isArray(v767)) return false;
        const v768: unknown[] = v767;
        if (v768.length > 5) return false;
        for (let v769 = 0; v769 < v768.length; v769++) {
          const v770 = v768[v769];
          if (typeof v770 !== 'object' || v770 === null || Array.isArray(v770)) return false;
          const v771 = v770 as unknown as Record<string, unknown>;
          const v772 = v771.authorization;
          if (v772 !== undefined) {
            if (typeof v772 !== 'string') return false;
            if (v772.length > 256 && codePoints(v772) > 256) return false;
          }
          const v773 = v771.content_type;
          if (v773 !== undefined) {
            if (!(v773 === 'json' || v773 === 'protobuf')) return false;
          }
          const v774 = v771.headers;
          if (v774 === undefined) return false;
          if (typeof v774 !== 'object' || v774 === null || Array.isArray(v774)) return false;
          const v775 = v774 as unknown as Record<string, unknown>;
          for (const v776 of Object.keys(v775)) {
            if (false) continue;
            const v777 = v775[v776];
            if (typeof v777 !== 'string') return false;
            if (v777.length > 4096 && codePoints(v777) > 4096) return false;
          }
          const v778 = v771.url;
          if (v778 === undefined) return false;
          if (typeof v778 !== 'string') return false;
          if (v778.length > 2048 && codePoints(v778) > 2048) return false;
          if (!isUri(v778)) return false;
        }
      }
    }
    const v779 = v718.rate_limiting_interval;
    if (v779 === undefined) return false;
    if (v779 !== null) {
      if (!Number.isInteger(v779)) return false;
      if ((v779 as number) < 0) return false;
    }
    const v780 = v718.rate_limiting_limit;
    if (v780 === undefined) return false;
    if (v780 !== null) {
      if (!Number.isInteger(v780)) return false;
      if ((v780 as number) < 0) return false;
    }
    const v781 = v718.rate_limiting_technique;
    if (v781 !== undefined) {
      if (v781 !== null) {
        if (!(v781 === 'fixed' || v781 === 'sliding')) return false;
      }
    }
    const v782 = v718.retry_backoff;
    if (v782 !== undefined) {
      if (v782 !== null) {
        if (!(v782 === 'constant' || v782 === 'linear' || v782 === 'exponential')) return false;
      }
    }
    const v783 = v718.retry_delay;
    if (v783 !== undefined) {
      if (v783 !== null) {
        if (!Number.isInteger(v783)) return false;
        if ((v783 as number) < 0) return false;
        if ((v783 as number) > 5000) return false;
      }
    }
    const v784 = v718.retry_max_attempts;
    if (v784 !== undefined) {
      if (v784 !== null) {
        if (!Number.isInteger(v784)) return false;
        if ((v784 as number) < 1) return false;
        if ((v784 as number) > 5) return false;
      }
    }
    const v785 = v718.spend_limits;
    if (v785 !== undefined) {
      if (v785 !== null) {
        if (typeof v785 !== 'object' || v785 === null || Array.isArray(v785)) return false;
        const v786 = v785 as unknown as Record<string, unknown>;
        const v787 = v786.enabled;
        if (v787 !== undefined) {
          if (typeof v787 !== 'boolean') return false;
        }
        const v788 = v786.rules;
        if (v788 !== undefined) {
          if (!Array.isArray(v788)) return false;
          const v789: unknown[] = v788;
          if (v789.length > 20) return false;
          for (let v790 = 0; v790 < v789.length; v790++) {
            const v791 = v789[v790];
            if (typeof v791 !== 'object' || v791 === null || Array.isArray(v791)) return false;
            const v792 = v791 as unknown as Record<string, unknown>;
            const v793 = v792.enabled;
            if (v793 !== undefined) {
              if (typeof v793 !== 'boolean') return false;
            }
            const v794 = v792.id;
            if (v794 !== undefined) {
              if (typeof v794 !== 'string') return false;
              if (v794.length < 1 || (v794.length < 2 && codePoints(v794) < 1)) return false;
            }
            const v795 = v792.limit;
            if (v795 === undefined) return false;
            if (typeof v795 !== 'number' || !Number.isFinite(v795)) return false;
            if ((v795 as number) <= 0) return false;
            const v796 = v792.limitType;
            if (v796 === undefined) return false;
            if (!(v796 === 'cost')) return false;
            const v797 = v792.metadata;
            if (v797 !== undefined) {
              if (typeof v797 !== 'object' || v797 === null || Array.isArray(v797)) return false;
              const v798 = v797 as unknown as Record<string, unknown>;
              for (const v799 of Object.keys(v798)) {
                if (false) continue;
                const v800 = v798[v799];
                if (!(check110(v800) || check113(v800))) return false;
              }
            }
            const v801 = v792.model;
            if (v801 !== undefined) {
              if (typeof v801 !== 'object' || v801 === null || Array.isArray(v801)) return false;
              const v802 = v801 as unknown as Record<string, unknown>;
              const v803 = v802.mode;
              if (v803 === undefined) return false;
              if (!(v803 === 'filter')) return false;
              const v804 = v802.values;
              if (v804 === undefined) return false;
              if (!Array.isArray(v804)) return false;
              const v805: unknown[] = v804;
              for (let v806 = 0; v806 < v805.length; v806++) {
                const v807 = v805[v806];
                if (typeof v807 !== 'string') return false;
              }
            }
            const v808 = v792.provider;
            if (v808 !== undefined) {
              if (typeof v808 !== 'object' || v808 === null || Array.isArray(v808)) return false;
              const v809 = v808 as unknown as Record<string, unknown>;
              const v810 = v809.mode;
              if (v810 === undefined) return false;
              if (!(v810 === 'filter')) return false;
              const v811 = v809.values;
              if (v811 === undefined) return false;
              if (!Array.isArray(v811)) return false;
              const v812: unknown[] = v811;
              for (let v813 = 0; v813 < v812.length; v813++) {
                const v814 = v812[v813];
                if (typeof v814 !== 'string') return false;
              }
            }
            const v815 = v792.technique;
            if (v815 !== undefined) {
              if (!(v815 === 'fixed' || v815 === 'sliding')) return false;
            }
            const v816 = v792.window;
            if (v816 === undefined) return false;
            if (!Number.isInteger(v816)) return false;
            if ((v816 as number) <= 0) return false;
          }
        }
      }
    }
    const v817 = v718.store_id;
    if (v817 !== undefined) {
      if (v817 !== null) {
        if (typeof v817 !== 'string') return false;
      }
    }
    const v818 = v718.stripe;
    if (v818 !== undefined) {
      if (v818 !== null) {
        if (typeof v818 !== 'object' || v818 === null || Array.isArray(v818)) return false;
        const v819 = v818 as unknown as Record<string, unknown>;
        const v820 = v819.authorization;
        if (v820 === undefined) return false;
        if (typeof v820 !== 'string') return false;
        const v821 = v819.usage_events;
        if (v821 === undefined) return false;
        if (!Array.isArray(v821)) return false;
        const v822: unknown[] = v821;
        for (let v823 = 0; v823 < v822.length; v823++) {
          const v824 = v822[v823];
          if (typeof v824 !== 'object' || v824 === null || Array.isArray(v824)) return false;
          const v825 = v824 as unknown as Record<string, unknown>;
          const v826 = v825.payload;
          if (v826 === undefined) return false;
          if (typeof v826 !== 'string') return false;
        }
      }
    }
    const v827 = v718.workers_ai_billing_mode;
    if (v827 !== undefined) {
      if (!(v827 === 'postpaid' || v827 === 'unified')) return false;
    }
    const v828 = v718.zdr;
    if (v828 !== undefined) {
      if (typeof v828 !== 'boolean') return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListResponse} is false. */
export function explainAIGatewayListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v829: unknown[] = value as unknown[];
    for (let v830 = 0; v830 < v829.length; v830++) {
      const v831 = v829[v830];
      if (typeof v831 !== 'object' || v831 === null || Array.isArray(v831)) {
        fail(issues, path + '/' + v830, 'object', v831);
      } else {
        const v832 = v831 as unknown as Record<string, unknown>;
        const v833 = v832.authentication;
        if (v833 !== undefined) {
          if (typeof v833 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/authentication', 'boolean', v833);
          }
        }
        const v834 = v832.cache_invalidate_on_update;
        if (v834 === undefined) {
          fail(issues, path + '/' + v830 + '/cache_invalidate_on_update', 'boolean', v834, 'is required');
        } else {
          if (typeof v834 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/cache_invalidate_on_update', 'boolean', v834);
          }
        }
        const v835 = v832.cache_ttl;
        if (v835 === undefined) {
          fail(issues, path + '/' + v830 + '/cache_ttl', 'integer or null', v835, 'is required');
        } else {
          if (v835 !== null) {
            if (!Number.isInteger(v835)) {
              fail(issues, path + '/' + v830 + '/cache_ttl', 'integer', v835);
            } else {
              if ((v835 as number) < 0) {
                fail(issues, path + '/' + v830 + '/cache_ttl', 'integer that is >= 0', v835, 'must be >= 0');
              }
            }
          }
        }
        const v836 = v832.collect_logs;
        if (v836 === undefined) {
          fail(issues, path + '/' + v830 + '/collect_logs', 'boolean', v836, 'is required');
        } else {
          if (typeof v836 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/collect_logs', 'boolean', v836);
          }
        }
        const v837 = v832.created_at;
        if (v837 === undefined) {
          fail(issues, path + '/' + v830 + '/created_at', 'string', v837, 'is required');
        } else {
          if (typeof v837 !== 'string') {
            fail(issues, path + '/' + v830 + '/created_at', 'string', v837);
          } else {
            if (!isDateTime(v837)) {
              fail(issues, path + '/' + v830 + '/created_at', 'date-time string', v837);
            }
          }
        }
        const v838 = v832.dlp;
        if (v838 !== undefined) {
          if (!(check7(v838) || check15(v838))) {
            fail(
              issues,
              path + '/' + v830 + '/dlp',
              'a value matching at least one of 2 alternatives (anyOf)',
              v838,
              'matches none of the anyOf alternatives',
            );
          }
        }
        const v839 = v832.guardrails;
        if (v839 !== undefined) {
          if (v839 !== null) {
            if (typeof v839 !== 'object' || v839 === null || Array.isArray(v839)) {
              fail(issues, path + '/' + v830 + '/guardrails', 'object', v839);
            } else {
              const v840 = v839 as unknown as Record<string, unknown>;
              const v841 = v840.prompt;
              if (v841 === undefined) {
                fail(issues, path + '/' + v830 + '/guardrails' + '/prompt', 'object', v841, 'is required');
              } else {
                if (typeof v841 !== 'object' || v841 === null || Array.isArray(v841)) {
                  fail(issues, path + '/' + v830 + '/guardrails' + '/prompt', 'object', v841);
                } else {
                  const v842 = v841 as unknown as Record<string, unknown>;
                  const v843 = v842.P1;
                  if (v843 !== undefined) {
                    if (!(v843 === 'FLAG' || v843 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/P1',
                        'one of "FLAG", "BLOCK"',
                        v843,
                      );
                    }
                  }
                  const v844 = v842.S1;
                  if (v844 !== undefined) {
                    if (!(v844 === 'FLAG' || v844 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S1',
                        'one of "FLAG", "BLOCK"',
                        v844,
                      );
                    }
                  }
                  const v845 = v842.S2;
                  if (v845 !== undefined) {
                    if (!(v845 === 'FLAG' || v845 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S2',
                        'one of "FLAG", "BLOCK"',
                        v845,
                      );
                    }
                  }
                  const v846 = v842.S3;
                  if (v846 !== undefined) {
                    if (!(v846 === 'FLAG' || v846 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S3',
                        'one of "FLAG", "BLOCK"',
                        v846,
                      );
                    }
                  }
                  const v847 = v842.S4;
                  if (v847 !== undefined) {
                    if (!(v847 === 'FLAG' || v847 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S4',
                        'one of "FLAG", "BLOCK"',
                        v847,
                      );
                    }
                  }
                  const v848 = v842.S5;
                  if (v848 !== undefined) {
                    if (!(v848 === 'FLAG' || v848 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S5',
                        'one of "FLAG", "BLOCK"',
                        v848,
                      );
                    }
                  }
                  const v849 = v842.S6;
                  if (v849 !== undefined) {
                    if (!(v849 === 'FLAG' || v849 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S6',
                        'one of "FLAG", "BLOCK"',
                        v849,
                      );
                    }
                  }
                  const v850 = v842.S7;
                  if (v850 !== undefined) {
                    if (!(v850 === 'FLAG' || v850 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S7',
                        'one of "FLAG", "BLOCK"',
                        v850,
                      );
                    }
                  }
                  const v851 = v842.S8;
                  if (v851 !== undefined) {
                    if (!(v851 === 'FLAG' || v851 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S8',
                        'one of "FLAG", "BLOCK"',
                        v851,
                      );
                    }
                  }
                  const v852 = v842.S9;
                  if (v852 !== undefined) {
                    if (!(v852 === 'FLAG' || v852 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S9',
                        'one of "FLAG", "BLOCK"',
                        v852,
                      );
                    }
                  }
                  const v853 = v842.S10;
                  if (v853 !== undefined) {
                    if (!(v853 === 'FLAG' || v853 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S10',
                        'one of "FLAG", "BLOCK"',
                        v853,
                      );
                    }
                  }
                  const v854 = v842.S11;
                  if (v854 !== undefined) {
                    if (!(v854 === 'FLAG' || v854 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S11',
                        'one of "FLAG", "BLOCK"',
                        v854,
                      );
                    }
                  }
                  const v855 = v842.S12;
                  if (v855 !== undefined) {
                    if (!(v855 === 'FLAG' || v855 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S12',
                        'one of "FLAG", "BLOCK"',
                        v855,
                      );
                    }
                  }
                  const v856 = v842.S13;
                  if (v856 !== undefined) {
                    if (!(v856 === 'FLAG' || v856 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/prompt' + '/S13',
                        'one of "FLAG", "BLOCK"',
                        v856,
                      );
                    }
                  }
                }
              }
              const v857 = v840.response;
              if (v857 === undefined) {
                fail(issues, path + '/' + v830 + '/guardrails' + '/response', 'object', v857, 'is required');
              } else {
                if (typeof v857 !== 'object' || v857 === null || Array.isArray(v857)) {
                  fail(issues, path + '/' + v830 + '/guardrails' + '/response', 'object', v857);
                } else {
                  const v858 = v857 as unknown as Record<string, unknown>;
                  const v859 = v858.P1;
                  if (v859 !== undefined) {
                    if (!(v859 === 'FLAG' || v859 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/P1',
                        'one of "FLAG", "BLOCK"',
                        v859,
                      );
                    }
                  }
                  const v860 = v858.S1;
                  if (v860 !== undefined) {
                    if (!(v860 === 'FLAG' || v860 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S1',
                        'one of "FLAG", "BLOCK"',
                        v860,
                      );
                    }
                  }
                  const v861 = v858.S2;
                  if (v861 !== undefined) {
                    if (!(v861 === 'FLAG' || v861 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S2',
                        'one of "FLAG", "BLOCK"',
                        v861,
                      );
                    }
                  }
                  const v862 = v858.S3;
                  if (v862 !== undefined) {
                    if (!(v862 === 'FLAG' || v862 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S3',
                        'one of "FLAG", "BLOCK"',
                        v862,
                      );
                    }
                  }
                  const v863 = v858.S4;
                  if (v863 !== undefined) {
                    if (!(v863 === 'FLAG' || v863 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S4',
                        'one of "FLAG", "BLOCK"',
                        v863,
                      );
                    }
                  }
                  const v864 = v858.S5;
                  if (v864 !== undefined) {
                    if (!(v864 === 'FLAG' || v864 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S5',
                        'one of "FLAG", "BLOCK"',
                        v864,
                      );
                    }
                  }
                  const v865 = v858.S6;
                  if (v865 !== undefined) {
                    if (!(v865 === 'FLAG' || v865 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S6',
                        'one of "FLAG", "BLOCK"',
                        v865,
                      );
                    }
                  }
                  const v866 = v858.S7;
                  if (v866 !== undefined) {
                    if (!(v866 === 'FLAG' || v866 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S7',
                        'one of "FLAG", "BLOCK"',
                        v866,
                      );
                    }
                  }
                  const v867 = v858.S8;
                  if (v867 !== undefined) {
                    if (!(v867 === 'FLAG' || v867 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S8',
                        'one of "FLAG", "BLOCK"',
                        v867,
                      );
                    }
                  }
                  const v868 = v858.S9;
                  if (v868 !== undefined) {
                    if (!(v868 === 'FLAG' || v868 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S9',
                        'one of "FLAG", "BLOCK"',
                        v868,
                      );
                    }
                  }
                  const v869 = v858.S10;
                  if (v869 !== undefined) {
                    if (!(v869 === 'FLAG' || v869 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S10',
                        'one of "FLAG", "BLOCK"',
                        v869,
                      );
                    }
                  }
                  const v870 = v858.S11;
                  if (v870 !== undefined) {
                    if (!(v870 === 'FLAG' || v870 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S11',
                        'one of "FLAG", "BLOCK"',
                        v870,
                      );
                    }
                  }
                  const v871 = v858.S12;
                  if (v871 !== undefined) {
                    if (!(v871 === 'FLAG' || v871 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S12',
                        'one of "FLAG", "BLOCK"',
                        v871,
                      );
                    }
                  }
                  const v872 = v858.S13;
                  if (v872 !== undefined) {
                    if (!(v872 === 'FLAG' || v872 === 'BLOCK')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/guardrails' + '/response' + '/S13',
                        'one of "FLAG", "BLOCK"',
                        v872,
                      );
                    }
                  }
                }
              }
            }
          }
        }
        const v873 = v832.id;
        if (v873 === undefined) {
          fail(issues, path + '/' + v830 + '/id', 'string', v873, 'is required');
        } else {
          if (typeof v873 !== 'string') {
            fail(issues, path + '/' + v830 + '/id', 'string', v873);
          } else {
            if (v873.length < 1 || (v873.length < 2 && codePoints(v873) < 1)) {
              fail(issues, path + '/' + v830 + '/id', 'string of at least 1 characters', v873);
            }
            if (v873.length > 64 && codePoints(v873) > 64) {
              fail(issues, path + '/' + v830 + '/id', 'string of at most 64 characters', v873);
            }
          }
        }
        const v874 = v832.is_default;
        if (v874 !== undefined) {
          if (typeof v874 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/is_default', 'boolean', v874);
          }
        }
        const v875 = v832.log_classification;
        if (v875 !== undefined) {
          if (typeof v875 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/log_classification', 'boolean', v875);
          }
        }
        const v876 = v832.log_management;
        if (v876 !== undefined) {
          if (v876 !== null) {
            if (!Number.isInteger(v876)) {
              fail(issues, path + '/' + v830 + '/log_management', 'integer', v876);
            } else {
              if ((v876 as number) < 10000) {
                fail(
                  issues,
                  path + '/' + v830 + '/log_management',
                  'integer that is >= 10000',
                  v876,
                  'must be >= 10000',
                );
              }
              if ((v876 as number) > 10000000) {
                fail(
                  issues,
                  path + '/' + v830 + '/log_management',
                  'integer that is <= 10000000',
                  v876,
                  'must be <= 10000000',
                );
              }
            }
          }
        }
        const v877 = v832.log_management_strategy;
        if (v877 !== undefined) {
          if (v877 !== null) {
            if (!(v877 === 'STOP_INSERTING' || v877 === 'DELETE_OLDEST')) {
              fail(
                issues,
                path + '/' + v830 + '/log_management_strategy',
                'one of "STOP_INSERTING", "DELETE_OLDEST"',
                v877,
              );
            }
          }
        }
        const v878 = v832.logpush;
        if (v878 !== undefined) {
          if (typeof v878 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/logpush', 'boolean', v878);
          }
        }
        const v879 = v832.logpush_public_key;
        if (v879 !== undefined) {
          if (v879 !== null) {
            if (typeof v879 !== 'string') {
              fail(issues, path + '/' + v830 + '/logpush_public_key', 'string', v879);
            } else {
              if (v879.length < 16 || (v879.length < 32 && codePoints(v879) < 16)) {
                fail(issues, path + '/' + v830 + '/logpush_public_key', 'string of at least 16 characters', v879);
              }
              if (v879.length > 1024 && codePoints(v879) > 1024) {
                fail(issues, path + '/' + v830 + '/logpush_public_key', 'string of at most 1024 characters', v879);
              }
            }
          }
        }
        const v880 = v832.modified_at;
        if (v880 === undefined) {
          fail(issues, path + '/' + v830 + '/modified_at', 'string', v880, 'is required');
        } else {
          if (typeof v880 !== 'string') {
            fail(issues, path + '/' + v830 + '/modified_at', 'string', v880);
          } else {
            if (!isDateTime(v880)) {
              fail(issues, path + '/' + v830 + '/modified_at', 'date-time string', v880);
            }
          }
        }
        const v881 = v832.otel;
        if (v881 !== undefined) {
          if (v881 !== null) {
            if (!Array.isArray(v881)) {
              fail(issues, path + '/' + v830 + '/otel', 'array', v881);
            } else {
              const v882: unknown[] = v881 as unknown[];
              if (v882.length > 5) {
                fail(issues, path + '/' + v830 + '/otel', 'array of at most 5 items', v882);
              }
              for (let v883 = 0; v883 < v882.length; v883++) {
                const v884 = v882[v883];
                if (typeof v884 !== 'object' || v884 === null || Array.isArray(v884)) {
                  fail(issues, path + '/' + v830 + '/otel' + '/' + v883, 'object', v884);
                } else {
                  const v885 = v884 as unknown as Record<string, unknown>;
                  const v886 = v885.authorization;
                  if (v886 !== undefined) {
                    if (typeof v886 !== 'string') {
                      fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/authorization', 'string', v886);
                    } else {
                      if (v886.length > 256 && codePoints(v886) > 256) {
                        fail(
                          issues,
                          path + '/' + v830 + '/otel' + '/' + v883 + '/authorization',
                          'string of at most 256 characters',
                          v886,
                        );
                      }
                    }
                  }
                  const v887 = v885.content_type;
                  if (v887 !== undefined) {
                    if (!(v887 === 'json' || v887 === 'protobuf')) {
                      fail(
                        issues,
                        path + '/' + v830 + '/otel' + '/' + v883 + '/content_type',
                        'one of "json", "protobuf"',
                        v887,
                      );
                    }
                  }
                  const v888 = v885.headers;
                  if (v888 === undefined) {
                    fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/headers', 'object', v888, 'is required');
                  } else {
                    if (typeof v888 !== 'object' || v888 === null || Array.isArray(v888)) {
                      fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/headers', 'object', v888);
                    } else {
                      const v889 = v888 as unknown as Record<string, unknown>;
                      for (const v890 of Object.keys(v889)) {
                        if (false) continue;
                        const v891 = v889[v890];
                        if (typeof v891 !== 'string') {
                          fail(
                            issues,
                            path + '/' + v830 + '/otel' + '/' + v883 + '/headers' + '/' + pointer(v890),
                            'string',
                            v891,
                          );
                        } else {
                          if (v891.length > 4096 && codePoints(v891) > 4096) {
                            fail(
                              issues,
                              path + '/' + v830 + '/otel' + '/' + v883 + '/headers' + '/' + pointer(v890),
                              'string of at most 4096 characters',
                              v891,
                            );
                          }
                        }
                      }
                    }
                  }
                  const v892 = v885.url;
                  if (v892 === undefined) {
                    fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/url', 'string', v892, 'is required');
                  } else {
                    if (typeof v892 !== 'string') {
                      fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/url', 'string', v892);
                    } else {
                      if (v892.length > 2048 && codePoints(v892) > 2048) {
                        fail(
                          issues,
                          path + '/' + v830 + '/otel' + '/' + v883 + '/url',
                          'string of at most 2048 characters',
                          v892,
                        );
                      }
                      if (!isUri(v892)) {
                        fail(issues, path + '/' + v830 + '/otel' + '/' + v883 + '/url', 'uri string', v892);
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v893 = v832.rate_limiting_interval;
        if (v893 === undefined) {
          fail(issues, path + '/' + v830 + '/rate_limiting_interval', 'integer or null', v893, 'is required');
        } else {
          if (v893 !== null) {
            if (!Number.isInteger(v893)) {
              fail(issues, path + '/' + v830 + '/rate_limiting_interval', 'integer', v893);
            } else {
              if ((v893 as number) < 0) {
                fail(
                  issues,
                  path + '/' + v830 + '/rate_limiting_interval',
                  'integer that is >= 0',
                  v893,
                  'must be >= 0',
                );
              }
            }
          }
        }
        const v894 = v832.rate_limiting_limit;
        if (v894 === undefined) {
          fail(issues, path + '/' + v830 + '/rate_limiting_limit', 'integer or null', v894, 'is required');
        } else {
          if (v894 !== null) {
            if (!Number.isInteger(v894)) {
              fail(issues, path + '/' + v830 + '/rate_limiting_limit', 'integer', v894);
            } else {
              if ((v894 as number) < 0) {
                fail(issues, path + '/' + v830 + '/rate_limiting_limit', 'integer that is >= 0', v894, 'must be >= 0');
              }
            }
          }
        }
        const v895 = v832.rate_limiting_technique;
        if (v895 !== undefined) {
          if (v895 !== null) {
            if (!(v895 === 'fixed' || v895 === 'sliding')) {
              fail(issues, path + '/' + v830 + '/rate_limiting_technique', 'one of "fixed", "sliding"', v895);
            }
          }
        }
        const v896 = v832.retry_backoff;
        if (v896 !== undefined) {
          if (v896 !== null) {
            if (!(v896 === 'constant' || v896 === 'linear' || v896 === 'exponential')) {
              fail(issues, path + '/' + v830 + '/retry_backoff', 'one of "constant", "linear", "exponential"', v896);
            }
          }
        }
        const v897 = v832.retry_delay;
        if (v897 !== undefined) {
          if (v897 !== null) {
            if (!Number.isInteger(v897)) {
              fail(issues, path + '/' + v830 + '/retry_delay', 'integer', v897);
            } else {
              if ((v897 as number) < 0) {
                fail(issues, path + '/' + v830 + '/retry_delay', 'integer that is >= 0', v897, 'must be >= 0');
              }
              if ((v897 as number) > 5000) {
                fail(issues, path + '/' + v830 + '/retry_delay', 'integer that is <= 5000', v897, 'must be <= 5000');
              }
            }
          }
        }
        const v898 = v832.retry_max_attempts;
        if (v898 !== undefined) {
          if (v898 !== null) {
            if (!Number.isInteger(v898)) {
              fail(issues, path + '/' + v830 + '/retry_max_attempts', 'integer', v898);
            } else {
              if ((v898 as number) < 1) {
                fail(issues, path + '/' + v830 + '/retry_max_attempts', 'integer that is >= 1', v898, 'must be >= 1');
              }
              if ((v898 as number) > 5) {
                fail(issues, path + '/' + v830 + '/retry_max_attempts', 'integer that is <= 5', v898, 'must be <= 5');
              }
            }
          }
        }
        const v899 = v832.spend_limits;
        if (v899 !== undefined) {
          if (v899 !== null) {
            if (typeof v899 !== 'object' || v899 === null || Array.isArray(v899)) {
              fail(issues, path + '/' + v830 + '/spend_limits', 'object', v899);
            } else {
              const v900 = v899 as unknown as Record<string, unknown>;
              const v901 = v900.enabled;
              if (v901 !== undefined) {
                if (typeof v901 !== 'boolean') {
                  fail(issues, path + '/' + v830 + '/spend_limits' + '/enabled', 'boolean', v901);
                }
              }
              const v902 = v900.rules;
              if (v902 !== undefined) {
                if (!Array.isArray(v902)) {
                  fail(issues, path + '/' + v830 + '/spend_limits' + '/rules', 'array', v902);
                } else {
                  const v903: unknown[] = v902 as unknown[];
                  if (v903.length > 20) {
                    fail(issues, path + '/' + v830 + '/spend_limits' + '/rules', 'array of at most 20 items', v903);
                  }
                  for (let v904 = 0; v904 < v903.length; v904++) {
                    const v905 = v903[v904];
                    if (typeof v905 !== 'object' || v905 === null || Array.isArray(v905)) {
                      fail(issues, path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904, 'object', v905);
                    } else {
                      const v906 = v905 as unknown as Record<string, unknown>;
                      const v907 = v906.enabled;
                      if (v907 !== undefined) {
                        if (typeof v907 !== 'boolean') {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/enabled',
                            'boolean',
                            v907,
                          );
                        }
                      }
                      const v908 = v906.id;
                      if (v908 !== undefined) {
                        if (typeof v908 !== 'string') {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/id',
                            'string',
                            v908,
                          );
                        } else {
                          if (v908.length < 1 || (v908.length < 2 && codePoints(v908) < 1)) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/id',
                              'string of at least 1 characters',
                              v908,
                            );
                          }
                        }
                      }
                      const v909 = v906.limit;
                      if (v909 === undefined) {
                        fail(
                          issues,
                          path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/limit',
                          'number',
                          v909,
                          'is required',
                        );
                      } else {
                        if (typeof v909 !== 'number' || !Number.isFinite(v909)) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/limit',
                            'number',
                            v909,
                          );
                        } else {
                          if ((v909 as number) <= 0) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/limit',
                              'number that is > 0',
                              v909,
                              'must be > 0',
                            );
                          }
                        }
                      }
                      const v910 = v906.limitType;
                      if (v910 === undefined) {
                        fail(
                          issues,
                          path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/limitType',
                          'enum',
                          v910,
                          'is required',
                        );
                      } else {
                        if (!(v910 === 'cost')) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/limitType',
                            'one of "cost"',
                            v910,
                          );
                        }
                      }
                      const v911 = v906.metadata;
                      if (v911 !== undefined) {
                        if (typeof v911 !== 'object' || v911 === null || Array.isArray(v911)) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/metadata',
                            'object',
                            v911,
                          );
                        } else {
                          const v912 = v911 as unknown as Record<string, unknown>;
                          for (const v913 of Object.keys(v912)) {
                            if (false) continue;
                            const v914 = v912[v913];
                            if (!(check110(v914) || check113(v914))) {
                              fail(
                                issues,
                                path +
                                  '/' +
                                  v830 +
                                  '/spend_limits' +
                                  '/rules' +
                                  '/' +
                                  v904 +
                                  '/metadata' +
                                  '/' +
                                  pointer(v913),
                                'a value matching at least one of 2 alternatives (anyOf)',
                                v914,
                                'matches none of the anyOf alternatives',
                              );
                            }
                          }
                        }
                      }
                      const v915 = v906.model;
                      if (v915 !== undefined) {
                        if (typeof v915 !== 'object' || v915 === null || Array.isArray(v915)) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/model',
                            'object',
                            v915,
                          );
                        } else {
                          const v916 = v915 as unknown as Record<string, unknown>;
                          const v917 = v916.mode;
                          if (v917 === undefined) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/model' + '/mode',
                              'enum',
                              v917,
                              'is required',
                            );
                          } else {
                            if (!(v917 === 'filter')) {
                              fail(
                                issues,
                                path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/model' + '/mode',
                                'one of "filter"',
                                v917,
                              );
                            }
                          }
                          const v918 = v916.values;
                          if (v918 === undefined) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/model' + '/values',
                              'array',
                              v918,
                              'is required',
                            );
                          } else {
                            if (!Array.isArray(v918)) {
                              fail(
                                issues,
                                path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/model' + '/values',
                                'array',
                                v918,
                              );
                            } else {
                              const v919: unknown[] = v918 as unknown[];
                              for (let v920 = 0; v920 < v919.length; v920++) {
                                const v921 = v919[v920];
                                if (typeof v921 !== 'string') {
                                  fail(
                                    issues,
                                    path +
                                      '/' +
                                      v830 +
                                      '/spend_limits' +
                                      '/rules' +
                                      '/' +
                                      v904 +
                                      '/model' +
                                      '/values' +
                                      '/' +
                                      v920,
                                    'string',
                                    v921,
                                  );
                                } else {
                                }
                              }
                            }
                          }
                        }
                      }
                      const v922 = v906.provider;
                      if (v922 !== undefined) {
                        if (typeof v922 !== 'object' || v922 === null || Array.isArray(v922)) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/provider',
                            'object',
                            v922,
                          );
                        } else {
                          const v923 = v922 as unknown as Record<string, unknown>;
                          const v924 = v923.mode;
                          if (v924 === undefined) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/provider' + '/mode',
                              'enum',
                              v924,
                              'is required',
                            );
                          } else {
                            if (!(v924 === 'filter')) {
                              fail(
                                issues,
                                path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/provider' + '/mode',
                                'one of "filter"',
                                v924,
                              );
                            }
                          }
                          const v925 = v923.values;
                          if (v925 === undefined) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/provider' + '/values',
                              'array',
                              v925,
                              'is required',
                            );
                          } else {
                            if (!Array.isArray(v925)) {
                              fail(
                                issues,
                                path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/provider' + '/values',
                                'array',
                                v925,
                              );
                            } else {
                              const v926: unknown[] = v925 as unknown[];
                              for (let v927 = 0; v927 < v926.length; v927++) {
                                const v928 = v926[v927];
                                if (typeof v928 !== 'string') {
                                  fail(
                                    issues,
                                    path +
                                      '/' +
                                      v830 +
                                      '/spend_limits' +
                                      '/rules' +
                                      '/' +
                                      v904 +
                                      '/provider' +
                                      '/values' +
                                      '/' +
                                      v927,
                                    'string',
                                    v928,
                                  );
                                } else {
                                }
                              }
                            }
                          }
                        }
                      }
                      const v929 = v906.technique;
                      if (v929 !== undefined) {
                        if (!(v929 === 'fixed' || v929 === 'sliding')) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/technique',
                            'one of "fixed", "sliding"',
                            v929,
                          );
                        }
                      }
                      const v930 = v906.window;
                      if (v930 === undefined) {
                        fail(
                          issues,
                          path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/window',
                          'integer',
                          v930,
                          'is required',
                        );
                      } else {
                        if (!Number.isInteger(v930)) {
                          fail(
                            issues,
                            path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/window',
                            'integer',
                            v930,
                          );
                        } else {
                          if ((v930 as number) <= 0) {
                            fail(
                              issues,
                              path + '/' + v830 + '/spend_limits' + '/rules' + '/' + v904 + '/window',
                              'integer that is > 0',
                              v930,
                              'must be > 0',
                            );
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
        const v931 = v832.store_id;
        if (v931 !== undefined) {
          if (v931 !== null) {
            if (typeof v931 !== 'string') {
              fail(issues, path + '/' + v830 + '/store_id', 'string', v931);
            } else {
            }
          }
        }
        const v932 = v832.stripe;
        if (v932 !== undefined) {
          if (v932 !== null) {
            if (typeof v932 !== 'object' || v932 === null || Array.isArray(v932)) {
              fail(issues, path + '/' + v830 + '/stripe', 'object', v932);
            } else {
              const v933 = v932 as unknown as Record<string, unknown>;
              const v934 = v933.authorization;
              if (v934 === undefined) {
                fail(issues, path + '/' + v830 + '/stripe' + '/authorization', 'string', v934, 'is required');
              } else {
                if (typeof v934 !== 'string') {
                  fail(issues, path + '/' + v830 + '/stripe' + '/authorization', 'string', v934);
                } else {
                }
              }
              const v935 = v933.usage_events;
              if (v935 === undefined) {
                fail(issues, path + '/' + v830 + '/stripe' + '/usage_events', 'array', v935, 'is required');
              } else {
                if (!Array.isArray(v935)) {
                  fail(issues, path + '/' + v830 + '/stripe' + '/usage_events', 'array', v935);
                } else {
                  const v936: unknown[] = v935 as unknown[];
                  for (let v937 = 0; v937 < v936.length; v937++) {
                    const v938 = v936[v937];
                    if (typeof v938 !== 'object' || v938 === null || Array.isArray(v938)) {
                      fail(issues, path + '/' + v830 + '/stripe' + '/usage_events' + '/' + v937, 'object', v938);
                    } else {
                      const v939 = v938 as unknown as Record<string, unknown>;
                      const v940 = v939.payload;
                      if (v940 === undefined) {
                        fail(
                          issues,
                          path + '/' + v830 + '/stripe' + '/usage_events' + '/' + v937 + '/payload',
                          'string',
                          v940,
                          'is required',
                        );
                      } else {
                        if (typeof v940 !== 'string') {
                          fail(
                            issues,
                            path + '/' + v830 + '/stripe' + '/usage_events' + '/' + v937 + '/payload',
                            'string',
                            v940,
                          );
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
        const v941 = v832.workers_ai_billing_mode;
        if (v941 !== undefined) {
          if (!(v941 === 'postpaid' || v941 === 'unified')) {
            fail(issues, path + '/' + v830 + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v941);
          }
        }
        const v942 = v832.zdr;
        if (v942 !== undefined) {
          if (typeof v942 !== 'boolean') {
            fail(issues, path + '/' + v830 + '/zdr', 'boolean', v942);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayListResponse(value: unknown): ValidationResult<AIGatewayListResponse> {
  return isAIGatewayListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isAIGatewayListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v943 = value as unknown as Record<string, unknown>;
  const v944 = v943.account_id;
  if (v944 !== undefined) {
    if (typeof v944 !== 'string') return false;
  }
  const v945 = v943.page;
  if (v945 !== undefined) {
    if (!Number.isInteger(v945)) return false;
    if ((v945 as number) < 1) return false;
  }
  const v946 = v943.per_page;
  if (v946 !== undefined) {
    if (!Number.isInteger(v946)) return false;
    if ((v946 as number) < 1) return false;
    if ((v946 as number) > 100) return false;
  }
  const v947 = v943.search;
  if (v947 !== undefined) {
    if (typeof v947 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListArgs} is false. */
export function explainAIGatewayListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v948 = value as unknown as Record<string, unknown>;
    const v949 = v948.account_id;
    if (v949 !== undefined) {
      if (typeof v949 !== 'string') {
        fail(issues, path + '/account_id', 'string', v949);
      } else {
      }
    }
    const v950 = v948.page;
    if (v950 !== undefined) {
      if (!Number.isInteger(v950)) {
        fail(issues, path + '/page', 'integer', v950);
      } else {
        if ((v950 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v950, 'must be >= 1');
        }
      }
    }
    const v951 = v948.per_page;
    if (v951 !== undefined) {
      if (!Number.isInteger(v951)) {
        fail(issues, path + '/per_page', 'integer', v951);
      } else {
        if ((v951 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v951, 'must be >= 1');
        }
        if ((v951 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v951, 'must be <= 100');
        }
      }
    }
    const v952 = v948.search;
    if (v952 !== undefined) {
      if (typeof v952 !== 'string') {
        fail(issues, path + '/search', 'string', v952);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isAIGatewayListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayListArgs) };
}

/** Whether `value` is a valid {@link AIGatewayUpdateResponse}. Fast: returns at the first problem. */
export function isAIGatewayUpdateResponse(value: unknown): value is AIGatewayUpdateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v953 = value as unknown as Record<string, unknown>;
  const v954 = v953.authentication;
  if (v954 !== undefined) {
    if (typeof v954 !== 'boolean') return false;
  }
  const v955 = v953.cache_invalidate_on_update;
  if (v955 === undefined) return false;
  if (typeof v955 !== 'boolean') return false;
  const v956 = v953.cache_ttl;
  if (v956 === undefined) return false;
  if (v956 !== null) {
    if (!Number.isInteger(v956)) return false;
    if ((v956 as number) < 0) return false;
  }
  const v957 = v953.collect_logs;
  if (v957 === undefined) return false;
  if (typeof v957 !== 'boolean') return false;
  const v958 = v953.created_at;
  if (v958 === undefined) return false;
  if (typeof v958 !== 'string') return false;
  if (!isDateTime(v958)) return false;
  const v959 = v953.dlp;
  if (v959 !== undefined) {
    if (!(check7(v959) || check15(v959))) return false;
  }
  const v960 = v953.guardrails;
  if (v960 !== undefined) {
    if (v960 !== null) {
      if (typeof v960 !== 'object' || v960 === null || Array.isArray(v960)) return false;
      const v961 = v960 as unknown as Record<string, unknown>;
      const v962 = v961.prompt;
      if (v962 === undefined) return false;
      if (typeof v962 !== 'object' || v962 === null || Array.isArray(v962)) return false;
      const v963 = v962 as unknown as Record<string, unknown>;
      const v964 = v963.P1;
      if (v964 !== undefined) {
        if (!(v964 === 'FLAG' || v964 === 'BLOCK')) return false;
      }
      const v965 = v963.S1;
      if (v965 !== undefined) {
        if (!(v965 === 'FLAG' || v965 === 'BLOCK')) return false;
      }
      const v966 = v963.S2;
      if (v966 !== undefined) {
        if (!(v966 === 'FLAG' || v966 === 'BLOCK')) return false;
      }
      const v967 = v963.S3;
      if (v967 !== undefined) {
        if (!(v967 === 'FLAG' || v967 === 'BLOCK')) return false;
      }
      const v968 = v963.S4;
      if (v968 !== undefined) {
        if (!(v968 === 'FLAG' || v968 === 'BLOCK')) return false;
      }
      const v969 = v963.S5;
      if (v969 !== undefined) {
        if (!(v969 === 'FLAG' || v969 === 'BLOCK')) return false;
      }
      const v970 = v963.S6;
      if (v970 !== undefined) {
        if (!(v970 === 'FLAG' || v970 === 'BLOCK')) return false;
      }
      const v971 = v963.S7;
      if (v971 !== undefined) {
        if (!(v971 === 'FLAG' || v971 === 'BLOCK')) return false;
      }
      const v972 = v963.S8;
      if (v972 !== undefined) {
        if (!(v972 === 'FLAG' || v972 === 'BLOCK')) return false;
      }
      const v973 = v963.S9;
      if (v973 !== undefined) {
        if (!(v973 === 'FLAG' || v973 === 'BLOCK')) return false;
      }
      const v974 = v963.S10;
      if (v974 !== undefined) {
        if (!(v974 === 'FLAG' || v974 === 'BLOCK')) return false;
      }
      const v975 = v963.S11;
      if (v975 !== undefined) {
        if (!(v975 === 'FLAG' || v975 === 'BLOCK')) return false;
      }
      const v976 = v963.S12;
      if (v976 !== undefined) {
        if (!(v976 === 'FLAG' || v976 === 'BLOCK')) return false;
      }
      const v977 = v963.S13;
      if (v977 !== undefined) {
        if (!(v977 === 'FLAG' || v977 === 'BLOCK')) return false;
      }
      const v978 = v961.response;
      if (v978 === undefined) return false;
      if (typeof v978 !== 'object' || v978 === null || Array.isArray(v978)) return false;
      const v979 = v978 as unknown as Record<string, unknown>;
      const v980 = v979.P1;
      if (v980 !== undefined) {
        if (!(v980 === 'FLAG' || v980 === 'BLOCK')) return false;
      }
      const v981 = v979.S1;
      if (v981 !== undefined) {
        if (!(v981 === 'FLAG' || v981 === 'BLOCK')) return false;
      }
      const v982 = v979.S2;
      if (v982 !== undefined) {
        if (!(v982 === 'FLAG' || v982 === 'BLOCK')) return false;
      }
      const v983 = v979.S3;
      if (v983 !== undefined) {
        if (!(v983 === 'FLAG' || v983 === 'BLOCK')) return false;
      }
      const v984 = v979.S4;
      if (v984 !== undefined) {
        if (!(v984 === 'FLAG' || v984 === 'BLOCK')) return false;
      }
      const v985 = v979.S5;
      if (v985 !== undefined) {
        if (!(v985 === 'FLAG' || v985 === 'BLOCK')) return false;
      }
      const v986 = v979.S6;
      if (v986 !== undefined) {
        if (!(v986 === 'FLAG' || v986 === 'BLOCK')) return false;
      }
      const v987 = v979.S7;
      if (v987 !== undefined) {
        if (!(v987 === 'FLAG' || v987 === 'BLOCK')) return false;
      }
      const v988 = v979.S8;
      if (v988 !== undefined) {
        if (!(v988 === 'FLAG' || v988 === 'BLOCK')) return false;
      }
      const v989 = v979.S9;
      if (v989 !== undefined) {
        if (!(v989 === 'FLAG' || v989 === 'BLOCK')) return false;
      }
      const v990 = v979.S10;
      if (v990 !== undefined) {
        if (!(v990 === 'FLAG' || v990 === 'BLOCK')) return false;
      }
      const v991 = v979.S11;
      if (v991 !== undefined) {
        if (!(v991 === 'FLAG' || v991 === 'BLOCK')) return false;
      }
      const v992 = v979.S12;
      if (v992 !== undefined) {
        if (!(v992 === 'FLAG' || v992 === 'BLOCK')) return false;
      }
      const v993 = v979.S13;
      if (v993 !== undefined) {
        if (!(v993 === 'FLAG' || v993 === 'BLOCK')) return false;
      }
    }
  }
  const v994 = v953.id;
  if (v994 === undefined) return false;
  if (typeof v994 !== 'string') return false;
  if (v994.length < 1 || (v994.length < 2 && codePoints(v994) < 1)) return false;
  if (v994.length > 64 && codePoints(v994) > 64) return false;
  const v995 = v953.is_default;
  if (v995 !== undefined) {
    if (typeof v995 !== 'boolean') return false;
  }
  const v996 = v953.log_classification;
  if (v996 !== undefined) {
    if (typeof v996 !== 'boolean') return false;
  }
  const v997 = v953.log_management;
  if (v997 !== undefined) {
    if (v997 !== null) {
      if (!Number.isInteger(v997)) return false;
      if ((v997 as number) < 10000) return false;
      if ((v997 as number) > 10000000) return false;
    }
  }
  const v998 = v953.log_management_strategy;
  if (v998 !== undefined) {
    if (v998 !== null) {
      if (!(v998 === 'STOP_INSERTING' || v998 === 'DELETE_OLDEST')) return false;
    }
  }
  const v999 = v953.logpush;
  if (v999 !== undefined) {
    if (typeof v999 !== 'boolean') return false;
  }
  const v1000 = v953.logpush_public_key;
  if (v1000 !== undefined) {
    if (v1000 !== null) {
      if (typeof v1000 !== 'string') return false;
      if (v1000.length < 16 || (v1000.length < 32 && codePoints(v1000) < 16)) return false;
      if (v1000.length > 1024 && codePoints(v1000) > 1024) return false;
    }
  }
  const v1001 = v953.modified_at;
  if (v1001 === undefined) return false;
  if (typeof v1001 !== 'string') return false;
  if (!isDateTime(v1001)) return false;
  const v1002 = v953.otel;
  if (v1002 !== undefined) {
    if (v1002 !== null) {
      if (!Array.isArray(v1002)) return false;
      const v1003: unknown[] = v1002;
      if (v1003.length > 5) return false;
      for (let v1004 = 0; v1004 < v1003.length; v1004++) {
        const v1005 = v1003[v1004];
        if (typeof v1005 !== 'object' || v1005 === null || Array.isArray(v1005)) return false;
        const v1006 = v1005 as unknown as Record<string, unknown>;
        const v1007 = v1006.authorization;
        if (v1007 !== undefined) {
          if (typeof v1007 !== 'string') return false;
          if (v1007.length > 256 && codePoints(v1007) > 256) return false;
        }
        const v1008 = v1006.content_type;
        if (v1008 !== undefined) {
          if (!(v1008 === 'json' || v1008 === 'protobuf')) return false;
        }
        const v1009 = v1006.headers;
        if (v1009 === undefined) return false;
        if (typeof v1009 !== 'object' || v1009 === null || Array.isArray(v1009)) return false;
        const v1010 = v1009 as unknown as Record<string, unknown>;
        for (const v1011 of Object.keys(v1010)) {
          if (false) continue;
          const v1012 = v1010[v1011];
          if (typeof v1012 !== 'string') return false;
          if (v1012.length > 4096 && codePoints(v1012) > 4096) return false;
        }
        const v1013 = v1006.url;
        if (v1013 === undefined) return false;
        if (typeof v1013 !== 'string') return false;
        if (v1013.length > 2048 && codePoints(v1013) > 2048) return false;
        if (!isUri(v1013)) return false;
      }
    }
  }
  const v1014 = v953.rate_limiting_interval;
  if (v1014 === undefined) return false;
  if (v1014 !== null) {
    if (!Number.isInteger(v1014)) return false;
    if ((v1014 as number) < 0) return false;
  }
  const v1015 = v953.rate_limiting_limit;
  if (v1015 === undefined) return false;
  if (v1015 !== null) {
    if (!Number.isInteger(v1015)) return false;
    if ((v1015 as number) < 0) return false;
  }
  const v1016 = v953.rate_limiting_technique;
  if (v1016 !== undefined) {
    if (v1016 !== null) {
      if (!(v1016 === 'fixed' || v1016 === 'sliding')) return false;
    }
  }
  const v1017 = v953.retry_backoff;
  if (v1017 !== undefined) {
    if (v1017 !== null) {
      if (!(v1017 === 'constant' || v1017 === 'linear' || v1017 === 'exponential')) return false;
    }
  }
  const v1018 = v953.retry_delay;
  if (v1018 !== undefined) {
    if (v1018 !== null) {
      if (!Number.isInteger(v1018)) return false;
      if ((v1018 as number) < 0) return false;
      if ((v1018 as number) > 5000) return false;
    }
  }
  const v1019 = v953.retry_max_attempts;
  if (v1019 !== undefined) {
    if (v1019 !== null) {
      if (!Number.isInteger(v1019)) return false;
      if ((v1019 as number) < 1) return false;
      if ((v1019 as number) > 5) return false;
    }
  }
  const v1020 = v953.spend_limits;
  if (v1020 !== undefined) {
    if (v1020 !== null) {
      if (typeof v1020 !== 'object' || v1020 === null || Array.isArray(v1020)) return false;
      const v1021 = v1020 as unknown as Record<string, unknown>;
      const v1022 = v1021.enabled;
      if (v1022 !== undefined) {
        if (typeof v1022 !== 'boolean') return false;
      }
      const v1023 = v1021.rules;
      if (v1023 !== undefined) {
        if (!Array.isArray(v1023)) return false;
        const v1024: unknown[] = v1023;
        if (v1024.length > 20) return false;
        for (let v1025 = 0; v1025 < v1024.length; v1025++) {
          const v1026 = v1024[v1025];
          if (typeof v1026 !== 'object' || v1026 === null || Array.isArray(v1026)) return false;
          const v1027 = v1026 as unknown as Record<string, unknown>;
          const v1028 = v1027.enabled;
          if (v1028 !== undefined) {
            if (typeof v1028 !== 'boolean') return false;
          }
          const v1029 = v1027.id;
          if (v1029 !== undefined) {
            if (typeof v1029 !== 'string') return false;
            if (v1029.length < 1 || (v1029.length < 2 && codePoints(v1029) < 1)) return false;
          }
          const v1030 = v1027.limit;
          if (v1030 === undefined) return false;
          if (typeof v1030 !== 'number' || !Number.isFinite(v1030)) return false;
          if ((v1030 as number) <= 0) return false;
          const v1031 = v1027.limitType;
          if (v1031 === undefined) return false;
          if (!(v1031 === 'cost')) return false;
          const v1032 = v1027.metadata;
          if (v1032 !== undefined) {
            if (typeof v1032 !== 'object' || v1032 === null || Array.isArray(v1032)) return false;
            const v1033 = v1032 as unknown as Record<string, unknown>;
            for (const v1034 of Object.keys(v1033)) {
              if (false) continue;
              const v1035 = v1033[v1034];
              if (!(check110(v1035) || check113(v1035))) return false;
            }
          }
          const v1036 = v1027.model;
          if (v1036 !== undefined) {
            if (typeof v1036 !== 'object' || v1036 === null || Array.isArray(v1036)) return false;
            const v1037 = v1036 as unknown as Record<string, unknown>;
            const v1038 = v1037.mode;
            if (v1038 === undefined) return false;
            if (!(v1038 === 'filter')) return false;
            const v1039 = v1037.values;
            if (v1039 === undefined) return false;
            if (!Array.isArray(v1039)) return false;
            const v1040: unknown[] = v1039;
            for (let v1041 = 0; v1041 < v1040.length; v1041++) {
              const v1042 = v1040[v1041];
              if (typeof v1042 !== 'string') return false;
            }
          }
          const v1043 = v1027.provider;
          if (v1043 !== undefined) {
            if (typeof v1043 !== 'object' || v1043 === null || Array.isArray(v1043)) return false;
            const v1044 = v1043 as unknown as Record<string, unknown>;
            const v1045 = v1044.mode;
            if (v1045 === undefined) return false;
            if (!(v1045 === 'filter')) return false;
            const v1046 = v1044.values;
            if (v1046 === undefined) return false;
            if (!Array.isArray(v1046)) return false;
            const v1047: unknown[] = v1046;
            for (let v1048 = 0; v1048 < v1047.length; v1048++) {
              const v1049 = v1047[v1048];
              if (typeof v1049 !== 'string') return false;
            }
          }
          const v1050 = v1027.technique;
          if (v1050 !== undefined) {
            if (!(v1050 === 'fixed' || v1050 === 'sliding')) return false;
          }
          const v1051 = v1027.window;
          if (v1051 === undefined) return false;
          if (!Number.isInteger(v1051)) return false;
          if ((v1051 as number) <= 0) return false;
        }
      }
    }
  }
  const v1052 = v953.store_id;
  if (v1052 !== undefined) {
    if (v1052 !== null) {
      if (typeof v1052 !== 'string') return false;
    }
  }
  const v1053 = v953.stripe;
  if (v1053 !== undefined) {
    if (v1053 !== null) {
      if (typeof v1053 !== 'object' || v1053 === null || Array.isArray(v1053)) return false;
      const v1054 = v1053 as unknown as Record<string, unknown>;
      const v1055 = v1054.authorization;
      if (v1055 === undefined) return false;
      if (typeof v1055 !== 'string') return false;
      const v1056 = v1054.usage_events;
      if (v1056 === undefined) return false;
      if (!Array.isArray(v1056)) return false;
      const v1057: unknown[] = v1056;
      for (let v1058 = 0; v1058 < v1057.length; v1058++) {
        const v1059 = v1057[v1058];
        if (typeof v1059 !== 'object' || v1059 === null || Array.isArray(v1059)) return false;
        const v1060 = v1059 as unknown as Record<string, unknown>;
        const v1061 = v1060.payload;
        if (v1061 === undefined) return false;
        if (typeof v1061 !== 'string') return false;
      }
    }
  }
  const v1062 = v953.workers_ai_billing_mode;
  if (v1062 !== undefined) {
    if (!(v1062 === 'postpaid' || v1062 === 'unified')) return false;
  }
  const v1063 = v953.zdr;
  if (v1063 !== undefined) {
    if (typeof v1063 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayUpdateResponse} is false. */
export function explainAIGatewayUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v1064 = value as unknown as Record<string, unknown>;
    const v1065 = v1064.authentication;
    if (v1065 !== undefined) {
      if (typeof v1065 !== 'boolean') {
        fail(issues, path + '/authentication', 'boolean', v1065);
      }
    }
    const v1066 = v1064.cache_invalidate_on_update;
    if (v1066 === undefined) {
      fail(issues, path + '/cache_invalidate_on_update', 'boolean', v1066, 'is required');
    } else {
      if (typeof v1066 !== 'boolean') {
        fail(issues, path + '/cache_invalidate_on_update', 'boolean', v1066);
      }
    }
    const v1067 = v1064.cache_ttl;
    if (v1067 === undefined) {
      fail(issues, path + '/cache_ttl', 'integer or null', v1067, 'is required');
    } else {
      if (v1067 !== null) {
        if (!Number.isInteger(v1067)) {
          fail(issues, path + '/cache_ttl', 'integer', v1067);
        } else {
          if ((v1067 as number) < 0) {
            fail(issues, path + '/cache_ttl', 'integer that is >= 0', v1067, 'must be >= 0');
          }
        }
      }
    }
    const v1068 = v1064.collect_logs;
    if (v1068 === undefined) {
      fail(issues, path + '/collect_logs', 'boolean', v1068, 'is required');
    } else {
      if (typeof v1068 !== 'boolean') {
        fail(issues, path + '/collect_logs', 'boolean', v1068);
      }
    }
    const v1069 = v1064.created_at;
    if (v1069 === undefined) {
      fail(issues, path + '/created_at', 'string', v1069, 'is required');
    } else {
      if (typeof v1069 !== 'string') {
        fail(issues, path + '/created_at', 'string', v1069);
      } else {
        if (!isDateTime(v1069)) {
          fail(issues, path + '/created_at', 'date-time string', v1069);
        }
      }
    }
    const v1070 = v1064.dlp;
    if (v1070 !== undefined) {
      if (!(check7(v1070) || check15(v1070))) {
        fail(
          issues,
          path + '/dlp',
          'a value matching at least one of 2 alternatives (anyOf)',
          v1070,
          'matches none of the anyOf alternatives',
        );
      }
    }
    const v1071 = v1064.guardrails;
    if (v1071 !== undefined) {
      if (v1071 !== null) {
        if (typeof v1071 !== 'object' || v1071 === null || Array.isArray(v1071)) {
          fail(issues, path + '/guardrails', 'object', v1071);
        } else {
          const v1072 = v1071 as unknown as Record<string, unknown>;
          const v1073 = v1072.prompt;
          if (v1073 === undefined) {
            fail(issues, path + '/guardrails' + '/prompt', 'object', v1073, 'is required');
          } else {
            if (typeof v1073 !== 'object' || v1073 === null || Array.isArray(v1073)) {
              fail(issues, path + '/guardrails' + '/prompt', 'object', v1073);
            } else {
              const v1074 = v1073 as unknown as Record<string, unknown>;
              const v1075 = v1074.P1;
              if (v1075 !== undefined) {
                if (!(v1075 === 'FLAG' || v1075 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v1075);
                }
              }
              const v1076 = v1074.S1;
              if (v1076 !== undefined) {
                if (!(v1076 === 'FLAG' || v1076 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v1076);
                }
              }
              const v1077 = v1074.S2;
              if (v1077 !== undefined) {
                if (!(v1077 === 'FLAG' || v1077 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v1077);
                }
              }
              const v1078 = v1074.S3;
              if (v1078 !== undefined) {
                if (!(v1078 === 'FLAG' || v1078 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v1078);
                }
              }
              const v1079 = v1074.S4;
              if (v1079 !== undefined) {
                if (!(v1079 === 'FLAG' || v1079 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v1079);
                }
              }
              const v1080 = v1074.S5;
              if (v1080 !== undefined) {
                if (!(v1080 === 'FLAG' || v1080 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v1080);
                }
              }
              const v1081 = v1074.S6;
              if (v1081 !== undefined) {
                if (!(v1081 === 'FLAG' || v1081 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v1081);
                }
              }
              const v1082 = v1074.S7;
              if (v1082 !== undefined) {
                if (!(v1082 === 'FLAG' || v1082 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v1082);
                }
              }
              const v1083 = v1074.S8;
              if (v1083 !== undefined) {
                if (!(v1083 === 'FLAG' || v1083 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v1083);
                }
              }
              const v1084 = v1074.S9;
              if (v1084 !== undefined) {
                if (!(v1084 === 'FLAG' || v1084 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v1084);
                }
              }
              const v1085 = v1074.S10;
              if (v1085 !== undefined) {
                if (!(v1085 === 'FLAG' || v1085 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v1085);
                }
              }
              const v1086 = v1074.S11;
              if (v1086 !== undefined) {
                if (!(v1086 === 'FLAG' || v1086 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v1086);
                }
              }
              const v1087 = v1074.S12;
              if (v1087 !== undefined) {
                if (!(v1087 === 'FLAG' || v1087 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v1087);
                }
              }
              const v1088 = v1074.S13;
              if (v1088 !== undefined) {
                if (!(v1088 === 'FLAG' || v1088 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v1088);
                }
              }
            }
          }
          const v1089 = v1072.response;
          if (v1089 === undefined) {
            fail(issues, path + '/guardrails' + '/response', 'object', v1089, 'is required');
          } else {
            if (typeof v1089 !== 'object' || v1089 === null || Array.isArray(v1089)) {
              fail(issues, path + '/guardrails' + '/response', 'object', v1089);
            } else {
              const v1090 = v1089 as unknown as Record<string, unknown>;
              const v1091 = v1090.P1;
              if (v1091 !== undefined) {
                if (!(v1091 === 'FLAG' || v1091 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v1091);
                }
              }
              const v1092 = v1090.S1;
              if (v1092 !== undefined) {
                if (!(v1092 === 'FLAG' || v1092 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v1092);
                }
              }
              const v1093 = v1090.S2;
              if (v1093 !== undefined) {
                if (!(v1093 === 'FLAG' || v1093 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v1093);
                }
              }
              const v1094 = v1090.S3;
              if (v1094 !== undefined) {
                if (!(v1094 === 'FLAG' || v1094 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v1094);
                }
              }
              const v1095 = v1090.S4;
              if (v1095 !== undefined) {
                if (!(v1095 === 'FLAG' || v1095 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v1095);
                }
              }
              const v1096 = v1090.S5;
              if (v1096 !== undefined) {
                if (!(v1096 === 'FLAG' || v1096 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v1096);
                }
              }
              const v1097 = v1090.S6;
              if (v1097 !== undefined) {
                if (!(v1097 === 'FLAG' || v1097 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v1097);
                }
              }
              const v1098 = v1090.S7;
              if (v1098 !== undefined) {
                if (!(v1098 === 'FLAG' || v1098 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v1098);
                }
              }
              const v1099 = v1090.S8;
              if (v1099 !== undefined) {
                if (!(v1099 === 'FLAG' || v1099 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v1099);
                }
              }
              const v1100 = v1090.S9;
              if (v1100 !== undefined) {
                if (!(v1100 === 'FLAG' || v1100 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v1100);
                }
              }
              const v1101 = v1090.S10;
              if (v1101 !== undefined) {
                if (!(v1101 === 'FLAG' || v1101 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v1101);
                }
              }
              const v1102 = v1090.S11;
              if (v1102 !== undefined) {
                if (!(v1102 === 'FLAG' || v1102 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v1102);
                }
              }
              const v1103 = v1090.S12;
              if (v1103 !== undefined) {
                if (!(v1103 === 'FLAG' || v1103 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v1103);
                }
              }
              const v1104 = v1090.S13;
              if (v1104 !== undefined) {
                if (!(v1104 === 'FLAG' || v1104 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v1104);
                }
              }
            }
          }
        }
      }
    }
    const v1105 = v1064.id;
    if (v1105 === undefined) {
      fail(issues, path + '/id', 'string', v1105, 'is required');
    } else {
      if (typeof v1105 !== 'string') {
        fail(issues, path + '/id', 'string', v1105);
      } else {
        if (v1105.length < 1 || (v1105.length < 2 && codePoints(v1105) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v1105);
        }
        if (v1105.length > 64 && codePoints(v1105) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v1105);
        }
      }
    }
    const v1106 = v1064.is_default;
    if (v1106 !== undefined) {
      if (typeof v1106 !== 'boolean') {
        fail(issues, path + '/is_default', 'boolean', v1106);
      }
    }
    const v1107 = v1064.log_classification;
    if (v1107 !== undefined) {
      if (typeof v1107 !== 'boolean') {
        fail(issues, path + '/log_classification', 'boolean', v1107);
      }
    }
    const v1108 = v1064.log_management;
    if (v1108 !== undefined) {
      if (v1108 !== null) {
        if (!Number.isInteger(v1108)) {
          fail(issues, path + '/log_management', 'integer', v1108);
        } else {
          if ((v1108 as number) < 10000) {
            fail(issues, path + '/log_management', 'integer that is >= 10000', v1108, 'must be >= 10000');
          }
          if ((v1108 as number) > 10000000) {
            fail(issues, path + '/log_management', 'integer that is <= 10000000', v1108, 'must be <= 10000000');
          }
        }
      }
    }
    const v1109 = v1064.log_management_strategy;
    if (v1109 !== undefined) {
      if (v1109 !== null) {
        if (!(v1109 === 'STOP_INSERTING' || v1109 === 'DELETE_OLDEST')) {
          fail(issues, path + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v1109);
        }
      }
    }
    const v1110 = v1064.logpush;
    if (v1110 !== undefined) {
      if (typeof v1110 !== 'boolean') {
        fail(issues, path + '/logpush', 'boolean', v1110);
      }
    }
    const v1111 = v1064.logpush_public_key;
    if (v1111 !== undefined) {
      if (v1111 !== null) {
        if (typeof v1111 !== 'string') {
          fail(issues, path + '/logpush_public_key', 'string', v1111);
        } else {
          if (v1111.length < 16 || (v1111.length < 32 && codePoints(v1111) < 16)) {
            fail(issues, path + '/logpush_public_key', 'string of at least 16 characters', v1111);
          }
          if (v1111.length > 1024 && codePoints(v1111) > 1024) {
            fail(issues, path + '/logpush_public_key', 'string of at most 1024 characters', v1111);
          }
        }
      }
    }
    const v1112 = v1064.modified_at;
    if (v1112 === undefined) {
      fail(issues, path + '/modified_at', 'string', v1112, 'is required');
    } else {
      if (typeof v1112 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v1112);
      } else {
        if (!isDateTime(v1112)) {
          fail(issues, path + '/modified_at', 'date-time string', v1112);
        }
      }
    }
    const v1113 = v1064.otel;
    if (v1113 !== undefined) {
      if (v1113 !== null) {
        if (!Array.isArray(v1113)) {
          fail(issues, path + '/otel', 'array', v1113);
        } else {
          const v1114: unknown[] = v1113 as unknown[];
          if (v1114.length > 5) {
            fail(issues, path + '/otel', 'array of at most 5 items', v1114);
          }
          for (let v1115 = 0; v1115 < v1114.length; v1115++) {
            const v1116 = v1114[v1115];
            if (typeof v1116 !== 'object' || v1116 === null || Array.isArray(v1116)) {
              fail(issues, path + '/otel' + '/' + v1115, 'object', v1116);
            } else {
              const v1117 = v1116 as unknown as Record<string, unknown>;
              const v1118 = v1117.authorization;
              if (v1118 !== undefined) {
                if (typeof v1118 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v1115 + '/authorization', 'string', v1118);
                } else {
                  if (v1118.length > 256 && codePoints(v1118) > 256) {
                    fail(
                      issues,
                      path + '/otel' + '/' + v1115 + '/authorization',
                      'string of at most 256 characters',
                      v1118,
                    );
                  }
                }
              }
              const v1119 = v1117.content_type;
              if (v1119 !== undefined) {
                if (!(v1119 === 'json' || v1119 === 'protobuf')) {
                  fail(issues, path + '/otel' + '/' + v1115 + '/content_type', 'one of "json", "protobuf"', v1119);
                }
              }
              const v1120 = v1117.headers;
              if (v1120 === undefined) {
                fail(issues, path + '/otel' + '/' + v1115 + '/headers', 'object', v1120, 'is required');
              } else {
                if (typeof v1120 !== 'object' || v1120 === null || Array.isArray(v1120)) {
                  fail(issues, path + '/otel' + '/' + v1115 + '/headers', 'object', v1120);
                } else {
                  const v1121 = v1120 as unknown as Record<string, unknown>;
                  for (const v1122 of Object.keys(v1121)) {
                    if (false) continue;
                    const v1123 = v1121[v1122];
                    if (typeof v1123 !== 'string') {
                      fail(issues, path + '/otel' + '/' + v1115 + '/headers' + '/' + pointer(v1122), 'string', v1123);
                    } else {
                      if (v1123.length > 4096 && codePoints(v1123) > 4096) {
                        fail(
                          issues,
                          path + '/otel' + '/' + v1115 + '/headers' + '/' + pointer(v1122),
                          'string of at most 4096 characters',
                          v1123,
                        );
                      }
                    }
                  }
                }
              }
              const v1124 = v1117.url;
              if (v1124 === undefined) {
                fail(issues, path + '/otel' + '/' + v1115 + '/url', 'string', v1124, 'is required');
              } else {
                if (typeof v1124 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v1115 + '/url', 'string', v1124);
                } else {
                  if (v1124.length > 2048 && codePoints(v1124) > 2048) {
                    fail(issues, path + '/otel' + '/' + v1115 + '/url', 'string of at most 2048 characters', v1124);
                  }
                  if (!isUri(v1124)) {
                    fail(issues, path + '/otel' + '/' + v1115 + '/url', 'uri string', v1124);
                  }
                }
              }
            }
          }
        }
      }
    }
    const v1125 = v1064.rate_limiting_interval;
    if (v1125 === undefined) {
      fail(issues, path + '/rate_limiting_interval', 'integer or null', v1125, 'is required');
    } else {
      if (v1125 !== null) {
        if (!Number.isInteger(v1125)) {
          fail(issues, path + '/rate_limiting_interval', 'integer', v1125);
        } else {
          if ((v1125 as number) < 0) {
            fail(issues, path + '/rate_limiting_interval', 'integer that is >= 0', v1125, 'must be >= 0');
          }
        }
      }
    }
    const v1126 = v1064.rate_limiting_limit;
    if (v1126 === undefined) {
      fail(issues, path + '/rate_limiting_limit', 'integer or null', v1126, 'is required');
    } else {
      if (v1126 !== null) {
        if (!Number.isInteger(v1126)) {
          fail(issues, path + '/rate_limiting_limit', 'integer', v1126);
        } else {
          if ((v1126 as number) < 0) {
            fail(issues, path + '/rate_limiting_limit', 'integer that is >= 0', v1126, 'must be >= 0');
          }
        }
      }
    }
    const v1127 = v1064.rate_limiting_technique;
    if (v1127 !== undefined) {
      if (v1127 !== null) {
        if (!(v1127 === 'fixed' || v1127 === 'sliding')) {
          fail(issues, path + '/rate_limiting_technique', 'one of "fixed", "sliding"', v1127);
        }
      }
    }
    const v1128 = v1064.retry_backoff;
    if (v1128 !== undefined) {
      if (v1128 !== null) {
        if (!(v1128 === 'constant' || v1128 === 'linear' || v1128 === 'exponential')) {
          fail(issues, path + '/retry_backoff', 'one of "constant", "linear", "exponential"', v1128);
        }
      }
    }
    const v1129 = v1064.retry_delay;
    if (v1129 !== undefined) {
      if (v1129 !== null) {
        if (!Number.isInteger(v1129)) {
          fail(issues, path + '/retry_delay', 'integer', v1129);
        } else {
          if ((v1129 as number) < 0) {
            fail(issues, path + '/retry_delay', 'integer that is >= 0', v1129, 'must be >= 0');
          }
          if ((v1129 as number) > 5000) {
            fail(issues, path + '/retry_delay', 'integer that is <= 5000', v1129, 'must be <= 5000');
          }
        }
      }
    }
    const v1130 = v1064.retry_max_attempts;
    if (v1130 !== undefined) {
      if (v1130 !== null) {
        if (!Number.isInteger(v1130)) {
          fail(issues, path + '/retry_max_attempts', 'integer', v1130);
        } else {
          if ((v1130 as number) < 1) {
            fail(issues, path + '/retry_max_attempts', 'integer that is >= 1', v1130, 'must be >= 1');
          }
          if ((v1130 as number) > 5) {
            fail(issues, path + '/retry_max_attempts', 'integer that is <= 5', v1130, 'must be <= 5');
          }
        }
      }
    }
    const v1131 = v1064.spend_limits;
    if (v1131 !== undefined) {
      if (v1131 !== null) {
        if (typeof v1131 !== 'object' || v1131 === null || Array.isArray(v1131)) {
          fail(issues, path + '/spend_limits', 'object', v1131);
        } else {
          const v1132 = v1131 as unknown as Record<string, unknown>;
          const v1133 = v1132.enabled;
          if (v1133 !== undefined) {
            if (typeof v1133 !== 'boolean') {
              fail(issues, path + '/spend_limits' + '/enabled', 'boolean', v1133);
            }
          }
          const v1134 = v1132.rules;
          if (v1134 !== undefined) {
            if (!Array.isArray(v1134)) {
              fail(issues, path + '/spend_limits' + '/rules', 'array', v1134);
            } else {
              const v1135: unknown[] = v1134 as unknown[];
              if (v1135.length > 20) {
                fail(issues, path + '/spend_limits' + '/rules', 'array of at most 20 items', v1135);
              }
              for (let v1136 = 0; v1136 < v1135.length; v1136++) {
                const v1137 = v1135[v1136];
                if (typeof v1137 !== 'object' || v1137 === null || Array.isArray(v1137)) {
                  fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136, 'object', v1137);
                } else {
                  const v1138 = v1137 as unknown as Record<string, unknown>;
                  const v1139 = v1138.enabled;
                  if (v1139 !== undefined) {
                    if (typeof v1139 !== 'boolean') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/enabled', 'boolean', v1139);
                    }
                  }
                  const v1140 = v1138.id;
                  if (v1140 !== undefined) {
                    if (typeof v1140 !== 'string') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/id', 'string', v1140);
                    } else {
                      if (v1140.length < 1 || (v1140.length < 2 && codePoints(v1140) < 1)) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/id',
                          'string of at least 1 characters',
                          v1140,
                        );
                      }
                    }
                  }
                  const v1141 = v1138.limit;
                  if (v1141 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v1136 + '/limit',
                      'number',
                      v1141,
                      'is required',
                    );
                  } else {
                    if (typeof v1141 !== 'number' || !Number.isFinite(v1141)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/limit', 'number', v1141);
                    } else {
                      if ((v1141 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/limit',
                          'number that is > 0',
                          v1141,
                          'must be > 0',
                        );
                      }
                    }
                  }
                  const v1142 = v1138.limitType;
                  if (v1142 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v1136 + '/limitType',
                      'enum',
                      v1142,
                      'is required',
                    );
                  } else {
                    if (!(v1142 === 'cost')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v1136 + '/limitType',
                        'one of "cost"',
                        v1142,
                      );
                    }
                  }
                  const v1143 = v1138.metadata;
                  if (v1143 !== undefined) {
                    if (typeof v1143 !== 'object' || v1143 === null || Array.isArray(v1143)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/metadata', 'object', v1143);
                    } else {
                      const v1144 = v1143 as unknown as Record<string, unknown>;
                      for (const v1145 of Object.keys(v1144)) {
                        if (false) continue;
                        const v1146 = v1144[v1145];
                        if (!(check110(v1146) || check113(v1146))) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v1136 + '/metadata' + '/' + pointer(v1145),
                            'a value matching at least one of 2 alternatives (anyOf)',
                            v1146,
                            'matches none of the anyOf alternatives',
                          );
                        }
                      }
                    }
                  }
                  const v1147 = v1138.model;
                  if (v1147 !== undefined) {
                    if (typeof v1147 !== 'object' || v1147 === null || Array.isArray(v1147)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/model', 'object', v1147);
                    } else {
                      const v1148 = v1147 as unknown as Record<string, unknown>;
                      const v1149 = v1148.mode;
                      if (v1149 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/model' + '/mode',
                          'enum',
                          v1149,
                          'is required',
                        );
                      } else {
                        if (!(v1149 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v1136 + '/model' + '/mode',
                            'one of "filter"',
                            v1149,
                          );
                        }
                      }
                      const v1150 = v1148.values;
                      if (v1150 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/model' + '/values',
                          'array',
                          v1150,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v1150)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v1136 + '/model' + '/values',
                            'array',
                            v1150,
                          );
                        } else {
                          const v1151: unknown[] = v1150 as unknown[];
                          for (let v1152 = 0; v1152 < v1151.length; v1152++) {
                            const v1153 = v1151[v1152];
                            if (typeof v1153 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v1136 + '/model' + '/values' + '/' + v1152,
                                'string',
                                v1153,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v1154 = v1138.provider;
                  if (v1154 !== undefined) {
                    if (typeof v1154 !== 'object' || v1154 === null || Array.isArray(v1154)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider', 'object', v1154);
                    } else {
                      const v1155 = v1154 as unknown as Record<string, unknown>;
                      const v1156 = v1155.mode;
                      if (v1156 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider' + '/mode',
                          'enum',
                          v1156,
                          'is required',
                        );
                      } else {
                        if (!(v1156 === 'filter')) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider' + '/mode',
                            'one of "filter"',
                            v1156,
                          );
                        }
                      }
                      const v1157 = v1155.values;
                      if (v1157 === undefined) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider' + '/values',
                          'array',
                          v1157,
                          'is required',
                        );
                      } else {
                        if (!Array.isArray(v1157)) {
                          fail(
                            issues,
                            path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider' + '/values',
                            'array',
                            v1157,
                          );
                        } else {
                          const v1158: unknown[] = v1157 as unknown[];
                          for (let v1159 = 0; v1159 < v1158.length; v1159++) {
                            const v1160 = v1158[v1159];
                            if (typeof v1160 !== 'string') {
                              fail(
                                issues,
                                path + '/spend_limits' + '/rules' + '/' + v1136 + '/provider' + '/values' + '/' + v1159,
                                'string',
                                v1160,
                              );
                            } else {
                            }
                          }
                        }
                      }
                    }
                  }
                  const v1161 = v1138.technique;
                  if (v1161 !== undefined) {
                    if (!(v1161 === 'fixed' || v1161 === 'sliding')) {
                      fail(
                        issues,
                        path + '/spend_limits' + '/rules' + '/' + v1136 + '/technique',
                        'one of "fixed", "sliding"',
                        v1161,
                      );
                    }
                  }
                  const v1162 = v1138.window;
                  if (v1162 === undefined) {
                    fail(
                      issues,
                      path + '/spend_limits' + '/rules' + '/' + v1136 + '/window',
                      'integer',
                      v1162,
                      'is required',
                    );
                  } else {
                    if (!Number.isInteger(v1162)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v1136 + '/window', 'integer', v1162);
                    } else {
                      if ((v1162 as number) <= 0) {
                        fail(
                          issues,
                          path + '/spend_limits' + '/rules' + '/' + v1136 + '/window',
                          'integer that is > 0',
                          v1162,
                          'must be > 0',
                        );
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
    const v1163 = v1064.store_id;
    if (v1163 !== undefined) {
      if (v1163 !== null) {
        if (typeof v1163 !== 'string') {
          fail(issues, path + '/store_id', 'string', v1163);
        } else {
        }
      }
    }
    const v1164 = v1064.stripe;
    if (v1164 !== undefined) {
      if (v1164 !== null) {
        if (typeof v1164 !== 'object' || v1164 === null || Array.isArray(v1164)) {
          fail(issues, path + '/stripe', 'object', v1164);
        } else {
          const v1165 = v1164 as unknown as Record<string, unknown>;
          const v1166 = v1165.authorization;
          if (v1166 === undefined) {
            fail(issues, path + '/stripe' + '/authorization', 'string', v1166, 'is required');
          } else {
            if (typeof v1166 !== 'string') {
              fail(issues, path + '/stripe' + '/authorization', 'string', v1166);
            } else {
            }
          }
          const v1167 = v1165.usage_events;
          if (v1167 === undefined) {
            fail(issues, path + '/stripe' + '/usage_events', 'array', v1167, 'is required');
          } else {
            if (!Array.isArray(v1167)) {
              fail(issues, path + '/stripe' + '/usage_events', 'array', v1167);
            } else {
              const v1168: unknown[] = v1167 as unknown[];
              for (let v1169 = 0; v1169 < v1168.length; v1169++) {
                const v1170 = v1168[v1169];
                if (typeof v1170 !== 'object' || v1170 === null || Array.isArray(v1170)) {
                  fail(issues, path + '/stripe' + '/usage_events' + '/' + v1169, 'object', v1170);
                } else {
                  const v1171 = v1170 as unknown as Record<string, unknown>;
                  const v1172 = v1171.payload;
                  if (v1172 === undefined) {
                    fail(
                      issues,
                      path + '/stripe' + '/usage_events' + '/' + v1169 + '/payload',
                      'string',
                      v1172,
                      'is required',
                    );
                  } else {
                    if (typeof v1172 !== 'string') {
                      fail(issues, path + '/stripe' + '/usage_events' + '/' + v1169 + '/payload', 'string', v1172);
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
    const v1173 = v1064.workers_ai_billing_mode;
    if (v1173 !== undefined) {
      if (!(v1173 === 'postpaid' || v1173 === 'unified')) {
        fail(issues, path + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v1173);
      }
    }
    const v1174 = v1064.zdr;
    if (v1174 !== undefined) {
      if (typeof v1174 !== 'boolean') {
        fail(issues, path + '/zdr', 'boolean', v1174);
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayUpdateResponse(value: unknown): ValidationResult<AIGatewayUpdateResponse> {
  return isAIGatewayUpdateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayUpdateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isAIGatewayUpdateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v1175 = value as unknown as Record<string, unknown>;
  const v1176 = v1175.id;
  if (v1176 === undefined) return false;
  if (typeof v1176 !== 'string') return false;
  if (v1176.length < 1 || (v1176.length < 2 && codePoints(v1176) < 1)) return false;
  if (v1176.length > 64 && codePoints(v1176) > 64) return false;
  const v1177 = v1175.account_id;
  if (v1177 !== undefined) {
    if (typeof v1177 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayUpdateArgs} is false. */
export function explainAIGatewayUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v1178 = value as unknown as Record<string, unknown>;
    const v1179 = v1178.id;
    if (v1179 === undefined) {
      fail(issues, path + '/id', 'string', v1179, 'is required');
    } else {
      if (typeof v1179 !== 'string') {
        fail(issues, path + '/id', 'string', v1179);
      } else {
        if (v1179.length < 1 || (v1179.length < 2 && codePoints(v1179) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v1179);
        }
        if (v1179.length > 64 && codePoints(v1179) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v1179);
        }
      }
    }
    const v1180 = v1178.account_id;
    if (v1180 !== undefined) {
      if (typeof v1180 !== 'string') {
        fail(issues, path + '/account_id', 'string', v1180);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAIGatewayUpdateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isAIGatewayUpdateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAIGatewayUpdateArgs) };
}
