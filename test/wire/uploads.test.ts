import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { toFile, toRequestBody } from '../../templates/runtime/core/uploads.js';
import { toFormData } from '../../templates/runtime/internal/multipart.js';
import { readMultipart, sha256, type DecodedPart } from '../support/multipart-reader.js';
import { fillRandom, json, WireServer } from './support/wire-server.js';

/**
 * Uploads and downloads on a real socket: fetch (undici) sends, node:http receives, busboy
 * decodes multipart bodies, and every part is compared by SHA-256 with what was sent.
 */

interface RawReceipt {
  size: number;
  sha256: string;
  contentType: string | undefined;
  transferEncoding: string | undefined;
}

let server: WireServer;
beforeAll(async () => {
  server = await WireServer.start({
    '/multipart': async (req, res) => json(res, (await readMultipart(req.headers['content-type']!, req)).map(({ data: _data, ...part }) => part)),
    '/raw': async (req, res) => {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
      }
      json(res, { size, sha256: hash.digest('hex'), contentType: req.headers['content-type'], transferEncoding: req.headers['transfer-encoding'] } satisfies RawReceipt);
    },
    '/echo': async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="echo.bin"' }).end(Buffer.concat(chunks));
    },
    '/files/report.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  });
});
afterAll(() => server.close());

async function postForm(form: FormData): Promise<Array<Omit<DecodedPart, 'data'>>> {
  const { body, redirect } = toRequestBody(form);
  const response = await fetch(`${server.url}/multipart`, { method: 'POST', body, redirect });
  expect(response.status).toBe(200);
  return (await response.json()) as Array<Omit<DecodedPart, 'data'>>;
}

async function postRaw(value: unknown, contentType = 'application/octet-stream'): Promise<RawReceipt> {
  const { body, duplex, redirect } = toRequestBody(value);
  const init = { method: 'POST', body, duplex, redirect, headers: { 'content-type': contentType } };
  return (await (await fetch(`${server.url}/raw`, init as RequestInit)).json()) as RawReceipt;
}

/**
 * Binary data that is hard on a multipart encoder: NUL runs, bytes that are not UTF-8, CRLFs, and
 * text that looks like a boundary line. Small arrays from fast-check itself (so that a failure
 * shrinks), and large ones (up to 5 MB) from a seeded generator with those sequences spliced in.
 */
const HOSTILE = [[0, 0, 0, 0], [0xff, 0xfe], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [13, 10, 13, 10], [...Buffer.from('\r\n--')], [...Buffer.from('\r\n------formdata-undici-0')], [...Buffer.from('--\r\n')]];
const binary = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
  {
    weight: 1,
    arbitrary: fc.record({ size: fc.integer({ min: 0, max: 5 * 1024 * 1024 }), seed: fc.integer(), splices: fc.array(fc.tuple(fc.nat(), fc.nat({ max: HOSTILE.length - 1 })), { maxLength: 20 }) }).map(({ size, seed, splices }) => {
      const bytes = new Uint8Array(size);
      fillRandom(bytes, seed);
      for (const [at, which] of splices) if (size > 0) bytes.set(HOSTILE[which]!.slice(0, size), Math.min(at % size, Math.max(0, size - HOSTILE[which]!.length)));
      return bytes;
    }),
  },
);

