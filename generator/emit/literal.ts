import { propertyKey, stringLiteral } from './safe-text.js';
import { LINE_WIDTH } from './wrap-lines.js';

/** Code the generator wrote (never spec text), printed as it is where a value would be. */
export class Code {
  constructor(readonly text: string) {}
}

/**
 * A JSON value as a TypeScript literal a person reads: identifier keys bare, strings
 * single-quoted, and an object or array on one line when it fits in the line width (counting
 * `indent` and what precedes it on its line, `lead` columns), else one member per line with a
 * trailing comma. Strings go through `stringLiteral`, so spec text cannot escape the literal.
 */
export function printLiteral(value: unknown, indent = '', lead = 0, width = LINE_WIDTH): string {
  if (value instanceof Code) return value.text;
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return stringLiteral(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = `[${value.map((v) => printLiteral(v, inner, Infinity, Infinity)).join(', ')}]`;
    if (lead + flat.length <= width && !flat.includes('\n')) return flat;
    return `[\n${value.map((v) => `${inner}${printLiteral(v, inner, inner.length, width)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const flat = `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${printLiteral(v, inner, Infinity, Infinity)}`).join(', ')} }`;
    if (lead + flat.length <= width && !flat.includes('\n')) return flat;
    const lines = entries.map(([k, v]) => {
      const key = `${propertyKey(k)}: `;
      return `${inner}${key}${printLiteral(v, inner, inner.length + key.length, width)},`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return 'undefined';
}
