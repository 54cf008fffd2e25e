import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../../core/validation.js';
import { isDateTime, isUuid } from '../../../core/formats.js';
import type {
  CostCreateResponse,
  CostDeleteResponse,
  CostEditResponse,
  CostGetResponse,
  CostListResponse,
} from './costs.types.js';

/** Whether `value` is a valid {@link CostCreateResponse}. Fast: returns at the first problem. */
export function isCostCreateResponse(value: unknown): value is CostCreateResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.account_provider_id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  if (!isUuid(v1)) return false;
  const v2 = v0.changed_by;
  if (v2 !== undefined) {
    if (typeof v2 !== 'string') return false;
  }
  const v3 = v0.cost_in;
  if (v3 !== undefined) {
    if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  }
  const v4 = v0.cost_out;
  if (v4 !== undefined) {
    if (typeof v4 !== 'number' || !Number.isFinite(v4)) return false;
  }
  const v5 = v0.cost_type;
  if (v5 !== undefined) {
    if (typeof v5 !== 'string') return false;
  }
  const v6 = v0.created_at;
  if (v6 === undefined) return false;
  if (typeof v6 !== 'string') return false;
  if (!isDateTime(v6)) return false;
  const v7 = v0.enable;
  if (v7 !== undefined) {
    if (typeof v7 !== 'boolean') return false;
  }
  const v8 = v0.id;
  if (v8 === undefined) return false;
  if (typeof v8 !== 'string') return false;
  if (!isUuid(v8)) return false;
  const v9 = v0.model;
  if (v9 === undefined) return false;
  if (typeof v9 !== 'string') return false;
  const v10 = v0.model_rule;
  if (v10 !== undefined) {
    if (!(v10 === 'equals' || v10 === 'starts-with' || v10 === 'contains')) return false;
  }
  const v11 = v0.modified_at;
  if (v11 === undefined) return false;
  if (typeof v11 !== 'string') return false;
  if (!isDateTime(v11)) return false;
  const v12 = v0.token_pricing;
  if (v12 !== undefined) {
    if (typeof v12 !== 'string') return false;
  }
  const v13 = v0.weight;
  if (v13 !== undefined) {
    if (!Number.isInteger(v13)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostCreateResponse} is false. */
export function explainCostCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v14 = value as unknown as Record<string, unknown>;
    const v15 = v14.account_provider_id;
    if (v15 === undefined) {
      fail(issues, path + '/account_provider_id', 'string', v15, 'is required');
    } else {
      if (typeof v15 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v15);
      } else {
        if (!isUuid(v15)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v15);
        }
      }
    }
    const v16 = v14.changed_by;
    if (v16 !== undefined) {
      if (typeof v16 !== 'string') {
        fail(issues, path + '/changed_by', 'string', v16);
      } else {
      }
    }
    const v17 = v14.cost_in;
    if (v17 !== undefined) {
      if (typeof v17 !== 'number' || !Number.isFinite(v17)) {
        fail(issues, path + '/cost_in', 'number', v17);
      } else {
      }
    }
    const v18 = v14.cost_out;
    if (v18 !== undefined) {
      if (typeof v18 !== 'number' || !Number.isFinite(v18)) {
        fail(issues, path + '/cost_out', 'number', v18);
      } else {
      }
    }
    const v19 = v14.cost_type;
    if (v19 !== undefined) {
      if (typeof v19 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v19);
      } else {
      }
    }
    const v20 = v14.created_at;
    if (v20 === undefined) {
      fail(issues, path + '/created_at', 'string', v20, 'is required');
    } else {
      if (typeof v20 !== 'string') {
        fail(issues, path + '/created_at', 'string', v20);
      } else {
        if (!isDateTime(v20)) {
          fail(issues, path + '/created_at', 'date-time string', v20);
        }
      }
    }
    const v21 = v14.enable;
    if (v21 !== undefined) {
      if (typeof v21 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v21);
      }
    }
    const v22 = v14.id;
    if (v22 === undefined) {
      fail(issues, path + '/id', 'string', v22, 'is required');
    } else {
      if (typeof v22 !== 'string') {
        fail(issues, path + '/id', 'string', v22);
      } else {
        if (!isUuid(v22)) {
          fail(issues, path + '/id', 'uuid string', v22);
        }
      }
    }
    const v23 = v14.model;
    if (v23 === undefined) {
      fail(issues, path + '/model', 'string', v23, 'is required');
    } else {
      if (typeof v23 !== 'string') {
        fail(issues, path + '/model', 'string', v23);
      } else {
      }
    }
    const v24 = v14.model_rule;
    if (v24 !== undefined) {
      if (!(v24 === 'equals' || v24 === 'starts-with' || v24 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v24);
      }
    }
    const v25 = v14.modified_at;
    if (v25 === undefined) {
      fail(issues, path + '/modified_at', 'string', v25, 'is required');
    } else {
      if (typeof v25 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v25);
      } else {
        if (!isDateTime(v25)) {
          fail(issues, path + '/modified_at', 'date-time string', v25);
        }
      }
    }
    const v26 = v14.token_pricing;
    if (v26 !== undefined) {
      if (typeof v26 !== 'string') {
        fail(issues, path + '/token_pricing', 'string', v26);
      } else {
      }
    }
    const v27 = v14.weight;
    if (v27 !== undefined) {
      if (!Number.isInteger(v27)) {
        fail(issues, path + '/weight', 'integer', v27);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CostCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostCreateResponse(value: unknown): ValidationResult<CostCreateResponse> {
  return isCostCreateResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostCreateResponse) };
}

