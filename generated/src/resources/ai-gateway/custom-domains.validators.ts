import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import type {
  CustomDomainCreateResponse,
  CustomDomainDeleteResponse,
  CustomDomainGetResponse,
  CustomDomainListResponse,
} from './custom-domains.types.js';

/** Whether `value` is a valid {@link CustomDomainCreateResponse}. Fast: returns at the first problem. */
export function isCustomDomainCreateResponse(value: unknown): value is CustomDomainCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.cname_target;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.created_at;
  if (v2 === undefined) return false;
  if (!Number.isInteger(v2)) return false;
  const v3 = v0.gateway_id;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  const v4 = v0.hostname;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v0.modified_at;
  if (v5 === undefined) return false;
  if (!Number.isInteger(v5)) return false;
  const v6 = v0.status;
  if (v6 === undefined) return false;
  if (!(v6 === 'initializing' || v6 === 'pending_dcv' || v6 === 'active' || v6 === 'blocked' || v6 === 'error'))
    return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateResponse} is false. */
export function explainCustomDomainCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v7 = value as unknown as Record<string, unknown>;
    const v8 = v7.cname_target;
    if (v8 === undefined) {
      fail(issues, path + '/cname_target', 'string', v8, 'is required');
    } else {
      if (typeof v8 !== 'string') {
        fail(issues, path + '/cname_target', 'string', v8);
      } else {
      }
    }
    const v9 = v7.created_at;
    if (v9 === undefined) {
      fail(issues, path + '/created_at', 'integer', v9, 'is required');
    } else {
      if (!Number.isInteger(v9)) {
        fail(issues, path + '/created_at', 'integer', v9);
      } else {
      }
    }
    const v10 = v7.gateway_id;
    if (v10 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v10, 'is required');
    } else {
      if (typeof v10 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v10);
      } else {
      }
    }
    const v11 = v7.hostname;
    if (v11 === undefined) {
      fail(issues, path + '/hostname', 'string', v11, 'is required');
    } else {
      if (typeof v11 !== 'string') {
        fail(issues, path + '/hostname', 'string', v11);
      } else {
      }
    }
    const v12 = v7.modified_at;
    if (v12 === undefined) {
      fail(issues, path + '/modified_at', 'integer', v12, 'is required');
    } else {
      if (!Number.isInteger(v12)) {
        fail(issues, path + '/modified_at', 'integer', v12);
      } else {
      }
    }
    const v13 = v7.status;
    if (v13 === undefined) {
      fail(issues, path + '/status', 'enum', v13, 'is required');
    } else {
      if (
        !(v13 === 'initializing' || v13 === 'pending_dcv' || v13 === 'active' || v13 === 'blocked' || v13 === 'error')
      ) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v13);
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainCreateResponse(value: unknown): ValidationResult<CustomDomainCreateResponse> {
  return isCustomDomainCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainCreateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomDomainCreateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v14 = value as unknown as Record<string, unknown>;
  const v15 = v14.gateway_id;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'string') return false;
  if (v15.length < 1 || (v15.length < 2 && codePoints(v15) < 1)) return false;
  if (v15.length > 64 && codePoints(v15) > 64) return false;
  const v16 = v14.account_id;
  if (v16 !== undefined) {
    if (typeof v16 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateArgs} is false. */
export function explainCustomDomainCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v17 = value as unknown as Record<string, unknown>;
    const v18 = v17.gateway_id;
    if (v18 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v18, 'is required');
    } else {
      if (typeof v18 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v18);
      } else {
        if (v18.length < 1 || (v18.length < 2 && codePoints(v18) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v18);
        }
        if (v18.length > 64 && codePoints(v18) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v18);
        }
      }
    }
    const v19 = v17.account_id;
    if (v19 !== undefined) {
      if (typeof v19 !== 'string') {
        fail(issues, path + '/account_id', 'string', v19);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainCreateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomDomainCreateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainCreateArgs) };
}

