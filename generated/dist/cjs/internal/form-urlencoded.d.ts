/**
 * Encodes a request body as `application/x-www-form-urlencoded`.
 *
 * Without an `encoding` entry a property is sent in bracket notation with indices, byte for byte
 * what `qs.stringify(value, { arrayFormat: 'indices' })` sends, and so what stripe-node sends and
 * what Stripe, Rails, PHP and Express's extended parser read back as the object:
 * `metadata[order]=7`, `items[0][price]=p1`, `expand[0]=customer`. (OpenAPI's own default for a
 * form body, `form` exploded, cannot carry a nested value at all, and turns an object's properties
 * into top-level keys.)
 *
 * A property with an `encoding` entry follows OpenAPI 3.1's serialization table for its `style`
 * and `explode` (explode defaults to true for `form`, false otherwise):
 *
 * | style          | explode | `[a, b]`          | `{x: 1, y: 2}`        |
 * | form           | true    | `k=a&k=b`         | `x=1&y=2`             |
 * | form           | false   | `k=a,b`           | `k=x,1,y,2`           |
 * | spaceDelimited | false   | `k=a%20b`         | `k=x%201%20y%202`     |
 * | pipeDelimited  | false   | `k=a\|b`          | `k=x\|1\|y\|2`        |
 * | deepObject     | any     | `k[0]=a&k[1]=b`   | `k[x]=1&k[y]=2`       |
 *
 * OpenAPI defines styles for arrays and objects of primitives only; a value with nested members
 * (an array of objects) is sent in bracket notation whatever its style. Delimiters are sent as the
 * query serializer of this runtime sends them; a delimiter inside a value is percent-encoded, so
 * the two stay apart (except for `spaceDelimited`, where OpenAPI makes them the same bytes).
 *
 * Values:
 * - strings as they are; `""` is sent as an empty value (Stripe's way to unset a field);
 * - numbers, booleans and bigints as `String(value)`; Dates as `toISOString()` (as qs does);
 * - `null` as an empty value, as qs does: for a form there is no other way to say "no value";
 * - `undefined`, functions and symbols are left out, as in JSON; so are empty arrays and objects,
 *   which bracket notation cannot express (send `""` to clear an array on Stripe).
 *
 * Percent-encoding is RFC 3986's, as qs's default: everything but `A-Z a-z 0-9 - . _ ~` is
 * escaped as UTF-8, brackets included (`%5B`, `%5D`: WHATWG's form serializer escapes them too,
 * a server decodes before it reads the brackets, and escaping them everywhere keeps a bracket
 * inside a key or value from reading as structure), and a space is `%20`, not the `+` of
 * `URLSearchParams`; form parsers read both as a space. A lone surrogate is sent as U+FFFD, as
 * `URLSearchParams` and `TextEncoder` do (qs sends bytes that are not UTF-8 for one).
 */
/** The `encoding` entry of one top-level property (OpenAPI's Encoding Object). */
export interface FormEncoding {
    style?: string;
    explode?: boolean;
}
export declare function encodeForm(value: Record<string, unknown>, encoding?: Record<string, FormEncoding>): string;
