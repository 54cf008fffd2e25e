import type { Api, NamedSchema, Operation, Schema } from '../model/ir.js';
import { pageItemSchema } from '../model/pagination.js';
import { allOperations } from '../model/resource-tree.js';

/**
 * The generated package's public API as small, sorted, plain data: what a consumer's code
 * can depend on. It is written into the output (`api.json`) so that the next generation
 * can say what changed (`diff-surface.ts`).
 *
 * Types are written as compact TypeScript-like text (`string`, `"a" | "b"`, `Gateway[]`,
 * `integer`): documentation, formats and validation constraints are left out, so that
 * changing a description is not reported as an API change. Inline objects are not
 * written out; their fields are listed as fields of their own, with dotted paths
 * (`result.tokens_in`, `result[].id`, `metadata[key].name`).
 */
export interface ApiSurface {
  format: typeof SURFACE_FORMAT;
  /** Sorted by `name`. */
  operations: SurfaceOperation[];
  /** Named (exported) schema types, sorted by `name`. */
  schemas: SurfaceSchema[];
}

export const SURFACE_FORMAT = 'sdkgen-api-surface/1';

export interface SurfaceField {
  /** Dotted path from the params object, the resolved value, or the schema. */
  path: string;
  type: string;
  required: boolean;
  nullable: boolean;
}

export interface SurfaceOperation {
  /** `aiGateway.logs.get`: how a consumer calls it. */
  name: string;
  operationId: string;
  /** `GET /accounts/{account_id}/...`. */
  http: string;
  /** Positional path arguments, in call order (the path is their wire name). */
  args: SurfaceField[];
  /** Fields of the params object (query, header, client-fillable path params, `body`), sorted by path. */
  params: SurfaceField[];
  /** What the method resolves to: `Page<T>` for a paginated list. */
  returns: string;
  returnsNullable: boolean;
  /** Fields of the resolved value, sorted by path. */
  response: SurfaceField[];
}

export type Direction = 'request' | 'response';

export interface SurfaceSchema {
  /** The exported type name. */
  name: string;
  type: string;
  nullable: boolean;
  /** Where operations use it (directly or through other schemas); `[]` when nothing does. */
  usedIn: Direction[];
  fields: SurfaceField[];
}

