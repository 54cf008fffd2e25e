import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type {
  EvaluationCreateResponse,
  EvaluationDeleteResponse,
  EvaluationGetResponse,
  EvaluationListResponse,
} from './evaluations.types.js';

const ENUM_0: ReadonlySet<unknown> = new Set([
  'created_at',
  'request_content_type',
  'response_content_type',
  'success',
  'cached',
  'provider',
  'model',
  'cost',
  'tokens',
  'tokens_in',
  'tokens_out',
  'duration',
  'feedback',
]);
function check22(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return true;
}
function check23(value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check24(value: unknown): boolean {
  if (typeof value !== 'boolean') return false;
  return true;
}
/** Whether `value` is a valid {@link EvaluationCreateResponse}. Fast: returns at the first problem. */
export function isEvaluationCreateResponse(value: unknown): value is EvaluationCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isDateTime(v1)) return false;
  const v2 = v0.datasets;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3: unknown[] = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5 as unknown as Record<string, unknown>;
    const v7 = v6.account_id;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
    const v8 = v6.account_tag;
    if (v8 === undefined) return false;
    if (typeof v8 !== 'string') return false;
    const v9 = v6.created_at;
    if (v9 === undefined) return false;
    if (typeof v9 !== 'string') return false;
    if (!isDateTime(v9)) return false;
    const v10 = v6.enable;
    if (v10 === undefined) return false;
    if (typeof v10 !== 'boolean') return false;
    const v11 = v6.filters;
    if (v11 === undefined) return false;
    if (!Array.isArray(v11)) return false;
    const v12: unknown[] = v11;
    for (let v13 = 0; v13 < v12.length; v13++) {
      const v14 = v12[v13];
      if (typeof v14 !== 'object' || v14 === null || Array.isArray(v14)) return false;
      const v15 = v14 as unknown as Record<string, unknown>;
      const v16 = v15.key;
      if (v16 === undefined) return false;
      if (!ENUM_0.has(v16)) return false;
      const v17 = v15.operator;
      if (v17 === undefined) return false;
      if (!(v17 === 'eq' || v17 === 'contains' || v17 === 'lt' || v17 === 'gt')) return false;
      const v18 = v15.value;
      if (v18 === undefined) return false;
      if (!Array.isArray(v18)) return false;
      const v19: unknown[] = v18;
      for (let v20 = 0; v20 < v19.length; v20++) {
        const v21 = v19[v20];
        if (!(check22(v21) || check23(v21) || check24(v21))) return false;
      }
    }
    const v25 = v6.gateway_id;
    if (v25 === undefined) return false;
    if (typeof v25 !== 'string') return false;
    if (v25.length < 1 || (v25.length < 2 && codePoints(v25) < 1)) return false;
    if (v25.length > 64 && codePoints(v25) > 64) return false;
    const v26 = v6.id;
    if (v26 === undefined) return false;
    if (typeof v26 !== 'string') return false;
    const v27 = v6.modified_at;
    if (v27 === undefined) return false;
    if (typeof v27 !== 'string') return false;
    if (!isDateTime(v27)) return false;
    const v28 = v6.name;
    if (v28 === undefined) return false;
    if (typeof v28 !== 'string') return false;
  }
  const v29 = v0.gateway_id;
  if (v29 === undefined) return false;
  if (typeof v29 !== 'string') return false;
  if (v29.length < 1 || (v29.length < 2 && codePoints(v29) < 1)) return false;
  if (v29.length > 64 && codePoints(v29) > 64) return false;
  const v30 = v0.id;
  if (v30 === undefined) return false;
  if (typeof v30 !== 'string') return false;
  const v31 = v0.modified_at;
  if (v31 === undefined) return false;
  if (typeof v31 !== 'string') return false;
  if (!isDateTime(v31)) return false;
  const v32 = v0.name;
  if (v32 === undefined) return false;
  if (typeof v32 !== 'string') return false;
  const v33 = v0.processed;
  if (v33 === undefined) return false;
  if (typeof v33 !== 'boolean') return false;
  const v34 = v0.results;
  if (v34 === undefined) return false;
  if (!Array.isArray(v34)) return false;
  const v35: unknown[] = v34;
  for (let v36 = 0; v36 < v35.length; v36++) {
    const v37 = v35[v36];
    if (typeof v37 !== 'object' || v37 === null || Array.isArray(v37)) return false;
    const v38 = v37 as unknown as Record<string, unknown>;
    const v39 = v38.created_at;
    if (v39 === undefined) return false;
    if (typeof v39 !== 'string') return false;
    if (!isDateTime(v39)) return false;
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
    if (!isDateTime(v43)) return false;
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
  const v48 = v0.total_logs;
  if (v48 === undefined) return false;
  if (typeof v48 !== 'number' || !Number.isFinite(v48)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateResponse} is false. */
export function explainEvaluationCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v49 = value as unknown as Record<string, unknown>;
    const v50 = v49.created_at;
    if (v50 === undefined) {
      fail(issues, path + '/created_at', 'string', v50, 'is required');
    } else {
      if (typeof v50 !== 'string') {
        fail(issues, path + '/created_at', 'string', v50);
      } else {
        if (!isDateTime(v50)) {
          fail(issues, path + '/created_at', 'date-time string', v50);
        }
      }
    }
    const v51 = v49.datasets;
    if (v51 === undefined) {
      fail(issues, path + '/datasets', 'array', v51, 'is required');
    } else {
      if (!Array.isArray(v51)) {
        fail(issues, path + '/datasets', 'array', v51);
      } else {
        const v52: unknown[] = v51 as unknown[];
        for (let v53 = 0; v53 < v52.length; v53++) {
          const v54 = v52[v53];
          if (typeof v54 !== 'object' || v54 === null || Array.isArray(v54)) {
            fail(issues, path + '/datasets' + '/' + v53, 'object', v54);
          } else {
            const v55 = v54 as unknown as Record<string, unknown>;
            const v56 = v55.account_id;
            if (v56 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/account_id', 'string', v56, 'is required');
            } else {
              if (typeof v56 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/account_id', 'string', v56);
              } else {
              }
            }
            const v57 = v55.account_tag;
            if (v57 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/account_tag', 'string', v57, 'is required');
            } else {
              if (typeof v57 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/account_tag', 'string', v57);
              } else {
              }
            }
            const v58 = v55.created_at;
            if (v58 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/created_at', 'string', v58, 'is required');
            } else {
              if (typeof v58 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/created_at', 'string', v58);
              } else {
                if (!isDateTime(v58)) {
                  fail(issues, path + '/datasets' + '/' + v53 + '/created_at', 'date-time string', v58);
                }
              }
            }
            const v59 = v55.enable;
            if (v59 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/enable', 'boolean', v59, 'is required');
            } else {
              if (typeof v59 !== 'boolean') {
                fail(issues, path + '/datasets' + '/' + v53 + '/enable', 'boolean', v59);
              }
            }
            const v60 = v55.filters;
            if (v60 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/filters', 'array', v60, 'is required');
            } else {
              if (!Array.isArray(v60)) {
                fail(issues, path + '/datasets' + '/' + v53 + '/filters', 'array', v60);
              } else {
                const v61: unknown[] = v60 as unknown[];
                for (let v62 = 0; v62 < v61.length; v62++) {
                  const v63 = v61[v62];
                  if (typeof v63 !== 'object' || v63 === null || Array.isArray(v63)) {
                    fail(issues, path + '/datasets' + '/' + v53 + '/filters' + '/' + v62, 'object', v63);
                  } else {
                    const v64 = v63 as unknown as Record<string, unknown>;
                    const v65 = v64.key;
                    if (v65 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/key',
                        'enum',
                        v65,
                        'is required',
                      );
                    } else {
                      if (!ENUM_0.has(v65)) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/key',
                          'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                          v65,
                        );
                      }
                    }
                    const v66 = v64.operator;
                    if (v66 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/operator',
                        'enum',
                        v66,
                        'is required',
                      );
                    } else {
                      if (!(v66 === 'eq' || v66 === 'contains' || v66 === 'lt' || v66 === 'gt')) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/operator',
                          'one of "eq", "contains", "lt", "gt"',
                          v66,
                        );
                      }
                    }
                    const v67 = v64.value;
                    if (v67 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/value',
                        'array',
                        v67,
                        'is required',
                      );
                    } else {
                      if (!Array.isArray(v67)) {
                        fail(issues, path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/value', 'array', v67);
                      } else {
                        const v68: unknown[] = v67 as unknown[];
                        for (let v69 = 0; v69 < v68.length; v69++) {
                          const v70 = v68[v69];
                          if (!(check22(v70) || check23(v70) || check24(v70))) {
                            fail(
                              issues,
                              path + '/datasets' + '/' + v53 + '/filters' + '/' + v62 + '/value' + '/' + v69,
                              'a value matching at least one of 3 alternatives (anyOf)',
                              v70,
                              'matches none of the anyOf alternatives',
                            );
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            const v71 = v55.gateway_id;
            if (v71 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/gateway_id', 'string', v71, 'is required');
            } else {
              if (typeof v71 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/gateway_id', 'string', v71);
              } else {
                if (v71.length < 1 || (v71.length < 2 && codePoints(v71) < 1)) {
                  fail(issues, path + '/datasets' + '/' + v53 + '/gateway_id', 'string of at least 1 characters', v71);
                }
                if (v71.length > 64 && codePoints(v71) > 64) {
                  fail(issues, path + '/datasets' + '/' + v53 + '/gateway_id', 'string of at most 64 characters', v71);
                }
              }
            }
            const v72 = v55.id;
            if (v72 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/id', 'string', v72, 'is required');
            } else {
              if (typeof v72 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/id', 'string', v72);
              } else {
              }
            }
            const v73 = v55.modified_at;
            if (v73 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/modified_at', 'string', v73, 'is required');
            } else {
              if (typeof v73 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/modified_at', 'string', v73);
              } else {
                if (!isDateTime(v73)) {
                  fail(issues, path + '/datasets' + '/' + v53 + '/modified_at', 'date-time string', v73);
                }
              }
            }
            const v74 = v55.name;
            if (v74 === undefined) {
              fail(issues, path + '/datasets' + '/' + v53 + '/name', 'string', v74, 'is required');
            } else {
              if (typeof v74 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v53 + '/name', 'string', v74);
              } else {
              }
            }
          }
        }
      }
    }
    const v75 = v49.gateway_id;
    if (v75 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v75, 'is required');
    } else {
      if (typeof v75 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v75);
      } else {
        if (v75.length < 1 || (v75.length < 2 && codePoints(v75) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v75);
        }
        if (v75.length > 64 && codePoints(v75) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v75);
        }
      }
    }
    const v76 = v49.id;
    if (v76 === undefined) {
      fail(issues, path + '/id', 'string', v76, 'is required');
    } else {
      if (typeof v76 !== 'string') {
        fail(issues, path + '/id', 'string', v76);
      } else {
      }
    }
    const v77 = v49.modified_at;
    if (v77 === undefined) {
      fail(issues, path + '/modified_at', 'string', v77, 'is required');
    } else {
      if (typeof v77 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v77);
      } else {
        if (!isDateTime(v77)) {
          fail(issues, path + '/modified_at', 'date-time string', v77);
        }
      }
    }
    const v78 = v49.name;
    if (v78 === undefined) {
      fail(issues, path + '/name', 'string', v78, 'is required');
    } else {
      if (typeof v78 !== 'string') {
        fail(issues, path + '/name', 'string', v78);
      } else {
      }
    }
    const v79 = v49.processed;
    if (v79 === undefined) {
      fail(issues, path + '/processed', 'boolean', v79, 'is required');
    } else {
      if (typeof v79 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v79);
      }
    }
    const v80 = v49.results;
    if (v80 === undefined) {
      fail(issues, path + '/results', 'array', v80, 'is required');
    } else {
      if (!Array.isArray(v80)) {
        fail(issues, path + '/results', 'array', v80);
      } else {
        const v81: unknown[] = v80 as unknown[];
        for (let v82 = 0; v82 < v81.length; v82++) {
          const v83 = v81[v82];
          if (typeof v83 !== 'object' || v83 === null || Array.isArray(v83)) {
            fail(issues, path + '/results' + '/' + v82, 'object', v83);
          } else {
            const v84 = v83 as unknown as Record<string, unknown>;
            const v85 = v84.created_at;
            if (v85 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/created_at', 'string', v85, 'is required');
            } else {
              if (typeof v85 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/created_at', 'string', v85);
              } else {
                if (!isDateTime(v85)) {
                  fail(issues, path + '/results' + '/' + v82 + '/created_at', 'date-time string', v85);
                }
              }
            }
            const v86 = v84.evaluation_id;
            if (v86 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/evaluation_id', 'string', v86, 'is required');
            } else {
              if (typeof v86 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/evaluation_id', 'string', v86);
              } else {
              }
            }
            const v87 = v84.evaluation_type_id;
            if (v87 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/evaluation_type_id', 'string', v87, 'is required');
            } else {
              if (typeof v87 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/evaluation_type_id', 'string', v87);
              } else {
              }
            }
            const v88 = v84.id;
            if (v88 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/id', 'string', v88, 'is required');
            } else {
              if (typeof v88 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/id', 'string', v88);
              } else {
              }
            }
            const v89 = v84.modified_at;
            if (v89 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/modified_at', 'string', v89, 'is required');
            } else {
              if (typeof v89 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/modified_at', 'string', v89);
              } else {
                if (!isDateTime(v89)) {
                  fail(issues, path + '/results' + '/' + v82 + '/modified_at', 'date-time string', v89);
                }
              }
            }
            const v90 = v84.result;
            if (v90 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/result', 'string', v90, 'is required');
            } else {
              if (typeof v90 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/result', 'string', v90);
              } else {
              }
            }
            const v91 = v84.status;
            if (v91 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/status', 'number', v91, 'is required');
            } else {
              if (typeof v91 !== 'number' || !Number.isFinite(v91)) {
                fail(issues, path + '/results' + '/' + v82 + '/status', 'number', v91);
              } else {
              }
            }
            const v92 = v84.status_description;
            if (v92 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/status_description', 'string', v92, 'is required');
            } else {
              if (typeof v92 !== 'string') {
                fail(issues, path + '/results' + '/' + v82 + '/status_description', 'string', v92);
              } else {
              }
            }
            const v93 = v84.total_logs;
            if (v93 === undefined) {
              fail(issues, path + '/results' + '/' + v82 + '/total_logs', 'number', v93, 'is required');
            } else {
              if (typeof v93 !== 'number' || !Number.isFinite(v93)) {
                fail(issues, path + '/results' + '/' + v82 + '/total_logs', 'number', v93);
              } else {
              }
            }
          }
        }
      }
    }
    const v94 = v49.total_logs;
    if (v94 === undefined) {
      fail(issues, path + '/total_logs', 'number', v94, 'is required');
    } else {
      if (typeof v94 !== 'number' || !Number.isFinite(v94)) {
        fail(issues, path + '/total_logs', 'number', v94);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link EvaluationCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationCreateResponse(value: unknown): ValidationResult<EvaluationCreateResponse> {
  return isEvaluationCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationCreateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isEvaluationCreateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v95 = value as unknown as Record<string, unknown>;
  const v96 = v95.gateway_id;
  if (v96 === undefined) return false;
  if (typeof v96 !== 'string') return false;
  if (v96.length < 1 || (v96.length < 2 && codePoints(v96) < 1)) return false;
  if (v96.length > 64 && codePoints(v96) > 64) return false;
  const v97 = v95.account_id;
  if (v97 !== undefined) {
    if (typeof v97 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateArgs} is false. */
export function explainEvaluationCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v98 = value as unknown as Record<string, unknown>;
    const v99 = v98.gateway_id;
    if (v99 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v99, 'is required');
    } else {
      if (typeof v99 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v99);
      } else {
        if (v99.length < 1 || (v99.length < 2 && codePoints(v99) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v99);
        }
        if (v99.length > 64 && codePoints(v99) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v99);
        }
      }
    }
    const v100 = v98.account_id;
    if (v100 !== undefined) {
      if (typeof v100 !== 'string') {
        fail(issues, path + '/account_id', 'string', v100);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationCreateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isEvaluationCreateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationCreateArgs) };
}

