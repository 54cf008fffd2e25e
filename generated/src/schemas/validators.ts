import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import type {
  AigBillingCreateTopupResponse,
  AigBillingCreateTopupResult,
  AigBillingDeleteSpendingLimitResponse,
  AigBillingDeleteSpendingLimitResult,
  AigBillingDeleteTopupConfigResponse,
  AigBillingDeleteTopupConfigResult,
  AigBillingErrorResponse,
  AigBillingGetCreditBalanceResponse,
  AigBillingGetCreditBalanceResult,
  AigBillingGetInvoiceHistoryResponse,
  AigBillingGetInvoiceHistoryResult,
  AigBillingGetInvoicePreviewResponse,
  AigBillingGetInvoicePreviewResult,
  AigBillingGetSpendingLimitResponse,
  AigBillingGetSpendingLimitResult,
  AigBillingGetTopupConfigResponse,
  AigBillingGetTopupConfigResult,
  AigBillingGetTopupLimitsResponse,
  AigBillingGetTopupLimitsResult,
  AigBillingGetUsageHistoryResponse,
  AigBillingGetUsageHistoryResult,
  AigBillingSetSpendingLimitResponse,
  AigBillingSetSpendingLimitResult,
  AigBillingSetTopupConfigResponse,
  AigBillingSetTopupConfigResult,
  AigBillingTopupStatusResponse,
  AigBillingTopupStatusResult,
} from './types.js';

/** Whether `value` is a valid {@link AigBillingCreateTopupResponse}. Fast: returns at the first problem. */
export function isAigBillingCreateTopupResponse(value: unknown): value is AigBillingCreateTopupResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.errors;
  if (v1 === undefined) return false;
  if (!Array.isArray(v1)) return false;
  const v2: unknown[] = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4 as unknown as Record<string, unknown>;
    const v6 = v5.code;
    if (v6 === undefined) return false;
    if (typeof v6 !== 'number' || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === undefined) return false;
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v0.messages;
  if (v8 === undefined) return false;
  if (!Array.isArray(v8)) return false;
  const v9: unknown[] = v8;
  for (let v10 = 0; v10 < v9.length; v10++) {
    const v11 = v9[v10];
    if (typeof v11 !== 'object' || v11 === null || Array.isArray(v11)) return false;
    const v12 = v11 as unknown as Record<string, unknown>;
    const v13 = v12.code;
    if (v13 === undefined) return false;
    if (typeof v13 !== 'number' || !Number.isFinite(v13)) return false;
    const v14 = v12.message;
    if (v14 === undefined) return false;
    if (typeof v14 !== 'string') return false;
  }
  const v15 = v0.result;
  if (v15 === undefined) return false;
  if (!isAigBillingCreateTopupResult(v15)) return false;
  const v16 = v0.result_info;
  if (v16 !== undefined) {
    if (typeof v16 !== 'object' || v16 === null || Array.isArray(v16)) return false;
    const v17 = v16 as unknown as Record<string, unknown>;
    const v18 = v17.has_more;
    if (v18 === undefined) return false;
    if (typeof v18 !== 'boolean') return false;
    const v19 = v17.page;
    if (v19 === undefined) return false;
    if (typeof v19 !== 'number' || !Number.isFinite(v19)) return false;
    const v20 = v17.per_page;
    if (v20 === undefined) return false;
    if (typeof v20 !== 'number' || !Number.isFinite(v20)) return false;
    const v21 = v17.total_count;
    if (v21 === undefined) return false;
    if (typeof v21 !== 'number' || !Number.isFinite(v21)) return false;
  }
  const v22 = v0.success;
  if (v22 === undefined) return false;
  if (!(v22 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResponse} is false. */
export function explainAigBillingCreateTopupResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v23 = value as unknown as Record<string, unknown>;
    const v24 = v23.errors;
    if (v24 === undefined) {
      fail(issues, path + '/errors', 'array', v24, 'is required');
    } else {
      if (!Array.isArray(v24)) {
        fail(issues, path + '/errors', 'array', v24);
      } else {
        const v25: unknown[] = v24 as unknown[];
        for (let v26 = 0; v26 < v25.length; v26++) {
          const v27 = v25[v26];
          if (typeof v27 !== 'object' || v27 === null || Array.isArray(v27)) {
            fail(issues, path + '/errors' + '/' + v26, 'object', v27);
          } else {
            const v28 = v27 as unknown as Record<string, unknown>;
            const v29 = v28.code;
            if (v29 === undefined) {
              fail(issues, path + '/errors' + '/' + v26 + '/code', 'number', v29, 'is required');
            } else {
              if (typeof v29 !== 'number' || !Number.isFinite(v29)) {
                fail(issues, path + '/errors' + '/' + v26 + '/code', 'number', v29);
              } else {
              }
            }
            const v30 = v28.message;
            if (v30 === undefined) {
              fail(issues, path + '/errors' + '/' + v26 + '/message', 'string', v30, 'is required');
            } else {
              if (typeof v30 !== 'string') {
                fail(issues, path + '/errors' + '/' + v26 + '/message', 'string', v30);
              } else {
              }
            }
          }
        }
      }
    }
    const v31 = v23.messages;
    if (v31 === undefined) {
      fail(issues, path + '/messages', 'array', v31, 'is required');
    } else {
      if (!Array.isArray(v31)) {
        fail(issues, path + '/messages', 'array', v31);
      } else {
        const v32: unknown[] = v31 as unknown[];
        for (let v33 = 0; v33 < v32.length; v33++) {
          const v34 = v32[v33];
          if (typeof v34 !== 'object' || v34 === null || Array.isArray(v34)) {
            fail(issues, path + '/messages' + '/' + v33, 'object', v34);
          } else {
            const v35 = v34 as unknown as Record<string, unknown>;
            const v36 = v35.code;
            if (v36 === undefined) {
              fail(issues, path + '/messages' + '/' + v33 + '/code', 'number', v36, 'is required');
            } else {
              if (typeof v36 !== 'number' || !Number.isFinite(v36)) {
                fail(issues, path + '/messages' + '/' + v33 + '/code', 'number', v36);
              } else {
              }
            }
            const v37 = v35.message;
            if (v37 === undefined) {
              fail(issues, path + '/messages' + '/' + v33 + '/message', 'string', v37, 'is required');
            } else {
              if (typeof v37 !== 'string') {
                fail(issues, path + '/messages' + '/' + v33 + '/message', 'string', v37);
              } else {
              }
            }
          }
        }
      }
    }
    const v38 = v23.result;
    if (v38 === undefined) {
      fail(issues, path + '/result', 'a value', v38, 'is required');
    } else {
      explainAigBillingCreateTopupResult(v38, path + '/result', issues);
    }
    const v39 = v23.result_info;
    if (v39 !== undefined) {
      if (typeof v39 !== 'object' || v39 === null || Array.isArray(v39)) {
        fail(issues, path + '/result_info', 'object', v39);
      } else {
        const v40 = v39 as unknown as Record<string, unknown>;
        const v41 = v40.has_more;
        if (v41 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v41, 'is required');
        } else {
          if (typeof v41 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v41);
          }
        }
        const v42 = v40.page;
        if (v42 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v42, 'is required');
        } else {
          if (typeof v42 !== 'number' || !Number.isFinite(v42)) {
            fail(issues, path + '/result_info' + '/page', 'number', v42);
          } else {
          }
        }
        const v43 = v40.per_page;
        if (v43 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v43, 'is required');
        } else {
          if (typeof v43 !== 'number' || !Number.isFinite(v43)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v43);
          } else {
          }
        }
        const v44 = v40.total_count;
        if (v44 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v44, 'is required');
        } else {
          if (typeof v44 !== 'number' || !Number.isFinite(v44)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v44);
          } else {
          }
        }
      }
    }
    const v45 = v23.success;
    if (v45 === undefined) {
      fail(issues, path + '/success', 'enum', v45, 'is required');
    } else {
      if (!(v45 === true)) {
        fail(issues, path + '/success', 'one of true', v45);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingCreateTopupResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingCreateTopupResponse(value: unknown): ValidationResult<AigBillingCreateTopupResponse> {
  return isAigBillingCreateTopupResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingCreateTopupResponse) };
}

/** Whether `value` is a valid {@link AigBillingCreateTopupResult}. Fast: returns at the first problem. */
export function isAigBillingCreateTopupResult(value: unknown): value is AigBillingCreateTopupResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v46 = value as unknown as Record<string, unknown>;
  const v47 = v46.brand;
  if (v47 !== undefined) {
    if (typeof v47 !== 'string') return false;
  }
  const v48 = v46.client_secret;
  if (v48 === undefined) return false;
  if (v48 !== null) {
    if (typeof v48 !== 'string') return false;
  }
  const v49 = v46.last4;
  if (v49 !== undefined) {
    if (typeof v49 !== 'string') return false;
  }
  const v50 = v46.onboarding;
  if (v50 === undefined) return false;
  if (typeof v50 !== 'boolean') return false;
  const v51 = v46.payment_intent_id;
  if (v51 === undefined) return false;
  if (typeof v51 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResult} is false. */
export function explainAigBillingCreateTopupResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v52 = value as unknown as Record<string, unknown>;
    const v53 = v52.brand;
    if (v53 !== undefined) {
      if (typeof v53 !== 'string') {
        fail(issues, path + '/brand', 'string', v53);
      } else {
      }
    }
    const v54 = v52.client_secret;
    if (v54 === undefined) {
      fail(issues, path + '/client_secret', 'string or null', v54, 'is required');
    } else {
      if (v54 !== null) {
        if (typeof v54 !== 'string') {
          fail(issues, path + '/client_secret', 'string', v54);
        } else {
        }
      }
    }
    const v55 = v52.last4;
    if (v55 !== undefined) {
      if (typeof v55 !== 'string') {
        fail(issues, path + '/last4', 'string', v55);
      } else {
      }
    }
    const v56 = v52.onboarding;
    if (v56 === undefined) {
      fail(issues, path + '/onboarding', 'boolean', v56, 'is required');
    } else {
      if (typeof v56 !== 'boolean') {
        fail(issues, path + '/onboarding', 'boolean', v56);
      }
    }
    const v57 = v52.payment_intent_id;
    if (v57 === undefined) {
      fail(issues, path + '/payment_intent_id', 'string', v57, 'is required');
    } else {
      if (typeof v57 !== 'string') {
        fail(issues, path + '/payment_intent_id', 'string', v57);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link AigBillingCreateTopupResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingCreateTopupResult(value: unknown): ValidationResult<AigBillingCreateTopupResult> {
  return isAigBillingCreateTopupResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingCreateTopupResult) };
}

