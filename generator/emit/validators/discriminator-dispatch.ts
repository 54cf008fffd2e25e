import { derefSchema } from '../../model/deref.js';
import type { Discriminator, JsonPrimitive, NamedSchema, Schema } from '../../model/ir.js';

/**
 * Whether switching on the discriminator gives exactly the verdict of the plain `oneOf`.
 *
 * OpenAPI says a discriminator must not change what validates. Dispatching on it is a pure
 * speed-up only when each member pins the property (required, with literal values), no two
 * members share a value, and the mapping sends every such value to the member that owns it:
 * then no value can match a member it is not dispatched to. Otherwise the validator checks
 * the members one by one. (A discriminator whose mapping points to a missing schema never gets
 * here: the model drops it, with a warning, and the union is checked member by member.)
 */
export function dispatchIsExact(members: Schema[], discriminator: Discriminator, byId: Map<string, NamedSchema>): boolean {
  const owner = new Map<string, string>();
  const memberIds = new Set<string>();
  for (const member of members) {
    if (member.kind !== 'ref' || member.nullable) return false;
    const named = byId.get(member.target);
    if (!named) return false;
    const literals = pinnedLiterals(named.schema, discriminator.propertyName, byId, 0);
    if (!literals) return false;
    memberIds.add(member.target);
    for (const value of literals) {
      if (typeof value !== 'string' || owner.has(value)) return false;
      owner.set(value, member.target);
    }
  }
  const mapped = new Map(discriminator.mapping.map((m) => [m.value, m.target]));
  for (const [value, target] of owner) if (mapped.get(value) !== target) return false;
  for (const { target } of discriminator.mapping) if (!memberIds.has(target)) return false;
  return true;
}

/** The literal values a schema requires `property` to have, or undefined when it does not pin it. */
function pinnedLiterals(schema: Schema, property: string, byId: Map<string, NamedSchema>, depth: number): JsonPrimitive[] | undefined {
  if (depth > 16 || schema.nullable) return undefined;
  switch (schema.kind) {
    case 'ref': {
      const named = byId.get(schema.target);
      return named ? pinnedLiterals(named.schema, property, byId, depth + 1) : undefined;
    }
    case 'object': {
      const p = schema.properties.find((x) => x.name === property);
      if (!p || !p.required) return undefined;
      const s = derefSchema(p.schema, byId);
      return s.kind === 'enum' && !s.nullable ? s.values : undefined;
    }
    case 'allOf': {
      // Every member applies, so the first that pins the property pins it for the whole.
      for (const m of schema.members) {
        const found = pinnedLiterals(m, property, byId, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
