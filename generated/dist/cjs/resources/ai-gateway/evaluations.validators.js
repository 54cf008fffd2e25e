'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { codePoints, collectIssues, fail, missing } = require('../../core/validation.js');
const { isDateTime: formatDateTime } = require('../../core/formats.js');

const ENUM_0 = new Set(['created_at', 'request_content_type', 'response_content_type', 'success', 'cached', 'provider', 'model', 'cost', 'tokens', 'tokens_in', 'tokens_out', 'duration', 'feedback']);
function check0(value) {
  if (typeof value !== 'string') return false;
  return true;
}
function check1(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check2(value) {
  if (typeof value !== 'boolean') return false;
  return true;
}
/** Whether `value` is a valid {@link EvaluationCreateResponse}. Fast: returns at the first problem. */
function isEvaluationCreateResponse(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!formatDateTime(v1)) return false;
  const v2 = v0.datasets;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.account_id;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
    const v8 = v6.account_tag;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
    const v9 = v6.created_at;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    if (!formatDateTime(v9)) return false;
    const v10 = v6.enable;
    if (v10 === undefined) return false;
    if (typeof v10 !== 'boolean') return false;
    const v11 = v6.filters;
    if (v11 === undefined) return false;
    if (!Array.isArray(v11)) return false;
    const v12 = v11;
    for (let v13 = 0; v13 < v12.length; v13++) {
      const v14 = v12[v13];
      if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) return false;
      const v15 = v14;
      const v16 = v15.key;
      if (v16 === undefined) return false;
      if (!(ENUM_0.has(v16))) return false;
      const v17 = v15.operator;
      if (v17 === undefined) return false;
      if (!(v17 === 'eq' || v17 === 'contains' || v17 === 'lt' || v17 === 'gt')) return false;
      const v18 = v15.value;
      if (v18 === undefined) return false;
      if (!Array.isArray(v18)) return false;
      const v19 = v18;
      for (let v20 = 0; v20 < v19.length; v20++) {
        const v21 = v19[v20];
        if (!(check0(v21) || check1(v21) || check2(v21))) return false;
      }
    }
    const v22 = v6.gateway_id;
    if (v22 === undefined) return false;
    if (typeof v22 !== 'string') return false;
    if (v22.length < 1 || (v22.length < 2 && codePoints(v22) < 1)) return false;
    if (v22.length > 64 && codePoints(v22) > 64) return false;
    const v23 = v6.id;
    if (v23 === undefined) return false;
    if (typeof v23 !== 'string') return false;
    const v24 = v6.modified_at;
    if (v24 === undefined) return false;
    if (typeof v24 !== 'string') return false;
    if (!formatDateTime(v24)) return false;
    const v25 = v6.name;
    if (v25 === undefined) return false;
    if (typeof v25 !== 'string') return false;
  }
  const v26 = v0.gateway_id;
  if (v26 === undefined) return false;
  if (typeof v26 !== 'string') return false;
  if (v26.length < 1 || (v26.length < 2 && codePoints(v26) < 1)) return false;
  if (v26.length > 64 && codePoints(v26) > 64) return false;
  const v27 = v0.id;
  if (v27 === undefined) return false;
  if (typeof v27 !== 'string') return false;
  const v28 = v0.modified_at;
  if (v28 === undefined) return false;
  if (typeof v28 !== 'string') return false;
  if (!formatDateTime(v28)) return false;
  const v29 = v0.name;
  if (v29 === undefined) return false;
  if (typeof v29 !== 'string') return false;
  const v30 = v0.processed;
  if (v30 === undefined) return false;
  if (typeof v30 !== 'boolean') return false;
  const v31 = v0.results;
  if (v31 === undefined) return false;
  if (!Array.isArray(v31)) return false;
  const v32 = v31;
  for (let v33 = 0; v33 < v32.length; v33++) {
    const v34 = v32[v33];
    if (typeof v34 !== 'object' || v34 === null || Array.isArray(v34)) return false;
    const v35 = v34;
    const v36 = v35.created_at;
    if (v36 === undefined) return false;
    if (typeof v36 !== 'string') return false;
    if (!formatDateTime(v36)) return false;
    const v37 = v35.evaluation_id;
    if (v37 === undefined) return false;
    if (typeof v37 !== 'string') return false;
    const v38 = v35.evaluation_type_id;
    if (v38 === undefined) return false;
    if (typeof v38 !== 'string') return false;
    const v39 = v35.id;
    if (v39 === undefined) return false;
    if (typeof v39 !== 'string') return false;
    const v40 = v35.modified_at;
    if (v40 === undefined) return false;
    if (typeof v40 !== 'string') return false;
    if (!formatDateTime(v40)) return false;
    const v41 = v35.result;
    if (v41 === undefined) return false;
    if (typeof v41 !== 'string') return false;
    const v42 = v35.status;
    if (v42 === undefined) return false;
    if (typeof v42 !== 'number' || !Number.isFinite(v42)) return false;
    const v43 = v35.status_description;
    if (v43 === undefined) return false;
    if (typeof v43 !== 'string') return false;
    const v44 = v35.total_logs;
    if (v44 === undefined) return false;
    if (typeof v44 !== 'number' || !Number.isFinite(v44)) return false;
  }
  const v45 = v0.total_logs;
  if (v45 === undefined) return false;
  if (typeof v45 !== 'number' || !Number.isFinite(v45)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateResponse} is false. */
