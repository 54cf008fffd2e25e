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

const FORM: QueryStyle = { style: 'form', explode: true };

/** What joins the items of an array, or the keys and values of an object, that is not exploded. */
const DELIMITERS: Record<string, string> = {
  form: ',',
  spaceDelimited: '%20',
  pipeDelimited: '%7C',
};

/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded), as OAS 3.1.1's Style Examples table writes them: arrays as repeated keys or one
 * delimited value, objects as their own keys, `key=k,v` pairs (with the style's delimiter) or
 * `key[k]=v` (`deepObject`). `undefined` and `null` are left out, and so are empty arrays and
 * objects, which RFC 6570 counts as undefined. OpenAPI does not define nested values (an array of
 * objects); they are sent in brackets. Names are always percent-encoded; values are too, unless
 * the parameter allows reserved characters.
 */
export function serializeQuery(
  query: Record<string, unknown>,
  styles: Record<string, QueryStyle> = {},
): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const { style, explode, allowReserved } = styles[key] ?? FORM;
    const encode = allowReserved ? encodeReserved : encodeURIComponent;
    if (Array.isArray(value)) {
      const items = value.filter(present);
      if (explode || style === 'deepObject')
        for (const item of items) nested(parts, key, item, encode);
      else if (items.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${items.map((item) => encode(String(item))).join(DELIMITERS[style] ?? ',')}`,
        );
    } else if (typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => present(v));
      if (style === 'deepObject')
        for (const [k, v] of entries) nested(parts, `${key}[${k}]`, v, encode);
      else if (explode) for (const [k, v] of entries) nested(parts, k, v, encode);
      else if (entries.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encode(k), encode(String(v))]).join(DELIMITERS[style] ?? ',')}`,
        );
    } else {
      parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
    }
  }
  return parts.join('&');
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Exploded values, one `key=value` pair each; a nested array or object in brackets. */
function nested(
  parts: string[],
  key: string,
  value: unknown,
  encode: (text: string) => string,
): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) nested(parts, key, item, encode);
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nested(parts, `${key}[${k}]`, v, encode);
  else parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
}

/** The reserved characters `allowReserved` sends as they are, by their percent-encoding. */
const KEPT: Record<string, string> = {
  '3A': ':',
  '2F': '/',
  '3F': '?',
  '40': '@',
  '24': '$',
  '2C': ',',
  '3B': ';',
};

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
export function encodeReserved(text: string): string {
  // encodeURIComponent leaves `! ' ( ) *` and encodes the other reserved characters and `%`.
  return encodeURIComponent(text).replace(
    /%25([0-9A-Fa-f]{2})|%(3A|2F|3F|40|24|2C|3B)/g,
    (_match, triple: string | undefined, reserved: string | undefined) =>
      triple !== undefined ? `%${triple}` : KEPT[reserved!]!,
  );
}
