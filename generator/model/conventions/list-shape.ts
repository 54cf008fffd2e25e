import type { NamedSchema, Schema } from '../ir.js';

/**
 * What a list looks like to the pagination rules: its body's properties, its query parameters,
 * its response headers, and where its items are in what the method resolves to.
 */
export interface ListShape {
  /** The response body's properties by name (through `$ref`s and `allOf`). */
  body: Map<string, Schema>;
  /** Query parameter names. */
  query: Set<string>;
  /** Response header names, lower-cased. */
  headers: Set<string>;
  /** The items array's path into the resolved value (`[]` when the value is the array). */
  items: string[];
  byId: Map<string, NamedSchema>;
}
