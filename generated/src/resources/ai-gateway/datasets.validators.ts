import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type {
  DatasetCreateResponse,
  DatasetDeleteResponse,
  DatasetGetResponse,
  DatasetListResponse,
  DatasetUpdateResponse,
} from './datasets.types.js';

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
function check14(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return true;
}
function check15(value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return true;
}
function check16(value: unknown): boolean {
  if (typeof value !== 'boolean') return false;
  return true;
}
/** Whether `value` is a valid {@link DatasetCreateResponse}. Fast: returns at the first problem. */
export function isDatasetCreateResponse(value: unknown): value is DatasetCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.created_at;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isDateTime(v1)) return false;
  const v2 = v0.enable;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.filters;
  if (v3 === undefined) return false;
  if (!Array.isArray(v3)) return false;
  const v4: unknown[] = v3;
  for (let v5 = 0; v5 < v4.length; v5++) {
    const v6 = v4[v5];
    if (typeof v6 !== 'object' || v6 === null || Array.isArray(v6)) return false;
    const v7 = v6 as unknown as Record<string, unknown>;
    const v8 = v7.key;
    if (v8 === undefined) return false;
    if (!ENUM_0.has(v8)) return false;
    const v9 = v7.operator;
    if (v9 === undefined) return false;
    if (!(v9 === 'eq' || v9 === 'contains' || v9 === 'lt' || v9 === 'gt')) return false;
    const v10 = v7.value;
    if (v10 === undefined) return false;
    if (!Array.isArray(v10)) return false;
    const v11: unknown[] = v10;
    for (let v12 = 0; v12 < v11.length; v12++) {
      const v13 = v11[v12];
      if (!(check14(v13) || check15(v13) || check16(v13))) return false;
    }
  }
  const v17 = v0.gateway_id;
  if (v17 === undefined) return false;
  if (typeof v17 !== 'string') return false;
  if (v17.length < 1 || (v17.length < 2 && codePoints(v17) < 1)) return false;
  if (v17.length > 64 && codePoints(v17) > 64) return false;
  const v18 = v0.id;
  if (v18 === undefined) return false;
  if (typeof v18 !== 'string') return false;
  const v19 = v0.modified_at;
  if (v19 === undefined) return false;
  if (typeof v19 !== 'string') return false;
  if (!isDateTime(v19)) return false;
  const v20 = v0.name;
  if (v20 === undefined) return false;
  if (typeof v20 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateResponse} is false. */