/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResponse}. Fast: returns at the first problem. */
export function isAigBillingDeleteSpendingLimitResponse(
  value: unknown,
): value is AigBillingDeleteSpendingLimitResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v58 = value as unknown as Record<string, unknown>;
  const v59 = v58.errors;
  if (v59 === undefined) return false;
  if (!Array.isArray(v59)) return false;
  const v60: unknown[] = v59;
  for (let v61 = 0; v61 < v60.length; v61++) {
    const v62 = v60[v61];
    if (typeof v62 !== 'object' || v62 === null || Array.isArray(v62)) return false;
    const v63 = v62 as unknown as Record<string, unknown>;
    const v64 = v63.code;
    if (v64 === undefined) return false;
    if (typeof v64 !== 'number' || !Number.isFinite(v64)) return false;
    const v65 = v63.message;
    if (v65 === undefined) return false;
    if (typeof v65 !== 'string') return false;
  }
  const v66 = v58.messages;
  if (v66 === undefined) return false;
  if (!Array.isArray(v66)) return false;
  const v67: unknown[] = v66;
  for (let v68 = 0; v68 < v67.length; v68++) {
    const v69 = v67[v68];
    if (typeof v69 !== 'object' || v69 === null || Array.isArray(v69)) return false;
    const v70 = v69 as unknown as Record<string, unknown>;
    const v71 = v70.code;
    if (v71 === undefined) return false;
    if (typeof v71 !== 'number' || !Number.isFinite(v71)) return false;
    const v72 = v70.message;
    if (v72 === undefined) return false;
    if (typeof v72 !== 'string') return false;
  }
  const v73 = v58.result;
  if (v73 === undefined) return false;
  if (!isAigBillingDeleteSpendingLimitResult(v73)) return false;
  const v74 = v58.result_info;
  if (v74 !== undefined) {
    if (typeof v74 !== 'object' || v74 === null || Array.isArray(v74)) return false;
    const v75 = v74 as unknown as Record<string, unknown>;
    const v76 = v75.has_more;
    if (v76 === undefined) return false;
    if (typeof v76 !== 'boolean') return false;
    const v77 = v75.page;
    if (v77 === undefined) return false;
    if (typeof v77 !== 'number' || !Number.isFinite(v77)) return false;
    const v78 = v75.per_page;
    if (v78 === undefined) return false;
    if (typeof v78 !== 'number' || !Number.isFinite(v78)) return false;
    const v79 = v75.total_count;
    if (v79 === undefined) return false;
    if (typeof v79 !== 'number' || !Number.isFinite(v79)) return false;
  }
  const v80 = v58.success;
  if (v80 === undefined) return false;
  if (!(v80 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResponse} is false. */
export function explainAigBillingDeleteSpendingLimitResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v81 = value as unknown as Record<string, unknown>;
    const v82 = v81.errors;
    if (v82 === undefined) {
      fail(issues, path + '/errors', 'array', v82, 'is required');
    } else {
      if (!Array.isArray(v82)) {
        fail(issues, path + '/errors', 'array', v82);
      } else {
        const v83: unknown[] = v82 as unknown[];
        for (let v84 = 0; v84 < v83.length; v84++) {
          const v85 = v83[v84];
          if (typeof v85 !== 'object' || v85 === null || Array.isArray(v85)) {
            fail(issues, path + '/errors' + '/' + v84, 'object', v85);
          } else {
            const v86 = v85 as unknown as Record<string, unknown>;
            const v87 = v86.code;
            if (v87 === undefined) {
              fail(issues, path + '/errors' + '/' + v84 + '/code', 'number', v87, 'is required');
            } else {
              if (typeof v87 !== 'number' || !Number.isFinite(v87)) {
                fail(issues, path + '/errors' + '/' + v84 + '/code', 'number', v87);
              } else {
              }
            }
            const v88 = v86.message;
            if (v88 === undefined) {
              fail(issues, path + '/errors' + '/' + v84 + '/message', 'string', v88, 'is required');
            } else {
              if (typeof v88 !== 'string') {
                fail(issues, path + '/errors' + '/' + v84 + '/message', 'string', v88);
              } else {
              }
            }
          }
        }
      }
    }
    const v89 = v81.messages;
    if (v89 === undefined) {
      fail(issues, path + '/messages', 'array', v89, 'is required');
    } else {
      if (!Array.isArray(v89)) {
        fail(issues, path + '/messages', 'array', v89);
      } else {
        const v90: unknown[] = v89 as unknown[];
        for (let v91 = 0; v91 < v90.length; v91++) {
          const v92 = v90[v91];
          if (typeof v92 !== 'object' || v92 === null || Array.isArray(v92)) {
            fail(issues, path + '/messages' + '/' + v91, 'object', v92);
          } else {
            const v93 = v92 as unknown as Record<string, unknown>;
            const v94 = v93.code;
            if (v94 === undefined) {
              fail(issues, path + '/messages' + '/' + v91 + '/code', 'number', v94, 'is required');
            } else {
              if (typeof v94 !== 'number' || !Number.isFinite(v94)) {
                fail(issues, path + '/messages' + '/' + v91 + '/code', 'number', v94);
              } else {
              }
            }
            const v95 = v93.message;
            if (v95 === undefined) {
              fail(issues, path + '/messages' + '/' + v91 + '/message', 'string', v95, 'is required');
            } else {
              if (typeof v95 !== 'string') {
                fail(issues, path + '/messages' + '/' + v91 + '/message', 'string', v95);
              } else {
              }
            }
          }
        }
      }
    }
    const v96 = v81.result;
    if (v96 === undefined) {
      fail(issues, path + '/result', 'a value', v96, 'is required');
    } else {
      explainAigBillingDeleteSpendingLimitResult(v96, path + '/result', issues);
    }
    const v97 = v81.result_info;
    if (v97 !== undefined) {
      if (typeof v97 !== 'object' || v97 === null || Array.isArray(v97)) {
        fail(issues, path + '/result_info', 'object', v97);
      } else {
        const v98 = v97 as unknown as Record<string, unknown>;
        const v99 = v98.has_more;
        if (v99 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v99, 'is required');
        } else {
          if (typeof v99 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v99);
          }
        }
        const v100 = v98.page;
        if (v100 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v100, 'is required');
        } else {
          if (typeof v100 !== 'number' || !Number.isFinite(v100)) {
            fail(issues, path + '/result_info' + '/page', 'number', v100);
          } else {
          }
        }
        const v101 = v98.per_page;
        if (v101 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v101, 'is required');
        } else {
          if (typeof v101 !== 'number' || !Number.isFinite(v101)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v101);
          } else {
          }
        }
        const v102 = v98.total_count;
        if (v102 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v102, 'is required');
        } else {
          if (typeof v102 !== 'number' || !Number.isFinite(v102)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v102);
          } else {
          }
        }
      }
    }
    const v103 = v81.success;
    if (v103 === undefined) {
      fail(issues, path + '/success', 'enum', v103, 'is required');
    } else {
      if (!(v103 === true)) {
        fail(issues, path + '/success', 'one of true', v103);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingDeleteSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingDeleteSpendingLimitResponse(
  value: unknown,
): ValidationResult<AigBillingDeleteSpendingLimitResponse> {
  return isAigBillingDeleteSpendingLimitResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingDeleteSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResult}. Fast: returns at the first problem. */
export function isAigBillingDeleteSpendingLimitResult(value: unknown): value is AigBillingDeleteSpendingLimitResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v104 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResult} is false. */
export function explainAigBillingDeleteSpendingLimitResult(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v105 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link AigBillingDeleteSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingDeleteSpendingLimitResult(
  value: unknown,
): ValidationResult<AigBillingDeleteSpendingLimitResult> {
  return isAigBillingDeleteSpendingLimitResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingDeleteSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResponse}. Fast: returns at the first problem. */
export function isAigBillingDeleteTopupConfigResponse(value: unknown): value is AigBillingDeleteTopupConfigResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v106 = value as unknown as Record<string, unknown>;
  const v107 = v106.errors;
  if (v107 === undefined) return false;
  if (!Array.isArray(v107)) return false;
  const v108: unknown[] = v107;
  for (let v109 = 0; v109 < v108.length; v109++) {
    const v110 = v108[v109];
    if (typeof v110 !== 'object' || v110 === null || Array.isArray(v110)) return false;
    const v111 = v110 as unknown as Record<string, unknown>;
    const v112 = v111.code;
    if (v112 === undefined) return false;
    if (typeof v112 !== 'number' || !Number.isFinite(v112)) return false;
    const v113 = v111.message;
    if (v113 === undefined) return false;
    if (typeof v113 !== 'string') return false;
  }
  const v114 = v106.messages;
  if (v114 === undefined) return false;
  if (!Array.isArray(v114)) return false;
  const v115: unknown[] = v114;
  for (let v116 = 0; v116 < v115.length; v116++) {
    const v117 = v115[v116];
    if (typeof v117 !== 'object' || v117 === null || Array.isArray(v117)) return false;
    const v118 = v117 as unknown as Record<string, unknown>;
    const v119 = v118.code;
    if (v119 === undefined) return false;
    if (typeof v119 !== 'number' || !Number.isFinite(v119)) return false;
    const v120 = v118.message;
    if (v120 === undefined) return false;
    if (typeof v120 !== 'string') return false;
  }
  const v121 = v106.result;
  if (v121 === undefined) return false;
  if (!isAigBillingDeleteTopupConfigResult(v121)) return false;
  const v122 = v106.result_info;
  if (v122 !== undefined) {
    if (typeof v122 !== 'object' || v122 === null || Array.isArray(v122)) return false;
    const v123 = v122 as unknown as Record<string, unknown>;
    const v124 = v123.has_more;
    if (v124 === undefined) return false;
    if (typeof v124 !== 'boolean') return false;
    const v125 = v123.page;
    if (v125 === undefined) return false;
    if (typeof v125 !== 'number' || !Number.isFinite(v125)) return false;
    const v126 = v123.per_page;
    if (v126 === undefined) return false;
    if (typeof v126 !== 'number' || !Number.isFinite(v126)) return false;
    const v127 = v123.total_count;
    if (v127 === undefined) return false;
    if (typeof v127 !== 'number' || !Number.isFinite(v127)) return false;
  }
  const v128 = v106.success;
  if (v128 === undefined) return false;
  if (!(v128 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteTopupConfigResponse} is false. */
export function explainAigBillingDeleteTopupConfigResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v129 = value as unknown as Record<string, unknown>;
    const v130 = v129.errors;
    if (v130 === undefined) {
      fail(issues, path + '/errors', 'array', v130, 'is required');
    } else {
      if (!Array.isArray(v130)) {
        fail(issues, path + '/errors', 'array', v130);
      } else {
        const v131: unknown[] = v130 as unknown[];
        for (let v132 = 0; v132 < v131.length; v132++) {
          const v133 = v131[v132];
          if (typeof v133 !== 'object' || v133 === null || Array.isArray(v133)) {
            fail(issues, path + '/errors' + '/' + v132, 'object', v133);
          } else {
            const v134 = v133 as unknown as Record<string, unknown>;
            const v135 = v134.code;
            if (v135 === undefined) {
              fail(issues, path + '/errors' + '/' + v132 + '/code', 'number', v135, 'is required');
            } else {
              if (typeof v135 !== 'number' || !Number.isFinite(v135)) {
                fail(issues, path + '/errors' + '/' + v132 + '/code', 'number', v135);
              } else {
              }
            }
            const v136 = v134.message;
            if (v136 === undefined) {
              fail(issues, path + '/errors' + '/' + v132 + '/message', 'string', v136, 'is required');
            } else {
              if (typeof v136 !== 'string') {
                fail(issues, path + '/errors' + '/' + v132 + '/message', 'string', v136);
              } else {
              }
            }
          }
        }
      }
    }
    const v137 = v129.messages;
    if (v137 === undefined) {
      fail(issues, path + '/messages', 'array', v137, 'is required');
    } else {
      if (!Array.isArray(v137)) {
        fail(issues, path + '/messages', 'array', v137);
      } else {
        const v138: unknown[] = v137 as unknown[];
        for (let v139 = 0; v139 < v138.length; v139++) {
          const v140 = v138[v139];
          if (typeof v140 !== 'object' || v140 === null || Array.isArray(v140)) {
            fail(issues, path + '/messages' + '/' + v139, 'object', v140);
          } else {
            const v141 = v140 as unknown as Record<string, unknown>;
            const v142 = v141.code;
            if (v142 === undefined) {
              fail(issues, path + '/messages' + '/' + v139 + '/code', 'number', v142, 'is required');
            } else {
              if (typeof v142 !== 'number' || !Number.isFinite(v142)) {
                fail(issues, path + '/messages' + '/' + v139 + '/code', 'number', v142);
              } else {
              }
            }
            const v143 = v141.message;
            if (v143 === undefined) {
              fail(issues, path + '/messages' + '/' + v139 + '/message', 'string', v143, 'is required');
            } else {
              if (typeof v143 !== 'string') {
                fail(issues, path + '/messages' + '/' + v139 + '/message', 'string', v143);
              } else {
              }
            }
          }
        }
      }
    }
    const v144 = v129.result;
    if (v144 === undefined) {
      fail(issues, path + '/result', 'a value', v144, 'is required');
    } else {
      explainAigBillingDeleteTopupConfigResult(v144, path + '/result', issues);
    }
    const v145 = v129.result_info;
    if (v145 !== undefined) {
      if (typeof v145 !== 'object' || v145 === null || Array.isArray(v145)) {
        fail(issues, path + '/result_info', 'object', v145);
      } else {
        const v146 = v145 as unknown as Record<string, unknown>;
        const v147 = v146.has_more;
        if (v147 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v147, 'is required');
        } else {
          if (typeof v147 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v147);
          }
        }
        const v148 = v146.page;
        if (v148 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v148, 'is required');
        } else {
          if (typeof v148 !== 'number' || !Number.isFinite(v148)) {
            fail(issues, path + '/result_info' + '/page', 'number', v148);
          } else {
          }
        }
        const v149 = v146.per_page;
        if (v149 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v149, 'is required');
        } else {
          if (typeof v149 !== 'number' || !Number.isFinite(v149)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v149);
          } else {
          }
        }
        const v150 = v146.total_count;
        if (v150 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v150, 'is required');
        } else {
          if (typeof v150 !== 'number' || !Number.isFinite(v150)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v150);
          } else {
          }
        }
      }
    }
    const v151 = v129.success;
    if (v151 === undefined) {
      fail(issues, path + '/success', 'enum', v151, 'is required');
    } else {
      if (!(v151 === true)) {
        fail(issues, path + '/success', 'one of true', v151);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingDeleteTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingDeleteTopupConfigResponse(
  value: unknown,
): ValidationResult<AigBillingDeleteTopupConfigResponse> {
  return isAigBillingDeleteTopupConfigResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingDeleteTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResult}. Fast: returns at the first problem. */
export function isAigBillingDeleteTopupConfigResult(value: unknown): value is AigBillingDeleteTopupConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v152 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteTopupConfigResult} is false. */
export function explainAigBillingDeleteTopupConfigResult(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v153 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link AigBillingDeleteTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingDeleteTopupConfigResult(
  value: unknown,
): ValidationResult<AigBillingDeleteTopupConfigResult> {
  return isAigBillingDeleteTopupConfigResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingDeleteTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingErrorResponse}. Fast: returns at the first problem. */
export function isAigBillingErrorResponse(value: unknown): value is AigBillingErrorResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v154 = value as unknown as Record<string, unknown>;
  const v155 = v154.errors;
  if (v155 === undefined) return false;
  if (!Array.isArray(v155)) return false;
  const v156: unknown[] = v155;
  for (let v157 = 0; v157 < v156.length; v157++) {
    const v158 = v156[v157];
    if (typeof v158 !== 'object' || v158 === null || Array.isArray(v158)) return false;
    const v159 = v158 as unknown as Record<string, unknown>;
    const v160 = v159.code;
    if (v160 === undefined) return false;
    if (typeof v160 !== 'number' || !Number.isFinite(v160)) return false;
    const v161 = v159.message;
    if (v161 === undefined) return false;
    if (typeof v161 !== 'string') return false;
  }
  const v162 = v154.result;
  if (v162 === undefined) return false;
  if (v162 !== null) {
    if (typeof v162 !== 'object' || v162 === null || Array.isArray(v162)) return false;
    const v163 = v162 as unknown as Record<string, unknown>;
  }
  const v164 = v154.success;
  if (v164 === undefined) return false;
  if (!(v164 === false)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingErrorResponse} is false. */
export function explainAigBillingErrorResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v165 = value as unknown as Record<string, unknown>;
    const v166 = v165.errors;
    if (v166 === undefined) {
      fail(issues, path + '/errors', 'array', v166, 'is required');
    } else {
      if (!Array.isArray(v166)) {
        fail(issues, path + '/errors', 'array', v166);
      } else {
        const v167: unknown[] = v166 as unknown[];
        for (let v168 = 0; v168 < v167.length; v168++) {
          const v169 = v167[v168];
          if (typeof v169 !== 'object' || v169 === null || Array.isArray(v169)) {
            fail(issues, path + '/errors' + '/' + v168, 'object', v169);
          } else {
            const v170 = v169 as unknown as Record<string, unknown>;
            const v171 = v170.code;
            if (v171 === undefined) {
              fail(issues, path + '/errors' + '/' + v168 + '/code', 'number', v171, 'is required');
            } else {
              if (typeof v171 !== 'number' || !Number.isFinite(v171)) {
                fail(issues, path + '/errors' + '/' + v168 + '/code', 'number', v171);
              } else {
              }
            }
            const v172 = v170.message;
            if (v172 === undefined) {
              fail(issues, path + '/errors' + '/' + v168 + '/message', 'string', v172, 'is required');
            } else {
              if (typeof v172 !== 'string') {
                fail(issues, path + '/errors' + '/' + v168 + '/message', 'string', v172);
              } else {
              }
            }
          }
        }
      }
    }
    const v173 = v165.result;
    if (v173 === undefined) {
      fail(issues, path + '/result', 'object or null', v173, 'is required');
    } else {
      if (v173 !== null) {
        if (typeof v173 !== 'object' || v173 === null || Array.isArray(v173)) {
          fail(issues, path + '/result', 'object', v173);
        } else {
          const v174 = v173 as unknown as Record<string, unknown>;
        }
      }
    }
    const v175 = v165.success;
    if (v175 === undefined) {
      fail(issues, path + '/success', 'enum', v175, 'is required');
    } else {
      if (!(v175 === false)) {
        fail(issues, path + '/success', 'one of false', v175);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingErrorResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingErrorResponse(value: unknown): ValidationResult<AigBillingErrorResponse> {
  return isAigBillingErrorResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingErrorResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResponse}. Fast: returns at the first problem. */
export function isAigBillingGetCreditBalanceResponse(value: unknown): value is AigBillingGetCreditBalanceResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v176 = value as unknown as Record<string, unknown>;
  const v177 = v176.errors;
  if (v177 === undefined) return false;
  if (!Array.isArray(v177)) return false;
  const v178: unknown[] = v177;
  for (let v179 = 0; v179 < v178.length; v179++) {
    const v180 = v178[v179];
    if (typeof v180 !== 'object' || v180 === null || Array.isArray(v180)) return false;
    const v181 = v180 as unknown as Record<string, unknown>;
    const v182 = v181.code;
    if (v182 === undefined) return false;
    if (typeof v182 !== 'number' || !Number.isFinite(v182)) return false;
    const v183 = v181.message;
    if (v183 === undefined) return false;
    if (typeof v183 !== 'string') return false;
  }
  const v184 = v176.messages;
  if (v184 === undefined) return false;
  if (!Array.isArray(v184)) return false;
  const v185: unknown[] = v184;
  for (let v186 = 0; v186 < v185.length; v186++) {
    const v187 = v185[v186];
    if (typeof v187 !== 'object' || v187 === null || Array.isArray(v187)) return false;
    const v188 = v187 as unknown as Record<string, unknown>;
    const v189 = v188.code;
    if (v189 === undefined) return false;
    if (typeof v189 !== 'number' || !Number.isFinite(v189)) return false;
    const v190 = v188.message;
    if (v190 === undefined) return false;
    if (typeof v190 !== 'string') return false;
  }
  const v191 = v176.result;
  if (v191 === undefined) return false;
  if (!isAigBillingGetCreditBalanceResult(v191)) return false;
  const v192 = v176.result_info;
  if (v192 !== undefined) {
    if (typeof v192 !== 'object' || v192 === null || Array.isArray(v192)) return false;
    const v193 = v192 as unknown as Record<string, unknown>;
    const v194 = v193.has_more;
    if (v194 === undefined) return false;
    if (typeof v194 !== 'boolean') return false;
    const v195 = v193.page;
    if (v195 === undefined) return false;
    if (typeof v195 !== 'number' || !Number.isFinite(v195)) return false;
    const v196 = v193.per_page;
    if (v196 === undefined) return false;
    if (typeof v196 !== 'number' || !Number.isFinite(v196)) return false;
    const v197 = v193.total_count;
    if (v197 === undefined) return false;
    if (typeof v197 !== 'number' || !Number.isFinite(v197)) return false;
  }
  const v198 = v176.success;
  if (v198 === undefined) return false;
  if (!(v198 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResponse} is false. */
export function explainAigBillingGetCreditBalanceResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v199 = value as unknown as Record<string, unknown>;
    const v200 = v199.errors;
    if (v200 === undefined) {
      fail(issues, path + '/errors', 'array', v200, 'is required');
    } else {
      if (!Array.isArray(v200)) {
        fail(issues, path + '/errors', 'array', v200);
      } else {
        const v201: unknown[] = v200 as unknown[];
        for (let v202 = 0; v202 < v201.length; v202++) {
          const v203 = v201[v202];
          if (typeof v203 !== 'object' || v203 === null || Array.isArray(v203)) {
            fail(issues, path + '/errors' + '/' + v202, 'object', v203);
          } else {
            const v204 = v203 as unknown as Record<string, unknown>;
            const v205 = v204.code;
            if (v205 === undefined) {
              fail(issues, path + '/errors' + '/' + v202 + '/code', 'number', v205, 'is required');
            } else {
              if (typeof v205 !== 'number' || !Number.isFinite(v205)) {
                fail(issues, path + '/errors' + '/' + v202 + '/code', 'number', v205);
              } else {
              }
            }
            const v206 = v204.message;
            if (v206 === undefined) {
              fail(issues, path + '/errors' + '/' + v202 + '/message', 'string', v206, 'is required');
            } else {
              if (typeof v206 !== 'string') {
                fail(issues, path + '/errors' + '/' + v202 + '/message', 'string', v206);
              } else {
              }
            }
          }
        }
      }
    }
    const v207 = v199.messages;
    if (v207 === undefined) {
      fail(issues, path + '/messages', 'array', v207, 'is required');
    } else {
      if (!Array.isArray(v207)) {
        fail(issues, path + '/messages', 'array', v207);
      } else {
        const v208: unknown[] = v207 as unknown[];
        for (let v209 = 0; v209 < v208.length; v209++) {
          const v210 = v208[v209];
          if (typeof v210 !== 'object' || v210 === null || Array.isArray(v210)) {
            fail(issues, path + '/messages' + '/' + v209, 'object', v210);
          } else {
            const v211 = v210 as unknown as Record<string, unknown>;
            const v212 = v211.code;
            if (v212 === undefined) {
              fail(issues, path + '/messages' + '/' + v209 + '/code', 'number', v212, 'is required');
            } else {
              if (typeof v212 !== 'number' || !Number.isFinite(v212)) {
                fail(issues, path + '/messages' + '/' + v209 + '/code', 'number', v212);
              } else {
              }
            }
            const v213 = v211.message;
            if (v213 === undefined) {
              fail(issues, path + '/messages' + '/' + v209 + '/message', 'string', v213, 'is required');
            } else {
              if (typeof v213 !== 'string') {
                fail(issues, path + '/messages' + '/' + v209 + '/message', 'string', v213);
              } else {
              }
            }
          }
        }
      }
    }
    const v214 = v199.result;
    if (v214 === undefined) {
      fail(issues, path + '/result', 'a value', v214, 'is required');
    } else {
      explainAigBillingGetCreditBalanceResult(v214, path + '/result', issues);
    }
    const v215 = v199.result_info;
    if (v215 !== undefined) {
      if (typeof v215 !== 'object' || v215 === null || Array.isArray(v215)) {
        fail(issues, path + '/result_info', 'object', v215);
      } else {
        const v216 = v215 as unknown as Record<string, unknown>;
        const v217 = v216.has_more;
        if (v217 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v217, 'is required');
        } else {
          if (typeof v217 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v217);
          }
        }
        const v218 = v216.page;
        if (v218 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v218, 'is required');
        } else {
          if (typeof v218 !== 'number' || !Number.isFinite(v218)) {
            fail(issues, path + '/result_info' + '/page', 'number', v218);
          } else {
          }
        }
        const v219 = v216.per_page;
        if (v219 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v219, 'is required');
        } else {
          if (typeof v219 !== 'number' || !Number.isFinite(v219)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v219);
          } else {
          }
        }
        const v220 = v216.total_count;
        if (v220 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v220, 'is required');
        } else {
          if (typeof v220 !== 'number' || !Number.isFinite(v220)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v220);
          } else {
          }
        }
      }
    }
    const v221 = v199.success;
    if (v221 === undefined) {
      fail(issues, path + '/success', 'enum', v221, 'is required');
    } else {
      if (!(v221 === true)) {
        fail(issues, path + '/success', 'one of true', v221);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetCreditBalanceResponse(
  value: unknown,
): ValidationResult<AigBillingGetCreditBalanceResponse> {
  return isAigBillingGetCreditBalanceResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetCreditBalanceResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResult}. Fast: returns at the first problem. */
export function isAigBillingGetCreditBalanceResult(value: unknown): value is AigBillingGetCreditBalanceResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v222 = value as unknown as Record<string, unknown>;
  const v223 = v222.balance;
  if (v223 === undefined) return false;
  if (typeof v223 !== 'number' || !Number.isFinite(v223)) return false;
  const v224 = v222.first_topup_success;
  if (v224 !== undefined) {
    if (typeof v224 !== 'boolean') return false;
  }
  const v225 = v222.has_default_payment_method;
  if (v225 === undefined) return false;
  if (typeof v225 !== 'boolean') return false;
  const v226 = v222.payment_method;
  if (v226 === undefined) return false;
  if (v226 !== null) {
    if (typeof v226 !== 'object' || v226 === null || Array.isArray(v226)) return false;
    const v227 = v226 as unknown as Record<string, unknown>;
    const v228 = v227.brand;
    if (v228 !== undefined) {
      if (typeof v228 !== 'string') return false;
    }
    const v229 = v227.last4;
    if (v229 !== undefined) {
      if (typeof v229 !== 'string') return false;
    }
  }
  const v230 = v222.topup_config;
  if (v230 === undefined) return false;
  if (typeof v230 !== 'object' || v230 === null || Array.isArray(v230)) return false;
  const v231 = v230 as unknown as Record<string, unknown>;
  const v232 = v231.amount;
  if (v232 === undefined) return false;
  if (v232 !== null) {
    if (typeof v232 !== 'number' || !Number.isFinite(v232)) return false;
  }
  const v233 = v231.disabledReason;
  if (v233 === undefined) return false;
  if (v233 !== null) {
    if (typeof v233 !== 'string') return false;
  }
  const v234 = v231.error;
  if (v234 === undefined) return false;
  if (v234 !== null) {
    if (typeof v234 !== 'string') return false;
  }
  const v235 = v231.lastFailedAt;
  if (v235 === undefined) return false;
  if (v235 !== null) {
    if (typeof v235 !== 'number' || !Number.isFinite(v235)) return false;
  }
  const v236 = v231.threshold;
  if (v236 === undefined) return false;
  if (v236 !== null) {
    if (typeof v236 !== 'number' || !Number.isFinite(v236)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResult} is false. */
export function explainAigBillingGetCreditBalanceResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v237 = value as unknown as Record<string, unknown>;
    const v238 = v237.balance;
    if (v238 === undefined) {
      fail(issues, path + '/balance', 'number', v238, 'is required');
    } else {
      if (typeof v238 !== 'number' || !Number.isFinite(v238)) {
        fail(issues, path + '/balance', 'number', v238);
      } else {
      }
    }
    const v239 = v237.first_topup_success;
    if (v239 !== undefined) {
      if (typeof v239 !== 'boolean') {
        fail(issues, path + '/first_topup_success', 'boolean', v239);
      }
    }
    const v240 = v237.has_default_payment_method;
    if (v240 === undefined) {
      fail(issues, path + '/has_default_payment_method', 'boolean', v240, 'is required');
    } else {
      if (typeof v240 !== 'boolean') {
        fail(issues, path + '/has_default_payment_method', 'boolean', v240);
      }
    }
    const v241 = v237.payment_method;
    if (v241 === undefined) {
      fail(issues, path + '/payment_method', 'object or null', v241, 'is required');
    } else {
      if (v241 !== null) {
        if (typeof v241 !== 'object' || v241 === null || Array.isArray(v241)) {
          fail(issues, path + '/payment_method', 'object', v241);
        } else {
          const v242 = v241 as unknown as Record<string, unknown>;
          const v243 = v242.brand;
          if (v243 !== undefined) {
            if (typeof v243 !== 'string') {
              fail(issues, path + '/payment_method' + '/brand', 'string', v243);
            } else {
            }
          }
          const v244 = v242.last4;
          if (v244 !== undefined) {
            if (typeof v244 !== 'string') {
              fail(issues, path + '/payment_method' + '/last4', 'string', v244);
            } else {
            }
          }
        }
      }
    }
    const v245 = v237.topup_config;
    if (v245 === undefined) {
      fail(issues, path + '/topup_config', 'object', v245, 'is required');
    } else {
      if (typeof v245 !== 'object' || v245 === null || Array.isArray(v245)) {
        fail(issues, path + '/topup_config', 'object', v245);
      } else {
        const v246 = v245 as unknown as Record<string, unknown>;
        const v247 = v246.amount;
        if (v247 === undefined) {
          fail(issues, path + '/topup_config' + '/amount', 'number or null', v247, 'is required');
        } else {
          if (v247 !== null) {
            if (typeof v247 !== 'number' || !Number.isFinite(v247)) {
              fail(issues, path + '/topup_config' + '/amount', 'number', v247);
            } else {
            }
          }
        }
        const v248 = v246.disabledReason;
        if (v248 === undefined) {
          fail(issues, path + '/topup_config' + '/disabledReason', 'string or null', v248, 'is required');
        } else {
          if (v248 !== null) {
            if (typeof v248 !== 'string') {
              fail(issues, path + '/topup_config' + '/disabledReason', 'string', v248);
            } else {
            }
          }
        }
        const v249 = v246.error;
        if (v249 === undefined) {
          fail(issues, path + '/topup_config' + '/error', 'string or null', v249, 'is required');
        } else {
          if (v249 !== null) {
            if (typeof v249 !== 'string') {
              fail(issues, path + '/topup_config' + '/error', 'string', v249);
            } else {
            }
          }
        }
        const v250 = v246.lastFailedAt;
        if (v250 === undefined) {
          fail(issues, path + '/topup_config' + '/lastFailedAt', 'number or null', v250, 'is required');
        } else {
          if (v250 !== null) {
            if (typeof v250 !== 'number' || !Number.isFinite(v250)) {
              fail(issues, path + '/topup_config' + '/lastFailedAt', 'number', v250);
            } else {
            }
          }
        }
        const v251 = v246.threshold;
        if (v251 === undefined) {
          fail(issues, path + '/topup_config' + '/threshold', 'number or null', v251, 'is required');
        } else {
          if (v251 !== null) {
            if (typeof v251 !== 'number' || !Number.isFinite(v251)) {
              fail(issues, path + '/topup_config' + '/threshold', 'number', v251);
            } else {
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetCreditBalanceResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetCreditBalanceResult(
  value: unknown,
): ValidationResult<AigBillingGetCreditBalanceResult> {
  return isAigBillingGetCreditBalanceResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetCreditBalanceResult) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResponse}. Fast: returns at the first problem. */
export function isAigBillingGetInvoiceHistoryResponse(value: unknown): value is AigBillingGetInvoiceHistoryResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v252 = value as unknown as Record<string, unknown>;
  const v253 = v252.errors;
  if (v253 === undefined) return false;
  if (!Array.isArray(v253)) return false;
  const v254: unknown[] = v253;
  for (let v255 = 0; v255 < v254.length; v255++) {
    const v256 = v254[v255];
    if (typeof v256 !== 'object' || v256 === null || Array.isArray(v256)) return false;
    const v257 = v256 as unknown as Record<string, unknown>;
    const v258 = v257.code;
    if (v258 === undefined) return false;
    if (typeof v258 !== 'number' || !Number.isFinite(v258)) return false;
    const v259 = v257.message;
    if (v259 === undefined) return false;
    if (typeof v259 !== 'string') return false;
  }
  const v260 = v252.messages;
  if (v260 === undefined) return false;
  if (!Array.isArray(v260)) return false;
  const v261: unknown[] = v260;
  for (let v262 = 0; v262 < v261.length; v262++) {
    const v263 = v261[v262];
    if (typeof v263 !== 'object' || v263 === null || Array.isArray(v263)) return false;
    const v264 = v263 as unknown as Record<string, unknown>;
    const v265 = v264.code;
    if (v265 === undefined) return false;
    if (typeof v265 !== 'number' || !Number.isFinite(v265)) return false;
    const v266 = v264.message;
    if (v266 === undefined) return false;
    if (typeof v266 !== 'string') return false;
  }
  const v267 = v252.result;
  if (v267 === undefined) return false;
  if (!isAigBillingGetInvoiceHistoryResult(v267)) return false;
  const v268 = v252.result_info;
  if (v268 !== undefined) {
    if (typeof v268 !== 'object' || v268 === null || Array.isArray(v268)) return false;
    const v269 = v268 as unknown as Record<string, unknown>;
    const v270 = v269.has_more;
    if (v270 === undefined) return false;
    if (typeof v270 !== 'boolean') return false;
    const v271 = v269.page;
    if (v271 === undefined) return false;
    if (typeof v271 !== 'number' || !Number.isFinite(v271)) return false;
    const v272 = v269.per_page;
    if (v272 === undefined) return false;
    if (typeof v272 !== 'number' || !Number.isFinite(v272)) return false;
    const v273 = v269.total_count;
    if (v273 === undefined) return false;
    if (typeof v273 !== 'number' || !Number.isFinite(v273)) return false;
  }
  const v274 = v252.success;
  if (v274 === undefined) return false;
  if (!(v274 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResponse} is false. */
export function explainAigBillingGetInvoiceHistoryResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v275 = value as unknown as Record<string, unknown>;
    const v276 = v275.errors;
    if (v276 === undefined) {
      fail(issues, path + '/errors', 'array', v276, 'is required');
    } else {
      if (!Array.isArray(v276)) {
        fail(issues, path + '/errors', 'array', v276);
      } else {
        const v277: unknown[] = v276 as unknown[];
        for (let v278 = 0; v278 < v277.length; v278++) {
          const v279 = v277[v278];
          if (typeof v279 !== 'object' || v279 === null || Array.isArray(v279)) {
            fail(issues, path + '/errors' + '/' + v278, 'object', v279);
          } else {
            const v280 = v279 as unknown as Record<string, unknown>;
            const v281 = v280.code;
            if (v281 === undefined) {
              fail(issues, path + '/errors' + '/' + v278 + '/code', 'number', v281, 'is required');
            } else {
              if (typeof v281 !== 'number' || !Number.isFinite(v281)) {
                fail(issues, path + '/errors' + '/' + v278 + '/code', 'number', v281);
              } else {
              }
            }
            const v282 = v280.message;
            if (v282 === undefined) {
              fail(issues, path + '/errors' + '/' + v278 + '/message', 'string', v282, 'is required');
            } else {
              if (typeof v282 !== 'string') {
                fail(issues, path + '/errors' + '/' + v278 + '/message', 'string', v282);
              } else {
              }
            }
          }
        }
      }
    }
    const v283 = v275.messages;
    if (v283 === undefined) {
      fail(issues, path + '/messages', 'array', v283, 'is required');
    } else {
      if (!Array.isArray(v283)) {
        fail(issues, path + '/messages', 'array', v283);
      } else {
        const v284: unknown[] = v283 as unknown[];
        for (let v285 = 0; v285 < v284.length; v285++) {
          const v286 = v284[v285];
          if (typeof v286 !== 'object' || v286 === null || Array.isArray(v286)) {
            fail(issues, path + '/messages' + '/' + v285, 'object', v286);
          } else {
            const v287 = v286 as unknown as Record<string, unknown>;
            const v288 = v287.code;
            if (v288 === undefined) {
              fail(issues, path + '/messages' + '/' + v285 + '/code', 'number', v288, 'is required');
            } else {
              if (typeof v288 !== 'number' || !Number.isFinite(v288)) {
                fail(issues, path + '/messages' + '/' + v285 + '/code', 'number', v288);
              } else {
              }
            }
            const v289 = v287.message;
            if (v289 === undefined) {
              fail(issues, path + '/messages' + '/' + v285 + '/message', 'string', v289, 'is required');
            } else {
              if (typeof v289 !== 'string') {
                fail(issues, path + '/messages' + '/' + v285 + '/message', 'string', v289);
              } else {
              }
            }
          }
        }
      }
    }
    const v290 = v275.result;
    if (v290 === undefined) {
      fail(issues, path + '/result', 'a value', v290, 'is required');
    } else {
      explainAigBillingGetInvoiceHistoryResult(v290, path + '/result', issues);
    }
    const v291 = v275.result_info;
    if (v291 !== undefined) {
      if (typeof v291 !== 'object' || v291 === null || Array.isArray(v291)) {
        fail(issues, path + '/result_info', 'object', v291);
      } else {
        const v292 = v291 as unknown as Record<string, unknown>;
        const v293 = v292.has_more;
        if (v293 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v293, 'is required');
        } else {
          if (typeof v293 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v293);
          }
        }
        const v294 = v292.page;
        if (v294 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v294, 'is required');
        } else {
          if (typeof v294 !== 'number' || !Number.isFinite(v294)) {
            fail(issues, path + '/result_info' + '/page', 'number', v294);
          } else {
          }
        }
        const v295 = v292.per_page;
        if (v295 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v295, 'is required');
        } else {
          if (typeof v295 !== 'number' || !Number.isFinite(v295)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v295);
          } else {
          }
        }
        const v296 = v292.total_count;
        if (v296 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v296, 'is required');
        } else {
          if (typeof v296 !== 'number' || !Number.isFinite(v296)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v296);
          } else {
          }
        }
      }
    }
    const v297 = v275.success;
    if (v297 === undefined) {
      fail(issues, path + '/success', 'enum', v297, 'is required');
    } else {
      if (!(v297 === true)) {
        fail(issues, path + '/success', 'one of true', v297);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetInvoiceHistoryResponse(
  value: unknown,
): ValidationResult<AigBillingGetInvoiceHistoryResponse> {
  return isAigBillingGetInvoiceHistoryResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoiceHistoryResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResult}. Fast: returns at the first problem. */
export function isAigBillingGetInvoiceHistoryResult(value: unknown): value is AigBillingGetInvoiceHistoryResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v298 = value as unknown as Record<string, unknown>;
  const v299 = v298.invoices;
  if (v299 === undefined) return false;
  if (!Array.isArray(v299)) return false;
  const v300: unknown[] = v299;
  for (let v301 = 0; v301 < v300.length; v301++) {
    const v302 = v300[v301];
    if (typeof v302 !== 'object' || v302 === null || Array.isArray(v302)) return false;
    const v303 = v302 as unknown as Record<string, unknown>;
    const v304 = v303.amount_due;
    if (v304 === undefined) return false;
    if (typeof v304 !== 'number' || !Number.isFinite(v304)) return false;
    const v305 = v303.amount_paid;
    if (v305 === undefined) return false;
    if (typeof v305 !== 'number' || !Number.isFinite(v305)) return false;
    const v306 = v303.amount_remaining;
    if (v306 === undefined) return false;
    if (typeof v306 !== 'number' || !Number.isFinite(v306)) return false;
    const v307 = v303.attempt_count;
    if (v307 !== undefined) {
      if (typeof v307 !== 'number' || !Number.isFinite(v307)) return false;
    }
    const v308 = v303.attempted;
    if (v308 !== undefined) {
      if (typeof v308 !== 'boolean') return false;
    }
    const v309 = v303.auto_advance;
    if (v309 !== undefined) {
      if (v309 !== null) {
        if (typeof v309 !== 'boolean') return false;
      }
    }
    const v310 = v303.created;
    if (v310 !== undefined) {
      if (typeof v310 !== 'number' || !Number.isFinite(v310)) return false;
    }
    const v311 = v303.created_by;
    if (v311 !== undefined) {
      if (typeof v311 !== 'string') return false;
    }
    const v312 = v303.currency;
    if (v312 === undefined) return false;
    if (typeof v312 !== 'string') return false;
    const v313 = v303.description;
    if (v313 !== undefined) {
      if (v313 !== null) {
        if (typeof v313 !== 'string') return false;
      }
    }
    const v314 = v303.id;
    if (v314 !== undefined) {
      if (v314 !== null) {
        if (typeof v314 !== 'string') return false;
      }
    }
    const v315 = v303.invoice_origin;
    if (v315 !== undefined) {
      if (typeof v315 !== 'string') return false;
    }
    const v316 = v303.invoice_pdf;
    if (v316 !== undefined) {
      if (v316 !== null) {
        if (typeof v316 !== 'string') return false;
      }
    }
    const v317 = v303.status;
    if (v317 !== undefined) {
      if (v317 !== null) {
        if (typeof v317 !== 'string') return false;
      }
    }
  }
  const v318 = v298.pagination;
  if (v318 === undefined) return false;
  if (typeof v318 !== 'object' || v318 === null || Array.isArray(v318)) return false;
  const v319 = v318 as unknown as Record<string, unknown>;
  const v320 = v319.has_more;
  if (v320 === undefined) return false;
  if (typeof v320 !== 'boolean') return false;
  const v321 = v319.page;
  if (v321 === undefined) return false;
  if (typeof v321 !== 'number' || !Number.isFinite(v321)) return false;
  const v322 = v319.per_page;
  if (v322 === undefined) return false;
  if (typeof v322 !== 'number' || !Number.isFinite(v322)) return false;
  const v323 = v319.total_count;
  if (v323 === undefined) return false;
  if (typeof v323 !== 'number' || !Number.isFinite(v323)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResult} is false. */
export function explainAigBillingGetInvoiceHistoryResult(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v324 = value as unknown as Record<string, unknown>;
    const v325 = v324.invoices;
    if (v325 === undefined) {
      fail(issues, path + '/invoices', 'array', v325, 'is required');
    } else {
      if (!Array.isArray(v325)) {
        fail(issues, path + '/invoices', 'array', v325);
      } else {
        const v326: unknown[] = v325 as unknown[];
        for (let v327 = 0; v327 < v326.length; v327++) {
          const v328 = v326[v327];
          if (typeof v328 !== 'object' || v328 === null || Array.isArray(v328)) {
            fail(issues, path + '/invoices' + '/' + v327, 'object', v328);
          } else {
            const v329 = v328 as unknown as Record<string, unknown>;
            const v330 = v329.amount_due;
            if (v330 === undefined) {
              fail(issues, path + '/invoices' + '/' + v327 + '/amount_due', 'number', v330, 'is required');
            } else {
              if (typeof v330 !== 'number' || !Number.isFinite(v330)) {
                fail(issues, path + '/invoices' + '/' + v327 + '/amount_due', 'number', v330);
              } else {
              }
            }
            const v331 = v329.amount_paid;
            if (v331 === undefined) {
              fail(issues, path + '/invoices' + '/' + v327 + '/amount_paid', 'number', v331, 'is required');
            } else {
              if (typeof v331 !== 'number' || !Number.isFinite(v331)) {
                fail(issues, path + '/invoices' + '/' + v327 + '/amount_paid', 'number', v331);
              } else {
              }
            }
            const v332 = v329.amount_remaining;
            if (v332 === undefined) {
              fail(issues, path + '/invoices' + '/' + v327 + '/amount_remaining', 'number', v332, 'is required');
            } else {
              if (typeof v332 !== 'number' || !Number.isFinite(v332)) {
                fail(issues, path + '/invoices' + '/' + v327 + '/amount_remaining', 'number', v332);
              } else {
              }
            }
            const v333 = v329.attempt_count;
            if (v333 !== undefined) {
              if (typeof v333 !== 'number' || !Number.isFinite(v333)) {
                fail(issues, path + '/invoices' + '/' + v327 + '/attempt_count', 'number', v333);
              } else {
              }
            }
            const v334 = v329.attempted;
            if (v334 !== undefined) {
              if (typeof v334 !== 'boolean') {
                fail(issues, path + '/invoices' + '/' + v327 + '/attempted', 'boolean', v334);
              }
            }
            const v335 = v329.auto_advance;
            if (v335 !== undefined) {
              if (v335 !== null) {
                if (typeof v335 !== 'boolean') {
                  fail(issues, path + '/invoices' + '/' + v327 + '/auto_advance', 'boolean', v335);
                }
              }
            }
            const v336 = v329.created;
            if (v336 !== undefined) {
              if (typeof v336 !== 'number' || !Number.isFinite(v336)) {
                fail(issues, path + '/invoices' + '/' + v327 + '/created', 'number', v336);
              } else {
              }
            }
            const v337 = v329.created_by;
            if (v337 !== undefined) {
              if (typeof v337 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v327 + '/created_by', 'string', v337);
              } else {
              }
            }
            const v338 = v329.currency;
            if (v338 === undefined) {
              fail(issues, path + '/invoices' + '/' + v327 + '/currency', 'string', v338, 'is required');
            } else {
              if (typeof v338 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v327 + '/currency', 'string', v338);
              } else {
              }
            }
            const v339 = v329.description;
            if (v339 !== undefined) {
              if (v339 !== null) {
                if (typeof v339 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v327 + '/description', 'string', v339);
                } else {
                }
              }
            }
            const v340 = v329.id;
            if (v340 !== undefined) {
              if (v340 !== null) {
                if (typeof v340 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v327 + '/id', 'string', v340);
                } else {
                }
              }
            }
            const v341 = v329.invoice_origin;
            if (v341 !== undefined) {
              if (typeof v341 !== 'string') {
                fail(issues, path + '/invoices' + '/' + v327 + '/invoice_origin', 'string', v341);
              } else {
              }
            }
            const v342 = v329.invoice_pdf;
            if (v342 !== undefined) {
              if (v342 !== null) {
                if (typeof v342 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v327 + '/invoice_pdf', 'string', v342);
                } else {
                }
              }
            }
            const v343 = v329.status;
            if (v343 !== undefined) {
              if (v343 !== null) {
                if (typeof v343 !== 'string') {
                  fail(issues, path + '/invoices' + '/' + v327 + '/status', 'string', v343);
                } else {
                }
              }
            }
          }
        }
      }
    }
    const v344 = v324.pagination;
    if (v344 === undefined) {
      fail(issues, path + '/pagination', 'object', v344, 'is required');
    } else {
      if (typeof v344 !== 'object' || v344 === null || Array.isArray(v344)) {
        fail(issues, path + '/pagination', 'object', v344);
      } else {
        const v345 = v344 as unknown as Record<string, unknown>;
        const v346 = v345.has_more;
        if (v346 === undefined) {
          fail(issues, path + '/pagination' + '/has_more', 'boolean', v346, 'is required');
        } else {
          if (typeof v346 !== 'boolean') {
            fail(issues, path + '/pagination' + '/has_more', 'boolean', v346);
          }
        }
        const v347 = v345.page;
        if (v347 === undefined) {
          fail(issues, path + '/pagination' + '/page', 'number', v347, 'is required');
        } else {
          if (typeof v347 !== 'number' || !Number.isFinite(v347)) {
            fail(issues, path + '/pagination' + '/page', 'number', v347);
          } else {
          }
        }
        const v348 = v345.per_page;
        if (v348 === undefined) {
          fail(issues, path + '/pagination' + '/per_page', 'number', v348, 'is required');
        } else {
          if (typeof v348 !== 'number' || !Number.isFinite(v348)) {
            fail(issues, path + '/pagination' + '/per_page', 'number', v348);
          } else {
          }
        }
        const v349 = v345.total_count;
        if (v349 === undefined) {
          fail(issues, path + '/pagination' + '/total_count', 'number', v349, 'is required');
        } else {
          if (typeof v349 !== 'number' || !Number.isFinite(v349)) {
            fail(issues, path + '/pagination' + '/total_count', 'number', v349);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoiceHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetInvoiceHistoryResult(
  value: unknown,
): ValidationResult<AigBillingGetInvoiceHistoryResult> {
  return isAigBillingGetInvoiceHistoryResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoiceHistoryResult) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResponse}. Fast: returns at the first problem. */
export function isAigBillingGetInvoicePreviewResponse(value: unknown): value is AigBillingGetInvoicePreviewResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v350 = value as unknown as Record<string, unknown>;
  const v351 = v350.errors;
  if (v351 === undefined) return false;
  if (!Array.isArray(v351)) return false;
  const v352: unknown[] = v351;
  for (let v353 = 0; v353 < v352.length; v353++) {
    const v354 = v352[v353];
    if (typeof v354 !== 'object' || v354 === null || Array.isArray(v354)) return false;
    const v355 = v354 as unknown as Record<string, unknown>;
    const v356 = v355.code;
    if (v356 === undefined) return false;
    if (typeof v356 !== 'number' || !Number.isFinite(v356)) return false;
    const v357 = v355.message;
    if (v357 === undefined) return false;
    if (typeof v357 !== 'string') return false;
  }
  const v358 = v350.messages;
  if (v358 === undefined) return false;
  if (!Array.isArray(v358)) return false;
  const v359: unknown[] = v358;
  for (let v360 = 0; v360 < v359.length; v360++) {
    const v361 = v359[v360];
    if (typeof v361 !== 'object' || v361 === null || Array.isArray(v361)) return false;
    const v362 = v361 as unknown as Record<string, unknown>;
    const v363 = v362.code;
    if (v363 === undefined) return false;
    if (typeof v363 !== 'number' || !Number.isFinite(v363)) return false;
    const v364 = v362.message;
    if (v364 === undefined) return false;
    if (typeof v364 !== 'string') return false;
  }
  const v365 = v350.result;
  if (v365 === undefined) return false;
  if (!isAigBillingGetInvoicePreviewResult(v365)) return false;
  const v366 = v350.result_info;
  if (v366 !== undefined) {
    if (typeof v366 !== 'object' || v366 === null || Array.isArray(v366)) return false;
    const v367 = v366 as unknown as Record<string, unknown>;
    const v368 = v367.has_more;
    if (v368 === undefined) return false;
    if (typeof v368 !== 'boolean') return false;
    const v369 = v367.page;
    if (v369 === undefined) return false;
    if (typeof v369 !== 'number' || !Number.isFinite(v369)) return false;
    const v370 = v367.per_page;
    if (v370 === undefined) return false;
    if (typeof v370 !== 'number' || !Number.isFinite(v370)) return false;
    const v371 = v367.total_count;
    if (v371 === undefined) return false;
    if (typeof v371 !== 'number' || !Number.isFinite(v371)) return false;
  }
  const v372 = v350.success;
  if (v372 === undefined) return false;
  if (!(v372 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResponse} is false. */
export function explainAigBillingGetInvoicePreviewResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v373 = value as unknown as Record<string, unknown>;
    const v374 = v373.errors;
    if (v374 === undefined) {
      fail(issues, path + '/errors', 'array', v374, 'is required');
    } else {
      if (!Array.isArray(v374)) {
        fail(issues, path + '/errors', 'array', v374);
      } else {
        const v375: unknown[] = v374 as unknown[];
        for (let v376 = 0; v376 < v375.length; v376++) {
          const v377 = v375[v376];
          if (typeof v377 !== 'object' || v377 === null || Array.isArray(v377)) {
            fail(issues, path + '/errors' + '/' + v376, 'object', v377);
          } else {
            const v378 = v377 as unknown as Record<string, unknown>;
            const v379 = v378.code;
            if (v379 === undefined) {
              fail(issues, path + '/errors' + '/' + v376 + '/code', 'number', v379, 'is required');
            } else {
              if (typeof v379 !== 'number' || !Number.isFinite(v379)) {
                fail(issues, path + '/errors' + '/' + v376 + '/code', 'number', v379);
              } else {
              }
            }
            const v380 = v378.message;
            if (v380 === undefined) {
              fail(issues, path + '/errors' + '/' + v376 + '/message', 'string', v380, 'is required');
            } else {
              if (typeof v380 !== 'string') {
                fail(issues, path + '/errors' + '/' + v376 + '/message', 'string', v380);
              } else {
              }
            }
          }
        }
      }
    }
    const v381 = v373.messages;
    if (v381 === undefined) {
      fail(issues, path + '/messages', 'array', v381, 'is required');
    } else {
      if (!Array.isArray(v381)) {
        fail(issues, path + '/messages', 'array', v381);
      } else {
        const v382: unknown[] = v381 as unknown[];
        for (let v383 = 0; v383 < v382.length; v383++) {
          const v384 = v382[v383];
          if (typeof v384 !== 'object' || v384 === null || Array.isArray(v384)) {
            fail(issues, path + '/messages' + '/' + v383, 'object', v384);
          } else {
            const v385 = v384 as unknown as Record<string, unknown>;
            const v386 = v385.code;
            if (v386 === undefined) {
              fail(issues, path + '/messages' + '/' + v383 + '/code', 'number', v386, 'is required');
            } else {
              if (typeof v386 !== 'number' || !Number.isFinite(v386)) {
                fail(issues, path + '/messages' + '/' + v383 + '/code', 'number', v386);
              } else {
              }
            }
            const v387 = v385.message;
            if (v387 === undefined) {
              fail(issues, path + '/messages' + '/' + v383 + '/message', 'string', v387, 'is required');
            } else {
              if (typeof v387 !== 'string') {
                fail(issues, path + '/messages' + '/' + v383 + '/message', 'string', v387);
              } else {
              }
            }
          }
        }
      }
    }
    const v388 = v373.result;
    if (v388 === undefined) {
      fail(issues, path + '/result', 'a value', v388, 'is required');
    } else {
      explainAigBillingGetInvoicePreviewResult(v388, path + '/result', issues);
    }
    const v389 = v373.result_info;
    if (v389 !== undefined) {
      if (typeof v389 !== 'object' || v389 === null || Array.isArray(v389)) {
        fail(issues, path + '/result_info', 'object', v389);
      } else {
        const v390 = v389 as unknown as Record<string, unknown>;
        const v391 = v390.has_more;
        if (v391 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v391, 'is required');
        } else {
          if (typeof v391 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v391);
          }
        }
        const v392 = v390.page;
        if (v392 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v392, 'is required');
        } else {
          if (typeof v392 !== 'number' || !Number.isFinite(v392)) {
            fail(issues, path + '/result_info' + '/page', 'number', v392);
          } else {
          }
        }
        const v393 = v390.per_page;
        if (v393 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v393, 'is required');
        } else {
          if (typeof v393 !== 'number' || !Number.isFinite(v393)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v393);
          } else {
          }
        }
        const v394 = v390.total_count;
        if (v394 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v394, 'is required');
        } else {
          if (typeof v394 !== 'number' || !Number.isFinite(v394)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v394);
          } else {
          }
        }
      }
    }
    const v395 = v373.success;
    if (v395 === undefined) {
      fail(issues, path + '/success', 'enum', v395, 'is required');
    } else {
      if (!(v395 === true)) {
        fail(issues, path + '/success', 'one of true', v395);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetInvoicePreviewResponse(
  value: unknown,
): ValidationResult<AigBillingGetInvoicePreviewResponse> {
  return isAigBillingGetInvoicePreviewResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoicePreviewResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResult}. Fast: returns at the first problem. */
export function isAigBillingGetInvoicePreviewResult(value: unknown): value is AigBillingGetInvoicePreviewResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v396 = value as unknown as Record<string, unknown>;
  const v397 = v396.amount_due;
  if (v397 === undefined) return false;
  if (typeof v397 !== 'number' || !Number.isFinite(v397)) return false;
  const v398 = v396.amount_paid;
  if (v398 === undefined) return false;
  if (typeof v398 !== 'number' || !Number.isFinite(v398)) return false;
  const v399 = v396.amount_remaining;
  if (v399 === undefined) return false;
  if (typeof v399 !== 'number' || !Number.isFinite(v399)) return false;
  const v400 = v396.currency;
  if (v400 === undefined) return false;
  if (typeof v400 !== 'string') return false;
  const v401 = v396.id;
  if (v401 === undefined) return false;
  if (typeof v401 !== 'string') return false;
  const v402 = v396.invoice_lines;
  if (v402 === undefined) return false;
  if (!Array.isArray(v402)) return false;
  const v403: unknown[] = v402;
  for (let v404 = 0; v404 < v403.length; v404++) {
    const v405 = v403[v404];
    if (typeof v405 !== 'object' || v405 === null || Array.isArray(v405)) return false;
    const v406 = v405 as unknown as Record<string, unknown>;
    const v407 = v406.amount;
    if (v407 === undefined) return false;
    if (typeof v407 !== 'number' || !Number.isFinite(v407)) return false;
    const v408 = v406.currency;
    if (v408 === undefined) return false;
    if (typeof v408 !== 'string') return false;
    const v409 = v406.description;
    if (v409 === undefined) return false;
    if (v409 !== null) {
      if (typeof v409 !== 'string') return false;
    }
    const v410 = v406.period;
    if (v410 === undefined) return false;
    if (typeof v410 !== 'object' || v410 === null || Array.isArray(v410)) return false;
    const v411 = v410 as unknown as Record<string, unknown>;
    const v412 = v411.end;
    if (v412 === undefined) return false;
    if (typeof v412 !== 'number' || !Number.isFinite(v412)) return false;
    const v413 = v411.start;
    if (v413 === undefined) return false;
    if (typeof v413 !== 'number' || !Number.isFinite(v413)) return false;
    const v414 = v406.pretax_credit_amounts;
    if (v414 !== undefined) {
      if (!Array.isArray(v414)) return false;
      const v415: unknown[] = v414;
      for (let v416 = 0; v416 < v415.length; v416++) {
        const v417 = v415[v416];
        if (typeof v417 !== 'object' || v417 === null || Array.isArray(v417)) return false;
        const v418 = v417 as unknown as Record<string, unknown>;
        const v419 = v418.amount;
        if (v419 === undefined) return false;
        if (typeof v419 !== 'number' || !Number.isFinite(v419)) return false;
        const v420 = v418.credit_balance_transaction;
        if (v420 !== undefined) {
          if (v420 !== null) {
            if (typeof v420 !== 'string') return false;
          }
        }
        const v421 = v418.discount;
        if (v421 !== undefined) {
          if (v421 !== null) {
            if (typeof v421 !== 'string') return false;
          }
        }
        const v422 = v418.type;
        if (v422 === undefined) return false;
        if (typeof v422 !== 'string') return false;
      }
    }
    const v423 = v406.pricing;
    if (v423 === undefined) return false;
    if (typeof v423 !== 'object' || v423 === null || Array.isArray(v423)) return false;
    const v424 = v423 as unknown as Record<string, unknown>;
    const v425 = v424.unit_amount_decimal;
    if (v425 === undefined) return false;
    if (v425 !== null) {
      if (typeof v425 !== 'string') return false;
    }
    const v426 = v406.quantity;
    if (v426 === undefined) return false;
    if (typeof v426 !== 'number' || !Number.isFinite(v426)) return false;
  }
  const v427 = v396.period_end;
  if (v427 === undefined) return false;
  if (typeof v427 !== 'number' || !Number.isFinite(v427)) return false;
  const v428 = v396.period_start;
  if (v428 === undefined) return false;
  if (typeof v428 !== 'number' || !Number.isFinite(v428)) return false;
  const v429 = v396.status;
  if (v429 === undefined) return false;
  if (!(v429 === 'draft' || v429 === 'open' || v429 === 'paid' || v429 === 'uncollectible' || v429 === 'void'))
    return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResult} is false. */
export function explainAigBillingGetInvoicePreviewResult(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v430 = value as unknown as Record<string, unknown>;
    const v431 = v430.amount_due;
    if (v431 === undefined) {
      fail(issues, path + '/amount_due', 'number', v431, 'is required');
    } else {
      if (typeof v431 !== 'number' || !Number.isFinite(v431)) {
        fail(issues, path + '/amount_due', 'number', v431);
      } else {
      }
    }
    const v432 = v430.amount_paid;
    if (v432 === undefined) {
      fail(issues, path + '/amount_paid', 'number', v432, 'is required');
    } else {
      if (typeof v432 !== 'number' || !Number.isFinite(v432)) {
        fail(issues, path + '/amount_paid', 'number', v432);
      } else {
      }
    }
    const v433 = v430.amount_remaining;
    if (v433 === undefined) {
      fail(issues, path + '/amount_remaining', 'number', v433, 'is required');
    } else {
      if (typeof v433 !== 'number' || !Number.isFinite(v433)) {
        fail(issues, path + '/amount_remaining', 'number', v433);
      } else {
      }
    }
    const v434 = v430.currency;
    if (v434 === undefined) {
      fail(issues, path + '/currency', 'string', v434, 'is required');
    } else {
      if (typeof v434 !== 'string') {
        fail(issues, path + '/currency', 'string', v434);
      } else {
      }
    }
    const v435 = v430.id;
    if (v435 === undefined) {
      fail(issues, path + '/id', 'string', v435, 'is required');
    } else {
      if (typeof v435 !== 'string') {
        fail(issues, path + '/id', 'string', v435);
      } else {
      }
    }
    const v436 = v430.invoice_lines;
    if (v436 === undefined) {
      fail(issues, path + '/invoice_lines', 'array', v436, 'is required');
    } else {
      if (!Array.isArray(v436)) {
        fail(issues, path + '/invoice_lines', 'array', v436);
      } else {
        const v437: unknown[] = v436 as unknown[];
        for (let v438 = 0; v438 < v437.length; v438++) {
          const v439 = v437[v438];
          if (typeof v439 !== 'object' || v439 === null || Array.isArray(v439)) {
            fail(issues, path + '/invoice_lines' + '/' + v438, 'object', v439);
          } else {
            const v440 = v439 as unknown as Record<string, unknown>;
            const v441 = v440.amount;
            if (v441 === undefined) {
              fail(issues, path + '/invoice_lines' + '/' + v438 + '/amount', 'number', v441, 'is required');
            } else {
              if (typeof v441 !== 'number' || !Number.isFinite(v441)) {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/amount', 'number', v441);
              } else {
              }
            }
            const v442 = v440.currency;
            if (v442 === undefined) {
              fail(issues, path + '/invoice_lines' + '/' + v438 + '/currency', 'string', v442, 'is required');
            } else {
              if (typeof v442 !== 'string') {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/currency', 'string', v442);
              } else {
              }
            }
            const v443 = v440.description;
            if (v443 === undefined) {
              fail(
                issues,
                path + '/invoice_lines' + '/' + v438 + '/description',
                'string or null',
                v443,
                'is required',
              );
            } else {
              if (v443 !== null) {
                if (typeof v443 !== 'string') {
                  fail(issues, path + '/invoice_lines' + '/' + v438 + '/description', 'string', v443);
                } else {
                }
              }
            }
            const v444 = v440.period;
            if (v444 === undefined) {
              fail(issues, path + '/invoice_lines' + '/' + v438 + '/period', 'object', v444, 'is required');
            } else {
              if (typeof v444 !== 'object' || v444 === null || Array.isArray(v444)) {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/period', 'object', v444);
              } else {
                const v445 = v444 as unknown as Record<string, unknown>;
                const v446 = v445.end;
                if (v446 === undefined) {
                  fail(
                    issues,
                    path + '/invoice_lines' + '/' + v438 + '/period' + '/end',
                    'number',
                    v446,
                    'is required',
                  );
                } else {
                  if (typeof v446 !== 'number' || !Number.isFinite(v446)) {
                    fail(issues, path + '/invoice_lines' + '/' + v438 + '/period' + '/end', 'number', v446);
                  } else {
                  }
                }
                const v447 = v445.start;
                if (v447 === undefined) {
                  fail(
                    issues,
                    path + '/invoice_lines' + '/' + v438 + '/period' + '/start',
                    'number',
                    v447,
                    'is required',
                  );
                } else {
                  if (typeof v447 !== 'number' || !Number.isFinite(v447)) {
                    fail(issues, path + '/invoice_lines' + '/' + v438 + '/period' + '/start', 'number', v447);
                  } else {
                  }
                }
              }
            }
            const v448 = v440.pretax_credit_amounts;
            if (v448 !== undefined) {
              if (!Array.isArray(v448)) {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts', 'array', v448);
              } else {
                const v449: unknown[] = v448 as unknown[];
                for (let v450 = 0; v450 < v449.length; v450++) {
                  const v451 = v449[v450];
                  if (typeof v451 !== 'object' || v451 === null || Array.isArray(v451)) {
                    fail(
                      issues,
                      path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450,
                      'object',
                      v451,
                    );
                  } else {
                    const v452 = v451 as unknown as Record<string, unknown>;
                    const v453 = v452.amount;
                    if (v453 === undefined) {
                      fail(
                        issues,
                        path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450 + '/amount',
                        'number',
                        v453,
                        'is required',
                      );
                    } else {
                      if (typeof v453 !== 'number' || !Number.isFinite(v453)) {
                        fail(
                          issues,
                          path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450 + '/amount',
                          'number',
                          v453,
                        );
                      } else {
                      }
                    }
                    const v454 = v452.credit_balance_transaction;
                    if (v454 !== undefined) {
                      if (v454 !== null) {
                        if (typeof v454 !== 'string') {
                          fail(
                            issues,
                            path +
                              '/invoice_lines' +
                              '/' +
                              v438 +
                              '/pretax_credit_amounts' +
                              '/' +
                              v450 +
                              '/credit_balance_transaction',
                            'string',
                            v454,
                          );
                        } else {
                        }
                      }
                    }
                    const v455 = v452.discount;
                    if (v455 !== undefined) {
                      if (v455 !== null) {
                        if (typeof v455 !== 'string') {
                          fail(
                            issues,
                            path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450 + '/discount',
                            'string',
                            v455,
                          );
                        } else {
                        }
                      }
                    }
                    const v456 = v452.type;
                    if (v456 === undefined) {
                      fail(
                        issues,
                        path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450 + '/type',
                        'string',
                        v456,
                        'is required',
                      );
                    } else {
                      if (typeof v456 !== 'string') {
                        fail(
                          issues,
                          path + '/invoice_lines' + '/' + v438 + '/pretax_credit_amounts' + '/' + v450 + '/type',
                          'string',
                          v456,
                        );
                      } else {
                      }
                    }
                  }
                }
              }
            }
            const v457 = v440.pricing;
            if (v457 === undefined) {
              fail(issues, path + '/invoice_lines' + '/' + v438 + '/pricing', 'object', v457, 'is required');
            } else {
              if (typeof v457 !== 'object' || v457 === null || Array.isArray(v457)) {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/pricing', 'object', v457);
              } else {
                const v458 = v457 as unknown as Record<string, unknown>;
                const v459 = v458.unit_amount_decimal;
                if (v459 === undefined) {
                  fail(
                    issues,
                    path + '/invoice_lines' + '/' + v438 + '/pricing' + '/unit_amount_decimal',
                    'string or null',
                    v459,
                    'is required',
                  );
                } else {
                  if (v459 !== null) {
                    if (typeof v459 !== 'string') {
                      fail(
                        issues,
                        path + '/invoice_lines' + '/' + v438 + '/pricing' + '/unit_amount_decimal',
                        'string',
                        v459,
                      );
                    } else {
                    }
                  }
                }
              }
            }
            const v460 = v440.quantity;
            if (v460 === undefined) {
              fail(issues, path + '/invoice_lines' + '/' + v438 + '/quantity', 'number', v460, 'is required');
            } else {
              if (typeof v460 !== 'number' || !Number.isFinite(v460)) {
                fail(issues, path + '/invoice_lines' + '/' + v438 + '/quantity', 'number', v460);
              } else {
              }
            }
          }
        }
      }
    }
    const v461 = v430.period_end;
    if (v461 === undefined) {
      fail(issues, path + '/period_end', 'number', v461, 'is required');
    } else {
      if (typeof v461 !== 'number' || !Number.isFinite(v461)) {
        fail(issues, path + '/period_end', 'number', v461);
      } else {
      }
    }
    const v462 = v430.period_start;
    if (v462 === undefined) {
      fail(issues, path + '/period_start', 'number', v462, 'is required');
    } else {
      if (typeof v462 !== 'number' || !Number.isFinite(v462)) {
        fail(issues, path + '/period_start', 'number', v462);
      } else {
      }
    }
    const v463 = v430.status;
    if (v463 === undefined) {
      fail(issues, path + '/status', 'enum', v463, 'is required');
    } else {
      if (!(v463 === 'draft' || v463 === 'open' || v463 === 'paid' || v463 === 'uncollectible' || v463 === 'void')) {
        fail(issues, path + '/status', 'one of "draft", "open", "paid", "uncollectible", "void"', v463);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetInvoicePreviewResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetInvoicePreviewResult(
  value: unknown,
): ValidationResult<AigBillingGetInvoicePreviewResult> {
  return isAigBillingGetInvoicePreviewResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetInvoicePreviewResult) };
}

/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResponse}. Fast: returns at the first problem. */
export function isAigBillingGetSpendingLimitResponse(value: unknown): value is AigBillingGetSpendingLimitResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v464 = value as unknown as Record<string, unknown>;
  const v465 = v464.errors;
  if (v465 === undefined) return false;
  if (!Array.isArray(v465)) return false;
  const v466: unknown[] = v465;
  for (let v467 = 0; v467 < v466.length; v467++) {
    const v468 = v466[v467];
    if (typeof v468 !== 'object' || v468 === null || Array.isArray(v468)) return false;
    const v469 = v468 as unknown as Record<string, unknown>;
    const v470 = v469.code;
    if (v470 === undefined) return false;
    if (typeof v470 !== 'number' || !Number.isFinite(v470)) return false;
    const v471 = v469.message;
    if (v471 === undefined) return false;
    if (typeof v471 !== 'string') return false;
  }
  const v472 = v464.messages;
  if (v472 === undefined) return false;
  if (!Array.isArray(v472)) return false;
  const v473: unknown[] = v472;
  for (let v474 = 0; v474 < v473.length; v474++) {
    const v475 = v473[v474];
    if (typeof v475 !== 'object' || v475 === null || Array.isArray(v475)) return false;
    const v476 = v475 as unknown as Record<string, unknown>;
    const v477 = v476.code;
    if (v477 === undefined) return false;
    if (typeof v477 !== 'number' || !Number.isFinite(v477)) return false;
    const v478 = v476.message;
    if (v478 === undefined) return false;
    if (typeof v478 !== 'string') return false;
  }
  const v479 = v464.result;
  if (v479 === undefined) return false;
  if (!isAigBillingGetSpendingLimitResult(v479)) return false;
  const v480 = v464.result_info;
  if (v480 !== undefined) {
    if (typeof v480 !== 'object' || v480 === null || Array.isArray(v480)) return false;
    const v481 = v480 as unknown as Record<string, unknown>;
    const v482 = v481.has_more;
    if (v482 === undefined) return false;
    if (typeof v482 !== 'boolean') return false;
    const v483 = v481.page;
    if (v483 === undefined) return false;
    if (typeof v483 !== 'number' || !Number.isFinite(v483)) return false;
    const v484 = v481.per_page;
    if (v484 === undefined) return false;
    if (typeof v484 !== 'number' || !Number.isFinite(v484)) return false;
    const v485 = v481.total_count;
    if (v485 === undefined) return false;
    if (typeof v485 !== 'number' || !Number.isFinite(v485)) return false;
  }
  const v486 = v464.success;
  if (v486 === undefined) return false;
  if (!(v486 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResponse} is false. */
export function explainAigBillingGetSpendingLimitResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v487 = value as unknown as Record<string, unknown>;
    const v488 = v487.errors;
    if (v488 === undefined) {
      fail(issues, path + '/errors', 'array', v488, 'is required');
    } else {
      if (!Array.isArray(v488)) {
        fail(issues, path + '/errors', 'array', v488);
      } else {
        const v489: unknown[] = v488 as unknown[];
        for (let v490 = 0; v490 < v489.length; v490++) {
          const v491 = v489[v490];
          if (typeof v491 !== 'object' || v491 === null || Array.isArray(v491)) {
            fail(issues, path + '/errors' + '/' + v490, 'object', v491);
          } else {
            const v492 = v491 as unknown as Record<string, unknown>;
            const v493 = v492.code;
            if (v493 === undefined) {
              fail(issues, path + '/errors' + '/' + v490 + '/code', 'number', v493, 'is required');
            } else {
              if (typeof v493 !== 'number' || !Number.isFinite(v493)) {
                fail(issues, path + '/errors' + '/' + v490 + '/code', 'number', v493);
              } else {
              }
            }
            const v494 = v492.message;
            if (v494 === undefined) {
              fail(issues, path + '/errors' + '/' + v490 + '/message', 'string', v494, 'is required');
            } else {
              if (typeof v494 !== 'string') {
                fail(issues, path + '/errors' + '/' + v490 + '/message', 'string', v494);
              } else {
              }
            }
          }
        }
      }
    }
    const v495 = v487.messages;
    if (v495 === undefined) {
      fail(issues, path + '/messages', 'array', v495, 'is required');
    } else {
      if (!Array.isArray(v495)) {
        fail(issues, path + '/messages', 'array', v495);
      } else {
        const v496: unknown[] = v495 as unknown[];
        for (let v497 = 0; v497 < v496.length; v497++) {
          const v498 = v496[v497];
          if (typeof v498 !== 'object' || v498 === null || Array.isArray(v498)) {
            fail(issues, path + '/messages' + '/' + v497, 'object', v498);
          } else {
            const v499 = v498 as unknown as Record<string, unknown>;
            const v500 = v499.code;
            if (v500 === undefined) {
              fail(issues, path + '/messages' + '/' + v497 + '/code', 'number', v500, 'is required');
            } else {
              if (typeof v500 !== 'number' || !Number.isFinite(v500)) {
                fail(issues, path + '/messages' + '/' + v497 + '/code', 'number', v500);
              } else {
              }
            }
            const v501 = v499.message;
            if (v501 === undefined) {
              fail(issues, path + '/messages' + '/' + v497 + '/message', 'string', v501, 'is required');
            } else {
              if (typeof v501 !== 'string') {
                fail(issues, path + '/messages' + '/' + v497 + '/message', 'string', v501);
              } else {
              }
            }
          }
        }
      }
    }
    const v502 = v487.result;
    if (v502 === undefined) {
      fail(issues, path + '/result', 'a value', v502, 'is required');
    } else {
      explainAigBillingGetSpendingLimitResult(v502, path + '/result', issues);
    }
    const v503 = v487.result_info;
    if (v503 !== undefined) {
      if (typeof v503 !== 'object' || v503 === null || Array.isArray(v503)) {
        fail(issues, path + '/result_info', 'object', v503);
      } else {
        const v504 = v503 as unknown as Record<string, unknown>;
        const v505 = v504.has_more;
        if (v505 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v505, 'is required');
        } else {
          if (typeof v505 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v505);
          }
        }
        const v506 = v504.page;
        if (v506 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v506, 'is required');
        } else {
          if (typeof v506 !== 'number' || !Number.isFinite(v506)) {
            fail(issues, path + '/result_info' + '/page', 'number', v506);
          } else {
          }
        }
        const v507 = v504.per_page;
        if (v507 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v507, 'is required');
        } else {
          if (typeof v507 !== 'number' || !Number.isFinite(v507)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v507);
          } else {
          }
        }
        const v508 = v504.total_count;
        if (v508 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v508, 'is required');
        } else {
          if (typeof v508 !== 'number' || !Number.isFinite(v508)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v508);
          } else {
          }
        }
      }
    }
    const v509 = v487.success;
    if (v509 === undefined) {
      fail(issues, path + '/success', 'enum', v509, 'is required');
    } else {
      if (!(v509 === true)) {
        fail(issues, path + '/success', 'one of true', v509);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetSpendingLimitResponse(
  value: unknown,
): ValidationResult<AigBillingGetSpendingLimitResponse> {
  return isAigBillingGetSpendingLimitResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResult}. Fast: returns at the first problem. */
export function isAigBillingGetSpendingLimitResult(value: unknown): value is AigBillingGetSpendingLimitResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v510 = value as unknown as Record<string, unknown>;
  const v511 = v510.config;
  if (v511 === undefined) return false;
  if (typeof v511 !== 'object' || v511 === null || Array.isArray(v511)) return false;
  const v512 = v511 as unknown as Record<string, unknown>;
  const v513 = v512.amount;
  if (v513 === undefined) return false;
  if (v513 !== null) {
    if (typeof v513 !== 'number' || !Number.isFinite(v513)) return false;
  }
  const v514 = v512.duration;
  if (v514 === undefined) return false;
  if (v514 !== null) {
    if (typeof v514 !== 'string') return false;
  }
  const v515 = v512.strategy;
  if (v515 === undefined) return false;
  if (v515 !== null) {
    if (typeof v515 !== 'string') return false;
  }
  const v516 = v510.enabled;
  if (v516 === undefined) return false;
  if (typeof v516 !== 'boolean') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResult} is false. */
export function explainAigBillingGetSpendingLimitResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v517 = value as unknown as Record<string, unknown>;
    const v518 = v517.config;
    if (v518 === undefined) {
      fail(issues, path + '/config', 'object', v518, 'is required');
    } else {
      if (typeof v518 !== 'object' || v518 === null || Array.isArray(v518)) {
        fail(issues, path + '/config', 'object', v518);
      } else {
        const v519 = v518 as unknown as Record<string, unknown>;
        const v520 = v519.amount;
        if (v520 === undefined) {
          fail(issues, path + '/config' + '/amount', 'number or null', v520, 'is required');
        } else {
          if (v520 !== null) {
            if (typeof v520 !== 'number' || !Number.isFinite(v520)) {
              fail(issues, path + '/config' + '/amount', 'number', v520);
            } else {
            }
          }
        }
        const v521 = v519.duration;
        if (v521 === undefined) {
          fail(issues, path + '/config' + '/duration', 'string or null', v521, 'is required');
        } else {
          if (v521 !== null) {
            if (typeof v521 !== 'string') {
              fail(issues, path + '/config' + '/duration', 'string', v521);
            } else {
            }
          }
        }
        const v522 = v519.strategy;
        if (v522 === undefined) {
          fail(issues, path + '/config' + '/strategy', 'string or null', v522, 'is required');
        } else {
          if (v522 !== null) {
            if (typeof v522 !== 'string') {
              fail(issues, path + '/config' + '/strategy', 'string', v522);
            } else {
            }
          }
        }
      }
    }
    const v523 = v517.enabled;
    if (v523 === undefined) {
      fail(issues, path + '/enabled', 'boolean', v523, 'is required');
    } else {
      if (typeof v523 !== 'boolean') {
        fail(issues, path + '/enabled', 'boolean', v523);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetSpendingLimitResult(
  value: unknown,
): ValidationResult<AigBillingGetSpendingLimitResult> {
  return isAigBillingGetSpendingLimitResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupConfigResponse}. Fast: returns at the first problem. */
export function isAigBillingGetTopupConfigResponse(value: unknown): value is AigBillingGetTopupConfigResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v524 = value as unknown as Record<string, unknown>;
  const v525 = v524.errors;
  if (v525 === undefined) return false;
  if (!Array.isArray(v525)) return false;
  const v526: unknown[] = v525;
  for (let v527 = 0; v527 < v526.length; v527++) {
    const v528 = v526[v527];
    if (typeof v528 !== 'object' || v528 === null || Array.isArray(v528)) return false;
    const v529 = v528 as unknown as Record<string, unknown>;
    const v530 = v529.code;
    if (v530 === undefined) return false;
    if (typeof v530 !== 'number' || !Number.isFinite(v530)) return false;
    const v531 = v529.message;
    if (v531 === undefined) return false;
    if (typeof v531 !== 'string') return false;
  }
  const v532 = v524.messages;
  if (v532 === undefined) return false;
  if (!Array.isArray(v532)) return false;
  const v533: unknown[] = v532;
  for (let v534 = 0; v534 < v533.length; v534++) {
    const v535 = v533[v534];
    if (typeof v535 !== 'object' || v535 === null || Array.isArray(v535)) return false;
    const v536 = v535 as unknown as Record<string, unknown>;
    const v537 = v536.code;
    if (v537 === undefined) return false;
    if (typeof v537 !== 'number' || !Number.isFinite(v537)) return false;
    const v538 = v536.message;
    if (v538 === undefined) return false;
    if (typeof v538 !== 'string') return false;
  }
  const v539 = v524.result;
  if (v539 === undefined) return false;
  if (!isAigBillingGetTopupConfigResult(v539)) return false;
  const v540 = v524.result_info;
  if (v540 !== undefined) {
    if (typeof v540 !== 'object' || v540 === null || Array.isArray(v540)) return false;
    const v541 = v540 as unknown as Record<string, unknown>;
    const v542 = v541.has_more;
    if (v542 === undefined) return false;
    if (typeof v542 !== 'boolean') return false;
    const v543 = v541.page;
    if (v543 === undefined) return false;
    if (typeof v543 !== 'number' || !Number.isFinite(v543)) return false;
    const v544 = v541.per_page;
    if (v544 === undefined) return false;
    if (typeof v544 !== 'number' || !Number.isFinite(v544)) return false;
    const v545 = v541.total_count;
    if (v545 === undefined) return false;
    if (typeof v545 !== 'number' || !Number.isFinite(v545)) return false;
  }
  const v546 = v524.success;
  if (v546 === undefined) return false;
  if (!(v546 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResponse} is false. */
export function explainAigBillingGetTopupConfigResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v547 = value as unknown as Record<string, unknown>;
    const v548 = v547.errors;
    if (v548 === undefined) {
      fail(issues, path + '/errors', 'array', v548, 'is required');
    } else {
      if (!Array.isArray(v548)) {
        fail(issues, path + '/errors', 'array', v548);
      } else {
        const v549: unknown[] = v548 as unknown[];
        for (let v550 = 0; v550 < v549.length; v550++) {
          const v551 = v549[v550];
          if (typeof v551 !== 'object' || v551 === null || Array.isArray(v551)) {
            fail(issues, path + '/errors' + '/' + v550, 'object', v551);
          } else {
            const v552 = v551 as unknown as Record<string, unknown>;
            const v553 = v552.code;
            if (v553 === undefined) {
              fail(issues, path + '/errors' + '/' + v550 + '/code', 'number', v553, 'is required');
            } else {
              if (typeof v553 !== 'number' || !Number.isFinite(v553)) {
                fail(issues, path + '/errors' + '/' + v550 + '/code', 'number', v553);
              } else {
              }
            }
            const v554 = v552.message;
            if (v554 === undefined) {
              fail(issues, path + '/errors' + '/' + v550 + '/message', 'string', v554, 'is required');
            } else {
              if (typeof v554 !== 'string') {
                fail(issues, path + '/errors' + '/' + v550 + '/message', 'string', v554);
              } else {
              }
            }
          }
        }
      }
    }
    const v555 = v547.messages;
    if (v555 === undefined) {
      fail(issues, path + '/messages', 'array', v555, 'is required');
    } else {
      if (!Array.isArray(v555)) {
        fail(issues, path + '/messages', 'array', v555);
      } else {
        const v556: unknown[] = v555 as unknown[];
        for (let v557 = 0; v557 < v556.length; v557++) {
          const v558 = v556[v557];
          if (typeof v558 !== 'object' || v558 === null || Array.isArray(v558)) {
            fail(issues, path + '/messages' + '/' + v557, 'object', v558);
          } else {
            const v559 = v558 as unknown as Record<string, unknown>;
            const v560 = v559.code;
            if (v560 === undefined) {
              fail(issues, path + '/messages' + '/' + v557 + '/code', 'number', v560, 'is required');
            } else {
              if (typeof v560 !== 'number' || !Number.isFinite(v560)) {
                fail(issues, path + '/messages' + '/' + v557 + '/code', 'number', v560);
              } else {
              }
            }
            const v561 = v559.message;
            if (v561 === undefined) {
              fail(issues, path + '/messages' + '/' + v557 + '/message', 'string', v561, 'is required');
            } else {
              if (typeof v561 !== 'string') {
                fail(issues, path + '/messages' + '/' + v557 + '/message', 'string', v561);
              } else {
              }
            }
          }
        }
      }
    }
    const v562 = v547.result;
    if (v562 === undefined) {
      fail(issues, path + '/result', 'a value', v562, 'is required');
    } else {
      explainAigBillingGetTopupConfigResult(v562, path + '/result', issues);
    }
    const v563 = v547.result_info;
    if (v563 !== undefined) {
      if (typeof v563 !== 'object' || v563 === null || Array.isArray(v563)) {
        fail(issues, path + '/result_info', 'object', v563);
      } else {
        const v564 = v563 as unknown as Record<string, unknown>;
        const v565 = v564.has_more;
        if (v565 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v565, 'is required');
        } else {
          if (typeof v565 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v565);
          }
        }
        const v566 = v564.page;
        if (v566 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v566, 'is required');
        } else {
          if (typeof v566 !== 'number' || !Number.isFinite(v566)) {
            fail(issues, path + '/result_info' + '/page', 'number', v566);
          } else {
          }
        }
        const v567 = v564.per_page;
        if (v567 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v567, 'is required');
        } else {
          if (typeof v567 !== 'number' || !Number.isFinite(v567)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v567);
          } else {
          }
        }
        const v568 = v564.total_count;
        if (v568 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v568, 'is required');
        } else {
          if (typeof v568 !== 'number' || !Number.isFinite(v568)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v568);
          } else {
          }
        }
      }
    }
    const v569 = v547.success;
    if (v569 === undefined) {
      fail(issues, path + '/success', 'enum', v569, 'is required');
    } else {
      if (!(v569 === true)) {
        fail(issues, path + '/success', 'one of true', v569);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetTopupConfigResponse(
  value: unknown,
): ValidationResult<AigBillingGetTopupConfigResponse> {
  return isAigBillingGetTopupConfigResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupConfigResult}. Fast: returns at the first problem. */
export function isAigBillingGetTopupConfigResult(value: unknown): value is AigBillingGetTopupConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v570 = value as unknown as Record<string, unknown>;
  const v571 = v570.amount;
  if (v571 === undefined) return false;
  if (v571 !== null) {
    if (typeof v571 !== 'number' || !Number.isFinite(v571)) return false;
  }
  const v572 = v570.disabledReason;
  if (v572 === undefined) return false;
  if (v572 !== null) {
    if (typeof v572 !== 'string') return false;
  }
  const v573 = v570.error;
  if (v573 === undefined) return false;
  if (v573 !== null) {
    if (typeof v573 !== 'string') return false;
  }
  const v574 = v570.lastFailedAt;
  if (v574 === undefined) return false;
  if (v574 !== null) {
    if (typeof v574 !== 'number' || !Number.isFinite(v574)) return false;
  }
  const v575 = v570.threshold;
  if (v575 === undefined) return false;
  if (v575 !== null) {
    if (typeof v575 !== 'number' || !Number.isFinite(v575)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResult} is false. */
export function explainAigBillingGetTopupConfigResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v576 = value as unknown as Record<string, unknown>;
    const v577 = v576.amount;
    if (v577 === undefined) {
      fail(issues, path + '/amount', 'number or null', v577, 'is required');
    } else {
      if (v577 !== null) {
        if (typeof v577 !== 'number' || !Number.isFinite(v577)) {
          fail(issues, path + '/amount', 'number', v577);
        } else {
        }
      }
    }
    const v578 = v576.disabledReason;
    if (v578 === undefined) {
      fail(issues, path + '/disabledReason', 'string or null', v578, 'is required');
    } else {
      if (v578 !== null) {
        if (typeof v578 !== 'string') {
          fail(issues, path + '/disabledReason', 'string', v578);
        } else {
        }
      }
    }
    const v579 = v576.error;
    if (v579 === undefined) {
      fail(issues, path + '/error', 'string or null', v579, 'is required');
    } else {
      if (v579 !== null) {
        if (typeof v579 !== 'string') {
          fail(issues, path + '/error', 'string', v579);
        } else {
        }
      }
    }
    const v580 = v576.lastFailedAt;
    if (v580 === undefined) {
      fail(issues, path + '/lastFailedAt', 'number or null', v580, 'is required');
    } else {
      if (v580 !== null) {
        if (typeof v580 !== 'number' || !Number.isFinite(v580)) {
          fail(issues, path + '/lastFailedAt', 'number', v580);
        } else {
        }
      }
    }
    const v581 = v576.threshold;
    if (v581 === undefined) {
      fail(issues, path + '/threshold', 'number or null', v581, 'is required');
    } else {
      if (v581 !== null) {
        if (typeof v581 !== 'number' || !Number.isFinite(v581)) {
          fail(issues, path + '/threshold', 'number', v581);
        } else {
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetTopupConfigResult(
  value: unknown,
): ValidationResult<AigBillingGetTopupConfigResult> {
  return isAigBillingGetTopupConfigResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResponse}. Fast: returns at the first problem. */
export function isAigBillingGetTopupLimitsResponse(value: unknown): value is AigBillingGetTopupLimitsResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v582 = value as unknown as Record<string, unknown>;
  const v583 = v582.errors;
  if (v583 === undefined) return false;
  if (!Array.isArray(v583)) return false;
  const v584: unknown[] = v583;
  for (let v585 = 0; v585 < v584.length; v585++) {
    const v586 = v584[v585];
    if (typeof v586 !== 'object' || v586 === null || Array.isArray(v586)) return false;
    const v587 = v586 as unknown as Record<string, unknown>;
    const v588 = v587.code;
    if (v588 === undefined) return false;
    if (typeof v588 !== 'number' || !Number.isFinite(v588)) return false;
    const v589 = v587.message;
    if (v589 === undefined) return false;
    if (typeof v589 !== 'string') return false;
  }
  const v590 = v582.messages;
  if (v590 === undefined) return false;
  if (!Array.isArray(v590)) return false;
  const v591: unknown[] = v590;
  for (let v592 = 0; v592 < v591.length; v592++) {
    const v593 = v591[v592];
    if (typeof v593 !== 'object' || v593 === null || Array.isArray(v593)) return false;
    const v594 = v593 as unknown as Record<string, unknown>;
    const v595 = v594.code;
    if (v595 === undefined) return false;
    if (typeof v595 !== 'number' || !Number.isFinite(v595)) return false;
    const v596 = v594.message;
    if (v596 === undefined) return false;
    if (typeof v596 !== 'string') return false;
  }
  const v597 = v582.result;
  if (v597 === undefined) return false;
  if (!isAigBillingGetTopupLimitsResult(v597)) return false;
  const v598 = v582.result_info;
  if (v598 !== undefined) {
    if (typeof v598 !== 'object' || v598 === null || Array.isArray(v598)) return false;
    const v599 = v598 as unknown as Record<string, unknown>;
    const v600 = v599.has_more;
    if (v600 === undefined) return false;
    if (typeof v600 !== 'boolean') return false;
    const v601 = v599.page;
    if (v601 === undefined) return false;
    if (typeof v601 !== 'number' || !Number.isFinite(v601)) return false;
    const v602 = v599.per_page;
    if (v602 === undefined) return false;
    if (typeof v602 !== 'number' || !Number.isFinite(v602)) return false;
    const v603 = v599.total_count;
    if (v603 === undefined) return false;
    if (typeof v603 !== 'number' || !Number.isFinite(v603)) return false;
  }
  const v604 = v582.success;
  if (v604 === undefined) return false;
  if (!(v604 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResponse} is false. */
export function explainAigBillingGetTopupLimitsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v605 = value as unknown as Record<string, unknown>;
    const v606 = v605.errors;
    if (v606 === undefined) {
      fail(issues, path + '/errors', 'array', v606, 'is required');
    } else {
      if (!Array.isArray(v606)) {
        fail(issues, path + '/errors', 'array', v606);
      } else {
        const v607: unknown[] = v606 as unknown[];
        for (let v608 = 0; v608 < v607.length; v608++) {
          const v609 = v607[v608];
          if (typeof v609 !== 'object' || v609 === null || Array.isArray(v609)) {
            fail(issues, path + '/errors' + '/' + v608, 'object', v609);
          } else {
            const v610 = v609 as unknown as Record<string, unknown>;
            const v611 = v610.code;
            if (v611 === undefined) {
              fail(issues, path + '/errors' + '/' + v608 + '/code', 'number', v611, 'is required');
            } else {
              if (typeof v611 !== 'number' || !Number.isFinite(v611)) {
                fail(issues, path + '/errors' + '/' + v608 + '/code', 'number', v611);
              } else {
              }
            }
            const v612 = v610.message;
            if (v612 === undefined) {
              fail(issues, path + '/errors' + '/' + v608 + '/message', 'string', v612, 'is required');
            } else {
              if (typeof v612 !== 'string') {
                fail(issues, path + '/errors' + '/' + v608 + '/message', 'string', v612);
              } else {
              }
            }
          }
        }
      }
    }
    const v613 = v605.messages;
    if (v613 === undefined) {
      fail(issues, path + '/messages', 'array', v613, 'is required');
    } else {
      if (!Array.isArray(v613)) {
        fail(issues, path + '/messages', 'array', v613);
      } else {
        const v614: unknown[] = v613 as unknown[];
        for (let v615 = 0; v615 < v614.length; v615++) {
          const v616 = v614[v615];
          if (typeof v616 !== 'object' || v616 === null || Array.isArray(v616)) {
            fail(issues, path + '/messages' + '/' + v615, 'object', v616);
          } else {
            const v617 = v616 as unknown as Record<string, unknown>;
            const v618 = v617.code;
            if (v618 === undefined) {
              fail(issues, path + '/messages' + '/' + v615 + '/code', 'number', v618, 'is required');
            } else {
              if (typeof v618 !== 'number' || !Number.isFinite(v618)) {
                fail(issues, path + '/messages' + '/' + v615 + '/code', 'number', v618);
              } else {
              }
            }
            const v619 = v617.message;
            if (v619 === undefined) {
              fail(issues, path + '/messages' + '/' + v615 + '/message', 'string', v619, 'is required');
            } else {
              if (typeof v619 !== 'string') {
                fail(issues, path + '/messages' + '/' + v615 + '/message', 'string', v619);
              } else {
              }
            }
          }
        }
      }
    }
    const v620 = v605.result;
    if (v620 === undefined) {
      fail(issues, path + '/result', 'a value', v620, 'is required');
    } else {
      explainAigBillingGetTopupLimitsResult(v620, path + '/result', issues);
    }
    const v621 = v605.result_info;
    if (v621 !== undefined) {
      if (typeof v621 !== 'object' || v621 === null || Array.isArray(v621)) {
        fail(issues, path + '/result_info', 'object', v621);
      } else {
        const v622 = v621 as unknown as Record<string, unknown>;
        const v623 = v622.has_more;
        if (v623 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v623, 'is required');
        } else {
          if (typeof v623 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v623);
          }
        }
        const v624 = v622.page;
        if (v624 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v624, 'is required');
        } else {
          if (typeof v624 !== 'number' || !Number.isFinite(v624)) {
            fail(issues, path + '/result_info' + '/page', 'number', v624);
          } else {
          }
        }
        const v625 = v622.per_page;
        if (v625 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v625, 'is required');
        } else {
          if (typeof v625 !== 'number' || !Number.isFinite(v625)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v625);
          } else {
          }
        }
        const v626 = v622.total_count;
        if (v626 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v626, 'is required');
        } else {
          if (typeof v626 !== 'number' || !Number.isFinite(v626)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v626);
          } else {
          }
        }
      }
    }
    const v627 = v605.success;
    if (v627 === undefined) {
      fail(issues, path + '/success', 'enum', v627, 'is required');
    } else {
      if (!(v627 === true)) {
        fail(issues, path + '/success', 'one of true', v627);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetTopupLimitsResponse(
  value: unknown,
): ValidationResult<AigBillingGetTopupLimitsResponse> {
  return isAigBillingGetTopupLimitsResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupLimitsResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResult}. Fast: returns at the first problem. */
export function isAigBillingGetTopupLimitsResult(value: unknown): value is AigBillingGetTopupLimitsResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v628 = value as unknown as Record<string, unknown>;
  const v629 = v628.currency;
  if (v629 === undefined) return false;
  if (typeof v629 !== 'string') return false;
  const v630 = v628.max_cents;
  if (v630 === undefined) return false;
  if (!Number.isInteger(v630)) return false;
  const v631 = v628.min_cents;
  if (v631 === undefined) return false;
  if (!Number.isInteger(v631)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResult} is false. */
export function explainAigBillingGetTopupLimitsResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v632 = value as unknown as Record<string, unknown>;
    const v633 = v632.currency;
    if (v633 === undefined) {
      fail(issues, path + '/currency', 'string', v633, 'is required');
    } else {
      if (typeof v633 !== 'string') {
        fail(issues, path + '/currency', 'string', v633);
      } else {
      }
    }
    const v634 = v632.max_cents;
    if (v634 === undefined) {
      fail(issues, path + '/max_cents', 'integer', v634, 'is required');
    } else {
      if (!Number.isInteger(v634)) {
        fail(issues, path + '/max_cents', 'integer', v634);
      } else {
      }
    }
    const v635 = v632.min_cents;
    if (v635 === undefined) {
      fail(issues, path + '/min_cents', 'integer', v635, 'is required');
    } else {
      if (!Number.isInteger(v635)) {
        fail(issues, path + '/min_cents', 'integer', v635);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetTopupLimitsResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetTopupLimitsResult(
  value: unknown,
): ValidationResult<AigBillingGetTopupLimitsResult> {
  return isAigBillingGetTopupLimitsResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetTopupLimitsResult) };
}

/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResponse}. Fast: returns at the first problem. */
export function isAigBillingGetUsageHistoryResponse(value: unknown): value is AigBillingGetUsageHistoryResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v636 = value as unknown as Record<string, unknown>;
  const v637 = v636.errors;
  if (v637 === undefined) return false;
  if (!Array.isArray(v637)) return false;
  const v638: unknown[] = v637;
  for (let v639 = 0; v639 < v638.length; v639++) {
    const v640 = v638[v639];
    if (typeof v640 !== 'object' || v640 === null || Array.isArray(v640)) return false;
    const v641 = v640 as unknown as Record<string, unknown>;
    const v642 = v641.code;
    if (v642 === undefined) return false;
    if (typeof v642 !== 'number' || !Number.isFinite(v642)) return false;
    const v643 = v641.message;
    if (v643 === undefined) return false;
    if (typeof v643 !== 'string') return false;
  }
  const v644 = v636.messages;
  if (v644 === undefined) return false;
  if (!Array.isArray(v644)) return false;
  const v645: unknown[] = v644;
  for (let v646 = 0; v646 < v645.length; v646++) {
    const v647 = v645[v646];
    if (typeof v647 !== 'object' || v647 === null || Array.isArray(v647)) return false;
    const v648 = v647 as unknown as Record<string, unknown>;
    const v649 = v648.code;
    if (v649 === undefined) return false;
    if (typeof v649 !== 'number' || !Number.isFinite(v649)) return false;
    const v650 = v648.message;
    if (v650 === undefined) return false;
    if (typeof v650 !== 'string') return false;
  }
  const v651 = v636.result;
  if (v651 === undefined) return false;
  if (!isAigBillingGetUsageHistoryResult(v651)) return false;
  const v652 = v636.result_info;
  if (v652 !== undefined) {
    if (typeof v652 !== 'object' || v652 === null || Array.isArray(v652)) return false;
    const v653 = v652 as unknown as Record<string, unknown>;
    const v654 = v653.has_more;
    if (v654 === undefined) return false;
    if (typeof v654 !== 'boolean') return false;
    const v655 = v653.page;
    if (v655 === undefined) return false;
    if (typeof v655 !== 'number' || !Number.isFinite(v655)) return false;
    const v656 = v653.per_page;
    if (v656 === undefined) return false;
    if (typeof v656 !== 'number' || !Number.isFinite(v656)) return false;
    const v657 = v653.total_count;
    if (v657 === undefined) return false;
    if (typeof v657 !== 'number' || !Number.isFinite(v657)) return false;
  }
  const v658 = v636.success;
  if (v658 === undefined) return false;
  if (!(v658 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResponse} is false. */
export function explainAigBillingGetUsageHistoryResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v659 = value as unknown as Record<string, unknown>;
    const v660 = v659.errors;
    if (v660 === undefined) {
      fail(issues, path + '/errors', 'array', v660, 'is required');
    } else {
      if (!Array.isArray(v660)) {
        fail(issues, path + '/errors', 'array', v660);
      } else {
        const v661: unknown[] = v660 as unknown[];
        for (let v662 = 0; v662 < v661.length; v662++) {
          const v663 = v661[v662];
          if (typeof v663 !== 'object' || v663 === null || Array.isArray(v663)) {
            fail(issues, path + '/errors' + '/' + v662, 'object', v663);
          } else {
            const v664 = v663 as unknown as Record<string, unknown>;
            const v665 = v664.code;
            if (v665 === undefined) {
              fail(issues, path + '/errors' + '/' + v662 + '/code', 'number', v665, 'is required');
            } else {
              if (typeof v665 !== 'number' || !Number.isFinite(v665)) {
                fail(issues, path + '/errors' + '/' + v662 + '/code', 'number', v665);
              } else {
              }
            }
            const v666 = v664.message;
            if (v666 === undefined) {
              fail(issues, path + '/errors' + '/' + v662 + '/message', 'string', v666, 'is required');
            } else {
              if (typeof v666 !== 'string') {
                fail(issues, path + '/errors' + '/' + v662 + '/message', 'string', v666);
              } else {
              }
            }
          }
        }
      }
    }
    const v667 = v659.messages;
    if (v667 === undefined) {
      fail(issues, path + '/messages', 'array', v667, 'is required');
    } else {
      if (!Array.isArray(v667)) {
        fail(issues, path + '/messages', 'array', v667);
      } else {
        const v668: unknown[] = v667 as unknown[];
        for (let v669 = 0; v669 < v668.length; v669++) {
          const v670 = v668[v669];
          if (typeof v670 !== 'object' || v670 === null || Array.isArray(v670)) {
            fail(issues, path + '/messages' + '/' + v669, 'object', v670);
          } else {
            const v671 = v670 as unknown as Record<string, unknown>;
            const v672 = v671.code;
            if (v672 === undefined) {
              fail(issues, path + '/messages' + '/' + v669 + '/code', 'number', v672, 'is required');
            } else {
              if (typeof v672 !== 'number' || !Number.isFinite(v672)) {
                fail(issues, path + '/messages' + '/' + v669 + '/code', 'number', v672);
              } else {
              }
            }
            const v673 = v671.message;
            if (v673 === undefined) {
              fail(issues, path + '/messages' + '/' + v669 + '/message', 'string', v673, 'is required');
            } else {
              if (typeof v673 !== 'string') {
                fail(issues, path + '/messages' + '/' + v669 + '/message', 'string', v673);
              } else {
              }
            }
          }
        }
      }
    }
    const v674 = v659.result;
    if (v674 === undefined) {
      fail(issues, path + '/result', 'a value', v674, 'is required');
    } else {
      explainAigBillingGetUsageHistoryResult(v674, path + '/result', issues);
    }
    const v675 = v659.result_info;
    if (v675 !== undefined) {
      if (typeof v675 !== 'object' || v675 === null || Array.isArray(v675)) {
        fail(issues, path + '/result_info', 'object', v675);
      } else {
        const v676 = v675 as unknown as Record<string, unknown>;
        const v677 = v676.has_more;
        if (v677 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v677, 'is required');
        } else {
          if (typeof v677 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v677);
          }
        }
        const v678 = v676.page;
        if (v678 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v678, 'is required');
        } else {
          if (typeof v678 !== 'number' || !Number.isFinite(v678)) {
            fail(issues, path + '/result_info' + '/page', 'number', v678);
          } else {
          }
        }
        const v679 = v676.per_page;
        if (v679 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v679, 'is required');
        } else {
          if (typeof v679 !== 'number' || !Number.isFinite(v679)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v679);
          } else {
          }
        }
        const v680 = v676.total_count;
        if (v680 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v680, 'is required');
        } else {
          if (typeof v680 !== 'number' || !Number.isFinite(v680)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v680);
          } else {
          }
        }
      }
    }
    const v681 = v659.success;
    if (v681 === undefined) {
      fail(issues, path + '/success', 'enum', v681, 'is required');
    } else {
      if (!(v681 === true)) {
        fail(issues, path + '/success', 'one of true', v681);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetUsageHistoryResponse(
  value: unknown,
): ValidationResult<AigBillingGetUsageHistoryResponse> {
  return isAigBillingGetUsageHistoryResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetUsageHistoryResponse) };
}

