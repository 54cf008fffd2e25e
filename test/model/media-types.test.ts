import { describe, expect, it } from '@jest/globals';
import type { MediaKind } from '../../generator/model/ir.js';
import { contentsOf, essence, isMediaType, mediaKind, preferredContent } from '../../generator/model/media-types.js';

/**
 * generator/model/media-types.ts: how a body of each media type travels (the kind decides how
 * the client encodes a request and reads a response), and which declared media type a
 * response is read as.
 */

describe('mediaKind', () => {
  it.each<{ given: string; want: MediaKind }>([
    // JSON, and the structured-syntax +json suffix (RFC 6839).
    { given: 'application/json', want: 'json' },
    { given: 'Application/JSON; charset=utf-8', want: 'json' },
    { given: 'text/json', want: 'json' },
    { given: 'application/merge-patch+json', want: 'json' },
    { given: 'application/json-patch+json', want: 'json' },
    { given: 'application/problem+json', want: 'json' },
    { given: 'application/scim+json', want: 'json' },
    { given: 'application/vnd.api+json', want: 'json' },
    { given: 'application/vnd.github.v3+json', want: 'json' },
    // Forms and multipart.
    { given: 'application/x-www-form-urlencoded', want: 'form' },
    { given: 'multipart/form-data', want: 'multipart' },
    { given: 'multipart/form-data; boundary=x', want: 'multipart' },
    { given: 'multipart/mixed', want: 'multipart' },
    { given: 'multipart/related', want: 'multipart' },
    // Streams.
    { given: 'text/event-stream', want: 'event-stream' },
    { given: 'text/event-stream; charset=utf-8', want: 'event-stream' },
    { given: 'application/x-ndjson', want: 'ndjson' },
    { given: 'application/ndjson', want: 'ndjson' },
    { given: 'application/jsonl', want: 'ndjson' },
    { given: 'application/x-jsonlines', want: 'ndjson' },
    { given: 'application/jsonlines', want: 'ndjson' },
    { given: 'application/json-lines', want: 'ndjson' },
    // Text: text/*, and the application types that are text.
    { given: 'text/plain', want: 'text' },
    { given: 'text/html', want: 'text' },
    { given: 'text/csv', want: 'text' },
    { given: 'text/javascript', want: 'text' },
    { given: 'TEXT/PLAIN; charset=ISO-8859-1', want: 'text' },
    { given: 'application/javascript', want: 'text' },
    { given: 'application/ecmascript', want: 'text' },
    { given: 'application/x-javascript', want: 'text' },
    { given: 'application/xml', want: 'text' },
    { given: 'application/atom+xml', want: 'text' },
    { given: 'image/svg+xml', want: 'text' },
    { given: 'application/x-pem-file', want: 'text' },
    { given: 'application/x-yaml', want: 'text' },
    { given: 'application/yaml', want: 'text' },
    { given: 'application/sql', want: 'text' },
    { given: 'application/graphql', want: 'text' },
    { given: 'application/csv', want: 'text' },
    { given: 'application/x-sh', want: 'text' },
    { given: 'message/rfc822', want: 'text' },
    // Everything else is bytes, so that none of it is altered.
    { given: 'application/octet-stream', want: 'binary' },
    { given: 'image/png', want: 'binary' },
    { given: 'image/*', want: 'binary' },
    { given: 'application/pdf', want: 'binary' },
    { given: 'application/zip', want: 'binary' },
    { given: 'application/wasm', want: 'binary' },
    { given: 'audio/mpeg', want: 'binary' },
    { given: '*/*', want: 'binary' },
    // A +json suffix needs a type and a subtype: `+json` alone is no JSON media type.
    { given: '+json', want: 'binary' },
    { given: 'string', want: 'binary' },
    { given: '', want: 'binary' },
  ])('$given -> $want', ({ given, want }) => {
    expect(mediaKind(given)).toBe(want);
  });
});

describe('essence', () => {
  it.each([
    { given: 'Text/Plain; charset=UTF-8', want: 'text/plain' },
    { given: '  application/json  ', want: 'application/json' },
    { given: 'multipart/form-data;boundary="a;b"', want: 'multipart/form-data' },
    { given: 'image/png', want: 'image/png' },
    { given: '', want: '' },
  ])('$given -> $want', ({ given, want }) => {
    expect(essence(given)).toBe(want);
  });
});

describe('isMediaType', () => {
  it.each([
    { given: 'application/json', want: true },
    { given: 'application/json; charset=utf-8', want: true },
    { given: '*/*', want: true },
    { given: 'image/*', want: true },
    { given: 'string', want: false },
    { given: 'application/', want: false },
    { given: '/json', want: false },
    { given: 'a/b/c', want: false },
    { given: 'application /json', want: false },
    { given: '', want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isMediaType(given)).toBe(want);
  });
});

describe('contentsOf', () => {
  it.each<{ name: string; given: unknown; want: { mediaType: string; media: unknown }[] }>([
    { name: 'each media type in spec order, with its Media Type Object', given: { 'text/plain': { schema: {} }, 'application/json': {} }, want: [{ mediaType: 'text/plain', media: { schema: {} } }, { mediaType: 'application/json', media: {} }] },
    { name: 'a Media Type Object that is not an object is none', given: { 'application/json': null, 'text/plain': 'x' }, want: [{ mediaType: 'application/json', media: undefined }, { mediaType: 'text/plain', media: undefined }] },
    { name: 'no content map: nothing', given: undefined, want: [] },
    { name: 'a list is no content map', given: [{ 'application/json': {} }], want: [] },
    { name: 'a string is no content map', given: 'application/json', want: [] },
  ])('$name', ({ given, want }) => {
    expect(contentsOf(given)).toEqual(want);
  });
});

describe('preferredContent', () => {
  const of = (...mediaTypes: string[]) => mediaTypes.map((mediaType) => ({ mediaType, media: {} }));
  it.each<{ name: string; given: string[]; want: string | undefined }>([
    { name: 'the first JSON one', given: ['application/xml', 'application/json', 'application/problem+json'], want: 'application/json' },
    { name: 'a +json one counts as JSON', given: ['text/plain', 'application/vnd.api+json'], want: 'application/vnd.api+json' },
    { name: 'NDJSON is not JSON: without JSON, the first', given: ['application/x-ndjson', 'text/event-stream'], want: 'application/x-ndjson' },
    { name: 'without JSON, the first declared', given: ['image/png', 'text/plain'], want: 'image/png' },
    { name: 'none declared: none', given: [], want: undefined },
  ])('$name', ({ given, want }) => {
    expect(preferredContent(of(...given))?.mediaType).toBe(want);
  });
});
