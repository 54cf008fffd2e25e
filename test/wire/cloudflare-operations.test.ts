import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from '../../generator/pipeline.js';
import type { Operation, Resource } from '../../generator/model/ir.js';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { readMultipart, sha256, type DecodedPart } from '../support/multipart-reader.js';
import { sliceSpec } from '../support/spec-slice.js';
import { fillRandom, WireServer } from './support/wire-server.js';

/**
 * The Cloudflare operations people use most outside AI Gateway, from the full Cloudflare spec as
 * it is (cut down to these operations and what they reference), generated with Cloudflare's
 * conventions and called against a node:http server that decodes what arrives: Workers KV values
 * (raw bytes, or multipart with a JSON `metadata` part) and their download, a Workers script
 * upload (multipart with a `metadata` JSON part and module files, or the script as JavaScript),
 * an Images upload, the DNS records export (text), and a list that pages by `result_info.cursor`. Methods are found by operationId, so the
 * test does not depend on how they are named.
 */

const OPERATIONS = {
  kvWrite: 'workers-kv-namespace-write-key-value-pair-with-metadata',
  kvRead: 'workers-kv-namespace-read-key-value-pair',
  scriptUpload: 'worker-script-upload-worker-module',
  imageUpload: 'cloudflare-images-upload-an-image-via-url',
  dnsExport: 'dns-records-for-a-zone-export-dns-records',
  kvKeys: "workers-kv-namespace-list-a-namespace'-s-keys",
} as const;

type Call = (...args: unknown[]) => Promise<unknown>;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let dir: string;
let server: WireServer;
let call: Record<keyof typeof OPERATIONS, Call>;
let reply: (req: Received, res: ServerResponse) => void = (_req, res) => envelope(res, null);
const seen: Received[] = [];
const last = () => seen[seen.length - 1]!;

function envelope(res: ServerResponse, result: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, errors: [], messages: [], result }));
}

function methodOf(resources: Resource[], operationId: string): { path: string[]; name: string } {
  const walk = (list: Resource[]): Operation | undefined => {
    for (const r of list) {
      const found = r.operations.find((op) => op.operationId === operationId) ?? walk(r.children);
      if (found) return found;
    }
    return undefined;
  };
  const op = walk(resources);
  if (!op) throw new Error(`no operation ${operationId}`);
  return { path: op.resource, name: op.methodName };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-cloudflare-wire-'));
  const spec = join(dir, 'openapi.json');
  writeFileSync(spec, JSON.stringify(sliceSpec(JSON.parse(readFileSync(FULL_CLOUDFLARE_SPEC, 'utf8')) as Record<string, unknown>, Object.values(OPERATIONS))));
  const { api } = await generate({ spec, out: join(dir, 'out'), conventions: 'cloudflare' });
  server = await WireServer.start(
    new Proxy(
      {},
      {
        get: () => async (req: IncomingMessage, res: ServerResponse) => {
          const chunks: Buffer[] = [];
          for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
          const received = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
          seen.push(received);
          reply(received, res);
        },
      },
    ) as Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>,
  );
  const index = (await import(pathToFileURL(join(dir, 'out/dist/index.js')).href)) as Record<string, unknown>;
  const Client = index.Client as new (options: object) => Record<string, unknown>;
  // Response bodies are not what these tests are about: the requests are. Validation stays on for
  // the bytes and text downloads, which have no schema to check.
  const client = new Client({ baseURL: server.url, apiToken: 'token', validateResponses: 'off' });
  call = Object.fromEntries(
    Object.entries(OPERATIONS).map(([key, id]) => {
      const { path, name } = methodOf(api!.resources, id);
      const resource = path.reduce<Record<string, unknown>>((node, segment) => node[segment] as Record<string, unknown>, client);
      return [key, (...args: unknown[]) => (resource[name] as Call).apply(resource, args)];
    }),
  ) as Record<keyof typeof OPERATIONS, Call>;
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const account = '023e105f4ecef8ad9ca31a8372d0c353';
const parts = (r: Received): Promise<DecodedPart[]> => readMultipart(r.headers['content-type']!, [r.body]);

describe('Workers KV', () => {
  it("stores 'hello world' as those 11 bytes, as application/octet-stream: the value gains no quotes", async () => {
    await call.kvWrite(account, 'ns', 'greeting', { body: 'hello world' });
    expect(last().method).toBe('PUT');
    expect(last().url).toBe('/accounts/023e105f4ecef8ad9ca31a8372d0c353/storage/kv/namespaces/ns/values/greeting');
    expect(last().headers['content-type']).toBe('application/octet-stream');
    expect(last().body.toString('latin1')).toBe('hello world');
  });

  it('stores random bytes as they are', async () => {
    const bytes = new Uint8Array(200_000);
    fillRandom(bytes, 42);
    await call.kvWrite(account, 'ns', 'blob', { body: bytes });
    expect(sha256(last().body)).toBe(sha256(bytes));
  });

  it('stores a value with metadata as multipart: the value a part of its own, the metadata an application/json part', async () => {
    await call.kvWrite(account, 'ns', 'k', { contentType: 'multipart/form-data', body: { value: new Uint8Array([0, 1, 2, 255]), metadata: { someMetadataKey: 'someMetadataValue' } } });
    const decoded = await parts(last());
    expect(decoded.map((p) => p.name).sort()).toEqual(['metadata', 'value']);
    expect(decoded.find((p) => p.name === 'value')!.data).toEqual(Buffer.from([0, 1, 2, 255]));
    const metadata = decoded.find((p) => p.name === 'metadata')!;
    expect(metadata.type).toBe('application/json');
    expect(JSON.parse(metadata.data!.toString())).toEqual({ someMetadataKey: 'someMetadataValue' });
  });

  it('reads a value back as a Blob of exactly the stored bytes, asking for application/octet-stream', async () => {
    const bytes = new Uint8Array([0x22, 0x68, 0x69, 0x22, 0, 0xff]);
    reply = (_req, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(bytes));
    const value = (await call.kvRead(account, 'ns', 'k')) as Blob;
    expect(new Uint8Array(await value.arrayBuffer())).toEqual(bytes);
    expect(last().headers.accept).toBe('application/octet-stream');
    reply = (_req, res) => envelope(res, null);
  });
});

describe('Workers scripts', () => {
  it('uploads a module Worker as multipart: the metadata as an application/json part, each module file with its name and type', async () => {
    const worker = new File(['export default { fetch() { return new Response("hi") } }'], 'worker.js', { type: 'application/javascript+module' });
    const wasm = new File([new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])], 'module.wasm', { type: 'application/wasm' });
    await call.scriptUpload(account, 'my-worker', { contentType: 'multipart/form-data', body: { metadata: { main_module: 'worker.js', compatibility_date: '2024-01-01' }, files: [worker, wasm] } });
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const decoded = await parts(last());
    const metadata = decoded.find((p) => p.name === 'metadata')!;
    expect(metadata.type).toBe('application/json');
    expect(JSON.parse(metadata.data!.toString())).toEqual({ main_module: 'worker.js', compatibility_date: '2024-01-01' });
    expect(decoded.filter((p) => p.name === 'files').map((p) => [p.filename, p.type, p.size])).toEqual([
      ['worker.js', 'application/javascript+module', 56],
      ['module.wasm', 'application/wasm', 8],
    ]);
  });

  it('uploads a service Worker as its JavaScript text, the first media type the spec declares', async () => {
    await call.scriptUpload(account, 'my-worker', { body: 'addEventListener("fetch", () => {})' });
    expect(last().headers['content-type']).toBe('application/javascript');
    expect(last().body.toString()).toBe('addEventListener("fetch", () => {})');
  });
});

