import { describe, expect, it } from '@jest/globals';
import { CLOUDFLARE } from '../../../generator/model/conventions/cloudflare.js';
import type { ListShape } from '../../../generator/model/conventions/list-shape.js';
import type { NamedSchema, Pagination, Schema } from '../../../generator/model/ir.js';
import { named, refTo, STRING } from '../../support/model-units.js';

/**
 * generator/model/conventions/cloudflare.ts: which member of a Cloudflare success body a method
 * resolves to, and how its lists page (`result_info`: a cursor, or page counts).
 */

describe('CLOUDFLARE.envelopeField', () => {
  it.each<{ given: string[]; want: string | undefined }>([
    { given: ['success', 'errors', 'messages', 'result'], want: 'result' },
    { given: ['result'], want: 'result' },
    // `result` wins over another member, envelope or not.
    { given: ['success', 'result', 'data'], want: 'result' },
    { given: ['success', 'errors', 'messages', 'data'], want: 'data' },
    { given: ['success', 'errors', 'messages', 'result_info', 'data'], want: 'data' },
    { given: ['success', 'data', 'extra'], want: undefined },
    { given: ['success', 'errors', 'messages'], want: undefined },
    { given: ['data'], want: undefined },
    { given: ['errors', 'messages', 'data'], want: undefined },
  ])('$given -> $want', ({ given, want }) => {
    expect(CLOUDFLARE.envelopeField(new Set(given))).toBe(want);
  });
});

describe('CLOUDFLARE.pagination', () => {
  const object = (...names: string[]): Schema => ({ kind: 'object', nullable: false, additionalProperties: true, properties: names.map((name) => ({ name, schema: STRING, required: false })) });
  const LIST: Schema = { kind: 'array', nullable: false, items: STRING, closed: false, prefixItems: [], uniqueItems: false };
  const shape = (body: Record<string, Schema>, query: string[], schemas: NamedSchema[] = []): ListShape => ({
    body: new Map(Object.entries(body)),
    query: new Set(query),
    headers: new Set(),
    items: [],
    byId: new Map(schemas.map((s) => [s.id, s])),
  });
  const PAGES: Pagination = { style: 'page', pageParam: 'page', sizeParam: 'per_page', items: [], info: ['result_info'] };
  const CURSOR: Pagination = { style: 'cursor', cursorParam: 'cursor', nextCursor: ['result_info', 'cursor'], items: [] };

  it.each<{ name: string; given: ListShape; want: Pagination | undefined }>([
    { name: 'result_info and page/per_page in the query: page-numbered, counts in result_info', given: shape({ result: LIST, result_info: object('count', 'page') }, ['page', 'per_page', 'q']), want: PAGES },
    { name: 'without per_page: not by these rules', given: shape({ result: LIST, result_info: object('page') }, ['page']), want: undefined },
    { name: 'without result_info: not by these rules', given: shape({ result: LIST }, ['page', 'per_page']), want: undefined },
    { name: 'a cursor in result_info and a cursor parameter: by cursor', given: shape({ result: LIST, result_info: object('cursor', 'count') }, ['cursor']), want: CURSOR },
    { name: 'the cursor wins where the operation takes page/per_page too', given: shape({ result: LIST, result_info: object('cursor') }, ['cursor', 'page', 'per_page']), want: CURSOR },
    { name: 'a cursor parameter without a cursor in result_info: page counts', given: shape({ result: LIST, result_info: object('count') }, ['cursor', 'page', 'per_page']), want: PAGES },
    { name: 'a cursor in result_info without the parameter: page counts', given: shape({ result: LIST, result_info: object('cursor') }, ['page', 'per_page']), want: PAGES },
    {
      name: 'result_info behind a $ref is seen through',
      given: shape({ result: LIST, result_info: refTo('ResultInfo') }, ['cursor'], [named('ResultInfo', object('cursor'))]),
      want: CURSOR,
    },
  ])('$name', ({ given, want }) => {
    expect(CLOUDFLARE.pagination(given)).toEqual(want);
  });

  it('says where the items are as the shape does', () => {
    expect(CLOUDFLARE.pagination({ ...shape({ result_info: object() }, ['page', 'per_page']), items: ['data'] })).toMatchObject({ items: ['data'] });
  });
});
