import type { NamedSchema, Operation, Resource, Schema } from './ir.js';
import { toKebabCase } from './names.js';
import { allOperations } from './resource-tree.js';

/** The module of named schemas that more than one top-level resource uses (or none does). */
export const SHARED_SCHEMA_MODULE = 'schemas/shared';

/** Named schemas grouped by their module, modules in path order, each group in the given order. */
export function bySchemaModule(schemas: Iterable<NamedSchema>): Map<string, NamedSchema[]> {
  const modules = new Map<string, NamedSchema[]>();
  for (const s of schemas) {
    const list = modules.get(s.module);
    if (list) list.push(s);
    else modules.set(s.module, [s]);
  }
  return new Map([...modules].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Places every named schema in a module: with the one top-level resource whose operations
 * reach it (through any chain of references), or in `schemas/shared`. A program that
 * imports one resource then gives the type checker that resource's schemas and the shared
 * ones, not the whole API's (6,743 schemas for Cloudflare).
 */
export function assignSchemaModules(schemas: NamedSchema[], resources: Resource[]): void {
  const byId = new Map(schemas.map((s) => [s.id, s]));
  const references = new Map<string, string[]>();
  for (const s of schemas) {
    const found = new Set<string>();
    collectReferences(s.schema, found);
    references.set(s.id, [...found]);
  }
  const owners = new Map<string, string | null>();
  for (const top of resources) {
    const module = `schemas/${toKebabCase(top.name)}`;
    const start = new Set<string>();
    for (const op of allOperations([top])) for (const schema of schemasOf(op)) collectReferences(schema, start);
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id) || !byId.has(id)) continue;
      seen.add(id);
      queue.push(...references.get(id)!);
    }
    for (const id of seen) {
      const owner = owners.get(id);
      owners.set(id, owner === undefined || owner === module ? module : null);
    }
  }
  for (const s of schemas) s.module = owners.get(s.id) ?? SHARED_SCHEMA_MODULE;
}

function schemasOf(op: Operation): Schema[] {
  return [
    ...op.positionalParams.map((p) => p.schema),
    ...op.objectParams.map((p) => p.schema),
    ...(op.requestBody?.contents.map((c) => c.schema) ?? []),
    ...(op.response.schema ? [op.response.schema] : []),
  ];
}

/** The ids of the named schemas a schema refers to directly (not through them). */
export function collectReferences(schema: Schema, into: Set<string>): void {
  switch (schema.kind) {
    case 'ref':
      into.add(schema.target);
      return;
    case 'array':
      if (schema.items) collectReferences(schema.items, into);
      for (const item of schema.prefixItems) collectReferences(item, into);
      return;
    case 'object':
      for (const p of schema.properties) collectReferences(p.schema, into);
      if (typeof schema.additionalProperties === 'object') collectReferences(schema.additionalProperties, into);
      return;
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      for (const m of schema.members) collectReferences(m, into);
      for (const m of schema.discriminator?.mapping ?? []) into.add(m.target);
      return;
    default:
      return;
  }
}
