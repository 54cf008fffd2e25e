import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { isDateTime } from '../core/formats.js';
import type { Envelope, Message, ResultInfo, Widget } from './types.js';

const PATTERN_0 = new RegExp('^[a-z][a-z0-9-]*$', 'u');
const ENUM_0: ReadonlySet<unknown> = new Set(['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black']);
/** Whether `value` is a valid {@link Envelope}. Fast: returns at the first problem. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.success;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'boolean') return false;
  const v2 = v0.errors;
  if (v2 === undefined) return false;
  if (!Array.isArray(v2)) return false;
  const v3: unknown[] = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (!isMessage(v5)) return false;
  }
  const v6 = v0.messages;
  if (v6 === undefined) return false;
  if (!Array.isArray(v6)) return false;
  const v7: unknown[] = v6;
  for (let v8 = 0; v8 < v7.length; v8++) {
    const v9 = v7[v8];
    if (!isMessage(v9)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isEnvelope} is false. */
export function explainEnvelope(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v10 = value as unknown as Record<string, unknown>;
    const v11 = v10.success;
    if (v11 === undefined) {
      fail(issues, path + '/success', 'boolean', v11, 'is required');
    } else {
      if (typeof v11 !== 'boolean') {
        fail(issues, path + '/success', 'boolean', v11);
      }
    }
    const v12 = v10.errors;
    if (v12 === undefined) {
      fail(issues, path + '/errors', 'array', v12, 'is required');
    } else {
      if (!Array.isArray(v12)) {
        fail(issues, path + '/errors', 'array', v12);
      } else {
        const v13: unknown[] = v12 as unknown[];
        for (let v14 = 0; v14 < v13.length; v14++) {
          const v15 = v13[v14];
          explainMessage(v15, path + '/errors' + '/' + v14, issues);
        }
      }
    }
    const v16 = v10.messages;
    if (v16 === undefined) {
      fail(issues, path + '/messages', 'array', v16, 'is required');
    } else {
      if (!Array.isArray(v16)) {
        fail(issues, path + '/messages', 'array', v16);
      } else {
        const v17: unknown[] = v16 as unknown[];
        for (let v18 = 0; v18 < v17.length; v18++) {
          const v19 = v17[v18];
          explainMessage(v19, path + '/messages' + '/' + v18, issues);
        }
      }
    }
  }
}

/** Checks `value` against {@link Envelope}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateEnvelope(value: unknown): ValidationResult<Envelope> {
  return isEnvelope(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainEnvelope) };
}

/** Whether `value` is a valid {@link Message}. Fast: returns at the first problem. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v20 = value as unknown as Record<string, unknown>;
  const v21 = v20.code;
  if (v21 === undefined) return false;
  if (!Number.isInteger(v21)) return false;
  if ((v21 as number) < 1000) return false;
  const v22 = v20.message;
  if (v22 === undefined) return false;
  if (typeof v22 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isMessage} is false. */
