import type { ConventionsName } from '../../load/load-config.js';
import type { Pagination } from '../ir.js';
import type { ListShape } from './list-shape.js';
import { CLOUDFLARE } from './cloudflare.js';

/**
 * What an API's responses look like beyond what its schemas say: whether success bodies are
 * envelopes a method unwraps, and how lists page. Selected by the config's `conventions`
 * (`--conventions` on the command line), so that an API without envelopes never inherits them
 * by accident; the config's per-operation `envelope` and `pagination` override both.
 */
export interface Conventions {
  /**
   * The envelope field a method resolves to, given the property names of a success body, or
   * `undefined` when the method resolves to the whole body.
   */
  envelopeField(properties: ReadonlySet<string>): string | undefined;
  /**
   * How a list operation pages by the API's own rules, before the generic ones
   * (model/pagination.ts), or `undefined` to leave it to them. Only asked for GET operations
   * whose result is, or holds, a list.
   */
  pagination(shape: ListShape): Pagination | undefined;
}

/** No envelopes, no pagination: every method resolves to the response body as the spec declares it. */
export const NO_CONVENTIONS: Conventions = {
  envelopeField: () => undefined,
  pagination: () => undefined,
};

export function conventionsFor(name: ConventionsName): Conventions {
  return name === 'cloudflare' ? CLOUDFLARE : NO_CONVENTIONS;
}
