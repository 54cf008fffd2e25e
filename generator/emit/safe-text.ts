/**
 * Spec text (descriptions, names, enum values, examples) is untrusted. It reaches
 * generated code only through these functions: as a string literal, or inside a JSDoc
 * comment that it cannot close.
 */

/**
 * A single-quoted TypeScript string literal for any string (generated code uses one quote style,
 * prettier's `singleQuote`). Backslashes, quotes, line breaks, control characters, U+2028/2029 and
 * lone surrogates are escaped, so no spec text can end the literal or the line it is on.
 */
export function stringLiteral(text: string): string {
  return `'${text.replace(ESCAPED, escapeCharacter)}'`;
}

const ESCAPED = /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

function escapeCharacter(ch: string): string {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A property key as it must appear in TypeScript: bare when it is an identifier, else a string literal. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}

/** Text that is safe inside a `/** ... *\/` block: `*\/` cannot end the comment early. */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** A line of example code inside a doc block: `commentText` that keeps its indentation. */
export function commentCode(line: string): string {
  const indent = /^ */.exec(line)![0];
  return indent + commentText(line);
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
