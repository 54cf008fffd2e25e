import { afterAll, describe, expect, it } from '@jest/globals';
import {
  acceptLiteral,
  contentExpression,
  cookieStylesLiteral,
  headerStylesLiteral,
  pageItemType,
  paginationLiteral,
  pathStylesLiteral,
  queryStylesLiteral,
  readLiteral,
  resolvedType,
} from '../../generator/emit/request-literals.js';
import type { Operation } from '../../generator/model/ir.js';
import { modelOf, ok, removeTempFiles, specWith } from '../support/model-units.js';

/**
 * generator/emit/request-literals.ts: the wire parts of a request literal, from operations the
 * model built out of small specs. Each is '' when the default holds, so the common case prints
 * nothing extra.
 */

afterAll(removeTempFiles);

const STR = { type: 'string' };
const ARR = { type: 'array', items: STR };

function operationOf(operation: Record<string, unknown>, path = '/things/{id}', method = 'post', conventions?: 'cloudflare'): Operation {
  const spec = specWith({ [path]: { [method]: { operationId: 'op', responses: ok({ type: 'object' }), ...operation } } });
  return modelOf({ 'openapi.yaml': spec }, conventions ? { conventions } : {}).operation('op');
}

const idParam = (extra: Record<string, unknown> = {}) => ({ name: 'id', in: 'path', required: true, schema: STR, ...extra });

describe('parameter styles', () => {
  it.each<{ name: string; parameters: unknown[]; want: { query?: string; path?: string; header?: string; cookie?: string } }>([
    { name: 'defaults everywhere print nothing', parameters: [idParam(), { name: 'tags', in: 'query', schema: ARR }, { name: 'x-trace', in: 'header', schema: STR }, { name: 'session', in: 'cookie', schema: STR }], want: {} },
    { name: 'a query array not exploded', parameters: [idParam(), { name: 'tags', in: 'query', schema: ARR, explode: false }], want: { query: "{ tags: { style: 'form', explode: false } }" } },
    { name: 'pipe- and space-delimited query arrays', parameters: [idParam(), { name: 'a', in: 'query', schema: ARR, style: 'pipeDelimited', explode: false }, { name: 'b', in: 'query', schema: ARR, style: 'spaceDelimited', explode: false }], want: { query: "{ a: { style: 'pipeDelimited', explode: false }, b: { style: 'spaceDelimited', explode: false } }" } },
    { name: 'a deepObject query parameter', parameters: [idParam(), { name: 'filter', in: 'query', schema: { type: 'object' }, style: 'deepObject', explode: true }], want: { query: "{ filter: { style: 'deepObject', explode: true } }" } },
    { name: 'allowReserved is carried even in the default style', parameters: [idParam(), { name: 'q', in: 'query', schema: STR, allowReserved: true }], want: { query: "{ q: { style: 'form', explode: true, allowReserved: true } }" } },
    { name: 'a label-style path parameter', parameters: [idParam({ style: 'label' })], want: { path: "{ id: { style: 'label', explode: false } }" } },
    { name: 'an exploded matrix path parameter', parameters: [idParam({ style: 'matrix', explode: true })], want: { path: "{ id: { style: 'matrix', explode: true } }" } },
    { name: 'an exploded header', parameters: [idParam(), { name: 'x-color', in: 'header', schema: { type: 'object' }, explode: true }], want: { header: "{ 'x-color': { style: 'simple', explode: true } }" } },
    { name: 'a cookie not exploded', parameters: [idParam(), { name: 'colors', in: 'cookie', schema: ARR, explode: false }], want: { cookie: "{ colors: { style: 'form', explode: false } }" } },
  ])('$name', ({ parameters, want }) => {
    const op = operationOf({ parameters });
    expect({ query: queryStylesLiteral(op), path: pathStylesLiteral(op), header: headerStylesLiteral(op), cookie: cookieStylesLiteral(op) }).toEqual({ query: '', path: '', header: '', cookie: '', ...want });
  });
});

