import type { Pagination } from '../ir.js';

/** Envelope members that describe the call rather than hold its result. */
const ENVELOPE_META = new Set(['success', 'errors', 'messages', 'result_info']);

/** Cloudflare's page-numbered lists: `page` and `per_page` in the query, counts in `result_info`. */
export const CLOUDFLARE_PAGES: Pagination = { style: 'page', pageParam: 'page', perPageParam: 'per_page', infoField: 'result_info' };

/**
 * Cloudflare's v4 API: success bodies are `{ success, errors, messages, result }` (some name the
 * result differently: `{ success, errors, messages, data }`), and lists page with `page` /
 * `per_page`, reporting counts in `result_info`.
 */
export const CLOUDFLARE = {
  envelopeField(properties: ReadonlySet<string>): string | undefined {
    if (properties.has('result')) return 'result';
    if (!properties.has('success')) return undefined;
    // An envelope whose result has another name: the one member that is not metadata.
    const others = [...properties].filter((name) => !ENVELOPE_META.has(name));
    return others.length === 1 ? others[0] : undefined;
  },

  pagination(properties: ReadonlySet<string>, queryParams: ReadonlySet<string>): Pagination | undefined {
    const pageable = properties.has(CLOUDFLARE_PAGES.infoField) && queryParams.has(CLOUDFLARE_PAGES.pageParam) && queryParams.has(CLOUDFLARE_PAGES.perPageParam);
    return pageable ? CLOUDFLARE_PAGES : undefined;
  },
};
