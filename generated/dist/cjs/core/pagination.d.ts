import { APIPromise, type Sent } from './api-promise.js';
import type { APIClient } from './client.js';
import { type RequestOptions, type RequestSpec } from './request.js';
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
{
    style: 'page';
    pageParam: string;
    sizeParam?: string;
    items: string[];
    info?: string[];
}
/** `?offset=N` (and a limit), until a short or empty page, or the `total` the body reports. */
 | {
    style: 'offset';
    offsetParam: string;
    limitParam?: string;
    items: string[];
    total?: string[];
}
/** `?cursor=` the cursor the previous page gave (`next_cursor`, Cloudflare's `result_info.cursor`). */
 | {
    style: 'cursor';
    cursorParam: string;
    nextCursor: string[];
    items: string[];
}
/** Stripe's: `?starting_after=` the last item's id, while `has_more`. */
 | {
    style: 'after-last';
    afterParam: string;
    hasMore: string[];
    itemId: string;
    items: string[];
}
/** The `Link: <...>; rel="next"` header (RFC 8288), as GitHub's API pages. */
 | {
    style: 'link';
    items: string[];
};
export interface Page<Item> extends AsyncIterable<Item> {
}
/**
 * One page of a list. Iterate it with `for await` to walk every item of every page lazily, or
 * use `iterPages()` / `hasNextPage()` / `getNextPage()`. Whatever the style, walking ends at an
 * empty page, at a cursor (or next link, or last id) seen before, and after `maxPages` pages
 * (request option), so that a server that repeats itself cannot make the walk endless; the
 * request's `signal` aborts it.
 */
export declare class Page<Item> {
    #private;
    private readonly client;
    private readonly spec;
    private readonly options;
    /** The items of this page. */
    readonly items: Item[];
    /** The whole response body. */
    readonly body: unknown;
    private readonly headers;
    /** Cursors, next links and last ids the walk has used, and how many pages it has fetched. */
    private readonly walk;
    constructor(client: APIClient, spec: RequestSpec & {
        pagination: PaginationSpec;
    }, options: RequestOptions, 
    /** The items of this page. */
    items: Item[], 
    /** The whole response body. */
    body: unknown, headers: Headers, 
    /** Cursors, next links and last ids the walk has used, and how many pages it has fetched. */
    walk?: {
        seen: Set<string>;
        pages: number;
    });
    /** Cloudflare's `result_info`, where the list has one. */
    get info(): PageInfo | undefined;
    /** For a page-numbered list, the number this page was fetched with (1-based). */
    get page(): number | undefined;
    /** The request that fetches the next page, or `undefined` when this is the last one. */
    nextPageSpec(): RequestSpec | undefined;
    hasNextPage(): boolean;
    getNextPage(): Promise<Page<Item>>;
    iterPages(): AsyncGenerator<Page<Item>>;
    /** Page-numbered: by `result_info`'s counts when the list reports them, else a short page is the last. */
    private morePages;
    /** A page with fewer items than the size the request asked for is the last. */
    private short;
    /** The next request, unless the walk has been there before (a server repeating a cursor). */
    private once;
    /**
     * A next link's path and query, when it is on the client's own origin: credentials are never
     * sent to a host a response names.
     */
    private sameOrigin;
}
export interface PagePromise<Item> extends AsyncIterable<Item> {
}
/** The promise list methods return: await it for the first page, or `for await` it for every item. */
export declare class PagePromise<Item> extends APIPromise<Page<Item>> {
}
/** The target of the `rel="next"` link of a `Link` header (RFC 8288), if there is one. */
export declare function nextLink(header: string | null): string | undefined;
export declare function fetchPage<Item>(client: APIClient, spec: RequestSpec, options: RequestOptions, walk?: {
    seen: Set<string>;
    pages: number;
}): Promise<Sent<Page<Item>>>;
export declare function requestPage<Item>(client: APIClient, spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), options?: RequestOptions): PagePromise<Item>;