/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResult}. Fast: returns at the first problem. */
export function isAigBillingGetUsageHistoryResult(value: unknown): value is AigBillingGetUsageHistoryResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v682 = value as unknown as Record<string, unknown>;
  const v683 = v682.history;
  if (v683 === undefined) return false;
  if (!Array.isArray(v683)) return false;
  const v684: unknown[] = v683;
  for (let v685 = 0; v685 < v684.length; v685++) {
    const v686 = v684[v685];
    if (typeof v686 !== 'object' || v686 === null || Array.isArray(v686)) return false;
    const v687 = v686 as unknown as Record<string, unknown>;
    const v688 = v687.aggregated_value;
    if (v688 === undefined) return false;
    if (typeof v688 !== 'number' || !Number.isFinite(v688)) return false;
    const v689 = v687.end_time;
    if (v689 === undefined) return false;
    if (typeof v689 !== 'number' || !Number.isFinite(v689)) return false;
    const v690 = v687.id;
    if (v690 === undefined) return false;
    if (typeof v690 !== 'string') return false;
    const v691 = v687.start_time;
    if (v691 === undefined) return false;
    if (typeof v691 !== 'number' || !Number.isFinite(v691)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResult} is false. */
export function explainAigBillingGetUsageHistoryResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v692 = value as unknown as Record<string, unknown>;
    const v693 = v692.history;
    if (v693 === undefined) {
      fail(issues, path + '/history', 'array', v693, 'is required');
    } else {
      if (!Array.isArray(v693)) {
        fail(issues, path + '/history', 'array', v693);
      } else {
        const v694: unknown[] = v693 as unknown[];
        for (let v695 = 0; v695 < v694.length; v695++) {
          const v696 = v694[v695];
          if (typeof v696 !== 'object' || v696 === null || Array.isArray(v696)) {
            fail(issues, path + '/history' + '/' + v695, 'object', v696);
          } else {
            const v697 = v696 as unknown as Record<string, unknown>;
            const v698 = v697.aggregated_value;
            if (v698 === undefined) {
              fail(issues, path + '/history' + '/' + v695 + '/aggregated_value', 'number', v698, 'is required');
            } else {
              if (typeof v698 !== 'number' || !Number.isFinite(v698)) {
                fail(issues, path + '/history' + '/' + v695 + '/aggregated_value', 'number', v698);
              } else {
              }
            }
            const v699 = v697.end_time;
            if (v699 === undefined) {
              fail(issues, path + '/history' + '/' + v695 + '/end_time', 'number', v699, 'is required');
            } else {
              if (typeof v699 !== 'number' || !Number.isFinite(v699)) {
                fail(issues, path + '/history' + '/' + v695 + '/end_time', 'number', v699);
              } else {
              }
            }
            const v700 = v697.id;
            if (v700 === undefined) {
              fail(issues, path + '/history' + '/' + v695 + '/id', 'string', v700, 'is required');
            } else {
              if (typeof v700 !== 'string') {
                fail(issues, path + '/history' + '/' + v695 + '/id', 'string', v700);
              } else {
              }
            }
            const v701 = v697.start_time;
            if (v701 === undefined) {
              fail(issues, path + '/history' + '/' + v695 + '/start_time', 'number', v701, 'is required');
            } else {
              if (typeof v701 !== 'number' || !Number.isFinite(v701)) {
                fail(issues, path + '/history' + '/' + v695 + '/start_time', 'number', v701);
              } else {
              }
            }
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link AigBillingGetUsageHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingGetUsageHistoryResult(
  value: unknown,
): ValidationResult<AigBillingGetUsageHistoryResult> {
  return isAigBillingGetUsageHistoryResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingGetUsageHistoryResult) };
}

/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResponse}. Fast: returns at the first problem. */
export function isAigBillingSetSpendingLimitResponse(value: unknown): value is AigBillingSetSpendingLimitResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v702 = value as unknown as Record<string, unknown>;
  const v703 = v702.errors;
  if (v703 === undefined) return false;
  if (!Array.isArray(v703)) return false;
  const v704: unknown[] = v703;
  for (let v705 = 0; v705 < v704.length; v705++) {
    const v706 = v704[v705];
    if (typeof v706 !== 'object' || v706 === null || Array.isArray(v706)) return false;
    const v707 = v706 as unknown as Record<string, unknown>;
    const v708 = v707.code;
    if (v708 === undefined) return false;
    if (typeof v708 !== 'number' || !Number.isFinite(v708)) return false;
    const v709 = v707.message;
    if (v709 === undefined) return false;
    if (typeof v709 !== 'string') return false;
  }
  const v710 = v702.messages;
  if (v710 === undefined) return false;
  if (!Array.isArray(v710)) return false;
  const v711: unknown[] = v710;
  for (let v712 = 0; v712 < v711.length; v712++) {
    const v713 = v711[v712];
    if (typeof v713 !== 'object' || v713 === null || Array.isArray(v713)) return false;
    const v714 = v713 as unknown as Record<string, unknown>;
    const v715 = v714.code;
    if (v715 === undefined) return false;
    if (typeof v715 !== 'number' || !Number.isFinite(v715)) return false;
    const v716 = v714.message;
    if (v716 === undefined) return false;
    if (typeof v716 !== 'string') return false;
  }
  const v717 = v702.result;
  if (v717 === undefined) return false;
  if (!isAigBillingSetSpendingLimitResult(v717)) return false;
  const v718 = v702.result_info;
  if (v718 !== undefined) {
    if (typeof v718 !== 'object' || v718 === null || Array.isArray(v718)) return false;
    const v719 = v718 as unknown as Record<string, unknown>;
    const v720 = v719.has_more;
    if (v720 === undefined) return false;
    if (typeof v720 !== 'boolean') return false;
    const v721 = v719.page;
    if (v721 === undefined) return false;
    if (typeof v721 !== 'number' || !Number.isFinite(v721)) return false;
    const v722 = v719.per_page;
    if (v722 === undefined) return false;
    if (typeof v722 !== 'number' || !Number.isFinite(v722)) return false;
    const v723 = v719.total_count;
    if (v723 === undefined) return false;
    if (typeof v723 !== 'number' || !Number.isFinite(v723)) return false;
  }
  const v724 = v702.success;
  if (v724 === undefined) return false;
  if (!(v724 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetSpendingLimitResponse} is false. */
export function explainAigBillingSetSpendingLimitResponse(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v725 = value as unknown as Record<string, unknown>;
    const v726 = v725.errors;
    if (v726 === undefined) {
      fail(issues, path + '/errors', 'array', v726, 'is required');
    } else {
      if (!Array.isArray(v726)) {
        fail(issues, path + '/errors', 'array', v726);
      } else {
        const v727: unknown[] = v726 as unknown[];
        for (let v728 = 0; v728 < v727.length; v728++) {
          const v729 = v727[v728];
          if (typeof v729 !== 'object' || v729 === null || Array.isArray(v729)) {
            fail(issues, path + '/errors' + '/' + v728, 'object', v729);
          } else {
            const v730 = v729 as unknown as Record<string, unknown>;
            const v731 = v730.code;
            if (v731 === undefined) {
              fail(issues, path + '/errors' + '/' + v728 + '/code', 'number', v731, 'is required');
            } else {
              if (typeof v731 !== 'number' || !Number.isFinite(v731)) {
                fail(issues, path + '/errors' + '/' + v728 + '/code', 'number', v731);
              } else {
              }
            }
            const v732 = v730.message;
            if (v732 === undefined) {
              fail(issues, path + '/errors' + '/' + v728 + '/message', 'string', v732, 'is required');
            } else {
              if (typeof v732 !== 'string') {
                fail(issues, path + '/errors' + '/' + v728 + '/message', 'string', v732);
              } else {
              }
            }
          }
        }
      }
    }
    const v733 = v725.messages;
    if (v733 === undefined) {
      fail(issues, path + '/messages', 'array', v733, 'is required');
    } else {
      if (!Array.isArray(v733)) {
        fail(issues, path + '/messages', 'array', v733);
      } else {
        const v734: unknown[] = v733 as unknown[];
        for (let v735 = 0; v735 < v734.length; v735++) {
          const v736 = v734[v735];
          if (typeof v736 !== 'object' || v736 === null || Array.isArray(v736)) {
            fail(issues, path + '/messages' + '/' + v735, 'object', v736);
          } else {
            const v737 = v736 as unknown as Record<string, unknown>;
            const v738 = v737.code;
            if (v738 === undefined) {
              fail(issues, path + '/messages' + '/' + v735 + '/code', 'number', v738, 'is required');
            } else {
              if (typeof v738 !== 'number' || !Number.isFinite(v738)) {
                fail(issues, path + '/messages' + '/' + v735 + '/code', 'number', v738);
              } else {
              }
            }
            const v739 = v737.message;
            if (v739 === undefined) {
              fail(issues, path + '/messages' + '/' + v735 + '/message', 'string', v739, 'is required');
            } else {
              if (typeof v739 !== 'string') {
                fail(issues, path + '/messages' + '/' + v735 + '/message', 'string', v739);
              } else {
              }
            }
          }
        }
      }
    }
    const v740 = v725.result;
    if (v740 === undefined) {
      fail(issues, path + '/result', 'a value', v740, 'is required');
    } else {
      explainAigBillingSetSpendingLimitResult(v740, path + '/result', issues);
    }
    const v741 = v725.result_info;
    if (v741 !== undefined) {
      if (typeof v741 !== 'object' || v741 === null || Array.isArray(v741)) {
        fail(issues, path + '/result_info', 'object', v741);
      } else {
        const v742 = v741 as unknown as Record<string, unknown>;
        const v743 = v742.has_more;
        if (v743 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v743, 'is required');
        } else {
          if (typeof v743 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v743);
          }
        }
        const v744 = v742.page;
        if (v744 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v744, 'is required');
        } else {
          if (typeof v744 !== 'number' || !Number.isFinite(v744)) {
            fail(issues, path + '/result_info' + '/page', 'number', v744);
          } else {
          }
        }
        const v745 = v742.per_page;
        if (v745 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v745, 'is required');
        } else {
          if (typeof v745 !== 'number' || !Number.isFinite(v745)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v745);
          } else {
          }
        }
        const v746 = v742.total_count;
        if (v746 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v746, 'is required');
        } else {
          if (typeof v746 !== 'number' || !Number.isFinite(v746)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v746);
          } else {
          }
        }
      }
    }
    const v747 = v725.success;
    if (v747 === undefined) {
      fail(issues, path + '/success', 'enum', v747, 'is required');
    } else {
      if (!(v747 === true)) {
        fail(issues, path + '/success', 'one of true', v747);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingSetSpendingLimitResponse(
  value: unknown,
): ValidationResult<AigBillingSetSpendingLimitResponse> {
  return isAigBillingSetSpendingLimitResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingSetSpendingLimitResponse) };
}

