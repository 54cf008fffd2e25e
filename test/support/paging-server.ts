import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that serves a fixed list of items page by page, the way
 * Cloudflare's page-numbered list endpoints do: `?page=N&per_page=M` selects a slice, and the
 * envelope carries `result_info`. What `result_info` says is up to the test (`pageInfo`), so a
 * test can check that the client stops on `total_count` or `total_pages` rather than on an empty
 * page. Every request is recorded.
 */

export interface PagingRequest {
  method: string;
  /** Exactly as it arrived on the request line. */
  url: string;
  pathname: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** The page number served (1 when the request named none). */
  page: number;
  /** The page size served (the server's default when the request named none, capped at `maxPerPage`). */
  perPage: number;
}

/** What the server knows when it answers one page. */
export interface PageContext {
  page: number;
  perPage: number;
  /** The items of this page. */
  slice: unknown[];
  total: number;
}

export interface PagingServerOptions<Item> {
  items: Item[];
  /** Page size when the request has no `per_page`. Default 20, as in the spec. */
  defaultPerPage?: number;
  /** The server's own cap on `per_page` (Cloudflare caps it server-side). Default: no cap. */
  maxPerPage?: number;
  /** `result_info` for a page; `undefined` leaves it out of the body. Default: Cloudflare's page, per_page, count, total_count. */
  pageInfo?: (context: PageContext) => Record<string, unknown> | undefined;
  /** Replaces the body of a page, e.g. to break its schema or fail it. Return undefined to serve it normally. */
  override?: (context: PageContext, request: PagingRequest) => { status: number; body: unknown } | undefined;
}

/** Cloudflare's usual `result_info` for a page-numbered list. */
export function cloudflarePageInfo({ page, perPage, slice, total }: PageContext): Record<string, unknown> {
  return { page, per_page: perPage, count: slice.length, total_count: total };
}

export class PagingServer<Item> {
  readonly requests: PagingRequest[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start<Item>(options: PagingServerOptions<Item>): Promise<PagingServer<Item>> {
    let paging: PagingServer<Item> | undefined;
    const server = http.createServer((req, res) => paging!.handle(options, req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    paging = new PagingServer<Item>(server, `http://127.0.0.1:${port}`);
    return paging;
  }

  /** The page numbers requested, in order. */
  pagesRequested(): number[] {
    return this.requests.map((request) => request.page);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private handle(options: PagingServerOptions<Item>, req: http.IncomingMessage, res: http.ServerResponse): void {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = positiveInteger(parsed.searchParams.get('page')) ?? 1;
    const asked = positiveInteger(parsed.searchParams.get('per_page')) ?? options.defaultPerPage ?? 20;
    const perPage = Math.min(asked, options.maxPerPage ?? Infinity);
    const request: PagingRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      pathname: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
      page,
      perPage,
    };
    this.requests.push(request);
    const slice = options.items.slice((page - 1) * perPage, page * perPage);
    const context: PageContext = { page, perPage, slice, total: options.items.length };
    const replaced = options.override?.(context, request);
    const info = (options.pageInfo ?? cloudflarePageInfo)(context);
    const body = replaced?.body ?? {
      success: true,
      errors: [],
      messages: [],
      result: slice,
      ...(info === undefined ? {} : { result_info: info }),
    };
    const text = JSON.stringify(body);
    // Drain the (empty) request body before answering, as a real server would.
    req.resume();
    req.on('end', () => {
      res.writeHead(replaced?.status ?? 200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    });
  }
}

function positiveInteger(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/** `count` valid log entries (the list schema's required fields), ids `log-1`, `log-2`, ... */
export function logEntries(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `log-${index + 1}`,
    created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
    provider: 'openai',
    model: 'gpt-4o-mini',
    path: 'openai/chat/completions',
    duration: 100 + index,
    success: true,
    cached: false,
    tokens_in: index,
    tokens_out: null,
  }));
}

/** `count` valid evaluation types, ids `type-1`, `type-2`, ... */
export function evaluationTypes(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `type-${index + 1}`,
    name: `Evaluator ${index + 1}`,
    description: 'Scores a response',
    type: 'cost',
    enable: true,
    mandatory: false,
    created_at: '2025-01-02T03:04:05Z',
    modified_at: '2025-01-02T03:04:05Z',
  }));
}
