import type { OperationMapping } from '../load/load-config.js';
import type { Conventions } from './conventions/conventions.js';
import type { ListShape } from './conventions/list-shape.js';
import { derefSchema } from './deref.js';
import type { NamedSchema, Operation, Pagination, Schema } from './ir.js';
import { propertiesOf } from './properties.js';

/** Array properties that hold a page's items, in the order they are preferred. */
const ITEM_FIELDS = ['data', 'items', 'results', 'entries', 'records', 'values', 'elements', 'list', 'nodes'];
/** Body fields that hold the next page's cursor, in the order they are preferred. */
const NEXT_CURSOR_FIELDS = ['next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next_token', 'nextToken', 'cursor', 'continuation_token', 'continuationToken', 'next_page', 'nextPage'];
/** Objects in a body that hold pagination metadata (`{ meta: { next_cursor } }`). */
const META_FIELDS = ['meta', 'metadata', 'pagination', 'page_info', 'pageInfo', 'paging', 'response_metadata', 'result_info'];
/** Query parameters that take a cursor. */
const CURSOR_PARAMS = ['cursor', 'page_token', 'pageToken', 'next_token', 'nextToken', 'continuation_token', 'continuationToken', 'after', 'next_cursor'];
const SIZE_PARAMS = ['per_page', 'page_size', 'pageSize', 'perPage', 'limit', 'size', 'count'];
const TOTAL_FIELDS = ['total', 'total_count', 'totalCount', 'total_results', 'totalResults'];

/**
 * How a list operation pages, by these rules (documented in the README), first match wins:
 * 1. the config's `pagination` for the operation (`none` turns paging off; a style takes its
 *    parameters from what the operation has, or the usual names);
 * 2. the API's conventions (Cloudflare: `result_info.cursor` with a `cursor` parameter, or
 *    `result_info` with `page` and `per_page`);
 * 3. a `Link` response header: RFC 8288 `rel="next"` links (GitHub);
 * 4. `has_more` in the body and a `starting_after` parameter: the last item's id (Stripe);
 * 5. a next-cursor field in the body (`next_cursor`, `next_page_token`, ..., at the top or in a
 *    `meta`/`pagination` object) and a cursor parameter (`cursor`, `page_token`, `after`, ...; or
 *    `page`, where the next page is a string, as Stripe's search has it);
 * 6. an `offset` parameter (with a `limit`), and a `total` in the body when there is one;
 * 7. a `page` parameter (with a page size).
 * Only a GET whose result is a list (or an object holding one, `data`, `items`, ...) pages
 * automatically; the config can make any list operation page.
 */
export function detectPagination(op: Operation, byId: Map<string, NamedSchema>, conventions: Conventions, mapping: OperationMapping | undefined): Pagination | undefined {
  if (mapping?.pagination === 'none') return undefined;
  const schema = op.response.schema;
  const result = op.response.resultSchema;
  if (!schema || !result) return undefined;
  const items = itemsPath(result, byId);
  if (!items) return undefined;
  const shape: ListShape = {
    body: new Map(propertiesOf(schema, byId).map((p) => [p.name, p.schema])),
    query: new Set(op.objectParams.filter((p) => p.in === 'query').map((p) => p.name)),
    headers: new Set(op.response.headers),
    items,
    byId,
  };
  if (mapping?.pagination !== undefined) return styled(mapping.pagination, shape);
  if (op.method !== 'get') return undefined;
  return conventions.pagination(shape) ?? genericPagination(shape);
}

/** Rules 3 to 7. */
export function genericPagination(shape: ListShape): Pagination | undefined {
  const { body, query, headers, items } = shape;
  if (headers.has('link')) return { style: 'link', items };
  if (body.has('has_more') && query.has('starting_after')) return { style: 'after-last', afterParam: 'starting_after', hasMore: ['has_more'], itemId: 'id', items };
  const nextCursor = nextCursorPath(shape);
  // A `page` parameter takes a cursor where the body hands out the next page as a string (Stripe's search).
  const cursorParam = CURSOR_PARAMS.find((p) => query.has(p)) ?? (query.has('page') && nextCursor && isString(at(shape, nextCursor), shape.byId) ? 'page' : undefined);
  if (cursorParam !== undefined && nextCursor) return { style: 'cursor', cursorParam, nextCursor, items };
  if (query.has('offset')) {
    const limitParam = SIZE_PARAMS.find((p) => query.has(p));
    const total = TOTAL_FIELDS.find((f) => isNumber(body.get(f), shape.byId));
    return { style: 'offset', offsetParam: 'offset', ...(limitParam ? { limitParam } : {}), items, ...(total ? { total: [total] } : {}) };
  }
  const pageParam = ['page', 'page_number', 'pageNumber'].find((p) => query.has(p));
  if (pageParam) {
    const sizeParam = SIZE_PARAMS.find((p) => query.has(p));
    return { style: 'page', pageParam, ...(sizeParam ? { sizeParam } : {}), items };
  }
  return undefined;
}

