import type { OperationMapping } from '../load/load-config.js';
import type { Conventions } from './conventions/conventions.js';
import type { MediaKind, NamedSchema, Operation, Schema } from './ir.js';
import { detectPagination } from './pagination.js';
import { propertiesOf } from './properties.js';

/**
 * Decides what an operation's method resolves to (`op.response.envelopeField`,
 * `op.response.resultSchema`) and whether it pages (`op.pagination`, model/pagination.ts): by the
 * API's conventions, unless the config's mapping for the operation says otherwise. Runs once every named schema is
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
  const pagination = detectPagination(op, byId, conventions, mapping);
  if (pagination) op.pagination = pagination;
}

/** A stream whose items the spec does not describe: events' data as text, NDJSON records as any JSON. */
function itemWithoutSchema(kind: MediaKind | undefined): Schema | undefined {
  if (kind === 'event-stream') return { kind: 'string', nullable: false };
  if (kind === 'ndjson') return { kind: 'unknown', nullable: false };
  return undefined;
}
