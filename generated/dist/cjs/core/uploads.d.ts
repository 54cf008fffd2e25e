/**
 * What a caller may pass where the spec takes a file or raw bytes. `Uint8Array` includes Node's
 * `Buffer`; `AsyncIterable` includes Node's readable streams (`fs.createReadStream`).
 */
export type Uploadable = Blob | File | Uint8Array | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
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
export declare function isBlobLike(value: unknown): value is Blob;
export declare function isFileLike(value: unknown): value is File;
/** True for a value sent as a file part, or as raw bytes: every {@link Uploadable}. */
export declare function isUploadable(value: unknown): value is Uploadable;
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
export declare function toFile(data: ToFileInput, name?: string, options?: {
    type?: string;
}): Promise<File>;
/**
 * Turns a body value (raw bytes for `application/octet-stream`, `image/png`, ...; or the FormData
 * of a multipart body) into what `fetch` sends. Bytes, Blobs and strings are sent as they are and
 * can be sent again on a retry; a ReadableStream, or an async iterable made into one, is streamed
 * as it is read (`duplex: 'half'`), never buffered, and so cannot be retried. `path` names the
 * value in an error.
 */
export declare function toRequestBody(value: unknown, path?: string): RequestBody;
/** The bytes a buffer or view covers, as a Uint8Array over the same memory (no copy). */
export declare function bytesOf(value: ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer>;
/**
 * A ReadableStream that pulls from an async iterable one chunk at a time, as `fetch` asks for
 * them: nothing is read ahead of the socket. Cancelling it (an aborted request) ends the iterable.
 */
export declare function readableStreamOf(source: AsyncIterable<unknown>): ReadableStream<Uint8Array>;
/** The file name a value carries: a File's name, or the last segment of a Node file stream's path. */
export declare function uploadName(value: unknown): string | undefined;
