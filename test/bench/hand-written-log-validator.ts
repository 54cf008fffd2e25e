/**
 * The benchmark's reference: a validator for `LogGetResponse` (the `result` of
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`), written once, by hand,
 * the way a careful engineer would write it without a generator. The generated validator is
 * measured against it, so it has exactly the generated validator's semantics:
 *
 * - an object (not null, not an array); unknown properties are allowed;
 * - required: id, created_at, provider, model, path (strings), duration (integer), success,
 *   cached (booleans), tokens_in, tokens_out (integer or null);
 * - optional (absent or `undefined` is fine): cost (finite number), the booleans custom_cost,
 *   request_head_complete, response_head_complete, the integers request_size, response_size,
 *   status_code, step, and the strings metadata, model_type, request_content_type, request_head,
 *   request_type, response_content_type, response_head;
 * - created_at is an RFC 3339 date-time with real calendar limits, as ajv-formats "full" reads
 *   it (separator "T", "t" or any whitespace; offset "Z", "z", "+hh", "+hhmm" or "+hh:mm"; a
 *   leap second only at 23:59 UTC; a fraction of a second never rounds into the seconds, where
 *   ajv-formats reads them with Number()), checked by scanning characters rather than with regexes.
 *
 * `validateLogGetResponseByHand` returns the same result shape as the generated
 * `validateLogGetResponse`, with the same issues (path, message, expected, received), so both do
 * the same work on invalid input. The benchmark checks the two agree before timing anything.
 */
import type { LogGetResponse, ValidationIssue, ValidationResult } from '../../generated/dist/index.js';