export function explainMessage(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v23 = value as unknown as Record<string, unknown>;
    const v24 = v23.code;
    if (v24 === undefined) {
      fail(issues, path + '/code', 'integer', v24, 'is required');
    } else {
      if (!Number.isInteger(v24)) {
        fail(issues, path + '/code', 'integer', v24);
      } else {
        if ((v24 as number) < 1000) {
          fail(issues, path + '/code', 'integer that is >= 1000', v24, 'must be >= 1000');
        }
      }
    }
    const v25 = v23.message;
    if (v25 === undefined) {
      fail(issues, path + '/message', 'string', v25, 'is required');
    } else {
      if (typeof v25 !== 'string') {
        fail(issues, path + '/message', 'string', v25);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link Message}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateMessage(value: unknown): ValidationResult<Message> {
  return isMessage(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainMessage) };
}

/** Whether `value` is a valid {@link ResultInfo}. Fast: returns at the first problem. */
export function isResultInfo(value: unknown): value is ResultInfo {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v26 = value as unknown as Record<string, unknown>;
  const v27 = v26.page;
  if (v27 !== undefined) {
    if (typeof v27 !== 'number' || !Number.isFinite(v27)) return false;
  }
  const v28 = v26.per_page;
  if (v28 !== undefined) {
    if (typeof v28 !== 'number' || !Number.isFinite(v28)) return false;
  }
  const v29 = v26.count;
  if (v29 !== undefined) {
    if (typeof v29 !== 'number' || !Number.isFinite(v29)) return false;
  }
  const v30 = v26.total_count;
  if (v30 !== undefined) {
    if (typeof v30 !== 'number' || !Number.isFinite(v30)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isResultInfo} is false. */
export function explainResultInfo(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v31 = value as unknown as Record<string, unknown>;
    const v32 = v31.page;
    if (v32 !== undefined) {
      if (typeof v32 !== 'number' || !Number.isFinite(v32)) {
        fail(issues, path + '/page', 'number', v32);
      } else {
      }
    }
    const v33 = v31.per_page;
    if (v33 !== undefined) {
      if (typeof v33 !== 'number' || !Number.isFinite(v33)) {
        fail(issues, path + '/per_page', 'number', v33);
      } else {
      }
    }
    const v34 = v31.count;
    if (v34 !== undefined) {
      if (typeof v34 !== 'number' || !Number.isFinite(v34)) {
        fail(issues, path + '/count', 'number', v34);
      } else {
      }
    }
    const v35 = v31.total_count;
    if (v35 !== undefined) {
      if (typeof v35 !== 'number' || !Number.isFinite(v35)) {
        fail(issues, path + '/total_count', 'number', v35);
      } else {
      }
    }
  }
}

/** Checks `value` against {@link ResultInfo}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateResultInfo(value: unknown): ValidationResult<ResultInfo> {
  return isResultInfo(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainResultInfo) };
}

/** Whether `value` is a valid {@link Widget}. Fast: returns at the first problem. */
export function isWidget(value: unknown): value is Widget {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v36 = value as unknown as Record<string, unknown>;
  const v37 = v36.id;
  if (v37 === undefined) return false;
  if (typeof v37 !== 'string') return false;
  const v38 = v36.name;
  if (v38 === undefined) return false;
  if (typeof v38 !== 'string') return false;
  if (!PATTERN_0.test(v38)) return false;
  const v39 = v36.created_on;
  if (v39 === undefined) return false;
  if (typeof v39 !== 'string') return false;
  if (!isDateTime(v39)) return false;
  const v40 = v36.color;
  if (v40 !== undefined) {
    if (!ENUM_0.has(v40)) return false;
  }
  const v41 = v36.size;
  if (v41 !== undefined) {
    if (!Number.isInteger(v41)) return false;
    if (!Number.isInteger((v41 as number) / 5)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidget} is false. */
export function explainWidget(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v42 = value as unknown as Record<string, unknown>;
    const v43 = v42.id;
    if (v43 === undefined) {
      fail(issues, path + '/id', 'string', v43, 'is required');
    } else {
      if (typeof v43 !== 'string') {
        fail(issues, path + '/id', 'string', v43);
      } else {
      }
    }
    const v44 = v42.name;
    if (v44 === undefined) {
      fail(issues, path + '/name', 'string', v44, 'is required');
    } else {
      if (typeof v44 !== 'string') {
        fail(issues, path + '/name', 'string', v44);
      } else {
        if (!PATTERN_0.test(v44)) {
          fail(issues, path + '/name', 'string matching ^[a-z][a-z0-9-]*$', v44);
        }
      }
    }
    const v45 = v42.created_on;
    if (v45 === undefined) {
      fail(issues, path + '/created_on', 'string', v45, 'is required');
    } else {
      if (typeof v45 !== 'string') {
        fail(issues, path + '/created_on', 'string', v45);
      } else {
        if (!isDateTime(v45)) {
          fail(issues, path + '/created_on', 'date-time string', v45);
        }
      }
    }
    const v46 = v42.color;
    if (v46 !== undefined) {
      if (!ENUM_0.has(v46)) {
        fail(issues, path + '/color', 'one of "red", "green", "blue", "cyan", "magenta", "yellow", "black"', v46);
      }
    }
    const v47 = v42.size;
    if (v47 !== undefined) {
      if (!Number.isInteger(v47)) {
        fail(issues, path + '/size', 'integer', v47);
      } else {
        if (!Number.isInteger((v47 as number) / 5)) {
          fail(issues, path + '/size', 'integer that is a multiple of 5', v47, 'must be a multiple of 5');
        }
      }
    }
  }
}

/** Checks `value` against {@link Widget}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidget(value: unknown): ValidationResult<Widget> {
  return isWidget(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWidget) };
}
