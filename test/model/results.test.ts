import { describe, expect, it } from '@jest/globals';
import type { OperationMapping } from '../../generator/load/load-config.js';
import { conventionsFor } from '../../generator/model/conventions/conventions.js';
import type { MediaKind, NamedSchema, Operation, Schema } from '../../generator/model/ir.js';
import { resolveResult } from '../../generator/model/results.js';
import { named, operation, parameter, refTo, STRING } from '../support/model-units.js';

/**
 * generator/model/results.ts: what a method resolves to (an envelope field or the whole body;
 * bytes, text and stream items as they are), and that a list's pages come from
 * model/pagination.ts only for JSON. (How a list pages, rule by rule, is pagination.ts's own
 * business; test/model/conventions/ holds the Cloudflare rules.)
 */

const LIST: Schema = { kind: 'array', nullable: false, items: STRING, closed: false, prefixItems: [], uniqueItems: false };
const object = (fields: Record<string, Schema>): Schema => ({ kind: 'object', nullable: false, additionalProperties: true, properties: Object.entries(fields).map(([name, schema]) => ({ name, schema, required: false })) });
const envelope = (result: Schema, extra: Record<string, Schema> = {}) => object({ success: { kind: 'boolean', nullable: false }, errors: LIST, messages: LIST, result, ...extra });
const CURSOR_PAGE = object({ data: LIST, next_cursor: STRING });

interface Given {
  body: Schema | undefined;
  /** How the response is read; JSON unless a row says otherwise, none when there is no body. */
  read?: MediaKind;
  conventions: 'none' | 'cloudflare';
  mapping?: Omit<OperationMapping, 'method'>;
  query?: string[];
  schemas?: NamedSchema[];
}

function resolved(given: Given): Operation {
  const read = given.read ?? (given.body ? 'json' : undefined);
  const op = operation({
    operationId: 'op',
    objectParams: (given.query ?? []).map((name) => parameter({ name, in: 'query' })),
    response: { status: '200', accept: [], headers: [], validated: read === 'json', ...(read ? { read: { mediaType: 'x/y', kind: read } } : {}), ...(given.body ? { schema: given.body } : {}) },
  });
  const byId = new Map((given.schemas ?? []).map((s) => [s.id, s]));
  resolveResult(op, byId, conventionsFor(given.conventions), given.mapping ? { method: 'x.op', ...given.mapping } : undefined);
  return op;
}

describe('resolveResult: the envelope', () => {
  interface Want {
    envelopeField: string | undefined;
    /** The result schema: `body` for the whole body, else its kind. */
    result: string | undefined;
  }
  const WHOLE_BODY: Want = { envelopeField: undefined, result: 'body' };

  it.each<{ name: string; given: Given; want: Want }>([
    { name: 'without conventions an envelope is the result', given: { body: envelope(LIST), conventions: 'none' }, want: WHOLE_BODY },
    { name: 'cloudflare unwraps result', given: { body: envelope(object({})), conventions: 'cloudflare' }, want: { envelopeField: 'result', result: 'object' } },
    { name: 'cloudflare unwraps the one non-meta member of a success envelope', given: { body: object({ success: STRING, errors: LIST, data: LIST }), conventions: 'cloudflare' }, want: { envelopeField: 'data', result: 'array' } },
    { name: 'a body that is no envelope is whole under cloudflare', given: { body: object({ id: STRING }), conventions: 'cloudflare' }, want: WHOLE_BODY },
    { name: "the config's envelope field unwraps without conventions", given: { body: object({ data: LIST }), conventions: 'none', mapping: { envelope: 'data' } }, want: { envelopeField: 'data', result: 'array' } },
    { name: "the config's field wins over the conventions'", given: { body: envelope(LIST, { meta: STRING }), conventions: 'cloudflare', mapping: { envelope: 'meta' } }, want: { envelopeField: 'meta', result: 'string' } },
    { name: "the config's envelope none keeps the whole body under cloudflare", given: { body: envelope(LIST), conventions: 'cloudflare', mapping: { envelope: 'none' } }, want: WHOLE_BODY },
    {
      name: 'envelope none is no field name: a body with a field called none is still returned whole',
      given: { body: envelope(LIST, { none: STRING }), conventions: 'cloudflare', mapping: { envelope: 'none' } },
      want: WHOLE_BODY,
    },
    { name: 'an envelope field the body does not have keeps the whole body', given: { body: object({ items: LIST }), conventions: 'none', mapping: { envelope: 'data' } }, want: WHOLE_BODY },
    { name: 'a mapping without envelope leaves it to the conventions', given: { body: envelope(LIST), conventions: 'cloudflare', mapping: { retrySafe: true } }, want: { envelopeField: 'result', result: 'array' } },
    {
      name: 'an envelope behind a $ref is seen through',
      given: { body: refTo('Envelope'), conventions: 'cloudflare', schemas: [named('Envelope', envelope(object({})))] },
      want: { envelopeField: 'result', result: 'object' },
    },
    {
      name: 'an allOf envelope: the last declaration of the field wins',
      given: { body: { kind: 'allOf', nullable: false, members: [refTo('Base'), object({ result: LIST })] }, conventions: 'cloudflare', schemas: [named('Base', envelope({ kind: 'unknown', nullable: false }))] },
      want: { envelopeField: 'result', result: 'array' },
    },
    { name: 'an envelope inside anyOf is not seen: the whole body', given: { body: { kind: 'anyOf', nullable: false, members: [envelope(LIST)] }, conventions: 'cloudflare' }, want: WHOLE_BODY },
    { name: 'a JSON response without a schema resolves to nothing', given: { body: undefined, read: 'json', conventions: 'cloudflare' }, want: { envelopeField: undefined, result: undefined } },
    { name: 'no body (204) resolves to nothing', given: { body: undefined, conventions: 'cloudflare' }, want: { envelopeField: undefined, result: undefined } },
  ])('$name', ({ given, want }) => {
    const op = resolved(given);
    const result = op.response.resultSchema;
    expect({ envelopeField: op.response.envelopeField, result: result === undefined ? undefined : result === op.response.schema ? 'body' : result.kind }).toEqual(want);
  });
});