/** Whether `value` is a valid {@link CustomDomainDeleteResponse}. Fast: returns at the first problem. */
export function isCustomDomainDeleteResponse(value: unknown): value is CustomDomainDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v20 = value as unknown as Record<string, unknown>;
  const v21 = v20.created_at;
  if (v21 === undefined) return false;
  if (!Number.isInteger(v21)) return false;
  const v22 = v20.gateway_id;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'string') return false;
  if (v22.length < 1 || (v22.length < 2 && codePoints(v22) < 1)) return false;
  if (v22.length > 64 && codePoints(v22) > 64) return false;
  const v23 = v20.hostname;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'string') return false;
  if (v23.length < 1 || (v23.length < 2 && codePoints(v23) < 1)) return false;
  if (v23.length > 253 && codePoints(v23) > 253) return false;
  const v24 = v20.modified_at;
  if (v24 === undefined) return false;
  if (!Number.isInteger(v24)) return false;
  const v25 = v20.ssl_hostname_id;
  if (v25 === undefined) return false;
  if (v25 !== null) {
    if (typeof v25 !== 'string') return false;
  }
  const v26 = v20.status;
  if (v26 === undefined) return false;
  if (!(v26 === 'initializing' || v26 === 'pending_dcv' || v26 === 'active' || v26 === 'blocked' || v26 === 'error'))
    return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteResponse} is false. */
export function explainCustomDomainDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v27 = value as unknown as Record<string, unknown>;
    const v28 = v27.created_at;
    if (v28 === undefined) {
      fail(issues, path + '/created_at', 'integer', v28, 'is required');
    } else {
      if (!Number.isInteger(v28)) {
        fail(issues, path + '/created_at', 'integer', v28);
      } else {
      }
    }
    const v29 = v27.gateway_id;
    if (v29 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v29, 'is required');
    } else {
      if (typeof v29 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v29);
      } else {
        if (v29.length < 1 || (v29.length < 2 && codePoints(v29) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v29);
        }
        if (v29.length > 64 && codePoints(v29) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v29);
        }
      }
    }
    const v30 = v27.hostname;
    if (v30 === undefined) {
      fail(issues, path + '/hostname', 'string', v30, 'is required');
    } else {
      if (typeof v30 !== 'string') {
        fail(issues, path + '/hostname', 'string', v30);
      } else {
        if (v30.length < 1 || (v30.length < 2 && codePoints(v30) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v30);
        }
        if (v30.length > 253 && codePoints(v30) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v30);
        }
      }
    }
    const v31 = v27.modified_at;
    if (v31 === undefined) {
      fail(issues, path + '/modified_at', 'integer', v31, 'is required');
    } else {
      if (!Number.isInteger(v31)) {
        fail(issues, path + '/modified_at', 'integer', v31);
      } else {
      }
    }
    const v32 = v27.ssl_hostname_id;
    if (v32 === undefined) {
      fail(issues, path + '/ssl_hostname_id', 'string or null', v32, 'is required');
    } else {
      if (v32 !== null) {
        if (typeof v32 !== 'string') {
          fail(issues, path + '/ssl_hostname_id', 'string', v32);
        } else {
        }
      }
    }
    const v33 = v27.status;
    if (v33 === undefined) {
      fail(issues, path + '/status', 'enum', v33, 'is required');
    } else {
      if (
        !(v33 === 'initializing' || v33 === 'pending_dcv' || v33 === 'active' || v33 === 'blocked' || v33 === 'error')
      ) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v33);
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainDeleteResponse(value: unknown): ValidationResult<CustomDomainDeleteResponse> {
  return isCustomDomainDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomDomainDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v34 = value as unknown as Record<string, unknown>;
  const v35 = v34.gateway_id;
  if (v35 === undefined) return false;
  if (typeof v35 !== 'string') return false;
  if (v35.length < 1 || (v35.length < 2 && codePoints(v35) < 1)) return false;
  if (v35.length > 64 && codePoints(v35) > 64) return false;
  const v36 = v34.hostname;
  if (v36 === undefined) return false;
  if (typeof v36 !== 'string') return false;
  if (v36.length < 1 || (v36.length < 2 && codePoints(v36) < 1)) return false;
  if (v36.length > 253 && codePoints(v36) > 253) return false;
  const v37 = v34.account_id;
  if (v37 !== undefined) {
    if (typeof v37 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteArgs} is false. */
export function explainCustomDomainDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v38 = value as unknown as Record<string, unknown>;
    const v39 = v38.gateway_id;
    if (v39 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v39, 'is required');
    } else {
      if (typeof v39 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v39);
      } else {
        if (v39.length < 1 || (v39.length < 2 && codePoints(v39) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v39);
        }
        if (v39.length > 64 && codePoints(v39) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v39);
        }
      }
    }
    const v40 = v38.hostname;
    if (v40 === undefined) {
      fail(issues, path + '/hostname', 'string', v40, 'is required');
    } else {
      if (typeof v40 !== 'string') {
        fail(issues, path + '/hostname', 'string', v40);
      } else {
        if (v40.length < 1 || (v40.length < 2 && codePoints(v40) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v40);
        }
        if (v40.length > 253 && codePoints(v40) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v40);
        }
      }
    }
    const v41 = v38.account_id;
    if (v41 !== undefined) {
      if (typeof v41 !== 'string') {
        fail(issues, path + '/account_id', 'string', v41);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomDomainDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainDeleteArgs) };
}

