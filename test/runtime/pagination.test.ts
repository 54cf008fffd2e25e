import { afterEach, describe, expect, it } from '@jest/globals';
import {
  APIError,
  Cloudflare,
  Page,
  PagePromise,
  ResponseValidationError,
  type ClientOptions,
  type LogListResponse,
} from '../../generated/dist/index.js';
import { validateLogListResponse } from '../../generated/dist/validators.js';
import { cloudflarePageInfo, evaluationTypes, logEntries, PagingServer, type PagingServerOptions } from '../support/paging-server.js';

/**
 * Page-numbered lists (`client.aiGateway.logs.list`, `client.aiGateway.evaluationTypes.list`)
 * against a real node:http server on 127.0.0.1 that slices a fixed list by `page`/`per_page`
 * and answers with Cloudflare's envelope and `result_info`.
 */

const ACCOUNT = 'acc';
const GATEWAY = 'my-gateway';
const LOGS_PATH = `/accounts/${ACCOUNT}/ai-gateway/gateways/${GATEWAY}/logs`;

type LogEntry = LogListResponse[number];

let server: PagingServer<unknown> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve<Item>(options: PagingServerOptions<Item>): Promise<PagingServer<Item>> {
  const started = await PagingServer.start(options);
  server = started as PagingServer<unknown>;
  return started;
}

function client(at: PagingServer<unknown>, options: ClientOptions = {}): Cloudflare {
  return new Cloudflare({ baseURL: at.url, apiToken: 'test-token', accountId: ACCOUNT, maxRetries: 0, ...options });
}

function ids(items: readonly unknown[]): string[] {
  return items.map((item) => String((item as { id: unknown }).id));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('for await over client.aiGateway.logs.list(...)', () => {
  it('walks every item of every page, in order, sending the same filters with each page', async () => {
    const items = logEntries(23);
    const paging = await serve({ items });

    const seen: LogEntry[] = [];
    for await (const entry of client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5, order_by: 'model', search: 'gpt' }))
      seen.push(entry);

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3, 4, 5]);
    for (const request of paging.requests) {
      expect(request.method).toBe('GET');
      expect(request.pathname).toBe(LOGS_PATH);
      expect(request.headers.authorization).toBe('Bearer test-token');
      const { page, ...filters } = Object.fromEntries(request.query);
      // Page 1 may be asked for explicitly or left to the server's default.
      if (request.page > 1) expect(page).toBe(String(request.page));
      expect(filters).toEqual({ per_page: '5', order_by: 'model', search: 'gpt' });
    }
  });

  it('fetches each page only when the loop reaches it (lazily), and stops fetching on break', async () => {
    const paging = await serve({ items: logEntries(20) });

    const requestsWhenSeen: [string, number][] = [];
    for await (const entry of client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 })) {
      requestsWhenSeen.push([entry.id, paging.requests.length]);
      if (entry.id === 'log-7') break;
    }

    expect(requestsWhenSeen).toEqual([
      ['log-1', 1],
      ['log-2', 1],
      ['log-3', 1],
      ['log-4', 1],
      ['log-5', 1],
      ['log-6', 2],
      ['log-7', 2],
    ]);
    // Give a would-be eager prefetch the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(paging.pagesRequested()).toEqual([1, 2]);
  });

  it('stops on result_info.total_count after a full last page, without asking for an empty one', async () => {
    const items = logEntries(25);
    const paging = await serve({ items });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops on result_info.total_pages after a full last page, without asking for an empty one', async () => {
    const items = logEntries(20);
    const paging = await serve({
      items,
      pageInfo: ({ page, perPage, slice, total }) => ({
        page,
        per_page: perPage,
        count: slice.length,
        total_pages: Math.ceil(total / perPage),
      }),
    });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3, 4]);
  });

  it('believes total_count over a full page: stops even though the page it got was full', async () => {
    // The server holds more than it admits to; the client must trust result_info, not probe on.
    const paging = await serve({
      items: logEntries(30),
      pageInfo: (context) => ({ ...cloudflarePageInfo(context), total_count: 10 }),
    });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

    expect(ids(seen)).toEqual(ids(logEntries(10)));
    expect(paging.pagesRequested()).toEqual([1, 2]);
  });

  it("pages by the server's per_page from result_info when the server caps the requested size", async () => {
    const items = logEntries(25);
    const paging = await serve({ items, maxPerPage: 10 });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 50 }));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3]);
  });

  it("uses the server's default page size from result_info when the call names none", async () => {
    const items = logEntries(45);
    const paging = await serve({ items, defaultPerPage: 20 });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3]);
    expect(paging.requests[0]!.query.has('per_page')).toBe(false);
  });

  it('takes the page number from the request when result_info has no page', async () => {
    const items = logEntries(12);
    const paging = await serve({
      items,
      pageInfo: ({ perPage, slice, total }) => ({ per_page: perPage, count: slice.length, total_count: total }),
    });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3]);
  });

  it('starts at the page the call names and walks on from there', async () => {
    const items = logEntries(25);
    const paging = await serve({ items });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { page: 3, per_page: 5 }));

    expect(ids(seen)).toEqual(ids(items.slice(10)));
    expect(paging.pagesRequested()).toEqual([3, 4, 5]);
  });

  describe('without result_info counts', () => {
    it('stops after a short page', async () => {
      const items = logEntries(12);
      const paging = await serve({ items, pageInfo: () => undefined });

      const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

      expect(ids(seen)).toEqual(ids(items));
      expect(paging.pagesRequested()).toEqual([1, 2, 3]);
    });

    it('stops on an empty page when every page was full', async () => {
      const items = logEntries(10);
      const paging = await serve({ items, pageInfo: () => undefined });

      const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

      expect(ids(seen)).toEqual(ids(items));
      expect(paging.pagesRequested()).toEqual([1, 2, 3]);
    });
  });

  it('yields nothing, after one request, for an empty list', async () => {
    const paging = await serve({ items: [] });

    const seen = await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }));

    expect(seen).toEqual([]);
    expect(paging.pagesRequested()).toEqual([1]);
  });

  it('sends per-request options (headers) with every page, not only the first', async () => {
    const paging = await serve({ items: logEntries(7) });

    await collect(client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 }, { headers: { 'x-trace': 'abc' } }));

    expect(paging.requests.map((request) => request.headers['x-trace'])).toEqual(['abc', 'abc']);
  });

  it('validates every page: a later page that breaks the schema throws ResponseValidationError mid-loop', async () => {
    const paging = await serve({
      items: logEntries(15),
      override: ({ page, slice }) =>
        page === 2
          ? { status: 200, body: { success: true, errors: [], messages: [], result: [{ ...(slice[0] as object), tokens_in: 'many' }] } }
          : undefined,
    });

    const seen: string[] = [];
    const error = await (async () => {
      for await (const entry of client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 })) seen.push(entry.id);
    })().catch((e: unknown) => e);

    expect(seen).toEqual(ids(logEntries(5)));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([expect.objectContaining({ path: '/result/0/tokens_in' })]);
  });

  it('surfaces an API error on a later page from the loop, after the earlier items', async () => {
    const paging = await serve({
      items: logEntries(15),
      override: ({ page }) =>
        page === 3 ? { status: 404, body: { success: false, errors: [{ code: 7002, message: 'gone' }], messages: [], result: null } } : undefined,
    });

    const seen: string[] = [];
    const error = await (async () => {
      for await (const entry of client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 })) seen.push(entry.id);
    })().catch((e: unknown) => e);

    expect(seen).toEqual(ids(logEntries(10)));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(404);
  });
});

