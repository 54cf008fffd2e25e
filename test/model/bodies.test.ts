import { afterAll, describe, expect, it } from '@jest/globals';
import type { RequestBody } from '../../generator/model/ir.js';
import { modelOf, ok, removeTempFiles, specWith } from '../support/model-units.js';
import { outline } from '../support/schema-outline.js';

/**
 * generator/model/bodies.ts: every media type a request body declares, its kind, and the schema
 * of what a call sends as it: raw bytes are `Uploadable | string`, text a string, NDJSON lines or
 * records, multipart file parts bytes (by format, 3.1's contentMediaType, the part's encoding,
 * in arrays, unions and refs), JSON and forms as declared.
 */

afterAll(removeTempFiles);

interface Given {
  /** The Request Body Object (`requestBody` of `POST /things`). */
  requestBody: unknown;
  components?: Record<string, unknown>;
  openapi?: string;
}

function bodyOf(given: Given): { body: RequestBody | undefined; diagnostics: string[]; messages: string[] } {
  const spec = specWith({ '/things': { post: { operationId: 'op', requestBody: given.requestBody, responses: ok({ type: 'string' }) } } }, given.components);
  const built = modelOf({ 'openapi.yaml': { ...spec, openapi: given.openapi ?? '3.0.3' } });
  const body = built.operation('op').requestBody;
  return { body, diagnostics: built.diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer}`), messages: built.diagnostics.items.map((d) => d.message) };
}

/** `<media type> <kind>: <outline of what is sent>` per media type. */
function sent(given: Given): string[] {
  return bodyOf(given).body?.contents.map((c) => `${c.mediaType} ${c.kind}: ${outline(c.schema)}`) ?? [];
}

const content = (mediaType: string, schema?: unknown, extra: Record<string, unknown> = {}) => ({ content: { [mediaType]: { ...(schema === undefined ? {} : { schema }), ...extra } } });
const STR = { type: 'string' };
const FILE = { type: 'string', format: 'binary' };
const multipart = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => content('multipart/form-data', { type: 'object', properties }, extra);

describe('the sent schema of each kind', () => {
  it.each<{ name: string; given: Given; want: string[] }>([
    { name: 'JSON: as declared', given: { requestBody: content('application/json', { type: 'object', properties: { a: STR } }) }, want: ['application/json json: { a?: string }'] },
    { name: 'a +json type is JSON (merge patch)', given: { requestBody: content('application/merge-patch+json', { type: 'object', properties: { a: STR } }) }, want: ['application/merge-patch+json json: { a?: string }'] },
    { name: 'JSON without a schema: any value', given: { requestBody: content('application/json') }, want: ['application/json json: unknown'] },
    { name: 'a form: as declared', given: { requestBody: content('application/x-www-form-urlencoded', { type: 'object', properties: { a: STR } }) }, want: ['application/x-www-form-urlencoded form: { a?: string }'] },
    // A form field of format binary is not a file: a form is text (only multipart carries files).
    { name: 'a form keeps format binary as a string', given: { requestBody: content('application/x-www-form-urlencoded', { type: 'object', properties: { a: FILE } }) }, want: ['application/x-www-form-urlencoded form: { a?: string(binary) }'] },
    { name: 'raw bytes: a file, bytes or a string, whatever the schema says', given: { requestBody: content('application/octet-stream', FILE) }, want: ['application/octet-stream binary: binary | string'] },
    { name: 'an image without a schema: the same', given: { requestBody: content('image/png') }, want: ['image/png binary: binary | string'] },
    { name: 'a PDF declared as an object: still bytes', given: { requestBody: content('application/pdf', { type: 'object' }) }, want: ['application/pdf binary: binary | string'] },
    { name: 'text: a string', given: { requestBody: content('text/plain', STR) }, want: ['text/plain text: string'] },
    { name: 'text without a schema: a string', given: { requestBody: content('text/csv') }, want: ['text/csv text: string'] },
    { name: 'a JavaScript body is text', given: { requestBody: content('application/javascript', FILE) }, want: ['application/javascript text: string(binary)'] },
    // Sent as JSON text (templates/runtime/core/internal/request-body.ts).
    { name: 'text with an object schema: that object', given: { requestBody: content('text/plain', { type: 'object', properties: { a: STR } }) }, want: ['text/plain text: { a?: string }'] },
    { name: 'NDJSON: the lines as bytes or a string, or the records', given: { requestBody: content('application/x-ndjson', { type: 'object' }) }, want: ['application/x-ndjson ndjson: binary | string | unknown[]'] },
    { name: 'multipart without a schema: an open object', given: { requestBody: content('multipart/form-data') }, want: ['multipart/form-data multipart: {}'] },
  ])('$name', ({ given, want }) => {
    expect(sent(given)).toEqual(want);
  });

  it('keeps the description of a raw body, and of an NDJSON one, on what it sends', () => {
    const descriptions = (mediaType: string) => bodyOf({ requestBody: content(mediaType, { ...FILE, description: 'The file.' }) }).body!.contents[0]!.schema.description;
    expect([descriptions('application/octet-stream'), descriptions('application/x-ndjson')]).toEqual(['The file.', 'The file.']);
  });
});

describe('multipart file parts', () => {
  const BINARY_COMPONENTS = { schemas: { Upload: FILE, Named: STR, Part: { type: 'object', properties: { file: FILE } } } };
  it.each<{ name: string; given: Given; want: string }>([
    { name: 'a format binary string is bytes; other fields stay', given: { requestBody: multipart({ file: FILE, name: STR, size: { type: 'integer' } }) }, want: '{ file?: binary, name?: string, size?: integer }' },
    { name: 'required parts stay required', given: { requestBody: content('multipart/form-data', { type: 'object', required: ['file'], properties: { file: FILE } }) }, want: '{ file: binary }' },
    { name: 'format byte is base64 text, not bytes', given: { requestBody: multipart({ b: { type: 'string', format: 'byte' } }) }, want: '{ b?: string(byte) }' },
    { name: "3.1's contentMediaType is bytes", given: { openapi: '3.1.0', requestBody: multipart({ file: { type: 'string', contentMediaType: 'image/png' } }) }, want: '{ file?: binary }' },
    { name: 'with a contentEncoding it is text (base64)', given: { openapi: '3.1.0', requestBody: multipart({ file: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' } }) }, want: '{ file?: string }' },
    { name: 'contentMediaType means nothing in 3.0', given: { requestBody: multipart({ file: { type: 'string', contentMediaType: 'image/png' } }) }, want: '{ file?: string }' },
    { name: "a part whose encoding's contentType is bytes", given: { requestBody: multipart({ file: STR }, { encoding: { file: { contentType: 'image/png' } } }) }, want: '{ file?: binary }' },
    { name: 'several contentTypes, all bytes', given: { requestBody: multipart({ file: STR }, { encoding: { file: { contentType: 'image/png, image/jpeg' } } }) }, want: '{ file?: binary }' },
    { name: 'one of them text: a string', given: { requestBody: multipart({ file: STR }, { encoding: { file: { contentType: 'image/png, text/plain' } } }) }, want: '{ file?: string }' },
    { name: 'a JSON contentType is no file', given: { requestBody: multipart({ meta: STR }, { encoding: { meta: { contentType: 'application/json' } } }) }, want: '{ meta?: string }' },
    { name: 'a contentType that is no media type is no file', given: { requestBody: multipart({ meta: STR }, { encoding: { meta: { contentType: 'string' } } }) }, want: '{ meta?: string }' },
    { name: "another part's encoding does not count", given: { requestBody: multipart({ a: STR, b: STR }, { encoding: { b: { contentType: 'image/png' } } }) }, want: '{ a?: string, b?: binary }' },
    { name: 'an array of files: bytes each', given: { requestBody: multipart({ files: { type: 'array', items: FILE } }) }, want: '{ files?: binary[] }' },
    { name: 'an array of strings with a file contentType', given: { requestBody: multipart({ files: { type: 'array', items: STR } }, { encoding: { files: { contentType: 'application/octet-stream' } } }) }, want: '{ files?: binary[] }' },
    { name: 'anyOf a string and a binary string (Workers KV)', given: { requestBody: multipart({ value: { anyOf: [STR, FILE] } }) }, want: '{ value?: anyOf(string, binary) }' },
    { name: 'oneOf too', given: { requestBody: multipart({ value: { oneOf: [{ type: 'integer' }, FILE] } }) }, want: '{ value?: integer | binary }' },
    { name: 'a $ref to a binary string is followed: bytes', given: { requestBody: multipart({ file: { $ref: '#/components/schemas/Upload' } }), components: BINARY_COMPONENTS }, want: '{ file?: binary }' },
    { name: 'a $ref to a plain string stays the named type', given: { requestBody: multipart({ name: { $ref: '#/components/schemas/Named' } }), components: BINARY_COMPONENTS }, want: '{ name?: ref(Named) }' },
    { name: 'a nested object is a JSON part: its binary string stays a string', given: { requestBody: multipart({ meta: { type: 'object', properties: { f: FILE } } }) }, want: '{ meta?: { f?: string(binary) } }' },
    { name: 'a $ref to a nested object with a file stays the named type', given: { requestBody: multipart({ part: { $ref: '#/components/schemas/Part' } }), components: BINARY_COMPONENTS }, want: '{ part?: ref(Part) }' },
    {
      name: "a $ref body is converted inline: its files are bytes here",
      given: { requestBody: content('multipart/form-data', { $ref: '#/components/schemas/Part' }), components: BINARY_COMPONENTS },
      want: '{ file?: binary }',
    },
    {
      name: 'an allOf body: each member',
      given: { requestBody: content('multipart/form-data', { allOf: [{ $ref: '#/components/schemas/Part' }, { type: 'object', properties: { name: STR, extra: FILE } }] }), components: BINARY_COMPONENTS },
      want: 'allOf({ file?: binary }, { name?: string, extra?: binary })',
    },
    { name: 'a body that is no object is left as it is', given: { requestBody: content('multipart/form-data', FILE) }, want: 'string(binary)' },
  ])('$name', ({ given, want }) => {
    const body = bodyOf(given).body!;
    expect(outline(body.contents[0]!.schema)).toBe(want);
  });

  it('leaves the component a $ref body names as it is, where it is JSON elsewhere', () => {
    const built = modelOf({
      'openapi.yaml': specWith(
        {
          '/up': { post: { operationId: 'up', requestBody: content('multipart/form-data', { $ref: '#/components/schemas/Part' }), responses: ok(STR) } },
          '/get': { get: { operationId: 'get', responses: ok({ $ref: '#/components/schemas/Part' }) } },
        },
        { schemas: { Part: { type: 'object', properties: { file: FILE } } } },
      ),
    });
    expect(built.api.schemas.map((s) => `${s.typeName}: ${outline(s.schema)}`)).toEqual(['Part: { file?: string(binary) }']);
  });
});

describe('the request body', () => {
  it.each<{ name: string; given: Given; want: { required: boolean; description?: string; contents: string[] } | undefined }>([
    {
      name: 'every media type, in spec order, each with its kind',
      given: { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } }, 'multipart/form-data': { schema: { type: 'object', properties: { f: FILE } } }, 'application/octet-stream': {} } } },
      want: { required: true, contents: ['application/json json: {}', 'multipart/form-data multipart: { f?: binary }', 'application/octet-stream binary: binary | string'] },
    },
    { name: 'optional unless it says required: true', given: { requestBody: { required: 'yes', ...content('application/json', STR) } }, want: { required: false, contents: ['application/json json: string'] } },
    { name: 'with its description', given: { requestBody: { description: 'What to store.', ...content('application/json', STR) } }, want: { required: false, description: 'What to store.', contents: ['application/json json: string'] } },
    {
      name: 'through a $ref to components.requestBodies',
      given: { requestBody: { $ref: '#/components/requestBodies/Thing' }, components: { requestBodies: { Thing: { required: true, ...content('text/plain', STR) } } } },
      want: { required: true, contents: ['text/plain text: string'] },
    },
    { name: 'an empty content map: no body', given: { requestBody: { content: {} } }, want: undefined },
    { name: 'no content at all: no body', given: { requestBody: { description: 'x' } }, want: undefined },
    { name: 'a dangling $ref: no body', given: { requestBody: { $ref: '#/components/requestBodies/Gone' } }, want: undefined },
  ])('$name', ({ given, want }) => {
    const { body } = bodyOf(given);
    expect(body && { required: body.required, ...(body.description ? { description: body.description } : {}), contents: body.contents.map((c) => `${c.mediaType} ${c.kind}: ${outline(c.schema)}`) }).toEqual(want);
  });
});

describe('encoding', () => {
  it.each<{ name: string; given: unknown; want: unknown }>([
    {
      name: 'by property name, sorted, with the fields OpenAPI defines',
      given: { b: { contentType: 'image/png', headers: { 'X-A': {} } }, a: { style: 'form', explode: false, allowReserved: true } },
      want: [
        { property: 'a', encoding: { style: 'form', explode: false, allowReserved: true } },
        { property: 'b', encoding: { contentType: 'image/png' } },
      ],
    },
    { name: 'fields of the wrong type are left out', given: { a: { contentType: 5, style: true, explode: 'yes', allowReserved: 1 } }, want: [{ property: 'a', encoding: {} }] },
    { name: 'an entry that is not an object is skipped', given: { a: 'image/png', b: null, c: {} }, want: [{ property: 'c', encoding: {} }] },
    { name: 'an encoding that is a list is none', given: [{ contentType: 'image/png' }], want: [] },
  ])('$name', ({ given, want }) => {
    expect(bodyOf({ requestBody: multipart({ a: STR, b: STR, c: STR }, { encoding: given }) }).body!.contents[0]!.encoding).toEqual(want);
  });

  it('is none for a body without one', () => {
    expect(bodyOf({ requestBody: content('application/json', STR) }).body!.contents[0]!.encoding).toEqual([]);
  });
});

describe('a media type that is no media type', () => {
  it('is sent as raw bytes, with a warning at its content entry', () => {
    const { body, diagnostics, messages } = bodyOf({ requestBody: { content: { string: { schema: STR }, 'application/json': { schema: STR } } } });
    expect(body!.contents.map((c) => `${c.mediaType} ${c.kind}: ${outline(c.schema)}`)).toEqual(['string binary: binary | string', 'application/json json: string']);
    expect(diagnostics).toEqual(['warning media-type-invalid /paths/~1things/post/requestBody/content/string']);
    expect(messages).toEqual(['"string" is not a media type (type/subtype); its body is sent and read as raw bytes (application/octet-stream).']);
  });

  it('is reported where a $ref leads', () => {
    const { diagnostics } = bodyOf({ requestBody: { $ref: '#/components/requestBodies/B' }, components: { requestBodies: { B: { content: { 'application/': {} } } } } });
    expect(diagnostics).toEqual(['warning media-type-invalid /components/requestBodies/B/content/application~1']);
  });
});
