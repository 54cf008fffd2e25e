import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime } from '../../core/formats.js';
import type {
  ProviderConfigCreateResponse,
  ProviderConfigDeleteResponse,
  ProviderConfigListResponse,
  ProviderConfigUpdateResponse,
} from './provider-configs.types.js';

/** Whether `value` is a valid {@link ProviderConfigCreateResponse}. Fast: returns at the first problem. */
export function isProviderConfigCreateResponse(value: unknown): value is ProviderConfigCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.alias;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.default_config;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'boolean') return false;
  const v3 = v0.gateway_id;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (v3.length < 1 || (v3.length < 2 && codePoints(v3) < 1)) return false;
  if (v3.length > 64 && codePoints(v3) > 64) return false;
  const v4 = v0.id;
  if (v4 === undefined) return false;
  if (typeof v4 !== 'string') return false;
  const v5 = v0.modified_at;
  if (v5 === undefined) return false;
  if (typeof v5 !== 'string') return false;
  if (!isDateTime(v5)) return false;
  const v6 = v0.provider_slug;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  const v7 = v0.rate_limit;
  if (v7 !== undefined) {
    if (typeof v7 !== 'number' || !Number.isFinite(v7)) return false;
  }
  const v8 = v0.rate_limit_period;
  if (v8 !== undefined) {
    if (typeof v8 !== 'number' || !Number.isFinite(v8)) return false;
  }
  const v9 = v0.secret_id;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.secret_preview;
  if (v10 === undefined) return false;
  if (typeof v10 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateResponse} is false. */
