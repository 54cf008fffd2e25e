// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

/** How OpenAPI serializes one query parameter: `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`. */
export interface QueryStyle {
  style: string;
  explode: boolean;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded): arrays as repeated keys or one delimited value, objects as their own keys,
 * `key=k,v` pairs or `key[k]=v` (`deepObject`). `undefined` and `null` are left out.
 * OpenAPI does not define nested values (an array of objects); they are sent in brackets.
 */
export function serializeQuery(
  query: Record<string, unknown>,
  styles: Record<string, QueryStyle> = {},
): string {
  const parts: string[] = [];
  const pair = (key: string, value: unknown) =>
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  const nested = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const item of value) nested(key, item);
    else if (typeof value === 'object')
      for (const [k, v] of Object.entries(value)) nested(`${key}[${k}]`, v);
    else pair(key, value);
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const { style, explode } = styles[key] ?? { style: 'form', explode: true };
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== undefined && item !== null);
      if (explode || style === 'deepObject') for (const item of items) nested(key, item);
      else if (items.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${items.map((item) => encodeURIComponent(String(item))).join(DELIMITERS[style] ?? ',')}`,
        );
    } else if (typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
      if (style === 'deepObject') for (const [k, v] of entries) nested(`${key}[${k}]`, v);
      else if (explode) for (const [k, v] of entries) nested(k, v);
      else if (entries.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encodeURIComponent(k), encodeURIComponent(String(v))]).join(',')}`,
        );
    } else {
      pair(key, value);
    }
  }
  return parts.join('&');
}
