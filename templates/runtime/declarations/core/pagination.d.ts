import { APIPromise, type Sent } from './api-promise.js';
import type { APIClient } from './client.js';
import { type RequestOptions, type RequestSpec } from './request.js';
/** Cloudflare's `result_info`. */
export interface PageInfo {
    page?: number;
    per_page?: number;
    count?: number;
    total_count?: number;
    total_pages?: number;
}
export interface Page<Item> extends AsyncIterable<Item> {
}
/**
 * One page of a page-numbered list. Iterate it with `for await` to walk every item of
 * every page lazily, or use `iterPages()` / `getNextPage()`.
 */
export declare class Page<Item> {
    private readonly client;
    private readonly spec;
    private readonly options;
    /** The items of this page. */
    readonly items: Item[];
    readonly info: PageInfo | undefined;
    constructor(client: APIClient, spec: RequestSpec, options: RequestOptions, 
    /** The items of this page. */
    items: Item[], info: PageInfo | undefined);
    /** The page number this page was fetched with (1-based). */
    get page(): number;
    /** Decided by `result_info` counts when present, so a full last page is not followed by an empty request. */
    hasNextPage(): boolean;
    getNextPage(): Promise<Page<Item>>;
    iterPages(): AsyncGenerator<Page<Item>>;
}
export interface PagePromise<Item> extends AsyncIterable<Item> {
}
/** The promise list methods return: await it for the first page, or `for await` it for every item. */
export declare class PagePromise<Item> extends APIPromise<Page<Item>> {
}
export declare function fetchPage<Item>(client: APIClient, spec: RequestSpec, options: RequestOptions): Promise<Sent<Page<Item>>>;
export declare function requestPage<Item>(client: APIClient, spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), options?: RequestOptions): PagePromise<Item>;
