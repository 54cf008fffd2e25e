/** How OpenAPI 3.0 and 3.1 serialize a cookie parameter: `form`, the only style they allow there; exploded by default. */
export interface CookieStyle {
    style: 'form';
    explode: boolean;
}
/**
 * The operation's cookie parameters as one `Cookie` header value (`name=value; other=value2`),
 * or `''` when there are none to send. `undefined`, `null` and empty arrays and objects are left
 * out, as in the query string.
 */
export declare function serializeCookies(cookies: Record<string, unknown>, styles?: Record<string, CookieStyle>): string;
/**
 * Percent-encodes every character but RFC 3986's unreserved ones (`A-Z a-z 0-9 - . _ ~`), as the
 * `form` style does and as OAS 3.2's cookie example shows (`greeting=Hello%2C%20world%21`). What is
 * left is safe both in a cookie name (an RFC 9110 token) and in a value (RFC 6265 cookie-octets):
 * no name or value can end a cookie (`;`), add one, or break the header.
 */
export declare function encodeCookie(text: string): string;
/** Adds `cookies` (`a=1; b=2`) to the request's `cookie` header, after those already there: one request sends one `Cookie` header (RFC 6265 section 5.4). */
export declare function appendCookies(headers: Record<string, string>, cookies: string): void;