describe('Images', () => {
  it('uploads an image file with its metadata (an application/json part) and requireSignedURLs (a text part)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await call.imageUpload(account, { body: { file: new File([png], 'logo.png', { type: 'image/png' }), metadata: { key: 'value' }, requireSignedURLs: true } });
    const decoded = await parts(last());
    expect(decoded.find((p) => p.name === 'file')).toMatchObject({ filename: 'logo.png', type: 'image/png', data: Buffer.from(png) });
    expect(decoded.find((p) => p.name === 'metadata')).toMatchObject({ type: 'application/json', data: Buffer.from('{"key":"value"}') });
    expect(decoded.find((p) => p.name === 'requireSignedURLs')!.data!.toString()).toBe('true');
  });
});

describe('DNS records', () => {
  it('exports the zone file as text, asking for text/plain', async () => {
    const zone = 'www.example.com.\t300\tIN\tA\t127.0.0.1\n';
    reply = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(zone);
    expect(await call.dnsExport('zone-1')).toBe(zone);
    expect(last().url).toBe('/zones/zone-1/dns_records/export');
    expect(last().headers.accept).toBe('text/plain');
    reply = (_req, res) => envelope(res, null);
  });
});

describe('cursor lists', () => {
  it("walks Workers KV keys by result_info.cursor, each page asked for with the cursor the last one gave", async () => {
    const keys = Array.from({ length: 25 }, (_, i) => ({ name: `key-${i}` }));
    reply = (req, res) => {
      const url = new URL(req.url, 'http://x');
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = keys.slice(start, start + 10);
      const cursor = start + 10 < keys.length ? String(start + 10) : '';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, errors: [], messages: [], result: page, result_info: { count: page.length, cursor } }));
    };
    const names: string[] = [];
    for await (const key of call.kvKeys(account, 'ns', { limit: 10 }) as unknown as AsyncIterable<{ name: string }>) names.push(key.name);
    expect(names).toEqual(keys.map((k) => k.name));
    expect(seen.slice(-3).map((r) => new URL(r.url, 'http://x').searchParams.get('cursor'))).toEqual([null, '10', '20']);
    reply = (_req, res) => envelope(res, null);
  });
});
