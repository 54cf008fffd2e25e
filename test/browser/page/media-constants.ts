/**
 * What the media page (media.ts) sends and the test's server expects, shared so the two cannot
 * drift apart. No Node imports: the page bundles this file for the browser.
 */

/** Where the server serves the freshly generated media-types client's dist/, module by module. */
export const CLIENT_DIR = '/media-client';
export const CLIENT_MODULE = `${CLIENT_DIR}/index.js`;

/** The media-types client's baseURL path; the spec's operation paths follow it. */
export const MEDIA_API = '/media-api';
/** A second baseURL whose event stream breaks the schema. */
export const BROKEN_API = '/media-api/broken';

/** The file the page builds and uploads with `files.create` (multipart/form-data). */
export const UPLOAD = {
  field: 'file',
  // ASCII: busboy (as readMultipart sets it up) reads a filename's bytes as latin1.
  filename: 'measurements 2024 (v2).bin',
  type: 'application/vnd.sdkgen.measurements',
  // Not a power of two, so that an off-by-one at a chunk edge shows.
  size: 262_147,
  seed: 11,
  purpose: 'batch',
  metadata: { owner: 'browser-page', public: false },
} as const;

/** `files.download` of this id resolves to a Blob. */
export const BLOB_DOWNLOAD = { id: 'blob-file', size: 3 * 1024 * 1024 + 5, seed: 23, type: 'application/octet-stream' } as const;

/**
 * `files.download(...).asResponse()` of this id: the server writes `firstPart` bytes, then holds the
 * rest until the page POSTs to `releasePath`, which the page does only after it has read a chunk
 * from the response. A client that read the body before handing the response out would wait
 * forever for bytes the server sends only when it is asked to.
 */
export const STREAMED_DOWNLOAD = {
  id: 'streamed-file',
  size: 4 * 1024 * 1024 + 7,
  firstPart: 1024 * 1024,
  seed: 29,
  type: 'application/octet-stream',
  releasePath: `${MEDIA_API}/test-control/release-download`,
} as const;

/** How long the page waits for any one step before it reports a hang instead. */
export const STEP_TIMEOUT_MS = 10_000;

/** Deterministic bytes (xorshift32), every value 0-255 included: NULs and invalid UTF-8 too. */
export function pseudoRandomBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = seed | 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}