/** Whether `value` is a valid {@link EvaluationDeleteResponse}. Fast: returns at the first problem. */
export function isEvaluationDeleteResponse(value: unknown): value is EvaluationDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v101 = value as unknown as Record<string, unknown>;
  const v102 = v101.created_at;
  if (v102 === undefined) return false;
  if (typeof v102 !== 'string') return false;
  if (!isDateTime(v102)) return false;
  const v103 = v101.datasets;
  if (v103 === undefined) return false;
  if (!Array.isArray(v103)) return false;
  const v104: unknown[] = v103;
  for (let v105 = 0; v105 < v104.length; v105++) {
    const v106 = v104[v105];
    if (typeof v106 !== 'object' || v106 === null || Array.isArray(v106)) return false;
    const v107 = v106 as unknown as Record<string, unknown>;
    const v108 = v107.account_id;
    if (v108 === undefined) return false;
    if (typeof v108 !== 'string') return false;
    const v109 = v107.account_tag;
    if (v109 === undefined) return false;
    if (typeof v109 !== 'string') return false;
    const v110 = v107.created_at;
    if (v110 === undefined) return false;
    if (typeof v110 !== 'string') return false;
    if (!isDateTime(v110)) return false;
    const v111 = v107.enable;
    if (v111 === undefined) return false;
    if (typeof v111 !== 'boolean') return false;
    const v112 = v107.filters;
    if (v112 === undefined) return false;
    if (!Array.isArray(v112)) return false;
    const v113: unknown[] = v112;
    for (let v114 = 0; v114 < v113.length; v114++) {
      const v115 = v113[v114];
      if (typeof v115 !== 'object' || v115 === null || Array.isArray(v115)) return false;
      const v116 = v115 as unknown as Record<string, unknown>;
      const v117 = v116.key;
      if (v117 === undefined) return false;
      if (!ENUM_0.has(v117)) return false;
      const v118 = v116.operator;
      if (v118 === undefined) return false;
      if (!(v118 === 'eq' || v118 === 'contains' || v118 === 'lt' || v118 === 'gt')) return false;
      const v119 = v116.value;
      if (v119 === undefined) return false;
      if (!Array.isArray(v119)) return false;
      const v120: unknown[] = v119;
      for (let v121 = 0; v121 < v120.length; v121++) {
        const v122 = v120[v121];
        if (!(check22(v122) || check23(v122) || check24(v122))) return false;
      }
    }
    const v123 = v107.gateway_id;
    if (v123 === undefined) return false;
    if (typeof v123 !== 'string') return false;
    if (v123.length < 1 || (v123.length < 2 && codePoints(v123) < 1)) return false;
    if (v123.length > 64 && codePoints(v123) > 64) return false;
    const v124 = v107.id;
    if (v124 === undefined) return false;
    if (typeof v124 !== 'string') return false;
    const v125 = v107.modified_at;
    if (v125 === undefined) return false;
    if (typeof v125 !== 'string') return false;
    if (!isDateTime(v125)) return false;
    const v126 = v107.name;
    if (v126 === undefined) return false;
    if (typeof v126 !== 'string') return false;
  }
  const v127 = v101.gateway_id;
  if (v127 === undefined) return false;
  if (typeof v127 !== 'string') return false;
  if (v127.length < 1 || (v127.length < 2 && codePoints(v127) < 1)) return false;
  if (v127.length > 64 && codePoints(v127) > 64) return false;
  const v128 = v101.id;
  if (v128 === undefined) return false;
  if (typeof v128 !== 'string') return false;
  const v129 = v101.modified_at;
  if (v129 === undefined) return false;
  if (typeof v129 !== 'string') return false;
  if (!isDateTime(v129)) return false;
  const v130 = v101.name;
  if (v130 === undefined) return false;
  if (typeof v130 !== 'string') return false;
  const v131 = v101.processed;
  if (v131 === undefined) return false;
  if (typeof v131 !== 'boolean') return false;
  const v132 = v101.results;
  if (v132 === undefined) return false;
  if (!Array.isArray(v132)) return false;
  const v133: unknown[] = v132;
  for (let v134 = 0; v134 < v133.length; v134++) {
    const v135 = v133[v134];
    if (typeof v135 !== 'object' || v135 === null || Array.isArray(v135)) return false;
    const v136 = v135 as unknown as Record<string, unknown>;
    const v137 = v136.created_at;
    if (v137 === undefined) return false;
    if (typeof v137 !== 'string') return false;
    if (!isDateTime(v137)) return false;
    const v138 = v136.evaluation_id;
    if (v138 === undefined) return false;
    if (typeof v138 !== 'string') return false;
    const v139 = v136.evaluation_type_id;
    if (v139 === undefined) return false;
    if (typeof v139 !== 'string') return false;
    const v140 = v136.id;
    if (v140 === undefined) return false;
    if (typeof v140 !== 'string') return false;
    const v141 = v136.modified_at;
    if (v141 === undefined) return false;
    if (typeof v141 !== 'string') return false;
    if (!isDateTime(v141)) return false;
    const v142 = v136.result;
    if (v142 === undefined) return false;
    if (typeof v142 !== 'string') return false;
    const v143 = v136.status;
    if (v143 === undefined) return false;
    if (typeof v143 !== 'number' || !Number.isFinite(v143)) return false;
    const v144 = v136.status_description;
    if (v144 === undefined) return false;
    if (typeof v144 !== 'string') return false;
    const v145 = v136.total_logs;
    if (v145 === undefined) return false;
    if (typeof v145 !== 'number' || !Number.isFinite(v145)) return false;
  }
  const v146 = v101.total_logs;
  if (v146 === undefined) return false;
  if (typeof v146 !== 'number' || !Number.isFinite(v146)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationDeleteResponse} is false. */
