/** A copy of `headers` with lower-cased names. */
export declare function lowerCaseNames(headers: Record<string, string>): Record<string, string>;
/** How OpenAPI serializes one header parameter: always `simple`; `explode` writes an object's `R=100,G=200`. */
export interface HeaderStyle {
    style: 'simple';
    explode: boolean;
}
/**
 * Sets the operation's header parameters on `headers`, those with a value, in the `simple`
 * style their `styles` explode or not (default: not).
 */
export declare function setHeaderParams(headers: Record<string, string>, params: Record<string, unknown>, styles?: Record<string, HeaderStyle>): void;
/**
 * One header parameter's value in the `simple` style (OAS 3.1.1 Style Examples): `blue`,
 * `blue,black,brown`, `R,100,G,200` or, exploded, `R=100,G=200`. `undefined` (not sent) for
 * `undefined`, `null` and an empty array or object, which RFC 6570 counts as undefined. Not
 * percent-encoded: OpenAPI leaves quoting and escaping header values to the caller (3.1.1 and
 * 3.2 Appendix D; 3.2: "URI percent-encoding MUST NOT be applied"), so a comma in an item is
 * sent as it is. A line break or NUL is rejected where the headers are checked (`checkHeader`),
 * so that no value can add a header.
 */
export declare function serializeHeaderParam(name: string, value: unknown, explode: boolean): string | undefined;
/** Sets `more` on `headers`, each replacing a header of the same name. */
export declare function setHeaders(headers: Record<string, string>, more: Record<string, string>): void;
/**
 * Rejects what `fetch` cannot send. Checked here because `fetch`'s own error quotes the
 * value, which may be a credential, and would surface as a retried connection error.
 * Returns `value`, so that a header can be checked where it is set.
 */
export declare function checkHeader(name: string, value: string): string;
/** Checks every header (see `checkHeader`); returns `headers`. */
export declare function checkHeaders(headers: Record<string, string>): Record<string, string>;
/** The response headers an error keeps; cookies are left out, as they are from logs. */
export declare function errorHeaders(response: Response): Record<string, string>;
