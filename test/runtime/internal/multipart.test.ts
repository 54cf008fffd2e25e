import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { InvalidParameterError } from '../../../templates/runtime/core/errors.js';
import { toFormData } from '../../../templates/runtime/internal/multipart.js';
import { decodeFormData, type DecodedPart } from '../../support/multipart-reader.js';

/** The parts busboy decodes from the body fetch would send for the FormData. */
async function parts(fields: Record<string, unknown>, encoding?: Parameters<typeof toFormData>[1]): Promise<Array<Pick<DecodedPart, 'name' | 'filename' | 'type'> & { text: string }>> {
  const decoded = await decodeFormData(await toFormData(fields, encoding));
  return decoded.map(({ name, filename, type, data }) => ({ name, filename, type, text: data!.toString('utf8') }));
}

const text = (name: string, value: string) => ({ name, filename: undefined, type: 'text/plain', text: value });

describe('toFormData', () => {
  it('sends strings, numbers, booleans, bigints and Dates as text parts', async () => {
    expect(await parts({ s: 'héllo', n: 1.5, b: false, big: 10n, at: new Date(Date.UTC(2024, 0, 1)) })).toEqual([
      text('s', 'héllo'),
      text('n', '1.5'),
      text('b', 'false'),
      text('big', '10'),
      text('at', '2024-01-01T00:00:00.000Z'),
    ]);
  });

  it('sends a file part with the File\'s name and type', async () => {
    expect(await parts({ file: new File(['abc'], 'a.csv', { type: 'text/csv' }) })).toEqual([{ name: 'file', filename: 'a.csv', type: 'text/csv', text: 'abc' }]);
  });

  it('names a file part without a name by its field (the Workers upload names the module\'s part and file alike)', async () => {
    expect(await parts({ 'worker.js': new Blob(['export default {}'], { type: 'application/javascript+module' }) })).toEqual([
      { name: 'worker.js', filename: 'worker.js', type: 'application/javascript+module', text: 'export default {}' },
    ]);
    expect(await parts({ raw: Uint8Array.of(0x41) })).toEqual([{ name: 'raw', filename: 'raw', type: 'application/octet-stream', text: 'A' }]);
  });

  it('reads a stream into a file part, named by a Node file stream\'s path', async () => {
    expect(await parts({ up: Readable.from([Buffer.from('ab'), Buffer.from('c')]) })).toEqual([{ name: 'up', filename: 'up', type: 'application/octet-stream', text: 'abc' }]);
    const { createReadStream } = await import('node:fs');
    const [part] = await parts({ up: createReadStream(new URL(import.meta.url).pathname) });
    expect(part!.filename).toBe('multipart.test.ts');
  });

  it('sends an array as repeated parts with the same name: not collapsed, not JSON, not name[]', async () => {
    expect(await parts({ tags: ['a', 'b', 'c'], files: [new File(['1'], '1.txt', { type: 'text/plain' }), new File(['2'], '2.txt', { type: 'text/plain' })] })).toEqual([
      text('tags', 'a'),
      text('tags', 'b'),
      text('tags', 'c'),
      { name: 'files', filename: '1.txt', type: 'text/plain', text: '1' },
      { name: 'files', filename: '2.txt', type: 'text/plain', text: '2' },
    ]);
    expect(await parts({ one: ['only'] })).toEqual([text('one', 'only')]);
    expect(await parts({ none: [] })).toEqual([]);
  });

  it('sends a plain object as one application/json part', async () => {
    expect(await parts({ metadata: { main_module: 'worker.js', bindings: [{ type: 'kv', name: 'K' }] } })).toEqual([
      { name: 'metadata', filename: 'blob', type: 'application/json', text: '{"main_module":"worker.js","bindings":[{"type":"kv","name":"K"}]}' },
    ]);
  });

  it('sends each object of an array as its own JSON part', async () => {
    expect(await parts({ items: [{ a: 1 }, { b: 2 }] })).toEqual([
      { name: 'items', filename: 'blob', type: 'application/json', text: '{"a":1}' },
      { name: 'items', filename: 'blob', type: 'application/json', text: '{"b":2}' },
    ]);
  });

  it('honours encoding.contentType application/json (Cloudflare KV\'s metadata part), for a whole array and for a string', async () => {
    expect(await parts({ metadata: { k: 'v' }, ids: [1, 2], label: 'x' }, { metadata: { contentType: 'application/json' }, ids: { contentType: 'application/json' }, label: { contentType: 'application/json' } })).toEqual([
      { name: 'metadata', filename: 'blob', type: 'application/json', text: '{"k":"v"}' },
      { name: 'ids', filename: 'blob', type: 'application/json', text: '[1,2]' },
      { name: 'label', filename: 'blob', type: 'application/json', text: '"x"' },
    ]);
    expect(await parts({ n: 7, nothing: null }, { n: { contentType: 'application/vnd.api+json' }, nothing: { contentType: 'application/json' } })).toEqual([
      { name: 'n', filename: 'blob', type: 'application/vnd.api+json', text: '7' },
      { name: 'nothing', filename: 'blob', type: 'application/json', text: 'null' },
    ]);
  });

  it('honours encoding.contentType for a file, and for an object', async () => {
    expect(await parts({ img: Uint8Array.of(1), doc: { a: 1 } }, { img: { contentType: 'image/png' }, doc: { contentType: 'application/merge-patch+json' } })).toEqual([
      { name: 'img', filename: 'img', type: 'image/png', text: '\u0001' },
      { name: 'doc', filename: 'blob', type: 'application/merge-patch+json', text: '{"a":1}' },
    ]);
  });

  it('keeps a file\'s own type when a list or wildcard in encoding.contentType allows it, else sends the first listed type', async () => {
    const jpeg = new File(['j'], 'a.jpg', { type: 'image/jpeg' });
    expect((await parts({ f: jpeg }, { f: { contentType: 'image/png, image/jpeg' } }))[0]!.type).toBe('image/jpeg');
    expect((await parts({ f: jpeg }, { f: { contentType: 'image/*' } }))[0]!.type).toBe('image/jpeg');
    expect((await parts({ f: jpeg }, { f: { contentType: 'image/png, image/gif' } }))[0]!.type).toBe('image/png');
    expect((await parts({ f: Uint8Array.of(1) }, { f: { contentType: 'image/*' } }))[0]!.type).toBe('application/octet-stream');
  });

  it('sends a primitive with a non-text encoding.contentType as a part of that type; text/plain stays a text field', async () => {
    expect(await parts({ csv: 'a,b', plain: 'x' }, { csv: { contentType: 'text/csv' }, plain: { contentType: 'text/plain; charset=utf-8' } })).toEqual([
      { name: 'csv', filename: 'blob', type: 'text/csv', text: 'a,b' },
      text('plain', 'x'),
    ]);
  });

  it('leaves out undefined and null, also inside arrays', async () => {
    expect(await parts({ a: undefined, b: null, c: [null, 'x', undefined] })).toEqual([text('c', 'x')]);
  });

  it('rejects a function or a symbol with InvalidParameterError naming the field', async () => {
    await expect(toFormData({ f: () => 1 })).rejects.toThrow(InvalidParameterError);
    await expect(toFormData({ list: ['ok', Symbol('s')] })).rejects.toThrow(/\/list\/1 cannot be sent/);
  });

  it('rejects a value JSON cannot hold (a cycle) with InvalidParameterError', async () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    await expect(toFormData({ meta: cycle })).rejects.toThrow(InvalidParameterError);
  });

  it('sets no Content-Type itself: fetch writes the header with its boundary', async () => {
    const response = new Response(await toFormData({ a: 'b' }));
    expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=.+/);
  });
});
