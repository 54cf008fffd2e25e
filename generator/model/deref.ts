import type { NamedSchema, Schema } from './ir.js';

/**
 * The schema at the end of a chain of `$ref`s. A ref whose target is unknown, or a chain
 * longer than any real spec's, is returned as the ref it stopped at.
 */
export function derefSchema(schema: Schema, byId: Map<string, NamedSchema>): Schema {
  let s = schema;
  for (let hops = 0; s.kind === 'ref' && hops < 32; hops++) {
    const named = byId.get(s.target);
    if (!named) break;
    s = named.schema;
  }
  return s;
}
