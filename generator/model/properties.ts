import type { NamedSchema, Property, Schema } from './ir.js';

/** Properties of an object schema, seen through refs and allOf (envelopes are often allOf). */
export function propertiesOf(schema: Schema, byId: Map<string, NamedSchema>, depth = 0): Property[] {
  if (depth > 20) return [];
  if (schema.kind === 'ref') {
    const target = byId.get(schema.target);
    return target ? propertiesOf(target.schema, byId, depth + 1) : [];
  }
  if (schema.kind === 'object') return schema.properties;
  if (schema.kind === 'allOf') return schema.members.flatMap((m) => propertiesOf(m, byId, depth + 1));
  return [];
}