/** Whether `value` is a valid {@link CustomDomainGetResponse}. Fast: returns at the first problem. */
export function isCustomDomainGetResponse(value: unknown): value is CustomDomainGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v42 = value as unknown as Record<string, unknown>;
  const v43 = v42.created_at;
  if (v43 === undefined) return false;
  if (!Number.isInteger(v43)) return false;
  const v44 = v42.gateway_id;
  if (v44 === undefined) return false;
  if (typeof v44 !== 'string') return false;
  if (v44.length < 1 || (v44.length < 2 && codePoints(v44) < 1)) return false;
  if (v44.length > 64 && codePoints(v44) > 64) return false;
  const v45 = v42.hostname;
  if (v45 === undefined) return false;
  if (typeof v45 !== 'string') return false;
  if (v45.length < 1 || (v45.length < 2 && codePoints(v45) < 1)) return false;
  if (v45.length > 253 && codePoints(v45) > 253) return false;
  const v46 = v42.modified_at;
  if (v46 === undefined) return false;
  if (!Number.isInteger(v46)) return false;
  const v47 = v42.ssl_hostname_id;
  if (v47 === undefined) return false;
  if (v47 !== null) {
    if (typeof v47 !== 'string') return false;
  }
  const v48 = v42.status;
  if (v48 === undefined) return false;
  if (!(v48 === 'initializing' || v48 === 'pending_dcv' || v48 === 'active' || v48 === 'blocked' || v48 === 'error'))
    return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainGetResponse} is false. */
