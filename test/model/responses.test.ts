import { afterAll, describe, expect, it } from '@jest/globals';
import type { Response } from '../../generator/model/ir.js';
import { errorStatuses } from '../../generator/model/responses.js';
import { modelOf, removeTempFiles, specWith } from '../support/model-units.js';
import { outline } from '../support/schema-outline.js';

/**
 * generator/model/responses.ts: which success response a method reads, as which media type and
 * kind, what it asks for in `Accept`, the schema of what it reads (a stream's item schema), and
 * whether it is validated.
 */

afterAll(removeTempFiles);

function responseOf(responses: unknown, components?: Record<string, unknown>): { response: Response; diagnostics: string[] } {
  const built = modelOf({ 'openapi.yaml': specWith({ '/things': { get: { operationId: 'op', responses } } }, components) });
  return { response: built.operation('op').response, diagnostics: built.diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer}`) };
}

/** One line per response: `<status> <media type> <kind> accept=<list> <schema outline> validated|unvalidated`. */
function summary(response: Response): string {
  const read = response.read ? `${response.read.mediaType} ${response.read.kind}` : 'no body';
  const schema = response.schema ? outline(response.schema) : 'no schema';
  return `${response.status} ${read} accept=${response.accept.join(',')} ${schema} ${response.validated ? 'validated' : 'unvalidated'}`;
}

const STR = { type: 'string' };
const OBJ = { type: 'object', properties: { id: STR } };
const ok = (content: Record<string, unknown>, status = '200') => ({ [status]: { description: 'ok', content } });

describe('what is read', () => {
  it.each<{ name: string; given: unknown; want: string }>([
    { name: 'JSON with a schema: validated', given: ok({ 'application/json': { schema: OBJ } }), want: '200 application/json json accept=application/json { id?: string } validated' },
    { name: 'JSON without a schema: nothing to validate', given: ok({ 'application/json': {} }), want: '200 application/json json accept=application/json no schema unvalidated' },
    {
      name: 'the first JSON type is read, and Accept lists every JSON type in spec order',
      given: ok({ 'application/xml': { schema: STR }, 'application/problem+json': { schema: STR }, 'application/json': { schema: OBJ } }),
      want: '200 application/problem+json json accept=application/problem+json,application/json string validated',
    },
    { name: 'bytes: a Blob, not validated, Accept every byte type', given: ok({ 'image/png': {}, 'application/pdf': { schema: OBJ } }), want: '200 image/png binary accept=image/png,application/pdf binary unvalidated' },
    { name: 'bytes ask for multipart types too (read as bytes)', given: ok({ 'application/zip': {}, 'multipart/mixed': {} }), want: '200 application/zip binary accept=application/zip,multipart/mixed binary unvalidated' },
    { name: 'a multipart response is read as bytes', given: ok({ 'multipart/form-data': { schema: OBJ } }), want: '200 multipart/form-data binary accept=multipart/form-data binary unvalidated' },
    { name: 'text: a string, Accept every text type', given: ok({ 'text/plain': { schema: OBJ }, 'text/html': {}, 'image/png': {} }), want: '200 text/plain text accept=text/plain,text/html string unvalidated' },
    { name: 'text asks for a form type too (read as text)', given: ok({ 'text/csv': {}, 'application/x-www-form-urlencoded': {} }), want: '200 text/csv text accept=text/csv,application/x-www-form-urlencoded string unvalidated' },
    { name: 'a form response is read as text', given: ok({ 'application/x-www-form-urlencoded': { schema: OBJ } }), want: '200 application/x-www-form-urlencoded text accept=application/x-www-form-urlencoded string unvalidated' },
    { name: 'an event stream with itemSchema: the item, validated', given: ok({ 'text/event-stream': { itemSchema: OBJ } }), want: '200 text/event-stream event-stream accept=text/event-stream { id?: string } validated' },
    { name: "an event stream's schema that is not a plain string describes an item", given: ok({ 'text/event-stream': { schema: OBJ } }), want: '200 text/event-stream event-stream accept=text/event-stream { id?: string } validated' },
    { name: 'a string schema is the whole stream as text: no item schema', given: ok({ 'text/event-stream': { schema: STR } }), want: '200 text/event-stream event-stream accept=text/event-stream no schema unvalidated' },
    { name: 'nor a string with a format', given: ok({ 'text/event-stream': { schema: { type: 'string', format: 'binary' } } }), want: '200 text/event-stream event-stream accept=text/event-stream no schema unvalidated' },
    { name: 'a stream without a schema: no item schema', given: ok({ 'text/event-stream': {} }), want: '200 text/event-stream event-stream accept=text/event-stream no schema unvalidated' },
    { name: 'itemSchema wins over schema', given: ok({ 'application/x-ndjson': { schema: STR, itemSchema: OBJ } }), want: '200 application/x-ndjson ndjson accept=application/x-ndjson { id?: string } validated' },
    { name: "an NDJSON array schema: the records are its items", given: ok({ 'application/x-ndjson': { schema: { type: 'array', items: OBJ } } }), want: '200 application/x-ndjson ndjson accept=application/x-ndjson { id?: string } validated' },
    { name: 'an NDJSON object schema is one record', given: ok({ 'application/jsonl': { schema: OBJ } }), want: '200 application/jsonl ndjson accept=application/jsonl { id?: string } validated' },
    { name: 'an NDJSON array without items stays the array', given: ok({ 'application/x-ndjson': { schema: { type: 'array' } } }), want: '200 application/x-ndjson ndjson accept=application/x-ndjson unknown[] validated' },
    { name: "an event stream's array schema is one event's data (no unwrapping)", given: ok({ 'text/event-stream': { schema: { type: 'array', items: OBJ } } }), want: '200 text/event-stream event-stream accept=text/event-stream { id?: string }[] validated' },
    { name: 'Accept lists the kinds alike only: NDJSON does not ask for JSON', given: ok({ 'application/x-ndjson': {}, 'text/event-stream': {} }), want: '200 application/x-ndjson ndjson accept=application/x-ndjson no schema unvalidated' },
    { name: 'a declared type that is no media type (`string`) is read as bytes and asked for as application/octet-stream', given: ok({ string: {} }), want: '200 string binary accept=application/octet-stream binary unvalidated' },
    { name: 'such a type beside application/octet-stream asks for it once', given: ok({ 'application/octet-stream': {}, string: {} }), want: '200 application/octet-stream binary accept=application/octet-stream binary unvalidated' },
    { name: 'a body without content: nothing read', given: { '200': { description: 'ok' } }, want: '200 no body accept= no schema unvalidated' },
    { name: 'an empty content map: nothing read', given: ok({}), want: '200 no body accept= no schema unvalidated' },
  ])('$name', ({ given, want }) => {
    expect(summary(responseOf(given).response)).toBe(want);
  });

  it("an event stream's $ref to a string component is an item schema (the ref is not looked into)", () => {
    const { response } = responseOf(ok({ 'text/event-stream': { schema: { $ref: '#/components/schemas/Line' } } }), { schemas: { Line: STR } });
    expect(summary(response)).toBe('200 text/event-stream event-stream accept=text/event-stream ref(Line) validated');
  });
});

describe('which response', () => {
  const json = { description: 'ok', content: { 'application/json': { schema: STR } } };
  it.each<{ name: string; given: unknown; components?: Record<string, unknown>; want: string }>([
    { name: 'the lowest 2xx status', given: { '201': json, '200': { description: 'ok', content: { 'text/plain': {} } }, '404': json }, want: '200 text/plain text accept=text/plain string unvalidated' },
    { name: 'a 204 reads nothing', given: { '204': { description: 'gone' }, '400': json }, want: '204 no body accept= no schema unvalidated' },
    { name: 'a 2XX range counts as 2xx, after the exact ones', given: { '2XX': json, '202': { description: 'accepted' } }, want: '202 no body accept= no schema unvalidated' },
    { name: 'no 2xx response: status 200 without a body', given: { '404': json, default: json }, want: '200 no body accept= no schema unvalidated' },
    { name: 'no responses at all: the same', given: undefined, want: '200 no body accept= no schema unvalidated' },
    { name: 'through a $ref to components.responses', given: { '200': { $ref: '#/components/responses/Ok' } }, components: { responses: { Ok: json } }, want: '200 application/json json accept=application/json string validated' },
    { name: 'a dangling $ref: the status without a body', given: { '201': { $ref: '#/components/responses/Gone' } }, want: '201 no body accept= no schema unvalidated' },
  ])('$name', ({ given, components, want }) => {
    expect(summary(responseOf(given, components).response)).toBe(want);
  });

  it('reads a media type that is no media type as bytes, with a warning at it', () => {
    const { response, diagnostics } = responseOf(ok({ string: { schema: STR } }));
    // `accept` is not pinned: today it lists `string`, which is no media range for an Accept header.
    expect([response.read, outline(response.schema!), response.validated, diagnostics]).toEqual([{ mediaType: 'string', kind: 'binary' }, 'binary', false, ['warning media-type-invalid /paths/~1things/get/responses/200/content/string']]);
  });

  it('names, with a warning at each, the media types of another kind that the method never reads', () => {
    const { response, diagnostics } = responseOf(ok({ 'application/xml': { schema: STR }, 'application/json': { schema: OBJ }, 'text/csv': {}, 'application/problem+json': {} }));
    expect([response.read?.mediaType, response.accept, diagnostics]).toEqual([
      'application/json',
      ['application/json', 'application/problem+json'],
      ['warning response-media-type-not-read /paths/~1things/get/responses/200/content/application~1xml', 'warning response-media-type-not-read /paths/~1things/get/responses/200/content/text~1csv'],
    ]);
  });

  it('names the headers the success response declares, lower-cased and sorted', () => {
    const { response } = responseOf({ '200': { description: 'ok', headers: { Link: {}, 'X-Total-Count': {}, etag: {} } } });
    expect(response.headers).toEqual(['etag', 'link', 'x-total-count']);
  });
});

describe('errorStatuses', () => {
  it.each<{ given: Record<string, unknown>; want: string[] }>([
    { given: { '200': {}, '404': {}, default: {}, '4XX': {}, '400': {} }, want: ['400', '404', '4XX', 'default'] },
    { given: { '200': {}, '201': {}, '2XX': {} }, want: [] },
    { given: { '301': {}, '500': {} }, want: ['301', '500'] },
    { given: {}, want: [] },
  ])('$given -> $want', ({ given, want }) => {
    expect(errorStatuses({ responses: given })).toEqual(want);
  });

  it('is none without responses', () => {
    expect(errorStatuses({})).toEqual([]);
  });
});