/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResult}. Fast: returns at the first problem. */
export function isAigBillingSetSpendingLimitResult(value: unknown): value is AigBillingSetSpendingLimitResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v748 = value as unknown as Record<string, unknown>;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetSpendingLimitResult} is false. */
export function explainAigBillingSetSpendingLimitResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v749 = value as unknown as Record<string, unknown>;
  }
}

/** Checks `value` against {@link AigBillingSetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingSetSpendingLimitResult(
  value: unknown,
): ValidationResult<AigBillingSetSpendingLimitResult> {
  return isAigBillingSetSpendingLimitResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingSetSpendingLimitResult) };
}

/** Whether `value` is a valid {@link AigBillingSetTopupConfigResponse}. Fast: returns at the first problem. */
export function isAigBillingSetTopupConfigResponse(value: unknown): value is AigBillingSetTopupConfigResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v750 = value as unknown as Record<string, unknown>;
  const v751 = v750.errors;
  if (v751 === undefined) return false;
  if (!Array.isArray(v751)) return false;
  const v752: unknown[] = v751;
  for (let v753 = 0; v753 < v752.length; v753++) {
    const v754 = v752[v753];
    if (typeof v754 !== 'object' || v754 === null || Array.isArray(v754)) return false;
    const v755 = v754 as unknown as Record<string, unknown>;
    const v756 = v755.code;
    if (v756 === undefined) return false;
    if (typeof v756 !== 'number' || !Number.isFinite(v756)) return false;
    const v757 = v755.message;
    if (v757 === undefined) return false;
    if (typeof v757 !== 'string') return false;
  }
  const v758 = v750.messages;
  if (v758 === undefined) return false;
  if (!Array.isArray(v758)) return false;
  const v759: unknown[] = v758;
  for (let v760 = 0; v760 < v759.length; v760++) {
    const v761 = v759[v760];
    if (typeof v761 !== 'object' || v761 === null || Array.isArray(v761)) return false;
    const v762 = v761 as unknown as Record<string, unknown>;
    const v763 = v762.code;
    if (v763 === undefined) return false;
    if (typeof v763 !== 'number' || !Number.isFinite(v763)) return false;
    const v764 = v762.message;
    if (v764 === undefined) return false;
    if (typeof v764 !== 'string') return false;
  }
  const v765 = v750.result;
  if (v765 === undefined) return false;
  if (!isAigBillingSetTopupConfigResult(v765)) return false;
  const v766 = v750.result_info;
  if (v766 !== undefined) {
    if (typeof v766 !== 'object' || v766 === null || Array.isArray(v766)) return false;
    const v767 = v766 as unknown as Record<string, unknown>;
    const v768 = v767.has_more;
    if (v768 === undefined) return false;
    if (typeof v768 !== 'boolean') return false;
    const v769 = v767.page;
    if (v769 === undefined) return false;
    if (typeof v769 !== 'number' || !Number.isFinite(v769)) return false;
    const v770 = v767.per_page;
    if (v770 === undefined) return false;
    if (typeof v770 !== 'number' || !Number.isFinite(v770)) return false;
    const v771 = v767.total_count;
    if (v771 === undefined) return false;
    if (typeof v771 !== 'number' || !Number.isFinite(v771)) return false;
  }
  const v772 = v750.success;
  if (v772 === undefined) return false;
  if (!(v772 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResponse} is false. */
export function explainAigBillingSetTopupConfigResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v773 = value as unknown as Record<string, unknown>;
    const v774 = v773.errors;
    if (v774 === undefined) {
      fail(issues, path + '/errors', 'array', v774, 'is required');
    } else {
      if (!Array.isArray(v774)) {
        fail(issues, path + '/errors', 'array', v774);
      } else {
        const v775: unknown[] = v774 as unknown[];
        for (let v776 = 0; v776 < v775.length; v776++) {
          const v777 = v775[v776];
          if (typeof v777 !== 'object' || v777 === null || Array.isArray(v777)) {
            fail(issues, path + '/errors' + '/' + v776, 'object', v777);
          } else {
            const v778 = v777 as unknown as Record<string, unknown>;
            const v779 = v778.code;
            if (v779 === undefined) {
              fail(issues, path + '/errors' + '/' + v776 + '/code', 'number', v779, 'is required');
            } else {
              if (typeof v779 !== 'number' || !Number.isFinite(v779)) {
                fail(issues, path + '/errors' + '/' + v776 + '/code', 'number', v779);
              } else {
              }
            }
            const v780 = v778.message;
            if (v780 === undefined) {
              fail(issues, path + '/errors' + '/' + v776 + '/message', 'string', v780, 'is required');
            } else {
              if (typeof v780 !== 'string') {
                fail(issues, path + '/errors' + '/' + v776 + '/message', 'string', v780);
              } else {
              }
            }
          }
        }
      }
    }
    const v781 = v773.messages;
    if (v781 === undefined) {
      fail(issues, path + '/messages', 'array', v781, 'is required');
    } else {
      if (!Array.isArray(v781)) {
        fail(issues, path + '/messages', 'array', v781);
      } else {
        const v782: unknown[] = v781 as unknown[];
        for (let v783 = 0; v783 < v782.length; v783++) {
          const v784 = v782[v783];
          if (typeof v784 !== 'object' || v784 === null || Array.isArray(v784)) {
            fail(issues, path + '/messages' + '/' + v783, 'object', v784);
          } else {
            const v785 = v784 as unknown as Record<string, unknown>;
            const v786 = v785.code;
            if (v786 === undefined) {
              fail(issues, path + '/messages' + '/' + v783 + '/code', 'number', v786, 'is required');
            } else {
              if (typeof v786 !== 'number' || !Number.isFinite(v786)) {
                fail(issues, path + '/messages' + '/' + v783 + '/code', 'number', v786);
              } else {
              }
            }
            const v787 = v785.message;
            if (v787 === undefined) {
              fail(issues, path + '/messages' + '/' + v783 + '/message', 'string', v787, 'is required');
            } else {
              if (typeof v787 !== 'string') {
                fail(issues, path + '/messages' + '/' + v783 + '/message', 'string', v787);
              } else {
              }
            }
          }
        }
      }
    }
    const v788 = v773.result;
    if (v788 === undefined) {
      fail(issues, path + '/result', 'a value', v788, 'is required');
    } else {
      explainAigBillingSetTopupConfigResult(v788, path + '/result', issues);
    }
    const v789 = v773.result_info;
    if (v789 !== undefined) {
      if (typeof v789 !== 'object' || v789 === null || Array.isArray(v789)) {
        fail(issues, path + '/result_info', 'object', v789);
      } else {
        const v790 = v789 as unknown as Record<string, unknown>;
        const v791 = v790.has_more;
        if (v791 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v791, 'is required');
        } else {
          if (typeof v791 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v791);
          }
        }
        const v792 = v790.page;
        if (v792 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v792, 'is required');
        } else {
          if (typeof v792 !== 'number' || !Number.isFinite(v792)) {
            fail(issues, path + '/result_info' + '/page', 'number', v792);
          } else {
          }
        }
        const v793 = v790.per_page;
        if (v793 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v793, 'is required');
        } else {
          if (typeof v793 !== 'number' || !Number.isFinite(v793)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v793);
          } else {
          }
        }
        const v794 = v790.total_count;
        if (v794 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v794, 'is required');
        } else {
          if (typeof v794 !== 'number' || !Number.isFinite(v794)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v794);
          } else {
          }
        }
      }
    }
    const v795 = v773.success;
    if (v795 === undefined) {
      fail(issues, path + '/success', 'enum', v795, 'is required');
    } else {
      if (!(v795 === true)) {
        fail(issues, path + '/success', 'one of true', v795);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingSetTopupConfigResponse(
  value: unknown,
): ValidationResult<AigBillingSetTopupConfigResponse> {
  return isAigBillingSetTopupConfigResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingSetTopupConfigResponse) };
}

