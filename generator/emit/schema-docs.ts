import type { Schema } from '../model/ir.js';
import { commentText, commentValue } from './safe-text.js';

/** JSDoc lines for a schema: description, constraints a reader needs, default, deprecation. */
export function schemaDocLines(schema: Schema, description = schema.description): string[] {
  const lines: string[] = [];
  if (description) lines.push(commentText(description));
  if (schema.kind === 'string') {
    if (schema.format) lines.push(`@format ${commentText(schema.format)}`);
    if (schema.minLength !== undefined) lines.push(`@minLength ${schema.minLength}`);
    if (schema.maxLength !== undefined) lines.push(`@maxLength ${schema.maxLength}`);
    if (schema.pattern !== undefined) lines.push(`@pattern ${commentValue(schema.pattern)}`);
  }
  if (schema.kind === 'number') {
    if (schema.minimum !== undefined) lines.push(`@minimum ${schema.minimum}`);
    if (schema.maximum !== undefined) lines.push(`@maximum ${schema.maximum}`);
  }
  if (schema.readOnly) lines.push('@readonly Set by the server; ignored in requests.');
  if (schema.default !== undefined) lines.push(`@default ${commentValue(schema.default)}`);
  if (schema.example !== undefined) lines.push(`@example ${commentValue(schema.example)}`);
  if (schema.deprecated) lines.push('@deprecated');
  // Spec text (a mapping value, a $ref) is in these: commentText keeps it inside the comment.
  for (const remark of schema.remarks ?? []) lines.push(`@remarks ${commentText(remark)}`);
  return lines;
}

/** A whole JSDoc block (with trailing newline), or '' when there is nothing to say. */
export function docBlock(lines: string[]): string {
  const body = lines.flatMap((l) => l.split('\n'));
  if (body.length === 0) return '';
  if (body.length === 1) return `/** ${body[0]} */\n`;
  return `/**\n${body.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`;
}
