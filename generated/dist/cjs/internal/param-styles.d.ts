/**
 * A path, header or cookie parameter's value as the OpenAPI styles see it (the types of the
 * specification's "Style Values" table): one primitive, a list of primitives, or the name/value
 * pairs of an object of primitives, each already as text. Booleans are `true` and `false`.
 */
export type ParamValue = {
    primitive: string;
} | {
    items: string[];
} | {
    pairs: string[];
};
/**
 * Reads a parameter value for serialization. `undefined` for `undefined` and `null` (not sent);
 * `null` and `undefined` items and fields are left out, as RFC 6570 leaves out undefined values.
 * A value no style defines (an array of objects, a nested object, NaN, a function) is an
 * `InvalidParameterError` naming the parameter: there is no serialization a server would read back.
 * `pairs` alternates names and values: `['R', '100', 'G', '200']`.
 */
export declare function readParamValue(name: string, value: unknown): ParamValue | undefined;
/** An empty array or object, which RFC 6570 counts as undefined. */
export declare function isEmpty(value: ParamValue): boolean;
/** How an RFC 6570 operator writes a value (RFC 6570 section 3.2.1 and Appendix A). */
export interface Operator {
    /** Written before the expansion: `.` (label), `;` (matrix), nothing (simple, and form in a cookie). */
    first: string;
    /** Between the items or pairs of an exploded value. */
    separator: string;
    /** Whether the parameter's name is written (`color=blue`): matrix and form. */
    named: boolean;
    /** What follows the name of an empty value: nothing for matrix (`;color`), `=` for form (`color=`). */
    ifEmpty: string;
}
export declare const SIMPLE: Operator;
export declare const LABEL: Operator;
export declare const MATRIX: Operator;
/**
 * Expands one parameter as `operator` and `explode` say, with `encode` applied to every name,
 * item, key and value but never to the delimiters the style adds: so no value can add a
 * delimiter. An empty array or object expands as the "undefined" column of OAS 3.1.1's Style
 * Examples table: `;color` (matrix), `.` (label), nothing (simple).
 */
export declare function expandValue(name: string, value: ParamValue, operator: Operator, explode: boolean, encode: (text: string) => string): string;
