// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { InvalidParameterError } from '../core/errors.js';
import { describe, pointer } from '../core/validation.js';

// OpenAPI defines its styles as RFC 6570 expansions (OAS 3.1.1 Appendix C): `simple` is `{color}`,
// `label` `{.color}`, `matrix` `{;color}`, `form` `{?color}`, and `explode` the `*` modifier. The path,
// header and cookie serializers share that expansion here, each with its own percent-encoding.
// (The query string has its own, query.ts: it also sends nested values, which OpenAPI leaves undefined.)

/**
 * A path, header or cookie parameter's value as the OpenAPI styles see it (the types of the
 * specification's "Style Values" table): one primitive, a list of primitives, or the name/value
 * pairs of an object of primitives, each already as text. Booleans are `true` and `false`.
 */
export type ParamValue = { primitive: string } | { items: string[] } | { pairs: string[] };

/**
 * Reads a parameter value for serialization. `undefined` for `undefined` and `null` (not sent);
 * `null` and `undefined` items and fields are left out, as RFC 6570 leaves out undefined values.
 * A value no style defines (an array of objects, a nested object, NaN, a function) is an
 * `InvalidParameterError` naming the parameter: there is no serialization a server would read back.
 * `pairs` alternates names and values: `['R', '100', 'G', '200']`.
 */
export function readParamValue(name: string, value: unknown): ParamValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value)
      if (item !== undefined && item !== null) items.push(text(name, item, true));
    return { items };
  }
  if (typeof value === 'object') {
    const pairs: string[] = [];
    for (const [key, field] of Object.entries(value))
      if (field !== undefined && field !== null) pairs.push(key, text(name, field, true));
    return { pairs };
  }
  return { primitive: text(name, value, false) };
}

/** An empty array or object, which RFC 6570 counts as undefined. */
export function isEmpty(value: ParamValue): boolean {
  if ('primitive' in value) return false;
  return ('items' in value ? value.items : value.pairs).length === 0;
}

function text(name: string, value: unknown, nested: boolean): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'bigint') return value.toString();
  const received = nested ? `an array or object holding ${describe(value)}` : describe(value);
  throw new InvalidParameterError([
    {
      path: `/${pointer(name)}`,
      message: `cannot be serialized: OpenAPI styles take a primitive, an array of primitives or an object of primitives, received ${received}`,
      expected: 'a string, finite number or boolean, or an array or object of them',
      received,
    },
  ]);
}

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

export const SIMPLE: Operator = { first: '', separator: ',', named: false, ifEmpty: '' };
export const LABEL: Operator = { first: '.', separator: '.', named: false, ifEmpty: '' };
export const MATRIX: Operator = { first: ';', separator: ';', named: true, ifEmpty: '' };

/**
 * Expands one parameter as `operator` and `explode` say, with `encode` applied to every name,
 * item, key and value but never to the delimiters the style adds: so no value can add a
 * delimiter. An empty array or object expands as the "undefined" column of OAS 3.1.1's Style
 * Examples table: `;color` (matrix), `.` (label), nothing (simple).
 */
export function expandValue(
  name: string,
  value: ParamValue,
  operator: Operator,
  explode: boolean,
  encode: (text: string) => string,
): string {
  const { first, separator, named, ifEmpty } = operator;
  const label = named ? encode(name) : '';
  const withName = (key: string, text: string) => (text === '' ? key + ifEmpty : `${key}=${text}`);
  if ('primitive' in value)
    return first + (named ? withName(label, encode(value.primitive)) : encode(value.primitive));
  const parts = 'items' in value ? value.items : value.pairs;
  if (parts.length === 0) return first + (named ? label + ifEmpty : '');
  if (!explode) return first + (named ? `${label}=` : '') + parts.map(encode).join(',');
  const exploded: string[] = [];
  if ('items' in value)
    for (const item of parts) exploded.push(named ? withName(label, encode(item)) : encode(item));
  // An exploded object is written as its own `key=value` pairs, named or not (`R=100,G=200`).
  else
    for (let i = 0; i < parts.length; i += 2) {
      const key = encode(parts[i]!);
      const text = encode(parts[i + 1]!);
      exploded.push(named ? withName(key, text) : `${key}=${text}`);
    }
  return first + exploded.join(separator);
}