/** The style the config names, with the parameters the operation has (or the usual names). */
function styled(style: Pagination['style'], shape: ListShape): Pagination {
  const detected = genericPagination(shape);
  if (detected?.style === style) return detected;
  const { query, items } = shape;
  const size = SIZE_PARAMS.find((p) => query.has(p));
  switch (style) {
    case 'page':
      // The usual names, and Cloudflare's `result_info` where the body has one.
      return { style, pageParam: 'page', sizeParam: size ?? 'per_page', items, ...(shape.body.has('result_info') ? { info: ['result_info'] } : {}) };
    case 'offset':
      return { style, offsetParam: 'offset', limitParam: size ?? 'limit', items };
    case 'cursor':
      return { style, cursorParam: CURSOR_PARAMS.find((p) => query.has(p)) ?? 'cursor', nextCursor: nextCursorPath(shape) ?? ['next_cursor'], items };
    case 'after-last':
      return { style, afterParam: 'starting_after', hasMore: ['has_more'], itemId: 'id', items };
    case 'link':
      return { style, items };
  }
}

/** Where the items are: the value itself when it is a list, else its one list property (`data`, ...). */
export function itemsPath(result: Schema, byId: Map<string, NamedSchema>): string[] | undefined {
  const value = derefSchema(result, byId);
  if (isList(result, byId)) return [];
  if (value.kind !== 'object' && value.kind !== 'allOf') return undefined;
  const lists = propertiesOf(value, byId).filter((p) => isList(p.schema, byId));
  const named = ITEM_FIELDS.map((f) => lists.find((p) => p.name === f)).find((p) => p !== undefined);
  const chosen = named ?? (lists.length === 1 ? lists[0] : undefined);
  return chosen ? [chosen.name] : undefined;
}

/** A non-nullable array: a nullable result has no page to walk. */
function isList(schema: Schema, byId: Map<string, NamedSchema>): boolean {
  const s = derefSchema(schema, byId);
  return s.kind === 'array' && !s.nullable && !schema.nullable;
}

function isString(schema: Schema | undefined, byId: Map<string, NamedSchema>): boolean {
  return schema !== undefined && derefSchema(schema, byId).kind === 'string';
}

/** The schema of a body field by its path. */
function at({ body, byId }: ListShape, path: string[]): Schema | undefined {
  let schema = body.get(path[0]!);
  for (const key of path.slice(1)) schema = schema && propertiesOf(schema, byId).find((p) => p.name === key)?.schema;
  return schema;
}

function isNumber(schema: Schema | undefined, byId: Map<string, NamedSchema>): boolean {
  return schema !== undefined && derefSchema(schema, byId).kind === 'number';
}

/** The path of the next-cursor field: at the top of the body, or in one of its metadata objects. */
function nextCursorPath({ body, byId }: ListShape): string[] | undefined {
  const top = NEXT_CURSOR_FIELDS.find((f) => body.has(f));
  if (top) return [top];
  for (const container of META_FIELDS) {
    const schema = body.get(container);
    if (!schema) continue;
    const inner = new Set(propertiesOf(schema, byId).map((p) => p.name));
    const field = NEXT_CURSOR_FIELDS.find((f) => inner.has(f));
    if (field) return [container, field];
  }
  return undefined;
}

/** The schema of one item of a paginated operation's pages (for reports and docs). */
export function pageItemSchema(op: Operation, byId: Map<string, NamedSchema>): Schema | undefined {
  let node = op.response.resultSchema;
  for (const key of op.pagination?.items ?? []) node = node && propertiesOf(node, byId).find((p) => p.name === key)?.schema;
  const list = node && derefSchema(node, byId);
  return list?.kind === 'array' ? list.items : undefined;
}
