import { codePoints, collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import { isDateTime, isUri, isUuid } from '../../core/formats.js';
import type {
  CustomProviderCreateResponse,
  CustomProviderDeleteResponse,
  CustomProviderEditResponse,
  CustomProviderGetResponse,
  CustomProviderListResponse,
} from './custom-providers.types.js';

/** Whether `value` is a valid {@link CustomProviderCreateResponse}. Fast: returns at the first problem. */
export function isCustomProviderCreateResponse(value: unknown): value is CustomProviderCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.base_url;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isUri(v1)) return false;
  const v2 = v0.beta;
  if (v2 !== undefined) {
    if (typeof v2 !== 'boolean') return false;
  }
  const v3 = v0.created_at;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (!isDateTime(v3)) return false;
  const v4 = v0.curl_example;
  if (v4 !== undefined) {
    if (typeof v4 !== 'string') return false;
  }
  const v5 = v0.description;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.enable;
  if (v6 !== undefined) {
    if (typeof v6 !== 'boolean') return false;
  }
  const v7 = v0.headers;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
    if (v7.length > 8192 && codePoints(v7) > 8192) return false;
  }
  const v8 = v0.id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  if (!isUuid(v8)) return false;
  const v9 = v0.js_example;
  if (v9 !== undefined) {
    if (typeof v9 !== 'string') return false;
  }
  const v10 = v0.link;
  if (v10 !== undefined) {
    if (typeof v10 !== 'string') return false;
  }
  const v11 = v0.logo;
  if (v11 !== undefined) {
    if (typeof v11 !== 'string') return false;
  }
  const v12 = v0.modified_at;
  if (v12 === undefined) return false;
  if (typeof v12 !== 'string') return false;
  if (!isDateTime(v12)) return false;
  const v13 = v0.name;
  if (v13 === undefined) return false;
  if (typeof v13 !== 'string') return false;
  const v14 = v0.position;
  if (v14 !== undefined) {
    if (!Number.isInteger(v14)) return false;
  }
  const v15 = v0.slug;
  if (v15 === undefined) return false;
  if (typeof v15 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderCreateResponse} is false. */
export function explainCustomProviderCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v16 = value as unknown as Record<string, unknown>;
    const v17 = v16.base_url;
    if (v17 === undefined) {
      fail(issues, path + '/base_url', 'string', v17, 'is required');
    } else {
      if (typeof v17 !== 'string') {
        fail(issues, path + '/base_url', 'string', v17);
      } else {
        if (!isUri(v17)) {
          fail(issues, path + '/base_url', 'uri string', v17);
        }
      }
    }
    const v18 = v16.beta;
    if (v18 !== undefined) {
      if (typeof v18 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v18);
      }
    }
    const v19 = v16.created_at;
    if (v19 === undefined) {
      fail(issues, path + '/created_at', 'string', v19, 'is required');
    } else {
      if (typeof v19 !== 'string') {
        fail(issues, path + '/created_at', 'string', v19);
      } else {
        if (!isDateTime(v19)) {
          fail(issues, path + '/created_at', 'date-time string', v19);
        }
      }
    }
    const v20 = v16.curl_example;
    if (v20 !== undefined) {
      if (typeof v20 !== 'string') {
        fail(issues, path + '/curl_example', 'string', v20);
      } else {
      }
    }
    const v21 = v16.description;
    if (v21 !== undefined) {
      if (typeof v21 !== 'string') {
        fail(issues, path + '/description', 'string', v21);
      } else {
      }
    }
    const v22 = v16.enable;
    if (v22 !== undefined) {
      if (typeof v22 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v22);
      }
    }
    const v23 = v16.headers;
    if (v23 !== undefined) {
      if (typeof v23 !== 'string') {
        fail(issues, path + '/headers', 'string', v23);
      } else {
        if (v23.length > 8192 && codePoints(v23) > 8192) {
          fail(issues, path + '/headers', 'string of at most 8192 characters', v23);
        }
      }
    }
    const v24 = v16.id;
    if (v24 === undefined) {
      fail(issues, path + '/id', 'string', v24, 'is required');
    } else {
      if (typeof v24 !== 'string') {
        fail(issues, path + '/id', 'string', v24);
      } else {
        if (!isUuid(v24)) {
          fail(issues, path + '/id', 'uuid string', v24);
        }
      }
    }
    const v25 = v16.js_example;
    if (v25 !== undefined) {
      if (typeof v25 !== 'string') {
        fail(issues, path + '/js_example', 'string', v25);
      } else {
      }
    }
    const v26 = v16.link;
    if (v26 !== undefined) {
      if (typeof v26 !== 'string') {
        fail(issues, path + '/link', 'string', v26);
      } else {
      }
    }
    const v27 = v16.logo;
    if (v27 !== undefined) {
      if (typeof v27 !== 'string') {
        fail(issues, path + '/logo', 'string', v27);
      } else {
      }
    }
    const v28 = v16.modified_at;
    if (v28 === undefined) {
      fail(issues, path + '/modified_at', 'string', v28, 'is required');
    } else {
      if (typeof v28 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v28);
      } else {
        if (!isDateTime(v28)) {
          fail(issues, path + '/modified_at', 'date-time string', v28);
        }
      }
    }
    const v29 = v16.name;
    if (v29 === undefined) {
      fail(issues, path + '/name', 'string', v29, 'is required');
    } else {
      if (typeof v29 !== 'string') {
        fail(issues, path + '/name', 'string', v29);
      } else {
      }
    }
    const v30 = v16.position;
    if (v30 !== undefined) {
      if (!Number.isInteger(v30)) {
        fail(issues, path + '/position', 'integer', v30);
      } else {
      }
    }
    const v31 = v16.slug;
    if (v31 === undefined) {
      fail(issues, path + '/slug', 'string', v31, 'is required');
    } else {
      if (typeof v31 !== 'string') {
        fail(issues, path + '/slug', 'string', v31);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderCreateResponse(value: unknown): ValidationResult<CustomProviderCreateResponse> {
  return isCustomProviderCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderCreateResponse) };
}