export function explainDatasetCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v21 = value as unknown as Record<string, unknown>;
    const v22 = v21.created_at;
    if (v22 === undefined) {
      fail(issues, path + '/created_at', 'string', v22, 'is required');
    } else {
      if (typeof v22 !== 'string') {
        fail(issues, path + '/created_at', 'string', v22);
      } else {
        if (!isDateTime(v22)) {
          fail(issues, path + '/created_at', 'date-time string', v22);
        }
      }
    }
    const v23 = v21.enable;
    if (v23 === undefined) {
      fail(issues, path + '/enable', 'boolean', v23, 'is required');
    } else {
      if (typeof v23 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v23);
      }
    }
    const v24 = v21.filters;
    if (v24 === undefined) {
      fail(issues, path + '/filters', 'array', v24, 'is required');
    } else {
      if (!Array.isArray(v24)) {
        fail(issues, path + '/filters', 'array', v24);
      } else {
        const v25: unknown[] = v24 as unknown[];
        for (let v26 = 0; v26 < v25.length; v26++) {
          const v27 = v25[v26];
          if (typeof v27 !== 'object' || v27 === null || Array.isArray(v27)) {
            fail(issues, path + '/filters' + '/' + v26, 'object', v27);
          } else {
            const v28 = v27 as unknown as Record<string, unknown>;
            const v29 = v28.key;
            if (v29 === undefined) {
              fail(issues, path + '/filters' + '/' + v26 + '/key', 'enum', v29, 'is required');
            } else {
              if (!ENUM_0.has(v29)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v26 + '/key',
                  'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                  v29,
                );
              }
            }
            const v30 = v28.operator;
            if (v30 === undefined) {
              fail(issues, path + '/filters' + '/' + v26 + '/operator', 'enum', v30, 'is required');
            } else {
              if (!(v30 === 'eq' || v30 === 'contains' || v30 === 'lt' || v30 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v26 + '/operator', 'one of "eq", "contains", "lt", "gt"', v30);
              }
            }
            const v31 = v28.value;
            if (v31 === undefined) {
              fail(issues, path + '/filters' + '/' + v26 + '/value', 'array', v31, 'is required');
            } else {
              if (!Array.isArray(v31)) {
                fail(issues, path + '/filters' + '/' + v26 + '/value', 'array', v31);
              } else {
                const v32: unknown[] = v31 as unknown[];
                for (let v33 = 0; v33 < v32.length; v33++) {
                  const v34 = v32[v33];
                  if (!(check14(v34) || check15(v34) || check16(v34))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v26 + '/value' + '/' + v33,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v34,
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
    const v35 = v21.gateway_id;
    if (v35 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v35, 'is required');
    } else {
      if (typeof v35 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v35);
      } else {
        if (v35.length < 1 || (v35.length < 2 && codePoints(v35) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v35);
        }
        if (v35.length > 64 && codePoints(v35) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v35);
        }
      }
    }
    const v36 = v21.id;
    if (v36 === undefined) {
      fail(issues, path + '/id', 'string', v36, 'is required');
    } else {
      if (typeof v36 !== 'string') {
        fail(issues, path + '/id', 'string', v36);
      } else {
      }
    }
    const v37 = v21.modified_at;
    if (v37 === undefined) {
      fail(issues, path + '/modified_at', 'string', v37, 'is required');
    } else {
      if (typeof v37 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v37);
      } else {
        if (!isDateTime(v37)) {
          fail(issues, path + '/modified_at', 'date-time string', v37);
        }
      }
    }
    const v38 = v21.name;
    if (v38 === undefined) {
      fail(issues, path + '/name', 'string', v38, 'is required');
    } else {
      if (typeof v38 !== 'string') {
        fail(issues, path + '/name', 'string', v38);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DatasetCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetCreateResponse(value: unknown): ValidationResult<DatasetCreateResponse> {
  return isDatasetCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetCreateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDatasetCreateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v39 = value as unknown as Record<string, unknown>;
  const v40 = v39.gateway_id;
  if (v40 === undefined) return false;
  if (typeof v40 !== 'string') return false;
  if (v40.length < 1 || (v40.length < 2 && codePoints(v40) < 1)) return false;
  if (v40.length > 64 && codePoints(v40) > 64) return false;
  const v41 = v39.account_id;
  if (v41 !== undefined) {
    if (typeof v41 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateArgs} is false. */
export function explainDatasetCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v42 = value as unknown as Record<string, unknown>;
    const v43 = v42.gateway_id;
    if (v43 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v43, 'is required');
    } else {
      if (typeof v43 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v43);
      } else {
        if (v43.length < 1 || (v43.length < 2 && codePoints(v43) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v43);
        }
        if (v43.length > 64 && codePoints(v43) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v43);
        }
      }
    }
    const v44 = v42.account_id;
    if (v44 !== undefined) {
      if (typeof v44 !== 'string') {
        fail(issues, path + '/account_id', 'string', v44);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetCreateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDatasetCreateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetCreateArgs) };
}

/** Whether `value` is a valid {@link DatasetDeleteResponse}. Fast: returns at the first problem. */
export function isDatasetDeleteResponse(value: unknown): value is DatasetDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v45 = value as unknown as Record<string, unknown>;
  const v46 = v45.created_at;
  if (v46 === undefined) return false;
  if (typeof v46 !== 'string') return false;
  if (!isDateTime(v46)) return false;
  const v47 = v45.enable;
  if (v47 === undefined) return false;
  if (typeof v47 !== 'boolean') return false;
  const v48 = v45.filters;
  if (v48 === undefined) return false;
  if (!Array.isArray(v48)) return false;
  const v49: unknown[] = v48;
  for (let v50 = 0; v50 < v49.length; v50++) {
    const v51 = v49[v50];
    if (typeof v51 !== 'object' || v51 === null || Array.isArray(v51)) return false;
    const v52 = v51 as unknown as Record<string, unknown>;
    const v53 = v52.key;
    if (v53 === undefined) return false;
    if (!ENUM_0.has(v53)) return false;
    const v54 = v52.operator;
    if (v54 === undefined) return false;
    if (!(v54 === 'eq' || v54 === 'contains' || v54 === 'lt' || v54 === 'gt')) return false;
    const v55 = v52.value;
    if (v55 === undefined) return false;
    if (!Array.isArray(v55)) return false;
    const v56: unknown[] = v55;
    for (let v57 = 0; v57 < v56.length; v57++) {
      const v58 = v56[v57];
      if (!(check14(v58) || check15(v58) || check16(v58))) return false;
    }
  }
  const v59 = v45.gateway_id;
  if (v59 === undefined) return false;
  if (typeof v59 !== 'string') return false;
  if (v59.length < 1 || (v59.length < 2 && codePoints(v59) < 1)) return false;
  if (v59.length > 64 && codePoints(v59) > 64) return false;
  const v60 = v45.id;
  if (v60 === undefined) return false;
  if (typeof v60 !== 'string') return false;
  const v61 = v45.modified_at;
  if (v61 === undefined) return false;
  if (typeof v61 !== 'string') return false;
  if (!isDateTime(v61)) return false;
  const v62 = v45.name;
  if (v62 === undefined) return false;
  if (typeof v62 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteResponse} is false. */
export function explainDatasetDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v63 = value as unknown as Record<string, unknown>;
    const v64 = v63.created_at;
    if (v64 === undefined) {
      fail(issues, path + '/created_at', 'string', v64, 'is required');
    } else {
      if (typeof v64 !== 'string') {
        fail(issues, path + '/created_at', 'string', v64);
      } else {
        if (!isDateTime(v64)) {
          fail(issues, path + '/created_at', 'date-time string', v64);
        }
      }
    }
    const v65 = v63.enable;
    if (v65 === undefined) {
      fail(issues, path + '/enable', 'boolean', v65, 'is required');
    } else {
      if (typeof v65 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v65);
      }
    }
    const v66 = v63.filters;
    if (v66 === undefined) {
      fail(issues, path + '/filters', 'array', v66, 'is required');
    } else {
      if (!Array.isArray(v66)) {
        fail(issues, path + '/filters', 'array', v66);
      } else {
        const v67: unknown[] = v66 as unknown[];
        for (let v68 = 0; v68 < v67.length; v68++) {
          const v69 = v67[v68];
          if (typeof v69 !== 'object' || v69 === null || Array.isArray(v69)) {
            fail(issues, path + '/filters' + '/' + v68, 'object', v69);
          } else {
            const v70 = v69 as unknown as Record<string, unknown>;
            const v71 = v70.key;
            if (v71 === undefined) {
              fail(issues, path + '/filters' + '/' + v68 + '/key', 'enum', v71, 'is required');
            } else {
              if (!ENUM_0.has(v71)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v68 + '/key',
                  'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                  v71,
                );
              }
            }
            const v72 = v70.operator;
            if (v72 === undefined) {
              fail(issues, path + '/filters' + '/' + v68 + '/operator', 'enum', v72, 'is required');
            } else {
              if (!(v72 === 'eq' || v72 === 'contains' || v72 === 'lt' || v72 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v68 + '/operator', 'one of "eq", "contains", "lt", "gt"', v72);
              }
            }
            const v73 = v70.value;
            if (v73 === undefined) {
              fail(issues, path + '/filters' + '/' + v68 + '/value', 'array', v73, 'is required');
            } else {
              if (!Array.isArray(v73)) {
                fail(issues, path + '/filters' + '/' + v68 + '/value', 'array', v73);
              } else {
                const v74: unknown[] = v73 as unknown[];
                for (let v75 = 0; v75 < v74.length; v75++) {
                  const v76 = v74[v75];
                  if (!(check14(v76) || check15(v76) || check16(v76))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v68 + '/value' + '/' + v75,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v76,
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
    const v77 = v63.gateway_id;
    if (v77 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v77, 'is required');
    } else {
      if (typeof v77 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v77);
      } else {
        if (v77.length < 1 || (v77.length < 2 && codePoints(v77) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v77);
        }
        if (v77.length > 64 && codePoints(v77) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v77);
        }
      }
    }
    const v78 = v63.id;
    if (v78 === undefined) {
      fail(issues, path + '/id', 'string', v78, 'is required');
    } else {
      if (typeof v78 !== 'string') {
        fail(issues, path + '/id', 'string', v78);
      } else {
      }
    }
    const v79 = v63.modified_at;
    if (v79 === undefined) {
      fail(issues, path + '/modified_at', 'string', v79, 'is required');
    } else {
      if (typeof v79 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v79);
      } else {
        if (!isDateTime(v79)) {
          fail(issues, path + '/modified_at', 'date-time string', v79);
        }
      }
    }
    const v80 = v63.name;
    if (v80 === undefined) {
      fail(issues, path + '/name', 'string', v80, 'is required');
    } else {
      if (typeof v80 !== 'string') {
        fail(issues, path + '/name', 'string', v80);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DatasetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetDeleteResponse(value: unknown): ValidationResult<DatasetDeleteResponse> {
  return isDatasetDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDatasetDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v81 = value as unknown as Record<string, unknown>;
  const v82 = v81.gateway_id;
  if (v82 === undefined) return false;
  if (typeof v82 !== 'string') return false;
  if (v82.length < 1 || (v82.length < 2 && codePoints(v82) < 1)) return false;
  if (v82.length > 64 && codePoints(v82) > 64) return false;
  const v83 = v81.id;
  if (v83 === undefined) return false;
  if (typeof v83 !== 'string') return false;
  const v84 = v81.account_id;
  if (v84 !== undefined) {
    if (typeof v84 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteArgs} is false. */
export function explainDatasetDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v85 = value as unknown as Record<string, unknown>;
    const v86 = v85.gateway_id;
    if (v86 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v86, 'is required');
    } else {
      if (typeof v86 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v86);
      } else {
        if (v86.length < 1 || (v86.length < 2 && codePoints(v86) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v86);
        }
        if (v86.length > 64 && codePoints(v86) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v86);
        }
      }
    }
    const v87 = v85.id;
    if (v87 === undefined) {
      fail(issues, path + '/id', 'string', v87, 'is required');
    } else {
      if (typeof v87 !== 'string') {
        fail(issues, path + '/id', 'string', v87);
      } else {
      }
    }
    const v88 = v85.account_id;
    if (v88 !== undefined) {
      if (typeof v88 !== 'string') {
        fail(issues, path + '/account_id', 'string', v88);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDatasetDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetDeleteArgs) };
}

/** Whether `value` is a valid {@link DatasetGetResponse}. Fast: returns at the first problem. */
export function isDatasetGetResponse(value: unknown): value is DatasetGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v89 = value as unknown as Record<string, unknown>;
  const v90 = v89.created_at;
  if (v90 === undefined) return false;
  if (typeof v90 !== 'string') return false;
  if (!isDateTime(v90)) return false;
  const v91 = v89.enable;
  if (v91 === undefined) return false;
  if (typeof v91 !== 'boolean') return false;
  const v92 = v89.filters;
  if (v92 === undefined) return false;
  if (!Array.isArray(v92)) return false;
  const v93: unknown[] = v92;
  for (let v94 = 0; v94 < v93.length; v94++) {
    const v95 = v93[v94];
    if (typeof v95 !== 'object' || v95 === null || Array.isArray(v95)) return false;
    const v96 = v95 as unknown as Record<string, unknown>;
    const v97 = v96.key;
    if (v97 === undefined) return false;
    if (!ENUM_0.has(v97)) return false;
    const v98 = v96.operator;
    if (v98 === undefined) return false;
    if (!(v98 === 'eq' || v98 === 'contains' || v98 === 'lt' || v98 === 'gt')) return false;
    const v99 = v96.value;
    if (v99 === undefined) return false;
    if (!Array.isArray(v99)) return false;
    const v100: unknown[] = v99;
    for (let v101 = 0; v101 < v100.length; v101++) {
      const v102 = v100[v101];
      if (!(check14(v102) || check15(v102) || check16(v102))) return false;
    }
  }
  const v103 = v89.gateway_id;
  if (v103 === undefined) return false;
  if (typeof v103 !== 'string') return false;
  if (v103.length < 1 || (v103.length < 2 && codePoints(v103) < 1)) return false;
  if (v103.length > 64 && codePoints(v103) > 64) return false;
  const v104 = v89.id;
  if (v104 === undefined) return false;
  if (typeof v104 !== 'string') return false;
  const v105 = v89.modified_at;
  if (v105 === undefined) return false;
  if (typeof v105 !== 'string') return false;
  if (!isDateTime(v105)) return false;
  const v106 = v89.name;
  if (v106 === undefined) return false;
  if (typeof v106 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetGetResponse} is false. */
export function explainDatasetGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v107 = value as unknown as Record<string, unknown>;
    const v108 = v107.created_at;
    if (v108 === undefined) {
      fail(issues, path + '/created_at', 'string', v108, 'is required');
    } else {
      if (typeof v108 !== 'string') {
        fail(issues, path + '/created_at', 'string', v108);
      } else {
        if (!isDateTime(v108)) {
          fail(issues, path + '/created_at', 'date-time string', v108);
        }
      }
    }
    const v109 = v107.enable;
    if (v109 === undefined) {
      fail(issues, path + '/enable', 'boolean', v109, 'is required');
    } else {
      if (typeof v109 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v109);
      }
    }
    const v110 = v107.filters;
    if (v110 === undefined) {
      fail(issues, path + '/filters', 'array', v110, 'is required');
    } else {
      if (!Array.isArray(v110)) {
        fail(issues, path + '/filters', 'array', v110);
      } else {
        const v111: unknown[] = v110 as unknown[];
        for (let v112 = 0; v112 < v111.length; v112++) {
          const v113 = v111[v112];
          if (typeof v113 !== 'object' || v113 === null || Array.isArray(v113)) {
            fail(issues, path + '/filters' + '/' + v112, 'object', v113);
          } else {
            const v114 = v113 as unknown as Record<string, unknown>;
            const v115 = v114.key;
            if (v115 === undefined) {
              fail(issues, path + '/filters' + '/' + v112 + '/key', 'enum', v115, 'is required');
            } else {
              if (!ENUM_0.has(v115)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v112 + '/key',
                  'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                  v115,
                );
              }
            }
            const v116 = v114.operator;
            if (v116 === undefined) {
              fail(issues, path + '/filters' + '/' + v112 + '/operator', 'enum', v116, 'is required');
            } else {
              if (!(v116 === 'eq' || v116 === 'contains' || v116 === 'lt' || v116 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v112 + '/operator', 'one of "eq", "contains", "lt", "gt"', v116);
              }
            }
            const v117 = v114.value;
            if (v117 === undefined) {
              fail(issues, path + '/filters' + '/' + v112 + '/value', 'array', v117, 'is required');
            } else {
              if (!Array.isArray(v117)) {
                fail(issues, path + '/filters' + '/' + v112 + '/value', 'array', v117);
              } else {
                const v118: unknown[] = v117 as unknown[];
                for (let v119 = 0; v119 < v118.length; v119++) {
                  const v120 = v118[v119];
                  if (!(check14(v120) || check15(v120) || check16(v120))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v112 + '/value' + '/' + v119,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v120,
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
    const v121 = v107.gateway_id;
    if (v121 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v121, 'is required');
    } else {
      if (typeof v121 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v121);
      } else {
        if (v121.length < 1 || (v121.length < 2 && codePoints(v121) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v121);
        }
        if (v121.length > 64 && codePoints(v121) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v121);
        }
      }
    }
    const v122 = v107.id;
    if (v122 === undefined) {
      fail(issues, path + '/id', 'string', v122, 'is required');
    } else {
      if (typeof v122 !== 'string') {
        fail(issues, path + '/id', 'string', v122);
      } else {
      }
    }
    const v123 = v107.modified_at;
    if (v123 === undefined) {
      fail(issues, path + '/modified_at', 'string', v123, 'is required');
    } else {
      if (typeof v123 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v123);
      } else {
        if (!isDateTime(v123)) {
          fail(issues, path + '/modified_at', 'date-time string', v123);
        }
      }
    }
    const v124 = v107.name;
    if (v124 === undefined) {
      fail(issues, path + '/name', 'string', v124, 'is required');
    } else {
      if (typeof v124 !== 'string') {
        fail(issues, path + '/name', 'string', v124);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DatasetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetGetResponse(value: unknown): ValidationResult<DatasetGetResponse> {
  return isDatasetGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDatasetGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v125 = value as unknown as Record<string, unknown>;
  const v126 = v125.gateway_id;
  if (v126 === undefined) return false;
  if (typeof v126 !== 'string') return false;
  if (v126.length < 1 || (v126.length < 2 && codePoints(v126) < 1)) return false;
  if (v126.length > 64 && codePoints(v126) > 64) return false;
  const v127 = v125.id;
  if (v127 === undefined) return false;
  if (typeof v127 !== 'string') return false;
  const v128 = v125.account_id;
  if (v128 !== undefined) {
    if (typeof v128 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetGetArgs} is false. */
export function explainDatasetGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v129 = value as unknown as Record<string, unknown>;
    const v130 = v129.gateway_id;
    if (v130 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v130, 'is required');
    } else {
      if (typeof v130 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v130);
      } else {
        if (v130.length < 1 || (v130.length < 2 && codePoints(v130) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v130);
        }
        if (v130.length > 64 && codePoints(v130) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v130);
        }
      }
    }
    const v131 = v129.id;
    if (v131 === undefined) {
      fail(issues, path + '/id', 'string', v131, 'is required');
    } else {
      if (typeof v131 !== 'string') {
        fail(issues, path + '/id', 'string', v131);
      } else {
      }
    }
    const v132 = v129.account_id;
    if (v132 !== undefined) {
      if (typeof v132 !== 'string') {
        fail(issues, path + '/account_id', 'string', v132);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDatasetGetArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetGetArgs) };
}

/** Whether `value` is a valid {@link DatasetListResponse}. Fast: returns at the first problem. */
export function isDatasetListResponse(value: unknown): value is DatasetListResponse {
  if (!Array.isArray(value)) return false;
  const v133: unknown[] = value;
  for (let v134 = 0; v134 < v133.length; v134++) {
    const v135 = v133[v134];
    if (typeof v135 !== 'object' || v135 === null || Array.isArray(v135)) return false;
    const v136 = v135 as unknown as Record<string, unknown>;
    const v137 = v136.created_at;
    if (v137 === undefined) return false;
    if (typeof v137 !== 'string') return false;
    if (!isDateTime(v137)) return false;
    const v138 = v136.enable;
    if (v138 === undefined) return false;
    if (typeof v138 !== 'boolean') return false;
    const v139 = v136.filters;
    if (v139 === undefined) return false;
    if (!Array.isArray(v139)) return false;
    const v140: unknown[] = v139;
    for (let v141 = 0; v141 < v140.length; v141++) {
      const v142 = v140[v141];
      if (typeof v142 !== 'object' || v142 === null || Array.isArray(v142)) return false;
      const v143 = v142 as unknown as Record<string, unknown>;
      const v144 = v143.key;
      if (v144 === undefined) return false;
      if (!ENUM_0.has(v144)) return false;
      const v145 = v143.operator;
      if (v145 === undefined) return false;
      if (!(v145 === 'eq' || v145 === 'contains' || v145 === 'lt' || v145 === 'gt')) return false;
      const v146 = v143.value;
      if (v146 === undefined) return false;
      if (!Array.isArray(v146)) return false;
      const v147: unknown[] = v146;
      for (let v148 = 0; v148 < v147.length; v148++) {
        const v149 = v147[v148];
        if (!(check14(v149) || check15(v149) || check16(v149))) return false;
      }
    }
    const v150 = v136.gateway_id;
    if (v150 === undefined) return false;
    if (typeof v150 !== 'string') return false;
    if (v150.length < 1 || (v150.length < 2 && codePoints(v150) < 1)) return false;
    if (v150.length > 64 && codePoints(v150) > 64) return false;
    const v151 = v136.id;
    if (v151 === undefined) return false;
    if (typeof v151 !== 'string') return false;
    const v152 = v136.modified_at;
    if (v152 === undefined) return false;
    if (typeof v152 !== 'string') return false;
    if (!isDateTime(v152)) return false;
    const v153 = v136.name;
    if (v153 === undefined) return false;
    if (typeof v153 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetListResponse} is false. */
export function explainDatasetListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v154: unknown[] = value as unknown[];
    for (let v155 = 0; v155 < v154.length; v155++) {
      const v156 = v154[v155];
      if (typeof v156 !== 'object' || v156 === null || Array.isArray(v156)) {
        fail(issues, path + '/' + v155, 'object', v156);
      } else {
        const v157 = v156 as unknown as Record<string, unknown>;
        const v158 = v157.created_at;
        if (v158 === undefined) {
          fail(issues, path + '/' + v155 + '/created_at', 'string', v158, 'is required');
        } else {
          if (typeof v158 !== 'string') {
            fail(issues, path + '/' + v155 + '/created_at', 'string', v158);
          } else {
            if (!isDateTime(v158)) {
              fail(issues, path + '/' + v155 + '/created_at', 'date-time string', v158);
            }
          }
        }
        const v159 = v157.enable;
        if (v159 === undefined) {
          fail(issues, path + '/' + v155 + '/enable', 'boolean', v159, 'is required');
        } else {
          if (typeof v159 !== 'boolean') {
            fail(issues, path + '/' + v155 + '/enable', 'boolean', v159);
          }
        }
        const v160 = v157.filters;
        if (v160 === undefined) {
          fail(issues, path + '/' + v155 + '/filters', 'array', v160, 'is required');
        } else {
          if (!Array.isArray(v160)) {
            fail(issues, path + '/' + v155 + '/filters', 'array', v160);
          } else {
            const v161: unknown[] = v160 as unknown[];
            for (let v162 = 0; v162 < v161.length; v162++) {
              const v163 = v161[v162];
              if (typeof v163 !== 'object' || v163 === null || Array.isArray(v163)) {
                fail(issues, path + '/' + v155 + '/filters' + '/' + v162, 'object', v163);
              } else {
                const v164 = v163 as unknown as Record<string, unknown>;
                const v165 = v164.key;
                if (v165 === undefined) {
                  fail(issues, path + '/' + v155 + '/filters' + '/' + v162 + '/key', 'enum', v165, 'is required');
                } else {
                  if (!ENUM_0.has(v165)) {
                    fail(
                      issues,
                      path + '/' + v155 + '/filters' + '/' + v162 + '/key',
                      'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                      v165,
                    );
                  }
                }
                const v166 = v164.operator;
                if (v166 === undefined) {
                  fail(issues, path + '/' + v155 + '/filters' + '/' + v162 + '/operator', 'enum', v166, 'is required');
                } else {
                  if (!(v166 === 'eq' || v166 === 'contains' || v166 === 'lt' || v166 === 'gt')) {
                    fail(
                      issues,
                      path + '/' + v155 + '/filters' + '/' + v162 + '/operator',
                      'one of "eq", "contains", "lt", "gt"',
                      v166,
                    );
                  }
                }
                const v167 = v164.value;
                if (v167 === undefined) {
                  fail(issues, path + '/' + v155 + '/filters' + '/' + v162 + '/value', 'array', v167, 'is required');
                } else {
                  if (!Array.isArray(v167)) {
                    fail(issues, path + '/' + v155 + '/filters' + '/' + v162 + '/value', 'array', v167);
                  } else {
                    const v168: unknown[] = v167 as unknown[];
                    for (let v169 = 0; v169 < v168.length; v169++) {
                      const v170 = v168[v169];
                      if (!(check14(v170) || check15(v170) || check16(v170))) {
                        fail(
                          issues,
                          path + '/' + v155 + '/filters' + '/' + v162 + '/value' + '/' + v169,
                          'a value matching at least one of 3 alternatives (anyOf)',
                          v170,
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
        const v171 = v157.gateway_id;
        if (v171 === undefined) {
          fail(issues, path + '/' + v155 + '/gateway_id', 'string', v171, 'is required');
        } else {
          if (typeof v171 !== 'string') {
            fail(issues, path + '/' + v155 + '/gateway_id', 'string', v171);
          } else {
            if (v171.length < 1 || (v171.length < 2 && codePoints(v171) < 1)) {
              fail(issues, path + '/' + v155 + '/gateway_id', 'string of at least 1 characters', v171);
            }
            if (v171.length > 64 && codePoints(v171) > 64) {
              fail(issues, path + '/' + v155 + '/gateway_id', 'string of at most 64 characters', v171);
            }
          }
        }
        const v172 = v157.id;
        if (v172 === undefined) {
          fail(issues, path + '/' + v155 + '/id', 'string', v172, 'is required');
        } else {
          if (typeof v172 !== 'string') {
            fail(issues, path + '/' + v155 + '/id', 'string', v172);
          } else {
          }
        }
        const v173 = v157.modified_at;
        if (v173 === undefined) {
          fail(issues, path + '/' + v155 + '/modified_at', 'string', v173, 'is required');
        } else {
          if (typeof v173 !== 'string') {
            fail(issues, path + '/' + v155 + '/modified_at', 'string', v173);
          } else {
            if (!isDateTime(v173)) {
              fail(issues, path + '/' + v155 + '/modified_at', 'date-time string', v173);
            }
          }
        }
        const v174 = v157.name;
        if (v174 === undefined) {
          fail(issues, path + '/' + v155 + '/name', 'string', v174, 'is required');
        } else {
          if (typeof v174 !== 'string') {
            fail(issues, path + '/' + v155 + '/name', 'string', v174);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link DatasetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetListResponse(value: unknown): ValidationResult<DatasetListResponse> {
  return isDatasetListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDatasetListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v175 = value as unknown as Record<string, unknown>;
  const v176 = v175.gateway_id;
  if (v176 === undefined) return false;
  if (typeof v176 !== 'string') return false;
  if (v176.length < 1 || (v176.length < 2 && codePoints(v176) < 1)) return false;
  if (v176.length > 64 && codePoints(v176) > 64) return false;
  const v177 = v175.account_id;
  if (v177 !== undefined) {
    if (typeof v177 !== 'string') return false;
  }
  const v178 = v175.enable;
  if (v178 !== undefined) {
    if (typeof v178 !== 'boolean') return false;
  }
  const v179 = v175.name;
  if (v179 !== undefined) {
    if (typeof v179 !== 'string') return false;
  }
  const v180 = v175.page;
  if (v180 !== undefined) {
    if (!Number.isInteger(v180)) return false;
    if ((v180 as number) < 1) return false;
  }
  const v181 = v175.per_page;
  if (v181 !== undefined) {
    if (!Number.isInteger(v181)) return false;
    if ((v181 as number) < 1) return false;
    if ((v181 as number) > 100) return false;
  }
  const v182 = v175.search;
  if (v182 !== undefined) {
    if (typeof v182 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetListArgs} is false. */
export function explainDatasetListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v183 = value as unknown as Record<string, unknown>;
    const v184 = v183.gateway_id;
    if (v184 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v184, 'is required');
    } else {
      if (typeof v184 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v184);
      } else {
        if (v184.length < 1 || (v184.length < 2 && codePoints(v184) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v184);
        }
        if (v184.length > 64 && codePoints(v184) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v184);
        }
      }
    }
    const v185 = v183.account_id;
    if (v185 !== undefined) {
      if (typeof v185 !== 'string') {
        fail(issues, path + '/account_id', 'string', v185);
      } else {
      }
    }
    const v186 = v183.enable;
    if (v186 !== undefined) {
      if (typeof v186 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v186);
      }
    }
    const v187 = v183.name;
    if (v187 !== undefined) {
      if (typeof v187 !== 'string') {
        fail(issues, path + '/name', 'string', v187);
      } else {
      }
    }
    const v188 = v183.page;
    if (v188 !== undefined) {
      if (!Number.isInteger(v188)) {
        fail(issues, path + '/page', 'integer', v188);
      } else {
        if ((v188 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v188, 'must be >= 1');
        }
      }
    }
    const v189 = v183.per_page;
    if (v189 !== undefined) {
      if (!Number.isInteger(v189)) {
        fail(issues, path + '/per_page', 'integer', v189);
      } else {
        if ((v189 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v189, 'must be >= 1');
        }
        if ((v189 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v189, 'must be <= 100');
        }
      }
    }
    const v190 = v183.search;
    if (v190 !== undefined) {
      if (typeof v190 !== 'string') {
        fail(issues, path + '/search', 'string', v190);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDatasetListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetListArgs) };
}

/** Whether `value` is a valid {@link DatasetUpdateResponse}. Fast: returns at the first problem. */
export function isDatasetUpdateResponse(value: unknown): value is DatasetUpdateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v191 = value as unknown as Record<string, unknown>;
  const v192 = v191.created_at;
  if (v192 === undefined) return false;
  if (typeof v192 !== 'string') return false;
  if (!isDateTime(v192)) return false;
  const v193 = v191.enable;
  if (v193 === undefined) return false;
  if (typeof v193 !== 'boolean') return false;
  const v194 = v191.filters;
  if (v194 === undefined) return false;
  if (!Array.isArray(v194)) return false;
  const v195: unknown[] = v194;
  for (let v196 = 0; v196 < v195.length; v196++) {
    const v197 = v195[v196];
    if (typeof v197 !== 'object' || v197 === null || Array.isArray(v197)) return false;
    const v198 = v197 as unknown as Record<string, unknown>;
    const v199 = v198.key;
    if (v199 === undefined) return false;
    if (!ENUM_0.has(v199)) return false;
    const v200 = v198.operator;
    if (v200 === undefined) return false;
    if (!(v200 === 'eq' || v200 === 'contains' || v200 === 'lt' || v200 === 'gt')) return false;
    const v201 = v198.value;
    if (v201 === undefined) return false;
    if (!Array.isArray(v201)) return false;
    const v202: unknown[] = v201;
    for (let v203 = 0; v203 < v202.length; v203++) {
      const v204 = v202[v203];
      if (!(check14(v204) || check15(v204) || check16(v204))) return false;
    }
  }
  const v205 = v191.gateway_id;
  if (v205 === undefined) return false;
  if (typeof v205 !== 'string') return false;
  if (v205.length < 1 || (v205.length < 2 && codePoints(v205) < 1)) return false;
  if (v205.length > 64 && codePoints(v205) > 64) return false;
  const v206 = v191.id;
  if (v206 === undefined) return false;
  if (typeof v206 !== 'string') return false;
  const v207 = v191.modified_at;
  if (v207 === undefined) return false;
  if (typeof v207 !== 'string') return false;
  if (!isDateTime(v207)) return false;
  const v208 = v191.name;
  if (v208 === undefined) return false;
  if (typeof v208 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetUpdateResponse} is false. */
export function explainDatasetUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v209 = value as unknown as Record<string, unknown>;
    const v210 = v209.created_at;
    if (v210 === undefined) {
      fail(issues, path + '/created_at', 'string', v210, 'is required');
    } else {
      if (typeof v210 !== 'string') {
        fail(issues, path + '/created_at', 'string', v210);
      } else {
        if (!isDateTime(v210)) {
          fail(issues, path + '/created_at', 'date-time string', v210);
        }
      }
    }
    const v211 = v209.enable;
    if (v211 === undefined) {
      fail(issues, path + '/enable', 'boolean', v211, 'is required');
    } else {
      if (typeof v211 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v211);
      }
    }
    const v212 = v209.filters;
    if (v212 === undefined) {
      fail(issues, path + '/filters', 'array', v212, 'is required');
    } else {
      if (!Array.isArray(v212)) {
        fail(issues, path + '/filters', 'array', v212);
      } else {
        const v213: unknown[] = v212 as unknown[];
        for (let v214 = 0; v214 < v213.length; v214++) {
          const v215 = v213[v214];
          if (typeof v215 !== 'object' || v215 === null || Array.isArray(v215)) {
            fail(issues, path + '/filters' + '/' + v214, 'object', v215);
          } else {
            const v216 = v215 as unknown as Record<string, unknown>;
            const v217 = v216.key;
            if (v217 === undefined) {
              fail(issues, path + '/filters' + '/' + v214 + '/key', 'enum', v217, 'is required');
            } else {
              if (!ENUM_0.has(v217)) {
                fail(
                  issues,
                  path + '/filters' + '/' + v214 + '/key',
                  'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"',
                  v217,
                );
              }
            }
            const v218 = v216.operator;
            if (v218 === undefined) {
              fail(issues, path + '/filters' + '/' + v214 + '/operator', 'enum', v218, 'is required');
            } else {
              if (!(v218 === 'eq' || v218 === 'contains' || v218 === 'lt' || v218 === 'gt')) {
                fail(issues, path + '/filters' + '/' + v214 + '/operator', 'one of "eq", "contains", "lt", "gt"', v218);
              }
            }
            const v219 = v216.value;
            if (v219 === undefined) {
              fail(issues, path + '/filters' + '/' + v214 + '/value', 'array', v219, 'is required');
            } else {
              if (!Array.isArray(v219)) {
                fail(issues, path + '/filters' + '/' + v214 + '/value', 'array', v219);
              } else {
                const v220: unknown[] = v219 as unknown[];
                for (let v221 = 0; v221 < v220.length; v221++) {
                  const v222 = v220[v221];
                  if (!(check14(v222) || check15(v222) || check16(v222))) {
                    fail(
                      issues,
                      path + '/filters' + '/' + v214 + '/value' + '/' + v221,
                      'a value matching at least one of 3 alternatives (anyOf)',
                      v222,
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
    const v223 = v209.gateway_id;
    if (v223 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v223, 'is required');
    } else {
      if (typeof v223 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v223);
      } else {
        if (v223.length < 1 || (v223.length < 2 && codePoints(v223) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v223);
        }
        if (v223.length > 64 && codePoints(v223) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v223);
        }
      }
    }
    const v224 = v209.id;
    if (v224 === undefined) {
      fail(issues, path + '/id', 'string', v224, 'is required');
    } else {
      if (typeof v224 !== 'string') {
        fail(issues, path + '/id', 'string', v224);
      } else {
      }
    }
    const v225 = v209.modified_at;
    if (v225 === undefined) {
      fail(issues, path + '/modified_at', 'string', v225, 'is required');
    } else {
      if (typeof v225 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v225);
      } else {
        if (!isDateTime(v225)) {
          fail(issues, path + '/modified_at', 'date-time string', v225);
        }
      }
    }
    const v226 = v209.name;
    if (v226 === undefined) {
      fail(issues, path + '/name', 'string', v226, 'is required');
    } else {
      if (typeof v226 !== 'string') {
        fail(issues, path + '/name', 'string', v226);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link DatasetUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetUpdateResponse(value: unknown): ValidationResult<DatasetUpdateResponse> {
  return isDatasetUpdateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetUpdateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isDatasetUpdateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v227 = value as unknown as Record<string, unknown>;
  const v228 = v227.gateway_id;
  if (v228 === undefined) return false;
  if (typeof v228 !== 'string') return false;
  if (v228.length < 1 || (v228.length < 2 && codePoints(v228) < 1)) return false;
  if (v228.length > 64 && codePoints(v228) > 64) return false;
  const v229 = v227.id;
  if (v229 === undefined) return false;
  if (typeof v229 !== 'string') return false;
  const v230 = v227.account_id;
  if (v230 !== undefined) {
    if (typeof v230 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isDatasetUpdateArgs} is false. */
export function explainDatasetUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v231 = value as unknown as Record<string, unknown>;
    const v232 = v231.gateway_id;
    if (v232 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v232, 'is required');
    } else {
      if (typeof v232 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v232);
      } else {
        if (v232.length < 1 || (v232.length < 2 && codePoints(v232) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v232);
        }
        if (v232.length > 64 && codePoints(v232) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v232);
        }
      }
    }
    const v233 = v231.id;
    if (v233 === undefined) {
      fail(issues, path + '/id', 'string', v233, 'is required');
    } else {
      if (typeof v233 !== 'string') {
        fail(issues, path + '/id', 'string', v233);
      } else {
      }
    }
    const v234 = v231.account_id;
    if (v234 !== undefined) {
      if (typeof v234 !== 'string') {
        fail(issues, path + '/account_id', 'string', v234);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateDatasetUpdateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isDatasetUpdateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainDatasetUpdateArgs) };
}
