import { APIPromise, type Sent } from './api-promise.js';
import type { APIClient } from './client.js';
import { withSpec, type RequestOptions, type RequestSpec } from './request.js';

/** Cloudflare's `result_info`, what a page-numbered list says of its pages. */
export interface PageInfo {
  page?: number;
  per_page?: number;
  count?: number;
  total_count?: number;
  total_pages?: number;
}

/**
 * How a list operation pages, as the generator detected it from the spec (or the config said).
 * Paths (`['result_info', 'cursor']`) are into the response body; `items` is into the value the
 * method resolves to (the envelope's field, or the body).
 */
export type PaginationSpec =
  /** `?page=N` (and a page size), until a short or empty page, or the count `info` reports. */
  | { style: 'page'; pageParam: string; sizeParam?: string; items: string[]; info?: string[] }
  /** `?offset=N` (and a limit), until a short or empty page, or the `total` the body reports. */
  | { style: 'offset'; offsetParam: string; limitParam?: string; items: string[]; total?: string[] }
  /** `?cursor=` the cursor the previous page gave (`next_cursor`, Cloudflare's `result_info.cursor`). */
  | { style: 'cursor'; cursorParam: string; nextCursor: string[]; items: string[] }
  /** Stripe's: `?starting_after=` the last item's id, while `has_more`. */
  | { style: 'after-last'; afterParam: string; hasMore: string[]; itemId: string; items: string[] }
  /** The `Link: <...>; rel="next"` header (RFC 8288), as GitHub's API pages. */
  | { style: 'link'; items: string[] };

// Pages and page promises are async-iterable. The iterator methods are attached to the
// prototypes below rather than declared as computed class members, whose declarations
// TypeScript's per-file declaration emit writes twice (a duplicate identifier for tsc).
export interface Page<Item> extends AsyncIterable<Item> {}

/**
 * One page of a list. Iterate it with `for await` to walk every item of every page lazily, or
 * use `iterPages()` / `hasNextPage()` / `getNextPage()`. Whatever the style, walking ends at an
 * empty page, at a cursor (or next link, or last id) seen before, and after `maxPages` pages
 * (request option), so that a server that repeats itself cannot make the walk endless; the
 * request's `signal` aborts it.
 */
export class Page<Item> {
  constructor(
    private readonly client: APIClient,
    private readonly spec: RequestSpec & { pagination: PaginationSpec },
    private readonly options: RequestOptions,
    /** The items of this page. */
    readonly items: Item[],
    /** The whole response body. */
    readonly body: unknown,
    private readonly headers: Headers,
    /** Cursors, next links and last ids the walk has used, and how many pages it has fetched. */
    private readonly walk: { seen: Set<string>; pages: number } = { seen: new Set(), pages: 1 },
  ) {}

  /** Cloudflare's `result_info`, where the list has one. */
  get info(): PageInfo | undefined {
    const pagination = this.spec.pagination;
    return pagination.style === 'page' && pagination.info
      ? (at(this.body, pagination.info) as PageInfo | undefined)
      : undefined;
  }

  /** For a page-numbered list, the number this page was fetched with (1-based). */
  get page(): number | undefined {
    const pagination = this.spec.pagination;
    if (pagination.style !== 'page') return undefined;
    return Number(this.info?.page ?? this.spec.query?.[pagination.pageParam] ?? 1);
  }

  /** The request that fetches the next page, or `undefined` when this is the last one. */
  nextPageSpec(): RequestSpec | undefined {
    return this.#next()?.spec;
  }

