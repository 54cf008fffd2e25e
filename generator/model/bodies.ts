import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { MediaContent, MediaKind, PropertyEncoding, RequestBody, Schema } from './ir.js';
import { contentsOf, isMediaType, mediaKind } from './media-types.js';
import type { SchemaConverter } from './schema-object.js';

type Raw = Record<string, unknown>;

/**
 * The operation's Request Body Object (through a `$ref`) with every media type it declares, in
 * spec order, or nothing when it has none. Each media type's schema is what is sent as it: raw
 * bodies and multipart files are bytes, text bodies strings (see `sentSchema`).
 */
export function buildRequestBody(operation: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string, diagnostics: Diagnostics): RequestBody | undefined {
  const found = followRefs(documents, operation.requestBody, { file, pointer: joinPointer(pointer, 'requestBody') });
  const body = found?.value;
  if (!found || !body) return undefined;
  const contents: MediaContent[] = [];
  for (const { mediaType, media } of contentsOf(body.content)) {
    const at = joinPointer(found.pointer, 'content', mediaType);
    const kind = kindOf(mediaType, { file: found.file, pointer: at }, diagnostics);
    const declared = media?.schema === undefined ? undefined : converter.convert(media.schema, found.file, joinPointer(at, 'schema'));
    const encoding = encodingOf(media?.encoding);
    const schema = sentSchema(kind, declared, encoding, documents, converter);
    contents.push({ mediaType, kind, schema, encoding });
  }
  if (contents.length === 0) return undefined;
  return { required: body.required === true, ...(typeof body.description === 'string' ? { description: body.description } : {}), contents };
}

/** The kind of a media type; one that is no media type at all is read as bytes, with a warning. */
export function kindOf(mediaType: string, at: { file: string; pointer: string }, diagnostics: Diagnostics): MediaKind {
  if (isMediaType(mediaType)) return mediaKind(mediaType);
  diagnostics.warn('media-type-invalid', `"${mediaType}" is not a media type (type/subtype); its body is sent and read as raw bytes (application/octet-stream).`, at);
  return 'binary';
}

/** The Encoding Object of each property, sorted by property name. */
function encodingOf(raw: unknown): MediaContent['encoding'] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: MediaContent['encoding'] = [];
  for (const property of Object.keys(raw).sort()) {
    const e = (raw as Raw)[property];
    if (!e || typeof e !== 'object') continue;
    const r = e as Raw;
    const encoding: PropertyEncoding = {
      ...(typeof r.contentType === 'string' ? { contentType: r.contentType } : {}),
      ...(typeof r.style === 'string' ? { style: r.style } : {}),
      ...(typeof r.explode === 'boolean' ? { explode: r.explode } : {}),
      ...(typeof r.allowReserved === 'boolean' ? { allowReserved: r.allowReserved } : {}),
    };
    out.push({ property, encoding });
  }
  return out;
}

const BINARY: Schema = { kind: 'binary', nullable: false };

/**
 * What a call passes as the body of this media type:
 * - raw bytes (`application/octet-stream`, `image/png`, ...): a file, bytes, a stream or a string;
 * - text: a string (or, where the spec gives an object schema, that object, sent as JSON text);
 * - NDJSON: the lines as they are, or an array of records;
 * - multipart: the fields, each file part (`format: binary`, 3.1's `contentMediaType`, a part
 *   whose `encoding.contentType` is not text) bytes, in arrays too;
 * - JSON and forms: the declared schema.
 */
function sentSchema(kind: MediaKind, declared: Schema | undefined, encoding: MediaContent['encoding'], documents: DocumentSet, converter: SchemaConverter): Schema {
  const description = declared?.description !== undefined ? { description: declared.description } : {};
  switch (kind) {
    case 'binary':
      return { kind: 'oneOf', nullable: false, members: [BINARY, { kind: 'string', nullable: false }], ...description };
    case 'ndjson':
      // The lines as they are (a file, a string), or the records, which the client writes one per line.
      return { kind: 'oneOf', nullable: false, members: [BINARY, { kind: 'string', nullable: false }, { kind: 'array', nullable: false, items: { kind: 'unknown', nullable: false }, prefixItems: [], closed: false, uniqueItems: false }], ...description };
    case 'text':
    case 'event-stream':
      // A text body whose schema is not a string (an object under `text/plain`) is that value as JSON text.
      return declared ?? { kind: 'string', nullable: false };
    case 'multipart':
      return declared ? withFileParts(declared, encoding, documents, converter) : { kind: 'object', nullable: false, properties: [], additionalProperties: true };
    default:
      return declared ?? { kind: 'unknown', nullable: false };
  }
}

