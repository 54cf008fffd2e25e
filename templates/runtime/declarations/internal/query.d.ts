/** How OpenAPI serializes one query parameter: `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`. */
export interface QueryStyle {
    style: string;
    explode: boolean;
}
/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded): arrays as repeated keys or one delimited value, objects as their own keys,
 * `key=k,v` pairs or `key[k]=v` (`deepObject`). `undefined` and `null` are left out.
 * OpenAPI does not define nested values (an array of objects); they are sent in brackets.
 */
export declare function serializeQuery(query: Record<string, unknown>, styles?: Record<string, QueryStyle>): string;