/** Whether `value` is a valid {@link CustomProviderDeleteResponse}. Fast: returns at the first problem. */
export function isCustomProviderDeleteResponse(value: unknown): value is CustomProviderDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v32 = value as unknown as Record<string, unknown>;
  const v33 = v32.base_url;
  if (v33 === undefined) return false;
  if (typeof v33 !== 'string') return false;
  if (!isUri(v33)) return false;
  const v34 = v32.beta;
  if (v34 !== undefined) {
    if (typeof v34 !== 'boolean') return false;
  }
  const v35 = v32.created_at;
  if (v35 === undefined) return false;
  if (typeof v35 !== 'string') return false;
  if (!isDateTime(v35)) return false;
  const v36 = v32.curl_example;
  if (v36 !== undefined) {
    if (typeof v36 !== 'string') return false;
  }
  const v37 = v32.description;
  if (v37 !== undefined) {
    if (typeof v37 !== 'string') return false;
  }
  const v38 = v32.enable;
  if (v38 !== undefined) {
    if (typeof v38 !== 'boolean') return false;
  }
  const v39 = v32.headers;
  if (v39 !== undefined) {
    if (typeof v39 !== 'string') return false;
    if (v39.length > 8192 && codePoints(v39) > 8192) return false;
  }
  const v40 = v32.id;
  if (v40 === undefined) return false;
  if (typeof v40 !== 'string') return false;
  if (!isUuid(v40)) return false;
  const v41 = v32.js_example;
  if (v41 !== undefined) {
    if (typeof v41 !== 'string') return false;
  }
  const v42 = v32.link;
  if (v42 !== undefined) {
    if (typeof v42 !== 'string') return false;
  }
  const v43 = v32.logo;
  if (v43 !== undefined) {
    if (typeof v43 !== 'string') return false;
  }
  const v44 = v32.modified_at;
  if (v44 === undefined) return false;
  if (typeof v44 !== 'string') return false;
  if (!isDateTime(v44)) return false;
  const v45 = v32.name;
  if (v45 === undefined) return false;
  if (typeof v45 !== 'string') return false;
  const v46 = v32.position;
  if (v46 !== undefined) {
    if (!Number.isInteger(v46)) return false;
  }
  const v47 = v32.slug;
  if (v47 === undefined) return false;
  if (typeof v47 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderDeleteResponse} is false. */
