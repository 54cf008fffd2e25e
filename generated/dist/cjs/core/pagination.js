var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var pagination_exports = {};
__export(pagination_exports, {
  Page: () => Page,
  PagePromise: () => PagePromise,
  fetchPage: () => fetchPage,
  nextLink: () => nextLink,
  requestPage: () => requestPage
});
module.exports = __toCommonJS(pagination_exports);
var import_api_promise = require("./api-promise.js");
var import_request = require("./request.js");
class Page {
  constructor(client, spec, options, items, body, headers, walk = { seen: /* @__PURE__ */ new Set(), pages: 1 }) {
    this.client = client;
    this.spec = spec;
    this.options = options;
    this.items = items;
    this.body = body;
    this.headers = headers;
    this.walk = walk;
  }
  /** Cloudflare's `result_info`, where the list has one. */
  get info() {
    const pagination = this.spec.pagination;
    return pagination.style === "page" && pagination.info ? at(this.body, pagination.info) : void 0;
  }
  /** For a page-numbered list, the number this page was fetched with (1-based). */
  get page() {
    const pagination = this.spec.pagination;
    if (pagination.style !== "page") return void 0;
    return Number(this.info?.page ?? this.spec.query?.[pagination.pageParam] ?? 1);
  }
  /** The request that fetches the next page, or `undefined` when this is the last one. */
  nextPageSpec() {
    return this.#next()?.spec;
  }
  /** The next request, and the key that marks it walked (a cursor, a last id, a link), if any. */
  #next() {
    if (this.items.length === 0) return void 0;
    if (this.options.maxPages !== void 0 && this.walk.pages >= this.options.maxPages)
      return void 0;
    const spec = this.spec;
    const query = spec.query ?? {};
    const pagination = spec.pagination;
    switch (pagination.style) {
      case "page": {
        const page = this.page;
        if (!this.morePages(page)) return void 0;
        return { spec: { ...spec, query: { ...query, [pagination.pageParam]: page + 1 } } };
      }
      case "offset": {
        const offset = Number(query[pagination.offsetParam] ?? 0) + this.items.length;
        const total = pagination.total ? Number(at(this.body, pagination.total)) : NaN;
        if (Number.isFinite(total) && offset >= total) return void 0;
        if (!Number.isFinite(total) && this.short(pagination.limitParam)) return void 0;
        return { spec: { ...spec, query: { ...query, [pagination.offsetParam]: offset } } };
      }
      case "cursor": {
        const cursor = at(this.body, pagination.nextCursor);
        if (typeof cursor !== "string" && typeof cursor !== "number" || cursor === "")
          return void 0;
        return this.once(`cursor:${cursor}`, {
          ...spec,
          query: { ...query, [pagination.cursorParam]: cursor }
        });
      }
      case "after-last": {
        if (at(this.body, pagination.hasMore) !== true) return void 0;
        const id = this.items[this.items.length - 1]?.[pagination.itemId];
        if (typeof id !== "string" && typeof id !== "number") return void 0;
        return this.once(`after:${id}`, {
          ...spec,
          query: { ...query, [pagination.afterParam]: id }
        });
      }
      case "link": {
        const next = nextLink(this.headers.get("link"));
        const url = next === void 0 ? void 0 : this.sameOrigin(next);
        return url === void 0 ? void 0 : this.once(`link:${url}`, { ...spec, path: url, query: {} });
      }
    }
  }
  hasNextPage() {
    return this.nextPageSpec() !== void 0;
  }
  async getNextPage() {
    const next = this.#next();
    if (next === void 0) throw new Error("No next page: check hasNextPage() first.");
    const { spec, key } = next;
    if (key !== void 0) this.walk.seen.add(key);
    const walk = { seen: this.walk.seen, pages: this.walk.pages + 1 };
    return (await fetchPage(this.client, spec, this.options, walk)).data;
  }
  async *iterPages() {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
  /** Page-numbered: by `result_info`'s counts when the list reports them, else a short page is the last. */
  morePages(page) {
    const info = this.info;
    const pagination = this.spec.pagination;
    if (info?.total_pages !== void 0) return page < info.total_pages;
    const size = Number(info?.per_page ?? this.spec.query?.[pagination.sizeParam ?? ""] ?? NaN);
    if (info?.total_count !== void 0 && Number.isFinite(size))
      return page * size < info.total_count;
    return !this.short(pagination.sizeParam, size);
  }
  /** A page with fewer items than the size the request asked for is the last. */
  short(sizeParam, size = Number(this.spec.query?.[sizeParam ?? ""] ?? NaN)) {
    return Number.isFinite(size) && this.items.length < size;
  }
  /** The next request, unless the walk has been there before (a server repeating a cursor). */
  once(key, spec) {
    return this.walk.seen.has(key) ? void 0 : { spec, key };
  }
  /**
   * A next link's path and query, when it is on the client's own origin: credentials are never
   * sent to a host a response names.
   */
  sameOrigin(link) {
    let url;
    let base;
    try {
      base = new URL(this.client.baseURL);
      url = new URL(link, base);
    } catch {
      return void 0;
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/$/, "")))
      return void 0;
    return url.pathname.slice(base.pathname.replace(/\/$/, "").length) + url.search;
  }
}
Page.prototype[Symbol.asyncIterator] = async function* () {
  for await (const page of this.iterPages()) yield* page.items;
};
class PagePromise extends import_api_promise.APIPromise {
}
PagePromise.prototype[Symbol.asyncIterator] = async function* () {
  yield* await this;
};
function at(value, path) {
  let node = value;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return void 0;
    node = node[key];
  }
  return node;
}
function nextLink(header) {
  if (header === null) return void 0;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? "");
    const rel = (rels?.[1] ?? rels?.[2] ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("next")) return match[1];
  }
  return void 0;
}
function fetchPage(client, spec, options, walk) {
  const paged = spec;
  return client.send({ ...spec, keepEnvelope: true }, options).then((outcome) => {
    const sent = outcome;
    const value = spec.envelope !== void 0 ? at(sent.data, [spec.envelope]) : sent.data;
    const items = at(value, paged.pagination.items);
    const page = new Page(
      client,
      paged,
      options,
      Array.isArray(items) ? items : [],
      sent.data,
      sent.headers,
      walk
    );
    return sent.withData(page);
  });
}
function requestPage(client, spec, options = {}) {
  return new PagePromise((0, import_request.withSpec)(spec, (s) => fetchPage(client, s, options)));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Page,
  PagePromise,
  fetchPage,
  nextLink,
  requestPage
});
