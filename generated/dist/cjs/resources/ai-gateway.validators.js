'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing, pointer } = require('../core/validation.js');
const { isDateTime: formatDateTime, isUri: formatUri } = require('../core/formats.js');

function check0(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.action;
  if (v1 === undefined) return false;
  if (!(v1 === 'BLOCK' || v1 === 'FLAG')) return false;
  const v2 = v0.enabled;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.profiles;
  if (v3 === undefined) return false;
  if (!Array.isArray(v3)) return false;
  const v4 = v3;
  for (let v5 = 0; v5 < v4.length; v5++) {
    const v6 = v4[v5];
    if (typeof v6 !== 'string') return false;
  }
  return true;
}
function check1(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.enabled;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'boolean') return false;
  const v2 = v0.policies;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.action;
    if (v7 === undefined) return false;
    if (!(v7 === 'FLAG' || v7 === 'BLOCK')) return false;
    const v8 = v6.check;
    if (v8 === undefined) return false;
    if (!Array.isArray(v8)) return false;
    const v9 = v8;
    for (let v10 = 0; v10 < v9.length; v10++) {
      const v11 = v9[v10];
      if (!(v11 === 'REQUEST' || v11 === 'RESPONSE')) return false;
    }
    const v12 = v6.enabled;
    if (v12 === undefined) return false;
    if (typeof v12 !== 'boolean') return false;
    const v13 = v6.id;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'string') return false;
    const v14 = v6.profiles;
    if (v14 === undefined) return false;
    if (!Array.isArray(v14)) return false;
    const v15 = v14;
    for (let v16 = 0; v16 < v15.length; v16++) {
      const v17 = v15[v16];
      if (typeof v17 !== 'string') return false;
    }
  }
  return true;
}
function check2(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.mode;
  if (v1 === undefined) return false;
  if (!(v1 === 'partition')) return false;
  return true;
}
function check3(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.mode;
  if (v1 === undefined) return false;
  if (!(v1 === 'filter')) return false;
  const v2 = v0.values;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== 'string') return false;
  }
  return true;
}
/** Whether `value` is a valid {@link AIGatewayCreateResponse}. Fast: returns at the first problem. */
function isAIGatewayCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
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
    if ((v3) < 0) return false;
  }
  const v4 = v0.collect_logs;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'boolean') return false;
  const v5 = v0.created_at;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (!formatDateTime(v5)) return false;
  const v6 = v0.dlp;
  if (v6 !== undefined) {
    if (!(check0(v6) || check1(v6))) return false;
  }
  const v7 = v0.guardrails;
  if (v7 !== undefined) {
    if (v7 !== null) {
      if (typeof v7 !== 'object' || v7 === null || Array.isArray(v7)) return false;
      const v8 = v7;
      const v9 = v8.prompt;
      if (v9 === undefined) return false;
      if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) return false;
      const v10 = v9;
      const v11 = v10.P1;
      if (v11 !== undefined) {
        if (!(v11 === 'FLAG' || v11 === 'BLOCK')) return false;
      }
      const v12 = v10.S1;
      if (v12 !== undefined) {
        if (!(v12 === 'FLAG' || v12 === 'BLOCK')) return false;
      }
      const v13 = v10.S2;
      if (v13 !== undefined) {
        if (!(v13 === 'FLAG' || v13 === 'BLOCK')) return false;
      }
      const v14 = v10.S3;
      if (v14 !== undefined) {
        if (!(v14 === 'FLAG' || v14 === 'BLOCK')) return false;
      }
      const v15 = v10.S4;
      if (v15 !== undefined) {
        if (!(v15 === 'FLAG' || v15 === 'BLOCK')) return false;
      }
      const v16 = v10.S5;
      if (v16 !== undefined) {
        if (!(v16 === 'FLAG' || v16 === 'BLOCK')) return false;
      }
      const v17 = v10.S6;
      if (v17 !== undefined) {
        if (!(v17 === 'FLAG' || v17 === 'BLOCK')) return false;
      }
      const v18 = v10.S7;
      if (v18 !== undefined) {
        if (!(v18 === 'FLAG' || v18 === 'BLOCK')) return false;
      }
      const v19 = v10.S8;
      if (v19 !== undefined) {
        if (!(v19 === 'FLAG' || v19 === 'BLOCK')) return false;
      }
      const v20 = v10.S9;
      if (v20 !== undefined) {
        if (!(v20 === 'FLAG' || v20 === 'BLOCK')) return false;
      }
      const v21 = v10.S10;
      if (v21 !== undefined) {
        if (!(v21 === 'FLAG' || v21 === 'BLOCK')) return false;
      }
      const v22 = v10.S11;
      if (v22 !== undefined) {
        if (!(v22 === 'FLAG' || v22 === 'BLOCK')) return false;
      }
      const v23 = v10.S12;
      if (v23 !== undefined) {
        if (!(v23 === 'FLAG' || v23 === 'BLOCK')) return false;
      }
      const v24 = v10.S13;
      if (v24 !== undefined) {
        if (!(v24 === 'FLAG' || v24 === 'BLOCK')) return false;
      }
      const v25 = v8.response;
      if (v25 === undefined) return false;
      if (typeof v25 !== 'object' || v25 === null || Array.isArray(v25)) return false;
      const v26 = v25;
      const v27 = v26.P1;
      if (v27 !== undefined) {
        if (!(v27 === 'FLAG' || v27 === 'BLOCK')) return false;
      }
      const v28 = v26.S1;
      if (v28 !== undefined) {
        if (!(v28 === 'FLAG' || v28 === 'BLOCK')) return false;
      }
      const v29 = v26.S2;
      if (v29 !== undefined) {
        if (!(v29 === 'FLAG' || v29 === 'BLOCK')) return false;
      }
      const v30 = v26.S3;
      if (v30 !== undefined) {
        if (!(v30 === 'FLAG' || v30 === 'BLOCK')) return false;
      }
      const v31 = v26.S4;
      if (v31 !== undefined) {
        if (!(v31 === 'FLAG' || v31 === 'BLOCK')) return false;
      }
      const v32 = v26.S5;
      if (v32 !== undefined) {
        if (!(v32 === 'FLAG' || v32 === 'BLOCK')) return false;
      }
      const v33 = v26.S6;
      if (v33 !== undefined) {
        if (!(v33 === 'FLAG' || v33 === 'BLOCK')) return false;
      }
      const v34 = v26.S7;
      if (v34 !== undefined) {
        if (!(v34 === 'FLAG' || v34 === 'BLOCK')) return false;
      }
      const v35 = v26.S8;
      if (v35 !== undefined) {
        if (!(v35 === 'FLAG' || v35 === 'BLOCK')) return false;
      }
      const v36 = v26.S9;
      if (v36 !== undefined) {
        if (!(v36 === 'FLAG' || v36 === 'BLOCK')) return false;
      }
      const v37 = v26.S10;
      if (v37 !== undefined) {
        if (!(v37 === 'FLAG' || v37 === 'BLOCK')) return false;
      }
      const v38 = v26.S11;
      if (v38 !== undefined) {
        if (!(v38 === 'FLAG' || v38 === 'BLOCK')) return false;
      }
      const v39 = v26.S12;
      if (v39 !== undefined) {
        if (!(v39 === 'FLAG' || v39 === 'BLOCK')) return false;
      }
      const v40 = v26.S13;
      if (v40 !== undefined) {
        if (!(v40 === 'FLAG' || v40 === 'BLOCK')) return false;
      }
    }
  }
  const v41 = v0.id;
  if (v41 === undefined) return false;
  if (typeof v41 !== 'string') return false;
  if (v41.length < 1 || (v41.length < 2 && codePoints(v41) < 1)) return false;
  if (v41.length > 64 && codePoints(v41) > 64) return false;
  const v42 = v0.is_default;
  if (v42 !== undefined) {
    if (typeof v42 !== 'boolean') return false;
  }
  const v43 = v0.log_classification;
  if (v43 !== undefined) {
    if (typeof v43 !== 'boolean') return false;
  }
  const v44 = v0.log_management;
  if (v44 !== undefined) {
    if (v44 !== null) {
      if (!Number.isInteger(v44)) return false;
      if ((v44) < 10000) return false;
      if ((v44) > 10000000) return false;
    }
  }
  const v45 = v0.log_management_strategy;
  if (v45 !== undefined) {
    if (v45 !== null) {
      if (!(v45 === 'STOP_INSERTING' || v45 === 'DELETE_OLDEST')) return false;
    }
  }
  const v46 = v0.logpush;
  if (v46 !== undefined) {
    if (typeof v46 !== 'boolean') return false;
  }
  const v47 = v0.logpush_public_key;
  if (v47 !== undefined) {
    if (v47 !== null) {
      if (typeof v47 !== 'string') return false;
      if (v47.length < 16 || (v47.length < 32 && codePoints(v47) < 16)) return false;
      if (v47.length > 1024 && codePoints(v47) > 1024) return false;
    }
  }
  const v48 = v0.modified_at;
  if (v48 === undefined) return false;
  if (typeof v48 !== 'string') return false;
  if (!formatDateTime(v48)) return false;
  const v49 = v0.otel;
  if (v49 !== undefined) {
    if (v49 !== null) {
      if (!Array.isArray(v49)) return false;
      const v50 = v49;
      if (v50.length > 5) return false;
      for (let v51 = 0; v51 < v50.length; v51++) {
        const v52 = v50[v51];
        if (typeof v52 !== 'object' || v52 === null || Array.isArray(v52)) return false;
        const v53 = v52;
        const v54 = v53.authorization;
        if (v54 !== undefined) {
          if (typeof v54 !== 'string') return false;
          if (v54.length > 256 && codePoints(v54) > 256) return false;
        }
        const v55 = v53.content_type;
        if (v55 !== undefined) {
          if (!(v55 === 'json' || v55 === 'protobuf')) return false;
        }
        const v56 = v53.headers;
        if (v56 === undefined) return false;
        if (typeof v56 !== 'object' || v56 === null || Array.isArray(v56)) return false;
        const v57 = v56;
        for (const v58 of Object.keys(v57)) {
          if (false) continue;
          const v59 = v57[v58];
          if (typeof v59 !== 'string') return false;
          if (v59.length > 4096 && codePoints(v59) > 4096) return false;
        }
        const v60 = v53.url;
        if (v60 === undefined) return false;
        if (typeof v60 !== 'string') return false;
        if (v60.length > 2048 && codePoints(v60) > 2048) return false;
        if (!formatUri(v60)) return false;
      }
    }
  }
  const v61 = v0.rate_limiting_interval;
  if (v61 === undefined) return false;
  if (v61 !== null) {
    if (!Number.isInteger(v61)) return false;
    if ((v61) < 0) return false;
  }
  const v62 = v0.rate_limiting_limit;
  if (v62 === undefined) return false;
  if (v62 !== null) {
    if (!Number.isInteger(v62)) return false;
    if ((v62) < 0) return false;
  }
  const v63 = v0.rate_limiting_technique;
  if (v63 !== undefined) {
    if (v63 !== null) {
      if (!(v63 === 'fixed' || v63 === 'sliding')) return false;
    }
  }
  const v64 = v0.retry_backoff;
  if (v64 !== undefined) {
    if (v64 !== null) {
      if (!(v64 === 'constant' || v64 === 'linear' || v64 === 'exponential')) return false;
    }
  }
  const v65 = v0.retry_delay;
  if (v65 !== undefined) {
    if (v65 !== null) {
      if (!Number.isInteger(v65)) return false;
      if ((v65) < 0) return false;
      if ((v65) > 5000) return false;
    }
  }
  const v66 = v0.retry_max_attempts;
  if (v66 !== undefined) {
    if (v66 !== null) {
      if (!Number.isInteger(v66)) return false;
      if ((v66) < 1) return false;
      if ((v66) > 5) return false;
    }
  }
  const v67 = v0.spend_limits;
  if (v67 !== undefined) {
    if (v67 !== null) {
      if (typeof v67 !== 'object' || v67 === null || Array.isArray(v67)) return false;
      const v68 = v67;
      const v69 = v68.enabled;
      if (v69 !== undefined) {
        if (typeof v69 !== 'boolean') return false;
      }
      const v70 = v68.rules;
      if (v70 !== undefined) {
        if (!Array.isArray(v70)) return false;
        const v71 = v70;
        if (v71.length > 20) return false;
        for (let v72 = 0; v72 < v71.length; v72++) {
          const v73 = v71[v72];
          if (typeof v73 !== 'object' || v73 === null || Array.isArray(v73)) return false;
          const v74 = v73;
          const v75 = v74.enabled;
          if (v75 !== undefined) {
            if (typeof v75 !== 'boolean') return false;
          }
          const v76 = v74.id;
          if (v76 !== undefined) {
            if (typeof v76 !== 'string') return false;
            if (v76.length < 1 || (v76.length < 2 && codePoints(v76) < 1)) return false;
          }
          const v77 = v74.limit;
          if (v77 === undefined) return false;
          if (typeof v77 !== 'number' || !Number.isFinite(v77)) return false;
          if ((v77) <= 0) return false;
          const v78 = v74.limitType;
          if (v78 === undefined) return false;
          if (!(v78 === 'cost')) return false;
          const v79 = v74.metadata;
          if (v79 !== undefined) {
            if (typeof v79 !== 'object' || v79 === null || Array.isArray(v79)) return false;
            const v80 = v79;
            for (const v81 of Object.keys(v80)) {
              if (false) continue;
              const v82 = v80[v81];
              if (!(check2(v82) || check3(v82))) return false;
            }
          }
          const v83 = v74.model;
          if (v83 !== undefined) {
            if (typeof v83 !== 'object' || v83 === null || Array.isArray(v83)) return false;
            const v84 = v83;
            const v85 = v84.mode;
            if (v85 === undefined) return false;
            if (!(v85 === 'filter')) return false;
            const v86 = v84.values;
            if (v86 === undefined) return false;
            if (!Array.isArray(v86)) return false;
            const v87 = v86;
            for (let v88 = 0; v88 < v87.length; v88++) {
              const v89 = v87[v88];
              if (typeof v89 !== 'string') return false;
            }
          }
          const v90 = v74.provider;
          if (v90 !== undefined) {
            if (typeof v90 !== 'object' || v90 === null || Array.isArray(v90)) return false;
            const v91 = v90;
            const v92 = v91.mode;
            if (v92 === undefined) return false;
            if (!(v92 === 'filter')) return false;
            const v93 = v91.values;
            if (v93 === undefined) return false;
            if (!Array.isArray(v93)) return false;
            const v94 = v93;
            for (let v95 = 0; v95 < v94.length; v95++) {
              const v96 = v94[v95];
              if (typeof v96 !== 'string') return false;
            }
          }
          const v97 = v74.technique;
          if (v97 !== undefined) {
            if (!(v97 === 'fixed' || v97 === 'sliding')) return false;
          }
          const v98 = v74.window;
          if (v98 === undefined) return false;
          if (!Number.isInteger(v98)) return false;
          if ((v98) <= 0) return false;
        }
      }
    }
  }
  const v99 = v0.store_id;
  if (v99 !== undefined) {
    if (v99 !== null) {
      if (typeof v99 !== 'string') return false;
    }
  }
  const v100 = v0.stripe;
  if (v100 !== undefined) {
    if (v100 !== null) {
      if (typeof v100 !== 'object' || v100 === null || Array.isArray(v100)) return false;
      const v101 = v100;
      const v102 = v101.authorization;
      if (v102 === undefined) return false;
      if (typeof v102 !== 'string') return false;
      const v103 = v101.usage_events;
      if (v103 === undefined) return false;
      if (!Array.isArray(v103)) return false;
      const v104 = v103;
      for (let v105 = 0; v105 < v104.length; v105++) {
        const v106 = v104[v105];
        if (typeof v106 !== 'object' || v106 === null || Array.isArray(v106)) return false;
        const v107 = v106;
        const v108 = v107.payload;
        if (v108 === undefined) return false;
        if (typeof v108 !== 'string') return false;
      }
    }
  }
  const v109 = v0.workers_ai_billing_mode;
  if (v109 !== undefined) {
    if (!(v109 === 'postpaid' || v109 === 'unified')) return false;
  }
  const v110 = v0.zdr;
  if (v110 !== undefined) {
    if (typeof v110 !== 'boolean') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayCreateResponse} is false. */