export function explainProviderConfigCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v11 = value as unknown as Record<string, unknown>;
    const v12 = v11.alias;
    if (v12 === undefined) {
      fail(issues, path + '/alias', 'string', v12, 'is required');
    } else {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/alias', 'string', v12);
      } else {
      }
    }
    const v13 = v11.default_config;
    if (v13 === undefined) {
      fail(issues, path + '/default_config', 'boolean', v13, 'is required');
    } else {
      if (typeof v13 !== 'boolean') {
        fail(issues, path + '/default_config', 'boolean', v13);
      }
    }
    const v14 = v11.gateway_id;
    if (v14 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v14, 'is required');
    } else {
      if (typeof v14 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v14);
      } else {
        if (v14.length < 1 || (v14.length < 2 && codePoints(v14) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v14);
        }
        if (v14.length > 64 && codePoints(v14) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v14);
        }
      }
    }
    const v15 = v11.id;
    if (v15 === undefined) {
      fail(issues, path + '/id', 'string', v15, 'is required');
    } else {
      if (typeof v15 !== 'string') {
        fail(issues, path + '/id', 'string', v15);
      } else {
      }
    }
    const v16 = v11.modified_at;
    if (v16 === undefined) {
      fail(issues, path + '/modified_at', 'string', v16, 'is required');
    } else {
      if (typeof v16 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v16);
      } else {
        if (!isDateTime(v16)) {
          fail(issues, path + '/modified_at', 'date-time string', v16);
        }
      }
    }
    const v17 = v11.provider_slug;
    if (v17 === undefined) {
      fail(issues, path + '/provider_slug', 'string', v17, 'is required');
    } else {
      if (typeof v17 !== 'string') {
        fail(issues, path + '/provider_slug', 'string', v17);
      } else {
      }
    }
    const v18 = v11.rate_limit;
    if (v18 !== undefined) {
      if (typeof v18 !== 'number' || !Number.isFinite(v18)) {
        fail(issues, path + '/rate_limit', 'number', v18);
      } else {
      }
    }
    const v19 = v11.rate_limit_period;
    if (v19 !== undefined) {
      if (typeof v19 !== 'number' || !Number.isFinite(v19)) {
        fail(issues, path + '/rate_limit_period', 'number', v19);
      } else {
      }
    }
    const v20 = v11.secret_id;
    if (v20 === undefined) {
      fail(issues, path + '/secret_id', 'string', v20, 'is required');
    } else {
      if (typeof v20 !== 'string') {
        fail(issues, path + '/secret_id', 'string', v20);
      } else {
      }
    }
    const v21 = v11.secret_preview;
    if (v21 === undefined) {
      fail(issues, path + '/secret_preview', 'string', v21, 'is required');
    } else {
      if (typeof v21 !== 'string') {
        fail(issues, path + '/secret_preview', 'string', v21);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigCreateResponse(value: unknown): ValidationResult<ProviderConfigCreateResponse> {
  return isProviderConfigCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigCreateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isProviderConfigCreateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v22 = value as unknown as Record<string, unknown>;
  const v23 = v22.gateway_id;
  if (v23 === undefined) return false;
  if (typeof v23 !== 'string') return false;
  if (v23.length < 1 || (v23.length < 2 && codePoints(v23) < 1)) return false;
  if (v23.length > 64 && codePoints(v23) > 64) return false;
  const v24 = v22.account_id;
  if (v24 !== undefined) {
    if (typeof v24 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateArgs} is false. */
export function explainProviderConfigCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v25 = value as unknown as Record<string, unknown>;
    const v26 = v25.gateway_id;
    if (v26 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v26, 'is required');
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
    const v27 = v25.account_id;
    if (v27 !== undefined) {
      if (typeof v27 !== 'string') {
        fail(issues, path + '/account_id', 'string', v27);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigCreateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isProviderConfigCreateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigCreateArgs) };
}

/** Whether `value` is a valid {@link ProviderConfigDeleteResponse}. Fast: returns at the first problem. */
export function isProviderConfigDeleteResponse(value: unknown): value is ProviderConfigDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v28 = value as unknown as Record<string, unknown>;
  const v29 = v28.alias;
  if (v29 === undefined) return false;
  if (typeof v29 !== 'string') return false;
  const v30 = v28.default_config;
  if (v30 === undefined) return false;
  if (typeof v30 !== 'boolean') return false;
  const v31 = v28.gateway_id;
  if (v31 === undefined) return false;
  if (typeof v31 !== 'string') return false;
  if (v31.length < 1 || (v31.length < 2 && codePoints(v31) < 1)) return false;
  if (v31.length > 64 && codePoints(v31) > 64) return false;
  const v32 = v28.id;
  if (v32 === undefined) return false;
  if (typeof v32 !== 'string') return false;
  const v33 = v28.modified_at;
  if (v33 === undefined) return false;
  if (typeof v33 !== 'string') return false;
  if (!isDateTime(v33)) return false;
  const v34 = v28.provider_slug;
  if (v34 === undefined) return false;
  if (typeof v34 !== 'string') return false;
  const v35 = v28.rate_limit;
  if (v35 !== undefined) {
    if (typeof v35 !== 'number' || !Number.isFinite(v35)) return false;
  }
  const v36 = v28.rate_limit_period;
  if (v36 !== undefined) {
    if (typeof v36 !== 'number' || !Number.isFinite(v36)) return false;
  }
  const v37 = v28.secret_id;
  if (v37 === undefined) return false;
  if (typeof v37 !== 'string') return false;
  const v38 = v28.secret_preview;
  if (v38 === undefined) return false;
  if (typeof v38 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteResponse} is false. */
export function explainProviderConfigDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v39 = value as unknown as Record<string, unknown>;
    const v40 = v39.alias;
    if (v40 === undefined) {
      fail(issues, path + '/alias', 'string', v40, 'is required');
    } else {
      if (typeof v40 !== 'string') {
        fail(issues, path + '/alias', 'string', v40);
      } else {
      }
    }
    const v41 = v39.default_config;
    if (v41 === undefined) {
      fail(issues, path + '/default_config', 'boolean', v41, 'is required');
    } else {
      if (typeof v41 !== 'boolean') {
        fail(issues, path + '/default_config', 'boolean', v41);
      }
    }
    const v42 = v39.gateway_id;
    if (v42 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v42, 'is required');
    } else {
      if (typeof v42 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v42);
      } else {
        if (v42.length < 1 || (v42.length < 2 && codePoints(v42) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v42);
        }
        if (v42.length > 64 && codePoints(v42) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v42);
        }
      }
    }
    const v43 = v39.id;
    if (v43 === undefined) {
      fail(issues, path + '/id', 'string', v43, 'is required');
    } else {
      if (typeof v43 !== 'string') {
        fail(issues, path + '/id', 'string', v43);
      } else {
      }
    }
    const v44 = v39.modified_at;
    if (v44 === undefined) {
      fail(issues, path + '/modified_at', 'string', v44, 'is required');
    } else {
      if (typeof v44 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v44);
      } else {
        if (!isDateTime(v44)) {
          fail(issues, path + '/modified_at', 'date-time string', v44);
        }
      }
    }
    const v45 = v39.provider_slug;
    if (v45 === undefined) {
      fail(issues, path + '/provider_slug', 'string', v45, 'is required');
    } else {
      if (typeof v45 !== 'string') {
        fail(issues, path + '/provider_slug', 'string', v45);
      } else {
      }
    }
    const v46 = v39.rate_limit;
    if (v46 !== undefined) {
      if (typeof v46 !== 'number' || !Number.isFinite(v46)) {
        fail(issues, path + '/rate_limit', 'number', v46);
      } else {
      }
    }
    const v47 = v39.rate_limit_period;
    if (v47 !== undefined) {
      if (typeof v47 !== 'number' || !Number.isFinite(v47)) {
        fail(issues, path + '/rate_limit_period', 'number', v47);
      } else {
      }
    }
    const v48 = v39.secret_id;
    if (v48 === undefined) {
      fail(issues, path + '/secret_id', 'string', v48, 'is required');
    } else {
      if (typeof v48 !== 'string') {
        fail(issues, path + '/secret_id', 'string', v48);
      } else {
      }
    }
    const v49 = v39.secret_preview;
    if (v49 === undefined) {
      fail(issues, path + '/secret_preview', 'string', v49, 'is required');
    } else {
      if (typeof v49 !== 'string') {
        fail(issues, path + '/secret_preview', 'string', v49);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigDeleteResponse(value: unknown): ValidationResult<ProviderConfigDeleteResponse> {
  return isProviderConfigDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isProviderConfigDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v50 = value as unknown as Record<string, unknown>;
  const v51 = v50.gateway_id;
  if (v51 === undefined) return false;
  if (typeof v51 !== 'string') return false;
  if (v51.length < 1 || (v51.length < 2 && codePoints(v51) < 1)) return false;
  if (v51.length > 64 && codePoints(v51) > 64) return false;
  const v52 = v50.id;
  if (v52 === undefined) return false;
  if (typeof v52 !== 'string') return false;
  const v53 = v50.account_id;
  if (v53 !== undefined) {
    if (typeof v53 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteArgs} is false. */
export function explainProviderConfigDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v54 = value as unknown as Record<string, unknown>;
    const v55 = v54.gateway_id;
    if (v55 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v55, 'is required');
    } else {
      if (typeof v55 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v55);
      } else {
        if (v55.length < 1 || (v55.length < 2 && codePoints(v55) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v55);
        }
        if (v55.length > 64 && codePoints(v55) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v55);
        }
      }
    }
    const v56 = v54.id;
    if (v56 === undefined) {
      fail(issues, path + '/id', 'string', v56, 'is required');
    } else {
      if (typeof v56 !== 'string') {
        fail(issues, path + '/id', 'string', v56);
      } else {
      }
    }
    const v57 = v54.account_id;
    if (v57 !== undefined) {
      if (typeof v57 !== 'string') {
        fail(issues, path + '/account_id', 'string', v57);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isProviderConfigDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigDeleteArgs) };
}