/** IR -> the API surface. Pure and deterministic. */
export function apiSurface(api: Api): ApiSurface {
  const byId = new Map(api.schemas.map((s) => [s.id, s]));
  const operations = allOperations(api.resources).map((op) => surfaceOperation(op, byId));
  const usedIn = schemaDirections(allOperations(api.resources), byId);
  const schemas = api.schemas.map((named): SurfaceSchema => {
    const fields: SurfaceField[] = [];
    const type = describe(named.schema, byId, 'response', '', fields);
    return { name: named.typeName, type, nullable: named.schema.nullable, usedIn: [...(usedIn.get(named.id) ?? [])].sort(), fields: sortFields(fields) };
  });
  return { format: SURFACE_FORMAT, operations: operations.sort(byName), schemas: schemas.sort(byName) };
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function sortFields(fields: SurfaceField[]): SurfaceField[] {
  return fields.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


function surfaceOperation(op: Operation, byId: Map<string, NamedSchema>): SurfaceOperation {
  const args = op.positionalParams.map((p) => ({ path: p.name, type: describe(p.schema, byId, 'request', '', []), required: true, nullable: p.schema.nullable }));
  // The params object exactly as the emitter types it (client-fillable path params are optional).
  const params: SurfaceField[] = [];
  describe(op.paramsSchema, byId, 'request', '', params);
  const response: SurfaceField[] = [];
  const result = op.response.resultSchema;
  let returns = result ? describe(result, byId, 'response', '', response) : 'null';
  if (op.pagination) {
    const item = pageItemSchema(op, byId);
    returns = `Page<${item ? describe(item, byId, 'response', '', []) : 'unknown'}>`;
  }
  return {
    name: [...op.resource, op.methodName].join('.'),
    operationId: op.operationId,
    http: `${op.method.toUpperCase()} ${op.path}`,
    args,
    params: sortFields(params),
    returns,
    returnsNullable: result?.nullable ?? false,
    response: sortFields(response),
  };
}

/**
 * The type text of `schema`; when it is an object (or an `allOf` of objects) with
 * properties, each property is added to `fields` under `path`, recursively, and the text
 * is `object` (plus the names of any named schemas it extends).
 */
function describe(schema: Schema, byId: Map<string, NamedSchema>, direction: Direction, path: string, fields: SurfaceField[]): string {
  if (schema.kind === 'object' && schema.properties.length > 0) {
    addProperties(schema, byId, direction, path, fields);
    return 'object';
  }
  if (schema.kind === 'allOf' && schema.members.every((m) => m.kind === 'ref' || (m.kind === 'object' && m.properties.length > 0))) {
    const parts = new Set<string>();
    for (const member of schema.members) {
      if (member.kind === 'object') {
        addProperties(member, byId, direction, path, fields);
        parts.add('object');
      } else {
        parts.add(typeText(member, byId));
      }
    }
    return [...parts].sort().join(' & ');
  }
  if (schema.kind === 'array' && schema.prefixItems.length === 0 && schema.items) {
    const item = describe(schema.items, byId, direction, `${path}[]`, fields);
    return `${wrap(item, schema.items.nullable)}[]`;
  }
  if (schema.kind === 'object' && typeof schema.additionalProperties === 'object') {
    const value = describe(schema.additionalProperties, byId, direction, `${path}[key]`, fields);
    return `Record<string, ${withNull(value, schema.additionalProperties.nullable)}>`;
  }
  return typeText(schema, byId);
}

function addProperties(schema: Extract<Schema, { kind: 'object' }>, byId: Map<string, NamedSchema>, direction: Direction, path: string, fields: SurfaceField[]): void {
  for (const p of schema.properties) {
    const optional = !p.required || (direction === 'request' && p.schema.readOnly === true) || (direction === 'response' && p.schema.writeOnly === true);
    const fieldPath = path === '' ? p.name : `${path}.${p.name}`;
    const type = describe(p.schema, byId, direction, fieldPath, fields);
    const existing = fields.find((f) => f.path === fieldPath);
    if (existing) existing.required ||= !optional; // the same name in two allOf members
    else fields.push({ path: fieldPath, type, required: !optional, nullable: p.schema.nullable });
  }
}

/** A compact, fully written-out type text (inline objects as `{ a: T; b?: U }`). */
export function typeText(schema: Schema, byId: Map<string, NamedSchema>, depth = 0): string {
  if (depth > 8) return '...';
  const inner = (s: Schema) => withNull(typeText(s, byId, depth + 1), s.nullable);
  switch (schema.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'unknown':
    case 'never':
    case 'binary':
      return schema.kind;
    case 'number':
      return schema.integer ? 'integer' : 'number';
    case 'enum':
      return schema.values.length === 0 ? 'never' : schema.values.map((v) => JSON.stringify(v)).sort().join(' | ');
    case 'ref':
      return byId.get(schema.target)?.typeName ?? 'unknown';
    case 'array': {
      const rest = schema.items ? `${wrap(typeText(schema.items, byId, depth + 1), schema.items.nullable)}[]` : schema.closed ? '' : 'unknown[]';
      if (schema.prefixItems.length === 0) return rest || 'never[]';
      const required = schema.minItems ?? 0;
      const prefix = schema.prefixItems.map((s, i) => `${inner(s)}${i < required ? '' : '?'}`);
      return `[${[...prefix, ...(rest ? [`...${rest}`] : [])].join(', ')}]`;
    }
    case 'allOf':
      return schema.members.length === 0 ? 'unknown' : [...new Set(schema.members.map((m) => wrap(typeText(m, byId, depth + 1), m.nullable)))].sort().join(' & ');
    case 'anyOf':
    case 'oneOf':
      return schema.members.length === 0 ? 'never' : [...new Set(schema.members.map(inner))].sort().join(' | ');
    case 'object': {
      const ap = schema.additionalProperties;
      if (schema.properties.length === 0) return ap === false ? 'Record<string, never>' : `Record<string, ${ap === true ? 'unknown' : inner(ap)}>`;
      const members = schema.properties.map((p) => `${JSON.stringify(p.name)}${p.required ? '' : '?'}: ${inner(p.schema)}`);
      return `{ ${members.join('; ')} }`;
    }
  }
}

function withNull(text: string, nullable: boolean): string {
  return nullable && text !== 'null' && text !== 'unknown' ? `${text} | null` : text;
}

/** Parenthesised when it is a union or intersection, so that `[]` applies to all of it. */
function wrap(text: string, nullable: boolean): string {
  const full = withNull(text, nullable);
  return splitTopLevel(full, '|').length > 1 || splitTopLevel(full, '&').length > 1 ? `(${full})` : full;
}

/** Splits type text at `separator` outside brackets and string literals: `A | "x | y" | { a: B | C }` has three members. */
export function splitTopLevel(text: string, separator: '|' | '&'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch)) depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** For each named schema, whether requests, responses or both reach it. */
function schemaDirections(operations: Operation[], byId: Map<string, NamedSchema>): Map<string, Set<Direction>> {
  const out = new Map<string, Set<Direction>>();
  const visit = (schema: Schema | undefined, direction: Direction) => {
    if (!schema) return;
    for (const id of referencedIds(schema)) {
      const set = out.get(id) ?? new Set<Direction>();
      if (set.has(direction)) continue;
      set.add(direction);
      out.set(id, set);
      visit(byId.get(id)?.schema, direction);
    }
  };
  for (const op of operations) {
    for (const p of [...op.positionalParams, ...op.objectParams]) visit(p.schema, 'request');
    for (const content of op.requestBody?.contents ?? []) visit(content.schema, 'request');
    visit(op.response.resultSchema, 'response');
  }
  return out;
}

/** Ids of the named schemas a schema mentions directly (not through other named schemas). */
function referencedIds(schema: Schema): string[] {
  switch (schema.kind) {
    case 'ref':
      return [schema.target];
    case 'array':
      return [...(schema.items ? referencedIds(schema.items) : []), ...schema.prefixItems.flatMap(referencedIds)];
    case 'object':
      return [...schema.properties.flatMap((p) => referencedIds(p.schema)), ...(typeof schema.additionalProperties === 'object' ? referencedIds(schema.additionalProperties) : [])];
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return schema.members.flatMap(referencedIds);
    default:
      return [];
  }
}