function explainEvaluationCreateResponse(value, path, issues) {
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
    const v2 = v0.datasets;
    if (v2 === undefined) {
      missing(issues, path + '/datasets', 'array');
    } else {
      if (!Array.isArray(v2)) {
        fail(issues, path + '/datasets', 'array', v2);
      } else {
        const v3 = v2;
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) {
            fail(issues, path + '/datasets' + '/' + v4, 'object', v5);
          } else {
            const v6 = v5;
            const v7 = v6.account_id;
            if (v7 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/account_id', 'string');
            } else {
              if (typeof v7 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/account_id', 'string', v7);
              }
            }
            const v8 = v6.account_tag;
            if (v8 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/account_tag', 'string');
            } else {
              if (typeof v8 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/account_tag', 'string', v8);
              }
            }
            const v9 = v6.created_at;
            if (v9 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/created_at', 'string');
            } else {
              if (typeof v9 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/created_at', 'string', v9);
              } else {
                if (!formatDateTime(v9)) {
                  fail(issues, path + '/datasets' + '/' + v4 + '/created_at', 'date-time string', v9);
                }
              }
            }
            const v10 = v6.enable;
            if (v10 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/enable', 'boolean');
            } else {
              if (typeof v10 !== 'boolean') {
                fail(issues, path + '/datasets' + '/' + v4 + '/enable', 'boolean', v10);
              }
            }
            const v11 = v6.filters;
            if (v11 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/filters', 'array');
            } else {
              if (!Array.isArray(v11)) {
                fail(issues, path + '/datasets' + '/' + v4 + '/filters', 'array', v11);
              } else {
                const v12 = v11;
                for (let v13 = 0; v13 < v12.length; v13++) {
                  const v14 = v12[v13];
                  if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) {
                    fail(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13, 'object', v14);
                  } else {
                    const v15 = v14;
                    const v16 = v15.key;
                    if (v16 === undefined) {
                      missing(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/key', 'enum');
                    } else {
                      if (!(ENUM_0.has(v16))) {
                        fail(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/key', 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v16);
                      }
                    }
                    const v17 = v15.operator;
                    if (v17 === undefined) {
                      missing(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/operator', 'enum');
                    } else {
                      if (!(v17 === 'eq' || v17 === 'contains' || v17 === 'lt' || v17 === 'gt')) {
                        fail(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/operator', 'one of "eq", "contains", "lt", "gt"', v17);
                      }
                    }
                    const v18 = v15.value;
                    if (v18 === undefined) {
                      missing(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/value', 'array');
                    } else {
                      if (!Array.isArray(v18)) {
                        fail(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/value', 'array', v18);
                      } else {
                        const v19 = v18;
                        for (let v20 = 0; v20 < v19.length; v20++) {
                          const v21 = v19[v20];
                          if (!(check0(v21) || check1(v21) || check2(v21))) {
                            fail(issues, path + '/datasets' + '/' + v4 + '/filters' + '/' + v13 + '/value' + '/' + v20, 'a value matching at least one of 3 alternatives (anyOf)', v21, 'matches none of the anyOf alternatives');
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            const v22 = v6.gateway_id;
            if (v22 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/gateway_id', 'string');
            } else {
              if (typeof v22 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/gateway_id', 'string', v22);
              } else {
                if (v22.length < 1 || (v22.length < 2 && codePoints(v22) < 1)) {
                  fail(issues, path + '/datasets' + '/' + v4 + '/gateway_id', 'string of at least 1 characters', v22);
                }
                if (v22.length > 64 && codePoints(v22) > 64) {
                  fail(issues, path + '/datasets' + '/' + v4 + '/gateway_id', 'string of at most 64 characters', v22);
                }
              }
            }
            const v23 = v6.id;
            if (v23 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/id', 'string');
            } else {
              if (typeof v23 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/id', 'string', v23);
              }
            }
            const v24 = v6.modified_at;
            if (v24 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/modified_at', 'string');
            } else {
              if (typeof v24 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/modified_at', 'string', v24);
              } else {
                if (!formatDateTime(v24)) {
                  fail(issues, path + '/datasets' + '/' + v4 + '/modified_at', 'date-time string', v24);
                }
              }
            }
            const v25 = v6.name;
            if (v25 === undefined) {
              missing(issues, path + '/datasets' + '/' + v4 + '/name', 'string');
            } else {
              if (typeof v25 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v4 + '/name', 'string', v25);
              }
            }
          }
        }
      }
    }
    const v26 = v0.gateway_id;
    if (v26 === undefined) {
      missing(issues, path + '/gateway_id', 'string');
    } else {
      if (typeof v26 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v26);
      } else {
        if (v26.length < 1 || (v26.length < 2 && codePoints(v26) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v26);
        }
        if (v26.length > 64 && codePoints(v26) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v26);
        }
      }
    }
    const v27 = v0.id;
    if (v27 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v27 !== 'string') {
        fail(issues, path + '/id', 'string', v27);
      }
    }
    const v28 = v0.modified_at;
    if (v28 === undefined) {
      missing(issues, path + '/modified_at', 'string');
    } else {
      if (typeof v28 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v28);
      } else {
        if (!formatDateTime(v28)) {
          fail(issues, path + '/modified_at', 'date-time string', v28);
        }
      }
    }
    const v29 = v0.name;
    if (v29 === undefined) {
      missing(issues, path + '/name', 'string');
    } else {
      if (typeof v29 !== 'string') {
        fail(issues, path + '/name', 'string', v29);
      }
    }
    const v30 = v0.processed;
    if (v30 === undefined) {
      missing(issues, path + '/processed', 'boolean');
    } else {
      if (typeof v30 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v30);
      }
    }
    const v31 = v0.results;
    if (v31 === undefined) {
      missing(issues, path + '/results', 'array');
    } else {
      if (!Array.isArray(v31)) {
        fail(issues, path + '/results', 'array', v31);
      } else {
        const v32 = v31;
        for (let v33 = 0; v33 < v32.length; v33++) {
          const v34 = v32[v33];
          if (typeof v34 !== 'object' || v34 === null || Array.isArray(v34)) {
            fail(issues, path + '/results' + '/' + v33, 'object', v34);
          } else {
            const v35 = v34;
            const v36 = v35.created_at;
            if (v36 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/created_at', 'string');
            } else {
              if (typeof v36 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/created_at', 'string', v36);
              } else {
                if (!formatDateTime(v36)) {
                  fail(issues, path + '/results' + '/' + v33 + '/created_at', 'date-time string', v36);
                }
              }
            }
            const v37 = v35.evaluation_id;
            if (v37 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/evaluation_id', 'string');
            } else {
              if (typeof v37 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/evaluation_id', 'string', v37);
              }
            }
            const v38 = v35.evaluation_type_id;
            if (v38 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/evaluation_type_id', 'string');
            } else {
              if (typeof v38 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/evaluation_type_id', 'string', v38);
              }
            }
            const v39 = v35.id;
            if (v39 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/id', 'string');
            } else {
              if (typeof v39 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/id', 'string', v39);
              }
            }
            const v40 = v35.modified_at;
            if (v40 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/modified_at', 'string');
            } else {
              if (typeof v40 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/modified_at', 'string', v40);
              } else {
                if (!formatDateTime(v40)) {
                  fail(issues, path + '/results' + '/' + v33 + '/modified_at', 'date-time string', v40);
                }
              }
            }
            const v41 = v35.result;
            if (v41 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/result', 'string');
            } else {
              if (typeof v41 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/result', 'string', v41);
              }
            }
            const v42 = v35.status;
            if (v42 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/status', 'number');
            } else {
              if (typeof v42 !== 'number' || !Number.isFinite(v42)) {
                fail(issues, path + '/results' + '/' + v33 + '/status', 'number', v42);
              }
            }
            const v43 = v35.status_description;
            if (v43 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/status_description', 'string');
            } else {
              if (typeof v43 !== 'string') {
                fail(issues, path + '/results' + '/' + v33 + '/status_description', 'string', v43);
              }
            }
            const v44 = v35.total_logs;
            if (v44 === undefined) {
              missing(issues, path + '/results' + '/' + v33 + '/total_logs', 'number');
            } else {
              if (typeof v44 !== 'number' || !Number.isFinite(v44)) {
                fail(issues, path + '/results' + '/' + v33 + '/total_logs', 'number', v44);
              }
            }
          }
        }
      }
    }
    const v45 = v0.total_logs;
    if (v45 === undefined) {
      missing(issues, path + '/total_logs', 'number');
    } else {
      if (typeof v45 !== 'number' || !Number.isFinite(v45)) {
        fail(issues, path + '/total_logs', 'number', v45);
      }
    }
  }
}

/** Checks `value` against {@link EvaluationCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateEvaluationCreateResponse(value) {
  return isEvaluationCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEvaluationCreateResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isEvaluationCreateArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
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

/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateArgs} is false. */
function explainEvaluationCreateArgs(value, path, issues) {
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
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
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

/** Whether `value` is a valid {@link EvaluationDeleteResponse}: the same checks as {@link isEvaluationCreateResponse}. */
function isEvaluationDeleteResponse(value) {
  return isEvaluationCreateResponse(value);
}

/** @internal The same checks as {@link explainEvaluationCreateResponse}. */
function explainEvaluationDeleteResponse(value, path, issues) {
  explainEvaluationCreateResponse(value, path, issues);
}

/** Checks `value` against {@link EvaluationDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateEvaluationDeleteResponse(value) {
  return isEvaluationDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEvaluationDeleteResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isEvaluationDeleteArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.id;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  const v3 = v0.account_id;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationDeleteArgs} is false. */
function explainEvaluationDeleteArgs(value, path, issues) {
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
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.id;
    if (v2 === undefined) {
      missing(issues, path + '/id', 'string');
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/id', 'string', v2);
      }
    }
    const v3 = v0.account_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/account_id', 'string', v3);
      }
    }
  }
}

/** Whether `value` is a valid {@link EvaluationGetResponse}: the same checks as {@link isEvaluationCreateResponse}. */
function isEvaluationGetResponse(value) {
  return isEvaluationCreateResponse(value);
}

/** @internal The same checks as {@link explainEvaluationCreateResponse}. */
function explainEvaluationGetResponse(value, path, issues) {
  explainEvaluationCreateResponse(value, path, issues);
}

/** Checks `value` against {@link EvaluationGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateEvaluationGetResponse(value) {
  return isEvaluationGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEvaluationGetResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isEvaluationDeleteArgs}. */
function isEvaluationGetArgs(value) {
  return isEvaluationDeleteArgs(value);
}

/** @internal The same checks as {@link explainEvaluationDeleteArgs}. */
function explainEvaluationGetArgs(value, path, issues) {
  explainEvaluationDeleteArgs(value, path, issues);
}

/** Whether `value` is a valid {@link EvaluationListResponse}. Fast: returns at the first problem. */
function isEvaluationListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === undefined) return false;
    if (typeof v4 !== 'string') return false;
    if (!formatDateTime(v4)) return false;
    const v5 = v3.datasets;
    if (v5 === undefined) return false;
    if (!Array.isArray(v5)) return false;
    const v6 = v5;
    for (let v7 = 0; v7 < v6.length; v7++) {
      const v8 = v6[v7];
      if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) return false;
      const v9 = v8;
      const v10 = v9.account_id;
      if (v10 === undefined) return false;
      if (typeof v10 !== 'string') return false;
      const v11 = v9.account_tag;
      if (v11 === undefined) return false;
      if (typeof v11 !== 'string') return false;
      const v12 = v9.created_at;
      if (v12 === undefined) return false;
      if (typeof v12 !== 'string') return false;
      if (!formatDateTime(v12)) return false;
      const v13 = v9.enable;
      if (v13 === undefined) return false;
      if (typeof v13 !== 'boolean') return false;
      const v14 = v9.filters;
      if (v14 === undefined) return false;
      if (!Array.isArray(v14)) return false;
      const v15 = v14;
      for (let v16 = 0; v16 < v15.length; v16++) {
        const v17 = v15[v16];
        if (typeof v17 !== 'object' || v17 === null || Array.isArray(v17)) return false;
        const v18 = v17;
        const v19 = v18.key;
        if (v19 === undefined) return false;
        if (!(ENUM_0.has(v19))) return false;
        const v20 = v18.operator;
        if (v20 === undefined) return false;
        if (!(v20 === 'eq' || v20 === 'contains' || v20 === 'lt' || v20 === 'gt')) return false;
        const v21 = v18.value;
        if (v21 === undefined) return false;
        if (!Array.isArray(v21)) return false;
        const v22 = v21;
        for (let v23 = 0; v23 < v22.length; v23++) {
          const v24 = v22[v23];
          if (!(check0(v24) || check1(v24) || check2(v24))) return false;
        }
      }
      const v25 = v9.gateway_id;
      if (v25 === undefined) return false;
      if (typeof v25 !== 'string') return false;
      if (v25.length < 1 || (v25.length < 2 && codePoints(v25) < 1)) return false;
      if (v25.length > 64 && codePoints(v25) > 64) return false;
      const v26 = v9.id;
      if (v26 === undefined) return false;
      if (typeof v26 !== 'string') return false;
      const v27 = v9.modified_at;
      if (v27 === undefined) return false;
      if (typeof v27 !== 'string') return false;
      if (!formatDateTime(v27)) return false;
      const v28 = v9.name;
      if (v28 === undefined) return false;
      if (typeof v28 !== 'string') return false;
    }
    const v29 = v3.gateway_id;
    if (v29 === undefined) return false;
    if (typeof v29 !== 'string') return false;
    if (v29.length < 1 || (v29.length < 2 && codePoints(v29) < 1)) return false;
    if (v29.length > 64 && codePoints(v29) > 64) return false;
    const v30 = v3.id;
    if (v30 === undefined) return false;
    if (typeof v30 !== 'string') return false;
    const v31 = v3.modified_at;
    if (v31 === undefined) return false;
    if (typeof v31 !== 'string') return false;
    if (!formatDateTime(v31)) return false;
    const v32 = v3.name;
    if (v32 === undefined) return false;
    if (typeof v32 !== 'string') return false;
    const v33 = v3.processed;
    if (v33 === undefined) return false;
    if (typeof v33 !== 'boolean') return false;
    const v34 = v3.results;
    if (v34 === undefined) return false;
    if (!Array.isArray(v34)) return false;
    const v35 = v34;
    for (let v36 = 0; v36 < v35.length; v36++) {
      const v37 = v35[v36];
      if (typeof v37 !== 'object' || v37 === null || Array.isArray(v37)) return false;
      const v38 = v37;
      const v39 = v38.created_at;
      if (v39 === undefined) return false;
      if (typeof v39 !== 'string') return false;
      if (!formatDateTime(v39)) return false;
      const v40 = v38.evaluation_id;
      if (v40 === undefined) return false;
      if (typeof v40 !== 'string') return false;
      const v41 = v38.evaluation_type_id;
      if (v41 === undefined) return false;
      if (typeof v41 !== 'string') return false;
      const v42 = v38.id;
      if (v42 === undefined) return false;
      if (typeof v42 !== 'string') return false;
      const v43 = v38.modified_at;
      if (v43 === undefined) return false;
      if (typeof v43 !== 'string') return false;
      if (!formatDateTime(v43)) return false;
      const v44 = v38.result;
      if (v44 === undefined) return false;
      if (typeof v44 !== 'string') return false;
      const v45 = v38.status;
      if (v45 === undefined) return false;
      if (typeof v45 !== 'number' || !Number.isFinite(v45)) return false;
      const v46 = v38.status_description;
      if (v46 === undefined) return false;
      if (typeof v46 !== 'string') return false;
      const v47 = v38.total_logs;
      if (v47 === undefined) return false;
      if (typeof v47 !== 'number' || !Number.isFinite(v47)) return false;
    }
    const v48 = v3.total_logs;
    if (v48 === undefined) return false;
    if (typeof v48 !== 'number' || !Number.isFinite(v48)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationListResponse} is false. */
