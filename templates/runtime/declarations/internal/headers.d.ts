/** A copy of `headers` with lower-cased names. */
export declare function lowerCaseNames(headers: Record<string, string>): Record<string, string>;
/** Sets the operation's header parameters on `headers`: those with a value, as strings. */
export declare function setHeaderParams(headers: Record<string, string>, params: Record<string, unknown>): void;
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
