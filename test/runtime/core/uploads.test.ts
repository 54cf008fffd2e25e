import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { InvalidParameterError } from '../../../templates/runtime/core/errors.js';
import { isUploadable, toFile, toRequestBody } from '../../../templates/runtime/core/uploads.js';

const bytes = (file: Blob) => file.arrayBuffer().then((b) => [...new Uint8Array(b)]);
const data = Uint8Array.from([0, 1, 2, 0xff, 0xc0, 0x0d, 0x0a]);

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function* iterableOf(...chunks: Array<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  for (const chunk of chunks) yield chunk;
}

describe('toFile', () => {
  it('returns a File as it is when nothing overrides its name or type', async () => {
    const file = new File([data], 'a.bin', { type: 'application/x-a', lastModified: 5 });
    expect(await toFile(file)).toBe(file);
  });

  it('keeps a File\'s name, type and date unless overridden', async () => {
    const file = new File([data], 'a.bin', { type: 'application/x-a', lastModified: 5 });
    const renamed = await toFile(file, 'b.bin');
    expect([renamed.name, renamed.type, renamed.lastModified]).toEqual(['b.bin', 'application/x-a', 5]);
    const retyped = await toFile(file, undefined, { type: 'image/png' });
    expect([retyped.name, retyped.type]).toEqual(['a.bin', 'image/png']);
    expect(await bytes(retyped)).toEqual([...data]);
  });

  it.each([
    ['a Blob', () => new Blob([data], { type: 'image/png' }), 'image/png'],
    ['a Uint8Array', () => data, ''],
    ['a Buffer', () => Buffer.from(data), ''],
    ['a Buffer that is a slice of a larger pool', () => Buffer.concat([Buffer.from('xx'), Buffer.from(data)]).subarray(2), ''],
    ['an ArrayBuffer', () => data.slice().buffer, ''],
    ['a DataView over part of a buffer', () => new DataView(Uint8Array.from([9, ...data, 9]).buffer, 1, data.length), ''],
    ['a ReadableStream', () => streamOf(data.subarray(0, 3), data.subarray(3)), ''],
    ['an async iterable', () => iterableOf(data.subarray(0, 1), data.subarray(1)), ''],
    ['a Node Readable', () => Readable.from([Buffer.from(data.subarray(0, 4)), Buffer.from(data.subarray(4))]), ''],
  ] as Array<[string, () => Parameters<typeof toFile>[0], string]>)('makes a File of %s, byte for byte', async (_name, make, type) => {
    const file = await toFile(make(), 'x.bin');
    expect([file.name, file.type]).toEqual(['x.bin', type]);
    expect(await bytes(file)).toEqual([...data]);
  });

  it('names a File "blob" when nothing gives it a name, as FormData names a Blob', async () => {
    expect((await toFile(data)).name).toBe('blob');
  });

  it('encodes a string as UTF-8 text', async () => {
    const file = await toFile('héllo 😀', 'a.txt');
    expect(file.type).toBe('text/plain;charset=utf-8');
    expect(await file.text()).toBe('héllo 😀');
  });

  it('encodes string chunks of a stream (a Node stream with an encoding) as UTF-8', async () => {
    expect(await (await toFile(iterableOf('é', Uint8Array.of(0x41)) as AsyncIterable<Uint8Array>)).text()).toBe('éA');
  });

  it('names a File of a Response by its Content-Disposition (either form); a name given wins', async () => {
    const disposed = new Response(data, { headers: { 'content-disposition': 'attachment; filename="report.pdf"', 'content-type': 'application/pdf' } });
    const file = await toFile(disposed);
    expect([file.name, file.type, await bytes(file)]).toEqual(['report.pdf', 'application/pdf', [...data]]);
    const extended = new Response(data, { headers: { 'content-disposition': "attachment; filename=\"plain.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt" } });
    expect((await toFile(extended)).name).toBe('résumé.txt');
    const fetched = await fetch(`data:application/octet-stream;base64,${Buffer.from(data).toString('base64')}`);
    expect((await toFile(fetched, 'given.bin')).name).toBe('given.bin');
  });

  it('names a File of a Node file stream by its path', async () => {
    const { createReadStream } = await import('node:fs');
    const file = await toFile(createReadStream(new URL(import.meta.url).pathname));
    expect(file.name).toBe('uploads.test.ts');
    expect(await file.text()).toContain("names a File of a Node file stream by its path");
  });

  it('rejects what is not data', async () => {
    await expect(toFile(42 as unknown as string)).rejects.toThrow(/expected a Blob/);
    await expect(toFile({} as unknown as string)).rejects.toThrow(TypeError);
  });
});

