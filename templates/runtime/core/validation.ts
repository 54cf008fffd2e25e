/** One problem found by a generated validator. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/result/tokens_in`; `''` is the root. */
  path: string;
  message: string;
  expected: string;
  received: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** Runs an explainer and returns what it found. */
export function collectIssues(
  value: unknown,
  explain: (value: unknown, path: string, issues: ValidationIssue[]) => void,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  explain(value, '', issues);
  return issues;
}

/** Records one issue; `message` defaults to "expected X, received Y". */
export function fail(
  issues: ValidationIssue[],
  path: string,
  expected: string,
  value: unknown,
  message?: string,
): void {
  const received = value === undefined ? 'nothing' : describe(value);
  issues.push({
    path,
    message: message ?? `expected ${expected}, received ${received}`,
    expected,
    received,
  });
}

/** Records a required property that is absent. */
export function missing(issues: ValidationIssue[], path: string, expected: string): void {
  issues.push({ path, message: 'is required', expected, received: 'nothing' });
}

/** A short description of a value for messages; never the whole value. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? `integer ${value}`
      : Number.isFinite(value)
        ? `number ${value}`
        : String(value);
  if (typeof value === 'string')
    return value.length > 40 ? `string "${value.slice(0, 37)}..."` : `string ${quote(value)}`;
  return typeof value;
}

// The characters JSON.stringify escapes in a string (surrogates only when unpaired, but any
// surrogate sends a string the slow way, which is still exact).
const NEEDS_ESCAPE = /["\\\x00-\x1f\ud800-\udfff]/;

/**
 * `value` as a JSON string literal, the same as JSON.stringify(value). JSON.stringify costs about
 * 70 ns even on a short string, a third of explaining a typical invalid record; most strings in a
 * message need no escaping, and a regex test and two concatenations take under half that.
 */
function quote(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** Escapes a key for a JSON pointer. */
export function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** An own property only: `__proto__`, `constructor` and friends cannot be inherited into validity. */
export function ownValue(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** String length in Unicode code points, as JSON Schema counts it. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `uniqueItems`: deep equality, as JSON Schema defines it. */
export function hasDuplicates(items: unknown[]): boolean {
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return true;
  return false;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.prototype.hasOwnProperty.call(b, k) &&
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