/** Whether `value` is a valid {@link AigBillingSetTopupConfigResult}. Fast: returns at the first problem. */
export function isAigBillingSetTopupConfigResult(value: unknown): value is AigBillingSetTopupConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v796 = value as unknown as Record<string, unknown>;
  const v797 = v796.amount;
  if (v797 === undefined) return false;
  if (typeof v797 !== 'number' || !Number.isFinite(v797)) return false;
  const v798 = v796.threshold;
  if (v798 === undefined) return false;
  if (typeof v798 !== 'number' || !Number.isFinite(v798)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResult} is false. */
export function explainAigBillingSetTopupConfigResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v799 = value as unknown as Record<string, unknown>;
    const v800 = v799.amount;
    if (v800 === undefined) {
      fail(issues, path + '/amount', 'number', v800, 'is required');
    } else {
      if (typeof v800 !== 'number' || !Number.isFinite(v800)) {
        fail(issues, path + '/amount', 'number', v800);
      } else {
      }
    }
    const v801 = v799.threshold;
    if (v801 === undefined) {
      fail(issues, path + '/threshold', 'number', v801, 'is required');
    } else {
      if (typeof v801 !== 'number' || !Number.isFinite(v801)) {
        fail(issues, path + '/threshold', 'number', v801);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link AigBillingSetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingSetTopupConfigResult(
  value: unknown,
): ValidationResult<AigBillingSetTopupConfigResult> {
  return isAigBillingSetTopupConfigResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingSetTopupConfigResult) };
}

