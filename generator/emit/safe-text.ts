/**
 * Spec text (descriptions, names, enum values, examples) is untrusted. It reaches
 * generated code only through these functions: as a JSON string literal, or inside a
 * JSDoc comment that it cannot close.
 */

/** A TypeScript string literal for any string. JSON escaping covers quotes, backslashes and control characters. */
export function stringLiteral(text: string): string {
  // U+2028/2029 are legal in JS strings, but escaping them keeps the source readable.
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text that is safe inside a `/** ... *\/` block: `*\/` cannot end the comment early. */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** A JSON value rendered for a doc tag (`@default`, `@example`), on one line, comment-safe. */
export function commentValue(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return commentText((json ?? String(value)).replace(/[\u2028\u2029\n]/g, ' '));
}
