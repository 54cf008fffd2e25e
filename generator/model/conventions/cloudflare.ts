import type { Pagination } from '../ir.js';
import { propertiesOf } from '../properties.js';
import type { ListShape } from './list-shape.js';

/** Envelope members that describe the call rather than hold its result. */
const ENVELOPE_META = new Set(['success', 'errors', 'messages', 'result_info']);

/**
 * Cloudflare's v4 API: success bodies are `{ success, errors, messages, result }` (some name the
 * result differently: `{ success, errors, messages, data }`), and lists report their paging in
 * `result_info`: a `cursor` for the next page where the operation takes a `cursor` parameter,
 * else page counts for `page` / `per_page`.
 */
export const CLOUDFLARE = {
  envelopeField(properties: ReadonlySet<string>): string | undefined {
    if (properties.has('result')) return 'result';
    if (!properties.has('success')) return undefined;
    // An envelope whose result has another name: the one member that is not metadata.
    const others = [...properties].filter((name) => !ENVELOPE_META.has(name));
    return others.length === 1 ? others[0] : undefined;
  },

  pagination(shape: ListShape): Pagination | undefined {
    const info = shape.body.get('result_info');
    if (!info) return undefined;
    const fields = new Set(propertiesOf(info, shape.byId).map((p) => p.name));
    if (shape.query.has('cursor') && fields.has('cursor')) return { style: 'cursor', cursorParam: 'cursor', nextCursor: ['result_info', 'cursor'], items: shape.items };
    if (shape.query.has('page') && shape.query.has('per_page')) return { style: 'page', pageParam: 'page', sizeParam: 'per_page', items: shape.items, info: ['result_info'] };
    return undefined;
  },
};