export function explainEvaluationDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v147 = value as unknown as Record<string, unknown>;
    const v148 = v147.created_at;
    if (v148 === undefined) {
      fail(issues, path + '/created_at', 'string', v148, 'is required');
    } else {
      if (typeof v148 !== 'string') {
        fail(issues, path + '/created_at', 'string', v148);
      } else {
        if (!isDateTime(v148)) {
          fail(issues, path + '/created_at', 'date-time string', v148);
        }
      }
    }
    const v149 = v147.datasets;
    if (v149 === undefined) {
      fail(issues, path + '/datasets', 'array', v149, 'is required');
    } else {
      if (!Array.isArray(v149)) {
        fail(issues, path + '/datasets', 'array', v149);
      } else {
        const v150: unknown[] = v149 as unknown[];
        for (let v151 = 0; v151 < v150.length; v151++) {
          const v152 = v150[v151];
          if (typeof v152 !== 'object' || v152 === null || Array.isArray(v152)) {
            fail(issues, path + '/datasets' + '/' + v151, 'object', v152);
          } else {
            const v153 = v152 as unknown as Record<string, unknown>;
            const v154 = v153.account_id;
            if (v154 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/account_id', 'string', v154, 'is required');
            } else {
              if (typeof v154 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/account_id', 'string', v154);
              } else {
              }
            }
            const v155 = v153.account_tag;
            if (v155 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/account_tag', 'string', v155, 'is required');
            } else {
              if (typeof v155 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/account_tag', 'string', v155);
              } else {
              }
            }
            const v156 = v153.created_at;
            if (v156 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/created_at', 'string', v156, 'is required');
            } else {
              if (typeof v156 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/created_at', 'string', v156);
              } else {
                if (!isDateTime(v156)) {
                  fail(issues, path + '/datasets' + '/' + v151 + '/created_at', 'date-time string', v156);
                }
              }
            }
            const v157 = v153.enable;
            if (v157 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/enable', 'boolean', v157, 'is required');
            } else {
              if (typeof v157 !== 'boolean') {
                fail(issues, path + '/datasets' + '/' + v151 + '/enable', 'boolean', v157);
              }
            }
            const v158 = v153.filters;
            if (v158 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/filters', 'array', v158, 'is required');
            } else {
              if (!Array.isArray(v158)) {
                fail(issues, path + '/datasets' + '/' + v151 + '/filters', 'array', v158);
              } else {
                const v159: unknown[] = v158 as unknown[];
                for (let v160 = 0; v160 < v159.length; v160++) {
                  const v161 = v159[v160];
                  if (typeof v161 !== 'object' || v161 === null || Array.isArray(v161)) {
                    fail(issues, path + '/datasets' + '/' + v151 + '/filters' + '/' + v160, 'object', v161);
                  } else {
                    const v162 = v161 as unknown as Record<string, unknown>;
                    const v163 = v162.key;
                    if (v163 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/key',
                        'enum',
                        v163,
                        'is required',
                      );
                    } else {
                      if (!ENUM_0.has(v163)) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/key',
                          'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                          v163,
                        );
                      }
                    }
                    const v164 = v162.operator;
                    if (v164 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/operator',
                        'enum',
                        v164,
                        'is required',
                      );
                    } else {
                      if (!(v164 === 'eq' || v164 === 'contains' || v164 === 'lt' || v164 === 'gt')) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/operator',
                          'one of "eq", "contains", "lt", "gt"',
                          v164,
                        );
                      }
                    }
                    const v165 = v162.value;
                    if (v165 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/value',
                        'array',
                        v165,
                        'is required',
                      );
                    } else {
                      if (!Array.isArray(v165)) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/value',
                          'array',
                          v165,
                        );
                      } else {
                        const v166: unknown[] = v165 as unknown[];
                        for (let v167 = 0; v167 < v166.length; v167++) {
                          const v168 = v166[v167];
                          if (!(check22(v168) || check23(v168) || check24(v168))) {
                            fail(
                              issues,
                              path + '/datasets' + '/' + v151 + '/filters' + '/' + v160 + '/value' + '/' + v167,
                              'a value matching at least one of 3 alternatives (anyOf)',
                              v168,
                              'matches none of the anyOf alternatives',
                            );
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            const v169 = v153.gateway_id;
            if (v169 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/gateway_id', 'string', v169, 'is required');
            } else {
              if (typeof v169 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/gateway_id', 'string', v169);
              } else {
                if (v169.length < 1 || (v169.length < 2 && codePoints(v169) < 1)) {
                  fail(
                    issues,
                    path + '/datasets' + '/' + v151 + '/gateway_id',
                    'string of at least 1 characters',
                    v169,
                  );
                }
                if (v169.length > 64 && codePoints(v169) > 64) {
                  fail(
                    issues,
                    path + '/datasets' + '/' + v151 + '/gateway_id',
                    'string of at most 64 characters',
                    v169,
                  );
                }
              }
            }
            const v170 = v153.id;
            if (v170 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/id', 'string', v170, 'is required');
            } else {
              if (typeof v170 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/id', 'string', v170);
              } else {
              }
            }
            const v171 = v153.modified_at;
            if (v171 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/modified_at', 'string', v171, 'is required');
            } else {
              if (typeof v171 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/modified_at', 'string', v171);
              } else {
                if (!isDateTime(v171)) {
                  fail(issues, path + '/datasets' + '/' + v151 + '/modified_at', 'date-time string', v171);
                }
              }
            }
            const v172 = v153.name;
            if (v172 === undefined) {
              fail(issues, path + '/datasets' + '/' + v151 + '/name', 'string', v172, 'is required');
            } else {
              if (typeof v172 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v151 + '/name', 'string', v172);
              } else {
              }
            }
          }
        }
      }
    }
    const v173 = v147.gateway_id;
    if (v173 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v173, 'is required');
    } else {
      if (typeof v173 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v173);
      } else {
        if (v173.length < 1 || (v173.length < 2 && codePoints(v173) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v173);
        }
        if (v173.length > 64 && codePoints(v173) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v173);
        }
      }
    }
    const v174 = v147.id;
    if (v174 === undefined) {
      fail(issues, path + '/id', 'string', v174, 'is required');
    } else {
      if (typeof v174 !== 'string') {
        fail(issues, path + '/id', 'string', v174);
      } else {
      }
    }
    const v175 = v147.modified_at;
    if (v175 === undefined) {
      fail(issues, path + '/modified_at', 'string', v175, 'is required');
    } else {
      if (typeof v175 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v175);
      } else {
        if (!isDateTime(v175)) {
          fail(issues, path + '/modified_at', 'date-time string', v175);
        }
      }
    }
    const v176 = v147.name;
    if (v176 === undefined) {
      fail(issues, path + '/name', 'string', v176, 'is required');
    } else {
      if (typeof v176 !== 'string') {
        fail(issues, path + '/name', 'string', v176);
      } else {
      }
    }
    const v177 = v147.processed;
    if (v177 === undefined) {
      fail(issues, path + '/processed', 'boolean', v177, 'is required');
    } else {
      if (typeof v177 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v177);
      }
    }
    const v178 = v147.results;
    if (v178 === undefined) {
      fail(issues, path + '/results', 'array', v178, 'is required');
    } else {
      if (!Array.isArray(v178)) {
        fail(issues, path + '/results', 'array', v178);
      } else {
        const v179: unknown[] = v178 as unknown[];
        for (let v180 = 0; v180 < v179.length; v180++) {
          const v181 = v179[v180];
          if (typeof v181 !== 'object' || v181 === null || Array.isArray(v181)) {
            fail(issues, path + '/results' + '/' + v180, 'object', v181);
          } else {
            const v182 = v181 as unknown as Record<string, unknown>;
            const v183 = v182.created_at;
            if (v183 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/created_at', 'string', v183, 'is required');
            } else {
              if (typeof v183 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/created_at', 'string', v183);
              } else {
                if (!isDateTime(v183)) {
                  fail(issues, path + '/results' + '/' + v180 + '/created_at', 'date-time string', v183);
                }
              }
            }
            const v184 = v182.evaluation_id;
            if (v184 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/evaluation_id', 'string', v184, 'is required');
            } else {
              if (typeof v184 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/evaluation_id', 'string', v184);
              } else {
              }
            }
            const v185 = v182.evaluation_type_id;
            if (v185 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/evaluation_type_id', 'string', v185, 'is required');
            } else {
              if (typeof v185 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/evaluation_type_id', 'string', v185);
              } else {
              }
            }
            const v186 = v182.id;
            if (v186 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/id', 'string', v186, 'is required');
            } else {
              if (typeof v186 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/id', 'string', v186);
              } else {
              }
            }
            const v187 = v182.modified_at;
            if (v187 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/modified_at', 'string', v187, 'is required');
            } else {
              if (typeof v187 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/modified_at', 'string', v187);
              } else {
                if (!isDateTime(v187)) {
                  fail(issues, path + '/results' + '/' + v180 + '/modified_at', 'date-time string', v187);
                }
              }
            }
            const v188 = v182.result;
            if (v188 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/result', 'string', v188, 'is required');
            } else {
              if (typeof v188 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/result', 'string', v188);
              } else {
              }
            }
            const v189 = v182.status;
            if (v189 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/status', 'number', v189, 'is required');
            } else {
              if (typeof v189 !== 'number' || !Number.isFinite(v189)) {
                fail(issues, path + '/results' + '/' + v180 + '/status', 'number', v189);
              } else {
              }
            }
            const v190 = v182.status_description;
            if (v190 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/status_description', 'string', v190, 'is required');
            } else {
              if (typeof v190 !== 'string') {
                fail(issues, path + '/results' + '/' + v180 + '/status_description', 'string', v190);
              } else {
              }
            }
            const v191 = v182.total_logs;
            if (v191 === undefined) {
              fail(issues, path + '/results' + '/' + v180 + '/total_logs', 'number', v191, 'is required');
            } else {
              if (typeof v191 !== 'number' || !Number.isFinite(v191)) {
                fail(issues, path + '/results' + '/' + v180 + '/total_logs', 'number', v191);
              } else {
              }
            }
          }
        }
      }
    }
    const v192 = v147.total_logs;
    if (v192 === undefined) {
      fail(issues, path + '/total_logs', 'number', v192, 'is required');
    } else {
      if (typeof v192 !== 'number' || !Number.isFinite(v192)) {
        fail(issues, path + '/total_logs', 'number', v192);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link EvaluationDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationDeleteResponse(value: unknown): ValidationResult<EvaluationDeleteResponse> {
  return isEvaluationDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isEvaluationDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v193 = value as unknown as Record<string, unknown>;
  const v194 = v193.gateway_id;
  if (v194 === undefined) return false;
  if (typeof v194 !== 'string') return false;
  if (v194.length < 1 || (v194.length < 2 && codePoints(v194) < 1)) return false;
  if (v194.length > 64 && codePoints(v194) > 64) return false;
  const v195 = v193.id;
  if (v195 === undefined) return false;
  if (typeof v195 !== 'string') return false;
  const v196 = v193.account_id;
  if (v196 !== undefined) {
    if (typeof v196 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationDeleteArgs} is false. */
export function explainEvaluationDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v197 = value as unknown as Record<string, unknown>;
    const v198 = v197.gateway_id;
    if (v198 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v198, 'is required');
    } else {
      if (typeof v198 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v198);
      } else {
        if (v198.length < 1 || (v198.length < 2 && codePoints(v198) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v198);
        }
        if (v198.length > 64 && codePoints(v198) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v198);
        }
      }
    }
    const v199 = v197.id;
    if (v199 === undefined) {
      fail(issues, path + '/id', 'string', v199, 'is required');
    } else {
      if (typeof v199 !== 'string') {
        fail(issues, path + '/id', 'string', v199);
      } else {
      }
    }
    const v200 = v197.account_id;
    if (v200 !== undefined) {
      if (typeof v200 !== 'string') {
        fail(issues, path + '/account_id', 'string', v200);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isEvaluationDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationDeleteArgs) };
}

