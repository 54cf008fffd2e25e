import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { APIClient, type Page } from '../../generated/dist/index.js';
import type { PaginationSpec } from '../../generated/dist/core/pagination.js';
import { requestPage } from '../../generated/dist/core/pagination.js';
import type { RequestOptions } from '../../generated/dist/core/request.js';

/**
 * Every pagination style the generator detects (model/pagination.ts), as the runtime walks it
 * (core/pagination.ts): a node:http server on 127.0.0.1 per style serves a fixed list of 23 items
 * the way real APIs do (offset/limit, a cursor in the body, Cloudflare's `result_info.cursor`,
 * Stripe's `has_more` with `starting_after`, GitHub's `Link` header), and misbehaving servers
 * that repeat a cursor, claim more pages forever or link to another host. The specs are written
 * by hand, as a generated list method writes one.
 */

const ITEMS = Array.from({ length: 23 }, (_, i) => ({ id: `item_${String(i).padStart(2, '0')}` }));

interface Served {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

let server: http.Server | undefined;
let requests: URL[] = [];
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  requests = [];
});

async function serve(answer: (url: URL, base: string) => Served): Promise<string> {
  let base = '';
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, base);
    requests.push(url);
    const { status = 200, body, headers = {} } = answer(url, base);
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return base;
}

function client(baseURL: string): APIClient {
  return new APIClient({ baseURL, security: {}, pathParamOptions: {} }, { maxRetries: 0 });
}

function list(baseURL: string, pagination: PaginationSpec, query: Record<string, unknown> = {}, options: RequestOptions = {}) {
  return requestPage<{ id: string }>(client(baseURL), { method: 'get', path: '/items', query, security: [], retrySafe: true, pagination }, options);
}

async function ids(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
}

const all = ITEMS.map((i) => i.id);
const n = (url: URL, name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);

describe('offset / limit', () => {
  const offsetSpec: PaginationSpec = { style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: ['data'], total: ['total'] };

  it('walks every item by offset, stopping at the total the body reports without asking past it', async () => {
    const base = await serve((url) => {
      const offset = n(url, 'offset', 0);
      const limit = n(url, 'limit', 10);
      return { body: { data: ITEMS.slice(offset, offset + limit), total: ITEMS.length } };
    });
    expect(await ids(list(base, offsetSpec, { limit: 5 }))).toEqual(all);
    expect(requests.map((u) => u.searchParams.get('offset'))).toEqual([null, '5', '10', '15', '20']);
  });

  it('without a total, stops at a short page', async () => {
    const base = await serve((url) => ({ body: { data: ITEMS.slice(n(url, 'offset', 0), n(url, 'offset', 0) + 10) } }));
    expect(await ids(list(base, { style: 'offset', offsetParam: 'offset', limitParam: 'limit', items: ['data'] }, { limit: 10 }))).toEqual(all);
    expect(requests).toHaveLength(3);
  });
});

describe('a cursor in the body', () => {
  const cursorSpec: PaginationSpec = { style: 'cursor', cursorParam: 'cursor', nextCursor: ['meta', 'next_cursor'], items: ['data'] };
  const byCursor = (url: URL): Served => {
    const start = Number(url.searchParams.get('cursor')?.slice(1) ?? 0);
    const next = start + 7 < ITEMS.length ? `c${start + 7}` : null;
    return { body: { data: ITEMS.slice(start, start + 7), meta: { next_cursor: next } } };
  };

  it('follows the next cursor until there is none', async () => {
    const base = await serve(byCursor);
    expect(await ids(list(base, cursorSpec))).toEqual(all);
    expect(requests.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'c7', 'c14', 'c21']);
  });

  it("follows Cloudflare's result_info.cursor, inside the envelope", async () => {
    const base = await serve((url) => {
      const { body } = byCursor(url);
      const { data, meta } = body as { data: unknown[]; meta: { next_cursor: string | null } };
      return { body: { success: true, errors: [], messages: [], result: data, result_info: { cursor: meta.next_cursor ?? '', count: data.length } } };
    });
    const page = requestPage<{ id: string }>(client(base), { method: 'get', path: '/items', security: [], retrySafe: true, envelope: 'result', pagination: { style: 'cursor', cursorParam: 'cursor', nextCursor: ['result_info', 'cursor'], items: [] } });
    expect(await ids(page)).toEqual(all);
  });

  it('ends when a misbehaving server repeats a cursor, instead of looping forever', async () => {
    const base = await serve((url) => ({ body: { data: ITEMS.slice(0, 3), meta: { next_cursor: url.searchParams.get('cursor') === null ? 'again' : 'again' } } }));
    expect(await ids(list(base, cursorSpec))).toHaveLength(6);
    expect(requests.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'again']);
  });
});

