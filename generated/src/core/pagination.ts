// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { APIPromise, type Sent } from './api-promise.js';
import type { APIClient } from './client.js';
import { withSpec, type RequestOptions, type RequestSpec } from './request.js';

/** Cloudflare's `result_info`. */
export interface PageInfo {
  page?: number;
  per_page?: number;
  count?: number;
  total_count?: number;
  total_pages?: number;
}

// Pages and page promises are async-iterable. The iterator methods are attached to the
// prototypes below rather than declared as computed class members, whose declarations
// TypeScript's per-file declaration emit writes twice (a duplicate identifier for tsc).
export interface Page<Item> extends AsyncIterable<Item> {}

/**
 * One page of a page-numbered list. Iterate it with `for await` to walk every item of
 * every page lazily, or use `iterPages()` / `getNextPage()`.
 */
export class Page<Item> {
  constructor(
    private readonly client: APIClient,
    private readonly spec: RequestSpec,
    private readonly options: RequestOptions,
    /** The items of this page. */
    readonly items: Item[],
    readonly info: PageInfo | undefined,
  ) {}

  /** The page number this page was fetched with (1-based). */
  get page(): number {
    return this.info?.page ?? Number(this.spec.query?.page ?? 1);
  }

  /** Decided by `result_info` counts when present, so a full last page is not followed by an empty request. */
  hasNextPage(): boolean {
    if (this.items.length === 0) return false;
    const info = this.info;
    if (info?.total_pages !== undefined) return this.page < info.total_pages;
    const perPage = info?.per_page ?? Number(this.spec.query?.per_page ?? NaN);
    if (info?.total_count !== undefined && Number.isFinite(perPage))
      return this.page * perPage < info.total_count;
    return Number.isFinite(perPage) ? this.items.length >= perPage : true;
  }

  async getNextPage(): Promise<Page<Item>> {
    if (!this.hasNextPage()) throw new Error('No next page: check hasNextPage() first.');
    const spec = { ...this.spec, query: { ...this.spec.query, page: this.page + 1 } };
    return (await fetchPage<Item>(this.client, spec, this.options)).data;
  }

  async *iterPages(): AsyncGenerator<Page<Item>> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
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

export function fetchPage<Item>(
  client: APIClient,
  spec: RequestSpec,
  options: RequestOptions,
): Promise<Sent<Page<Item>>> {
  return (
    client
      .send<Record<string, unknown>>({ ...spec, keepEnvelope: true }, options)
      // A page is a JSON body, read with the response: the outcome is a `Sent`.
      .then((outcome) => {
        const sent = outcome as Sent<Record<string, unknown>>;
        const items = (sent.data[spec.envelope ?? 'result'] ?? []) as Item[];
        const info = sent.data.result_info as PageInfo | undefined;
        return sent.withData(
          new Page<Item>(client, spec, options, Array.isArray(items) ? items : [], info),
        );
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
