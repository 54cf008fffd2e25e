import { APIPromise } from "./api-promise.js";
import { withSpec } from "./request.js";
class Page {
  constructor(client, spec, options, items, info) {
    this.client = client;
    this.spec = spec;
    this.options = options;
    this.items = items;
    this.info = info;
  }
  /** The page number this page was fetched with (1-based). */
  get page() {
    return this.info?.page ?? Number(this.spec.query?.page ?? 1);
  }
  /** Decided by `result_info` counts when present, so a full last page is not followed by an empty request. */
  hasNextPage() {
    if (this.items.length === 0) return false;
    const info = this.info;
    if (info?.total_pages !== void 0) return this.page < info.total_pages;
    const perPage = info?.per_page ?? Number(this.spec.query?.per_page ?? NaN);
    if (info?.total_count !== void 0 && Number.isFinite(perPage))
      return this.page * perPage < info.total_count;
    return Number.isFinite(perPage) ? this.items.length >= perPage : true;
  }
  async getNextPage() {
    if (!this.hasNextPage()) throw new Error("No next page: check hasNextPage() first.");
    const spec = { ...this.spec, query: { ...this.spec.query, page: this.page + 1 } };
    return (await fetchPage(this.client, spec, this.options)).data;
  }
  async *iterPages() {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
}
Page.prototype[Symbol.asyncIterator] = async function* () {
  for await (const page of this.iterPages()) yield* page.items;
};
class PagePromise extends APIPromise {
}
PagePromise.prototype[Symbol.asyncIterator] = async function* () {
  yield* await this;
};
function fetchPage(client, spec, options) {
  return client.send({ ...spec, keepEnvelope: true }, options).then((outcome) => {
    const sent = outcome;
    const items = sent.data[spec.envelope ?? "result"] ?? [];
    const info = sent.data.result_info;
    return sent.withData(
      new Page(client, spec, options, Array.isArray(items) ? items : [], info)
    );
  });
}
function requestPage(client, spec, options = {}) {
  return new PagePromise(withSpec(spec, (s) => fetchPage(client, s, options)));
}
export {
  Page,
  PagePromise,
  fetchPage,
  requestPage
};
