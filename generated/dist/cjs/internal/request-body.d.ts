import type { BodyContent } from './body-content.js';
import { type RequestBody } from '../core/uploads.js';
/** A body ready for `fetch`, with the `content-type` to send (none for multipart: fetch writes the boundary). */
export interface EncodedBody extends RequestBody {
    contentType: string | undefined;
}
/**
 * Encodes a body as its media type says (synchronously, but for multipart bodies):
 * - JSON: `JSON.stringify`, sent with the declared media type (`application/merge-patch+json`...);
 * - form: bracket notation honouring the spec's `encoding` (internal/form-urlencoded.ts);
 * - multipart: the platform's FormData, files as file parts, `encoding.contentType` per part
 *   (internal/multipart.ts); no `content-type` is set, so that fetch writes it with its boundary;
 * - binary: bytes, a Blob, a stream or a string sent as they are (core/uploads.ts); the declared
 *   media type, or the Blob's own type where the spec declares a range (`image/*`, `*\/*`);
 * - text: the string as it is (another value as JSON text, as the spec's schema for it says);
 * - NDJSON: a file, bytes, a stream or a string as they are, or an array of records, one JSON
 *   document per line.
 */
export declare function encodeBody(value: unknown, content: BodyContent): EncodedBody | Promise<EncodedBody>;
