/** The `encoding` entry of one property of a multipart body (OpenAPI's Encoding Object). */
export interface MultipartEncoding {
    contentType?: string;
}
/**
 * Builds the `FormData` of a `multipart/form-data` body. `fetch` writes it, with a boundary of its
 * own and the `Content-Type` header that names it: do not set that header yourself. Send it through
 * `toRequestBody`, for the `redirect: 'error'` that keeps Node's fetch from holding what it sent.
 *
 * Each property becomes parts, in order:
 * - a file ({@link Uploadable}) becomes a file part. Its filename is the File's own name, else the
 *   field name: Cloudflare's Workers upload names each module's part and file by the module's file
 *   name, and a server storing uploads should not see every one as "blob". Its content type is the
 *   `encoding` entry's `contentType` (the File's own type when it is one of the types a list or
 *   wildcard allows), else the File's type, else `application/octet-stream`, OpenAPI's default for
 *   binary. A stream is read into memory first (see `toFile`); pass `fs.openAsBlob(path)` for a
 *   large file on disk.
 * - an array becomes one part per item, all with the field's name (never `name[]`, never one part
 *   of JSON), each item encoded by these rules; unless `contentType` is JSON, which sends the
 *   whole array as one JSON part.
 * - a plain object becomes one part holding its JSON, with `contentType` or `application/json`.
 * - a string, number, boolean or bigint becomes a text part; a Date its ISO 8601 text. With a
 *   JSON `contentType` it is sent as JSON instead (`"text"`, `7`), and with any other non-text
 *   type as a part of that type holding the text.
 * - `undefined` and `null` are left out: multipart has no null, and a text part "null" would read
 *   as the string. With a JSON `contentType`, `null` is sent as the JSON `null`.
 *
 * A part that is not a file but has a content type (JSON, say) is a Blob without a name, which
 * FormData sends with the filename "blob", as browsers do.
 */
export declare function toFormData(fields: Record<string, unknown>, encoding?: Record<string, MultipartEncoding>): Promise<FormData>;
