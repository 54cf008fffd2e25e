import { InvalidParameterError } from './errors.js';

/**
 * What a caller may pass where the spec takes a file or raw bytes. `Uint8Array` includes Node's
 * `Buffer`; `AsyncIterable` includes Node's readable streams (`fs.createReadStream`).
 */
export type Uploadable =
  | Blob
  | File
  | Uint8Array
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/** What {@link toFile} also takes: text (sent as UTF-8) and a fetched `Response`. */
export type ToFileInput = Uploadable | string | Response;

/**
 * A request body ready for `fetch`: pass `body`, and `duplex` and `redirect` when set, in its init.
 *
 * - `replayable` is false for a stream, which is read as it is sent: a request that sent it cannot
 *   be retried (nor follow a 307/308 redirect, which the Fetch standard makes a network error).
 * - `duplex: 'half'` is required by `fetch` for a stream body.
 * - `redirect: 'error'` is set for bodies that are streamed (a stream, FormData): Node's fetch
 *   (undici 6 and 7, nodejs/undici#4058) otherwise keeps every byte it sent, in case a redirect
 *   needs them again, so that a 200 MB upload holds 200 MB until the request is collected. With
 *   it a redirect becomes a network error, which for a streamed upload it would nearly always be.
 */
export interface RequestBody {
  body: BodyInit;
  replayable: boolean;
  duplex?: 'half';
  redirect?: 'error';
  /** The value's own media type (a Blob's `type`), when it has one. */
  type?: string;
}

// The checks below are structural, not `instanceof`: a value from another realm (an iframe, a
// Node `vm` context, a test runner's sandbox) or another copy of the classes is still recognised.

export function isBlobLike(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    typeof (value as Blob).stream === 'function' &&
    typeof (value as Blob).size === 'number' &&
    typeof (value as Blob).type === 'string'
  );
}

export function isFileLike(value: unknown): value is File {
  return (
    isBlobLike(value) &&
    typeof (value as File).name === 'string' &&
    typeof (value as File).lastModified === 'number'
  );
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return (
    value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]'
  );
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ReadableStream).getReader === 'function' &&
    typeof (value as ReadableStream).cancel === 'function'
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function isFormData(value: unknown): value is FormData {
  return Object.prototype.toString.call(value) === '[object FormData]';
}

function isURLSearchParams(value: unknown): value is URLSearchParams {
  return Object.prototype.toString.call(value) === '[object URLSearchParams]';
}

function isResponseLike(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).blob === 'function' &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).headers === 'object'
  );
}

/** True for a value sent as a file part, or as raw bytes: every {@link Uploadable}. */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    isBlobLike(value) ||
    isArrayBuffer(value) ||
    ArrayBuffer.isView(value) ||
    isReadableStream(value) ||
    isAsyncIterable(value)
  );
}

/**
 * Makes a `File` of anything {@link ToFileInput} holds. An existing File keeps its name, type and
 * date unless `name` or `type` override them, and is returned as it is when neither does (no
 * copy). The name is otherwise `name`, else the one the data carries (a Node file stream's path,
 * a Response's `Content-Disposition` or URL), else "blob", as `FormData` names a Blob. A string's
 * type defaults to `text/plain;charset=utf-8`.
 *
 * A stream is read to the end first: the web platform has no File backed by a stream. To send a
 * large file from disk without holding it in memory, pass `fs.openAsBlob(path)` (Node 20), which
 * is read from disk as the request is sent.
 */
export async function toFile(
  data: ToFileInput,
  name?: string,
  options: { type?: string } = {},
): Promise<File> {
  if (isFileLike(data)) {
    if (name === undefined && options.type === undefined) return data;
    return new File([data], name ?? data.name, {
      type: options.type ?? data.type,
      lastModified: data.lastModified,
    });
  }
  if (isBlobLike(data))
    return new File([data], name ?? 'blob', { type: options.type ?? data.type });
  if (typeof data === 'string')
    return new File([data], name ?? 'blob', { type: options.type ?? 'text/plain;charset=utf-8' });
  if (isArrayBuffer(data) || ArrayBuffer.isView(data))
    return new File([bytesOf(data)], name ?? 'blob', { type: options.type ?? '' });
  if (isResponseLike(data)) {
    const blob = await data.blob();
    return new File([blob], name ?? responseFileName(data) ?? 'blob', {
      type: options.type ?? blob.type,
    });
  }
  if (isReadableStream(data) || isAsyncIterable(data)) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of iterate(data)) chunks.push(chunk);
    return new File(chunks as BlobPart[], name ?? streamFileName(data) ?? 'blob', {
      type: options.type ?? '',
    });
  }
  throw new TypeError(
    `toFile: expected a Blob, File, ArrayBuffer, typed array, ReadableStream, async iterable, string or Response, received ${describe(data)}`,
  );
}