/** Whether `value` is a valid {@link CostDeleteResponse}. Fast: returns at the first problem. */
export function isCostDeleteResponse(value: unknown): value is CostDeleteResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v28 = value as unknown as Record<string, unknown>;
  const v29 = v28.account_provider_id;
  if (v29 === undefined) return false;
  if (typeof v29 !== 'string') return false;
  if (!isUuid(v29)) return false;
  const v30 = v28.changed_by;
  if (v30 !== undefined) {
    if (typeof v30 !== 'string') return false;
  }
  const v31 = v28.cost_in;
  if (v31 !== undefined) {
    if (typeof v31 !== 'number' || !Number.isFinite(v31)) return false;
  }
  const v32 = v28.cost_out;
  if (v32 !== undefined) {
    if (typeof v32 !== 'number' || !Number.isFinite(v32)) return false;
  }
  const v33 = v28.cost_type;
  if (v33 !== undefined) {
    if (typeof v33 !== 'string') return false;
  }
  const v34 = v28.created_at;
  if (v34 === undefined) return false;
  if (typeof v34 !== 'string') return false;
  if (!isDateTime(v34)) return false;
  const v35 = v28.enable;
  if (v35 !== undefined) {
    if (typeof v35 !== 'boolean') return false;
  }
  const v36 = v28.id;
  if (v36 === undefined) return false;
  if (typeof v36 !== 'string') return false;
  if (!isUuid(v36)) return false;
  const v37 = v28.model;
  if (v37 === undefined) return false;
  if (typeof v37 !== 'string') return false;
  const v38 = v28.model_rule;
  if (v38 !== undefined) {
    if (!(v38 === 'equals' || v38 === 'starts-with' || v38 === 'contains')) return false;
  }
  const v39 = v28.modified_at;
  if (v39 === undefined) return false;
  if (typeof v39 !== 'string') return false;
  if (!isDateTime(v39)) return false;
  const v40 = v28.token_pricing;
  if (v40 !== undefined) {
    if (typeof v40 !== 'string') return false;
  }
  const v41 = v28.weight;
  if (v41 !== undefined) {
    if (!Number.isInteger(v41)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostDeleteResponse} is false. */
export function explainCostDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v42 = value as unknown as Record<string, unknown>;
    const v43 = v42.account_provider_id;
    if (v43 === undefined) {
      fail(issues, path + '/account_provider_id', 'string', v43, 'is required');
    } else {
      if (typeof v43 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v43);
      } else {
        if (!isUuid(v43)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v43);
        }
      }
    }
    const v44 = v42.changed_by;
    if (v44 !== undefined) {
      if (typeof v44 !== 'string') {
        fail(issues, path + '/changed_by', 'string', v44);
      } else {
      }
    }
    const v45 = v42.cost_in;
    if (v45 !== undefined) {
      if (typeof v45 !== 'number' || !Number.isFinite(v45)) {
        fail(issues, path + '/cost_in', 'number', v45);
      } else {
      }
    }
    const v46 = v42.cost_out;
    if (v46 !== undefined) {
      if (typeof v46 !== 'number' || !Number.isFinite(v46)) {
        fail(issues, path + '/cost_out', 'number', v46);
      } else {
      }
    }
    const v47 = v42.cost_type;
    if (v47 !== undefined) {
      if (typeof v47 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v47);
      } else {
      }
    }
    const v48 = v42.created_at;
    if (v48 === undefined) {
      fail(issues, path + '/created_at', 'string', v48, 'is required');
    } else {
      if (typeof v48 !== 'string') {
        fail(issues, path + '/created_at', 'string', v48);
      } else {
        if (!isDateTime(v48)) {
          fail(issues, path + '/created_at', 'date-time string', v48);
        }
      }
    }
    const v49 = v42.enable;
    if (v49 !== undefined) {
      if (typeof v49 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v49);
      }
    }
    const v50 = v42.id;
    if (v50 === undefined) {
      fail(issues, path + '/id', 'string', v50, 'is required');
    } else {
      if (typeof v50 !== 'string') {
        fail(issues, path + '/id', 'string', v50);
      } else {
        if (!isUuid(v50)) {
          fail(issues, path + '/id', 'uuid string', v50);
        }
      }
    }
    const v51 = v42.model;
    if (v51 === undefined) {
      fail(issues, path + '/model', 'string', v51, 'is required');
    } else {
      if (typeof v51 !== 'string') {
        fail(issues, path + '/model', 'string', v51);
      } else {
      }
    }
    const v52 = v42.model_rule;
    if (v52 !== undefined) {
      if (!(v52 === 'equals' || v52 === 'starts-with' || v52 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v52);
      }
    }
    const v53 = v42.modified_at;
    if (v53 === undefined) {
      fail(issues, path + '/modified_at', 'string', v53, 'is required');
    } else {
      if (typeof v53 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v53);
      } else {
        if (!isDateTime(v53)) {
          fail(issues, path + '/modified_at', 'date-time string', v53);
        }
      }
    }
    const v54 = v42.token_pricing;
    if (v54 !== undefined) {
      if (typeof v54 !== 'string') {
        fail(issues, path + '/token_pricing', 'string', v54);
      } else {
      }
    }
    const v55 = v42.weight;
    if (v55 !== undefined) {
      if (!Number.isInteger(v55)) {
        fail(issues, path + '/weight', 'integer', v55);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CostDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostDeleteResponse(value: unknown): ValidationResult<CostDeleteResponse> {
  return isCostDeleteResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostDeleteResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCostDeleteArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v56 = value as unknown as Record<string, unknown>;
  const v57 = v56.id;
  if (v57 === undefined) return false;
  if (typeof v57 !== 'string') return false;
  if (!isUuid(v57)) return false;
  const v58 = v56.account_id;
  if (v58 !== undefined) {
    if (typeof v58 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostDeleteArgs} is false. */
export function explainCostDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v59 = value as unknown as Record<string, unknown>;
    const v60 = v59.id;
    if (v60 === undefined) {
      fail(issues, path + '/id', 'string', v60, 'is required');
    } else {
      if (typeof v60 !== 'string') {
        fail(issues, path + '/id', 'string', v60);
      } else {
        if (!isUuid(v60)) {
          fail(issues, path + '/id', 'uuid string', v60);
        }
      }
    }
    const v61 = v59.account_id;
    if (v61 !== undefined) {
      if (typeof v61 !== 'string') {
        fail(issues, path + '/account_id', 'string', v61);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostDeleteArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCostDeleteArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostDeleteArgs) };
}

/** Whether `value` is a valid {@link CostEditResponse}. Fast: returns at the first problem. */
export function isCostEditResponse(value: unknown): value is CostEditResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v62 = value as unknown as Record<string, unknown>;
  const v63 = v62.account_provider_id;
  if (v63 === undefined) return false;
  if (typeof v63 !== 'string') return false;
  if (!isUuid(v63)) return false;
  const v64 = v62.changed_by;
  if (v64 !== undefined) {
    if (typeof v64 !== 'string') return false;
  }
  const v65 = v62.cost_in;
  if (v65 !== undefined) {
    if (typeof v65 !== 'number' || !Number.isFinite(v65)) return false;
  }
  const v66 = v62.cost_out;
  if (v66 !== undefined) {
    if (typeof v66 !== 'number' || !Number.isFinite(v66)) return false;
  }
  const v67 = v62.cost_type;
  if (v67 !== undefined) {
    if (typeof v67 !== 'string') return false;
  }
  const v68 = v62.created_at;
  if (v68 === undefined) return false;
  if (typeof v68 !== 'string') return false;
  if (!isDateTime(v68)) return false;
  const v69 = v62.enable;
  if (v69 !== undefined) {
    if (typeof v69 !== 'boolean') return false;
  }
  const v70 = v62.id;
  if (v70 === undefined) return false;
  if (typeof v70 !== 'string') return false;
  if (!isUuid(v70)) return false;
  const v71 = v62.model;
  if (v71 === undefined) return false;
  if (typeof v71 !== 'string') return false;
  const v72 = v62.model_rule;
  if (v72 !== undefined) {
    if (!(v72 === 'equals' || v72 === 'starts-with' || v72 === 'contains')) return false;
  }
  const v73 = v62.modified_at;
  if (v73 === undefined) return false;
  if (typeof v73 !== 'string') return false;
  if (!isDateTime(v73)) return false;
  const v74 = v62.token_pricing;
  if (v74 !== undefined) {
    if (typeof v74 !== 'string') return false;
  }
  const v75 = v62.weight;
  if (v75 !== undefined) {
    if (!Number.isInteger(v75)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostEditResponse} is false. */
export function explainCostEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v76 = value as unknown as Record<string, unknown>;
    const v77 = v76.account_provider_id;
    if (v77 === undefined) {
      fail(issues, path + '/account_provider_id', 'string', v77, 'is required');
    } else {
      if (typeof v77 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v77);
      } else {
        if (!isUuid(v77)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v77);
        }
      }
    }
    const v78 = v76.changed_by;
    if (v78 !== undefined) {
      if (typeof v78 !== 'string') {
        fail(issues, path + '/changed_by', 'string', v78);
      } else {
      }
    }
    const v79 = v76.cost_in;
    if (v79 !== undefined) {
      if (typeof v79 !== 'number' || !Number.isFinite(v79)) {
        fail(issues, path + '/cost_in', 'number', v79);
      } else {
      }
    }
    const v80 = v76.cost_out;
    if (v80 !== undefined) {
      if (typeof v80 !== 'number' || !Number.isFinite(v80)) {
        fail(issues, path + '/cost_out', 'number', v80);
      } else {
      }
    }
    const v81 = v76.cost_type;
    if (v81 !== undefined) {
      if (typeof v81 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v81);
      } else {
      }
    }
    const v82 = v76.created_at;
    if (v82 === undefined) {
      fail(issues, path + '/created_at', 'string', v82, 'is required');
    } else {
      if (typeof v82 !== 'string') {
        fail(issues, path + '/created_at', 'string', v82);
      } else {
        if (!isDateTime(v82)) {
          fail(issues, path + '/created_at', 'date-time string', v82);
        }
      }
    }
    const v83 = v76.enable;
    if (v83 !== undefined) {
      if (typeof v83 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v83);
      }
    }
    const v84 = v76.id;
    if (v84 === undefined) {
      fail(issues, path + '/id', 'string', v84, 'is required');
    } else {
      if (typeof v84 !== 'string') {
        fail(issues, path + '/id', 'string', v84);
      } else {
        if (!isUuid(v84)) {
          fail(issues, path + '/id', 'uuid string', v84);
        }
      }
    }
    const v85 = v76.model;
    if (v85 === undefined) {
      fail(issues, path + '/model', 'string', v85, 'is required');
    } else {
      if (typeof v85 !== 'string') {
        fail(issues, path + '/model', 'string', v85);
      } else {
      }
    }
    const v86 = v76.model_rule;
    if (v86 !== undefined) {
      if (!(v86 === 'equals' || v86 === 'starts-with' || v86 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v86);
      }
    }
    const v87 = v76.modified_at;
    if (v87 === undefined) {
      fail(issues, path + '/modified_at', 'string', v87, 'is required');
    } else {
      if (typeof v87 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v87);
      } else {
        if (!isDateTime(v87)) {
          fail(issues, path + '/modified_at', 'date-time string', v87);
        }
      }
    }
    const v88 = v76.token_pricing;
    if (v88 !== undefined) {
      if (typeof v88 !== 'string') {
        fail(issues, path + '/token_pricing', 'string', v88);
      } else {
      }
    }
    const v89 = v76.weight;
    if (v89 !== undefined) {
      if (!Number.isInteger(v89)) {
        fail(issues, path + '/weight', 'integer', v89);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CostEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostEditResponse(value: unknown): ValidationResult<CostEditResponse> {
  return isCostEditResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostEditResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCostEditArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v90 = value as unknown as Record<string, unknown>;
  const v91 = v90.id;
  if (v91 === undefined) return false;
  if (typeof v91 !== 'string') return false;
  if (!isUuid(v91)) return false;
  const v92 = v90.account_id;
  if (v92 !== undefined) {
    if (typeof v92 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostEditArgs} is false. */
export function explainCostEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v93 = value as unknown as Record<string, unknown>;
    const v94 = v93.id;
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
    const v95 = v93.account_id;
    if (v95 !== undefined) {
      if (typeof v95 !== 'string') {
        fail(issues, path + '/account_id', 'string', v95);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostEditArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCostEditArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostEditArgs) };
}

/** Whether `value` is a valid {@link CostGetResponse}. Fast: returns at the first problem. */
export function isCostGetResponse(value: unknown): value is CostGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v96 = value as unknown as Record<string, unknown>;
  const v97 = v96.account_provider_id;
  if (v97 === undefined) return false;
  if (typeof v97 !== 'string') return false;
  if (!isUuid(v97)) return false;
  const v98 = v96.changed_by;
  if (v98 !== undefined) {
    if (typeof v98 !== 'string') return false;
  }
  const v99 = v96.cost_in;
  if (v99 !== undefined) {
    if (typeof v99 !== 'number' || !Number.isFinite(v99)) return false;
  }
  const v100 = v96.cost_out;
  if (v100 !== undefined) {
    if (typeof v100 !== 'number' || !Number.isFinite(v100)) return false;
  }
  const v101 = v96.cost_type;
  if (v101 !== undefined) {
    if (typeof v101 !== 'string') return false;
  }
  const v102 = v96.created_at;
  if (v102 === undefined) return false;
  if (typeof v102 !== 'string') return false;
  if (!isDateTime(v102)) return false;
  const v103 = v96.enable;
  if (v103 !== undefined) {
    if (typeof v103 !== 'boolean') return false;
  }
  const v104 = v96.id;
  if (v104 === undefined) return false;
  if (typeof v104 !== 'string') return false;
  if (!isUuid(v104)) return false;
  const v105 = v96.model;
  if (v105 === undefined) return false;
  if (typeof v105 !== 'string') return false;
  const v106 = v96.model_rule;
  if (v106 !== undefined) {
    if (!(v106 === 'equals' || v106 === 'starts-with' || v106 === 'contains')) return false;
  }
  const v107 = v96.modified_at;
  if (v107 === undefined) return false;
  if (typeof v107 !== 'string') return false;
  if (!isDateTime(v107)) return false;
  const v108 = v96.token_pricing;
  if (v108 !== undefined) {
    if (typeof v108 !== 'string') return false;
  }
  const v109 = v96.weight;
  if (v109 !== undefined) {
    if (!Number.isInteger(v109)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostGetResponse} is false. */
export function explainCostGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v110 = value as unknown as Record<string, unknown>;
    const v111 = v110.account_provider_id;
    if (v111 === undefined) {
      fail(issues, path + '/account_provider_id', 'string', v111, 'is required');
    } else {
      if (typeof v111 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v111);
      } else {
        if (!isUuid(v111)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v111);
        }
      }
    }
    const v112 = v110.changed_by;
    if (v112 !== undefined) {
      if (typeof v112 !== 'string') {
        fail(issues, path + '/changed_by', 'string', v112);
      } else {
      }
    }
    const v113 = v110.cost_in;
    if (v113 !== undefined) {
      if (typeof v113 !== 'number' || !Number.isFinite(v113)) {
        fail(issues, path + '/cost_in', 'number', v113);
      } else {
      }
    }
    const v114 = v110.cost_out;
    if (v114 !== undefined) {
      if (typeof v114 !== 'number' || !Number.isFinite(v114)) {
        fail(issues, path + '/cost_out', 'number', v114);
      } else {
      }
    }
    const v115 = v110.cost_type;
    if (v115 !== undefined) {
      if (typeof v115 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v115);
      } else {
      }
    }
    const v116 = v110.created_at;
    if (v116 === undefined) {
      fail(issues, path + '/created_at', 'string', v116, 'is required');
    } else {
      if (typeof v116 !== 'string') {
        fail(issues, path + '/created_at', 'string', v116);
      } else {
        if (!isDateTime(v116)) {
          fail(issues, path + '/created_at', 'date-time string', v116);
        }
      }
    }
    const v117 = v110.enable;
    if (v117 !== undefined) {
      if (typeof v117 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v117);
      }
    }
    const v118 = v110.id;
    if (v118 === undefined) {
      fail(issues, path + '/id', 'string', v118, 'is required');
    } else {
      if (typeof v118 !== 'string') {
        fail(issues, path + '/id', 'string', v118);
      } else {
        if (!isUuid(v118)) {
          fail(issues, path + '/id', 'uuid string', v118);
        }
      }
    }
    const v119 = v110.model;
    if (v119 === undefined) {
      fail(issues, path + '/model', 'string', v119, 'is required');
    } else {
      if (typeof v119 !== 'string') {
        fail(issues, path + '/model', 'string', v119);
      } else {
      }
    }
    const v120 = v110.model_rule;
    if (v120 !== undefined) {
      if (!(v120 === 'equals' || v120 === 'starts-with' || v120 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v120);
      }
    }
    const v121 = v110.modified_at;
    if (v121 === undefined) {
      fail(issues, path + '/modified_at', 'string', v121, 'is required');
    } else {
      if (typeof v121 !== 'string') {
        fail(issues, path + '/modified_at', 'string', v121);
      } else {
        if (!isDateTime(v121)) {
          fail(issues, path + '/modified_at', 'date-time string', v121);
        }
      }
    }
    const v122 = v110.token_pricing;
    if (v122 !== undefined) {
      if (typeof v122 !== 'string') {
        fail(issues, path + '/token_pricing', 'string', v122);
      } else {
      }
    }
    const v123 = v110.weight;
    if (v123 !== undefined) {
      if (!Number.isInteger(v123)) {
        fail(issues, path + '/weight', 'integer', v123);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link CostGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostGetResponse(value: unknown): ValidationResult<CostGetResponse> {
  return isCostGetResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostGetResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCostGetArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v124 = value as unknown as Record<string, unknown>;
  const v125 = v124.id;
  if (v125 === undefined) return false;
  if (typeof v125 !== 'string') return false;
  if (!isUuid(v125)) return false;
  const v126 = v124.account_id;
  if (v126 !== undefined) {
    if (typeof v126 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostGetArgs} is false. */
export function explainCostGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v127 = value as unknown as Record<string, unknown>;
    const v128 = v127.id;
    if (v128 === undefined) {
      fail(issues, path + '/id', 'string', v128, 'is required');
    } else {
      if (typeof v128 !== 'string') {
        fail(issues, path + '/id', 'string', v128);
      } else {
        if (!isUuid(v128)) {
          fail(issues, path + '/id', 'uuid string', v128);
        }
      }
    }
    const v129 = v127.account_id;
    if (v129 !== undefined) {
      if (typeof v129 !== 'string') {
        fail(issues, path + '/account_id', 'string', v129);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostGetArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCostGetArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostGetArgs) };
}

/** Whether `value` is a valid {@link CostListResponse}. Fast: returns at the first problem. */
export function isCostListResponse(value: unknown): value is CostListResponse {
  if (!Array.isArray(value)) return false;
  const v130: unknown[] = value;
  for (let v131 = 0; v131 < v130.length; v131++) {
    const v132 = v130[v131];
    if (typeof v132 !== 'object' || v132 === null || Array.isArray(v132)) return false;
    const v133 = v132 as unknown as Record<string, unknown>;
    const v134 = v133.account_provider_id;
    if (v134 === undefined) return false;
    if (typeof v134 !== 'string') return false;
    if (!isUuid(v134)) return false;
    const v135 = v133.changed_by;
    if (v135 !== undefined) {
      if (typeof v135 !== 'string') return false;
    }
    const v136 = v133.cost_in;
    if (v136 !== undefined) {
      if (typeof v136 !== 'number' || !Number.isFinite(v136)) return false;
    }
    const v137 = v133.cost_out;
    if (v137 !== undefined) {
      if (typeof v137 !== 'number' || !Number.isFinite(v137)) return false;
    }
    const v138 = v133.cost_type;
    if (v138 !== undefined) {
      if (typeof v138 !== 'string') return false;
    }
    const v139 = v133.created_at;
    if (v139 === undefined) return false;
    if (typeof v139 !== 'string') return false;
    if (!isDateTime(v139)) return false;
    const v140 = v133.enable;
    if (v140 !== undefined) {
      if (typeof v140 !== 'boolean') return false;
    }
    const v141 = v133.id;
    if (v141 === undefined) return false;
    if (typeof v141 !== 'string') return false;
    if (!isUuid(v141)) return false;
    const v142 = v133.model;
    if (v142 === undefined) return false;
    if (typeof v142 !== 'string') return false;
    const v143 = v133.model_rule;
    if (v143 !== undefined) {
      if (!(v143 === 'equals' || v143 === 'starts-with' || v143 === 'contains')) return false;
    }
    const v144 = v133.modified_at;
    if (v144 === undefined) return false;
    if (typeof v144 !== 'string') return false;
    if (!isDateTime(v144)) return false;
    const v145 = v133.token_pricing;
    if (v145 !== undefined) {
      if (typeof v145 !== 'string') return false;
    }
    const v146 = v133.weight;
    if (v146 !== undefined) {
      if (!Number.isInteger(v146)) return false;
    }
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostListResponse} is false. */
export function explainCostListResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(value)) {
    fail(issues, path, 'array', value);
  } else {
    const v147: unknown[] = value as unknown[];
    for (let v148 = 0; v148 < v147.length; v148++) {
      const v149 = v147[v148];
      if (typeof v149 !== 'object' || v149 === null || Array.isArray(v149)) {
        fail(issues, path + '/' + v148, 'object', v149);
      } else {
        const v150 = v149 as unknown as Record<string, unknown>;
        const v151 = v150.account_provider_id;
        if (v151 === undefined) {
          fail(issues, path + '/' + v148 + '/account_provider_id', 'string', v151, 'is required');
        } else {
          if (typeof v151 !== 'string') {
            fail(issues, path + '/' + v148 + '/account_provider_id', 'string', v151);
          } else {
            if (!isUuid(v151)) {
              fail(issues, path + '/' + v148 + '/account_provider_id', 'uuid string', v151);
            }
          }
        }
        const v152 = v150.changed_by;
        if (v152 !== undefined) {
          if (typeof v152 !== 'string') {
            fail(issues, path + '/' + v148 + '/changed_by', 'string', v152);
          } else {
          }
        }
        const v153 = v150.cost_in;
        if (v153 !== undefined) {
          if (typeof v153 !== 'number' || !Number.isFinite(v153)) {
            fail(issues, path + '/' + v148 + '/cost_in', 'number', v153);
          } else {
          }
        }
        const v154 = v150.cost_out;
        if (v154 !== undefined) {
          if (typeof v154 !== 'number' || !Number.isFinite(v154)) {
            fail(issues, path + '/' + v148 + '/cost_out', 'number', v154);
          } else {
          }
        }
        const v155 = v150.cost_type;
        if (v155 !== undefined) {
          if (typeof v155 !== 'string') {
            fail(issues, path + '/' + v148 + '/cost_type', 'string', v155);
          } else {
          }
        }
        const v156 = v150.created_at;
        if (v156 === undefined) {
          fail(issues, path + '/' + v148 + '/created_at', 'string', v156, 'is required');
        } else {
          if (typeof v156 !== 'string') {
            fail(issues, path + '/' + v148 + '/created_at', 'string', v156);
          } else {
            if (!isDateTime(v156)) {
              fail(issues, path + '/' + v148 + '/created_at', 'date-time string', v156);
            }
          }
        }
        const v157 = v150.enable;
        if (v157 !== undefined) {
          if (typeof v157 !== 'boolean') {
            fail(issues, path + '/' + v148 + '/enable', 'boolean', v157);
          }
        }
        const v158 = v150.id;
        if (v158 === undefined) {
          fail(issues, path + '/' + v148 + '/id', 'string', v158, 'is required');
        } else {
          if (typeof v158 !== 'string') {
            fail(issues, path + '/' + v148 + '/id', 'string', v158);
          } else {
            if (!isUuid(v158)) {
              fail(issues, path + '/' + v148 + '/id', 'uuid string', v158);
            }
          }
        }
        const v159 = v150.model;
        if (v159 === undefined) {
          fail(issues, path + '/' + v148 + '/model', 'string', v159, 'is required');
        } else {
          if (typeof v159 !== 'string') {
            fail(issues, path + '/' + v148 + '/model', 'string', v159);
          } else {
          }
        }
        const v160 = v150.model_rule;
        if (v160 !== undefined) {
          if (!(v160 === 'equals' || v160 === 'starts-with' || v160 === 'contains')) {
            fail(issues, path + '/' + v148 + '/model_rule', 'one of "equals", "starts-with", "contains"', v160);
          }
        }
        const v161 = v150.modified_at;
        if (v161 === undefined) {
          fail(issues, path + '/' + v148 + '/modified_at', 'string', v161, 'is required');
        } else {
          if (typeof v161 !== 'string') {
            fail(issues, path + '/' + v148 + '/modified_at', 'string', v161);
          } else {
            if (!isDateTime(v161)) {
              fail(issues, path + '/' + v148 + '/modified_at', 'date-time string', v161);
            }
          }
        }
        const v162 = v150.token_pricing;
        if (v162 !== undefined) {
          if (typeof v162 !== 'string') {
            fail(issues, path + '/' + v148 + '/token_pricing', 'string', v162);
          } else {
          }
        }
        const v163 = v150.weight;
        if (v163 !== undefined) {
          if (!Number.isInteger(v163)) {
            fail(issues, path + '/' + v148 + '/weight', 'integer', v163);
          } else {
          }
        }
      }
    }
  }
}

/** Checks `value` against {@link CostListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostListResponse(value: unknown): ValidationResult<CostListResponse> {
  return isCostListResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainCostListResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isCostListArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v164 = value as unknown as Record<string, unknown>;
  const v165 = v164.account_id;
  if (v165 !== undefined) {
    if (typeof v165 !== 'string') return false;
  }
  const v166 = v164.account_provider_id;
  if (v166 !== undefined) {
    if (typeof v166 !== 'string') return false;
    if (!isUuid(v166)) return false;
  }
  const v167 = v164.cost_type;
  if (v167 !== undefined) {
    if (typeof v167 !== 'string') return false;
  }
  const v168 = v164.enable;
  if (v168 !== undefined) {
    if (typeof v168 !== 'boolean') return false;
  }
  const v169 = v164.model_rule;
  if (v169 !== undefined) {
    if (!(v169 === 'equals' || v169 === 'starts-with' || v169 === 'contains')) return false;
  }
  const v170 = v164.page;
  if (v170 !== undefined) {
    if (!Number.isInteger(v170)) return false;
    if ((v170 as number) < 1) return false;
  }
  const v171 = v164.per_page;
  if (v171 !== undefined) {
    if (!Number.isInteger(v171)) return false;
    if ((v171 as number) < 1) return false;
    if ((v171 as number) > 100) return false;
  }
  const v172 = v164.search;
  if (v172 !== undefined) {
    if (typeof v172 !== 'string') return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isCostListArgs} is false. */
export function explainCostListArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v173 = value as unknown as Record<string, unknown>;
    const v174 = v173.account_id;
    if (v174 !== undefined) {
      if (typeof v174 !== 'string') {
        fail(issues, path + '/account_id', 'string', v174);
      } else {
      }
    }
    const v175 = v173.account_provider_id;
    if (v175 !== undefined) {
      if (typeof v175 !== 'string') {
        fail(issues, path + '/account_provider_id', 'string', v175);
      } else {
        if (!isUuid(v175)) {
          fail(issues, path + '/account_provider_id', 'uuid string', v175);
        }
      }
    }
    const v176 = v173.cost_type;
    if (v176 !== undefined) {
      if (typeof v176 !== 'string') {
        fail(issues, path + '/cost_type', 'string', v176);
      } else {
      }
    }
    const v177 = v173.enable;
    if (v177 !== undefined) {
      if (typeof v177 !== 'boolean') {
        fail(issues, path + '/enable', 'boolean', v177);
      }
    }
    const v178 = v173.model_rule;
    if (v178 !== undefined) {
      if (!(v178 === 'equals' || v178 === 'starts-with' || v178 === 'contains')) {
        fail(issues, path + '/model_rule', 'one of "equals", "starts-with", "contains"', v178);
      }
    }
    const v179 = v173.page;
    if (v179 !== undefined) {
      if (!Number.isInteger(v179)) {
        fail(issues, path + '/page', 'integer', v179);
      } else {
        if ((v179 as number) < 1) {
          fail(issues, path + '/page', 'integer that is >= 1', v179, 'must be >= 1');
        }
      }
    }
    const v180 = v173.per_page;
    if (v180 !== undefined) {
      if (!Number.isInteger(v180)) {
        fail(issues, path + '/per_page', 'integer', v180);
      } else {
        if ((v180 as number) < 1) {
          fail(issues, path + '/per_page', 'integer that is >= 1', v180, 'must be >= 1');
        }
        if ((v180 as number) > 100) {
          fail(issues, path + '/per_page', 'integer that is <= 100', v180, 'must be <= 100');
        }
      }
    }
    const v181 = v173.search;
    if (v181 !== undefined) {
      if (typeof v181 !== 'string') {
        fail(issues, path + '/search', 'string', v181);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateCostListArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isCostListArgs(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainCostListArgs) };
}
