import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import qs from 'qs';
import { generate } from '../../generator/pipeline.js';
import { readMultipart, sha256, type DecodedPart } from '../support/multipart-reader.js';
import { REPO_ROOT } from '../support/spec-reader.js';
import { closed, fillRandom, WireServer } from './support/wire-server.js';

/**
 * The generated client on the wire, for every media type a body can have: the media-types
 * fixture (test/fixtures/golden/media-types-3-1/, its golden copy in test/golden/media-types-3-1/)
 * is generated from its config, and its client calls a node:http server on
 * 127.0.0.1 that decodes what arrives with the libraries servers use (busboy for multipart, qs
 * for forms) and answers in the declared media types. Nothing here mocks fetch.
 */

const CONFIG = join(REPO_ROOT, 'test/fixtures/golden/media-types-3-1/sdk.config.yaml');

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: Buffer;
}

type Call = (...args: unknown[]) => Promise<unknown> & { asResponse(): Promise<Response> };
type Resource = Record<string, Call>;
interface Package {
  client: Record<string, Resource>;
  errors: Record<string, new (...args: never[]) => Error>;
}

let out: string;
let server: WireServer;
let pkg: Package;
/** What the server saw of each request, in order. */
const seen: Received[] = [];
/** Handlers by path, set per test. */
const routes = new Map<string, (req: Received, res: ServerResponse) => void | Promise<void>>();

async function collect(req: IncomingMessage): Promise<Received> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return { method: req.method!, url: req.url!, headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks) };
}

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'sdkgen-wire-client-')), 'out');
  await generate({ config: CONFIG, out });
  const proxy = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url!, 'http://x').pathname;
    // The longest matching prefix: `/files/` (a file's content) before `/files` (uploads).
    const handler = [...routes].filter(([prefix]) => path.startsWith(prefix)).sort(([a], [b]) => b.length - a.length)[0]?.[1];
    const received = await collect(req);
    seen.push(received);
    if (!handler) return void res.writeHead(404).end();
    await handler(received, res);
  };
  server = await WireServer.start(new Proxy({}, { get: () => proxy }) as Record<string, typeof proxy>);
  const index = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as Record<string, unknown>;
  const Client = index.Client as new (options: object) => Record<string, Resource>;
  pkg = { client: new Client({ baseURL: server.url, maxRetries: 1 }), errors: index as Package['errors'] };
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
});

const json = (res: ServerResponse, value: unknown, status = 200): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
};
const last = () => seen[seen.length - 1]!;
const partsOf = (r: Received): Promise<DecodedPart[]> => readMultipart(r.headers['content-type']!, [r.body]);

function randomBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  fillRandom(bytes, seed);
  return bytes;
}

describe('multipart/form-data: files, JSON parts, repeated parts', () => {
  it('sends each file part with its name, filename, type and bytes; arrays as repeated parts; an object as an application/json part', async () => {
    routes.set('/files', (_r, res) => json(res, { id: 'f1', bytes: 3 }));
    const file = new File([randomBytes(70_000, 7)], 'data.bin', { type: 'application/octet-stream' });
    const thumbnail = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0xff]);
    const attachments = [new File(['a\u0000b'], 'a.txt', { type: 'text/plain' }), new Blob([new Uint8Array([0xc3, 0x28])])];
    const stored = await pkg.client.files!.create!({ body: { file, purpose: 'batch', thumbnail, attachments, labels: ['x', 'y'], metadata: { owner: 'me', public: true } } });
    expect(stored).toEqual({ id: 'f1', bytes: 3 });
    const request = last();
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await partsOf(request);
    const byName = (name: string) => parts.filter((p) => p.name === name);
    expect(byName('file')).toEqual([expect.objectContaining({ filename: 'data.bin', type: 'application/octet-stream', size: 70_000, sha256: sha256(randomBytes(70_000, 7)) })]);
    expect(byName('purpose')).toEqual([expect.objectContaining({ filename: undefined, data: Buffer.from('batch') })]);
    // The spec's encoding says image/png: a file part of that type, named after its field.
    expect(byName('thumbnail')).toEqual([expect.objectContaining({ filename: 'thumbnail', type: 'image/png', data: Buffer.from(thumbnail) })]);
    expect(byName('attachments').map((p) => [p.filename, p.data])).toEqual([
      ['a.txt', Buffer.from('a\u0000b')],
      ['attachments', Buffer.from([0xc3, 0x28])],
    ]);
    expect(byName('labels').map((p) => p.data!.toString())).toEqual(['x', 'y']);
    expect(byName('metadata')).toEqual([expect.objectContaining({ type: 'application/json' })]);
    expect(JSON.parse(byName('metadata')[0]!.data!.toString())).toEqual({ owner: 'me', public: true });
  });

  it('keeps random binary byte for byte, NUL bytes and invalid UTF-8 included (fast-check, 0 B to 2 MB)', async () => {
    routes.set('/files', (_r, res) => json(res, { id: 'f', bytes: 0 }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2_000_000 }), fc.integer(), async (size, seed) => {
        const bytes = randomBytes(size, seed);
        await pkg.client.files!.create!({ body: { file: bytes, purpose: 'assistants' } });
        const [part] = (await partsOf(last())).filter((p) => p.name === 'file');
        expect({ size: part!.size, sha256: part!.sha256 }).toEqual({ size, sha256: sha256(bytes) });
      }),
      { numRuns: 12 },
    );
  });
});

