// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { InvalidParameterError } from '../core/errors.js';
import type { BodyContent } from './body-content.js';
import { toRequestBody, type RequestBody } from '../core/uploads.js';
import { describe } from '../core/validation.js';
import { encodeForm } from './form-urlencoded.js';
import { toFormData } from './multipart.js';

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
export function encodeBody(
  value: unknown,
  content: BodyContent,
): EncodedBody | Promise<EncodedBody> {
  switch (content.kind) {
    case 'json':
      return { body: JSON.stringify(value), replayable: true, contentType: content.mediaType };
    case 'form':
      return {
        body: encodeForm(asFields(value), content.encoding),
        replayable: true,
        contentType: content.mediaType,
      };
    case 'multipart':
      // The only asynchronous one: a stream or an async iterable is read into a File first.
      return toFormData(asFields(value), content.encoding).then((form) => ({
        ...toRequestBody(form),
        contentType: undefined,
      }));
    case 'binary': {
      const body = toRequestBody(value);
      const ranged = content.mediaType.includes('*');
      return {
        ...body,
        contentType: ranged ? (body.type ?? 'application/octet-stream') : content.mediaType,
      };
    }
    case 'text':
      // A value that is not a string is what the spec's schema for the text says: JSON text.
      return {
        body: typeof value === 'string' ? value : JSON.stringify(value),
        replayable: true,
        contentType: content.mediaType,
      };
    case 'ndjson':
      if (Array.isArray(value))
        return {
          body: value.map((record) => `${JSON.stringify(record)}\n`).join(''),
          replayable: true,
          contentType: content.mediaType,
        };
      return { ...toRequestBody(value), contentType: content.mediaType };
  }
}

function asFields(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw bodyError('an object of fields', value);
}

function bodyError(expected: string, value: unknown): InvalidParameterError {
  return new InvalidParameterError([
    {
      path: '/body',
      message: `must be ${expected}, received ${describe(value)}`,
      expected,
      received: describe(value),
    },
  ]);
}