describe('isUploadable', () => {
  it.each([
    ['Blob', new Blob([])],
    ['File', new File([], 'f')],
    ['Uint8Array', new Uint8Array(1)],
    ['Buffer', Buffer.alloc(1)],
    ['ArrayBuffer', new ArrayBuffer(1)],
    ['Float32Array', new Float32Array(1)],
    ['ReadableStream', streamOf()],
    ['async iterable', iterableOf()],
    ['Node Readable', Readable.from([])],
  ])('is true for a %s', (_name, value) => {
    expect(isUploadable(value)).toBe(true);
  });

  it.each([['string', 'x'], ['number', 1], ['null', null], ['plain object', { a: 1 }], ['array of bytes', [1, 2]], ['Date', new Date()]])('is false for a %s', (_name, value) => {
    expect(isUploadable(value)).toBe(false);
  });
});

describe('toRequestBody', () => {
  it('sends bytes, Blobs and strings as they are, replayable on a retry', async () => {
    expect(toRequestBody('text')).toEqual({ body: 'text', replayable: true });
    const blob = new Blob([data], { type: 'image/png' });
    expect(toRequestBody(blob)).toEqual({ body: blob, replayable: true, type: 'image/png' });
    const view = toRequestBody(Buffer.concat([Buffer.from('xx'), Buffer.from(data)]).subarray(2));
    expect(view.replayable).toBe(true);
    expect(await new Response(view.body).arrayBuffer().then((b) => [...new Uint8Array(b)])).toEqual([...data]);
  });

  it('sends FormData as it is, replayable, without following redirects; URLSearchParams as it is', () => {
    const form = new FormData();
    expect(toRequestBody(form)).toEqual({ body: form, replayable: true, redirect: 'error' });
    const params = new URLSearchParams('a=1');
    expect(toRequestBody(params)).toEqual({ body: params, replayable: true });
  });

  it('streams a ReadableStream with duplex "half", and says it cannot be replayed', () => {
    const stream = streamOf(data);
    expect(toRequestBody(stream)).toEqual({ body: stream, replayable: false, duplex: 'half', redirect: 'error' });
  });

  it('makes an async iterable a ReadableStream that pulls one chunk at a time', async () => {
    let pulled = 0;
    async function* counted() {
      for (let i = 0; i < 5; i++) {
        pulled++;
        yield Uint8Array.of(i);
      }
    }
    const { body, replayable, duplex, redirect } = toRequestBody(counted());
    expect([replayable, duplex, redirect]).toEqual([false, 'half', 'error']);
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    await new Promise((r) => setTimeout(r, 10));
    expect(pulled).toBe(0);
    expect((await reader.read()).value).toEqual(Uint8Array.of(0));
    expect(pulled).toBe(1);
    await reader.cancel();
  });

  it('ends the iterable when the stream is cancelled (an aborted request)', async () => {
    let finished = false;
    async function* endless() {
      try {
        for (;;) yield Uint8Array.of(1);
      } finally {
        finished = true;
      }
    }
    const reader = (toRequestBody(endless()).body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });

  it('rejects anything else with InvalidParameterError naming the body', () => {
    expect(() => toRequestBody({ a: 1 })).toThrow(InvalidParameterError);
    expect(() => toRequestBody(5, '/file')).toThrow(/\/file must be a Blob/);
  });
});