/** Whether `value` is a valid {@link ProviderConfigListResponse}. Fast: returns at the first problem. */
export function isProviderConfigListResponse(value: unknown): value is ProviderConfigListResponse {
  if (!Array.isArray(value)) return false;
  const v58: unknown[] = value;
  for (let v59 = 0; v59 < v58.length; v59++) {
    const v60 = v58[v59];
    if (typeof v60 !== 'object' || v60 === null || Array.isArray(v60)) return false;
    const v61 = v60 as unknown as Record<string, unknown>;
    const v62 = v61.alias;
    if (v62 === undefined) return false;
    if (typeof v62 !== 'string') return false;
    const v63 = v61.default_config;
    if (v63 === undefined) return false;
    if (typeof v63 !== 'boolean') return false;
    const v64 = v61.gateway_id;
    if (v64 === undefined) return false;
    if (typeof v64 !== 'string') return false;
    if (v64.length < 1 || (v64.length < 2 && codePoints(v64) < 1)) return false;
    if (v64.length > 64 && codePoints(v64) > 64) return false;
    const v65 = v61.id;
    if (v65 === undefined) return false;
    if (typeof v65 !== 'string') return false;
    const v66 = v61.modified_at;
    if (v66 === undefined) return false;
    if (typeof v66 !== 'string') return false;
    if (!isDateTime(v66)) return false;
    const v67 = v61.provider_slug;
    if (v67 === undefined) return false;
    if (typeof v67 !== 'string') return false;
    const v68 = v61.rate_limit;
    if (v68 !== undefined) {
      if (typeof v68 !== 'number' || !Number.isFinite(v68)) return false;
    }
    const v69 = v61.rate_limit_period;
    if (v69 !== undefined) {
      if (typeof v69 !== 'number' || !Number.isFinite(v69)) return false;
    }
    const v70 = v61.secret_id;
    if (v70 === undefined) return false;
    if (typeof v70 !== 'string') return false;
    const v71 = v61.secret_preview;
    if (v71 === undefined) return false;
    if (typeof v71 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListResponse} is false. */
export function explainProviderConfigListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v72: unknown[] = value as unknown[];
    for (let v73 = 0; v73 < v72.length; v73++) {
      const v74 = v72[v73];
      if (typeof v74 !== 'object' || v74 === null || Array.isArray(v74)) {
        fail(issues, path + '/' + v73, 'object', v74);
      } else {
        const v75 = v74 as unknown as Record<string, unknown>;
        const v76 = v75.alias;
        if (v76 === undefined) {
          fail(issues, path + '/' + v73 + '/alias', 'string', v76, 'is required');
        } else {
          if (typeof v76 !== 'string') {
            fail(issues, path + '/' + v73 + '/alias', 'string', v76);
          } else {
          }
        }
        const v77 = v75.default_config;
        if (v77 === undefined) {
          fail(issues, path + '/' + v73 + '/default_config', 'boolean', v77, 'is required');
        } else {
          if (typeof v77 !== 'boolean') {
            fail(issues, path + '/' + v73 + '/default_config', 'boolean', v77);
          }
        }
        const v78 = v75.gateway_id;
        if (v78 === undefined) {
          fail(issues, path + '/' + v73 + '/gateway_id', 'string', v78, 'is required');
        } else {
          if (typeof v78 !== 'string') {
            fail(issues, path + '/' + v73 + '/gateway_id', 'string', v78);
          } else {
            if (v78.length < 1 || (v78.length < 2 && codePoints(v78) < 1)) {
              fail(issues, path + '/' + v73 + '/gateway_id', 'string of at least 1 characters', v78);
            }
            if (v78.length > 64 && codePoints(v78) > 64) {
              fail(issues, path + '/' + v73 + '/gateway_id', 'string of at most 64 characters', v78);
            }
          }
        }
        const v79 = v75.id;
        if (v79 === undefined) {
          fail(issues, path + '/' + v73 + '/id', 'string', v79, 'is required');
        } else {
          if (typeof v79 !== 'string') {
            fail(issues, path + '/' + v73 + '/id', 'string', v79);
          } else {
          }
        }
        const v80 = v75.modified_at;
        if (v80 === undefined) {
          fail(issues, path + '/' + v73 + '/modified_at', 'string', v80, 'is required');
        } else {
          if (typeof v80 !== 'string') {
            fail(issues, path + '/' + v73 + '/modified_at', 'string', v80);
          } else {
            if (!isDateTime(v80)) {
              fail(issues, path + '/' + v73 + '/modified_at', 'date-time string', v80);
            }
          }
        }
        const v81 = v75.provider_slug;
        if (v81 === undefined) {
          fail(issues, path + '/' + v73 + '/provider_slug', 'string', v81, 'is required');
        } else {
          if (typeof v81 !== 'string') {
            fail(issues, path + '/' + v73 + '/provider_slug', 'string', v81);
          } else {
          }
        }
        const v82 = v75.rate_limit;
        if (v82 !== undefined) {
          if (typeof v82 !== 'number' || !Number.isFinite(v82)) {
            fail(issues, path + '/' + v73 + '/rate_limit', 'number', v82);
          } else {
          }
        }
        const v83 = v75.rate_limit_period;
        if (v83 !== undefined) {
          if (typeof v83 !== 'number' || !Number.isFinite(v83)) {
            fail(issues, path + '/' + v73 + '/rate_limit_period', 'number', v83);
          } else {
          }
        }
        const v84 = v75.secret_id;
        if (v84 === undefined) {
          fail(issues, path + '/' + v73 + '/secret_id', 'string', v84, 'is required');
        } else {
          if (typeof v84 !== 'string') {
            fail(issues, path + '/' + v73 + '/secret_id', 'string', v84);
          } else {
          }
        }
        const v85 = v75.secret_preview;
        if (v85 === undefined) {
          fail(issues, path + '/' + v73 + '/secret_preview', 'string', v85, 'is required');
        } else {
          if (typeof v85 !== 'string') {
            fail(issues, path + '/' + v73 + '/secret_preview', 'string', v85);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigListResponse(value: unknown): ValidationResult<ProviderConfigListResponse> {
  return isProviderConfigListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isProviderConfigListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v86 = value as unknown as Record<string, unknown>;
  const v87 = v86.gateway_id;
  if (v87 === undefined) return false;
  if (typeof v87 !== 'string') return false;
  if (v87.length < 1 || (v87.length < 2 && codePoints(v87) < 1)) return false;
  if (v87.length > 64 && codePoints(v87) > 64) return false;
  const v88 = v86.account_id;
  if (v88 !== undefined) {
    if (typeof v88 !== 'string') return false;
  }
  const v89 = v86.page;
  if (v89 !== undefined) {
    if (!Number.isInteger(v89)) return false;
    if ((v89 as number) < 1) return false;
  }
  const v90 = v86.per_page;
  if (v90 !== undefined) {
    if (!Number.isInteger(v90)) return false;
    if ((v90 as number) < 1) return false;
    if ((v90 as number) > 100) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListArgs} is false. */
export function explainProviderConfigListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
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
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isProviderConfigListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigListArgs) };
}

/** Whether `value` is a valid {@link ProviderConfigUpdateResponse}. Fast: returns at the first problem. */
export function isProviderConfigUpdateResponse(value: unknown): value is ProviderConfigUpdateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v96 = value as unknown as Record<string, unknown>;
  const v97 = v96.alias;
  if (v97 === undefined) return false;
  if (typeof v97 !== 'string') return false;
  const v98 = v96.default_config;
  if (v98 === undefined) return false;
  if (typeof v98 !== 'boolean') return false;
  const v99 = v96.gateway_id;
  if (v99 === undefined) return false;
  if (typeof v99 !== 'string') return false;
  if (v99.length < 1 || (v99.length < 2 && codePoints(v99) < 1)) return false;
  if (v99.length > 64 && codePoints(v99) > 64) return false;
  const v100 = v96.id;
  if (v100 === undefined) return false;
  if (typeof v100 !== 'string') return false;
  const v101 = v96.modified_at;
  if (v101 === undefined) return false;
  if (typeof v101 !== 'string') return false;
  if (!isDateTime(v101)) return false;
  const v102 = v96.provider_slug;
  if (v102 === undefined) return false;
  if (typeof v102 !== 'string') return false;
  const v103 = v96.rate_limit;
  if (v103 !== undefined) {
    if (typeof v103 !== 'number' || !Number.isFinite(v103)) return false;
  }
  const v104 = v96.rate_limit_period;
  if (v104 !== undefined) {
    if (typeof v104 !== 'number' || !Number.isFinite(v104)) return false;
  }
  const v105 = v96.secret_id;
  if (v105 === undefined) return false;
  if (typeof v105 !== 'string') return false;
  const v106 = v96.secret_preview;
  if (v106 === undefined) return false;
  if (typeof v106 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigUpdateResponse} is false. */
export function explainProviderConfigUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v107 = value as unknown as Record<string, unknown>;
    const v108 = v107.alias;
    if (v108 === undefined) {
      fail(issues, path + '/alias', 'string', v108, 'is required');
    } else {
      if (typeof v108 !== 'string') {
        fail(issues, path + '/alias', 'string', v108);
      } else {
      }
    }
    const v109 = v107.default_config;
    if (v109 === undefined) {
      fail(issues, path + '/default_config', 'boolean', v109, 'is required');
    } else {
      if (typeof v109 !== 'boolean') {
        fail(issues, path + '/default_config', 'boolean', v109);
      }
    }
    const v110 = v107.gateway_id;
    if (v110 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v110, 'is required');
    } else {
      if (typeof v110 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v110);
      } else {
        if (v110.length < 1 || (v110.length < 2 && codePoints(v110) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v110);
        }
        if (v110.length > 64 && codePoints(v110) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v110);
        }
      }
    }
    const v111 = v107.id;
    if (v111 === undefined) {
      fail(issues, path + '/id', 'string', v111, 'is required');
    } else {
      if (typeof v111 !== 'string') {
        fail(issues, path + '/id', 'string', v111);
      } else {
      }
    }
    const v112 = v107.modified_at;
    if (v112 === undefined) {
      fail(issues, path + '/modified_at', 'string', v112, 'is required');
    } else {
      if (typeof v112 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v112);
      } else {
        if (!isDateTime(v112)) {
          fail(issues, path + '/modified_at', 'date-time string', v112);
        }
      }
    }
    const v113 = v107.provider_slug;
    if (v113 === undefined) {
      fail(issues, path + '/provider_slug', 'string', v113, 'is required');
    } else {
      if (typeof v113 !== 'string') {
        fail(issues, path + '/provider_slug', 'string', v113);
      } else {
      }
    }
    const v114 = v107.rate_limit;
    if (v114 !== undefined) {
      if (typeof v114 !== 'number' || !Number.isFinite(v114)) {
        fail(issues, path + '/rate_limit', 'number', v114);
      } else {
      }
    }
    const v115 = v107.rate_limit_period;
    if (v115 !== undefined) {
      if (typeof v115 !== 'number' || !Number.isFinite(v115)) {
        fail(issues, path + '/rate_limit_period', 'number', v115);
      } else {
      }
    }
    const v116 = v107.secret_id;
    if (v116 === undefined) {
      fail(issues, path + '/secret_id', 'string', v116, 'is required');
    } else {
      if (typeof v116 !== 'string') {
        fail(issues, path + '/secret_id', 'string', v116);
      } else {
      }
    }
    const v117 = v107.secret_preview;
    if (v117 === undefined) {
      fail(issues, path + '/secret_preview', 'string', v117, 'is required');
    } else {
      if (typeof v117 !== 'string') {
        fail(issues, path + '/secret_preview', 'string', v117);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link ProviderConfigUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigUpdateResponse(value: unknown): ValidationResult<ProviderConfigUpdateResponse> {
  return isProviderConfigUpdateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigUpdateResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isProviderConfigUpdateArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v118 = value as unknown as Record<string, unknown>;
  const v119 = v118.gateway_id;
  if (v119 === undefined) return false;
  if (typeof v119 !== 'string') return false;
  if (v119.length < 1 || (v119.length < 2 && codePoints(v119) < 1)) return false;
  if (v119.length > 64 && codePoints(v119) > 64) return false;
  const v120 = v118.id;
  if (v120 === undefined) return false;
  if (typeof v120 !== 'string') return false;
  const v121 = v118.account_id;
  if (v121 !== undefined) {
    if (typeof v121 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isProviderConfigUpdateArgs} is false. */
export function explainProviderConfigUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v122 = value as unknown as Record<string, unknown>;
    const v123 = v122.gateway_id;
    if (v123 === undefined) {
      fail(issues, path + '/gateway_id', 'string', v123, 'is required');
    } else {
      if (typeof v123 !== 'string') {
        fail(issues, path + '/gateway_id', 'string', v123);
      } else {
        if (v123.length < 1 || (v123.length < 2 && codePoints(v123) < 1)) {
          fail(issues, path + '/gateway_id', 'string of at least 1 characters', v123);
        }
        if (v123.length > 64 && codePoints(v123) > 64) {
          fail(issues, path + '/gateway_id', 'string of at most 64 characters', v123);
        }
      }
    }
    const v124 = v122.id;
    if (v124 === undefined) {
      fail(issues, path + '/id', 'string', v124, 'is required');
    } else {
      if (typeof v124 !== 'string') {
        fail(issues, path + '/id', 'string', v124);
      } else {
      }
    }
    const v125 = v122.account_id;
    if (v125 !== undefined) {
      if (typeof v125 !== 'string') {
        fail(issues, path + '/account_id', 'string', v125);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateProviderConfigUpdateArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isProviderConfigUpdateArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainProviderConfigUpdateArgs) };
}
