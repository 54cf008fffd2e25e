// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

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
 *   which bracket notation cannot express (send `""` to clear an array on Stripe);
 * - a Blob, bytes or a stream throws `InvalidParameterError` naming its path: a form cannot carry a
 *   file, and dropping it would lose data silently.
 *
 * Percent-encoding is RFC 3986's, as qs's default: everything but `A-Z a-z 0-9 - . _ ~` is
 * escaped as UTF-8, brackets included (`%5B`, `%5D`: WHATWG's form serializer escapes them too,
 * a server decodes before it reads the brackets, and escaping them everywhere keeps a bracket
 * inside a key or value from reading as structure), and a space is `%20`, not the `+` of
 * `URLSearchParams`; form parsers read both as a space. A lone surrogate is sent as U+FFFD, as
 * `URLSearchParams` and `TextEncoder` do (qs sends bytes that are not UTF-8 for one).
 */
import { InvalidParameterError } from '../core/errors.js';
import { describe } from '../core/validation.js';

/** The `encoding` entry of one top-level property (OpenAPI's Encoding Object). */
export interface FormEncoding {
  style?: string;
  explode?: boolean;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

export function encodeForm(
  value: Record<string, unknown>,
  encoding: Record<string, FormEncoding> = {},
): string {
  const pairs: string[] = [];
  for (const key of Object.keys(value)) {
    const item = value[key];
    const entry = Object.prototype.hasOwnProperty.call(encoding, key) ? encoding[key] : undefined;
    if (entry === undefined || !encodeStyled(pairs, key, item, entry))
      encodeBrackets(pairs, key, item, `/body/${pointerToken(key)}`);
  }
  return pairs.join('&');
}

/**
 * `path=value` pairs in bracket notation; `path` is the key as written, not yet escaped, and
 * `pointer` the value's JSON pointer in the call, for an error.
 */
function encodeBrackets(pairs: string[], path: string, value: unknown, pointer: string): void {
  const scalar = scalarOf(value);
  if (scalar !== undefined) {
    pairs.push(`${escape(path)}=${escape(scalar)}`);
  } else if (isBytes(value)) {
    // A form has no way to carry a file; leaving it out (or sending its indices) would lose it.
    throw new InvalidParameterError([
      {
        path: pointer,
        message:
          'a form (application/x-www-form-urlencoded) body cannot carry bytes: send a string, or use an operation that takes multipart/form-data',
        expected: 'string',
        received: describe(value),
      },
    ]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      encodeBrackets(pairs, `${path}[${i}]`, value[i], `${pointer}/${i}`);
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object))
      encodeBrackets(pairs, `${path}[${key}]`, object[key], `${pointer}/${pointerToken(key)}`);
  }
}

/** A Blob (or File), bytes or a stream: what an upload takes, and a form cannot. */
function isBytes(value: unknown): boolean {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream)
  );
}

/** A key as one JSON pointer token (RFC 6901). */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Encodes a property as its OpenAPI style says; returns false, having written nothing, for a
 * value the style does not define (one with nested members), which goes in brackets instead.
 */
function encodeStyled(
  pairs: string[],
  key: string,
  value: unknown,
  { style = 'form', explode = style === 'form' }: FormEncoding,
): boolean {
  if (
    style === 'deepObject' ||
    scalarOf(value) !== undefined ||
    typeof value !== 'object' ||
    value === null
  )
    return false;
  const entries: Array<[string, string]> = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === undefined) continue;
      const scalar = scalarOf(item);
      if (scalar === undefined) return false;
      entries.push([key, scalar]);
    }
  } else {
    const object = value as Record<string, unknown>;
    for (const name of Object.keys(object)) {
      if (object[name] === undefined) continue;
      const scalar = scalarOf(object[name]);
      if (scalar === undefined) return false;
      entries.push([name, scalar]);
    }
  }
  if (explode) {
    for (const [name, scalar] of entries) pairs.push(`${escape(name)}=${escape(scalar)}`);
  } else if (entries.length > 0) {
    const delimiter = DELIMITERS[style] ?? ',';
    const members = Array.isArray(value)
      ? entries.map(([, scalar]) => escape(scalar))
      : entries.flatMap(([name, scalar]) => [escape(name), escape(scalar)]);
    pairs.push(`${escape(key)}=${members.join(delimiter)}`);
  }
  return true;
}

/** The text of a value sent as one form value; `undefined` for a container or a value left out. */
function scalarOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      if (value === null) return '';
      if (Object.prototype.toString.call(value) === '[object Date]')
        return (value as Date).toISOString();
      return undefined;
    default:
      return undefined;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Left unescaped by `encodeURIComponent`, but not unreserved in RFC 3986. */
const SUB_DELIMS = /[!'()*]/g;
const HAS_SUB_DELIM = /[!'()*]/;

/** RFC 3986 percent-encoding of UTF-8: all but `A-Z a-z 0-9 - . _ ~`. */
function escape(text: string): string {
  let out: string;
  try {
    out = encodeURIComponent(text);
  } catch {
    // URIError: a lone surrogate, which has no UTF-8.
    out = encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
  }
  return HAS_SUB_DELIM.test(out)
    ? out.replace(SUB_DELIMS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : out;
}
