import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { APIConnectionError, APIUserAbortError } from '../../templates/runtime/core/errors.js';
import { Stream } from '../../templates/runtime/core/streaming.js';
import { closed, WireServer } from './support/wire-server.js';

/**
 * Server-sent events and NDJSON on a real socket: node:http writes, fetch reads, Stream parses.
 */

const utf8 = new TextEncoder();
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** What the next /sse request writes, chunk by chunk, each flushed on its own. */
let script: Uint8Array[] = [];
/** The connections of /hold that closed, and the Last-Event-ID headers /resume saw. */
const holds: Array<Promise<void>> = [];
const lastEventIds: Array<string | undefined> = [];

function startEvents(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  res.flushHeaders();
}

let server: WireServer;
beforeAll(async () => {
  server = await WireServer.start({
    '/sse': async (_req, res) => {
      startEvents(res);
      for (const chunk of script) {
        res.write(chunk);
        await tick();
      }
      res.end();
    },
    '/hold': (_req, res) => {
      holds.push(closed(res));
      startEvents(res);
      res.write('data: first\n\n');
    },
    '/drop': async (_req, res) => {
      startEvents(res);
      res.write('data: 1\n\nid: 2\ndata: par');
      await new Promise((resolve) => setTimeout(resolve, 20));
      res.socket?.destroy();
    },
    '/resume': async (req, res) => {
      const lastEventId = req.headers['last-event-id'] as string | undefined;
      lastEventIds.push(lastEventId);
      startEvents(res);
      if (lastEventId === undefined) {
        res.write('retry: 15\nid: 1\ndata: a\n\nid: 2\ndata: lo');
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.socket?.destroy();
      } else {
        res.end(`id: ${Number(lastEventId) + 1}\ndata: b\n\n`);
      }
    },
    '/ndjson': async (req, res) => {
      const count = Number(new URL(req.url!, 'http://x').searchParams.get('count'));
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const pad = 'x'.repeat(240);
      for (let i = 0; i < count; i += 500) {
        let batch = '';
        for (let j = i; j < i + 500; j++) batch += `${JSON.stringify({ i: j, name: `record ${j}`, pad })}\n`;
        if (!res.write(batch)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    },
  });
});
afterAll(() => server.close());

async function open(path: string, init: RequestInit = {}): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}${path}`, { ...init, signal: controller.signal });
  return { response, controller };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

interface Written {
  event?: string;
  id?: string;
  data: string;
}

const noBreaks = (unit: fc.Arbitrary<string>) => fc.string({ unit, maxLength: 12 }).filter((s) => !/[\r\n\0]/.test(s));
const anyChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(':', ' ', 'é', '😀', '\u{10FFFF}'));
const written = fc.record(
  {
    event: noBreaks(anyChar).filter((s) => s !== ''),
    id: noBreaks(anyChar),
    data: fc.array(fc.string({ unit: anyChar, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
  },
  { requiredKeys: ['data'] },
);

/** The bytes of events as a server writes them: any line end, comments between, cut anywhere. */
function serialize(events: Written[], ends: string[], cuts: number[]): Uint8Array[] {
  let text = ': stream start\n';
  events.forEach((e, i) => {
    const end = ends[i % ends.length]!;
    if (e.event !== undefined) text += `event: ${e.event}${end}`;
    if (e.id !== undefined) text += `id: ${e.id}${end}`;
    for (const line of e.data.split('\n')) text += `data: ${line}${end}`;
    text += end + (i % 3 === 0 ? `: keep-alive${end}` : '');
  });
  const bytes = utf8.encode(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((p, i, all) => bytes.slice(i === 0 ? 0 : all[i - 1], p));
}

describe('server-sent events through Stream', () => {
  it('yields exactly the events the server wrote, however its writes cut the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(written, { maxLength: 12 }), fc.array(fc.constantFrom('\n', '\r', '\r\n'), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 20 }), async (events, ends, cuts) => {
        script = serialize(events, ends, cuts);
        const { response, controller } = await open('/sse');
        const got: Written[] = [];
        for await (const e of Stream.fromSSE(response, controller)) got.push({ ...(e.event !== undefined && { event: e.event }), ...(e.id !== undefined && { id: e.id }), data: e.data });
        expect(got).toEqual(events);
      }),
      { numRuns: 40 },
    );
  });

  it('JSON-parses data with the parse callback', async () => {
    script = [utf8.encode('data: {"delta":"hé"}\n\ndata: {"delta":"llo"}\n\n')];
    const { response, controller } = await open('/sse');
    const deltas: string[] = [];
    for await (const e of Stream.fromSSE(response, controller, { parse: (data) => JSON.parse(data) as { delta: string } })) deltas.push(e.data.delta);
    expect(deltas).toEqual(['hé', 'llo']);
  });

  it('controller.abort() mid-stream ends the iteration with APIUserAbortError, and the server sees the connection close', async () => {
    const { response, controller } = await open('/hold');
    const serverClosed = holds.at(-1)!;
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const e of Stream.fromSSE(response, controller)) {
          seen.push(e.data);
          controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual(['first']);
    await serverClosed;
  });

  it('a caller\'s AbortSignal ends the connection the same way', async () => {
    const caller = new AbortController();
    const { response, controller } = await open('/hold');
    const serverClosed = holds.at(-1)!;
    const stream = Stream.fromSSE(response, controller, { signal: caller.signal });
    const iteration = failure(
      (async () => {
        for await (const _ of stream) caller.abort();
      })(),
    );
    expect(await iteration).toBeInstanceOf(APIUserAbortError);
    await serverClosed;
  });

  it('a for await that breaks early closes the connection (the server observes close)', async () => {
    const { response, controller } = await open('/hold');
    const serverClosed = holds.at(-1)!;
    for await (const _ of Stream.fromSSE(response, controller)) break;
    await serverClosed;
  });

  it('a server that drops the connection mid-event gives APIConnectionError after the events before it', async () => {
    const { response, controller } = await open('/drop');
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const e of Stream.fromSSE(response, controller)) seen.push(e.data);
      })(),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual(['1']);
  });

  it('with a reconnect hook, a dropped stream reconnects with Last-Event-ID, which the server sees, and goes on', async () => {
    lastEventIds.length = 0;
    const { response, controller } = await open('/resume');
    const waits: Array<number | undefined> = [];
    const stream = Stream.fromSSE(response, controller, {
      reconnect: async (lastEventId, retryMs) => {
        waits.push(retryMs);
        await new Promise((resolve) => setTimeout(resolve, retryMs ?? 0));
        return fetch(`${server.url}/resume`, { headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId }, signal: controller.signal });
      },
    });
    const got: Array<[string | undefined, string]> = [];
    for await (const e of stream) got.push([e.id, e.data]);
    expect(got).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(lastEventIds).toEqual([undefined, '1']);
    expect(waits).toEqual([15]);
  });
});

describe('NDJSON export through Stream', () => {
  async function readExport(count: number) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'support/memory-client.ts'), 'ndjson', `${server.url}/ndjson?count=${count}`], { maxBuffer: 1 << 20 });
    const result = JSON.parse(stdout) as { answer: { count: number; last: { i: number } }; rssBeforeMB: number; rssGrowthMB: number; sampledGrowthMB: number };
    console.log(`ndjson, ${count} records (${Math.round((count * 283) / 2 ** 20)} MB): client RSS ${result.rssBeforeMB} MB before, +${result.rssGrowthMB} MB at peak (+${result.sampledGrowthMB} MB sampled)`);
    return result;
  }

  it('reads 100,000 records (27 MB) in order', async () => {
    const result = await readExport(100_000);
    expect(result.answer).toEqual({ count: 100_000, last: { i: 99_999, name: 'record 99999', pad: 'x'.repeat(240) } });
  });

  it('reads 400,000 records (108 MB) growing the client by less than half of that: memory does not follow the body', async () => {
    const result = await readExport(400_000);
    expect(result.answer.count).toBe(400_000);
    expect(result.rssGrowthMB).toBeLessThan(54);
  });
});
