import type { OperationMapping } from '../load/load-config.js';
import type { Conventions } from './conventions/conventions.js';
import { CLOUDFLARE_PAGES } from './conventions/cloudflare.js';
import { derefSchema } from './deref.js';
import type { MediaKind, NamedSchema, Operation, Property, Schema } from './ir.js';

/**
 * Decides what an operation's method resolves to (`op.response.envelopeField`,
 * `op.response.resultSchema`) and whether it pages (`op.pagination`): by the API's conventions,
 * unless the config's mapping for the operation says otherwise. Runs once every named schema is
 * known, because envelopes are usually `$ref`s and `allOf`s.
 */
export function resolveResult(op: Operation, byId: Map<string, NamedSchema>, conventions: Conventions, mapping: OperationMapping | undefined): void {
  const schema = op.response.schema ?? itemWithoutSchema(op.response.read?.kind);
  if (!schema) return;
  // Bytes, text and streams are what they are: no envelope to unwrap, no pages to walk.
  if (op.response.read?.kind !== 'json') {
    op.response.resultSchema = schema;
    return;
  }
  const props = propertiesOf(schema, byId);
  const names = new Set(props.map((p) => p.name));
  const field = mapping?.envelope !== undefined ? (mapping.envelope === 'none' ? undefined : mapping.envelope) : conventions.envelopeField(names);
  // An allOf may declare the field twice (a base envelope and a refinement): the last one is the most specific.
  const fieldProp = field === undefined ? undefined : props.filter((p) => p.name === field).pop();
  if (field !== undefined && fieldProp) {
    op.response.envelopeField = field;
    op.response.resultSchema = fieldProp.schema;
  } else {
    op.response.resultSchema = schema;
  }
  // Only a list can be walked item by item: a paged response whose result is an object is returned as it is.
  const result = op.response.resultSchema;
  const list = derefSchema(result, byId);
  if (list.kind !== 'array' || list.nullable || result.nullable) return;
  const query = new Set(op.objectParams.filter((p) => p.in === 'query').map((p) => p.name));
  const detected = op.method === 'get' ? conventions.pagination(names, query) : undefined;
  const pagination = mapping?.pagination === 'none' ? undefined : mapping?.pagination === 'page' ? (detected ?? CLOUDFLARE_PAGES) : detected;
  if (pagination) op.pagination = pagination;
}

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

/** A stream whose items the spec does not describe: events' data as text, NDJSON records as any JSON. */
function itemWithoutSchema(kind: MediaKind | undefined): Schema | undefined {
  if (kind === 'event-stream') return { kind: 'string', nullable: false };
  if (kind === 'ndjson') return { kind: 'unknown', nullable: false };
  return undefined;
}