describe('resolveResult: bytes, text and streams are what they are', () => {
  const BINARY: Schema = { kind: 'binary', nullable: false };
  const EVENT = envelope(object({}));
  it.each<{ name: string; given: Given; want: { result: Schema | 'body'; envelopeField: undefined } }>([
    { name: 'bytes: the Blob, never unwrapped', given: { body: BINARY, read: 'binary', conventions: 'cloudflare' }, want: { result: 'body', envelopeField: undefined } },
    { name: 'text: the string', given: { body: STRING, read: 'text', conventions: 'cloudflare' }, want: { result: 'body', envelopeField: undefined } },
    { name: 'an event stream with an item schema: the item, even one that looks like an envelope', given: { body: EVENT, read: 'event-stream', conventions: 'cloudflare' }, want: { result: 'body', envelopeField: undefined } },
    { name: "an event stream without one: each event's data as a string", given: { body: undefined, read: 'event-stream', conventions: 'cloudflare' }, want: { result: STRING, envelopeField: undefined } },
    { name: 'NDJSON without an item schema: each record as any JSON', given: { body: undefined, read: 'ndjson', conventions: 'cloudflare' }, want: { result: { kind: 'unknown', nullable: false }, envelopeField: undefined } },
    {
      name: "NDJSON ignores the config's envelope (a record is no envelope)",
      given: { body: object({ data: LIST }), read: 'ndjson', conventions: 'none', mapping: { envelope: 'data' } },
      want: { result: 'body', envelopeField: undefined },
    },
  ])('$name', ({ given, want }) => {
    const op = resolved(given);
    expect({ result: op.response.resultSchema !== undefined && op.response.resultSchema === op.response.schema ? 'body' : op.response.resultSchema, envelopeField: op.response.envelopeField }).toEqual(want);
  });
});

describe('resolveResult: pages', () => {
  it.each<{ name: string; given: Given; want: string | undefined }>([
    { name: 'a JSON list with a next cursor and a cursor parameter pages', given: { body: CURSOR_PAGE, conventions: 'none', query: ['cursor'] }, want: 'cursor' },
    { name: 'the same body read as NDJSON does not (records are not a page)', given: { body: CURSOR_PAGE, read: 'ndjson', conventions: 'none', query: ['cursor'] }, want: undefined },
    { name: 'nor as an event stream', given: { body: CURSOR_PAGE, read: 'event-stream', conventions: 'none', query: ['cursor'] }, want: undefined },
    { name: "the config's pagination none turns it off", given: { body: CURSOR_PAGE, conventions: 'none', query: ['cursor'], mapping: { pagination: 'none' } }, want: undefined },
    { name: 'a body without a list does not page', given: { body: object({ id: STRING }), conventions: 'none', query: ['cursor', 'page'] }, want: undefined },
  ])('$name', ({ given, want }) => {
    expect(resolved(given).pagination?.style).toBe(want);
  });
});