/** Whether `value` is a valid {@link AigBillingTopupStatusResponse}. Fast: returns at the first problem. */
export function isAigBillingTopupStatusResponse(value: unknown): value is AigBillingTopupStatusResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v802 = value as unknown as Record<string, unknown>;
  const v803 = v802.errors;
  if (v803 === undefined) return false;
  if (!Array.isArray(v803)) return false;
  const v804: unknown[] = v803;
  for (let v805 = 0; v805 < v804.length; v805++) {
    const v806 = v804[v805];
    if (typeof v806 !== 'object' || v806 === null || Array.isArray(v806)) return false;
    const v807 = v806 as unknown as Record<string, unknown>;
    const v808 = v807.code;
    if (v808 === undefined) return false;
    if (typeof v808 !== 'number' || !Number.isFinite(v808)) return false;
    const v809 = v807.message;
    if (v809 === undefined) return false;
    if (typeof v809 !== 'string') return false;
  }
  const v810 = v802.messages;
  if (v810 === undefined) return false;
  if (!Array.isArray(v810)) return false;
  const v811: unknown[] = v810;
  for (let v812 = 0; v812 < v811.length; v812++) {
    const v813 = v811[v812];
    if (typeof v813 !== 'object' || v813 === null || Array.isArray(v813)) return false;
    const v814 = v813 as unknown as Record<string, unknown>;
    const v815 = v814.code;
    if (v815 === undefined) return false;
    if (typeof v815 !== 'number' || !Number.isFinite(v815)) return false;
    const v816 = v814.message;
    if (v816 === undefined) return false;
    if (typeof v816 !== 'string') return false;
  }
  const v817 = v802.result;
  if (v817 === undefined) return false;
  if (!isAigBillingTopupStatusResult(v817)) return false;
  const v818 = v802.result_info;
  if (v818 !== undefined) {
    if (typeof v818 !== 'object' || v818 === null || Array.isArray(v818)) return false;
    const v819 = v818 as unknown as Record<string, unknown>;
    const v820 = v819.has_more;
    if (v820 === undefined) return false;
    if (typeof v820 !== 'boolean') return false;
    const v821 = v819.page;
    if (v821 === undefined) return false;
    if (typeof v821 !== 'number' || !Number.isFinite(v821)) return false;
    const v822 = v819.per_page;
    if (v822 === undefined) return false;
    if (typeof v822 !== 'number' || !Number.isFinite(v822)) return false;
    const v823 = v819.total_count;
    if (v823 === undefined) return false;
    if (typeof v823 !== 'number' || !Number.isFinite(v823)) return false;
  }
  const v824 = v802.success;
  if (v824 === undefined) return false;
  if (!(v824 === true)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResponse} is false. */
export function explainAigBillingTopupStatusResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v825 = value as unknown as Record<string, unknown>;
    const v826 = v825.errors;
    if (v826 === undefined) {
      fail(issues, path + '/errors', 'array', v826, 'is required');
    } else {
      if (!Array.isArray(v826)) {
        fail(issues, path + '/errors', 'array', v826);
      } else {
        const v827: unknown[] = v826 as unknown[];
        for (let v828 = 0; v828 < v827.length; v828++) {
          const v829 = v827[v828];
          if (typeof v829 !== 'object' || v829 === null || Array.isArray(v829)) {
            fail(issues, path + '/errors' + '/' + v828, 'object', v829);
          } else {
            const v830 = v829 as unknown as Record<string, unknown>;
            const v831 = v830.code;
            if (v831 === undefined) {
              fail(issues, path + '/errors' + '/' + v828 + '/code', 'number', v831, 'is required');
            } else {
              if (typeof v831 !== 'number' || !Number.isFinite(v831)) {
                fail(issues, path + '/errors' + '/' + v828 + '/code', 'number', v831);
              } else {
              }
            }
            const v832 = v830.message;
            if (v832 === undefined) {
              fail(issues, path + '/errors' + '/' + v828 + '/message', 'string', v832, 'is required');
            } else {
              if (typeof v832 !== 'string') {
                fail(issues, path + '/errors' + '/' + v828 + '/message', 'string', v832);
              } else {
              }
            }
          }
        }
      }
    }
    const v833 = v825.messages;
    if (v833 === undefined) {
      fail(issues, path + '/messages', 'array', v833, 'is required');
    } else {
      if (!Array.isArray(v833)) {
        fail(issues, path + '/messages', 'array', v833);
      } else {
        const v834: unknown[] = v833 as unknown[];
        for (let v835 = 0; v835 < v834.length; v835++) {
          const v836 = v834[v835];
          if (typeof v836 !== 'object' || v836 === null || Array.isArray(v836)) {
            fail(issues, path + '/messages' + '/' + v835, 'object', v836);
          } else {
            const v837 = v836 as unknown as Record<string, unknown>;
            const v838 = v837.code;
            if (v838 === undefined) {
              fail(issues, path + '/messages' + '/' + v835 + '/code', 'number', v838, 'is required');
            } else {
              if (typeof v838 !== 'number' || !Number.isFinite(v838)) {
                fail(issues, path + '/messages' + '/' + v835 + '/code', 'number', v838);
              } else {
              }
            }
            const v839 = v837.message;
            if (v839 === undefined) {
              fail(issues, path + '/messages' + '/' + v835 + '/message', 'string', v839, 'is required');
            } else {
              if (typeof v839 !== 'string') {
                fail(issues, path + '/messages' + '/' + v835 + '/message', 'string', v839);
              } else {
              }
            }
          }
        }
      }
    }
    const v840 = v825.result;
    if (v840 === undefined) {
      fail(issues, path + '/result', 'a value', v840, 'is required');
    } else {
      explainAigBillingTopupStatusResult(v840, path + '/result', issues);
    }
    const v841 = v825.result_info;
    if (v841 !== undefined) {
      if (typeof v841 !== 'object' || v841 === null || Array.isArray(v841)) {
        fail(issues, path + '/result_info', 'object', v841);
      } else {
        const v842 = v841 as unknown as Record<string, unknown>;
        const v843 = v842.has_more;
        if (v843 === undefined) {
          fail(issues, path + '/result_info' + '/has_more', 'boolean', v843, 'is required');
        } else {
          if (typeof v843 !== 'boolean') {
            fail(issues, path + '/result_info' + '/has_more', 'boolean', v843);
          }
        }
        const v844 = v842.page;
        if (v844 === undefined) {
          fail(issues, path + '/result_info' + '/page', 'number', v844, 'is required');
        } else {
          if (typeof v844 !== 'number' || !Number.isFinite(v844)) {
            fail(issues, path + '/result_info' + '/page', 'number', v844);
          } else {
          }
        }
        const v845 = v842.per_page;
        if (v845 === undefined) {
          fail(issues, path + '/result_info' + '/per_page', 'number', v845, 'is required');
        } else {
          if (typeof v845 !== 'number' || !Number.isFinite(v845)) {
            fail(issues, path + '/result_info' + '/per_page', 'number', v845);
          } else {
          }
        }
        const v846 = v842.total_count;
        if (v846 === undefined) {
          fail(issues, path + '/result_info' + '/total_count', 'number', v846, 'is required');
        } else {
          if (typeof v846 !== 'number' || !Number.isFinite(v846)) {
            fail(issues, path + '/result_info' + '/total_count', 'number', v846);
          } else {
          }
        }
      }
    }
    const v847 = v825.success;
    if (v847 === undefined) {
      fail(issues, path + '/success', 'enum', v847, 'is required');
    } else {
      if (!(v847 === true)) {
        fail(issues, path + '/success', 'one of true', v847);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingTopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingTopupStatusResponse(value: unknown): ValidationResult<AigBillingTopupStatusResponse> {
  return isAigBillingTopupStatusResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingTopupStatusResponse) };
}

