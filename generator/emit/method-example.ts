import { derefSchema } from '../model/deref.js';
import type { NamedSchema, Operation, Property, Schema } from '../model/ir.js';
import { singularize, toCamelCase } from '../model/names.js';
import { Code, printLiteral } from './literal.js';
import { commentCode } from './safe-text.js';
import { LINE_WIDTH, wrapLines } from './wrap-lines.js';

/**
 * The `@example` of a method's or function's JSDoc, as the official SDKs show one: a call with
 * its required arguments, valued from the spec's examples (or defaults, or enum values) and
 * otherwise by a placeholder naming the parameter, and what it resolves to. Every line is
 * comment-safe; the call is wrapped to fit inside the doc block.
 */
export function exampleLines(op: Operation, callee: string, leadingArgs: string[], byId: Map<string, NamedSchema>): string[] {
  const args = [...leadingArgs, ...op.positionalParams.map((p) => printLiteral(exampleValue(p.schema, p.name, byId, 0)))];
  const params = requiredParams(op, byId);
  if (Object.keys(params).length > 0) args.push(printLiteral(params, '', Infinity, Infinity));
  const call = `${callee}(${args.join(', ')})`;
  const item = toCamelCase(singularize(op.resource[op.resource.length - 1] ?? 'item'));
  const streamed = op.response.read?.kind === 'event-stream' || op.response.read?.kind === 'ndjson';
  const code = op.pagination
    ? ['// Walks every item of every page, fetching pages as it goes.', `for await (const ${item} of ${call}) {`, `  console.log(${item});`, '}']
    : streamed
      ? [`const stream = await ${call};`, `for await (const ${item} of stream) {`, `  console.log(${op.response.read?.kind === 'event-stream' ? `${item}.data` : item});`, '}']
      : op.response.resultSchema
      ? [`const ${item} = await ${call};`]
      : [`await ${call};`];
  // Inside a class member's doc block (`   * `), the widest place a method's doc is printed.
  const lines = wrapLines(code.join('\n'), LINE_WIDTH - 5).split('\n');
  return ['@example', '```ts', ...lines.map(commentCode), '```'];
}

/** The params object's required members (not those a client option fills), each with an example value. */
function requiredParams(op: Operation, byId: Map<string, NamedSchema>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paramsProperties(op.paramsSchema)) {
    if (p.required) out[p.name] = exampleValue(p.schema, p.name, byId, 0);
  }
  return out;
}

/** The params object's members; with several request media types, those of the default one (the first). */
function paramsProperties(schema: Schema): Property[] {
  if (schema.kind === 'object') return schema.properties;
  if (schema.kind === 'allOf') return schema.members.flatMap((m) => (m.kind === 'oneOf' ? paramsProperties(m.members[0] ?? m) : paramsProperties(m)));
  return [];
}

/** A value for `schema`: its example, default, first enum value, or a placeholder of its type. */
function exampleValue(schema: Schema, name: string, byId: Map<string, NamedSchema>, depth: number): unknown {
  if (depth > 4) return {};
  const s = derefSchema(schema, byId);
  const given = [schema.example, schema.default, s.example, s.default].find((v) => v !== undefined && isSmall(v));
  if (given !== undefined) return given;
  switch (s.kind) {
    case 'string':
      return s.format === 'date-time' ? '2019-12-27T18:11:19.117Z' : s.format === 'date' ? '2019-12-27' : s.format === 'uuid' ? '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e' : name;
    case 'number':
      return s.minimum ?? 0;
    case 'boolean':
      return true;
    case 'enum':
      return s.values[0] ?? null;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth < 2) for (const p of s.properties) if (p.required && !p.schema.readOnly) out[p.name] = exampleValue(p.schema, p.name, byId, depth + 1);
      return out;
    }
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return s.members[0] ? exampleValue(s.members[0], name, byId, depth + 1) : {};
    case 'null':
      return null;
    case 'binary':
      // A placeholder a reader recognises; real code passes a File, a Blob, bytes or a stream.
      return new Code("await toFile(fs.createReadStream('path/to/file'))");
    default:
      return {};
  }
}

/** A spec example short enough to show in a call (a whole example object can run to pages). */
function isSmall(value: unknown): boolean {
  try {
    return (JSON.stringify(value)?.length ?? 0) <= 120;
  } catch {
    return false;
  }
}
