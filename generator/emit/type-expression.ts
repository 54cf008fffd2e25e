import type { NamedSchema, Schema } from '../model/ir.js';
import { docBlock, schemaDocLines } from './schema-docs.js';
import { propertyKey, stringLiteral } from './safe-text.js';

/**
 * Whether the type is read (a response) or written (a request). In a request, `readOnly`
 * properties are optional; in a response, `writeOnly` ones are.
 */
export type Direction = 'response' | 'request';

export interface TypeContext {
  byId: Map<string, NamedSchema>;
  direction: Direction;
  /** Called for every named schema the expression mentions, to add an import. */
  use(named: NamedSchema): void;
  /** Called when the expression names a type of the runtime (`Uploadable`), to add its import. */
  useRuntime?(name: 'Uploadable'): void;
}

/** A TypeScript type expression for a schema. Inline objects stay inline, with JSDoc per property. */
export function typeExpression(schema: Schema, ctx: TypeContext): string {
  const base = baseType(schema, ctx);
  return schema.nullable && base !== 'unknown' && base !== 'null' ? `${wrap(base)} | null` : base;
}

/**
 * Parenthesises a type for use inside `[]`, `|` or `&`. Only names, literals and arrays of
 * them are left bare: an object literal may be followed by `| {...}`, so it is wrapped too
 * (prettier drops the parentheses where they are redundant).
 */
function wrap(type: string): string {
  return /^[\w$.<>[\]"' ]+$/.test(type) ? type : `(${type})`;
}

function baseType(schema: Schema, ctx: TypeContext): string {
  switch (schema.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'binary':
      // What a caller may send (a Blob, bytes, a stream: core/uploads.ts), or what a download resolves to.
      if (ctx.direction === 'response') return 'Blob';
      ctx.useRuntime?.('Uploadable');
      return 'Uploadable';
    case 'never':
      return 'never';
    case 'enum':
      return schema.values.length === 0 ? 'never' : schema.values.map((v) => (typeof v === 'string' ? stringLiteral(v) : String(v))).join(' | ');
    case 'ref': {
      const named = ctx.byId.get(schema.target);
      if (!named) return 'unknown';
      ctx.use(named);
      return ctx.direction === 'request' ? requestView(named) : named.typeName;
    }
    case 'array': {
      const rest = schema.items ? `${wrap(typeExpression(schema.items, ctx))}[]` : schema.closed ? '' : 'unknown[]';
      if (schema.prefixItems.length === 0) return rest || 'never[]';
      const prefix = schema.prefixItems.map((s) => `${typeExpression(s, ctx)}?`);
      // Tuple elements are optional: JSON Schema does not require the prefix to be complete
      // unless minItems says so.
      const required = Math.min(schema.minItems ?? 0, prefix.length);
      for (let i = 0; i < required; i++) prefix[i] = prefix[i]!.slice(0, -1);
      return `[${[...prefix, ...(rest ? [`...${rest}`] : [])].join(', ')}]`;
    }
    case 'allOf':
      return schema.members.length === 0 ? 'unknown' : schema.members.map((m) => wrap(typeExpression(m, ctx))).join(' & ');
    case 'anyOf':
    case 'oneOf':
      return schema.members.length === 0 ? 'never' : schema.members.map((m) => wrap(typeExpression(m, ctx))).join(' | ');
    case 'object':
      return objectType(schema, ctx);
  }
}

/** `{ ... }` for an object schema; also used for interface bodies. */
export function objectType(schema: Extract<Schema, { kind: 'object' }>, ctx: TypeContext): string {
  const ap = schema.additionalProperties;
  if (schema.properties.length === 0) {
    if (ap === false) return 'Record<string, never>';
    // An index signature rather than `Record<string, T>`: a type alias may refer to itself
    // inside one (a JSON value type), not inside a generic's arguments.
    return ap === true ? 'Record<string, unknown>' : `{ [key: string]: ${typeExpression(ap, ctx)} }`;
  }
  return `{\n${objectMembers(schema, ctx)}}`;
}

/**
 * A named schema is declared once, as responses read it (`readOnly` fields as the spec says,
 * `writeOnly` ones optional). Written in a request, its own `readOnly` fields become optional
 * and its required `writeOnly` fields required again.
 */
function requestView(named: NamedSchema): string {
  if (named.schema.kind !== 'object') return named.typeName;
  const readOnly = named.schema.properties.filter((p) => p.required && p.schema.readOnly === true).map((p) => stringLiteral(p.name));
  const writeOnly = named.schema.properties.filter((p) => p.required && p.schema.writeOnly === true).map((p) => stringLiteral(p.name));
  if (readOnly.length === 0 && writeOnly.length === 0) return named.typeName;
  const changed = [...readOnly, ...writeOnly].join(' | ');
  return [
    `Omit<${named.typeName}, ${changed}>`,
    ...(readOnly.length > 0 ? [`Partial<Pick<${named.typeName}, ${readOnly.join(' | ')}>>`] : []),
    ...(writeOnly.length > 0 ? [`Required<Pick<${named.typeName}, ${writeOnly.join(' | ')}>>`] : []),
  ].join(' & ');
}

/** The member lines of an object type, each with its JSDoc. */
export function objectMembers(schema: Extract<Schema, { kind: 'object' }>, ctx: TypeContext): string {
  let out = '';
  for (const p of schema.properties) {
    const optional = !p.required || (ctx.direction === 'request' && p.schema.readOnly === true) || (ctx.direction === 'response' && p.schema.writeOnly === true);
    out += docBlock(schemaDocLines(p.schema));
    out += `${propertyKey(p.name)}${optional ? '?' : ''}: ${typeExpression(p.schema, ctx)};\n`;
  }
  if (typeof schema.additionalProperties === 'object') out += '[key: string]: unknown;\n';
  return out;
}