describe('two request media types on one operation (raw bytes or multipart)', () => {
  it('sends raw bytes as the default, with the declared content type, byte for byte', async () => {
    routes.set('/files/', (_r, res) => void res.writeHead(204).end());
    const bytes = randomBytes(100_000, 3);
    await pkg.client.files!.replace!('f1', { body: bytes });
    expect(last().headers['content-type']).toBe('application/octet-stream');
    expect(sha256(last().body)).toBe(sha256(bytes));
  });

  it('sends a string as it is: no JSON quotes are added', async () => {
    routes.set('/files/', (_r, res) => void res.writeHead(204).end());
    await pkg.client.files!.replace!('f1', { body: 'hello world' });
    expect(last().body.toString()).toBe('hello world');
  });

  it('sends multipart when contentType says so, with the JSON part its encoding names', async () => {
    routes.set('/files/', (_r, res) => void res.writeHead(204).end());
    await pkg.client.files!.replace!('f1', { contentType: 'multipart/form-data', body: { value: new Uint8Array([1, 0, 2]), metadata: { v: 1 } } });
    const parts = await partsOf(last());
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ['value', 'application/octet-stream'],
      ['metadata', 'application/json'],
    ]);
    expect(parts[0]!.data).toEqual(Buffer.from([1, 0, 2]));
  });

  it('refuses a contentType the operation does not declare, naming /contentType, before sending', async () => {
    const before = seen.length;
    await expect(pkg.client.files!.replace!('f1', { contentType: 'text/plain', body: 'x' })).rejects.toMatchObject({ name: 'InvalidParameterError', issues: [expect.objectContaining({ path: '/contentType' })] });
    expect(seen.length).toBe(before);
  });

  it('does not retry a streamed body: one request, and the 503 as an error', async () => {
    routes.set('/files/', (_r, res) => void res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'));
    const before = seen.length;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1, 2, 3])), c.close()) });
    await expect(pkg.client.files!.replace!('f1', { body: stream })).rejects.toMatchObject({ status: 503 });
    expect(seen.length - before).toBe(1);
  });
});

