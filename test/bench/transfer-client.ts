/**
 * One sample of one contender of the transfer benchmarks (transfers.bench.ts), in a process of its
 * own so that the resident set it grows is its own:
 *
 *   node --expose-gc --import tsx transfer-client.ts <contender> <baseURL> <bytes> <dist>
 *
 * It makes one small transfer first, the same way (loading fetch's implementation and the client's
 * modules, warming the JIT), then the measured one, and prints one JSON line (a TransferSample).
 * Every byte is checked: downloads here as they stream (or from the Blob, after the clock
 * stopped), uploads by the server, which answers 204 only for the exact body.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { BlockChecker, blockStream } from './blocks.js';
import { startRssSampler } from './rss-sampler.js';
import { CONTENDERS, type ContenderId, type TransferSample } from './transfer-contenders.js';

interface MediaClient {
  files: {
    replace(fileId: string, params: { body: ReadableStream<Uint8Array> }): PromiseLike<unknown>;
    download(fileId: string): PromiseLike<unknown> & { asResponse(): Promise<Response> };
  };
}

const OCTETS = 'application/octet-stream';
const WARM_UP = 16 * 1024 * 1024;

async function readAll(body: ReadableStream<Uint8Array> | null, size: number): Promise<void> {
  if (body === null) throw new Error('a response without a body');
  const checker = new BlockChecker();
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) checker.feed(r.value);
  const problem = checker.problem(size);
  if (problem !== undefined) throw new Error(`the download was wrong: ${problem}`);
}

/** Runs one transfer of `size` bytes; resolves when it is done, with what to check after the clock stops. */
function contender(id: ContenderId, client: MediaClient, baseURL: string): (size: number) => Promise<(() => Promise<void>) | undefined> {
  const url = (size: number) => `${baseURL}/files/${size}/content`;
  const uploaded = async (response: Response) => {
    if (response.status !== 204) throw new Error(`the upload was refused: ${response.status} ${await response.text()}`);
  };
  const blobChecked = (blob: unknown, size: number) => async () => {
    if (!(blob instanceof Blob)) throw new Error(`resolved to ${typeof blob}, not a Blob`);
    await readAll(blob.stream(), size);
  };
  switch (id) {
    case 'upload:sdkgen':
      return async (size) => void (await client.files.replace(String(size), { body: blockStream(size) }));
    case 'upload:fetch':
      return async (size) => {
        const init = { method: 'PUT', body: blockStream(size), duplex: 'half', headers: { 'content-type': OCTETS } };
        return void (await uploaded(await fetch(url(size), init as RequestInit)));
      };
    case 'upload:fetch-redirect-error':
      return async (size) => {
        const init = { method: 'PUT', body: blockStream(size), duplex: 'half', redirect: 'error', headers: { 'content-type': OCTETS } };
        return void (await uploaded(await fetch(url(size), init as RequestInit)));
      };
    case 'upload:floor':
      // What making the body costs by itself: every block is a fresh buffer, garbage once sent,
      // and V8 collects it on its own schedule. One event-loop turn per block, as a socket write takes.
      return async (size) => {
        const reader = blockStream(size).getReader();
        let moved = 0;
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          moved += r.value.length;
          await new Promise(setImmediate);
        }
        if (moved !== size) throw new Error(`read ${moved} bytes, not ${size}`);
        return undefined;
      };
    case 'download:sdkgen-stream':
      return async (size) => void (await readAll((await client.files.download(String(size)).asResponse()).body, size));
    case 'download:fetch-stream':
      return async (size) => void (await readAll((await fetch(url(size), { headers: { accept: OCTETS } })).body, size));
    case 'download:sdkgen-blob':
      return async (size) => blobChecked(await client.files.download(String(size)), size);
    case 'download:fetch-blob':
      return async (size) => blobChecked(await (await fetch(url(size), { headers: { accept: OCTETS } })).blob(), size);
  }
}

async function main(): Promise<void> {
  const [id, baseURL, bytes, dist] = process.argv.slice(2) as [ContenderId, string, string, string];
  if (!(id in CONTENDERS)) throw new Error(`unknown contender ${id}`);
  const size = Number(bytes);
  const { Client } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { Client: new (options: object) => MediaClient };
  const client = new Client({ baseURL, maxRetries: 0 });
  const run = contender(id, client, baseURL);
  await (await run(WARM_UP))?.();

  const sampler = startRssSampler();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const check = await run(size);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const rssGrowth = sampler.stop();
  await check?.();
  const sample: TransferSample = { contender: id, bytes: size, seconds, cpuSeconds: (used.user + used.system) / 1e6, rssGrowth, rssBefore: sampler.before };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

await main();