export function explainCustomDomainGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v49 = value as unknown as Record<string, unknown>;
    const v50 = v49.created_at;
    if (v50 === undefined) {
      fail(issues, path + '/created_at', 'integer', v50, 'is required');
    } else {
      if (!Number.isInteger(v50)) {
        fail(issues, path + '/created_at', 'integer', v50);
      } else {
      }
    }
    const v51 = v49.gateway_id;
    if (v51 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v51, 'is required');
    } else {
      if (typeof v51 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v51);
      } else {
        if (v51.length < 1 || (v51.length < 2 && codePoints(v51) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v51);
        }
        if (v51.length > 64 && codePoints(v51) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v51);
        }
      }
    }
    const v52 = v49.hostname;
    if (v52 === undefined) {
      fail(issues, path + '/hostname', 'string', v52, 'is required');
    } else {
      if (typeof v52 !== 'string') {
        fail(issues, path + '/hostname', 'string', v52);
      } else {
        if (v52.length < 1 || (v52.length < 2 && codePoints(v52) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v52);
        }
        if (v52.length > 253 && codePoints(v52) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v52);
        }
      }
    }
    const v53 = v49.modified_at;
    if (v53 === undefined) {
      fail(issues, path + '/modified_at', 'integer', v53, 'is required');
    } else {
      if (!Number.isInteger(v53)) {
        fail(issues, path + '/modified_at', 'integer', v53);
      } else {
      }
    }
    const v54 = v49.ssl_hostname_id;
    if (v54 === undefined) {
      fail(issues, path + '/ssl_hostname_id', 'string or null', v54, 'is required');
    } else {
      if (v54 !== null) {
        if (typeof v54 !== 'string') {
          fail(issues, path + '/ssl_hostname_id', 'string', v54);
        } else {
        }
      }
    }
    const v55 = v49.status;
    if (v55 === undefined) {
      fail(issues, path + '/status', 'enum', v55, 'is required');
    } else {
      if (
        !(v55 === 'initializing' || v55 === 'pending_dcv' || v55 === 'active' || v55 === 'blocked' || v55 === 'error')
      ) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v55);
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainGetResponse(value: unknown): ValidationResult<CustomDomainGetResponse> {
  return isCustomDomainGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomDomainGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v56 = value as unknown as Record<string, unknown>;
  const v57 = v56.gateway_id;
  if (v57 === undefined) return false;
  if (typeof v57 !== 'string') return false;
  if (v57.length < 1 || (v57.length < 2 && codePoints(v57) < 1)) return false;
  if (v57.length > 64 && codePoints(v57) > 64) return false;
  const v58 = v56.hostname;
  if (v58 === undefined) return false;
  if (typeof v58 !== 'string') return false;
  if (v58.length < 1 || (v58.length < 2 && codePoints(v58) < 1)) return false;
  if (v58.length > 253 && codePoints(v58) > 253) return false;
  const v59 = v56.account_id;
  if (v59 !== undefined) {
    if (typeof v59 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainGetArgs} is false. */
export function explainCustomDomainGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v60 = value as unknown as Record<string, unknown>;
    const v61 = v60.gateway_id;
    if (v61 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v61, 'is required');
    } else {
      if (typeof v61 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v61);
      } else {
        if (v61.length < 1 || (v61.length < 2 && codePoints(v61) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v61);
        }
        if (v61.length > 64 && codePoints(v61) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v61);
        }
      }
    }
    const v62 = v60.hostname;
    if (v62 === undefined) {
      fail(issues, path + '/hostname', 'string', v62, 'is required');
    } else {
      if (typeof v62 !== 'string') {
        fail(issues, path + '/hostname', 'string', v62);
      } else {
        if (v62.length < 1 || (v62.length < 2 && codePoints(v62) < 1)) {
          fail(issues, path + '/hostname', 'string of at least 1 characters', v62);
        }
        if (v62.length > 253 && codePoints(v62) > 253) {
          fail(issues, path + '/hostname', 'string of at most 253 characters', v62);
        }
      }
    }
    const v63 = v60.account_id;
    if (v63 !== undefined) {
      if (typeof v63 !== 'string') {
        fail(issues, path + '/account_id', 'string', v63);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomDomainGetArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainGetArgs) };
}