describe("Stripe's has_more with starting_after", () => {
  const stripeSpec: PaginationSpec = { style: 'after-last', afterParam: 'starting_after', hasMore: ['has_more'], itemId: 'id', items: ['data'] };

  it("asks for the items after the last one's id while has_more is true", async () => {
    const base = await serve((url) => {
      const after = url.searchParams.get('starting_after');
      const start = after === null ? 0 : ITEMS.findIndex((i) => i.id === after) + 1;
      const data = ITEMS.slice(start, start + n(url, 'limit', 10));
      return { body: { object: 'list', data, has_more: start + data.length < ITEMS.length } };
    });
    expect(await ids(list(base, stripeSpec, { limit: 10 }))).toEqual(all);
    expect(requests.map((u) => u.searchParams.get('starting_after'))).toEqual([null, 'item_09', 'item_19']);
  });

  it('ends when has_more stays true but the last id repeats', async () => {
    const base = await serve(() => ({ body: { object: 'list', data: ITEMS.slice(0, 2), has_more: true } }));
    expect(await ids(list(base, stripeSpec))).toHaveLength(4);
    expect(requests).toHaveLength(2);
  });
});

describe('the Link header (RFC 8288)', () => {
  const linkSpec: PaginationSpec = { style: 'link', items: [] };
  const linked = (url: URL, base: string): Served => {
    const page = n(url, 'page', 1);
    const last = Math.ceil(ITEMS.length / 10);
    const links = [`<${base}/items?page=1&per_page=10>; rel="first"`, ...(page < last ? [`<${base}/items?page=${page + 1}&per_page=10>; rel="next"`] : []), `<${base}/items?page=${last}&per_page=10>; rel="last"`];
    return { body: ITEMS.slice((page - 1) * 10, page * 10), headers: { link: links.join(', ') } };
  };

  it('follows rel="next" until the last page, which has none', async () => {
    const base = await serve(linked);
    expect(await ids(list(base, linkSpec))).toEqual(all);
    expect(requests.map((u) => u.search)).toEqual(['', '?page=2&per_page=10', '?page=3&per_page=10']);
  });

  it('does not follow a next link to another host: the credentials would go with it', async () => {
    const base = await serve(() => ({ body: ITEMS.slice(0, 5), headers: { link: '<https://elsewhere.example/items?page=2>; rel="next"' } }));
    const page = (await list(base, linkSpec)) as Page<{ id: string }>;
    expect(page.hasNextPage()).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('ends when the next link points back at a page already walked', async () => {
    const base = await serve((_url, b) => ({ body: ITEMS.slice(0, 2), headers: { link: `<${b}/items?page=2>; rel="next"` } }));
    expect(await ids(list(base, linkSpec))).toHaveLength(4);
    expect(requests).toHaveLength(2);
  });
});

describe('bounds on any walk', () => {
  const forever: PaginationSpec = { style: 'page', pageParam: 'page', items: [] };

  it('stops after maxPages pages, however many the server claims', async () => {
    const base = await serve(() => ({ body: ITEMS.slice(0, 3) }));
    expect(await ids(list(base, forever, {}, { maxPages: 4 }))).toHaveLength(12);
    expect(requests).toHaveLength(4);
  });

  it("stops at the caller's abort, with APIUserAbortError", async () => {
    const base = await serve(() => ({ body: ITEMS.slice(0, 3) }));
    const controller = new AbortController();
    const walking = (async () => {
      let count = 0;
      for await (const _ of list(base, forever, {}, { signal: controller.signal })) if (++count === 7) controller.abort();
    })();
    await expect(walking).rejects.toMatchObject({ name: 'APIUserAbortError' });
    expect(requests).toHaveLength(3);
  });

  it('ends at an empty page, whatever the style says next', async () => {
    const base = await serve(() => ({ body: { data: [], meta: { next_cursor: 'more' } } }));
    expect(await ids(list(base, { style: 'cursor', cursorParam: 'cursor', nextCursor: ['meta', 'next_cursor'], items: ['data'] }))).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
