import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import { kindOf } from './bodies.js';
import type { MediaKind, Response, Schema } from './ir.js';
import { contentsOf, isMediaType, mediaKind, preferredContent, type Content } from './media-types.js';
import type { SchemaConverter } from './schema-object.js';

type Raw = Record<string, unknown>;

/**
 * The success response a method resolves to: the lowest 2xx status the operation declares, read
 * as its preferred media type (model/media-types.ts). For JSON, the body's schema, which the API's
 * conventions may unwrap later (model/results.ts), once every named schema is known; for bytes a
 * Blob, for text a string; for streams the schema of one item, when the spec gives one (OpenAPI
 * 3.2's `itemSchema`, or the media type's `schema` where it describes an item and not the
 * whole text).
 */
export function buildResponse(operation: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string, diagnostics: Diagnostics): Response {
  const responses = (operation.responses ?? {}) as Raw;
  const status = Object.keys(responses).filter((s) => /^2/.test(s)).sort()[0];
  if (status === undefined) return { status: '200', accept: [], headers: [], validated: false };
  const found = followRefs(documents, responses[status], { file, pointer: joinPointer(pointer, 'responses', status) });
  if (!found) return { status, accept: [], headers: [], validated: false };
  const headers = Object.keys((found.value?.headers ?? {}) as Raw)
    .map((h) => h.toLowerCase())
    .sort();
  const contents = contentsOf(found.value?.content);
  const content = preferredContent(contents);
  if (!content) return { status, accept: [], headers, validated: false };
  const at = { file: found.file, pointer: joinPointer(found.pointer, 'content', content.mediaType) };
  const kind = kindOf(content.mediaType, at, diagnostics);
  // A declared "media type" that is none (`string`) is asked for as the bytes it is read as: an
  // `Accept: string` is no media range, and servers that parse Accept (Prism does) fail on it.
  const accept = [...new Set(contents.filter((c) => sameKind(c, kind)).map((c) => (isMediaType(c.mediaType) ? c.mediaType : 'application/octet-stream')))];
  for (const other of contents) {
    if (sameKind(other, kind) || !isMediaType(other.mediaType)) continue;
    const where = { file: found.file, pointer: joinPointer(found.pointer, 'content', other.mediaType) };
    diagnostics.warn('response-media-type-not-read', `The ${status} response may also be ${other.mediaType}, which the method neither asks for nor reads: it reads ${content.mediaType}. To get the other, pass an Accept header of ${other.mediaType} in the call's headers option and read it from .asResponse().`, where);
  }
  const read = { mediaType: content.mediaType, kind };
  const common = { status, accept, headers };
  const convert = (raw: unknown, key: string) => converter.convert(raw, at.file, joinPointer(at.pointer, key));
  const media = content.media ?? {};
  switch (kind) {
    case 'json':
      return media.schema === undefined ? { ...common, read, validated: false } : { ...common, read, schema: convert(media.schema, 'schema'), validated: true };
    case 'binary':
    case 'multipart':
      // A multipart response is rare (two Cloudflare operations); its bytes are the caller's to parse.
      return { ...common, read: { ...read, kind: 'binary' }, schema: { kind: 'binary', nullable: false }, validated: false };
    case 'text':
    case 'form':
      return { ...common, read: { ...read, kind: 'text' }, schema: { kind: 'string', nullable: false }, validated: false };
    case 'event-stream':
    case 'ndjson': {
      const item = itemSchema(media, kind, convert);
      return { ...common, read, ...(item ? { schema: item } : {}), validated: item !== undefined };
    }
  }
}

/** Responses of two media types of one kind are read alike: both go in `Accept`. */
function sameKind(c: Content, kind: MediaKind): boolean {
  const other = mediaKind(c.mediaType);
  return other === kind || (kind === 'binary' && other === 'multipart') || (kind === 'text' && other === 'form');
}

/**
 * The schema of one event's data or one NDJSON record: `itemSchema` (OpenAPI 3.2, also read in
 * older documents), else the media type's `schema` unless it is a plain string (the whole stream
 * as text says nothing of its items); for NDJSON, an array's items (the records as a list).
 */
function itemSchema(media: Raw, kind: MediaKind, convert: (raw: unknown, key: string) => Schema): Schema | undefined {
  if (media.itemSchema !== undefined) return convert(media.itemSchema, 'itemSchema');
  if (media.schema === undefined) return undefined;
  const raw = media.schema as Raw;
  if (raw && typeof raw === 'object' && raw.type === 'string' && raw.$ref === undefined) return undefined;
  const schema = convert(media.schema, 'schema');
  if (kind === 'ndjson' && schema.kind === 'array' && schema.items) return schema.items;
  return schema;
}

/** The statuses of the error responses the operation declares (`404`, `4XX`, `default`), sorted. */
export function errorStatuses(operation: Raw): string[] {
  return Object.keys((operation.responses ?? {}) as Raw)
    .filter((s) => !s.startsWith('2'))
    .sort();
}
