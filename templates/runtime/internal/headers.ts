import { InvalidParameterError } from '../core/errors.js';
import { expandValue, isEmpty, readParamValue, SIMPLE } from './param-styles.js';

// Header names are case-insensitive. Every name is lower-cased as it is set, so that a later
// source (per-request headers over defaults over the spec's) replaces an earlier one instead of
// `fetch` joining both into one comma-separated value.

/** A copy of `headers` with lower-cased names. */
export function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/** How OpenAPI serializes one header parameter: always `simple`; `explode` writes an object's `R=100,G=200`. */
export interface HeaderStyle {
  style: 'simple';
  explode: boolean;
}

/**
 * Sets the operation's header parameters on `headers`, those with a value, in the `simple`
 * style their `styles` explode or not (default: not).
 */
export function setHeaderParams(
  headers: Record<string, string>,
  params: Record<string, unknown>,
  styles?: Record<string, HeaderStyle>,
): void {
  for (const name in params) {
    const value = serializeHeaderParam(name, params[name], styles?.[name]?.explode ?? false);
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
}

/**
 * One header parameter's value in the `simple` style (OAS 3.1.1 Style Examples): `blue`,
 * `blue,black,brown`, `R,100,G,200` or, exploded, `R=100,G=200`. `undefined` (not sent) for
 * `undefined`, `null` and an empty array or object, which RFC 6570 counts as undefined. Not
 * percent-encoded: OpenAPI leaves quoting and escaping header values to the caller (3.1.1 and
 * 3.2 Appendix D; 3.2: "URI percent-encoding MUST NOT be applied"), so a comma in an item is
 * sent as it is. A line break or NUL is rejected where the headers are checked (`checkHeader`),
 * so that no value can add a header.
 */
export function serializeHeaderParam(
  name: string,
  value: unknown,
  explode: boolean,
): string | undefined {
  // The common case, one primitive, without building anything.
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  const read = readParamValue(name, value);
  if (read === undefined || isEmpty(read)) return undefined;
  return expandValue(name, read, SIMPLE, explode, (text) => text);
}

/** Sets `more` on `headers`, each replacing a header of the same name. */
export function setHeaders(headers: Record<string, string>, more: Record<string, string>): void {
  for (const name in more) headers[name.toLowerCase()] = more[name]!;
}

const LINE_BREAK = /[\r\n\0]/;
/** What a header value must not hold: a line break or NUL, or a character above U+00FF. */
const UNSENDABLE = /[\r\n\0\u0100-\uffff]/;

/**
 * Rejects what `fetch` cannot send. Checked here because `fetch`'s own error quotes the
 * value, which may be a credential, and would surface as a retried connection error.
 * Returns `value`, so that a header can be checked where it is set.
 */
export function checkHeader(name: string, value: string): string {
  // One test for the common case, a header that is fine; the message is worked out only on failure.
  if (!UNSENDABLE.test(String(value)) && !LINE_BREAK.test(name)) return value;
  const path = `/headers/${name.replace(/[^\x21-\x7e]/g, ' ')}`;
  if (LINE_BREAK.test(name) || LINE_BREAK.test(String(value))) {
    throw new InvalidParameterError([
      {
        path,
        message: 'must not contain CR, LF or NUL',
        expected: 'a header without line breaks',
        received: 'a line break or NUL',
      },
    ]);
  }
  throw new InvalidParameterError([
    {
      path,
      message: 'must contain only Latin-1 characters',
      expected: 'a header value of Latin-1 characters',
      received: 'a character above U+00FF',
    },
  ]);
}

/** Checks every header (see `checkHeader`); returns `headers`. */
export function checkHeaders(headers: Record<string, string>): Record<string, string> {
  for (const name in headers) checkHeader(name, headers[name]!);
  return headers;
}

/** The response headers an error keeps; cookies are left out, as they are from logs. */
export function errorHeaders(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') out[key] = value;
  });
  return out;
}
