/**
 * How OpenAPI serializes one query parameter: `style` `form` (default), `spaceDelimited`,
 * `pipeDelimited` or `deepObject`; `explode`; and `allowReserved` (default false), which leaves
 * reserved characters in values unencoded (see `encodeReserved`).
 */
export interface QueryStyle {
    style: string;
    explode: boolean;
    allowReserved?: boolean;
}
/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded), as OAS 3.1.1's Style Examples table writes them: arrays as repeated keys or one
 * delimited value, objects as their own keys, `key=k,v` pairs (with the style's delimiter) or
 * `key[k]=v` (`deepObject`). `undefined` and `null` are left out, and so are empty arrays and
 * objects, which RFC 6570 counts as undefined. OpenAPI does not define nested values (an array of
 * objects); they are sent in brackets. Names are always percent-encoded; values are too, unless
 * the parameter allows reserved characters.
 */
export declare function serializeQuery(query: Record<string, unknown>, styles?: Record<string, QueryStyle>): string;
/**
 * A value of an `allowReserved` parameter: RFC 6570 reserved expansion (OAS 3.1.1
 * `allowReserved`), which leaves RFC 3986's reserved characters and percent-encoded triples
 * (`%2F`) as they are and encodes the rest (a `%` outside a triple as `%25`). Except for the
 * reserved characters that would change what the query string says, which the specification
 * leaves to the application to encode: `#` ends the query and `[` `]` are not allowed in it
 * (RFC 3986 section 3.4), `&` and `=` delimit pairs and `+` is a space in the
 * `application/x-www-form-urlencoded` parsing servers apply to query strings (OAS Appendix E;
 * 3.2 requires query strings to parse that way). Left as they are: `: / ? @ ! $ ' ( ) * , ;`.
 */
export declare function encodeReserved(text: string): string;