  /** The next request, and the key that marks it walked (a cursor, a last id, a link), if any. */
  #next(): { spec: RequestSpec; key?: string } | undefined {
    if (this.items.length === 0) return undefined;
    if (this.options.maxPages !== undefined && this.walk.pages >= this.options.maxPages)
      return undefined;
    const spec = this.spec;
    const query = spec.query ?? {};
    const pagination = spec.pagination;
    switch (pagination.style) {
      case 'page': {
        const page = this.page!;
        if (!this.morePages(page)) return undefined;
        return { spec: { ...spec, query: { ...query, [pagination.pageParam]: page + 1 } } };
      }
      case 'offset': {
        const offset = Number(query[pagination.offsetParam] ?? 0) + this.items.length;
        const total = pagination.total ? Number(at(this.body, pagination.total)) : NaN;
        if (Number.isFinite(total) && offset >= total) return undefined;
        if (!Number.isFinite(total) && this.short(pagination.limitParam)) return undefined;
        return { spec: { ...spec, query: { ...query, [pagination.offsetParam]: offset } } };
      }
      case 'cursor': {
        const cursor = at(this.body, pagination.nextCursor);
        if ((typeof cursor !== 'string' && typeof cursor !== 'number') || cursor === '')
          return undefined;
        return this.once(`cursor:${cursor}`, {
          ...spec,
          query: { ...query, [pagination.cursorParam]: cursor },
        });
      }
      case 'after-last': {
        if (at(this.body, pagination.hasMore) !== true) return undefined;
        const id = (this.items[this.items.length - 1] as Record<string, unknown> | undefined)?.[
          pagination.itemId
        ];
        if (typeof id !== 'string' && typeof id !== 'number') return undefined;
        return this.once(`after:${id}`, {
          ...spec,
          query: { ...query, [pagination.afterParam]: id },
        });
      }
      case 'link': {
        const next = nextLink(this.headers.get('link'));
        const url = next === undefined ? undefined : this.sameOrigin(next);
        return url === undefined
          ? undefined
          : this.once(`link:${url}`, { ...spec, path: url, query: {} });
      }
    }
  }

  hasNextPage(): boolean {
    return this.nextPageSpec() !== undefined;
  }

  async getNextPage(): Promise<Page<Item>> {
    const next = this.#next();
    if (next === undefined) throw new Error('No next page: check hasNextPage() first.');
    const { spec, key } = next;
    if (key !== undefined) this.walk.seen.add(key);
    const walk = { seen: this.walk.seen, pages: this.walk.pages + 1 };
    return (await fetchPage<Item>(this.client, spec as RequestSpec, this.options, walk)).data;
  }

  async *iterPages(): AsyncGenerator<Page<Item>> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Page-numbered: by `result_info`'s counts when the list reports them, else a short page is the last. */
  private morePages(page: number): boolean {
    const info = this.info;
    const pagination = this.spec.pagination as Extract<PaginationSpec, { style: 'page' }>;
    if (info?.total_pages !== undefined) return page < info.total_pages;
    const size = Number(info?.per_page ?? this.spec.query?.[pagination.sizeParam ?? ''] ?? NaN);
    if (info?.total_count !== undefined && Number.isFinite(size))
      return page * size < info.total_count;
    return !this.short(pagination.sizeParam, size);
  }

  /** A page with fewer items than the size the request asked for is the last. */
  private short(
    sizeParam: string | undefined,
    size = Number(this.spec.query?.[sizeParam ?? ''] ?? NaN),
  ): boolean {
    return Number.isFinite(size) && this.items.length < size;
  }

  /** The next request, unless the walk has been there before (a server repeating a cursor). */
  private once(key: string, spec: RequestSpec): { spec: RequestSpec; key: string } | undefined {
    return this.walk.seen.has(key) ? undefined : { spec, key };
  }

  /**
   * A next link's path and query, when it is on the client's own origin: credentials are never
   * sent to a host a response names.
   */
  private sameOrigin(link: string): string | undefined {
    let url: URL;
    let base: URL;
    try {
      base = new URL(this.client.baseURL);
      url = new URL(link, base);
    } catch {
      return undefined;
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/$/, '')))
      return undefined;
    return url.pathname.slice(base.pathname.replace(/\/$/, '').length) + url.search;
  }
}

Page.prototype[Symbol.asyncIterator] = async function* <Item>(
  this: Page<Item>,
): AsyncGenerator<Item> {
  for await (const page of this.iterPages()) yield* page.items;
};

export interface PagePromise<Item> extends AsyncIterable<Item> {}

/** The promise list methods return: await it for the first page, or `for await` it for every item. */
export class PagePromise<Item> extends APIPromise<Page<Item>> {}

PagePromise.prototype[Symbol.asyncIterator] = async function* <Item>(
  this: PagePromise<Item>,
): AsyncGenerator<Item> {
  yield* await this;
};

/** The value at `path` in `value`, or `undefined`. */
function at(value: unknown, path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The target of the `rel="next"` link of a `Link` header (RFC 8288), if there is one. */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    const rel = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('next')) return match[1];
  }
  return undefined;
}

export function fetchPage<Item>(
  client: APIClient,
  spec: RequestSpec,
  options: RequestOptions,
  walk?: { seen: Set<string>; pages: number },
): Promise<Sent<Page<Item>>> {
  const paged = spec as RequestSpec & { pagination: PaginationSpec };
  return (
    client
      .send<unknown>({ ...spec, keepEnvelope: true }, options)
      // A page is a JSON body, read with the response: the outcome is a `Sent`.
      .then((outcome) => {
        const sent = outcome as Sent<unknown>;
        const value = spec.envelope !== undefined ? at(sent.data, [spec.envelope]) : sent.data;
        const items = at(value, paged.pagination.items);
        const page = new Page<Item>(
          client,
          paged,
          options,
          Array.isArray(items) ? (items as Item[]) : [],
          sent.data,
          sent.headers,
          walk,
        );
        return sent.withData(page);
      })
  );
}

export function requestPage<Item>(
  client: APIClient,
  spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>),
  options: RequestOptions = {},
): PagePromise<Item> {
  return new PagePromise<Item>(withSpec(spec, (s) => fetchPage<Item>(client, s, options)));
}
