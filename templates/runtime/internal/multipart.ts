import { InvalidParameterError } from '../core/errors.js';
import { bytesOf, isBlobLike, isUploadable, toFile, uploadName } from '../core/uploads.js';

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
export async function toFormData(
  fields: Record<string, unknown>,
  encoding: Record<string, MultipartEncoding> = {},
): Promise<FormData> {
  const form = new FormData();
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    const contentType = Object.prototype.hasOwnProperty.call(encoding, name)
      ? encoding[name]?.contentType
      : undefined;
    if (contentType !== undefined && isJson(contentType) && !isUploadable(value)) {
      if (value !== undefined)
        form.append(name, new Blob([jsonOf(value, name)], { type: contentType }));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        await appendPart(form, name, value[i], contentType, `/${pointer(name)}/${i}`);
    } else {
      await appendPart(form, name, value, contentType, `/${pointer(name)}`);
    }
  }
  return form;
}

async function appendPart(
  form: FormData,
  name: string,
  value: unknown,
  contentType: string | undefined,
  path: string,
): Promise<void> {
  if (value === undefined || value === null) return;
  if (isBlobLike(value)) {
    const type = partType(contentType, value.type);
    const fileName = uploadName(value) ?? name;
    form.append(
      name,
      type === value.type ? value : new File([value], fileName, { type }),
      fileName,
    );
  } else if (
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    Object.prototype.toString.call(value) === '[object ArrayBuffer]'
  ) {
    form.append(
      name,
      new File([bytesOf(value as ArrayBuffer | ArrayBufferView)], name, {
        type: partType(contentType, ''),
      }),
    );
  } else if (isUploadable(value)) {
    // A ReadableStream or async iterable: read into a File, named by the stream's path if it has one.
    form.append(
      name,
      await toFile(value, uploadName(value) ?? name, { type: partType(contentType, '') }),
    );
  } else if (Object.prototype.toString.call(value) === '[object Date]') {
    appendText(form, name, (value as Date).toISOString(), contentType);
  } else if (typeof value === 'object') {
    form.append(name, new Blob([jsonOf(value, name)], { type: contentType ?? 'application/json' }));
  } else if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    if (contentType !== undefined && isJson(contentType))
      form.append(
        name,
        new Blob([typeof value === 'bigint' ? String(value) : JSON.stringify(value)], {
          type: contentType,
        }),
      );
    else appendText(form, name, String(value), contentType);
  } else {
    throw new InvalidParameterError([
      {
        path,
        message: 'cannot be sent in a multipart body',
        expected: 'a file, string, number, boolean, array or object',
        received: typeof value,
      },
    ]);
  }
}

/** A text part; one of a declared non-text type is a Blob of that type holding the text. */
function appendText(
  form: FormData,
  name: string,
  text: string,
  contentType: string | undefined,
): void {
  if (contentType === undefined || /^text\/plain\s*(;|$)/i.test(contentType))
    form.append(name, text);
  else form.append(name, new Blob([text], { type: contentType }));
}

/**
 * The content type of a file part. `contentType` may be a list (`image/png, image/jpeg`) or have
 * wildcards (`image/*`): the file's own type is kept when the list allows it, else the first
 * concrete type of the list is sent.
 */
function partType(contentType: string | undefined, ownType: string): string {
  if (contentType === undefined) return ownType || 'application/octet-stream';
  const allowed = contentType
    .split(',')
    .map((type) => type.trim())
    .filter((type) => type !== '');
  const own = essence(ownType);
  if (own !== '' && allowed.some((type) => matches(essence(type), own))) return ownType;
  return allowed.find((type) => !type.includes('*')) ?? (ownType || 'application/octet-stream');
}

/** The `type/subtype` of a media type, lower-cased, without parameters. */
function essence(type: string): string {
  return type.split(';')[0]!.trim().toLowerCase();
}

function matches(pattern: string, type: string): boolean {
  if (pattern === '*/*' || pattern === type) return true;
  return pattern.endsWith('/*') && type.startsWith(pattern.slice(0, -1));
}

function isJson(contentType: string): boolean {
  const type = essence(contentType);
  return type === 'application/json' || type.endsWith('+json');
}

function jsonOf(value: unknown, name: string): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (error) {
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be sent as JSON: ${(error as Error).message}`,
        expected: 'a JSON value',
        received: typeof value,
      },
    ]);
  }
}

/** A property name as a JSON pointer segment. */
function pointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
