import { InvalidParameterError } from './errors.js';

/**
 * Builds a request path from a template, percent-encoding every value as one path
 * segment: `/`, `?`, `#` and `..` in a value can never change which path is requested.
 */
export function encodePath(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // `.` and `..` are dot-segments that URL parsing would resolve, even percent-encoded.
    if (value === '.' || value === '..' || value === '') {
      throw new InvalidParameterError([
        {
          path: '',
          message: `${JSON.stringify(value)} cannot be used as a path segment`,
          expected: 'a non-empty string other than "." and ".."',
          received: JSON.stringify(value),
        },
      ]);
    }
    out += encodeURIComponent(value) + strings[i + 1]!;
  }
  return out;
}