/** Whether `value` is a valid {@link AigBillingTopupStatusResult}. Fast: returns at the first problem. */
export function isAigBillingTopupStatusResult(value: unknown): value is AigBillingTopupStatusResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v848 = value as unknown as Record<string, unknown>;
  const v849 = v848.payment_intent_id;
  if (v849 === undefined) return false;
  if (typeof v849 !== 'string') return false;
  const v850 = v848.status;
  if (v850 === undefined) return false;
  if (!(v850 === 'completed' || v850 === 'pending')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResult} is false. */
export function explainAigBillingTopupStatusResult(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v851 = value as unknown as Record<string, unknown>;
    const v852 = v851.payment_intent_id;
    if (v852 === undefined) {
      fail(issues, path + '/payment_intent_id', 'string', v852, 'is required');
    } else {
      if (typeof v852 !== 'string') {
        fail(issues, path + '/payment_intent_id', 'string', v852);
      } else {
      }
    }
    const v853 = v851.status;
    if (v853 === undefined) {
      fail(issues, path + '/status', 'enum', v853, 'is required');
    } else {
      if (!(v853 === 'completed' || v853 === 'pending')) {
        fail(issues, path + '/status', 'one of "completed", "pending"', v853);
      }
    }
  }
}

/** Checks `value` against {@link AigBillingTopupStatusResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateAigBillingTopupStatusResult(value: unknown): ValidationResult<AigBillingTopupStatusResult> {
  return isAigBillingTopupStatusResult(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainAigBillingTopupStatusResult) };
}