describe('multipart uploads decoded by busboy', () => {
  it('carries random binary byte for byte, as a File part and as a bare Uint8Array part', async () => {
    await fc.assert(
      fc.asyncProperty(binary, async (bytes) => {
        const parts = await postForm(await toFormData({ file: new File([bytes], 'data.bin'), raw: bytes }));
        const want = { size: bytes.length, sha256: sha256(bytes) };
        expect(parts).toEqual([
          { name: 'file', filename: 'data.bin', type: 'application/octet-stream', ...want },
          { name: 'raw', filename: 'raw', type: 'application/octet-stream', ...want },
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it('sends JSON parts with their content type, and arrays as repeated parts', async () => {
    const metadata = { main_module: 'worker.js', bindings: [{ type: 'kv_namespace', name: 'KV' }] };
    const parts = await postForm(
      await toFormData(
        { metadata, 'worker.js': new Blob(['export default {}'], { type: 'application/javascript+module' }), tags: ['a', 'b'], ids: [1, 2], kv: { ttl: 60 } },
        { ids: { contentType: 'application/json' }, kv: { contentType: 'application/json' } },
      ),
    );
    const text = (s: string) => ({ size: Buffer.byteLength(s), sha256: sha256(Buffer.from(s)) });
    expect(parts).toEqual([
      { name: 'metadata', filename: 'blob', type: 'application/json', ...text(JSON.stringify(metadata)) },
      { name: 'worker.js', filename: 'worker.js', type: 'application/javascript+module', ...text('export default {}') },
      { name: 'tags', filename: undefined, type: 'text/plain', ...text('a') },
      { name: 'tags', filename: undefined, type: 'text/plain', ...text('b') },
      { name: 'ids', filename: 'blob', type: 'application/json', ...text('[1,2]') },
      { name: 'kv', filename: 'blob', type: 'application/json', ...text('{"ttl":60}') },
    ]);
  });

  it('sends several files under one name as repeated file parts', async () => {
    const files = [new File(['one'], '1.txt', { type: 'text/plain' }), new File([Uint8Array.of(0, 255)], '2.bin')];
    const parts = await postForm(await toFormData({ files }));
    expect(parts.map(({ name, filename, size }) => [name, filename, size])).toEqual([
      ['files', '1.txt', 3],
      ['files', '2.bin', 2],
    ]);
  });
});

describe('raw uploads (application/octet-stream)', () => {
  it('carries random binary byte for byte as Uint8Array, ArrayBuffer, Blob and ReadableStream', async () => {
    await fc.assert(
      fc.asyncProperty(binary, fc.nat({ max: 7 }), async (bytes, cut) => {
        const want = { size: bytes.length, sha256: sha256(bytes) };
        expect(await postRaw(bytes)).toMatchObject(want);
        expect(await postRaw(bytes.slice().buffer)).toMatchObject(want);
        expect(await postRaw(new Blob([bytes]))).toMatchObject(want);
        const at = Math.floor((bytes.length * cut) / 7);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.slice(0, at));
            controller.enqueue(bytes.slice(at));
            controller.close();
          },
        });
        expect(await postRaw(stream)).toMatchObject(bytes.length > 0 ? { ...want, transferEncoding: 'chunked' } : want);
      }),
      { numRuns: 25 },
    );
  });

  it('streams an async iterable (chunked, not buffered to a length first)', async () => {
    async function* parts() {
      yield Buffer.from('ab');
      yield Uint8Array.of(0, 0xff);
    }
    expect(await postRaw(parts(), 'image/png')).toEqual({ size: 4, sha256: sha256(Buffer.from([0x61, 0x62, 0, 0xff])), contentType: 'image/png', transferEncoding: 'chunked' });
  });
});

describe('binary downloads', () => {
  it('reads random binary back byte for byte with Response.blob() (the baseline for the client)', async () => {
    await fc.assert(
      fc.asyncProperty(binary, async (bytes) => {
        const response = await fetch(`${server.url}/echo`, { method: 'POST', body: bytes });
        const blob = await response.blob();
        expect([blob.size, sha256(new Uint8Array(await blob.arrayBuffer()))]).toEqual([bytes.length, sha256(bytes)]);
      }),
      { numRuns: 25 },
    );
  });

  it('toFile of a fetched Response takes its name from Content-Disposition, else the URL', async () => {
    const echoed = await toFile(await fetch(`${server.url}/echo`, { method: 'POST', body: 'x' }));
    expect([echoed.name, echoed.type]).toEqual(['echo.bin', 'application/octet-stream']);
    const pdf = await toFile(await fetch(`${server.url}/files/report.pdf`));
    expect([pdf.name, pdf.type, await pdf.text()]).toEqual(['report.pdf', 'application/pdf', '%PDF-1.7']);
  });
});

/**
 * 50 MB and 200 MB through a client in its own process, whose memory is measured. At 50 MB peak
 * RSS growth cannot tell a streamed upload from a buffered one: V8 collects the chunks a stream has
 * sent only once enough garbage has piled up (some tens of MB). At 200 MB it can: a streamed body
 * grows the client by about as much as at 50 MB, a buffered one by the payload or more.
 */
describe('large uploads, client memory measured', () => {
  const MB = 1024 * 1024;
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-wire-'));
  const files: Record<number, { path: string; size: number; sha256: string }> = {};
  beforeAll(() => {
    for (const megabytes of [50, 200]) {
      const path = join(dir, `big-${megabytes}.bin`);
      const hash = createHash('sha256');
      const chunk = new Uint8Array(MB);
      let seed = 7;
      writeFileSync(path, '');
      for (let i = 0; i < megabytes; i++) {
        seed = fillRandom(chunk, seed);
        hash.update(chunk);
        appendFileSync(path, chunk);
      }
      files[megabytes] = { path, size: megabytes * MB, sha256: hash.digest('hex') };
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Measured {
    sha256?: string;
    answer: unknown;
    rssBeforeMB: number;
    rssGrowthMB: number;
    sampledGrowthMB: number;
    retainedMB: number;
  }

  async function client(mode: string, route: string, megabytes: 50 | 200): Promise<Measured> {
    const script = join(import.meta.dirname, 'support/memory-client.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode, `${server.url}${route}`, files[megabytes]!.path, String(megabytes)], { maxBuffer: 1 << 20 });
    const result = JSON.parse(stdout) as Measured;
    console.log(`${mode}, ${megabytes} MB: client RSS ${result.rssBeforeMB} MB before, +${result.rssGrowthMB} MB at peak (+${result.sampledGrowthMB} MB sampled), ${result.retainedMB} MB of ArrayBuffers held after a GC`);
    return result;
  }

  const received = (megabytes: 50 | 200, filename: string) => [{ name: 'file', filename, type: 'application/octet-stream', size: files[megabytes]!.size, sha256: files[megabytes]!.sha256 }];
  const rawReceived = (megabytes: 50 | 200) => ({ size: files[megabytes]!.size, sha256: files[megabytes]!.sha256, contentType: 'application/octet-stream', transferEncoding: 'chunked' });

  it.each([50, 200] as const)('a multipart file part from fs.openAsBlob, %i MB, is streamed from disk', async (megabytes) => {
    const result = await client('multipart-open-as-blob', '/multipart', megabytes);
    expect(result.answer).toEqual(received(megabytes, 'big.bin'));
    if (megabytes === 200) expect(result.rssGrowthMB).toBeLessThan(100);
  });

  it('a multipart file part from toFile of a Node ReadStream, 50 MB, arrives whole (toFile holds the bytes: a File is not a stream)', async () => {
    const result = await client('multipart-read-stream', '/multipart', 50);
    expect(result.answer).toEqual(received(50, 'big-50.bin'));
    expect(result.rssGrowthMB).toBeGreaterThan(40);
  });

  it.each([50, 200] as const)('a raw ReadableStream body, %i MB, is sent with duplex "half" as it is made', async (megabytes) => {
    const result = await client('raw-readable-stream', '/raw', megabytes);
    expect(result.answer).toEqual(rawReceived(megabytes));
    expect(result.sha256).toBe(files[megabytes]!.sha256);
    if (megabytes === 200) expect(result.rssGrowthMB).toBeLessThan(100);
  });

  it('a raw body from a Node ReadStream (an async iterable), 200 MB, is streamed too', async () => {
    const result = await client('raw-read-stream', '/raw', 200);
    expect(result.answer).toEqual(rawReceived(200));
    expect(result.rssGrowthMB).toBeLessThan(100);
  });

  it('without redirect "error" Node\'s fetch keeps every byte of a streamed body while the request lives (nodejs/undici#4058): why toRequestBody sets it', async () => {
    const result = await client('raw-readable-stream-redirects-followed', '/raw', 200);
    expect(result.answer).toMatchObject({ size: files[200]!.size, sha256: files[200]!.sha256 });
    expect(result.rssGrowthMB).toBeGreaterThan(150);
  });
});

describe('a streamed upload follows the server', () => {
  it('makes the body only as fast as the server reads it: a server that stops reading stops the stream', async () => {
    let received = 0;
    let resume: () => void = () => undefined;
    const paused = await WireServer.start({
      '/slow': async (req, res) => {
        for await (const chunk of req as AsyncIterable<Buffer>) {
          received += chunk.length;
          if (received >= 1 << 20 && received - chunk.length < 1 << 20) await new Promise<void>((r) => (resume = r));
        }
        json(res, { received });
      },
    });
    try {
      const TOTAL = 64 * 1024 * 1024;
      let made = 0;
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (made >= TOTAL) return controller.close();
            made += 64 * 1024;
            controller.enqueue(new Uint8Array(64 * 1024));
          },
        },
        { highWaterMark: 0 },
      );
      const { body: init, duplex, redirect } = toRequestBody(body);
      const sent = fetch(`${paused.url}/slow`, { method: 'POST', body: init, duplex, redirect } as RequestInit);
      await new Promise((r) => setTimeout(r, 500));
      const ahead = made - received;
      console.log(`server paused after ${(received / 2 ** 20).toFixed(1)} MB; the client had made ${(made / 2 ** 20).toFixed(1)} MB`);
      // Socket buffers (both ends of loopback) and fetch's own queue hold a few MB; a buffered body would be all 64.
      expect(ahead).toBeLessThan(16 * 1024 * 1024);
      resume();
      expect(await (await sent).json()).toEqual({ received: TOTAL });
    } finally {
      await paused.close();
    }
  });
});
