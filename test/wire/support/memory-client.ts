/**
 * The client side of the wire tests that measure memory, run in a process of its own (so that the
 * test runner's heap and the server's work do not count): `node --import tsx memory-client.ts
 * <mode> <url> [file]`. Prints one JSON line: the resident set growth while the operation ran
 * (peak RSS, sampled every 2 ms and from getrusage when it rose, minus the RSS just before), the
 * SHA-256 of what it sent or read, and the server's answer.
 */
import { createHash } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import { Stream } from '../../../templates/runtime/core/streaming.js';
import { toFile, toRequestBody } from '../../../templates/runtime/core/uploads.js';
import { toFormData } from '../../../templates/runtime/internal/multipart.js';
import { fillRandom } from './wire-server.js';

const [mode, url, file, megabytes = '50'] = process.argv.slice(2) as [string, string, string | undefined, string | undefined];
const SIZE = Number(megabytes) * 1024 * 1024;
const CHUNK = 64 * 1024;

/** A ReadableStream of SIZE pseudo-random bytes, made as fetch pulls them; hashes what it made. */
function generated(hash: ReturnType<typeof createHash>): ReadableStream<Uint8Array> {
  let sent = 0;
  let seed = 7;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= SIZE) return controller.close();
        const chunk = new Uint8Array(Math.min(CHUNK, SIZE - sent));
        seed = fillRandom(chunk, seed);
        hash.update(chunk);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

/** POSTs a body the way the client will: through toRequestBody, with the init fields it sets. */
async function post(value: unknown): Promise<unknown> {
  const { body, duplex, redirect } = toRequestBody(value);
  const init = { method: 'POST', body, duplex, redirect, headers: isForm(value) ? {} : { 'content-type': 'application/octet-stream' } };
  return (await fetch(url, init as RequestInit)).json();
}

const isForm = (value: unknown) => value instanceof FormData;

async function run(): Promise<{ sha256?: string; answer: unknown }> {
  const hash = createHash('sha256');
  switch (mode) {
    case 'multipart-open-as-blob':
      return { answer: await post(await toFormData({ file: await toFile(await openAsBlob(file!), 'big.bin') })) };
    case 'multipart-read-stream':
      return { answer: await post(await toFormData({ file: await toFile(createReadStream(file!)) })) };
    case 'raw-readable-stream': {
      const answer = await post(generated(hash));
      return { sha256: hash.digest('hex'), answer };
    }
    case 'raw-readable-stream-redirects-followed': {
      // What fetch does without the init toRequestBody gives: redirect 'follow', its default.
      const { body, duplex } = toRequestBody(generated(hash));
      const answer = await (await fetch(url, { method: 'POST', body, duplex } as RequestInit)).json();
      return { sha256: hash.digest('hex'), answer };
    }
    case 'raw-read-stream':
      return { answer: await post(createReadStream(file!)) };
    case 'ndjson': {
      const controller = new AbortController();
      const response = await fetch(url, { signal: controller.signal });
      let count = 0;
      let last: unknown;
      for await (const record of Stream.fromNDJSON(response, controller, (line) => JSON.parse(line) as { i: number })) {
        if (record.i !== count) throw new Error(`record ${count} came as ${record.i}`);
        count++;
        last = record;
      }
      return { answer: { count, last } };
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

// Warm up first: Node loads fetch's implementation (undici) on its first use.
await (await fetch(new URL('/warm-up', url))).arrayBuffer();
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
// getrusage's peak also covers the moments a sampler misses; but Linux carries it across exec from
// the process that spawned this one (a test runner's worker), so it counts only if it rose here.
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
let sampled = before;
const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
const result = await run();
clearInterval(sampler);
sampled = Math.max(sampled, process.memoryUsage().rss);
const maxRssAfter = process.resourceUsage().maxRSS * 1024;
const peak = maxRssAfter > maxRssBefore ? Math.max(sampled, maxRssAfter) : sampled;
// fetch lets go of a finished request's last objects a few ticks later: wait, then collect.
await new Promise((resolve) => setTimeout(resolve, 100));
(globalThis as { gc?: () => void }).gc?.();
(globalThis as { gc?: () => void }).gc?.();
const retained = process.memoryUsage().arrayBuffers;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
process.stdout.write(`${JSON.stringify({ ...result, rssBeforeMB: mb(before), sampledGrowthMB: mb(sampled - before), rssGrowthMB: mb(peak - before), retainedMB: mb(retained) })}\n`);
