import { expandValue, isEmpty, readParamValue, type Operator } from './param-styles.js';

/** How OpenAPI 3.0 and 3.1 serialize a cookie parameter: `form`, the only style they allow there; exploded by default. */
export interface CookieStyle {
  style: 'form';
  explode: boolean;
}

/**
 * `form` as a `Cookie` header writes it. OAS 3.1.1 Appendix D calls RFC 6570's form expansion
 * ambiguous for a cookie (its `?` prefix) and incorrect for several values (its `&`), and leaves
 * the result to implementations. 3.2 calls `&` the wrong delimiter for cookies and adds a `cookie`
 * style whose exploded row is what is written here: no prefix, each item or field its own cookie,
 * `color=blue; color=black; color=brown` and `R=100; G=200; B=150` (RFC 6265's separator). Not
 * exploded: `color=blue,black,brown`, as 3.1.1's table writes `form` (3.2.1 calls a comma invalid
 * in a cookie value; servers' cookie parsers read it). Values are percent-encoded, as `form` does.
 */
const COOKIE_FORM: Operator = { first: '', separator: '; ', named: true, ifEmpty: '=' };

/**
 * The operation's cookie parameters as one `Cookie` header value (`name=value; other=value2`),
 * or `''` when there are none to send. `undefined`, `null` and empty arrays and objects are left
 * out, as in the query string.
 */
export function serializeCookies(
  cookies: Record<string, unknown>,
  styles?: Record<string, CookieStyle>,
): string {
  const parts: string[] = [];
  for (const name in cookies) {
    const value = readParamValue(name, cookies[name]);
    if (value === undefined || isEmpty(value)) continue;
    const explode = styles?.[name]?.explode ?? true;
    parts.push(expandValue(name, value, COOKIE_FORM, explode, encodeCookie));
  }
  return parts.join('; ');
}

/**
 * Percent-encodes every character but RFC 3986's unreserved ones (`A-Z a-z 0-9 - . _ ~`), as the
 * `form` style does and as OAS 3.2's cookie example shows (`greeting=Hello%2C%20world%21`). What is
 * left is safe both in a cookie name (an RFC 9110 token) and in a value (RFC 6265 cookie-octets):
 * no name or value can end a cookie (`;`), add one, or break the header.
 */
export function encodeCookie(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Adds `cookies` (`a=1; b=2`) to the request's `cookie` header, after those already there: one request sends one `Cookie` header (RFC 6265 section 5.4). */
export function appendCookies(headers: Record<string, string>, cookies: string): void {
  if (cookies === '') return;
  headers.cookie = headers.cookie ? `${headers.cookie}; ${cookies}` : cookies;
}