function explainEvaluationListResponse(value, path, issues) {
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
        const v4 = v3.created_at;
        if (v4 === undefined) {
          missing(issues, path + '/' + v1 + '/created_at', 'string');
        } else {
          if (typeof v4 !== 'string') {
            fail(issues, path + '/' + v1 + '/created_at', 'string', v4);
          } else {
            if (!formatDateTime(v4)) {
              fail(issues, path + '/' + v1 + '/created_at', 'date-time string', v4);
            }
          }
        }
        const v5 = v3.datasets;
        if (v5 === undefined) {
          missing(issues, path + '/' + v1 + '/datasets', 'array');
        } else {
          if (!Array.isArray(v5)) {
            fail(issues, path + '/' + v1 + '/datasets', 'array', v5);
          } else {
            const v6 = v5;
            for (let v7 = 0; v7 < v6.length; v7++) {
              const v8 = v6[v7];
              if (typeof v8 !== 'object' || v8 === null || Array.isArray(v8)) {
                fail(issues, path + '/' + v1 + '/datasets' + '/' + v7, 'object', v8);
              } else {
                const v9 = v8;
                const v10 = v9.account_id;
                if (v10 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/account_id', 'string');
                } else {
                  if (typeof v10 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/account_id', 'string', v10);
                  }
                }
                const v11 = v9.account_tag;
                if (v11 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/account_tag', 'string');
                } else {
                  if (typeof v11 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/account_tag', 'string', v11);
                  }
                }
                const v12 = v9.created_at;
                if (v12 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/created_at', 'string');
                } else {
                  if (typeof v12 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/created_at', 'string', v12);
                  } else {
                    if (!formatDateTime(v12)) {
                      fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/created_at', 'date-time string', v12);
                    }
                  }
                }
                const v13 = v9.enable;
                if (v13 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/enable', 'boolean');
                } else {
                  if (typeof v13 !== 'boolean') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/enable', 'boolean', v13);
                  }
                }
                const v14 = v9.filters;
                if (v14 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters', 'array');
                } else {
                  if (!Array.isArray(v14)) {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters', 'array', v14);
                  } else {
                    const v15 = v14;
                    for (let v16 = 0; v16 < v15.length; v16++) {
                      const v17 = v15[v16];
                      if (typeof v17 !== 'object' || v17 === null || Array.isArray(v17)) {
                        fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16, 'object', v17);
                      } else {
                        const v18 = v17;
                        const v19 = v18.key;
                        if (v19 === undefined) {
                          missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/key', 'enum');
                        } else {
                          if (!(ENUM_0.has(v19))) {
                            fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/key', 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v19);
                          }
                        }
                        const v20 = v18.operator;
                        if (v20 === undefined) {
                          missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/operator', 'enum');
                        } else {
                          if (!(v20 === 'eq' || v20 === 'contains' || v20 === 'lt' || v20 === 'gt')) {
                            fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/operator', 'one of "eq", "contains", "lt", "gt"', v20);
                          }
                        }
                        const v21 = v18.value;
                        if (v21 === undefined) {
                          missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/value', 'array');
                        } else {
                          if (!Array.isArray(v21)) {
                            fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/value', 'array', v21);
                          } else {
                            const v22 = v21;
                            for (let v23 = 0; v23 < v22.length; v23++) {
                              const v24 = v22[v23];
                              if (!(check0(v24) || check1(v24) || check2(v24))) {
                                fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/filters' + '/' + v16 + '/value' + '/' + v23, 'a value matching at least one of 3 alternatives (anyOf)', v24, 'matches none of the anyOf alternatives');
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                const v25 = v9.gateway_id;
                if (v25 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/gateway_id', 'string');
                } else {
                  if (typeof v25 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/gateway_id', 'string', v25);
                  } else {
                    if (v25.length < 1 || (v25.length < 2 && codePoints(v25) < 1)) {
                      fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/gateway_id', 'string of at least 1 characters', v25);
                    }
                    if (v25.length > 64 && codePoints(v25) > 64) {
                      fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/gateway_id', 'string of at most 64 characters', v25);
                    }
                  }
                }
                const v26 = v9.id;
                if (v26 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/id', 'string');
                } else {
                  if (typeof v26 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/id', 'string', v26);
                  }
                }
                const v27 = v9.modified_at;
                if (v27 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/modified_at', 'string');
                } else {
                  if (typeof v27 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/modified_at', 'string', v27);
                  } else {
                    if (!formatDateTime(v27)) {
                      fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/modified_at', 'date-time string', v27);
                    }
                  }
                }
                const v28 = v9.name;
                if (v28 === undefined) {
                  missing(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/name', 'string');
                } else {
                  if (typeof v28 !== 'string') {
                    fail(issues, path + '/' + v1 + '/datasets' + '/' + v7 + '/name', 'string', v28);
                  }
                }
              }
            }
          }
        }
        const v29 = v3.gateway_id;
        if (v29 === undefined) {
          missing(issues, path + '/' + v1 + '/gateway_id', 'string');
        } else {
          if (typeof v29 !== 'string') {
            fail(issues, path + '/' + v1 + '/gateway_id', 'string', v29);
          } else {
            if (v29.length < 1 || (v29.length < 2 && codePoints(v29) < 1)) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at least 1 characters', v29);
            }
            if (v29.length > 64 && codePoints(v29) > 64) {
              fail(issues, path + '/' + v1 + '/gateway_id', 'string of at most 64 characters', v29);
            }
          }
        }
        const v30 = v3.id;
        if (v30 === undefined) {
          missing(issues, path + '/' + v1 + '/id', 'string');
        } else {
          if (typeof v30 !== 'string') {
            fail(issues, path + '/' + v1 + '/id', 'string', v30);
          }
        }
        const v31 = v3.modified_at;
        if (v31 === undefined) {
          missing(issues, path + '/' + v1 + '/modified_at', 'string');
        } else {
          if (typeof v31 !== 'string') {
            fail(issues, path + '/' + v1 + '/modified_at', 'string', v31);
          } else {
            if (!formatDateTime(v31)) {
              fail(issues, path + '/' + v1 + '/modified_at', 'date-time string', v31);
            }
          }
        }
        const v32 = v3.name;
        if (v32 === undefined) {
          missing(issues, path + '/' + v1 + '/name', 'string');
        } else {
          if (typeof v32 !== 'string') {
            fail(issues, path + '/' + v1 + '/name', 'string', v32);
          }
        }
        const v33 = v3.processed;
        if (v33 === undefined) {
          missing(issues, path + '/' + v1 + '/processed', 'boolean');
        } else {
          if (typeof v33 !== 'boolean') {
            fail(issues, path + '/' + v1 + '/processed', 'boolean', v33);
          }
        }
        const v34 = v3.results;
        if (v34 === undefined) {
          missing(issues, path + '/' + v1 + '/results', 'array');
        } else {
          if (!Array.isArray(v34)) {
            fail(issues, path + '/' + v1 + '/results', 'array', v34);
          } else {
            const v35 = v34;
            for (let v36 = 0; v36 < v35.length; v36++) {
              const v37 = v35[v36];
              if (typeof v37 !== 'object' || v37 === null || Array.isArray(v37)) {
                fail(issues, path + '/' + v1 + '/results' + '/' + v36, 'object', v37);
              } else {
                const v38 = v37;
                const v39 = v38.created_at;
                if (v39 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/created_at', 'string');
                } else {
                  if (typeof v39 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/created_at', 'string', v39);
                  } else {
                    if (!formatDateTime(v39)) {
                      fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/created_at', 'date-time string', v39);
                    }
                  }
                }
                const v40 = v38.evaluation_id;
                if (v40 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/evaluation_id', 'string');
                } else {
                  if (typeof v40 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/evaluation_id', 'string', v40);
                  }
                }
                const v41 = v38.evaluation_type_id;
                if (v41 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/evaluation_type_id', 'string');
                } else {
                  if (typeof v41 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/evaluation_type_id', 'string', v41);
                  }
                }
                const v42 = v38.id;
                if (v42 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/id', 'string');
                } else {
                  if (typeof v42 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/id', 'string', v42);
                  }
                }
                const v43 = v38.modified_at;
                if (v43 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/modified_at', 'string');
                } else {
                  if (typeof v43 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/modified_at', 'string', v43);
                  } else {
                    if (!formatDateTime(v43)) {
                      fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/modified_at', 'date-time string', v43);
                    }
                  }
                }
                const v44 = v38.result;
                if (v44 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/result', 'string');
                } else {
                  if (typeof v44 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/result', 'string', v44);
                  }
                }
                const v45 = v38.status;
                if (v45 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/status', 'number');
                } else {
                  if (typeof v45 !== 'number' || !Number.isFinite(v45)) {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/status', 'number', v45);
                  }
                }
                const v46 = v38.status_description;
                if (v46 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/status_description', 'string');
                } else {
                  if (typeof v46 !== 'string') {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/status_description', 'string', v46);
                  }
                }
                const v47 = v38.total_logs;
                if (v47 === undefined) {
                  missing(issues, path + '/' + v1 + '/results' + '/' + v36 + '/total_logs', 'number');
                } else {
                  if (typeof v47 !== 'number' || !Number.isFinite(v47)) {
                    fail(issues, path + '/' + v1 + '/results' + '/' + v36 + '/total_logs', 'number', v47);
                  }
                }
              }
            }
          }
        }
        const v48 = v3.total_logs;
        if (v48 === undefined) {
          missing(issues, path + '/' + v1 + '/total_logs', 'number');
        } else {
          if (typeof v48 !== 'number' || !Number.isFinite(v48)) {
            fail(issues, path + '/' + v1 + '/total_logs', 'number', v48);
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link EvaluationListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateEvaluationListResponse(value) {
  return isEvaluationListResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEvaluationListResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isEvaluationListArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) return false;
  if (v1.length > 64 && codePoints(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.name;
  if (v3 !== undefined) {
    if (typeof v3 !== 'string') return false;
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
  const v6 = v0.processed;
  if (v6 !== undefined) {
    if (typeof v6 !== 'boolean') return false;
  }
  const v7 = v0.search;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationListArgs} is false. */
function explainEvaluationListArgs(value, path, issues) {
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
      } else {
        if (v1.length < 1 || (v1.length < 2 && codePoints(v1) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v1);
        }
        if (v1.length > 64 && codePoints(v1) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v1);
        }
      }
    }
    const v2 = v0.account_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        fail(issues, path + '/account_id', 'string', v2);
      }
    }
    const v3 = v0.name;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        fail(issues, path + '/name', 'string', v3);
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
    const v6 = v0.processed;
    if (v6 !== undefined) {
      if (typeof v6 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v6);
      }
    }
    const v7 = v0.search;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        fail(issues, path + '/search', 'string', v7);
      }
    }
  }
}


exports.isEvaluationCreateResponse = isEvaluationCreateResponse;
exports.explainEvaluationCreateResponse = explainEvaluationCreateResponse;
exports.validateEvaluationCreateResponse = validateEvaluationCreateResponse;
exports.isEvaluationCreateArgs = isEvaluationCreateArgs;
exports.explainEvaluationCreateArgs = explainEvaluationCreateArgs;
exports.isEvaluationDeleteResponse = isEvaluationDeleteResponse;
exports.explainEvaluationDeleteResponse = explainEvaluationDeleteResponse;
exports.validateEvaluationDeleteResponse = validateEvaluationDeleteResponse;
exports.isEvaluationDeleteArgs = isEvaluationDeleteArgs;
exports.explainEvaluationDeleteArgs = explainEvaluationDeleteArgs;
exports.isEvaluationGetResponse = isEvaluationGetResponse;
exports.explainEvaluationGetResponse = explainEvaluationGetResponse;
exports.validateEvaluationGetResponse = validateEvaluationGetResponse;
exports.isEvaluationGetArgs = isEvaluationGetArgs;
exports.explainEvaluationGetArgs = explainEvaluationGetArgs;
exports.isEvaluationListResponse = isEvaluationListResponse;
exports.explainEvaluationListResponse = explainEvaluationListResponse;
exports.validateEvaluationListResponse = validateEvaluationListResponse;
exports.isEvaluationListArgs = isEvaluationListArgs;
exports.explainEvaluationListArgs = explainEvaluationListArgs;