describe('application/x-www-form-urlencoded', () => {
  it('sends nested objects and arrays in bracket notation that qs.parse turns back into the object (fast-check)', async () => {
    routes.set('/charges', (_r, res) => json(res, { id: 'ch_1' }));
    const text = fc.string({ unit: 'grapheme', maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ amount: fc.integer({ min: 0 }), description: text, expand: fc.array(text, { minLength: 1, maxLength: 3 }), metadata: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), text, { minKeys: 1 }), items: fc.array(fc.record({ price: text, quantity: fc.nat() }), { minLength: 1, maxLength: 3 }) }),
        async (body) => {
          await pkg.client.charges!.create!({ body });
          expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
          // qs reads every scalar back as a string: compare with the body as strings.
          expect(qs.parse(last().body.toString(), { depth: 10, arrayLimit: 100 })).toEqual(qs.parse(qs.stringify(body), { depth: 10, arrayLimit: 100 }));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('honours the encoding object: tags in form style, not exploded, are one comma-joined value', async () => {
    routes.set('/charges', (_r, res) => json(res, { id: 'ch_1' }));
    await pkg.client.charges!.create!({ body: { amount: 5, tags: ['a', 'b'], expand: ['customer'] } });
    // The OpenAPI style table joins with a literal comma (a sub-delimiter URL encoding leaves as it is).
    expect(last().body.toString()).toBe('amount=5&tags=a,b&expand%5B0%5D=customer');
  });
});

describe('text, merge-patch, bytes and streams in responses', () => {
  it('sends a text/plain body as it is and resolves a text/plain response to the string', async () => {
    routes.set('/notes', (r, res) => void res.writeHead(201, { 'content-type': 'text/plain' }).end(`stored: ${r.body.toString()}`));
    expect(await pkg.client.notes!.create!({ body: 'line 1\nline 2 "quoted"' })).toBe('stored: line 1\nline 2 "quoted"');
    expect(last().headers['content-type']).toBe('text/plain');
    expect(last().headers.accept).toBe('text/plain');
  });

  it('sends a merge patch as JSON with its own media type', async () => {
    routes.set('/things/', (r, res) => json(res, { id: 't', ...(JSON.parse(r.body.toString()) as object) }));
    expect(await pkg.client.things!.edit!('t', { body: { name: null } })).toEqual({ id: 't', name: null });
    expect(last().headers['content-type']).toBe('application/merge-patch+json');
  });

  it('asks for text/csv and resolves to the text', async () => {
    routes.set('/reports/', (_r, res) => void res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n'));
    expect(await pkg.client.reports!.csv!('r1')).toBe('a,b\n1,2\n');
    expect(last().headers.accept).toBe('text/csv');
  });

  it('resolves a binary download to a Blob, byte for byte, and asks for every declared type', async () => {
    const bytes = randomBytes(300_000, 11);
    routes.set('/files/', (_r, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(bytes)));
    const blob = (await pkg.client.files!.download!('f1')) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(sha256(new Uint8Array(await blob.arrayBuffer()))).toBe(sha256(bytes));
    expect(last().headers.accept).toBe('application/octet-stream, image/png');
  });

  it('hands asResponse() the body unread, so it streams', async () => {
    const size = 8 * 1024 * 1024;
    let written = 0;
    routes.set('/reports/', async (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(64 * 1024, 7);
      while (written < size) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        written += chunk.length;
      }
      res.end();
    });
    const response = await pkg.client.reports!.pdf!('r1').asResponse();
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const reader = response.body!.getReader();
    const first = await reader.read();
    // The client resolved before the server had written the whole body: nothing buffered it.
    expect(written).toBeLessThan(size);
    expect(first.value!.length).toBeGreaterThan(0);
    let total = first.value!.length;
    for (let r = await reader.read(); !r.done; r = await reader.read()) total += r.value.length;
    expect(total).toBe(size);
  });
});

describe('server-sent events and NDJSON', () => {
  const sse = (chunks: string[], pause = 2) => async (_r: Received, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const chunk of chunks) {
      res.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    res.end();
  };

  it('yields events with their data JSON-parsed and validated, split across chunks anywhere', async () => {
    routes.set('/events', sse(['id: 1\nevent: change\ndata: {"type":"cre', 'ated","at":"2024-01-01T00:00:00Z"}\n', '\n: a comment\n\nretry: 5\r\nid: 2\r\ndata: {"type":"deleted",\r\ndata: "at":"2024-01-02T00:00:00Z","id":3}\r\n\r\n']));
    const stream = (await pkg.client.events!.stream!()) as AsyncIterable<unknown>;
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toEqual([
      { event: 'change', id: '1', retry: undefined, data: { type: 'created', at: '2024-01-01T00:00:00Z' } },
      { event: undefined, id: '2', retry: 5, data: { type: 'deleted', at: '2024-01-02T00:00:00Z', id: 3 } },
    ]);
    expect(last().headers.accept).toBe('text/event-stream');
  });

  it('throws ResponseValidationError for an event whose data breaks the schema', async () => {
    routes.set('/events', sse(['data: {"type":"archived","at":"2024-01-01T00:00:00Z"}\n\n']));
    const stream = (await pkg.client.events!.stream!()) as AsyncIterable<unknown>;
    await expect((async () => {
      for await (const _ of stream) void _;
    })()).rejects.toMatchObject({ name: 'ResponseValidationError', issues: [expect.objectContaining({ path: '/type' })] });
  });

  it('leaves data a string where the spec gives no schema for it', async () => {
    routes.set('/logs', sse(['data: first line\ndata: second\n\n', 'data: {"not":"parsed"}\n\n']));
    const data: unknown[] = [];
    for await (const event of (await pkg.client.logs!.tail!()) as AsyncIterable<{ data: unknown }>) data.push(event.data);
    expect(data).toEqual(['first line\nsecond', '{"not":"parsed"}']);
  });

  it('closes the connection when a for-await breaks early', async () => {
    let closedAt: Promise<void> | undefined;
    routes.set('/logs', async (_r, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      closedAt = closed(res);
      for (let i = 0; i < 1000 && !res.destroyed; i++) {
        res.write(`data: ${i}\n\n`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    });
    for await (const event of (await pkg.client.logs!.tail!()) as AsyncIterable<{ data: string }>) if (event.data === '2') break;
    await expect(closedAt).resolves.toBeUndefined();
  });

  it('reconnects a dropped stream with Last-Event-ID (the config allows it for logs.tail), after the server\'s retry delay', async () => {
    const lastEventIds: (string | undefined)[] = [];
    routes.set('/logs', async (r, res) => {
      lastEventIds.push(r.headers['last-event-id'] as string | undefined);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (lastEventIds.length === 1) {
        res.write('retry: 10\nid: 7\ndata: before\n\n');
        await new Promise((resolve) => setTimeout(resolve, 20));
        // Gone mid-event, as a proxy that drops the connection leaves it.
        res.write('data: half an ev');
        res.destroy();
        return;
      }
      res.end('id: 8\ndata: after\n\n');
    });
    const data: string[] = [];
    for await (const event of (await pkg.client.logs!.tail!()) as AsyncIterable<{ data: string }>) data.push(event.data);
    expect(data).toEqual(['before', 'after']);
    expect(lastEventIds).toEqual([undefined, '7']);
  });

  it('ends the connection when the caller aborts mid-stream, with APIUserAbortError', async () => {
    let closedAt: Promise<void> | undefined;
    routes.set('/logs', async (_r, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      closedAt = closed(res);
      for (let i = 0; i < 1000 && !res.destroyed; i++) {
        res.write(`data: ${i}\n\n`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    });
    const controller = new AbortController();
    const seenData: string[] = [];
    const reading = (async () => {
      for await (const event of (await pkg.client.logs!.tail!({}, { signal: controller.signal })) as AsyncIterable<{ data: string }>) {
        seenData.push(event.data);
        if (event.data === '3') controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'APIUserAbortError' });
    await expect(closedAt).resolves.toBeUndefined();
    expect(seenData).toEqual(['0', '1', '2', '3']);
  });

  it('yields NDJSON records, validated, and writes an array of records one per line', async () => {
    routes.set('/exports/records', (r, res) => {
      if (r.method === 'POST') return void res.writeHead(202).end();
      res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end('{"id":1,"value":"a"}\n\n{"id":2,"value":"b"}\r\n{"id":3,"value":"c"}');
    });
    const records: unknown[] = [];
    for await (const record of (await pkg.client.records!.export!()) as AsyncIterable<unknown>) records.push(record);
    expect(records).toEqual([{ id: 1, value: 'a' }, { id: 2, value: 'b' }, { id: 3, value: 'c' }]);
    await pkg.client.records!.import!({ body: [{ id: 1 }, { id: 2 }] });
    expect(last().body.toString()).toBe('{"id":1}\n{"id":2}\n');
    expect(last().headers['content-type']).toBe('application/x-ndjson');
  });
});

describe('parameters in every location and style', () => {
  it('sends the path, query, header and cookie parameters as the OpenAPI style table says', async () => {
    routes.set('/colors/', (_r, res) => json(res, { name: 'red' }));
    await pkg.client.colors!.get!('red', ['a', 'b'], ['x', 'y'], { ids: [1, 2], redirect_to: 'https://e.com/a?b', 'X-Dimensions': { width: 3, height: 4 }, session: 's 1', prefs: ['p', 'q'] });
    const request = last();
    expect(request.url).toBe('/v1/colors/red/.a,b/;tint=x;tint=y?ids=1%7C2&redirect_to=https://e.com/a?b'.replace('/v1', ''));
    expect(request.headers['x-dimensions']).toBe('width=3,height=4');
    expect(request.headers.cookie).toBe('prefs=p,q; session=s%201');
  });
});

describe('error bodies that are not JSON', () => {
  it('turns an HTML 502 page into an InternalServerError with the page\'s start', async () => {
    routes.set('/charges', (_r, res) => void res.writeHead(502, { 'content-type': 'text/html' }).end('<html><head><title>502 Bad Gateway</title></head></html>'));
    const error = await pkg.client.charges!.create!({ body: { amount: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.errors.InternalServerError!);
    expect(error).toMatchObject({ status: 502, body: '<html><head><title>502 Bad Gateway</title></head></html>' });
    expect((error as Error).message).toBe('502 <html><head><title>502 Bad Gateway</title></head></html>');
  });
});