// ---------------------------------------------------------------------------------------------
// date-time

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the ASCII digit at `i`, or -1 (also past the end: NaN compares false). */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The two-digit number at `i`, or -1. */
function twoDigitsAt(s: string, i: number): number {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** "T", "t", or a character of JavaScript's `\s` class. */
function isSeparator(c: number): boolean {
  return (
    c === 84 ||
    c === 116 ||
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** RFC 3339 date-time ("2019-12-27T18:11:19.117Z"), with calendar and clock limits. */
export function isDateTimeByHand(s: string): boolean {
  const n = s.length;
  // The shortest is "YYYY-MM-DDTHH:MM:SSZ".
  if (n < 20) return false;

  // full-date
  const y1 = twoDigitsAt(s, 0);
  const y2 = twoDigitsAt(s, 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const month = twoDigitsAt(s, 5);
  const day = twoDigitsAt(s, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) {
    const year = y1 * 100 + y2;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > (leap ? 29 : 28)) return false;
  } else if (day > DAYS_IN_MONTH[month]!) {
    return false;
  }
  if (!isSeparator(s.charCodeAt(10))) return false;

  // full-time: HH:MM:SS[.frac]
  const hour = twoDigitsAt(s, 11);
  const minute = twoDigitsAt(s, 14);
  const second = twoDigitsAt(s, 17);
  if (hour < 0 || minute < 0 || second < 0 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (digitAt(s, i) >= 0) i++;
    if (i === start) return false;
  }

  // offset: Z | z | (+|-)hh[[:]mm]
  let sign = 1;
  let offsetHours = 0;
  let offsetMinutes = 0;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) {
    if (i + 1 !== n) return false;
  } else if (c === 43 || c === 45) {
    if (c === 45) sign = -1;
    offsetHours = twoDigitsAt(s, i + 1);
    if (offsetHours < 0) return false;
    i += 3;
    if (i !== n) {
      if (s.charCodeAt(i) === 58) i++;
      offsetMinutes = twoDigitsAt(s, i);
      if (offsetMinutes < 0 || i + 2 !== n) return false;
    }
  } else {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59) return false;

  // The fraction never carries into the seconds (RFC 3339's time-secfrac is its own rule).
  if (second < 60) return true;
  // A leap second: only in the last minute of the UTC day.
  const utcMinuteOfDay = (((hour * 60 + minute - sign * (offsetHours * 60 + offsetMinutes)) % 1440) + 1440) % 1440;
  return utcMinuteOfDay === 1439;
}

// ---------------------------------------------------------------------------------------------
// LogGetResponse

/** Whether `value` is a valid `LogGetResponse`; stops at the first problem. */
export function isLogGetResponseByHand(value: unknown): value is LogGetResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;

  if (typeof o.cached !== 'boolean') return false;
  const createdAt = o.created_at;
  if (typeof createdAt !== 'string' || !isDateTimeByHand(createdAt)) return false;
  if (!Number.isInteger(o.duration)) return false;
  if (typeof o.id !== 'string') return false;
  if (typeof o.model !== 'string') return false;
  if (typeof o.path !== 'string') return false;
  if (typeof o.provider !== 'string') return false;
  if (typeof o.success !== 'boolean') return false;
  const tokensIn = o.tokens_in;
  if (tokensIn !== null && !Number.isInteger(tokensIn)) return false;
  const tokensOut = o.tokens_out;
  if (tokensOut !== null && !Number.isInteger(tokensOut)) return false;

  const cost = o.cost;
  if (cost !== undefined && (typeof cost !== 'number' || !Number.isFinite(cost))) return false;
  let v = o.custom_cost;
  if (v !== undefined && typeof v !== 'boolean') return false;
  v = o.request_head_complete;
  if (v !== undefined && typeof v !== 'boolean') return false;
  v = o.response_head_complete;
  if (v !== undefined && typeof v !== 'boolean') return false;
  v = o.request_size;
  if (v !== undefined && !Number.isInteger(v)) return false;
  v = o.response_size;
  if (v !== undefined && !Number.isInteger(v)) return false;
  v = o.status_code;
  if (v !== undefined && !Number.isInteger(v)) return false;
  v = o.step;
  if (v !== undefined && !Number.isInteger(v)) return false;
  v = o.metadata;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.model_type;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.request_content_type;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.request_head;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.request_type;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.response_content_type;
  if (v !== undefined && typeof v !== 'string') return false;
  v = o.response_head;
  if (v !== undefined && typeof v !== 'string') return false;
  return true;
}

/** "integer 3", "string \"abc\"", "null": what a message says was received; never the whole value. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return `integer ${value}`;
    return Number.isFinite(value) ? `number ${value}` : String(value);
  }
  if (typeof value === 'string') {
    return value.length > 40 ? `string "${value.slice(0, 37)}..."` : `string ${JSON.stringify(value)}`;
  }
  return typeof value;
}

function addIssue(issues: ValidationIssue[], path: string, expected: string, value: unknown, required = false): void {
  const received = describeValue(value);
  const message = required && value === undefined ? 'is required' : `expected ${expected}, received ${received}`;
  issues.push({ path, message, expected, received });
}

/** Appends every problem with `value` to `issues`, paths prefixed with `path`. */
export function explainLogGetResponseByHand(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    addIssue(issues, path, 'object', value);
    return;
  }
  const o = value as Record<string, unknown>;
  let v: unknown = o.cached;
  if (typeof v !== 'boolean') addIssue(issues, path + '/cached', 'boolean', v, true);
  v = o.cost;
  if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) addIssue(issues, path + '/cost', 'number', v);
  v = o.created_at;
  if (typeof v !== 'string') addIssue(issues, path + '/created_at', 'string', v, true);
  else if (!isDateTimeByHand(v)) addIssue(issues, path + '/created_at', 'date-time string', v);
  v = o.custom_cost;
  if (v !== undefined && typeof v !== 'boolean') addIssue(issues, path + '/custom_cost', 'boolean', v);
  v = o.duration;
  if (!Number.isInteger(v)) addIssue(issues, path + '/duration', 'integer', v, true);
  v = o.id;
  if (typeof v !== 'string') addIssue(issues, path + '/id', 'string', v, true);
  v = o.metadata;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/metadata', 'string', v);
  v = o.model;
  if (typeof v !== 'string') addIssue(issues, path + '/model', 'string', v, true);
  v = o.model_type;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/model_type', 'string', v);
  v = o.path;
  if (typeof v !== 'string') addIssue(issues, path + '/path', 'string', v, true);
  v = o.provider;
  if (typeof v !== 'string') addIssue(issues, path + '/provider', 'string', v, true);
  v = o.request_content_type;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/request_content_type', 'string', v);
  v = o.request_head;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/request_head', 'string', v);
  v = o.request_head_complete;
  if (v !== undefined && typeof v !== 'boolean') addIssue(issues, path + '/request_head_complete', 'boolean', v);
  v = o.request_size;
  if (v !== undefined && !Number.isInteger(v)) addIssue(issues, path + '/request_size', 'integer', v);
  v = o.request_type;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/request_type', 'string', v);
  v = o.response_content_type;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/response_content_type', 'string', v);
  v = o.response_head;
  if (v !== undefined && typeof v !== 'string') addIssue(issues, path + '/response_head', 'string', v);
  v = o.response_head_complete;
  if (v !== undefined && typeof v !== 'boolean') addIssue(issues, path + '/response_head_complete', 'boolean', v);
  v = o.response_size;
  if (v !== undefined && !Number.isInteger(v)) addIssue(issues, path + '/response_size', 'integer', v);
  v = o.status_code;
  if (v !== undefined && !Number.isInteger(v)) addIssue(issues, path + '/status_code', 'integer', v);
  v = o.step;
  if (v !== undefined && !Number.isInteger(v)) addIssue(issues, path + '/step', 'integer', v);
  v = o.success;
  if (typeof v !== 'boolean') addIssue(issues, path + '/success', 'boolean', v, true);
  v = o.tokens_in;
  if (v === undefined) addIssue(issues, path + '/tokens_in', 'integer or null', v, true);
  else if (v !== null && !Number.isInteger(v)) addIssue(issues, path + '/tokens_in', 'integer', v);
  v = o.tokens_out;
  if (v === undefined) addIssue(issues, path + '/tokens_out', 'integer or null', v, true);
  else if (v !== null && !Number.isInteger(v)) addIssue(issues, path + '/tokens_out', 'integer', v);
}

/** Returns `value` unchanged when it is a valid `LogGetResponse`, else every problem found. */
export function validateLogGetResponseByHand(value: unknown): ValidationResult<LogGetResponse> {
  if (isLogGetResponseByHand(value)) return { ok: true, value };
  const errors: ValidationIssue[] = [];
  explainLogGetResponseByHand(value, '', errors);
  return { ok: false, errors };
}
