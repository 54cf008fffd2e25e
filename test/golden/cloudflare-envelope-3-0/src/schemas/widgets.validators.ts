import { collectIssues, fail, missing, type ValidationIssue, type ValidationResult } from '../core/validation.js';
import { isDateTime as formatDateTime } from '../core/formats.js';
import type { Envelope, Message, ResultInfo, Widget } from './widgets.types.js';

const PATTERN_0 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const ENUM_0: ReadonlySet<unknown> = new Set(["red", "green", "blue", "cyan", "magenta", "yellow", "black"]);
/** Whether `value` is a valid {@link Envelope}. Fast: returns at the first problem. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as Record<string, unknown>;
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
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.success;
    if (v1 === undefined) {
      missing(issues, path + "/success", "boolean");
    } else {
      if (typeof v1 !== 'boolean') {
        fail(issues, path + "/success", "boolean", v1);
      }
    }
    const v2 = v0.errors;
    if (v2 === undefined) {
      missing(issues, path + "/errors", "array");
    } else {
      if (!Array.isArray(v2)) {
        fail(issues, path + "/errors", "array", v2);
      } else {
        const v3: unknown[] = v2 as unknown[];
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          explainMessage(v5, path + "/errors" + '/' + v4, issues);
        }
      }
    }
    const v6 = v0.messages;
    if (v6 === undefined) {
      missing(issues, path + "/messages", "array");
    } else {
      if (!Array.isArray(v6)) {
        fail(issues, path + "/messages", "array", v6);
      } else {
        const v7: unknown[] = v6 as unknown[];
        for (let v8 = 0; v8 < v7.length; v8++) {
          const v9 = v7[v8];
          explainMessage(v9, path + "/messages" + '/' + v8, issues);
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.code;
  if (v1 === undefined) return false;
  if (!Number.isInteger(v1)) return false;
  if ((v1 as number) < 1000) return false;
  const v2 = v0.message;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isMessage} is false. */
export function explainMessage(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.code;
    if (v1 === undefined) {
      missing(issues, path + "/code", "integer");
    } else {
      if (!Number.isInteger(v1)) {
        fail(issues, path + "/code", "integer", v1);
      } else {
        if ((v1 as number) < 1000) {
          fail(issues, path + "/code", "integer that is >= 1000", v1, "must be >= 1000");
        }
      }
    }
    const v2 = v0.message;
    if (v2 === undefined) {
      missing(issues, path + "/message", "string");
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + "/message", "string", v2);
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.page;
  if (v1 !== undefined) {
    if (typeof v1 !== 'number' || !Number.isFinite(v1)) return false;
  }
  const v2 = v0.per_page;
  if (v2 !== undefined) {
    if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
  }
  const v3 = v0.count;
  if (v3 !== undefined) {
    if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
  }
  const v4 = v0.total_count;
  if (v4 !== undefined) {
    if (typeof v4 !== 'number' || !Number.isFinite(v4)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isResultInfo} is false. */
export function explainResultInfo(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.page;
    if (v1 !== undefined) {
      if (typeof v1 !== 'number' || !Number.isFinite(v1)) {
        fail(issues, path + "/page", "number", v1);
      }
    }
    const v2 = v0.per_page;
    if (v2 !== undefined) {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
        fail(issues, path + "/per_page", "number", v2);
      }
    }
    const v3 = v0.count;
    if (v3 !== undefined) {
      if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
        fail(issues, path + "/count", "number", v3);
      }
    }
    const v4 = v0.total_count;
    if (v4 !== undefined) {
      if (typeof v4 !== 'number' || !Number.isFinite(v4)) {
        fail(issues, path + "/total_count", "number", v4);
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
  const v0 = value as Record<string, unknown>;
  const v1 = v0.id;
  if (v1 === undefined) return false;
  if (typeof v1 !== 'string') return false;
  const v2 = v0.name;
  if (v2 === undefined) return false;
  if (typeof v2 !== 'string') return false;
  if (!PATTERN_0.test(v2)) return false;
  const v3 = v0.created_on;
  if (v3 === undefined) return false;
  if (typeof v3 !== 'string') return false;
  if (!formatDateTime(v3)) return false;
  const v4 = v0.color;
  if (v4 !== undefined) {
    if (!(ENUM_0.has(v4))) return false;
  }
  const v5 = v0.size;
  if (v5 !== undefined) {
    if (!Number.isInteger(v5)) return false;
    if (!Number.isInteger((v5 as number) / 5)) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isWidget} is false. */
export function explainWidget(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, "object", value);
  } else {
    const v0 = value as Record<string, unknown>;
    const v1 = v0.id;
    if (v1 === undefined) {
      missing(issues, path + "/id", "string");
    } else {
      if (typeof v1 !== 'string') {
        fail(issues, path + "/id", "string", v1);
      }
    }
    const v2 = v0.name;
    if (v2 === undefined) {
      missing(issues, path + "/name", "string");
    } else {
      if (typeof v2 !== 'string') {
        fail(issues, path + "/name", "string", v2);
      } else {
        if (!PATTERN_0.test(v2)) {
          fail(issues, path + "/name", "string matching ^[a-z][a-z0-9-]*$", v2);
        }
      }
    }
    const v3 = v0.created_on;
    if (v3 === undefined) {
      missing(issues, path + "/created_on", "string");
    } else {
      if (typeof v3 !== 'string') {
        fail(issues, path + "/created_on", "string", v3);
      } else {
        if (!formatDateTime(v3)) {
          fail(issues, path + "/created_on", "date-time string", v3);
        }
      }
    }
    const v4 = v0.color;
    if (v4 !== undefined) {
      if (!(ENUM_0.has(v4))) {
        fail(issues, path + "/color", "one of \"red\", \"green\", \"blue\", \"cyan\", \"magenta\", \"yellow\", \"black\"", v4);
      }
    }
    const v5 = v0.size;
    if (v5 !== undefined) {
      if (!Number.isInteger(v5)) {
        fail(issues, path + "/size", "integer", v5);
      } else {
        if (!Number.isInteger((v5 as number) / 5)) {
          fail(issues, path + "/size", "integer that is a multiple of 5", v5, "must be a multiple of 5");
        }
      }
    }
  }
}

/** Checks `value` against {@link Widget}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateWidget(value: unknown): ValidationResult<Widget> {
  return isWidget(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainWidget) };
}