describe('the Page that awaiting logs.list(...) gives', () => {
  it('is the first page only: its items, result_info and page number, after one request', async () => {
    const items = logEntries(12);
    const paging = await serve({ items });

    const promise = client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 });
    expect(promise).toBeInstanceOf(PagePromise);
    const first = await promise;

    expect(first).toBeInstanceOf(Page);
    expect(ids(first.items)).toEqual(ids(items.slice(0, 5)));
    expect(first.info).toEqual({ page: 1, per_page: 5, count: 5, total_count: 12 });
    expect(first.page).toBe(1);
    expect(validateLogListResponse(first.items).ok).toBe(true);
    expect(paging.pagesRequested()).toEqual([1]);
  });

  it('.getNextPage() fetches the following page, and the last page has no next', async () => {
    const items = logEntries(12);
    const paging = await serve({ items });

    const first = await client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5, order_by: 'cached' });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.hasNextPage()).toBe(true);
    const third = await second.getNextPage();

    expect([first.page, second.page, third.page]).toEqual([1, 2, 3]);
    expect(ids(second.items)).toEqual(ids(items.slice(5, 10)));
    expect(ids(third.items)).toEqual(ids(items.slice(10)));
    expect(third.hasNextPage()).toBe(false);
    await expect(third.getNextPage()).rejects.toThrow(/no next page/i);
    expect(paging.pagesRequested()).toEqual([1, 2, 3]);
    expect(paging.requests.map((request) => request.query.get('order_by'))).toEqual(['cached', 'cached', 'cached']);
    // Each page stays what it was: fetching the next one does not change the one before.
    expect(ids(first.items)).toEqual(ids(items.slice(0, 5)));
  });

  it('.iterPages() yields every page once, starting with itself, fetching each when reached', async () => {
    const items = logEntries(25);
    const paging = await serve({ items });

    const first = await client(paging).aiGateway.logs.list(GATEWAY, { per_page: 5 });
    const pages: { page: number | undefined; ids: string[]; requests: number }[] = [];
    for await (const page of first.iterPages()) {
      expect(page).toBeInstanceOf(Page);
      pages.push({ page: page.page, ids: ids(page.items), requests: paging.requests.length });
    }

    expect(pages).toEqual([1, 2, 3, 4, 5].map((n) => ({ page: n, ids: ids(items.slice((n - 1) * 5, n * 5)), requests: n })));
    expect(pages[0]!.page).toBe(first.page);
    expect(paging.pagesRequested()).toEqual([1, 2, 3, 4, 5]);
  });

  it('for await over an awaited Page walks from that page to the end', async () => {
    const items = logEntries(9);
    const paging = await serve({ items });

    const first = await client(paging).aiGateway.logs.list(GATEWAY, { per_page: 4 });
    const seen = await collect(first);

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2, 3]);
  });
});

describe('client.aiGateway.evaluationTypes.list(...), the other page-numbered list', () => {
  it('walks every page, stopping on total_count', async () => {
    const items = evaluationTypes(10);
    const paging = await serve({ items });

    const seen = await collect(client(paging).aiGateway.evaluationTypes.list({ per_page: 5 }));

    expect(ids(seen)).toEqual(ids(items));
    expect(paging.pagesRequested()).toEqual([1, 2]);
    expect(paging.requests.every((request) => request.pathname === `/accounts/${ACCOUNT}/ai-gateway/evaluation-types`)).toBe(
      true,
    );
  });
});