/**
 * Turns a body value (raw bytes for `application/octet-stream`, `image/png`, ...; or the FormData
 * of a multipart body) into what `fetch` sends. Bytes, Blobs and strings are sent as they are and
 * can be sent again on a retry; a ReadableStream, or an async iterable made into one, is streamed
 * as it is read (`duplex: 'half'`), never buffered, and so cannot be retried. `path` names the
 * value in an error.
 */
export function toRequestBody(value: unknown, path = '/body'): RequestBody {
  if (typeof value === 'string') return { body: value, replayable: true };
  // FormData is written again for each attempt, from Blobs that can be read again.
  if (isFormData(value)) return { body: value, replayable: true, redirect: 'error' };
  if (isURLSearchParams(value)) return { body: value, replayable: true };
  if (isBlobLike(value))
    return value.type === ''
      ? { body: value, replayable: true }
      : { body: value, replayable: true, type: value.type };
  if (isArrayBuffer(value) || ArrayBuffer.isView(value))
    return { body: bytesOf(value), replayable: true };
  if (isReadableStream(value))
    return { body: value, replayable: false, duplex: 'half', redirect: 'error' };
  if (isAsyncIterable(value))
    return { body: readableStreamOf(value), replayable: false, duplex: 'half', redirect: 'error' };
  throw new InvalidParameterError([
    {
      path,
      message:
        'must be a Blob, File, ArrayBuffer, typed array, ReadableStream, async iterable or string',
      expected: 'binary data',
      received: describe(value),
    },
  ]);
}

/** The bytes a buffer or view covers, as a Uint8Array over the same memory (no copy). */
export function bytesOf(value: ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer> {
  if (isArrayBuffer(value)) return new Uint8Array(value);
  return new Uint8Array(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
}

/** The chunks of a stream or async iterable as bytes; strings (a stream with an encoding set) as UTF-8. */
async function* iterate(
  source: ReadableStream<Uint8Array> | AsyncIterable<unknown>,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield chunkBytes(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<unknown>) yield chunkBytes(chunk);
}

const encoder = new TextEncoder();

function chunkBytes(chunk: unknown): Uint8Array<ArrayBuffer> {
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (isArrayBuffer(chunk) || ArrayBuffer.isView(chunk)) return bytesOf(chunk);
  throw new TypeError(`a stream chunk must be bytes or a string, received ${describe(chunk)}`);
}

/**
 * A ReadableStream that pulls from an async iterable one chunk at a time, as `fetch` asks for
 * them: nothing is read ahead of the socket. Cancelling it (an aborted request) ends the iterable.
 */
export function readableStreamOf(source: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<unknown> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= source[Symbol.asyncIterator]();
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(chunkBytes(value));
      },
      async cancel(reason) {
        await iterator?.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The file name a value carries: a File's name, or the last segment of a Node file stream's path. */
export function uploadName(value: unknown): string | undefined {
  if (isFileLike(value)) return value.name === '' ? undefined : value.name;
  return typeof value === 'object' && value !== null ? streamFileName(value) : undefined;
}

function streamFileName(stream: object): string | undefined {
  // A Node fs.ReadStream has the path it reads.
  const path = (stream as { path?: unknown }).path;
  return typeof path === 'string' ? baseName(path) : undefined;
}

function responseFileName(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return baseName(decodeURIComponent(extended[1]!.trim()));
    } catch {
      // A malformed escape: fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(disposition);
  if (plain) return baseName(plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!);
  if (!response.url) return undefined;
  try {
    const last = new URL(response.url).pathname.split('/').pop();
    return last ? baseName(decodeURIComponent(last)) : undefined;
  } catch {
    return undefined;
  }
}

/** The last segment of a path, POSIX or Windows; `undefined` when there is none. */
function baseName(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop();
  return name ? name : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}