export function explainCustomProviderDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v48 = value as unknown as Record<string, unknown>;
    const v49 = v48.base_url;
    if (v49 === undefined) {
      fail(issues, path + '/base_url', 'string', v49, 'is required');
    } else {
      if (typeof v49 !== 'string') {
        fail(issues, path + '/base_url', 'string', v49);
      } else {
        if (!isUri(v49)) {
          fail(issues, path + '/base_url', 'uri string', v49);
        }
      }
    }
    const v50 = v48.beta;
    if (v50 !== undefined) {
      if (typeof v50 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v50);
      }
    }
    const v51 = v48.created_at;
    if (v51 === undefined) {
      fail(issues, path + '/created_at', 'string', v51, 'is required');
    } else {
      if (typeof v51 !== 'string') {
        fail(issues, path + '/created_at', 'string', v51);
      } else {
        if (!isDateTime(v51)) {
          fail(issues, path + '/created_at', 'date-time string', v51);
        }
      }
    }
    const v52 = v48.curl_example;
    if (v52 !== undefined) {
      if (typeof v52 !== 'string') {
        fail(issues, path + '/curl_example', 'string', v52);
      } else {
      }
    }
    const v53 = v48.description;
    if (v53 !== undefined) {
      if (typeof v53 !== 'string') {
        fail(issues, path + '/description', 'string', v53);
      } else {
      }
    }
    const v54 = v48.enable;
    if (v54 !== undefined) {
      if (typeof v54 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v54);
      }
    }
    const v55 = v48.headers;
    if (v55 !== undefined) {
      if (typeof v55 !== 'string') {
        fail(issues, path + '/headers', 'string', v55);
      } else {
        if (v55.length > 8192 && codePoints(v55) > 8192) {
          fail(issues, path + '/headers', 'string of at most 8192 characters', v55);
        }
      }
    }
    const v56 = v48.id;
    if (v56 === undefined) {
      fail(issues, path + '/id', 'string', v56, 'is required');
    } else {
      if (typeof v56 !== 'string') {
        fail(issues, path + '/id', 'string', v56);
      } else {
        if (!isUuid(v56)) {
          fail(issues, path + '/id', 'uuid string', v56);
        }
      }
    }
    const v57 = v48.js_example;
    if (v57 !== undefined) {
      if (typeof v57 !== 'string') {
        fail(issues, path + '/js_example', 'string', v57);
      } else {
      }
    }
    const v58 = v48.link;
    if (v58 !== undefined) {
      if (typeof v58 !== 'string') {
        fail(issues, path + '/link', 'string', v58);
      } else {
      }
    }
    const v59 = v48.logo;
    if (v59 !== undefined) {
      if (typeof v59 !== 'string') {
        fail(issues, path + '/logo', 'string', v59);
      } else {
      }
    }
    const v60 = v48.modified_at;
    if (v60 === undefined) {
      fail(issues, path + '/modified_at', 'string', v60, 'is required');
    } else {
      if (typeof v60 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v60);
      } else {
        if (!isDateTime(v60)) {
          fail(issues, path + '/modified_at', 'date-time string', v60);
        }
      }
    }
    const v61 = v48.name;
    if (v61 === undefined) {
      fail(issues, path + '/name', 'string', v61, 'is required');
    } else {
      if (typeof v61 !== 'string') {
        fail(issues, path + '/name', 'string', v61);
      } else {
      }
    }
    const v62 = v48.position;
    if (v62 !== undefined) {
      if (!Number.isInteger(v62)) {
        fail(issues, path + '/position', 'integer', v62);
      } else {
      }
    }
    const v63 = v48.slug;
    if (v63 === undefined) {
      fail(issues, path + '/slug', 'string', v63, 'is required');
    } else {
      if (typeof v63 !== 'string') {
        fail(issues, path + '/slug', 'string', v63);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderDeleteResponse(value: unknown): ValidationResult<CustomProviderDeleteResponse> {
  return isCustomProviderDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomProviderDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v64 = value as unknown as Record<string, unknown>;
  const v65 = v64.id;
  if (v65 === undefined) return false;
  if (typeof v65 !== 'string') return false;
  if (!isUuid(v65)) return false;
  const v66 = v64.account_id;
  if (v66 !== undefined) {
    if (typeof v66 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderDeleteArgs} is false. */
export function explainCustomProviderDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v67 = value as unknown as Record<string, unknown>;
    const v68 = v67.id;
    if (v68 === undefined) {
      fail(issues, path + '/id', 'string', v68, 'is required');
    } else {
      if (typeof v68 !== 'string') {
        fail(issues, path + '/id', 'string', v68);
      } else {
        if (!isUuid(v68)) {
          fail(issues, path + '/id', 'uuid string', v68);
        }
      }
    }
    const v69 = v67.account_id;
    if (v69 !== undefined) {
      if (typeof v69 !== 'string') {
        fail(issues, path + '/account_id', 'string', v69);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomProviderDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderDeleteArgs) };
}

/** Whether `value` is a valid {@link CustomProviderEditResponse}. Fast: returns at the first problem. */
export function isCustomProviderEditResponse(value: unknown): value is CustomProviderEditResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v70 = value as unknown as Record<string, unknown>;
  const v71 = v70.base_url;
  if (v71 === undefined) return false;
  if (typeof v71 !== 'string') return false;
  if (!isUri(v71)) return false;
  const v72 = v70.beta;
  if (v72 !== undefined) {
    if (typeof v72 !== 'boolean') return false;
  }
  const v73 = v70.created_at;
  if (v73 === undefined) return false;
  if (typeof v73 !== 'string') return false;
  if (!isDateTime(v73)) return false;
  const v74 = v70.curl_example;
  if (v74 !== undefined) {
    if (typeof v74 !== 'string') return false;
  }
  const v75 = v70.description;
  if (v75 !== undefined) {
    if (typeof v75 !== 'string') return false;
  }
  const v76 = v70.enable;
  if (v76 !== undefined) {
    if (typeof v76 !== 'boolean') return false;
  }
  const v77 = v70.headers;
  if (v77 !== undefined) {
    if (typeof v77 !== 'string') return false;
    if (v77.length > 8192 && codePoints(v77) > 8192) return false;
  }
  const v78 = v70.id;
  if (v78 === undefined) return false;
  if (typeof v78 !== 'string') return false;
  if (!isUuid(v78)) return false;
  const v79 = v70.js_example;
  if (v79 !== undefined) {
    if (typeof v79 !== 'string') return false;
  }
  const v80 = v70.link;
  if (v80 !== undefined) {
    if (typeof v80 !== 'string') return false;
  }
  const v81 = v70.logo;
  if (v81 !== undefined) {
    if (typeof v81 !== 'string') return false;
  }
  const v82 = v70.modified_at;
  if (v82 === undefined) return false;
  if (typeof v82 !== 'string') return false;
  if (!isDateTime(v82)) return false;
  const v83 = v70.name;
  if (v83 === undefined) return false;
  if (typeof v83 !== 'string') return false;
  const v84 = v70.position;
  if (v84 !== undefined) {
    if (!Number.isInteger(v84)) return false;
  }
  const v85 = v70.slug;
  if (v85 === undefined) return false;
  if (typeof v85 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderEditResponse} is false. */
export function explainCustomProviderEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v86 = value as unknown as Record<string, unknown>;
    const v87 = v86.base_url;
    if (v87 === undefined) {
      fail(issues, path + '/base_url', 'string', v87, 'is required');
    } else {
      if (typeof v87 !== 'string') {
        fail(issues, path + '/base_url', 'string', v87);
      } else {
        if (!isUri(v87)) {
          fail(issues, path + '/base_url', 'uri string', v87);
        }
      }
    }
    const v88 = v86.beta;
    if (v88 !== undefined) {
      if (typeof v88 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v88);
      }
    }
    const v89 = v86.created_at;
    if (v89 === undefined) {
      fail(issues, path + '/created_at', 'string', v89, 'is required');
    } else {
      if (typeof v89 !== 'string') {
        fail(issues, path + '/created_at', 'string', v89);
      } else {
        if (!isDateTime(v89)) {
          fail(issues, path + '/created_at', 'date-time string', v89);
        }
      }
    }
    const v90 = v86.curl_example;
    if (v90 !== undefined) {
      if (typeof v90 !== 'string') {
        fail(issues, path + '/curl_example', 'string', v90);
      } else {
      }
    }
    const v91 = v86.description;
    if (v91 !== undefined) {
      if (typeof v91 !== 'string') {
        fail(issues, path + '/description', 'string', v91);
      } else {
      }
    }
    const v92 = v86.enable;
    if (v92 !== undefined) {
      if (typeof v92 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v92);
      }
    }
    const v93 = v86.headers;
    if (v93 !== undefined) {
      if (typeof v93 !== 'string') {
        fail(issues, path + '/headers', 'string', v93);
      } else {
        if (v93.length > 8192 && codePoints(v93) > 8192) {
          fail(issues, path + '/headers', 'string of at most 8192 characters', v93);
        }
      }
    }
    const v94 = v86.id;
    if (v94 === undefined) {
      fail(issues, path + '/id', 'string', v94, 'is required');
    } else {
      if (typeof v94 !== 'string') {
        fail(issues, path + '/id', 'string', v94);
      } else {
        if (!isUuid(v94)) {
          fail(issues, path + '/id', 'uuid string', v94);
        }
      }
    }
    const v95 = v86.js_example;
    if (v95 !== undefined) {
      if (typeof v95 !== 'string') {
        fail(issues, path + '/js_example', 'string', v95);
      } else {
      }
    }
    const v96 = v86.link;
    if (v96 !== undefined) {
      if (typeof v96 !== 'string') {
        fail(issues, path + '/link', 'string', v96);
      } else {
      }
    }
    const v97 = v86.logo;
    if (v97 !== undefined) {
      if (typeof v97 !== 'string') {
        fail(issues, path + '/logo', 'string', v97);
      } else {
      }
    }
    const v98 = v86.modified_at;
    if (v98 === undefined) {
      fail(issues, path + '/modified_at', 'string', v98, 'is required');
    } else {
      if (typeof v98 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v98);
      } else {
        if (!isDateTime(v98)) {
          fail(issues, path + '/modified_at', 'date-time string', v98);
        }
      }
    }
    const v99 = v86.name;
    if (v99 === undefined) {
      fail(issues, path + '/name', 'string', v99, 'is required');
    } else {
      if (typeof v99 !== 'string') {
        fail(issues, path + '/name', 'string', v99);
      } else {
      }
    }
    const v100 = v86.position;
    if (v100 !== undefined) {
      if (!Number.isInteger(v100)) {
        fail(issues, path + '/position', 'integer', v100);
      } else {
      }
    }
    const v101 = v86.slug;
    if (v101 === undefined) {
      fail(issues, path + '/slug', 'string', v101, 'is required');
    } else {
      if (typeof v101 !== 'string') {
        fail(issues, path + '/slug', 'string', v101);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderEditResponse(value: unknown): ValidationResult<CustomProviderEditResponse> {
  return isCustomProviderEditResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderEditResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomProviderEditArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v102 = value as unknown as Record<string, unknown>;
  const v103 = v102.id;
  if (v103 === undefined) return false;
  if (typeof v103 !== 'string') return false;
  if (!isUuid(v103)) return false;
  const v104 = v102.account_id;
  if (v104 !== undefined) {
    if (typeof v104 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderEditArgs} is false. */
export function explainCustomProviderEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v105 = value as unknown as Record<string, unknown>;
    const v106 = v105.id;
    if (v106 === undefined) {
      fail(issues, path + '/id', 'string', v106, 'is required');
    } else {
      if (typeof v106 !== 'string') {
        fail(issues, path + '/id', 'string', v106);
      } else {
        if (!isUuid(v106)) {
          fail(issues, path + '/id', 'uuid string', v106);
        }
      }
    }
    const v107 = v105.account_id;
    if (v107 !== undefined) {
      if (typeof v107 !== 'string') {
        fail(issues, path + '/account_id', 'string', v107);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderEditArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomProviderEditArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderEditArgs) };
}

/** Whether `value` is a valid {@link CustomProviderGetResponse}. Fast: returns at the first problem. */
export function isCustomProviderGetResponse(value: unknown): value is CustomProviderGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v108 = value as unknown as Record<string, unknown>;
  const v109 = v108.base_url;
  if (v109 === undefined) return false;
  if (typeof v109 !== 'string') return false;
  if (!isUri(v109)) return false;
  const v110 = v108.beta;
  if (v110 !== undefined) {
    if (typeof v110 !== 'boolean') return false;
  }
  const v111 = v108.created_at;
  if (v111 === undefined) return false;
  if (typeof v111 !== 'string') return false;
  if (!isDateTime(v111)) return false;
  const v112 = v108.curl_example;
  if (v112 !== undefined) {
    if (typeof v112 !== 'string') return false;
  }
  const v113 = v108.description;
  if (v113 !== undefined) {
    if (typeof v113 !== 'string') return false;
  }
  const v114 = v108.enable;
  if (v114 !== undefined) {
    if (typeof v114 !== 'boolean') return false;
  }
  const v115 = v108.headers;
  if (v115 !== undefined) {
    if (typeof v115 !== 'string') return false;
    if (v115.length > 8192 && codePoints(v115) > 8192) return false;
  }
  const v116 = v108.id;
  if (v116 === undefined) return false;
  if (typeof v116 !== 'string') return false;
  if (!isUuid(v116)) return false;
  const v117 = v108.js_example;
  if (v117 !== undefined) {
    if (typeof v117 !== 'string') return false;
  }
  const v118 = v108.link;
  if (v118 !== undefined) {
    if (typeof v118 !== 'string') return false;
  }
  const v119 = v108.logo;
  if (v119 !== undefined) {
    if (typeof v119 !== 'string') return false;
  }
  const v120 = v108.modified_at;
  if (v120 === undefined) return false;
  if (typeof v120 !== 'string') return false;
  if (!isDateTime(v120)) return false;
  const v121 = v108.name;
  if (v121 === undefined) return false;
  if (typeof v121 !== 'string') return false;
  const v122 = v108.position;
  if (v122 !== undefined) {
    if (!Number.isInteger(v122)) return false;
  }
  const v123 = v108.slug;
  if (v123 === undefined) return false;
  if (typeof v123 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderGetResponse} is false. */
export function explainCustomProviderGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v124 = value as unknown as Record<string, unknown>;
    const v125 = v124.base_url;
    if (v125 === undefined) {
      fail(issues, path + '/base_url', 'string', v125, 'is required');
    } else {
      if (typeof v125 !== 'string') {
        fail(issues, path + '/base_url', 'string', v125);
      } else {
        if (!isUri(v125)) {
          fail(issues, path + '/base_url', 'uri string', v125);
        }
      }
    }
    const v126 = v124.beta;
    if (v126 !== undefined) {
      if (typeof v126 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v126);
      }
    }
    const v127 = v124.created_at;
    if (v127 === undefined) {
      fail(issues, path + '/created_at', 'string', v127, 'is required');
    } else {
      if (typeof v127 !== 'string') {
        fail(issues, path + '/created_at', 'string', v127);
      } else {
        if (!isDateTime(v127)) {
          fail(issues, path + '/created_at', 'date-time string', v127);
        }
      }
    }
    const v128 = v124.curl_example;
    if (v128 !== undefined) {
      if (typeof v128 !== 'string') {
        fail(issues, path + '/curl_example', 'string', v128);
      } else {
      }
    }
    const v129 = v124.description;
    if (v129 !== undefined) {
      if (typeof v129 !== 'string') {
        fail(issues, path + '/description', 'string', v129);
      } else {
      }
    }
    const v130 = v124.enable;
    if (v130 !== undefined) {
      if (typeof v130 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v130);
      }
    }
    const v131 = v124.headers;
    if (v131 !== undefined) {
      if (typeof v131 !== 'string') {
        fail(issues, path + '/headers', 'string', v131);
      } else {
        if (v131.length > 8192 && codePoints(v131) > 8192) {
          fail(issues, path + '/headers', 'string of at most 8192 characters', v131);
        }
      }
    }
    const v132 = v124.id;
    if (v132 === undefined) {
      fail(issues, path + '/id', 'string', v132, 'is required');
    } else {
      if (typeof v132 !== 'string') {
        fail(issues, path + '/id', 'string', v132);
      } else {
        if (!isUuid(v132)) {
          fail(issues, path + '/id', 'uuid string', v132);
        }
      }
    }
    const v133 = v124.js_example;
    if (v133 !== undefined) {
      if (typeof v133 !== 'string') {
        fail(issues, path + '/js_example', 'string', v133);
      } else {
      }
    }
    const v134 = v124.link;
    if (v134 !== undefined) {
      if (typeof v134 !== 'string') {
        fail(issues, path + '/link', 'string', v134);
      } else {
      }
    }
    const v135 = v124.logo;
    if (v135 !== undefined) {
      if (typeof v135 !== 'string') {
        fail(issues, path + '/logo', 'string', v135);
      } else {
      }
    }
    const v136 = v124.modified_at;
    if (v136 === undefined) {
      fail(issues, path + '/modified_at', 'string', v136, 'is required');
    } else {
      if (typeof v136 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v136);
      } else {
        if (!isDateTime(v136)) {
          fail(issues, path + '/modified_at', 'date-time string', v136);
        }
      }
    }
    const v137 = v124.name;
    if (v137 === undefined) {
      fail(issues, path + '/name', 'string', v137, 'is required');
    } else {
      if (typeof v137 !== 'string') {
        fail(issues, path + '/name', 'string', v137);
      } else {
      }
    }
    const v138 = v124.position;
    if (v138 !== undefined) {
      if (!Number.isInteger(v138)) {
        fail(issues, path + '/position', 'integer', v138);
      } else {
      }
    }
    const v139 = v124.slug;
    if (v139 === undefined) {
      fail(issues, path + '/slug', 'string', v139, 'is required');
    } else {
      if (typeof v139 !== 'string') {
        fail(issues, path + '/slug', 'string', v139);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderGetResponse(value: unknown): ValidationResult<CustomProviderGetResponse> {
  return isCustomProviderGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomProviderGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v140 = value as unknown as Record<string, unknown>;
  const v141 = v140.id;
  if (v141 === undefined) return false;
  if (typeof v141 !== 'string') return false;
  if (!isUuid(v141)) return false;
  const v142 = v140.account_id;
  if (v142 !== undefined) {
    if (typeof v142 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderGetArgs} is false. */
export function explainCustomProviderGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v143 = value as unknown as Record<string, unknown>;
    const v144 = v143.id;
    if (v144 === undefined) {
      fail(issues, path + '/id', 'string', v144, 'is required');
    } else {
      if (typeof v144 !== 'string') {
        fail(issues, path + '/id', 'string', v144);
      } else {
        if (!isUuid(v144)) {
          fail(issues, path + '/id', 'uuid string', v144);
        }
      }
    }
    const v145 = v143.account_id;
    if (v145 !== undefined) {
      if (typeof v145 !== 'string') {
        fail(issues, path + '/account_id', 'string', v145);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomProviderGetArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderGetArgs) };
}

/** Whether `value` is a valid {@link CustomProviderListResponse}. Fast: returns at the first problem. */
export function isCustomProviderListResponse(value: unknown): value is CustomProviderListResponse {
  if (!Array.isArray(value)) return false;
  const v146: unknown[] = value;
  for (let v147 = 0; v147 < v146.length; v147++) {
    const v148 = v146[v147];
    if (typeof v148 !== 'object' || v148 === null || Array.isArray(v148)) return false;
    const v149 = v148 as unknown as Record<string, unknown>;
    const v150 = v149.base_url;
    if (v150 === undefined) return false;
    if (typeof v150 !== 'string') return false;
    if (!isUri(v150)) return false;
    const v151 = v149.beta;
    if (v151 !== undefined) {
      if (typeof v151 !== 'boolean') return false;
    }
    const v152 = v149.created_at;
    if (v152 === undefined) return false;
    if (typeof v152 !== 'string') return false;
    if (!isDateTime(v152)) return false;
    const v153 = v149.curl_example;
    if (v153 !== undefined) {
      if (typeof v153 !== 'string') return false;
    }
    const v154 = v149.description;
    if (v154 !== undefined) {
      if (typeof v154 !== 'string') return false;
    }
    const v155 = v149.enable;
    if (v155 !== undefined) {
      if (typeof v155 !== 'boolean') return false;
    }
    const v156 = v149.headers;
    if (v156 !== undefined) {
      if (typeof v156 !== 'string') return false;
      if (v156.length > 8192 && codePoints(v156) > 8192) return false;
    }
    const v157 = v149.id;
    if (v157 === undefined) return false;
    if (typeof v157 !== 'string') return false;
    if (!isUuid(v157)) return false;
    const v158 = v149.js_example;
    if (v158 !== undefined) {
      if (typeof v158 !== 'string') return false;
    }
    const v159 = v149.link;
    if (v159 !== undefined) {
      if (typeof v159 !== 'string') return false;
    }
    const v160 = v149.logo;
    if (v160 !== undefined) {
      if (typeof v160 !== 'string') return false;
    }
    const v161 = v149.modified_at;
    if (v161 === undefined) return false;
    if (typeof v161 !== 'string') return false;
    if (!isDateTime(v161)) return false;
    const v162 = v149.name;
    if (v162 === undefined) return false;
    if (typeof v162 !== 'string') return false;
    const v163 = v149.position;
    if (v163 !== undefined) {
      if (!Number.isInteger(v163)) return false;
    }
    const v164 = v149.slug;
    if (v164 === undefined) return false;
    if (typeof v164 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListResponse} is false. */
export function explainCustomProviderListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v165: unknown[] = value as unknown[];
    for (let v166 = 0; v166 < v165.length; v166++) {
      const v167 = v165[v166];
      if (typeof v167 !== 'object' || v167 === null || Array.isArray(v167)) {
        fail(issues, path + '/' + v166, 'object', v167);
      } else {
        const v168 = v167 as unknown as Record<string, unknown>;
        const v169 = v168.base_url;
        if (v169 === undefined) {
          fail(issues, path + '/' + v166 + '/base_url', 'string', v169, 'is required');
        } else {
          if (typeof v169 !== 'string') {
            fail(issues, path + '/' + v166 + '/base_url', 'string', v169);
          } else {
            if (!isUri(v169)) {
              fail(issues, path + '/' + v166 + '/base_url', 'uri string', v169);
            }
          }
        }
        const v170 = v168.beta;
        if (v170 !== undefined) {
          if (typeof v170 !== 'boolean') {
            fail(issues, path + '/' + v166 + '/beta', 'boolean', v170);
          }
        }
        const v171 = v168.created_at;
        if (v171 === undefined) {
          fail(issues, path + '/' + v166 + '/created_at', 'string', v171, 'is required');
        } else {
          if (typeof v171 !== 'string') {
            fail(issues, path + '/' + v166 + '/created_at', 'string', v171);
          } else {
            if (!isDateTime(v171)) {
              fail(issues, path + '/' + v166 + '/created_at', 'date-time string', v171);
            }
          }
        }
        const v172 = v168.curl_example;
        if (v172 !== undefined) {
          if (typeof v172 !== 'string') {
            fail(issues, path + '/' + v166 + '/curl_example', 'string', v172);
          } else {
          }
        }
        const v173 = v168.description;
        if (v173 !== undefined) {
          if (typeof v173 !== 'string') {
            fail(issues, path + '/' + v166 + '/description', 'string', v173);
          } else {
          }
        }
        const v174 = v168.enable;
        if (v174 !== undefined) {
          if (typeof v174 !== 'boolean') {
            fail(issues, path + '/' + v166 + '/enable', 'boolean', v174);
          }
        }
        const v175 = v168.headers;
        if (v175 !== undefined) {
          if (typeof v175 !== 'string') {
            fail(issues, path + '/' + v166 + '/headers', 'string', v175);
          } else {
            if (v175.length > 8192 && codePoints(v175) > 8192) {
              fail(issues, path + '/' + v166 + '/headers', 'string of at most 8192 characters', v175);
            }
          }
        }
        const v176 = v168.id;
        if (v176 === undefined) {
          fail(issues, path + '/' + v166 + '/id', 'string', v176, 'is required');
        } else {
          if (typeof v176 !== 'string') {
            fail(issues, path + '/' + v166 + '/id', 'string', v176);
          } else {
            if (!isUuid(v176)) {
              fail(issues, path + '/' + v166 + '/id', 'uuid string', v176);
            }
          }
        }
        const v177 = v168.js_example;
        if (v177 !== undefined) {
          if (typeof v177 !== 'string') {
            fail(issues, path + '/' + v166 + '/js_example', 'string', v177);
          } else {
          }
        }
        const v178 = v168.link;
        if (v178 !== undefined) {
          if (typeof v178 !== 'string') {
            fail(issues, path + '/' + v166 + '/link', 'string', v178);
          } else {
          }
        }
        const v179 = v168.logo;
        if (v179 !== undefined) {
          if (typeof v179 !== 'string') {
            fail(issues, path + '/' + v166 + '/logo', 'string', v179);
          } else {
          }
        }
        const v180 = v168.modified_at;
        if (v180 === undefined) {
          fail(issues, path + '/' + v166 + '/modified_at', 'string', v180, 'is required');
        } else {
          if (typeof v180 !== 'string') {
            fail(issues, path + '/' + v166 + '/modified_at', 'string', v180);
          } else {
            if (!isDateTime(v180)) {
              fail(issues, path + '/' + v166 + '/modified_at', 'date-time string', v180);
            }
          }
        }
        const v181 = v168.name;
        if (v181 === undefined) {
          fail(issues, path + '/' + v166 + '/name', 'string', v181, 'is required');
        } else {
          if (typeof v181 !== 'string') {
            fail(issues, path + '/' + v166 + '/name', 'string', v181);
          } else {
          }
        }
        const v182 = v168.position;
        if (v182 !== undefined) {
          if (!Number.isInteger(v182)) {
            fail(issues, path + '/' + v166 + '/position', 'integer', v182);
          } else {
          }
        }
        const v183 = v168.slug;
        if (v183 === undefined) {
          fail(issues, path + '/' + v166 + '/slug', 'string', v183, 'is required');
        } else {
          if (typeof v183 !== 'string') {
            fail(issues, path + '/' + v166 + '/slug', 'string', v183);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CustomProviderListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderListResponse(value: unknown): ValidationResult<CustomProviderListResponse> {
  return isCustomProviderListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCustomProviderListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v184 = value as unknown as Record<string, unknown>;
  const v185 = v184.account_id;
  if (v185 !== undefined) {
    if (typeof v185 !== 'string') return false;
  }
  const v186 = v184.beta;
  if (v186 !== undefined) {
    if (typeof v186 !== 'boolean') return false;
  }
  const v187 = v184.enable;
  if (v187 !== undefined) {
    if (typeof v187 !== 'boolean') return false;
  }
  const v188 = v184.page;
  if (v188 !== undefined) {
    if (!Number.isInteger(v188)) return false;
    if ((v188 as number) < 1) return false;
  }
  const v189 = v184.per_page;
  if (v189 !== undefined) {
    if (!Number.isInteger(v189)) return false;
    if ((v189 as number) < 1) return false;
    if ((v189 as number) > 100) return false;
  }
  const v190 = v184.search;
  if (v190 !== undefined) {
    if (typeof v190 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListArgs} is false. */
export function explainCustomProviderListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v191 = value as unknown as Record<string, unknown>;
    const v192 = v191.account_id;
    if (v192 !== undefined) {
      if (typeof v192 !== 'string') {
        fail(issues, path + '/account_id', 'string', v192);
      } else {
      }
    }
    const v193 = v191.beta;
    if (v193 !== undefined) {
      if (typeof v193 !== 'boolean') {
        fail(issues, path + '/beta', 'boolean', v193);
      }
    }
    const v194 = v191.enable;
    if (v194 !== undefined) {
      if (typeof v194 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v194);
      }
    }
    const v195 = v191.page;
    if (v195 !== undefined) {
      if (!Number.isInteger(v195)) {
        fail(issues, path + '/page', 'integer', v195);
      } else {
        if ((v195 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v195, 'must be >= 1');
        }
      }
    }
    const v196 = v191.per_page;
    if (v196 !== undefined) {
      if (!Number.isInteger(v196)) {
        fail(issues, path + '/per_page', 'integer', v196);
      } else {
        if ((v196 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v196, 'must be >= 1');
        }
        if ((v196 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v196, 'must be <= 100');
        }
      }
    }
    const v197 = v191.search;
    if (v197 !== undefined) {
      if (typeof v197 !== 'string') {
        fail(issues, path + '/search', 'string', v197);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCustomProviderListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCustomProviderListArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCustomProviderListArgs) };
}