describe('contentExpression: how the body is sent', () => {
  const body = (content: Record<string, unknown>) => ({ requestBody: { required: true, content } });
  it.each<{ name: string; given: Record<string, unknown>; want: string }>([
    { name: 'JSON as application/json prints nothing', given: body({ 'application/json': { schema: { type: 'object' } } }), want: '' },
    { name: 'no body prints nothing', given: {}, want: '' },
    { name: 'another JSON media type is named', given: body({ 'application/merge-patch+json': { schema: { type: 'object' } } }), want: "{ mediaType: 'application/merge-patch+json', kind: 'json' }" },
    { name: 'a form body', given: body({ 'application/x-www-form-urlencoded': { schema: { type: 'object' } } }), want: "{ mediaType: 'application/x-www-form-urlencoded', kind: 'form' }" },
    { name: 'raw bytes', given: body({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }), want: "{ mediaType: 'application/octet-stream', kind: 'binary' }" },
    { name: 'text', given: body({ 'application/javascript': { schema: STR } }), want: "{ mediaType: 'application/javascript', kind: 'text' }" },
    {
      name: "multipart with a part's encoding",
      given: body({ 'multipart/form-data': { schema: { type: 'object', properties: { metadata: { type: 'object' } } }, encoding: { metadata: { contentType: 'application/json' } } } }),
      // Too wide for one line after `    content: `: one member per line.
      want: "{\n      mediaType: 'multipart/form-data',\n      kind: 'multipart',\n      encoding: { metadata: { contentType: 'application/json' } },\n    }",
    },
    {
      name: 'several media types: the call chooses with contentType, the first by default',
      given: body({ 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'multipart/form-data': { schema: { type: 'object' } } }),
      want: "pickContent(params.contentType, [\n      { mediaType: 'application/octet-stream', kind: 'binary' },\n      { mediaType: 'multipart/form-data', kind: 'multipart' },\n    ])",
    },
  ])('$name', ({ given, want }) => {
    expect(contentExpression(operationOf(given), '    ')).toBe(want);
  });

  it('spec text in a media type stays inside its string literal', () => {
    const op = operationOf(body({ "text/x-evil'); process.exit(1); ('": { schema: STR } }));
    expect(contentExpression(op, '')).toBe("{ mediaType: 'text/x-evil\\'); process.exit(1); (\\'', kind: 'text' }");
  });
});

describe('Accept, how the response is read, and what the method resolves to', () => {
  const responses = (content: Record<string, unknown>) => ({ responses: { '200': { description: 'ok', content } } });
  it.each<{ name: string; given: Record<string, unknown>; want: { accept: string; read: string; resolves: string } }>([
    { name: 'JSON: the defaults', given: responses({ 'application/json': { schema: { type: 'object' } } }), want: { accept: '', read: '', resolves: 'R' } },
    { name: 'a binary download', given: responses({ 'application/pdf': {}, 'image/png': {} }), want: { accept: "'application/pdf, image/png'", read: "'binary'", resolves: 'R' } },
    { name: 'text', given: responses({ 'text/csv': { schema: STR } }), want: { accept: "'text/csv'", read: "'text'", resolves: 'R' } },
    { name: 'server-sent events: a Stream of events', given: responses({ 'text/event-stream': { schema: STR } }), want: { accept: "'text/event-stream'", read: "'event-stream'", resolves: 'Stream<StreamEvent<R>>' } },
    { name: 'NDJSON: a Stream of items', given: responses({ 'application/x-ndjson': { schema: { type: 'object' } } }), want: { accept: "'application/x-ndjson'", read: "'ndjson'", resolves: 'Stream<R>' } },
  ])('$name', ({ given, want }) => {
    const op = operationOf(given, '/things', 'get');
    expect({ accept: acceptLiteral(op), read: readLiteral(op), resolves: resolvedType(op, 'R') }).toEqual(want);
  });
});

describe('pagination', () => {
  it('a non-list prints no pagination, and its item type indexes the response', () => {
    const op = operationOf({}, '/things', 'get');
    expect(paginationLiteral(op, '')).toBe('');
    expect(pageItemType(op, 'R')).toBe('R[number]');
  });

  it('a Cloudflare page list prints its PaginationSpec (evaluating to the model\'s); its items are the unwrapped result\'s', () => {
    const list = {
      parameters: [
        { name: 'page', in: 'query', schema: { type: 'integer' } },
        { name: 'per_page', in: 'query', schema: { type: 'integer' } },
      ],
      responses: ok({ type: 'object', properties: { result: { type: 'array', items: { type: 'object' } }, result_info: { type: 'object', properties: { page: { type: 'integer' }, total_pages: { type: 'integer' } } } } }),
    };
    const op = operationOf(list, '/things', 'get', 'cloudflare');
    const literal = paginationLiteral(op, '');
    expect(new Function(`return ${literal};`)()).toEqual(op.pagination);
    expect(op.pagination?.style).toBe('page');
    // The envelope's `result` is what the method resolves to, so the items are the response itself.
    expect(op.pagination?.items).toEqual([]);
    expect(pageItemType(op, 'R')).toBe('R[number]');
  });

  it("a list whose value holds its items under 'data' indexes them through NonNullable", () => {
    const list = {
      parameters: [{ name: 'starting_after', in: 'query', schema: STR }, { name: 'limit', in: 'query', schema: { type: 'integer' } }],
      responses: ok({ type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { id: STR } } }, has_more: { type: 'boolean' } } }),
    };
    const op = operationOf(list, '/things', 'get');
    expect(op.pagination?.style).toBe('after-last');
    // Every step through NonNullable: the response body itself may be nullable (stream-io's is).
    expect(pageItemType(op, 'R')).toBe("NonNullable<NonNullable<R>['data']>[number]");
  });
});