/** Whether `value` is a valid {@link EvaluationGetResponse}. Fast: returns at the first problem. */
export function isEvaluationGetResponse(value: unknown): value is EvaluationGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v201 = value as unknown as Record<string, unknown>;
  const v202 = v201.created_at;
  if (v202 === undefined) return false;
  if (typeof v202 !== 'string') return false;
  if (!isDateTime(v202)) return false;
  const v203 = v201.datasets;
  if (v203 === undefined) return false;
  if (!Array.isArray(v203)) return false;
  const v204: unknown[] = v203;
  for (let v205 = 0; v205 < v204.length; v205++) {
    const v206 = v204[v205];
    if (typeof v206 !== 'object' || v206 === null || Array.isArray(v206)) return false;
    const v207 = v206 as unknown as Record<string, unknown>;
    const v208 = v207.account_id;
    if (v208 === undefined) return false;
    if (typeof v208 !== 'string') return false;
    const v209 = v207.account_tag;
    if (v209 === undefined) return false;
    if (typeof v209 !== 'string') return false;
    const v210 = v207.created_at;
    if (v210 === undefined) return false;
    if (typeof v210 !== 'string') return false;
    if (!isDateTime(v210)) return false;
    const v211 = v207.enable;
    if (v211 === undefined) return false;
    if (typeof v211 !== 'boolean') return false;
    const v212 = v207.filters;
    if (v212 === undefined) return false;
    if (!Array.isArray(v212)) return false;
    const v213: unknown[] = v212;
    for (let v214 = 0; v214 < v213.length; v214++) {
      const v215 = v213[v214];
      if (typeof v215 !== 'object' || v215 === null || Array.isArray(v215)) return false;
      const v216 = v215 as unknown as Record<string, unknown>;
      const v217 = v216.key;
      if (v217 === undefined) return false;
      if (!ENUM_0.has(v217)) return false;
      const v218 = v216.operator;
      if (v218 === undefined) return false;
      if (!(v218 === 'eq' || v218 === 'contains' || v218 === 'lt' || v218 === 'gt')) return false;
      const v219 = v216.value;
      if (v219 === undefined) return false;
      if (!Array.isArray(v219)) return false;
      const v220: unknown[] = v219;
      for (let v221 = 0; v221 < v220.length; v221++) {
        const v222 = v220[v221];
        if (!(check22(v222) || check23(v222) || check24(v222))) return false;
      }
    }
    const v223 = v207.gateway_id;
    if (v223 === undefined) return false;
    if (typeof v223 !== 'string') return false;
    if (v223.length < 1 || (v223.length < 2 && codePoints(v223) < 1)) return false;
    if (v223.length > 64 && codePoints(v223) > 64) return false;
    const v224 = v207.id;
    if (v224 === undefined) return false;
    if (typeof v224 !== 'string') return false;
    const v225 = v207.modified_at;
    if (v225 === undefined) return false;
    if (typeof v225 !== 'string') return false;
    if (!isDateTime(v225)) return false;
    const v226 = v207.name;
    if (v226 === undefined) return false;
    if (typeof v226 !== 'string') return false;
  }
  const v227 = v201.gateway_id;
  if (v227 === undefined) return false;
  if (typeof v227 !== 'string') return false;
  if (v227.length < 1 || (v227.length < 2 && codePoints(v227) < 1)) return false;
  if (v227.length > 64 && codePoints(v227) > 64) return false;
  const v228 = v201.id;
  if (v228 === undefined) return false;
  if (typeof v228 !== 'string') return false;
  const v229 = v201.modified_at;
  if (v229 === undefined) return false;
  if (typeof v229 !== 'string') return false;
  if (!isDateTime(v229)) return false;
  const v230 = v201.name;
  if (v230 === undefined) return false;
  if (typeof v230 !== 'string') return false;
  const v231 = v201.processed;
  if (v231 === undefined) return false;
  if (typeof v231 !== 'boolean') return false;
  const v232 = v201.results;
  if (v232 === undefined) return false;
  if (!Array.isArray(v232)) return false;
  const v233: unknown[] = v232;
  for (let v234 = 0; v234 < v233.length; v234++) {
    const v235 = v233[v234];
    if (typeof v235 !== 'object' || v235 === null || Array.isArray(v235)) return false;
    const v236 = v235 as unknown as Record<string, unknown>;
    const v237 = v236.created_at;
    if (v237 === undefined) return false;
    if (typeof v237 !== 'string') return false;
    if (!isDateTime(v237)) return false;
    const v238 = v236.evaluation_id;
    if (v238 === undefined) return false;
    if (typeof v238 !== 'string') return false;
    const v239 = v236.evaluation_type_id;
    if (v239 === undefined) return false;
    if (typeof v239 !== 'string') return false;
    const v240 = v236.id;
    if (v240 === undefined) return false;
    if (typeof v240 !== 'string') return false;
    const v241 = v236.modified_at;
    if (v241 === undefined) return false;
    if (typeof v241 !== 'string') return false;
    if (!isDateTime(v241)) return false;
    const v242 = v236.result;
    if (v242 === undefined) return false;
    if (typeof v242 !== 'string') return false;
    const v243 = v236.status;
    if (v243 === undefined) return false;
    if (typeof v243 !== 'number' || !Number.isFinite(v243)) return false;
    const v244 = v236.status_description;
    if (v244 === undefined) return false;
    if (typeof v244 !== 'string') return false;
    const v245 = v236.total_logs;
    if (v245 === undefined) return false;
    if (typeof v245 !== 'number' || !Number.isFinite(v245)) return false;
  }
  const v246 = v201.total_logs;
  if (v246 === undefined) return false;
  if (typeof v246 !== 'number' || !Number.isFinite(v246)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationGetResponse} is false. */