/** Whether `value` is a valid {@link CustomDomainListResponse}. Fast: returns at the first problem. */
export function isCustomDomainListResponse(value: unknown): value is CustomDomainListResponse {
  if (!Array.isArray(value)) return false;
  const v64: unknown[] = value;
  for (let v65 = 0; v65 < v64.length; v65++) {
    const v66 = v64[v65];
    if (typeof v66 !== 'object' || v66 === null || Array.isArray(v66)) return false;
    const v67 = v66 as unknown as Record<string, unknown>;
    const v68 = v67.created_at;
    if (v68 === undefined) return false;
    if (!Number.isInteger(v68)) return false;
    const v69 = v67.gateway_id;
    if (v69 === undefined) return false;
    if (typeof v69 !== 'string') return false;
    if (v69.length < 1 || (v69.length < 2 && codePoints(v69) < 1)) return false;
    if (v69.length > 64 && codePoints(v69) > 64) return false;
    const v70 = v67.hostname;
    if (v70 === undefined) return false;
    if (typeof v70 !== 'string') return false;
    if (v70.length < 1 || (v70.length < 2 && codePoints(v70) < 1)) return false;
    if (v70.length > 253 && codePoints(v70) > 253) return false;
    const v71 = v67.modified_at;
    if (v71 === undefined) return false;
    if (!Number.isInteger(v71)) return false;
    const v72 = v67.ssl_hostname_id;
    if (v72 === undefined) return false;
    if (v72 !== null) {
      if (typeof v72 !== 'string') return false;
    }
    const v73 = v67.status;
    if (v73 === undefined) return false;
    if (!(v73 === 'initializing' || v73 === 'pending_dcv' || v73 === 'active' || v73 === 'blocked' || v73 === 'error'))
      return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListResponse} is false. */
export function explainCustomDomainListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v74: unknown[] = value as unknown[];
    for (let v75 = 0; v75 < v74.length; v75++) {
      const v76 = v74[v75];
      if (typeof v76 !== 'object' || v76 === null || Array.isArray(v76)) {
        fail(issues, path + '/' + v75, 'object', v76);
      } else {
        const v77 = v76 as unknown as Record<string, unknown>;
        const v78 = v77.created_at;
        if (v78 === undefined) {
          fail(issues, path + '/' + v75 + '/created_at', 'integer', v78, 'is required');
        } else {
          if (!Number.isInteger(v78)) {
            fail(issues, path + '/' + v75 + '/created_at', 'integer', v78);
          } else {
          }
        }
        const v79 = v77.gateway_id;
        if (v79 === undefined) {
          fail(issues, path + '/' + v75 + '/gateway_id', 'string', v79, 'is required');
        } else {
          if (typeof v79 !== 'string') {
            fail(issues, path + '/' + v75 + '/gateway_id', 'string', v79);
          } else {
            if (v79.length < 1 || (v79.length < 2 && codePoints(v79) < 1)) {
              fail(issues, path + '/' + v75 + '/gateway_id', 'string of at least 1 characters', v79);
            }
            if (v79.length > 64 && codePoints(v79) > 64) {
              fail(issues, path + '/' + v75 + '/gateway_id', 'string of at most 64 characters', v79);
            }
          }
        }
        const v80 = v77.hostname;
        if (v80 === undefined) {
          fail(issues, path + '/' + v75 + '/hostname', 'string', v80, 'is required');
        } else {
          if (typeof v80 !== 'string') {
            fail(issues, path + '/' + v75 + '/hostname', 'string', v80);
          } else {
            if (v80.length < 1 || (v80.length < 2 && codePoints(v80) < 1)) {
              fail(issues, path + '/' + v75 + '/hostname', 'string of at least 1 characters', v80);
            }
            if (v80.length > 253 && codePoints(v80) > 253) {
              fail(issues, path + '/' + v75 + '/hostname', 'string of at most 253 characters', v80);
            }
          }
        }
        const v81 = v77.modified_at;
        if (v81 === undefined) {
          fail(issues, path + '/' + v75 + '/modified_at', 'integer', v81, 'is required');
        } else {
          if (!Number.isInteger(v81)) {
            fail(issues, path + '/' + v75 + '/modified_at', 'integer', v81);
          } else {
          }
        }
        const v82 = v77.ssl_hostname_id;
        if (v82 === undefined) {
          fail(issues, path + '/' + v75 + '/ssl_hostname_id', 'string or null', v82, 'is required');
        } else {
          if (v82 !== null) {
            if (typeof v82 !== 'string') {
              fail(issues, path + '/' + v75 + '/ssl_hostname_id', 'string', v82);
            } else {
            }
          }
        }
        const v83 = v77.status;
        if (v83 === undefined) {
          fail(issues, path + '/' + v75 + '/status', 'enum', v83, 'is required');
        } else {
          if (
            !(
              v83 === 'initializing' ||
              v83 === 'pending_dcv' ||
              v83 === 'active' ||
              v83 === 'blocked' ||
              v83 === 'error'
            )
          ) {
            fail(
              issues,
              path + '/' + v75 + '/status',
              'one of "initializing", "pending_dcv", "active", "blocked", "error"',
              v83,
            );
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CustomDomainListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainListResponse(value: unknown): ValidationResult<CustomDomainListResponse> {
  return isCustomDomainListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomDomainListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v84 = value as unknown as Record<string, unknown>;
  const v85 = v84.gateway_id;
  if (v85 === undefined) return false;
  if (typeof v85 !== 'string') return false;
  if (v85.length < 1 || (v85.length < 2 && codePoints(v85) < 1)) return false;
  if (v85.length > 64 && codePoints(v85) > 64) return false;
  const v86 = v84.account_id;
  if (v86 !== undefined) {
    if (typeof v86 !== 'string') return false;
  }
  const v87 = v84.page;
  if (v87 !== undefined) {
    if (!Number.isInteger(v87)) return false;
    if ((v87 as number) < 1) return false;
  }
  const v88 = v84.per_page;
  if (v88 !== undefined) {
    if (!Number.isInteger(v88)) return false;
    if ((v88 as number) < 1) return false;
    if ((v88 as number) > 100) return false;
  }
  const v89 = v84.search;
  if (v89 !== undefined) {
    if (typeof v89 !== 'string') return false;
  }
  const v90 = v84.status;
  if (v90 !== undefined) {
    if (!(v90 === 'initializing' || v90 === 'pending_dcv' || v90 === 'active' || v90 === 'blocked' || v90 === 'error'))
      return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListArgs} is false. */
export function explainCustomDomainListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v91 = value as unknown as Record<string, unknown>;
    const v92 = v91.gateway_id;
    if (v92 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v92, 'is required');
    } else {
      if (typeof v92 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v92);
      } else {
        if (v92.length < 1 || (v92.length < 2 && codePoints(v92) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v92);
        }
        if (v92.length > 64 && codePoints(v92) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v92);
        }
      }
    }
    const v93 = v91.account_id;
    if (v93 !== undefined) {
      if (typeof v93 !== 'string') {
        fail(issues, path + '/account_id', 'string', v93);
      } else {
      }
    }
    const v94 = v91.page;
    if (v94 !== undefined) {
      if (!Number.isInteger(v94)) {
        fail(issues, path + '/page', 'integer', v94);
      } else {
        if ((v94 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v94, 'must be >= 1');
        }
      }
    }
    const v95 = v91.per_page;
    if (v95 !== undefined) {
      if (!Number.isInteger(v95)) {
        fail(issues, path + '/per_page', 'integer', v95);
      } else {
        if ((v95 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v95, 'must be >= 1');
        }
        if ((v95 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v95, 'must be <= 100');
        }
      }
    }
    const v96 = v91.search;
    if (v96 !== undefined) {
      if (typeof v96 !== 'string') {
        fail(issues, path + '/search', 'string', v96);
      } else {
      }
    }
    const v97 = v91.status;
    if (v97 !== undefined) {
      if (
        !(v97 === 'initializing' || v97 === 'pending_dcv' || v97 === 'active' || v97 === 'blocked' || v97 === 'error')
      ) {
        fail(issues, path + '/status', 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v97);
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomDomainListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomDomainListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomDomainListArgs) };
}