/**
 * A multipart body's schema with its file parts as bytes. A `$ref` to the body's object is
 * converted again inline (its properties become bytes here, and stay strings where the same
 * schema is JSON elsewhere); nested objects are JSON parts and keep their schemas.
 */
function withFileParts(schema: Schema, encoding: MediaContent['encoding'], documents: DocumentSet, converter: SchemaConverter): Schema {
  let object = schema;
  if (object.kind === 'ref') {
    const [file, pointer] = splitId(object.target);
    object = converter.convert(documents.get(file, pointer), file, pointer);
    if (object.kind === 'ref') return schema;
  }
  if (object.kind === 'allOf') return { ...object, members: object.members.map((m) => withFileParts(m, encoding, documents, converter)) };
  if (object.kind !== 'object') return schema;
  const partTypes = new Map(encoding.map((e) => [e.property, e.encoding.contentType]));
  return { ...object, properties: object.properties.map((p) => ({ ...p, schema: partSchema(p.schema, partTypes.get(p.name), documents, converter, 0) })) };
}

/**
 * One part: bytes when its schema or its encoding says the part is a file, in arrays and unions
 * too (Workers KV's value is `anyOf: [string, binary string]`). A `$ref` is followed (inline, as
 * the body's object) only when what it leads to holds bytes; otherwise the named type stays.
 */
function partSchema(schema: Schema, contentType: string | undefined, documents: DocumentSet, converter: SchemaConverter, depth: number): Schema {
  if (depth > 8) return schema;
  const inner = (s: Schema) => partSchema(s, contentType, documents, converter, depth + 1);
  switch (schema.kind) {
    case 'array':
      return schema.items ? { ...schema, items: inner(schema.items) } : schema;
    case 'string':
      return isBinaryString(schema) || (contentType !== undefined && isFileType(contentType)) ? { ...BINARY, ...(schema.description ? { description: schema.description } : {}) } : schema;
    case 'anyOf':
    case 'oneOf': {
      const members = schema.members.map(inner);
      return members.some((m, i) => m !== schema.members[i]) ? { ...schema, members } : schema;
    }
    case 'ref': {
      const [file, pointer] = splitId(schema.target);
      const target = converter.convert(documents.get(file, pointer), file, pointer);
      const mapped = inner(target);
      return mapped !== target && holdsBytes(mapped) ? { ...mapped, ...(schema.description ? { description: schema.description } : {}) } : schema;
    }
    default:
      return schema;
  }
}

function holdsBytes(schema: Schema): boolean {
  if (schema.kind === 'binary') return true;
  if (schema.kind === 'array') return schema.items !== undefined && holdsBytes(schema.items);
  if (schema.kind === 'anyOf' || schema.kind === 'oneOf') return schema.members.some(holdsBytes);
  return false;
}

/** `format: binary` (3.0), or `contentMediaType` without a `contentEncoding` (3.1): raw bytes, not text. */
function isBinaryString(schema: Extract<Schema, { kind: 'string' }>): boolean {
  return schema.format === 'binary' || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined);
}

/** A part's declared content type that is neither text nor JSON (`image/png`, `application/octet-stream`). */
function isFileType(contentType: string): boolean {
  return contentType
    .split(',')
    .map((t) => t.trim())
    .every((t) => isMediaType(t) && mediaKind(t) === 'binary');
}

/** A named schema's id is `<file>#<pointer>`. */
function splitId(id: string): [string, string] {
  const hash = id.indexOf('#');
  return [id.slice(0, hash), id.slice(hash + 1)];
}
