import type { MediaKind } from './ir.js';

type Raw = Record<string, unknown>;

/** A Media Type Object of a `content` map, with its media type. */
export interface Content {
  mediaType: string;
  media: Raw | undefined;
}

/** Media types whose bodies are text though not `text/*`. */
const TEXT_TYPES = new Set([
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'application/xml',
  'application/x-pem-file',
  'application/x-yaml',
  'application/yaml',
  'application/sql',
  'application/graphql',
  'application/csv',
  'application/x-sh',
  'message/rfc822',
]);

const NDJSON_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
  'application/json-lines',
]);

/**
 * How a body of this media type travels. Parameters (`;charset=UTF-8`) and case do not matter.
 * Anything that is neither JSON, a form, multipart, a stream nor text is bytes: an image, a PDF,
 * a zip, `application/octet-stream`, and a media type the spec misspells (no `/`), so that no
 * byte of it is altered.
 */
export function mediaKind(mediaType: string): MediaKind {
  const type = essence(mediaType);
  if (type === 'text/event-stream') return 'event-stream';
  if (NDJSON_TYPES.has(type)) return 'ndjson';
  if (type === 'application/json' || type === 'text/json' || /^[a-z0-9.+-]+\/[a-z0-9.+-]*\+json$/.test(type)) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/') || TEXT_TYPES.has(type) || type.endsWith('+xml')) return 'text';
  return 'binary';
}

/** `Text/Plain; charset=UTF-8` -> `text/plain`. */
export function essence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** Whether the media type is `type/subtype` at all (`string` is a mistake some specs make). */
export function isMediaType(mediaType: string): boolean {
  return /^[^\s/]+\/[^\s/]+$/.test(essence(mediaType));
}

/** Every Media Type Object of a `content` map, in spec order. */
export function contentsOf(content: unknown): Content[] {
  if (!content || typeof content !== 'object' || Array.isArray(content)) return [];
  return Object.entries(content as Raw).map(([mediaType, media]) => ({ mediaType, media: media && typeof media === 'object' ? (media as Raw) : undefined }));
}

/**
 * The media type a response is read as: the first JSON one (what the client understands best,
 * and what it asks for), else the first declared. The `Accept` header lists every declared type
 * of the same kind.
 */
export function preferredContent(contents: Content[]): Content | undefined {
  return contents.find((c) => mediaKind(c.mediaType) === 'json') ?? contents[0];
}
