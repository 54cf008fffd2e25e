// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { InvalidParameterError } from '../core/errors.js';

// Header names are case-insensitive. Every name is lower-cased as it is set, so that a later
// source (per-request headers over defaults over the spec's) replaces an earlier one instead of
// `fetch` joining both into one comma-separated value.

/** A copy of `headers` with lower-cased names. */
export function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/** Sets the operation's header parameters on `headers`: those with a value, as strings. */
export function setHeaderParams(
  headers: Record<string, string>,
  params: Record<string, unknown>,
): void {
  for (const name in params) {
    const value = params[name];
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
  }
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
