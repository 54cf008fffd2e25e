import { afterAll, describe, expect, it } from '@jest/globals';
import type { OperationMapping } from '../../generator/load/load-config.js';
import type { Pagination } from '../../generator/model/ir.js';
import { modelOf, removeTempFiles, specWith } from '../support/model-units.js';

/**
 * generator/model/pagination.ts: how a list pages, by its documented rules (first match wins),
 * from small specs through the whole model.
 */

afterAll(removeTempFiles);

const STR = { type: 'string' };
const INT = { type: 'integer' };
const ITEMS = { type: 'array', items: { type: 'object', properties: { id: STR } } };
const q = (...names: string[]) => names.map((name) => ({ name, in: 'query', schema: name.includes('cursor') || name.includes('token') || name === 'starting_after' || name === 'after' ? STR : INT }));

interface Given {
  params?: unknown[];
  body: unknown;
  headers?: Record<string, unknown>;
  method?: string;
  conventions?: 'cloudflare';
  mapping?: OperationMapping;
}

function paginationOf({ params = [], body, headers, method = 'get', conventions, mapping }: Given): Pagination | undefined {
  const response = { description: 'ok', ...(headers ? { headers } : {}), content: { 'application/json': { schema: body } } };
  const spec = specWith({ '/things': { [method]: { operationId: 'list', parameters: params, responses: { '200': response } } } });
  const parts = { ...(conventions ? { conventions } : {}), ...(mapping ? { operations: { list: mapping } } : {}) };
  return modelOf({ 'openapi.yaml': spec }, parts).operation('list').pagination;
}

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });

describe('detected from the spec', () => {
  it.each<{ name: string; given: Given; want: Pagination | undefined }>([
    { name: 'a list without paging parameters does not page', given: { body: ITEMS }, want: undefined },
    { name: 'an object that holds no list does not page', given: { params: q('page'), body: object({ id: STR }) }, want: undefined },
    { name: 'a nullable list has no page to walk', given: { params: q('page'), body: { ...ITEMS, nullable: true } }, want: undefined },
    { name: 'only GET pages by itself: a POST search does not', given: { params: q('page'), body: ITEMS, method: 'post' }, want: undefined },
    { name: 'rule 7: page numbers with a page size', given: { params: q('page', 'per_page'), body: ITEMS }, want: { style: 'page', pageParam: 'page', sizeParam: 'per_page', items: [] } },
    { name: 'rule 6: offset and limit, with a total', given: { params: q('offset', 'limit'), body: object({ items: ITEMS, total_count: INT }) }, want: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: ['items'], total: ['total_count'] } },
    { name: 'rule 5: a next cursor at the top of the body', given: { params: q('cursor'), body: object({ data: ITEMS, next_cursor: STR }) }, want: { style: 'cursor', cursorParam: 'cursor', nextCursor: ['next_cursor'], items: ['data'] } },
    { name: 'rule 5: a next cursor in a metadata object', given: { params: q('page_token'), body: object({ results: ITEMS, meta: object({ next_page_token: STR }) }) }, want: { style: 'cursor', cursorParam: 'page_token', nextCursor: ['meta', 'next_page_token'], items: ['results'] } },
    { name: "rule 5: a page parameter takes a cursor when the next page is a string (Stripe's search)", given: { params: q('page'), body: object({ data: ITEMS, next_page: STR }) }, want: { style: 'cursor', cursorParam: 'page', nextCursor: ['next_page'], items: ['data'] } },
    { name: 'a next page that is a number is not a cursor: page numbers', given: { params: q('page'), body: object({ data: ITEMS, next_page: INT }) }, want: { style: 'page', pageParam: 'page', items: ['data'] } },
    { name: "rule 4: has_more and starting_after (Stripe)", given: { params: q('starting_after', 'limit'), body: object({ data: ITEMS, has_more: { type: 'boolean' } }) }, want: { style: 'after-last', afterParam: 'starting_after', hasMore: ['has_more'], itemId: 'id', items: ['data'] } },
    { name: 'rule 3: a Link header wins over parameters (GitHub)', given: { params: q('page', 'per_page'), body: ITEMS, headers: { Link: { schema: STR } } }, want: { style: 'link', items: [] } },
    { name: 'of two lists, the conventional items field is chosen', given: { params: q('page'), body: object({ warnings: { type: 'array', items: STR }, entries: ITEMS }) }, want: { style: 'page', pageParam: 'page', items: ['entries'] } },
    { name: 'of two unconventional lists, none is guessed', given: { params: q('page'), body: object({ a: ITEMS, b: ITEMS }) }, want: undefined },
  ])('$name', ({ given, want }) => {
    expect(paginationOf(given)).toEqual(want);
  });
});

describe("Cloudflare's conventions (rule 2)", () => {
  const envelope = (info: Record<string, unknown>) => object({ success: { type: 'boolean' }, errors: { type: 'array', items: {} }, messages: { type: 'array', items: {} }, result: ITEMS, result_info: object(info) });
  it('result_info.cursor with a cursor parameter: cursor pages', () => {
    expect(paginationOf({ conventions: 'cloudflare', params: q('cursor', 'limit'), body: envelope({ cursor: STR, count: INT }) })).toMatchObject({ style: 'cursor', cursorParam: 'cursor', items: [] });
  });
  it('result_info with page and per_page: page numbers, read from result_info', () => {
    expect(paginationOf({ conventions: 'cloudflare', params: q('page', 'per_page'), body: envelope({ page: INT, total_pages: INT }) })).toMatchObject({ style: 'page', pageParam: 'page', sizeParam: 'per_page', items: [] });
  });
  it('without the conventions, the envelope holds three lists (errors, messages, result), none conventional: no guess', () => {
    expect(paginationOf({ params: q('page', 'per_page'), body: envelope({ page: INT }) })).toBeUndefined();
  });
});

describe('rule 1: the config', () => {
  it("`pagination: none` turns detected paging off", () => {
    expect(paginationOf({ params: q('page'), body: ITEMS, mapping: { method: 'things.list', pagination: 'none' } })).toBeUndefined();
  });
  it('a style for a POST list takes the usual parameter names where the operation has none', () => {
    expect(paginationOf({ method: 'post', body: ITEMS, mapping: { method: 'things.search', pagination: 'offset' } })).toEqual({ style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: [] });
  });
  it('a style the spec supports is the detected one, with its parameters', () => {
    expect(paginationOf({ params: q('cursor', 'page_size'), body: object({ data: ITEMS, next_cursor: STR }), mapping: { method: 'things.list', pagination: 'cursor' } })).toEqual({ style: 'cursor', cursorParam: 'cursor', nextCursor: ['next_cursor'], items: ['data'] });
  });
});