export function explainEvaluationGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v247 = value as unknown as Record<string, unknown>;
    const v248 = v247.created_at;
    if (v248 === undefined) {
      fail(issues, path + '/created_at', 'string', v248, 'is required');
    } else {
      if (typeof v248 !== 'string') {
        fail(issues, path + '/created_at', 'string', v248);
      } else {
        if (!isDateTime(v248)) {
          fail(issues, path + '/created_at', 'date-time string', v248);
        }
      }
    }
    const v249 = v247.datasets;
    if (v249 === undefined) {
      fail(issues, path + '/datasets', 'array', v249, 'is required');
    } else {
      if (!Array.isArray(v249)) {
        fail(issues, path + '/datasets', 'array', v249);
      } else {
        const v250: unknown[] = v249 as unknown[];
        for (let v251 = 0; v251 < v250.length; v251++) {
          const v252 = v250[v251];
          if (typeof v252 !== 'object' || v252 === null || Array.isArray(v252)) {
            fail(issues, path + '/datasets' + '/' + v251, 'object', v252);
          } else {
            const v253 = v252 as unknown as Record<string, unknown>;
            const v254 = v253.account_id;
            if (v254 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/account_id', 'string', v254, 'is required');
            } else {
              if (typeof v254 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/account_id', 'string', v254);
              } else {
              }
            }
            const v255 = v253.account_tag;
            if (v255 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/account_tag', 'string', v255, 'is required');
            } else {
              if (typeof v255 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/account_tag', 'string', v255);
              } else {
              }
            }
            const v256 = v253.created_at;
            if (v256 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/created_at', 'string', v256, 'is required');
            } else {
              if (typeof v256 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/created_at', 'string', v256);
              } else {
                if (!isDateTime(v256)) {
                  fail(issues, path + '/datasets' + '/' + v251 + '/created_at', 'date-time string', v256);
                }
              }
            }
            const v257 = v253.enable;
            if (v257 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/enable', 'boolean', v257, 'is required');
            } else {
              if (typeof v257 !== 'boolean') {
                fail(issues, path + '/datasets' + '/' + v251 + '/enable', 'boolean', v257);
              }
            }
            const v258 = v253.filters;
            if (v258 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/filters', 'array', v258, 'is required');
            } else {
              if (!Array.isArray(v258)) {
                fail(issues, path + '/datasets' + '/' + v251 + '/filters', 'array', v258);
              } else {
                const v259: unknown[] = v258 as unknown[];
                for (let v260 = 0; v260 < v259.length; v260++) {
                  const v261 = v259[v260];
                  if (typeof v261 !== 'object' || v261 === null || Array.isArray(v261)) {
                    fail(issues, path + '/datasets' + '/' + v251 + '/filters' + '/' + v260, 'object', v261);
                  } else {
                    const v262 = v261 as unknown as Record<string, unknown>;
                    const v263 = v262.key;
                    if (v263 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/key',
                        'enum',
                        v263,
                        'is required',
                      );
                    } else {
                      if (!ENUM_0.has(v263)) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/key',
                          'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                          v263,
                        );
                      }
                    }
                    const v264 = v262.operator;
                    if (v264 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/operator',
                        'enum',
                        v264,
                        'is required',
                      );
                    } else {
                      if (!(v264 === 'eq' || v264 === 'contains' || v264 === 'lt' || v264 === 'gt')) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/operator',
                          'one of "eq", "contains", "lt", "gt"',
                          v264,
                        );
                      }
                    }
                    const v265 = v262.value;
                    if (v265 === undefined) {
                      fail(
                        issues,
                        path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/value',
                        'array',
                        v265,
                        'is required',
                      );
                    } else {
                      if (!Array.isArray(v265)) {
                        fail(
                          issues,
                          path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/value',
                          'array',
                          v265,
                        );
                      } else {
                        const v266: unknown[] = v265 as unknown[];
                        for (let v267 = 0; v267 < v266.length; v267++) {
                          const v268 = v266[v267];
                          if (!(check22(v268) || check23(v268) || check24(v268))) {
                            fail(
                              issues,
                              path + '/datasets' + '/' + v251 + '/filters' + '/' + v260 + '/value' + '/' + v267,
                              'a value matching at least one of 3 alternatives (anyOf)',
                              v268,
                              'matches none of the anyOf alternatives',
                            );
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            const v269 = v253.gateway_id;
            if (v269 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/gateway_id', 'string', v269, 'is required');
            } else {
              if (typeof v269 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/gateway_id', 'string', v269);
              } else {
                if (v269.length < 1 || (v269.length < 2 && codePoints(v269) < 1)) {
                  fail(
                    issues,
                    path + '/datasets' + '/' + v251 + '/gateway_id',
                    'string of at least 1 characters',
                    v269,
                  );
                }
                if (v269.length > 64 && codePoints(v269) > 64) {
                  fail(
                    issues,
                    path + '/datasets' + '/' + v251 + '/gateway_id',
                    'string of at most 64 characters',
                    v269,
                  );
                }
              }
            }
            const v270 = v253.id;
            if (v270 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/id', 'string', v270, 'is required');
            } else {
              if (typeof v270 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/id', 'string', v270);
              } else {
              }
            }
            const v271 = v253.modified_at;
            if (v271 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/modified_at', 'string', v271, 'is required');
            } else {
              if (typeof v271 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/modified_at', 'string', v271);
              } else {
                if (!isDateTime(v271)) {
                  fail(issues, path + '/datasets' + '/' + v251 + '/modified_at', 'date-time string', v271);
                }
              }
            }
            const v272 = v253.name;
            if (v272 === undefined) {
              fail(issues, path + '/datasets' + '/' + v251 + '/name', 'string', v272, 'is required');
            } else {
              if (typeof v272 !== 'string') {
                fail(issues, path + '/datasets' + '/' + v251 + '/name', 'string', v272);
              } else {
              }
            }
          }
        }
      }
    }
    const v273 = v247.gateway_id;
    if (v273 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v273, 'is required');
    } else {
      if (typeof v273 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v273);
      } else {
        if (v273.length < 1 || (v273.length < 2 && codePoints(v273) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v273);
        }
        if (v273.length > 64 && codePoints(v273) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v273);
        }
      }
    }
    const v274 = v247.id;
    if (v274 === undefined) {
      fail(issues, path + '/id', 'string', v274, 'is required');
    } else {
      if (typeof v274 !== 'string') {
        fail(issues, path + '/id', 'string', v274);
      } else {
      }
    }
    const v275 = v247.modified_at;
    if (v275 === undefined) {
      fail(issues, path + '/modified_at', 'string', v275, 'is required');
    } else {
      if (typeof v275 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v275);
      } else {
        if (!isDateTime(v275)) {
          fail(issues, path + '/modified_at', 'date-time string', v275);
        }
      }
    }
    const v276 = v247.name;
    if (v276 === undefined) {
      fail(issues, path + '/name', 'string', v276, 'is required');
    } else {
      if (typeof v276 !== 'string') {
        fail(issues, path + '/name', 'string', v276);
      } else {
      }
    }
    const v277 = v247.processed;
    if (v277 === undefined) {
      fail(issues, path + '/processed', 'boolean', v277, 'is required');
    } else {
      if (typeof v277 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v277);
      }
    }
    const v278 = v247.results;
    if (v278 === undefined) {
      fail(issues, path + '/results', 'array', v278, 'is required');
    } else {
      if (!Array.isArray(v278)) {
        fail(issues, path + '/results', 'array', v278);
      } else {
        const v279: unknown[] = v278 as unknown[];
        for (let v280 = 0; v280 < v279.length; v280++) {
          const v281 = v279[v280];
          if (typeof v281 !== 'object' || v281 === null || Array.isArray(v281)) {
            fail(issues, path + '/results' + '/' + v280, 'object', v281);
          } else {
            const v282 = v281 as unknown as Record<string, unknown>;
            const v283 = v282.created_at;
            if (v283 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/created_at', 'string', v283, 'is required');
            } else {
              if (typeof v283 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/created_at', 'string', v283);
              } else {
                if (!isDateTime(v283)) {
                  fail(issues, path + '/results' + '/' + v280 + '/created_at', 'date-time string', v283);
                }
              }
            }
            const v284 = v282.evaluation_id;
            if (v284 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/evaluation_id', 'string', v284, 'is required');
            } else {
              if (typeof v284 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/evaluation_id', 'string', v284);
              } else {
              }
            }
            const v285 = v282.evaluation_type_id;
            if (v285 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/evaluation_type_id', 'string', v285, 'is required');
            } else {
              if (typeof v285 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/evaluation_type_id', 'string', v285);
              } else {
              }
            }
            const v286 = v282.id;
            if (v286 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/id', 'string', v286, 'is required');
            } else {
              if (typeof v286 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/id', 'string', v286);
              } else {
              }
            }
            const v287 = v282.modified_at;
            if (v287 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/modified_at', 'string', v287, 'is required');
            } else {
              if (typeof v287 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/modified_at', 'string', v287);
              } else {
                if (!isDateTime(v287)) {
                  fail(issues, path + '/results' + '/' + v280 + '/modified_at', 'date-time string', v287);
                }
              }
            }
            const v288 = v282.result;
            if (v288 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/result', 'string', v288, 'is required');
            } else {
              if (typeof v288 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/result', 'string', v288);
              } else {
              }
            }
            const v289 = v282.status;
            if (v289 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/status', 'number', v289, 'is required');
            } else {
              if (typeof v289 !== 'number' || !Number.isFinite(v289)) {
                fail(issues, path + '/results' + '/' + v280 + '/status', 'number', v289);
              } else {
              }
            }
            const v290 = v282.status_description;
            if (v290 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/status_description', 'string', v290, 'is required');
            } else {
              if (typeof v290 !== 'string') {
                fail(issues, path + '/results' + '/' + v280 + '/status_description', 'string', v290);
              } else {
              }
            }
            const v291 = v282.total_logs;
            if (v291 === undefined) {
              fail(issues, path + '/results' + '/' + v280 + '/total_logs', 'number', v291, 'is required');
            } else {
              if (typeof v291 !== 'number' || !Number.isFinite(v291)) {
                fail(issues, path + '/results' + '/' + v280 + '/total_logs', 'number', v291);
              } else {
              }
            }
          }
        }
      }
    }
    const v292 = v247.total_logs;
    if (v292 === undefined) {
      fail(issues, path + '/total_logs', 'number', v292, 'is required');
    } else {
      if (typeof v292 !== 'number' || !Number.isFinite(v292)) {
        fail(issues, path + '/total_logs', 'number', v292);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link EvaluationGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationGetResponse(value: unknown): ValidationResult<EvaluationGetResponse> {
  return isEvaluationGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isEvaluationGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v293 = value as unknown as Record<string, unknown>;
  const v294 = v293.gateway_id;
  if (v294 === undefined) return false;
  if (typeof v294 !== 'string') return false;
  if (v294.length < 1 || (v294.length < 2 && codePoints(v294) < 1)) return false;
  if (v294.length > 64 && codePoints(v294) > 64) return false;
  const v295 = v293.id;
  if (v295 === undefined) return false;
  if (typeof v295 !== 'string') return false;
  const v296 = v293.account_id;
  if (v296 !== undefined) {
    if (typeof v296 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationGetArgs} is false. */
export function explainEvaluationGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v297 = value as unknown as Record<string, unknown>;
    const v298 = v297.gateway_id;
    if (v298 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v298, 'is required');
    } else {
      if (typeof v298 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v298);
      } else {
        if (v298.length < 1 || (v298.length < 2 && codePoints(v298) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v298);
        }
        if (v298.length > 64 && codePoints(v298) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v298);
        }
      }
    }
    const v299 = v297.id;
    if (v299 === undefined) {
      fail(issues, path + '/id', 'string', v299, 'is required');
    } else {
      if (typeof v299 !== 'string') {
        fail(issues, path + '/id', 'string', v299);
      } else {
      }
    }
    const v300 = v297.account_id;
    if (v300 !== undefined) {
      if (typeof v300 !== 'string') {
        fail(issues, path + '/account_id', 'string', v300);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isEvaluationGetArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationGetArgs) };
}