function explainAIGatewayCreateResponse(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.authentication;
    if (v1 !== undefined) {
      if (typeof v1 !== 'boolean') {
        fail(issues, path + '/authentication', 'boolean', v1);
      }
    }
    const v2 = v0.cache_invalidate_on_update;
    if (v2 === undefined) {
      missing(issues, path + '/cache_invalidate_on_update', 'boolean');
    } else {
      if (typeof v2 !== 'boolean') {
        fail(issues, path + '/cache_invalidate_on_update', 'boolean', v2);
      }
    }
    const v3 = v0.cache_ttl;
    if (v3 === undefined) {
      missing(issues, path + '/cache_ttl', 'integer or null');
    } else {
      if (v3 !== null) {
        if (!Number.isInteger(v3)) {
          fail(issues, path + '/cache_ttl', 'integer', v3);
        } else {
          if ((v3) < 0) {
            fail(issues, path + '/cache_ttl', 'integer that is >= 0', v3, 'must be >= 0');
          }
        }
      }
    }
    const v4 = v0.collect_logs;
    if (v4 === undefined) {
      missing(issues, path + '/collect_logs', 'boolean');
    } else {
      if (typeof v4 !== 'boolean') {
        fail(issues, path + '/collect_logs', 'boolean', v4);
      }
    }
    const v5 = v0.created_at;
    if (v5 === undefined) {
      missing(issues, path + '/created_at', 'string');
    } else {
      if (typeof v5 !== 'string') {
        fail(issues, path + '/created_at', 'string', v5);
      } else {
        if (!formatDateTime(v5)) {
          fail(issues, path + '/created_at', 'date-time string', v5);
        }
      }
    }
    const v6 = v0.dlp;
    if (v6 !== undefined) {
      if (!(check0(v6) || check1(v6))) {
        fail(issues, path + '/dlp', 'a value matching at least one of 2 alternatives (anyOf)', v6, 'matches none of the anyOf alternatives');
      }
    }
    const v7 = v0.guardrails;
    if (v7 !== undefined) {
      if (v7 !== null) {
        if (typeof v7 !== 'object' || v7 === null || Array.isArray(v7)) {
          fail(issues, path + '/guardrails', 'object', v7);
        } else {
          const v8 = v7;
          const v9 = v8.prompt;
          if (v9 === undefined) {
            missing(issues, path + '/guardrails' + '/prompt', 'object');
          } else {
            if (typeof v9 !== 'object' || v9 === null || Array.isArray(v9)) {
              fail(issues, path + '/guardrails' + '/prompt', 'object', v9);
            } else {
              const v10 = v9;
              const v11 = v10.P1;
              if (v11 !== undefined) {
                if (!(v11 === 'FLAG' || v11 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v11);
                }
              }
              const v12 = v10.S1;
              if (v12 !== undefined) {
                if (!(v12 === 'FLAG' || v12 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v12);
                }
              }
              const v13 = v10.S2;
              if (v13 !== undefined) {
                if (!(v13 === 'FLAG' || v13 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v13);
                }
              }
              const v14 = v10.S3;
              if (v14 !== undefined) {
                if (!(v14 === 'FLAG' || v14 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v14);
                }
              }
              const v15 = v10.S4;
              if (v15 !== undefined) {
                if (!(v15 === 'FLAG' || v15 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v15);
                }
              }
              const v16 = v10.S5;
              if (v16 !== undefined) {
                if (!(v16 === 'FLAG' || v16 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v16);
                }
              }
              const v17 = v10.S6;
              if (v17 !== undefined) {
                if (!(v17 === 'FLAG' || v17 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v17);
                }
              }
              const v18 = v10.S7;
              if (v18 !== undefined) {
                if (!(v18 === 'FLAG' || v18 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v18);
                }
              }
              const v19 = v10.S8;
              if (v19 !== undefined) {
                if (!(v19 === 'FLAG' || v19 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v19);
                }
              }
              const v20 = v10.S9;
              if (v20 !== undefined) {
                if (!(v20 === 'FLAG' || v20 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v20);
                }
              }
              const v21 = v10.S10;
              if (v21 !== undefined) {
                if (!(v21 === 'FLAG' || v21 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v21);
                }
              }
              const v22 = v10.S11;
              if (v22 !== undefined) {
                if (!(v22 === 'FLAG' || v22 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v22);
                }
              }
              const v23 = v10.S12;
              if (v23 !== undefined) {
                if (!(v23 === 'FLAG' || v23 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v23);
                }
              }
              const v24 = v10.S13;
              if (v24 !== undefined) {
                if (!(v24 === 'FLAG' || v24 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v24);
                }
              }
            }
          }
          const v25 = v8.response;
          if (v25 === undefined) {
            missing(issues, path + '/guardrails' + '/response', 'object');
          } else {
            if (typeof v25 !== 'object' || v25 === null || Array.isArray(v25)) {
              fail(issues, path + '/guardrails' + '/response', 'object', v25);
            } else {
              const v26 = v25;
              const v27 = v26.P1;
              if (v27 !== undefined) {
                if (!(v27 === 'FLAG' || v27 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v27);
                }
              }
              const v28 = v26.S1;
              if (v28 !== undefined) {
                if (!(v28 === 'FLAG' || v28 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v28);
                }
              }
              const v29 = v26.S2;
              if (v29 !== undefined) {
                if (!(v29 === 'FLAG' || v29 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v29);
                }
              }
              const v30 = v26.S3;
              if (v30 !== undefined) {
                if (!(v30 === 'FLAG' || v30 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v30);
                }
              }
              const v31 = v26.S4;
              if (v31 !== undefined) {
                if (!(v31 === 'FLAG' || v31 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v31);
                }
              }
              const v32 = v26.S5;
              if (v32 !== undefined) {
                if (!(v32 === 'FLAG' || v32 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v32);
                }
              }
              const v33 = v26.S6;
              if (v33 !== undefined) {
                if (!(v33 === 'FLAG' || v33 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v33);
                }
              }
              const v34 = v26.S7;
              if (v34 !== undefined) {
                if (!(v34 === 'FLAG' || v34 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v34);
                }
              }
              const v35 = v26.S8;
              if (v35 !== undefined) {
                if (!(v35 === 'FLAG' || v35 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v35);
                }
              }
              const v36 = v26.S9;
              if (v36 !== undefined) {
                if (!(v36 === 'FLAG' || v36 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v36);
                }
              }
              const v37 = v26.S10;
              if (v37 !== undefined) {
                if (!(v37 === 'FLAG' || v37 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v37);
                }
              }
              const v38 = v26.S11;
              if (v38 !== undefined) {
                if (!(v38 === 'FLAG' || v38 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v38);
                }
              }
              const v39 = v26.S12;
              if (v39 !== undefined) {
                if (!(v39 === 'FLAG' || v39 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v39);
                }
              }
              const v40 = v26.S13;
              if (v40 !== undefined) {
                if (!(v40 === 'FLAG' || v40 === 'BLOCK')) {
                  fail(issues, path + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v40);
                }
              }
            }
          }
        }
      }
    }
    const v41 = v0.id;
    if (v41 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v41 !== 'string') {
        fail(issues, path + '/id', 'string', v41);
      } else {
        if (v41.length < 1 || (v41.length < 2 && codePoints(v41) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v41);
        }
        if (v41.length > 64 && codePoints(v41) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v41);
        }
      }
    }
    const v42 = v0.is_default;
    if (v42 !== undefined) {
      if (typeof v42 !== 'boolean') {
        fail(issues, path + '/is_default', 'boolean', v42);
      }
    }
    const v43 = v0.log_classification;
    if (v43 !== undefined) {
      if (typeof v43 !== 'boolean') {
        fail(issues, path + '/log_classification', 'boolean', v43);
      }
    }
    const v44 = v0.log_management;
    if (v44 !== undefined) {
      if (v44 !== null) {
        if (!Number.isInteger(v44)) {
          fail(issues, path + '/log_management', 'integer', v44);
        } else {
          if ((v44) < 10000) {
            fail(issues, path + '/log_management', 'integer that is >= 10000', v44, 'must be >= 10000');
          }
          if ((v44) > 10000000) {
            fail(issues, path + '/log_management', 'integer that is <= 10000000', v44, 'must be <= 10000000');
          }
        }
      }
    }
    const v45 = v0.log_management_strategy;
    if (v45 !== undefined) {
      if (v45 !== null) {
        if (!(v45 === 'STOP_INSERTING' || v45 === 'DELETE_OLDEST')) {
          fail(issues, path + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v45);
        }
      }
    }
    const v46 = v0.logpush;
    if (v46 !== undefined) {
      if (typeof v46 !== 'boolean') {
        fail(issues, path + '/logpush', 'boolean', v46);
      }
    }
    const v47 = v0.logpush_public_key;
    if (v47 !== undefined) {
      if (v47 !== null) {
        if (typeof v47 !== 'string') {
          fail(issues, path + '/logpush_public_key', 'string', v47);
        } else {
          if (v47.length < 16 || (v47.length < 32 && codePoints(v47) < 16)) {
            fail(issues, path + '/logpush_public_key', 'string of at least 16 characters', v47);
          }
          if (v47.length > 1024 && codePoints(v47) > 1024) {
            fail(issues, path + '/logpush_public_key', 'string of at most 1024 characters', v47);
          }
        }
      }
    }
    const v48 = v0.modified_at;
    if (v48 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v48 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v48);
      } else {
        if (!formatDateTime(v48)) {
          fail(issues, path + '/modified_at', 'date-time string', v48);
        }
      }
    }
    const v49 = v0.otel;
    if (v49 !== undefined) {
      if (v49 !== null) {
        if (!Array.isArray(v49)) {
          fail(issues, path + '/otel', 'array', v49);
        } else {
          const v50 = v49;
          if (v50.length > 5) {
            fail(issues, path + '/otel', 'array of at most 5 items', v50);
          }
          for (let v51 = 0; v51 < v50.length; v51++) {
            const v52 = v50[v51];
            if (typeof v52 !== 'object' || v52 === null || Array.isArray(v52)) {
              fail(issues, path + '/otel' + '/' + v51, 'object', v52);
            } else {
              const v53 = v52;
              const v54 = v53.authorization;
              if (v54 !== undefined) {
                if (typeof v54 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v51 + '/authorization', 'string', v54);
                } else {
                  if (v54.length > 256 && codePoints(v54) > 256) {
                    fail(issues, path + '/otel' + '/' + v51 + '/authorization', 'string of at most 256 characters', v54);
                  }
                }
              }
              const v55 = v53.content_type;
              if (v55 !== undefined) {
                if (!(v55 === 'json' || v55 === 'protobuf')) {
                  fail(issues, path + '/otel' + '/' + v51 + '/content_type', 'one of "json", "protobuf"', v55);
                }
              }
              const v56 = v53.headers;
              if (v56 === undefined) {
                missing(issues, path + '/otel' + '/' + v51 + '/headers', 'object');
              } else {
                if (typeof v56 !== 'object' || v56 === null || Array.isArray(v56)) {
                  fail(issues, path + '/otel' + '/' + v51 + '/headers', 'object', v56);
                } else {
                  const v57 = v56;
                  for (const v58 of Object.keys(v57)) {
                    if (false) continue;
                    const v59 = v57[v58];
                    if (typeof v59 !== 'string') {
                      fail(issues, path + '/otel' + '/' + v51 + '/headers' + '/' + pointer(v58), 'string', v59);
                    } else {
                      if (v59.length > 4096 && codePoints(v59) > 4096) {
                        fail(issues, path + '/otel' + '/' + v51 + '/headers' + '/' + pointer(v58), 'string of at most 4096 characters', v59);
                      }
                    }
                  }
                }
              }
              const v60 = v53.url;
              if (v60 === undefined) {
                missing(issues, path + '/otel' + '/' + v51 + '/url', 'string');
              } else {
                if (typeof v60 !== 'string') {
                  fail(issues, path + '/otel' + '/' + v51 + '/url', 'string', v60);
                } else {
                  if (v60.length > 2048 && codePoints(v60) > 2048) {
                    fail(issues, path + '/otel' + '/' + v51 + '/url', 'string of at most 2048 characters', v60);
                  }
                  if (!formatUri(v60)) {
                    fail(issues, path + '/otel' + '/' + v51 + '/url', 'uri string', v60);
                  }
                }
              }
            }
          }
        }
      }
    }
    const v61 = v0.rate_limiting_interval;
    if (v61 === undefined) {
      missing(issues, path + '/rate_limiting_interval', 'integer or null');
    } else {
      if (v61 !== null) {
        if (!Number.isInteger(v61)) {
          fail(issues, path + '/rate_limiting_interval', 'integer', v61);
        } else {
          if ((v61) < 0) {
            fail(issues, path + '/rate_limiting_interval', 'integer that is >= 0', v61, 'must be >= 0');
          }
        }
      }
    }
    const v62 = v0.rate_limiting_limit;
    if (v62 === undefined) {
      missing(issues, path + '/rate_limiting_limit', 'integer or null');
    } else {
      if (v62 !== null) {
        if (!Number.isInteger(v62)) {
          fail(issues, path + '/rate_limiting_limit', 'integer', v62);
        } else {
          if ((v62) < 0) {
            fail(issues, path + '/rate_limiting_limit', 'integer that is >= 0', v62, 'must be >= 0');
          }
        }
      }
    }
    const v63 = v0.rate_limiting_technique;
    if (v63 !== undefined) {
      if (v63 !== null) {
        if (!(v63 === 'fixed' || v63 === 'sliding')) {
          fail(issues, path + '/rate_limiting_technique', 'one of "fixed", "sliding"', v63);
        }
      }
    }
    const v64 = v0.retry_backoff;
    if (v64 !== undefined) {
      if (v64 !== null) {
        if (!(v64 === 'constant' || v64 === 'linear' || v64 === 'exponential')) {
          fail(issues, path + '/retry_backoff', 'one of "constant", "linear", "exponential"', v64);
        }
      }
    }
    const v65 = v0.retry_delay;
    if (v65 !== undefined) {
      if (v65 !== null) {
        if (!Number.isInteger(v65)) {
          fail(issues, path + '/retry_delay', 'integer', v65);
        } else {
          if ((v65) < 0) {
            fail(issues, path + '/retry_delay', 'integer that is >= 0', v65, 'must be >= 0');
          }
          if ((v65) > 5000) {
            fail(issues, path + '/retry_delay', 'integer that is <= 5000', v65, 'must be <= 5000');
          }
        }
      }
    }
    const v66 = v0.retry_max_attempts;
    if (v66 !== undefined) {
      if (v66 !== null) {
        if (!Number.isInteger(v66)) {
          fail(issues, path + '/retry_max_attempts', 'integer', v66);
        } else {
          if ((v66) < 1) {
            fail(issues, path + '/retry_max_attempts', 'integer that is >= 1', v66, 'must be >= 1');
          }
          if ((v66) > 5) {
            fail(issues, path + '/retry_max_attempts', 'integer that is <= 5', v66, 'must be <= 5');
          }
        }
      }
    }
    const v67 = v0.spend_limits;
    if (v67 !== undefined) {
      if (v67 !== null) {
        if (typeof v67 !== 'object' || v67 === null || Array.isArray(v67)) {
          fail(issues, path + '/spend_limits', 'object', v67);
        } else {
          const v68 = v67;
          const v69 = v68.enabled;
          if (v69 !== undefined) {
            if (typeof v69 !== 'boolean') {
              fail(issues, path + '/spend_limits' + '/enabled', 'boolean', v69);
            }
          }
          const v70 = v68.rules;
          if (v70 !== undefined) {
            if (!Array.isArray(v70)) {
              fail(issues, path + '/spend_limits' + '/rules', 'array', v70);
            } else {
              const v71 = v70;
              if (v71.length > 20) {
                fail(issues, path + '/spend_limits' + '/rules', 'array of at most 20 items', v71);
              }
              for (let v72 = 0; v72 < v71.length; v72++) {
                const v73 = v71[v72];
                if (typeof v73 !== 'object' || v73 === null || Array.isArray(v73)) {
                  fail(issues, path + '/spend_limits' + '/rules' + '/' + v72, 'object', v73);
                } else {
                  const v74 = v73;
                  const v75 = v74.enabled;
                  if (v75 !== undefined) {
                    if (typeof v75 !== 'boolean') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/enabled', 'boolean', v75);
                    }
                  }
                  const v76 = v74.id;
                  if (v76 !== undefined) {
                    if (typeof v76 !== 'string') {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/id', 'string', v76);
                    } else {
                      if (v76.length < 1 || (v76.length < 2 && codePoints(v76) < 1)) {
                        fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/id', 'string of at least 1 characters', v76);
                      }
                    }
                  }
                  const v77 = v74.limit;
                  if (v77 === undefined) {
                    missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/limit', 'number');
                  } else {
                    if (typeof v77 !== 'number' || !Number.isFinite(v77)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/limit', 'number', v77);
                    } else {
                      if ((v77) <= 0) {
                        fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/limit', 'number that is > 0', v77, 'must be > 0');
                      }
                    }
                  }
                  const v78 = v74.limitType;
                  if (v78 === undefined) {
                    missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/limitType', 'enum');
                  } else {
                    if (!(v78 === 'cost')) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/limitType', 'one of "cost"', v78);
                    }
                  }
                  const v79 = v74.metadata;
                  if (v79 !== undefined) {
                    if (typeof v79 !== 'object' || v79 === null || Array.isArray(v79)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/metadata', 'object', v79);
                    } else {
                      const v80 = v79;
                      for (const v81 of Object.keys(v80)) {
                        if (false) continue;
                        const v82 = v80[v81];
                        if (!(check2(v82) || check3(v82))) {
                          fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/metadata' + '/' + pointer(v81), 'a value matching at least one of 2 alternatives (anyOf)', v82, 'matches none of the anyOf alternatives');
                        }
                      }
                    }
                  }
                  const v83 = v74.model;
                  if (v83 !== undefined) {
                    if (typeof v83 !== 'object' || v83 === null || Array.isArray(v83)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model', 'object', v83);
                    } else {
                      const v84 = v83;
                      const v85 = v84.mode;
                      if (v85 === undefined) {
                        missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model' + '/mode', 'enum');
                      } else {
                        if (!(v85 === 'filter')) {
                          fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model' + '/mode', 'one of "filter"', v85);
                        }
                      }
                      const v86 = v84.values;
                      if (v86 === undefined) {
                        missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model' + '/values', 'array');
                      } else {
                        if (!Array.isArray(v86)) {
                          fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model' + '/values', 'array', v86);
                        } else {
                          const v87 = v86;
                          for (let v88 = 0; v88 < v87.length; v88++) {
                            const v89 = v87[v88];
                            if (typeof v89 !== 'string') {
                              fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/model' + '/values' + '/' + v88, 'string', v89);
                            }
                          }
                        }
                      }
                    }
                  }
                  const v90 = v74.provider;
                  if (v90 !== undefined) {
                    if (typeof v90 !== 'object' || v90 === null || Array.isArray(v90)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider', 'object', v90);
                    } else {
                      const v91 = v90;
                      const v92 = v91.mode;
                      if (v92 === undefined) {
                        missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider' + '/mode', 'enum');
                      } else {
                        if (!(v92 === 'filter')) {
                          fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider' + '/mode', 'one of "filter"', v92);
                        }
                      }
                      const v93 = v91.values;
                      if (v93 === undefined) {
                        missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider' + '/values', 'array');
                      } else {
                        if (!Array.isArray(v93)) {
                          fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider' + '/values', 'array', v93);
                        } else {
                          const v94 = v93;
                          for (let v95 = 0; v95 < v94.length; v95++) {
                            const v96 = v94[v95];
                            if (typeof v96 !== 'string') {
                              fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/provider' + '/values' + '/' + v95, 'string', v96);
                            }
                          }
                        }
                      }
                    }
                  }
                  const v97 = v74.technique;
                  if (v97 !== undefined) {
                    if (!(v97 === 'fixed' || v97 === 'sliding')) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/technique', 'one of "fixed", "sliding"', v97);
                    }
                  }
                  const v98 = v74.window;
                  if (v98 === undefined) {
                    missing(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/window', 'integer');
                  } else {
                    if (!Number.isInteger(v98)) {
                      fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/window', 'integer', v98);
                    } else {
                      if ((v98) <= 0) {
                        fail(issues, path + '/spend_limits' + '/rules' + '/' + v72 + '/window', 'integer that is > 0', v98, 'must be > 0');
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
    const v99 = v0.store_id;
    if (v99 !== undefined) {
      if (v99 !== null) {
        if (typeof v99 !== 'string') {
          fail(issues, path + '/store_id', 'string', v99);
        }
      }
    }
    const v100 = v0.stripe;
    if (v100 !== undefined) {
      if (v100 !== null) {
        if (typeof v100 !== 'object' || v100 === null || Array.isArray(v100)) {
          fail(issues, path + '/stripe', 'object', v100);
        } else {
          const v101 = v100;
          const v102 = v101.authorization;
          if (v102 === undefined) {
            missing(issues, path + '/stripe' + '/authorization', 'string');
          } else {
            if (typeof v102 !== 'string') {
              fail(issues, path + '/stripe' + '/authorization', 'string', v102);
            }
          }
          const v103 = v101.usage_events;
          if (v103 === undefined) {
            missing(issues, path + '/stripe' + '/usage_events', 'array');
          } else {
            if (!Array.isArray(v103)) {
              fail(issues, path + '/stripe' + '/usage_events', 'array', v103);
            } else {
              const v104 = v103;
              for (let v105 = 0; v105 < v104.length; v105++) {
                const v106 = v104[v105];
                if (typeof v106 !== 'object' || v106 === null || Array.isArray(v106)) {
                  fail(issues, path + '/stripe' + '/usage_events' + '/' + v105, 'object', v106);
                } else {
                  const v107 = v106;
                  const v108 = v107.payload;
                  if (v108 === undefined) {
                    missing(issues, path + '/stripe' + '/usage_events' + '/' + v105 + '/payload', 'string');
                  } else {
                    if (typeof v108 !== 'string') {
                      fail(issues, path + '/stripe' + '/usage_events' + '/' + v105 + '/payload', 'string', v108);
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v109 = v0.workers_ai_billing_mode;
    if (v109 !== undefined) {
      if (!(v109 === 'postpaid' || v109 === 'unified')) {
        fail(issues, path + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v109);
      }
    }
    const v110 = v0.zdr;
    if (v110 !== undefined) {
      if (typeof v110 !== 'boolean') {
        fail(issues, path + '/zdr', 'boolean', v110);
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAIGatewayCreateResponse(value) {
  return isAIGatewayCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAIGatewayCreateResponse) };
}

/** Whether `value` is a valid {@link AIGatewayDeleteResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
function isAIGatewayDeleteResponse(value) {
  return isAIGatewayCreateResponse(value);
}

/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
function explainAIGatewayDeleteResponse(value, path, issues) {
  explainAIGatewayCreateResponse(value, path, issues);
}

/** Checks `value` against {@link AIGatewayDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAIGatewayDeleteResponse(value) {
  return isAIGatewayDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAIGatewayDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isAIGatewayDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
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

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayDeleteArgs} is false. */
function explainAIGatewayDeleteArgs(value, path, issues) {
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
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/id', 'string of at most 64 characters', v1);
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

/** Whether `value` is a valid {@link AIGatewayGetResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
function isAIGatewayGetResponse(value) {
  return isAIGatewayCreateResponse(value);
}

/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
function explainAIGatewayGetResponse(value, path, issues) {
  explainAIGatewayCreateResponse(value, path, issues);
}

/** Checks `value` against {@link AIGatewayGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAIGatewayGetResponse(value) {
  return isAIGatewayGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAIGatewayGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isAIGatewayDeleteArgs}. */
function isAIGatewayGetArgs(value) {
  return isAIGatewayDeleteArgs(value);
}

/** @internal The same checks as {@link explainAIGatewayDeleteArgs}. */
function explainAIGatewayGetArgs(value, path, issues) {
  explainAIGatewayDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link AIGatewayListResponse}. Fast: returns at the first problem. */
function isAIGatewayListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.authentication;
    if (v4 !== undefined) {
      if (typeof v4 !== 'boolean') return false;
    }
    const v5 = v3.cache_invalidate_on_update;
    if (v5 === undefined) return false;
    if (typeof v5 !== 'boolean') return false;
    const v6 = v3.cache_ttl;
    if (v6 === undefined) return false;
    if (v6 !== null) {
      if (!Number.isInteger(v6)) return false;
      if ((v6) < 0) return false;
    }
    const v7 = v3.collect_logs;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'boolean') return false;
    const v8 = v3.created_at;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
    if (!formatDateTime(v8)) return false;
    const v9 = v3.dlp;
    if (v9 !== undefined) {
      if (!(check0(v9) || check1(v9))) return false;
    }
    const v10 = v3.guardrails;
    if (v10 !== undefined) {
      if (v10 !== null) {
        if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) return false;
        const v11 = v10;
        const v12 = v11.prompt;
        if (v12 === undefined) return false;
        if (typeof v12 !== 'object' || v12 === null || Array.isArray(v12)) return false;
        const v13 = v12;
        const v14 = v13.P1;
        if (v14 !== undefined) {
          if (!(v14 === 'FLAG' || v14 === 'BLOCK')) return false;
        }
        const v15 = v13.S1;
        if (v15 !== undefined) {
          if (!(v15 === 'FLAG' || v15 === 'BLOCK')) return false;
        }
        const v16 = v13.S2;
        if (v16 !== undefined) {
          if (!(v16 === 'FLAG' || v16 === 'BLOCK')) return false;
        }
        const v17 = v13.S3;
        if (v17 !== undefined) {
          if (!(v17 === 'FLAG' || v17 === 'BLOCK')) return false;
        }
        const v18 = v13.S4;
        if (v18 !== undefined) {
          if (!(v18 === 'FLAG' || v18 === 'BLOCK')) return false;
        }
        const v19 = v13.S5;
        if (v19 !== undefined) {
          if (!(v19 === 'FLAG' || v19 === 'BLOCK')) return false;
        }
        const v20 = v13.S6;
        if (v20 !== undefined) {
          if (!(v20 === 'FLAG' || v20 === 'BLOCK')) return false;
        }
        const v21 = v13.S7;
        if (v21 !== undefined) {
          if (!(v21 === 'FLAG' || v21 === 'BLOCK')) return false;
        }
        const v22 = v13.S8;
        if (v22 !== undefined) {
          if (!(v22 === 'FLAG' || v22 === 'BLOCK')) return false;
        }
        const v23 = v13.S9;
        if (v23 !== undefined) {
          if (!(v23 === 'FLAG' || v23 === 'BLOCK')) return false;
        }
        const v24 = v13.S10;
        if (v24 !== undefined) {
          if (!(v24 === 'FLAG' || v24 === 'BLOCK')) return false;
        }
        const v25 = v13.S11;
        if (v25 !== undefined) {
          if (!(v25 === 'FLAG' || v25 === 'BLOCK')) return false;
        }
        const v26 = v13.S12;
        if (v26 !== undefined) {
          if (!(v26 === 'FLAG' || v26 === 'BLOCK')) return false;
        }
        const v27 = v13.S13;
        if (v27 !== undefined) {
          if (!(v27 === 'FLAG' || v27 === 'BLOCK')) return false;
        }
        const v28 = v11.response;
        if (v28 === undefined) return false;
        if (typeof v28 !== 'object' || v28 === null || Array.isArray(v28)) return false;
        const v29 = v28;
        const v30 = v29.P1;
        if (v30 !== undefined) {
          if (!(v30 === 'FLAG' || v30 === 'BLOCK')) return false;
        }
        const v31 = v29.S1;
        if (v31 !== undefined) {
          if (!(v31 === 'FLAG' || v31 === 'BLOCK')) return false;
        }
        const v32 = v29.S2;
        if (v32 !== undefined) {
          if (!(v32 === 'FLAG' || v32 === 'BLOCK')) return false;
        }
        const v33 = v29.S3;
        if (v33 !== undefined) {
          if (!(v33 === 'FLAG' || v33 === 'BLOCK')) return false;
        }
        const v34 = v29.S4;
        if (v34 !== undefined) {
          if (!(v34 === 'FLAG' || v34 === 'BLOCK')) return false;
        }
        const v35 = v29.S5;
        if (v35 !== undefined) {
          if (!(v35 === 'FLAG' || v35 === 'BLOCK')) return false;
        }
        const v36 = v29.S6;
        if (v36 !== undefined) {
          if (!(v36 === 'FLAG' || v36 === 'BLOCK')) return false;
        }
        const v37 = v29.S7;
        if (v37 !== undefined) {
          if (!(v37 === 'FLAG' || v37 === 'BLOCK')) return false;
        }
        const v38 = v29.S8;
        if (v38 !== undefined) {
          if (!(v38 === 'FLAG' || v38 === 'BLOCK')) return false;
        }
        const v39 = v29.S9;
        if (v39 !== undefined) {
          if (!(v39 === 'FLAG' || v39 === 'BLOCK')) return false;
        }
        const v40 = v29.S10;
        if (v40 !== undefined) {
          if (!(v40 === 'FLAG' || v40 === 'BLOCK')) return false;
        }
        const v41 = v29.S11;
        if (v41 !== undefined) {
          if (!(v41 === 'FLAG' || v41 === 'BLOCK')) return false;
        }
        const v42 = v29.S12;
        if (v42 !== undefined) {
          if (!(v42 === 'FLAG' || v42 === 'BLOCK')) return false;
        }
        const v43 = v29.S13;
        if (v43 !== undefined) {
          if (!(v43 === 'FLAG' || v43 === 'BLOCK')) return false;
        }
      }
    }
    const v44 = v3.id;
    if (v44 === undefined) return false;
    if (typeof v44 !== 'string') return false;
    if (v44.length < 1 || (v44.length < 2 && codePoints(v44) < 1)) return false;
    if (v44.length > 64 && codePoints(v44) > 64) return false;
    const v45 = v3.is_default;
    if (v45 !== undefined) {
      if (typeof v45 !== 'boolean') return false;
    }
    const v46 = v3.log_classification;
    if (v46 !== undefined) {
      if (typeof v46 !== 'boolean') return false;
    }
    const v47 = v3.log_management;
    if (v47 !== undefined) {
      if (v47 !== null) {
        if (!Number.isInteger(v47)) return false;
        if ((v47) < 10000) return false;
        if ((v47) > 10000000) return false;
      }
    }
    const v48 = v3.log_management_strategy;
    if (v48 !== undefined) {
      if (v48 !== null) {
        if (!(v48 === 'STOP_INSERTING' || v48 === 'DELETE_OLDEST')) return false;
      }
    }
    const v49 = v3.logpush;
    if (v49 !== undefined) {
      if (typeof v49 !== 'boolean') return false;
    }
    const v50 = v3.logpush_public_key;
    if (v50 !== undefined) {
      if (v50 !== null) {
        if (typeof v50 !== 'string') return false;
        if (v50.length < 16 || (v50.length < 32 && codePoints(v50) < 16)) return false;
        if (v50.length > 1024 && codePoints(v50) > 1024) return false;
      }
    }
    const v51 = v3.modified_at;
    if (v51 === undefined) return false;
    if (typeof v51 !== 'string') return false;
    if (!formatDateTime(v51)) return false;
    const v52 = v3.otel;
    if (v52 !== undefined) {
      if (v52 !== null) {
        if (!Array.isArray(v52)) return false;
        const v53 = v52;
        if (v53.length > 5) return false;
        for (let v54 = 0; v54 < v53.length; v54++) {
          const v55 = v53[v54];
          if (typeof v55 !== 'object' || v55 === null || Array.isArray(v55)) return false;
          const v56 = v55;
          const v57 = v56.authorization;
          if (v57 !== undefined) {
            if (typeof v57 !== 'string') return false;
            if (v57.length > 256 && codePoints(v57) > 256) return false;
          }
          const v58 = v56.content_type;
          if (v58 !== undefined) {
            if (!(v58 === 'json' || v58 === 'protobuf')) return false;
          }
          const v59 = v56.headers;
          if (v59 === undefined) return false;
          if (typeof v59 !== 'object' || v59 === null || Array.isArray(v59)) return false;
          const v60 = v59;
          for (const v61 of Object.keys(v60)) {
            if (false) continue;
            const v62 = v60[v61];
            if (typeof v62 !== 'string') return false;
            if (v62.length > 4096 && codePoints(v62) > 4096) return false;
          }
          const v63 = v56.url;
          if (v63 === undefined) return false;
          if (typeof v63 !== 'string') return false;
          if (v63.length > 2048 && codePoints(v63) > 2048) return false;
          if (!formatUri(v63)) return false;
        }
      }
    }
    const v64 = v3.rate_limiting_interval;
    if (v64 === undefined) return false;
    if (v64 !== null) {
      if (!Number.isInteger(v64)) return false;
      if ((v64) < 0) return false;
    }
    const v65 = v3.rate_limiting_limit;
    if (v65 === undefined) return false;
    if (v65 !== null) {
      if (!Number.isInteger(v65)) return false;
      if ((v65) < 0) return false;
    }
    const v66 = v3.rate_limiting_technique;
    if (v66 !== undefined) {
      if (v66 !== null) {
        if (!(v66 === 'fixed' || v66 === 'sliding')) return false;
      }
    }
    const v67 = v3.retry_backoff;
    if (v67 !== undefined) {
      if (v67 !== null) {
        if (!(v67 === 'constant' || v67 === 'linear' || v67 === 'exponential')) return false;
      }
    }
    const v68 = v3.retry_delay;
    if (v68 !== undefined) {
      if (v68 !== null) {
        if (!Number.isInteger(v68)) return false;
        if ((v68) < 0) return false;
        if ((v68) > 5000) return false;
      }
    }
    const v69 = v3.retry_max_attempts;
    if (v69 !== undefined) {
      if (v69 !== null) {
        if (!Number.isInteger(v69)) return false;
        if ((v69) < 1) return false;
        if ((v69) > 5) return false;
      }
    }
    const v70 = v3.spend_limits;
    if (v70 !== undefined) {
      if (v70 !== null) {
        if (typeof v70 !== 'object' || v70 === null || Array.isArray(v70)) return false;
        const v71 = v70;
        const v72 = v71.enabled;
        if (v72 !== undefined) {
          if (typeof v72 !== 'boolean') return false;
        }
        const v73 = v71.rules;
        if (v73 !== undefined) {
          if (!Array.isArray(v73)) return false;
          const v74 = v73;
          if (v74.length > 20) return false;
          for (let v75 = 0; v75 < v74.length; v75++) {
            const v76 = v74[v75];
            if (typeof v76 !== 'object' || v76 === null || Array.isArray(v76)) return false;
            const v77 = v76;
            const v78 = v77.enabled;
            if (v78 !== undefined) {
              if (typeof v78 !== 'boolean') return false;
            }
            const v79 = v77.id;
            if (v79 !== undefined) {
              if (typeof v79 !== 'string') return false;
              if (v79.length < 1 || (v79.length < 2 && codePoints(v79) < 1)) return false;
            }
            const v80 = v77.limit;
            if (v80 === undefined) return false;
            if (typeof v80 !== 'number' || !Number.isFinite(v80)) return false;
            if ((v80) <= 0) return false;
            const v81 = v77.limitType;
            if (v81 === undefined) return false;
            if (!(v81 === 'cost')) return false;
            const v82 = v77.metadata;
            if (v82 !== undefined) {
              if (typeof v82 !== 'object' || v82 === null || Array.isArray(v82)) return false;
              const v83 = v82;
              for (const v84 of Object.keys(v83)) {
                if (false) continue;
                const v85 = v83[v84];
                if (!(check2(v85) || check3(v85))) return false;
              }
            }
            const v86 = v77.model;
            if (v86 !== undefined) {
              if (typeof v86 !== 'object' || v86 === null || Array.isArray(v86)) return false;
              const v87 = v86;
              const v88 = v87.mode;
              if (v88 === undefined) return false;
              if (!(v88 === 'filter')) return false;
              const v89 = v87.values;
              if (v89 === undefined) return false;
              if (!Array.isArray(v89)) return false;
              const v90 = v89;
              for (let v91 = 0; v91 < v90.length; v91++) {
                const v92 = v90[v91];
                if (typeof v92 !== 'string') return false;
              }
            }
            const v93 = v77.provider;
            if (v93 !== undefined) {
              if (typeof v93 !== 'object' || v93 === null || Array.isArray(v93)) return false;
              const v94 = v93;
              const v95 = v94.mode;
              if (v95 === undefined) return false;
              if (!(v95 === 'filter')) return false;
              const v96 = v94.values;
              if (v96 === undefined) return false;
              if (!Array.isArray(v96)) return false;
              const v97 = v96;
              for (let v98 = 0; v98 < v97.length; v98++) {
                const v99 = v97[v98];
                if (typeof v99 !== 'string') return false;
              }
            }
            const v100 = v77.technique;
            if (v100 !== undefined) {
              if (!(v100 === 'fixed' || v100 === 'sliding')) return false;
            }
            const v101 = v77.window;
            if (v101 === undefined) return false;
            if (!Number.isInteger(v101)) return false;
            if ((v101) <= 0) return false;
          }
        }
      }
    }
    const v102 = v3.store_id;
    if (v102 !== undefined) {
      if (v102 !== null) {
        if (typeof v102 !== 'string') return false;
      }
    }
    const v103 = v3.stripe;
    if (v103 !== undefined) {
      if (v103 !== null) {
        if (typeof v103 !== 'object' || v103 === null || Array.isArray(v103)) return false;
        const v104 = v103;
        const v105 = v104.authorization;
        if (v105 === undefined) return false;
        if (typeof v105 !== 'string') return false;
        const v106 = v104.usage_events;
        if (v106 === undefined) return false;
        if (!Array.isArray(v106)) return false;
        const v107 = v106;
        for (let v108 = 0; v108 < v107.length; v108++) {
          const v109 = v107[v108];
          if (typeof v109 !== 'object' || v109 === null || Array.isArray(v109)) return false;
          const v110 = v109;
          const v111 = v110.payload;
          if (v111 === undefined) return false;
          if (typeof v111 !== 'string') return false;
        }
      }
    }
    const v112 = v3.workers_ai_billing_mode;
    if (v112 !== undefined) {
      if (!(v112 === 'postpaid' || v112 === 'unified')) return false;
    }
    const v113 = v3.zdr;
    if (v113 !== undefined) {
      if (typeof v113 !== 'boolean') return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListResponse} is false. */
function explainAIGatewayListResponse(value, path, issues) {
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
        const v4 = v3.authentication;
        if (v4 !== undefined) {
          if (typeof v4 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/authentication', 'boolean', v4);
          }
        }
        const v5 = v3.cache_invalidate_on_update;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/cache_invalidate_on_update', 'boolean');
        } else {
          if (typeof v5 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/cache_invalidate_on_update', 'boolean', v5);
          }
        }
        const v6 = v3.cache_ttl;
        if (v6 === undefined) {
          missing(issues, path + '/' + v1 + '/cache_ttl', 'integer or null');
        } else {
          if (v6 !== null) {
            if (!Number.isInteger(v6)) {
              fail(issues, path + '/' + v1 + '/cache_ttl', 'integer', v6);
            } else {
              if ((v6) < 0) {
                fail(issues, path + '/' + v1 + '/cache_ttl', 'integer that is >= 0', v6, 'must be >= 0');
              }
            }
          }
        }
        const v7 = v3.collect_logs;
        if (v7 === undefined) {
          missing(issues, path + '/' + v1 + '/collect_logs', 'boolean');
        } else {
          if (typeof v7 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/collect_logs', 'boolean', v7);
          }
        }
        const v8 = v3.created_at;
        if (v8 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v8 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v8);
          } else {
            if (!formatDateTime(v8)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v8);
            }
          }
        }
        const v9 = v3.dlp;
        if (v9 !== undefined) {
          if (!(check0(v9) || check1(v9))) {
            fail(issues, path + '/' + v1 + '/dlp', 'a value matching at least one of 2 alternatives (anyOf)', v9, 'matches none of the anyOf alternatives');
          }
        }
        const v10 = v3.guardrails;
        if (v10 !== undefined) {
          if (v10 !== null) {
            if (typeof v10 !== 'object' || v10 === null || Array.isArray(v10)) {
              fail(issues, path + '/' + v1 + '/guardrails', 'object', v10);
            } else {
              const v11 = v10;
              const v12 = v11.prompt;
              if (v12 === undefined) {
                missing(issues, path + '/' + v1 + '/guardrails' + '/prompt', 'object');
              } else {
                if (typeof v12 !== 'object' || v12 === null || Array.isArray(v12)) {
                  fail(issues, path + '/' + v1 + '/guardrails' + '/prompt', 'object', v12);
                } else {
                  const v13 = v12;
                  const v14 = v13.P1;
                  if (v14 !== undefined) {
                    if (!(v14 === 'FLAG' || v14 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/P1', 'one of "FLAG", "BLOCK"', v14);
                    }
                  }
                  const v15 = v13.S1;
                  if (v15 !== undefined) {
                    if (!(v15 === 'FLAG' || v15 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S1', 'one of "FLAG", "BLOCK"', v15);
                    }
                  }
                  const v16 = v13.S2;
                  if (v16 !== undefined) {
                    if (!(v16 === 'FLAG' || v16 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S2', 'one of "FLAG", "BLOCK"', v16);
                    }
                  }
                  const v17 = v13.S3;
                  if (v17 !== undefined) {
                    if (!(v17 === 'FLAG' || v17 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S3', 'one of "FLAG", "BLOCK"', v17);
                    }
                  }
                  const v18 = v13.S4;
                  if (v18 !== undefined) {
                    if (!(v18 === 'FLAG' || v18 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S4', 'one of "FLAG", "BLOCK"', v18);
                    }
                  }
                  const v19 = v13.S5;
                  if (v19 !== undefined) {
                    if (!(v19 === 'FLAG' || v19 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S5', 'one of "FLAG", "BLOCK"', v19);
                    }
                  }
                  const v20 = v13.S6;
                  if (v20 !== undefined) {
                    if (!(v20 === 'FLAG' || v20 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S6', 'one of "FLAG", "BLOCK"', v20);
                    }
                  }
                  const v21 = v13.S7;
                  if (v21 !== undefined) {
                    if (!(v21 === 'FLAG' || v21 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S7', 'one of "FLAG", "BLOCK"', v21);
                    }
                  }
                  const v22 = v13.S8;
                  if (v22 !== undefined) {
                    if (!(v22 === 'FLAG' || v22 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S8', 'one of "FLAG", "BLOCK"', v22);
                    }
                  }
                  const v23 = v13.S9;
                  if (v23 !== undefined) {
                    if (!(v23 === 'FLAG' || v23 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S9', 'one of "FLAG", "BLOCK"', v23);
                    }
                  }
                  const v24 = v13.S10;
                  if (v24 !== undefined) {
                    if (!(v24 === 'FLAG' || v24 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S10', 'one of "FLAG", "BLOCK"', v24);
                    }
                  }
                  const v25 = v13.S11;
                  if (v25 !== undefined) {
                    if (!(v25 === 'FLAG' || v25 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S11', 'one of "FLAG", "BLOCK"', v25);
                    }
                  }
                  const v26 = v13.S12;
                  if (v26 !== undefined) {
                    if (!(v26 === 'FLAG' || v26 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S12', 'one of "FLAG", "BLOCK"', v26);
                    }
                  }
                  const v27 = v13.S13;
                  if (v27 !== undefined) {
                    if (!(v27 === 'FLAG' || v27 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/prompt' + '/S13', 'one of "FLAG", "BLOCK"', v27);
                    }
                  }
                }
              }
              const v28 = v11.response;
              if (v28 === undefined) {
                missing(issues, path + '/' + v1 + '/guardrails' + '/response', 'object');
              } else {
                if (typeof v28 !== 'object' || v28 === null || Array.isArray(v28)) {
                  fail(issues, path + '/' + v1 + '/guardrails' + '/response', 'object', v28);
                } else {
                  const v29 = v28;
                  const v30 = v29.P1;
                  if (v30 !== undefined) {
                    if (!(v30 === 'FLAG' || v30 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/P1', 'one of "FLAG", "BLOCK"', v30);
                    }
                  }
                  const v31 = v29.S1;
                  if (v31 !== undefined) {
                    if (!(v31 === 'FLAG' || v31 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S1', 'one of "FLAG", "BLOCK"', v31);
                    }
                  }
                  const v32 = v29.S2;
                  if (v32 !== undefined) {
                    if (!(v32 === 'FLAG' || v32 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S2', 'one of "FLAG", "BLOCK"', v32);
                    }
                  }
                  const v33 = v29.S3;
                  if (v33 !== undefined) {
                    if (!(v33 === 'FLAG' || v33 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S3', 'one of "FLAG", "BLOCK"', v33);
                    }
                  }
                  const v34 = v29.S4;
                  if (v34 !== undefined) {
                    if (!(v34 === 'FLAG' || v34 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S4', 'one of "FLAG", "BLOCK"', v34);
                    }
                  }
                  const v35 = v29.S5;
                  if (v35 !== undefined) {
                    if (!(v35 === 'FLAG' || v35 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S5', 'one of "FLAG", "BLOCK"', v35);
                    }
                  }
                  const v36 = v29.S6;
                  if (v36 !== undefined) {
                    if (!(v36 === 'FLAG' || v36 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S6', 'one of "FLAG", "BLOCK"', v36);
                    }
                  }
                  const v37 = v29.S7;
                  if (v37 !== undefined) {
                    if (!(v37 === 'FLAG' || v37 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S7', 'one of "FLAG", "BLOCK"', v37);
                    }
                  }
                  const v38 = v29.S8;
                  if (v38 !== undefined) {
                    if (!(v38 === 'FLAG' || v38 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S8', 'one of "FLAG", "BLOCK"', v38);
                    }
                  }
                  const v39 = v29.S9;
                  if (v39 !== undefined) {
                    if (!(v39 === 'FLAG' || v39 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S9', 'one of "FLAG", "BLOCK"', v39);
                    }
                  }
                  const v40 = v29.S10;
                  if (v40 !== undefined) {
                    if (!(v40 === 'FLAG' || v40 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S10', 'one of "FLAG", "BLOCK"', v40);
                    }
                  }
                  const v41 = v29.S11;
                  if (v41 !== undefined) {
                    if (!(v41 === 'FLAG' || v41 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S11', 'one of "FLAG", "BLOCK"', v41);
                    }
                  }
                  const v42 = v29.S12;
                  if (v42 !== undefined) {
                    if (!(v42 === 'FLAG' || v42 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S12', 'one of "FLAG", "BLOCK"', v42);
                    }
                  }
                  const v43 = v29.S13;
                  if (v43 !== undefined) {
                    if (!(v43 === 'FLAG' || v43 === 'BLOCK')) {
                      fail(issues, path + '/' + v1 + '/guardrails' + '/response' + '/S13', 'one of "FLAG", "BLOCK"', v43);
                    }
                  }
                }
              }
            }
          }
        }
        const v44 = v3.id;
        if (v44 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v44 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v44);
          } else {
            if (v44.length < 1 || (v44.length < 2 && codePoints(v44) < 1)) {
              fail(issues, path + '/' + v1 + '/id', 'string of at least 1 characters', v44);
            }
            if (v44.length > 64 && codePoints(v44) > 64) {
              fail(issues, path + '/' + v1 + '/id', 'string of at most 64 characters', v44);
            }
          }
        }
        const v45 = v3.is_default;
        if (v45 !== undefined) {
          if (typeof v45 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/is_default', 'boolean', v45);
          }
        }
        const v46 = v3.log_classification;
        if (v46 !== undefined) {
          if (typeof v46 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/log_classification', 'boolean', v46);
          }
        }
        const v47 = v3.log_management;
        if (v47 !== undefined) {
          if (v47 !== null) {
            if (!Number.isInteger(v47)) {
              fail(issues, path + '/' + v1 + '/log_management', 'integer', v47);
            } else {
              if ((v47) < 10000) {
                fail(issues, path + '/' + v1 + '/log_management', 'integer that is >= 10000', v47, 'must be >= 10000');
              }
              if ((v47) > 10000000) {
                fail(issues, path + '/' + v1 + '/log_management', 'integer that is <= 10000000', v47, 'must be <= 10000000');
              }
            }
          }
        }
        const v48 = v3.log_management_strategy;
        if (v48 !== undefined) {
          if (v48 !== null) {
            if (!(v48 === 'STOP_INSERTING' || v48 === 'DELETE_OLDEST')) {
              fail(issues, path + '/' + v1 + '/log_management_strategy', 'one of "STOP_INSERTING", "DELETE_OLDEST"', v48);
            }
          }
        }
        const v49 = v3.logpush;
        if (v49 !== undefined) {
          if (typeof v49 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/logpush', 'boolean', v49);
          }
        }
        const v50 = v3.logpush_public_key;
        if (v50 !== undefined) {
          if (v50 !== null) {
            if (typeof v50 !== 'string') {
              fail(issues, path + '/' + v1 + '/logpush_public_key', 'string', v50);
            } else {
              if (v50.length < 16 || (v50.length < 32 && codePoints(v50) < 16)) {
                fail(issues, path + '/' + v1 + '/logpush_public_key', 'string of at least 16 characters', v50);
              }
              if (v50.length > 1024 && codePoints(v50) > 1024) {
                fail(issues, path + '/' + v1 + '/logpush_public_key', 'string of at most 1024 characters', v50);
              }
            }
          }
        }
        const v51 = v3.modified_at;
        if (v51 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v51 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v51);
          } else {
            if (!formatDateTime(v51)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v51);
            }
          }
        }
        const v52 = v3.otel;
        if (v52 !== undefined) {
          if (v52 !== null) {
            if (!Array.isArray(v52)) {
              fail(issues, path + '/' + v1 + '/otel', 'array', v52);
            } else {
              const v53 = v52;
              if (v53.length > 5) {
                fail(issues, path + '/' + v1 + '/otel', 'array of at most 5 items', v53);
              }
              for (let v54 = 0; v54 < v53.length; v54++) {
                const v55 = v53[v54];
                if (typeof v55 !== 'object' || v55 === null || Array.isArray(v55)) {
                  fail(issues, path + '/' + v1 + '/otel' + '/' + v54, 'object', v55);
                } else {
                  const v56 = v55;
                  const v57 = v56.authorization;
                  if (v57 !== undefined) {
                    if (typeof v57 !== 'string') {
                      fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/authorization', 'string', v57);
                    } else {
                      if (v57.length > 256 && codePoints(v57) > 256) {
                        fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/authorization', 'string of at most 256 characters', v57);
                      }
                    }
                  }
                  const v58 = v56.content_type;
                  if (v58 !== undefined) {
                    if (!(v58 === 'json' || v58 === 'protobuf')) {
                      fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/content_type', 'one of "json", "protobuf"', v58);
                    }
                  }
                  const v59 = v56.headers;
                  if (v59 === undefined) {
                    missing(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/headers', 'object');
                  } else {
                    if (typeof v59 !== 'object' || v59 === null || Array.isArray(v59)) {
                      fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/headers', 'object', v59);
                    } else {
                      const v60 = v59;
                      for (const v61 of Object.keys(v60)) {
                        if (false) continue;
                        const v62 = v60[v61];
                        if (typeof v62 !== 'string') {
                          fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/headers' + '/' + pointer(v61), 'string', v62);
                        } else {
                          if (v62.length > 4096 && codePoints(v62) > 4096) {
                            fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/headers' + '/' + pointer(v61), 'string of at most 4096 characters', v62);
                          }
                        }
                      }
                    }
                  }
                  const v63 = v56.url;
                  if (v63 === undefined) {
                    missing(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/url', 'string');
                  } else {
                    if (typeof v63 !== 'string') {
                      fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/url', 'string', v63);
                    } else {
                      if (v63.length > 2048 && codePoints(v63) > 2048) {
                        fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/url', 'string of at most 2048 characters', v63);
                      }
                      if (!formatUri(v63)) {
                        fail(issues, path + '/' + v1 + '/otel' + '/' + v54 + '/url', 'uri string', v63);
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v64 = v3.rate_limiting_interval;
        if (v64 === undefined) {
          missing(issues, path + '/' + v1 + '/rate_limiting_interval', 'integer or null');
        } else {
          if (v64 !== null) {
            if (!Number.isInteger(v64)) {
              fail(issues, path + '/' + v1 + '/rate_limiting_interval', 'integer', v64);
            } else {
              if ((v64) < 0) {
                fail(issues, path + '/' + v1 + '/rate_limiting_interval', 'integer that is >= 0', v64, 'must be >= 0');
              }
            }
          }
        }
        const v65 = v3.rate_limiting_limit;
        if (v65 === undefined) {
          missing(issues, path + '/' + v1 + '/rate_limiting_limit', 'integer or null');
        } else {
          if (v65 !== null) {
            if (!Number.isInteger(v65)) {
              fail(issues, path + '/' + v1 + '/rate_limiting_limit', 'integer', v65);
            } else {
              if ((v65) < 0) {
                fail(issues, path + '/' + v1 + '/rate_limiting_limit', 'integer that is >= 0', v65, 'must be >= 0');
              }
            }
          }
        }
        const v66 = v3.rate_limiting_technique;
        if (v66 !== undefined) {
          if (v66 !== null) {
            if (!(v66 === 'fixed' || v66 === 'sliding')) {
              fail(issues, path + '/' + v1 + '/rate_limiting_technique', 'one of "fixed", "sliding"', v66);
            }
          }
        }
        const v67 = v3.retry_backoff;
        if (v67 !== undefined) {
          if (v67 !== null) {
            if (!(v67 === 'constant' || v67 === 'linear' || v67 === 'exponential')) {
              fail(issues, path + '/' + v1 + '/retry_backoff', 'one of "constant", "linear", "exponential"', v67);
            }
          }
        }
        const v68 = v3.retry_delay;
        if (v68 !== undefined) {
          if (v68 !== null) {
            if (!Number.isInteger(v68)) {
              fail(issues, path + '/' + v1 + '/retry_delay', 'integer', v68);
            } else {
              if ((v68) < 0) {
                fail(issues, path + '/' + v1 + '/retry_delay', 'integer that is >= 0', v68, 'must be >= 0');
              }
              if ((v68) > 5000) {
                fail(issues, path + '/' + v1 + '/retry_delay', 'integer that is <= 5000', v68, 'must be <= 5000');
              }
            }
          }
        }
        const v69 = v3.retry_max_attempts;
        if (v69 !== undefined) {
          if (v69 !== null) {
            if (!Number.isInteger(v69)) {
              fail(issues, path + '/' + v1 + '/retry_max_attempts', 'integer', v69);
            } else {
              if ((v69) < 1) {
                fail(issues, path + '/' + v1 + '/retry_max_attempts', 'integer that is >= 1', v69, 'must be >= 1');
              }
              if ((v69) > 5) {
                fail(issues, path + '/' + v1 + '/retry_max_attempts', 'integer that is <= 5', v69, 'must be <= 5');
              }
            }
          }
        }
        const v70 = v3.spend_limits;
        if (v70 !== undefined) {
          if (v70 !== null) {
            if (typeof v70 !== 'object' || v70 === null || Array.isArray(v70)) {
              fail(issues, path + '/' + v1 + '/spend_limits', 'object', v70);
            } else {
              const v71 = v70;
              const v72 = v71.enabled;
              if (v72 !== undefined) {
                if (typeof v72 !== 'boolean') {
                  fail(issues, path + '/' + v1 + '/spend_limits' + '/enabled', 'boolean', v72);
                }
              }
              const v73 = v71.rules;
              if (v73 !== undefined) {
                if (!Array.isArray(v73)) {
                  fail(issues, path + '/' + v1 + '/spend_limits' + '/rules', 'array', v73);
                } else {
                  const v74 = v73;
                  if (v74.length > 20) {
                    fail(issues, path + '/' + v1 + '/spend_limits' + '/rules', 'array of at most 20 items', v74);
                  }
                  for (let v75 = 0; v75 < v74.length; v75++) {
                    const v76 = v74[v75];
                    if (typeof v76 !== 'object' || v76 === null || Array.isArray(v76)) {
                      fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75, 'object', v76);
                    } else {
                      const v77 = v76;
                      const v78 = v77.enabled;
                      if (v78 !== undefined) {
                        if (typeof v78 !== 'boolean') {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/enabled', 'boolean', v78);
                        }
                      }
                      const v79 = v77.id;
                      if (v79 !== undefined) {
                        if (typeof v79 !== 'string') {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/id', 'string', v79);
                        } else {
                          if (v79.length < 1 || (v79.length < 2 && codePoints(v79) < 1)) {
                            fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/id', 'string of at least 1 characters', v79);
                          }
                        }
                      }
                      const v80 = v77.limit;
                      if (v80 === undefined) {
                        missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/limit', 'number');
                      } else {
                        if (typeof v80 !== 'number' || !Number.isFinite(v80)) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/limit', 'number', v80);
                        } else {
                          if ((v80) <= 0) {
                            fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/limit', 'number that is > 0', v80, 'must be > 0');
                          }
                        }
                      }
                      const v81 = v77.limitType;
                      if (v81 === undefined) {
                        missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/limitType', 'enum');
                      } else {
                        if (!(v81 === 'cost')) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/limitType', 'one of "cost"', v81);
                        }
                      }
                      const v82 = v77.metadata;
                      if (v82 !== undefined) {
                        if (typeof v82 !== 'object' || v82 === null || Array.isArray(v82)) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/metadata', 'object', v82);
                        } else {
                          const v83 = v82;
                          for (const v84 of Object.keys(v83)) {
                            if (false) continue;
                            const v85 = v83[v84];
                            if (!(check2(v85) || check3(v85))) {
                              fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/metadata' + '/' + pointer(v84), 'a value matching at least one of 2 alternatives (anyOf)', v85, 'matches none of the anyOf alternatives');
                            }
                          }
                        }
                      }
                      const v86 = v77.model;
                      if (v86 !== undefined) {
                        if (typeof v86 !== 'object' || v86 === null || Array.isArray(v86)) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model', 'object', v86);
                        } else {
                          const v87 = v86;
                          const v88 = v87.mode;
                          if (v88 === undefined) {
                            missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model' + '/mode', 'enum');
                          } else {
                            if (!(v88 === 'filter')) {
                              fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model' + '/mode', 'one of "filter"', v88);
                            }
                          }
                          const v89 = v87.values;
                          if (v89 === undefined) {
                            missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model' + '/values', 'array');
                          } else {
                            if (!Array.isArray(v89)) {
                              fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model' + '/values', 'array', v89);
                            } else {
                              const v90 = v89;
                              for (let v91 = 0; v91 < v90.length; v91++) {
                                const v92 = v90[v91];
                                if (typeof v92 !== 'string') {
                                  fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/model' + '/values' + '/' + v91, 'string', v92);
                                }
                              }
                            }
                          }
                        }
                      }
                      const v93 = v77.provider;
                      if (v93 !== undefined) {
                        if (typeof v93 !== 'object' || v93 === null || Array.isArray(v93)) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider', 'object', v93);
                        } else {
                          const v94 = v93;
                          const v95 = v94.mode;
                          if (v95 === undefined) {
                            missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider' + '/mode', 'enum');
                          } else {
                            if (!(v95 === 'filter')) {
                              fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider' + '/mode', 'one of "filter"', v95);
                            }
                          }
                          const v96 = v94.values;
                          if (v96 === undefined) {
                            missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider' + '/values', 'array');
                          } else {
                            if (!Array.isArray(v96)) {
                              fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider' + '/values', 'array', v96);
                            } else {
                              const v97 = v96;
                              for (let v98 = 0; v98 < v97.length; v98++) {
                                const v99 = v97[v98];
                                if (typeof v99 !== 'string') {
                                  fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/provider' + '/values' + '/' + v98, 'string', v99);
                                }
                              }
                            }
                          }
                        }
                      }
                      const v100 = v77.technique;
                      if (v100 !== undefined) {
                        if (!(v100 === 'fixed' || v100 === 'sliding')) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/technique', 'one of "fixed", "sliding"', v100);
                        }
                      }
                      const v101 = v77.window;
                      if (v101 === undefined) {
                        missing(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/window', 'integer');
                      } else {
                        if (!Number.isInteger(v101)) {
                          fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/window', 'integer', v101);
                        } else {
                          if ((v101) <= 0) {
                            fail(issues, path + '/' + v1 + '/spend_limits' + '/rules' + '/' + v75 + '/window', 'integer that is > 0', v101, 'must be > 0');
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
        const v102 = v3.store_id;
        if (v102 !== undefined) {
          if (v102 !== null) {
            if (typeof v102 !== 'string') {
              fail(issues, path + '/' + v1 + '/store_id', 'string', v102);
            }
          }
        }
        const v103 = v3.stripe;
        if (v103 !== undefined) {
          if (v103 !== null) {
            if (typeof v103 !== 'object' || v103 === null || Array.isArray(v103)) {
              fail(issues, path + '/' + v1 + '/stripe', 'object', v103);
            } else {
              const v104 = v103;
              const v105 = v104.authorization;
              if (v105 === undefined) {
                missing(issues, path + '/' + v1 + '/stripe' + '/authorization', 'string');
              } else {
                if (typeof v105 !== 'string') {
                  fail(issues, path + '/' + v1 + '/stripe' + '/authorization', 'string', v105);
                }
              }
              const v106 = v104.usage_events;
              if (v106 === undefined) {
                missing(issues, path + '/' + v1 + '/stripe' + '/usage_events', 'array');
              } else {
                if (!Array.isArray(v106)) {
                  fail(issues, path + '/' + v1 + '/stripe' + '/usage_events', 'array', v106);
                } else {
                  const v107 = v106;
                  for (let v108 = 0; v108 < v107.length; v108++) {
                    const v109 = v107[v108];
                    if (typeof v109 !== 'object' || v109 === null || Array.isArray(v109)) {
                      fail(issues, path + '/' + v1 + '/stripe' + '/usage_events' + '/' + v108, 'object', v109);
                    } else {
                      const v110 = v109;
                      const v111 = v110.payload;
                      if (v111 === undefined) {
                        missing(issues, path + '/' + v1 + '/stripe' + '/usage_events' + '/' + v108 + '/payload', 'string');
                      } else {
                        if (typeof v111 !== 'string') {
                          fail(issues, path + '/' + v1 + '/stripe' + '/usage_events' + '/' + v108 + '/payload', 'string', v111);
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v112 = v3.workers_ai_billing_mode;
        if (v112 !== undefined) {
          if (!(v112 === 'postpaid' || v112 === 'unified')) {
            fail(issues, path + '/' + v1 + '/workers_ai_billing_mode', 'one of "postpaid", "unified"', v112);
          }
        }
        const v113 = v3.zdr;
        if (v113 !== undefined) {
          if (typeof v113 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/zdr', 'boolean', v113);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AIGatewayListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAIGatewayListResponse(value) {
  return isAIGatewayListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAIGatewayListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isAIGatewayListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.page;
  if (v2 !== undefined) {
    if (!Number.isInteger(v2)) return false;
    if ((v2) < 1) return false;
  }
  const v3 = v0.per_page;
  if (v3 !== undefined) {
    if (!Number.isInteger(v3)) return false;
    if ((v3) < 1) return false;
    if ((v3) > 100) return false;
  }
  const v4 = v0.search;
  if (v4 !== undefined) {
    if (typeof v4 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListArgs} is false. */
function explainAIGatewayListArgs(value, path, issues) {
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
    const v2 = v0.page;
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        fail(issues, path + '/page', 'integer', v2);
      } else {
        if ((v2) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v2, 'must be >= 1');
        }
      }
    }
    const v3 = v0.per_page;
    if (v3 !== undefined) {
      if (!Number.isInteger(v3)) {
        fail(issues, path + '/per_page', 'integer', v3);
      } else {
        if ((v3) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v3, 'must be >= 1');
        }
        if ((v3) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v3, 'must be <= 100');
        }
      }
    }
    const v4 = v0.search;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/search', 'string', v4);
      }
    }
  }
}

/** Whether `value` is a valid {@link AIGatewayUpdateResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
function isAIGatewayUpdateResponse(value) {
  return isAIGatewayCreateResponse(value);
}

/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
function explainAIGatewayUpdateResponse(value, path, issues) {
  explainAIGatewayCreateResponse(value, path, issues);
}

/** Checks `value` against {@link AIGatewayUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateAIGatewayUpdateResponse(value) {
  return isAIGatewayUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainAIGatewayUpdateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isAIGatewayDeleteArgs}. */
function isAIGatewayUpdateArgs(value) {
  return isAIGatewayDeleteArgs(value);
}

/** @internal The same checks as {@link explainAIGatewayDeleteArgs}. */
function explainAIGatewayUpdateArgs(value, path, issues) {
  explainAIGatewayDeleteArgs(value, path, issues);
}


exports.isAIGatewayCreateResponse = isAIGatewayCreateResponse;
exports.explainAIGatewayCreateResponse = explainAIGatewayCreateResponse;
exports.validateAIGatewayCreateResponse = validateAIGatewayCreateResponse;
exports.isAIGatewayDeleteResponse = isAIGatewayDeleteResponse;
exports.explainAIGatewayDeleteResponse = explainAIGatewayDeleteResponse;
exports.validateAIGatewayDeleteResponse = validateAIGatewayDeleteResponse;
exports.isAIGatewayDeleteArgs = isAIGatewayDeleteArgs;
exports.explainAIGatewayDeleteArgs = explainAIGatewayDeleteArgs;
exports.isAIGatewayGetResponse = isAIGatewayGetResponse;
exports.explainAIGatewayGetResponse = explainAIGatewayGetResponse;
exports.validateAIGatewayGetResponse = validateAIGatewayGetResponse;
exports.isAIGatewayGetArgs = isAIGatewayGetArgs;
exports.explainAIGatewayGetArgs = explainAIGatewayGetArgs;
exports.isAIGatewayListResponse = isAIGatewayListResponse;
exports.explainAIGatewayListResponse = explainAIGatewayListResponse;
exports.validateAIGatewayListResponse = validateAIGatewayListResponse;
exports.isAIGatewayListArgs = isAIGatewayListArgs;
exports.explainAIGatewayListArgs = explainAIGatewayListArgs;
exports.isAIGatewayUpdateResponse = isAIGatewayUpdateResponse;
exports.explainAIGatewayUpdateResponse = explainAIGatewayUpdateResponse;
exports.validateAIGatewayUpdateResponse = validateAIGatewayUpdateResponse;
exports.isAIGatewayUpdateArgs = isAIGatewayUpdateArgs;
exports.explainAIGatewayUpdateArgs = explainAIGatewayUpdateArgs;