/** Whether `value` is a valid {@link EvaluationListResponse}. Fast: returns at the first problem. */
export function isEvaluationListResponse(value: unknown): value is EvaluationListResponse {
  if (!Array.isArray(value)) return false;
  const v301: unknown[] = value;
  for (let v302 = 0; v302 < v301.length; v302++) {
    const v303 = v301[v302];
    if (typeof v303 !== 'object' || v303 === null || Array.isArray(v303)) return false;
    const v304 = v303 as unknown as Record<string, unknown>;
    const v305 = v304.created_at;
    if (v305 === undefined) return false;
    if (typeof v305 !== 'string') return false;
    if (!isDateTime(v305)) return false;
    const v306 = v304.datasets;
    if (v306 === undefined) return false;
    if (!Array.isArray(v306)) return false;
    const v307: unknown[] = v306;
    for (let v308 = 0; v308 < v307.length; v308++) {
      const v309 = v307[v308];
      if (typeof v309 !== 'object' || v309 === null || Array.isArray(v309)) return false;
      const v310 = v309 as unknown as Record<string, unknown>;
      const v311 = v310.account_id;
      if (v311 === undefined) return false;
      if (typeof v311 !== 'string') return false;
      const v312 = v310.account_tag;
      if (v312 === undefined) return false;
      if (typeof v312 !== 'string') return false;
      const v313 = v310.created_at;
      if (v313 === undefined) return false;
      if (typeof v313 !== 'string') return false;
      if (!isDateTime(v313)) return false;
      const v314 = v310.enable;
      if (v314 === undefined) return false;
      if (typeof v314 !== 'boolean') return false;
      const v315 = v310.filters;
      if (v315 === undefined) return false;
      if (!Array.isArray(v315)) return false;
      const v316: unknown[] = v315;
      for (let v317 = 0; v317 < v316.length; v317++) {
        const v318 = v316[v317];
        if (typeof v318 !== 'object' || v318 === null || Array.isArray(v318)) return false;
        const v319 = v318 as unknown as Record<string, unknown>;
        const v320 = v319.key;
        if (v320 === undefined) return false;
        if (!ENUM_0.has(v320)) return false;
        const v321 = v319.operator;
        if (v321 === undefined) return false;
        if (!(v321 === 'eq' || v321 === 'contains' || v321 === 'lt' || v321 === 'gt')) return false;
        const v322 = v319.value;
        if (v322 === undefined) return false;
        if (!Array.isArray(v322)) return false;
        const v323: unknown[] = v322;
        for (let v324 = 0; v324 < v323.length; v324++) {
          const v325 = v323[v324];
          if (!(check22(v325) || check23(v325) || check24(v325))) return false;
        }
      }
      const v326 = v310.gateway_id;
      if (v326 === undefined) return false;
      if (typeof v326 !== 'string') return false;
      if (v326.length < 1 || (v326.length < 2 && codePoints(v326) < 1)) return false;
      if (v326.length > 64 && codePoints(v326) > 64) return false;
      const v327 = v310.id;
      if (v327 === undefined) return false;
      if (typeof v327 !== 'string') return false;
      const v328 = v310.modified_at;
      if (v328 === undefined) return false;
      if (typeof v328 !== 'string') return false;
      if (!isDateTime(v328)) return false;
      const v329 = v310.name;
      if (v329 === undefined) return false;
      if (typeof v329 !== 'string') return false;
    }
    const v330 = v304.gateway_id;
    if (v330 === undefined) return false;
    if (typeof v330 !== 'string') return false;
    if (v330.length < 1 || (v330.length < 2 && codePoints(v330) < 1)) return false;
    if (v330.length > 64 && codePoints(v330) > 64) return false;
    const v331 = v304.id;
    if (v331 === undefined) return false;
    if (typeof v331 !== 'string') return false;
    const v332 = v304.modified_at;
    if (v332 === undefined) return false;
    if (typeof v332 !== 'string') return false;
    if (!isDateTime(v332)) return false;
    const v333 = v304.name;
    if (v333 === undefined) return false;
    if (typeof v333 !== 'string') return false;
    const v334 = v304.processed;
    if (v334 === undefined) return false;
    if (typeof v334 !== 'boolean') return false;
    const v335 = v304.results;
    if (v335 === undefined) return false;
    if (!Array.isArray(v335)) return false;
    const v336: unknown[] = v335;
    for (let v337 = 0; v337 < v336.length; v337++) {
      const v338 = v336[v337];
      if (typeof v338 !== 'object' || v338 === null || Array.isArray(v338)) return false;
      const v339 = v338 as unknown as Record<string, unknown>;
      const v340 = v339.created_at;
      if (v340 === undefined) return false;
      if (typeof v340 !== 'string') return false;
      if (!isDateTime(v340)) return false;
      const v341 = v339.evaluation_id;
      if (v341 === undefined) return false;
      if (typeof v341 !== 'string') return false;
      const v342 = v339.evaluation_type_id;
      if (v342 === undefined) return false;
      if (typeof v342 !== 'string') return false;
      const v343 = v339.id;
      if (v343 === undefined) return false;
      if (typeof v343 !== 'string') return false;
      const v344 = v339.modified_at;
      if (v344 === undefined) return false;
      if (typeof v344 !== 'string') return false;
      if (!isDateTime(v344)) return false;
      const v345 = v339.result;
      if (v345 === undefined) return false;
      if (typeof v345 !== 'string') return false;
      const v346 = v339.status;
      if (v346 === undefined) return false;
      if (typeof v346 !== 'number' || !Number.isFinite(v346)) return false;
      const v347 = v339.status_description;
      if (v347 === undefined) return false;
      if (typeof v347 !== 'string') return false;
      const v348 = v339.total_logs;
      if (v348 === undefined) return false;
      if (typeof v348 !== 'number' || !Number.isFinite(v348)) return false;
    }
    const v349 = v304.total_logs;
    if (v349 === undefined) return false;
    if (typeof v349 !== 'number' || !Number.isFinite(v349)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationListResponse} is false. */
export function explainEvaluationListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v350: unknown[] = value as unknown[];
    for (let v351 = 0; v351 < v350.length; v351++) {
      const v352 = v350[v351];
      if (typeof v352 !== 'object' || v352 === null || Array.isArray(v352)) {
        fail(issues, path + '/' + v351, 'object', v352);
      } else {
        const v353 = v352 as unknown as Record<string, unknown>;
        const v354 = v353.created_at;
        if (v354 === undefined) {
          fail(issues, path + '/' + v351 + '/created_at', 'string', v354, 'is required');
        } else {
          if (typeof v354 !== 'string') {
            fail(issues, path + '/' + v351 + '/created_at', 'string', v354);
          } else {
            if (!isDateTime(v354)) {
              fail(issues, path + '/' + v351 + '/created_at', 'date-time string', v354);
            }
          }
        }
        const v355 = v353.datasets;
        if (v355 === undefined) {
          fail(issues, path + '/' + v351 + '/datasets', 'array', v355, 'is required');
        } else {
          if (!Array.isArray(v355)) {
            fail(issues, path + '/' + v351 + '/datasets', 'array', v355);
          } else {
            const v356: unknown[] = v355 as unknown[];
            for (let v357 = 0; v357 < v356.length; v357++) {
              const v358 = v356[v357];
              if (typeof v358 !== 'object' || v358 === null || Array.isArray(v358)) {
                fail(issues, path + '/' + v351 + '/datasets' + '/' + v357, 'object', v358);
              } else {
                const v359 = v358 as unknown as Record<string, unknown>;
                const v360 = v359.account_id;
                if (v360 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/account_id',
                    'string',
                    v360,
                    'is required',
                  );
                } else {
                  if (typeof v360 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/account_id', 'string', v360);
                  } else {
                  }
                }
                const v361 = v359.account_tag;
                if (v361 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/account_tag',
                    'string',
                    v361,
                    'is required',
                  );
                } else {
                  if (typeof v361 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/account_tag', 'string', v361);
                  } else {
                  }
                }
                const v362 = v359.created_at;
                if (v362 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/created_at',
                    'string',
                    v362,
                    'is required',
                  );
                } else {
                  if (typeof v362 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/created_at', 'string', v362);
                  } else {
                    if (!isDateTime(v362)) {
                      fail(
                        issues,
                        path + '/' + v351 + '/datasets' + '/' + v357 + '/created_at',
                        'date-time string',
                        v362,
                      );
                    }
                  }
                }
                const v363 = v359.enable;
                if (v363 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/enable',
                    'boolean',
                    v363,
                    'is required',
                  );
                } else {
                  if (typeof v363 !== 'boolean') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/enable', 'boolean', v363);
                  }
                }
                const v364 = v359.filters;
                if (v364 === undefined) {
                  fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/filters', 'array', v364, 'is required');
                } else {
                  if (!Array.isArray(v364)) {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/filters', 'array', v364);
                  } else {
                    const v365: unknown[] = v364 as unknown[];
                    for (let v366 = 0; v366 < v365.length; v366++) {
                      const v367 = v365[v366];
                      if (typeof v367 !== 'object' || v367 === null || Array.isArray(v367)) {
                        fail(
                          issues,
                          path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366,
                          'object',
                          v367,
                        );
                      } else {
                        const v368 = v367 as unknown as Record<string, unknown>;
                        const v369 = v368.key;
                        if (v369 === undefined) {
                          fail(
                            issues,
                            path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/key',
                            'enum',
                            v369,
                            'is required',
                          );
                        } else {
                          if (!ENUM_0.has(v369)) {
                            fail(
                              issues,
                              path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/key',
                              'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                              v369,
                            );
                          }
                        }
                        const v370 = v368.operator;
                        if (v370 === undefined) {
                          fail(
                            issues,
                            path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/operator',
                            'enum',
                            v370,
                            'is required',
                          );
                        } else {
                          if (!(v370 === 'eq' || v370 === 'contains' || v370 === 'lt' || v370 === 'gt')) {
                            fail(
                              issues,
                              path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/operator',
                              'one of "eq", "contains", "lt", "gt"',
                              v370,
                            );
                          }
                        }
                        const v371 = v368.value;
                        if (v371 === undefined) {
                          fail(
                            issues,
                            path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/value',
                            'array',
                            v371,
                            'is required',
                          );
                        } else {
                          if (!Array.isArray(v371)) {
                            fail(
                              issues,
                              path + '/' + v351 + '/datasets' + '/' + v357 + '/filters' + '/' + v366 + '/value',
                              'array',
                              v371,
                            );
                          } else {
                            const v372: unknown[] = v371 as unknown[];
                            for (let v373 = 0; v373 < v372.length; v373++) {
                              const v374 = v372[v373];
                              if (!(check22(v374) || check23(v374) || check24(v374))) {
                                fail(
                                  issues,
                                  path +
                                    '/' +
                                    v351 +
                                    '/datasets' +
                                    '/' +
                                    v357 +
                                    '/filters' +
                                    '/' +
                                    v366 +
                                    '/value' +
                                    '/' +
                                    v373,
                                  'a value matching at least one of 3 alternatives (anyOf)',
                                  v374,
                                  'matches none of the anyOf alternatives',
                                );
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                const v375 = v359.gateway_id;
                if (v375 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/gateway_id',
                    'string',
                    v375,
                    'is required',
                  );
                } else {
                  if (typeof v375 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/gateway_id', 'string', v375);
                  } else {
                    if (v375.length < 1 || (v375.length < 2 && codePoints(v375) < 1)) {
                      fail(
                        issues,
                        path + '/' + v351 + '/datasets' + '/' + v357 + '/gateway_id',
                        'string of at least 1 characters',
                        v375,
                      );
                    }
                    if (v375.length > 64 && codePoints(v375) > 64) {
                      fail(
                        issues,
                        path + '/' + v351 + '/datasets' + '/' + v357 + '/gateway_id',
                        'string of at most 64 characters',
                        v375,
                      );
                    }
                  }
                }
                const v376 = v359.id;
                if (v376 === undefined) {
                  fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/id', 'string', v376, 'is required');
                } else {
                  if (typeof v376 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/id', 'string', v376);
                  } else {
                  }
                }
                const v377 = v359.modified_at;
                if (v377 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/datasets' + '/' + v357 + '/modified_at',
                    'string',
                    v377,
                    'is required',
                  );
                } else {
                  if (typeof v377 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/modified_at', 'string', v377);
                  } else {
                    if (!isDateTime(v377)) {
                      fail(
                        issues,
                        path + '/' + v351 + '/datasets' + '/' + v357 + '/modified_at',
                        'date-time string',
                        v377,
                      );
                    }
                  }
                }
                const v378 = v359.name;
                if (v378 === undefined) {
                  fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/name', 'string', v378, 'is required');
                } else {
                  if (typeof v378 !== 'string') {
                    fail(issues, path + '/' + v351 + '/datasets' + '/' + v357 + '/name', 'string', v378);
                  } else {
                  }
                }
              }
            }
          }
        }
        const v379 = v353.gateway_id;
        if (v379 === undefined) {
          fail(issues, path + '/' + v351 + '/gateway_id', 'string', v379, 'is required');
        } else {
          if (typeof v379 !== 'string') {
            fail(issues, path + '/' + v351 + '/gateway_id', 'string', v379);
          } else {
            if (v379.length < 1 || (v379.length < 2 && codePoints(v379) < 1)) {
              fail(issues, path + '/' + v351 + '/gateway_id', 'string of at least 1 characters', v379);
            }
            if (v379.length > 64 && codePoints(v379) > 64) {
              fail(issues, path + '/' + v351 + '/gateway_id', 'string of at most 64 characters', v379);
            }
          }
        }
        const v380 = v353.id;
        if (v380 === undefined) {
          fail(issues, path + '/' + v351 + '/id', 'string', v380, 'is required');
        } else {
          if (typeof v380 !== 'string') {
            fail(issues, path + '/' + v351 + '/id', 'string', v380);
          } else {
          }
        }
        const v381 = v353.modified_at;
        if (v381 === undefined) {
          fail(issues, path + '/' + v351 + '/modified_at', 'string', v381, 'is required');
        } else {
          if (typeof v381 !== 'string') {
            fail(issues, path + '/' + v351 + '/modified_at', 'string', v381);
          } else {
            if (!isDateTime(v381)) {
              fail(issues, path + '/' + v351 + '/modified_at', 'date-time string', v381);
            }
          }
        }
        const v382 = v353.name;
        if (v382 === undefined) {
          fail(issues, path + '/' + v351 + '/name', 'string', v382, 'is required');
        } else {
          if (typeof v382 !== 'string') {
            fail(issues, path + '/' + v351 + '/name', 'string', v382);
          } else {
          }
        }
        const v383 = v353.processed;
        if (v383 === undefined) {
          fail(issues, path + '/' + v351 + '/processed', 'boolean', v383, 'is required');
        } else {
          if (typeof v383 !== 'boolean') {
            fail(issues, path + '/' + v351 + '/processed', 'boolean', v383);
          }
        }
        const v384 = v353.results;
        if (v384 === undefined) {
          fail(issues, path + '/' + v351 + '/results', 'array', v384, 'is required');
        } else {
          if (!Array.isArray(v384)) {
            fail(issues, path + '/' + v351 + '/results', 'array', v384);
          } else {
            const v385: unknown[] = v384 as unknown[];
            for (let v386 = 0; v386 < v385.length; v386++) {
              const v387 = v385[v386];
              if (typeof v387 !== 'object' || v387 === null || Array.isArray(v387)) {
                fail(issues, path + '/' + v351 + '/results' + '/' + v386, 'object', v387);
              } else {
                const v388 = v387 as unknown as Record<string, unknown>;
                const v389 = v388.created_at;
                if (v389 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/created_at',
                    'string',
                    v389,
                    'is required',
                  );
                } else {
                  if (typeof v389 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/created_at', 'string', v389);
                  } else {
                    if (!isDateTime(v389)) {
                      fail(
                        issues,
                        path + '/' + v351 + '/results' + '/' + v386 + '/created_at',
                        'date-time string',
                        v389,
                      );
                    }
                  }
                }
                const v390 = v388.evaluation_id;
                if (v390 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/evaluation_id',
                    'string',
                    v390,
                    'is required',
                  );
                } else {
                  if (typeof v390 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/evaluation_id', 'string', v390);
                  } else {
                  }
                }
                const v391 = v388.evaluation_type_id;
                if (v391 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/evaluation_type_id',
                    'string',
                    v391,
                    'is required',
                  );
                } else {
                  if (typeof v391 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/evaluation_type_id', 'string', v391);
                  } else {
                  }
                }
                const v392 = v388.id;
                if (v392 === undefined) {
                  fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/id', 'string', v392, 'is required');
                } else {
                  if (typeof v392 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/id', 'string', v392);
                  } else {
                  }
                }
                const v393 = v388.modified_at;
                if (v393 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/modified_at',
                    'string',
                    v393,
                    'is required',
                  );
                } else {
                  if (typeof v393 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/modified_at', 'string', v393);
                  } else {
                    if (!isDateTime(v393)) {
                      fail(
                        issues,
                        path + '/' + v351 + '/results' + '/' + v386 + '/modified_at',
                        'date-time string',
                        v393,
                      );
                    }
                  }
                }
                const v394 = v388.result;
                if (v394 === undefined) {
                  fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/result', 'string', v394, 'is required');
                } else {
                  if (typeof v394 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/result', 'string', v394);
                  } else {
                  }
                }
                const v395 = v388.status;
                if (v395 === undefined) {
                  fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/status', 'number', v395, 'is required');
                } else {
                  if (typeof v395 !== 'number' || !Number.isFinite(v395)) {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/status', 'number', v395);
                  } else {
                  }
                }
                const v396 = v388.status_description;
                if (v396 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/status_description',
                    'string',
                    v396,
                    'is required',
                  );
                } else {
                  if (typeof v396 !== 'string') {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/status_description', 'string', v396);
                  } else {
                  }
                }
                const v397 = v388.total_logs;
                if (v397 === undefined) {
                  fail(
                    issues,
                    path + '/' + v351 + '/results' + '/' + v386 + '/total_logs',
                    'number',
                    v397,
                    'is required',
                  );
                } else {
                  if (typeof v397 !== 'number' || !Number.isFinite(v397)) {
                    fail(issues, path + '/' + v351 + '/results' + '/' + v386 + '/total_logs', 'number', v397);
                  } else {
                  }
                }
              }
            }
          }
        }
        const v398 = v353.total_logs;
        if (v398 === undefined) {
          fail(issues, path + '/' + v351 + '/total_logs', 'number', v398, 'is required');
        } else {
          if (typeof v398 !== 'number' || !Number.isFinite(v398)) {
            fail(issues, path + '/' + v351 + '/total_logs', 'number', v398);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link EvaluationListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationListResponse(value: unknown): ValidationResult<EvaluationListResponse> {
  return isEvaluationListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isEvaluationListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v399 = value as unknown as Record<string, unknown>;
  const v400 = v399.gateway_id;
  if (v400 === undefined) return false;
  if (typeof v400 !== 'string') return false;
  if (v400.length < 1 || (v400.length < 2 && codePoints(v400) < 1)) return false;
  if (v400.length > 64 && codePoints(v400) > 64) return false;
  const v401 = v399.account_id;
  if (v401 !== undefined) {
    if (typeof v401 !== 'string') return false;
  }
  const v402 = v399.name;
  if (v402 !== undefined) {
    if (typeof v402 !== 'string') return false;
  }
  const v403 = v399.page;
  if (v403 !== undefined) {
    if (!Number.isInteger(v403)) return false;
    if ((v403 as number) < 1) return false;
  }
  const v404 = v399.per_page;
  if (v404 !== undefined) {
    if (!Number.isInteger(v404)) return false;
    if ((v404 as number) < 1) return false;
    if ((v404 as number) > 100) return false;
  }
  const v405 = v399.processed;
  if (v405 !== undefined) {
    if (typeof v405 !== 'boolean') return false;
  }
  const v406 = v399.search;
  if (v406 !== undefined) {
    if (typeof v406 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEvaluationListArgs} is false. */
export function explainEvaluationListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v407 = value as unknown as Record<string, unknown>;
    const v408 = v407.gateway_id;
    if (v408 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v408, 'is required');
    } else {
      if (typeof v408 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v408);
      } else {
        if (v408.length < 1 || (v408.length < 2 && codePoints(v408) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v408);
        }
        if (v408.length > 64 && codePoints(v408) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v408);
        }
      }
    }
    const v409 = v407.account_id;
    if (v409 !== undefined) {
      if (typeof v409 !== 'string') {
        fail(issues, path + '/account_id', 'string', v409);
      } else {
      }
    }
    const v410 = v407.name;
    if (v410 !== undefined) {
      if (typeof v410 !== 'string') {
        fail(issues, path + '/name', 'string', v410);
      } else {
      }
    }
    const v411 = v407.page;
    if (v411 !== undefined) {
      if (!Number.isInteger(v411)) {
        fail(issues, path + '/page', 'integer', v411);
      } else {
        if ((v411 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v411, 'must be >= 1');
        }
      }
    }
    const v412 = v407.per_page;
    if (v412 !== undefined) {
      if (!Number.isInteger(v412)) {
        fail(issues, path + '/per_page', 'integer', v412);
      } else {
        if ((v412 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v412, 'must be >= 1');
        }
        if ((v412 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v412, 'must be <= 100');
        }
      }
    }
    const v413 = v407.processed;
    if (v413 !== undefined) {
      if (typeof v413 !== 'boolean') {
        fail(issues, path + '/processed', 'boolean', v413);
      }
    }
    const v414 = v407.search;
    if (v414 !== undefined) {
      if (typeof v414 !== 'string') {
        fail(issues, path + '/search', 'string', v414);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEvaluationListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isEvaluationListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainEvaluationListArgs) };
}
