/**
 * C3. Server-sent events through the generated client's `Stream`, side by side with
 * eventsource-parser reading the same bytes.
 *
 *   node --expose-gc --import tsx test/bench/event-stream.bench.ts     (run.ts starts it this way)
 *
 * Every contender reads one `Response` whose body is the same event stream, as the same byte
 * chunks, made from memory: the network is left out (B1 and C2 measure it), so what is measured is
 * the per-event work. The clients get it from a `fetch` that answers with that Response at once:
 * `events.stream()` (the spec gives its data a schema: each event's data is JSON-parsed and
 * validated) and `logs.tail()` (data is text). eventsource-parser does the same work: its
 * `createParser` fed by a streaming TextDecoder (and `JSON.parse` plus the same generated validator,
 * for the first), its events yielded by an async generator as the client's are ("iterated", the
 * peer the goals compare with) and, as the floor, handled in its callback with no iteration at
 * all; and, as a reference, its EventSourceParserStream the way its README pipes a fetch body
 * through it.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { generateMediaClient } from './media-client.js';
import { collectGarbage, formatInt, formatRatio, type GoalResult, median, QUICK, reportGoals, rotate, spreadPercent, table, verdict } from './measure.js';

const CHUNK = 16 * 1024;

interface MediaClient {
  events: { stream(): PromiseLike<AsyncIterable<{ data: unknown }>> };
  logs: { tail(): PromiseLike<AsyncIterable<{ data: unknown }>> };
}
type ClientClass = new (options: { baseURL: string; maxRetries: number; fetch: typeof fetch }) => MediaClient;

/**
 * An event stream like an LLM API's: JSON deltas the Event schema accepts, ids and event types,
 * data over two lines in part, keep-alive comments, CRLF in part, non-ASCII text.
 */
function makeStream(events: number): Uint8Array[] {
  const parts: string[] = [];
  for (let i = 0; i < events; i++) {
    const end = i % 4 === 0 ? '\r\n' : '\n';
    if (i % 50 === 0) parts.push(`: keep-alive${end}`);
    if (i % 10 === 0) parts.push(`event: delta${end}`);
    parts.push(`id: ${i}${end}`);
    const type = i % 3 === 0 ? 'deleted' : 'created';
    if (i % 7 === 0) parts.push(`data: {"type":"${type}",${end}data: "at":"2024-05-0${1 + (i % 9)}T12:00:00Z","id":${i}}${end}`);
    else parts.push(`data: {"type":"${type}","at":"2024-05-0${1 + (i % 9)}T12:00:00.250Z","id":${i},"delta":{"text":"tok ${i} é😀"}}${end}`);
    parts.push(end);
  }
  const bytes = new TextEncoder().encode(parts.join(''));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.subarray(at, at + CHUNK));
  return chunks;
}

/** A fresh Response over `chunks`, handing out one chunk per read. */
function responseOf(chunks: readonly Uint8Array[]): Response {
  let i = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (i < chunks.length) controller.enqueue(chunks[i++]!);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/**
 * A fresh for-await loop that counts what a stream yields, compiled on its own: one loop shared by
 * every contender would see all their iterators at one call site and stop inlining, and the
 * contender that ran first would be measured differently (see makeLoop in measure.ts). This is the
 * benchmark harness, not code under test.
 */
function counter(): (stream: AsyncIterable<unknown>) => Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(
    'stream',
    `"use strict"; // ${Math.random()}
     return (async () => {
       let count = 0;
       for await (const _ of stream) count++;
       return count;
     })();`,
  ) as (stream: AsyncIterable<unknown>) => Promise<number>;
}

interface Contender {
  name: string;
  /** Reads the whole stream; resolves to the number of events. */
  run: () => Promise<number>;
}

const SDKGEN_JSON = 'sdkgen events.stream(): JSON + validation';
const SDKGEN_TEXT = 'sdkgen logs.tail(): data as text';
const ITERATED_JSON = 'eventsource-parser, iterated: JSON + isEvent';
const ITERATED_TEXT = 'eventsource-parser, iterated: data as text';
const CALLBACK_JSON = '(floor) eventsource-parser callback: JSON + isEvent';
const CALLBACK_TEXT = '(floor) eventsource-parser callback: text';
const PARSER_STREAM = '(ref) EventSourceParserStream: data as text';

async function contenders(chunks: readonly Uint8Array[], dist: string): Promise<Contender[]> {
  const { Client } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { Client: ClientClass };
  const { isEvent } = (await import(pathToFileURL(join(dist, 'validators.js')).href)) as { isEvent: (value: unknown) => boolean };
  const client = new Client({ baseURL: 'http://events.invalid', maxRetries: 0, fetch: async () => responseOf(chunks) });
  const checked = (data: string) => {
    const value: unknown = JSON.parse(data);
    if (!isEvent(value)) throw new Error('an event the schema rejects');
    return value;
  };
  /**
   * eventsource-parser's createParser fed as its EventSourceParserStream feeds it (a streaming
   * TextDecoder), calling `onData` for each event from its callback: no iteration, the floor.
   */
  const callback = async (onData: (data: string) => void) => {
    let count = 0;
    const parser = createParser({
      onEvent: (event) => {
        onData(event.data);
        count++;
      },
    });
    const decoder = new TextDecoder();
    const reader = responseOf(chunks).body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) parser.feed(decoder.decode(r.value, { stream: true }));
    parser.feed(decoder.decode());
    return count;
  };
  /**
   * The same parser behind an async generator, shaped as the client's Stream is: each event yielded
   * to a for-await, as what `read` makes of it (the client yields `{ event, id, retry, data }`).
   */
  async function* iterated(read: (event: EventSourceMessage) => unknown): AsyncGenerator<unknown> {
    const ready: EventSourceMessage[] = [];
    const parser = createParser({ onEvent: (event) => void ready.push(event) });
    const decoder = new TextDecoder();
    const reader = responseOf(chunks).body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      parser.feed(decoder.decode(r.value, { stream: true }));
      for (let i = 0; i < ready.length; i++) yield read(ready[i]!);
      ready.length = 0;
    }
  }
  const [sdkgenJson, sdkgenText, iteratedJson, iteratedText, parserStream] = [counter(), counter(), counter(), counter(), counter()];
  return [
    { name: SDKGEN_JSON, run: async () => sdkgenJson(await client.events.stream()) },
    { name: SDKGEN_TEXT, run: async () => sdkgenText(await client.logs.tail()) },
    { name: ITERATED_JSON, run: () => iteratedJson(iterated((e) => ({ event: e.event, id: e.id, data: checked(e.data) }))) },
    { name: ITERATED_TEXT, run: () => iteratedText(iterated((e) => e)) },
    { name: CALLBACK_JSON, run: () => callback(checked) },
    { name: CALLBACK_TEXT, run: () => callback(() => undefined) },
    {
      name: PARSER_STREAM,
      run: async () => {
        const events = responseOf(chunks).body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
        return parserStream(events);
      },
    },
  ];
}

/** Before anything is timed: the clients yield what the stream holds, validated where the spec says so. */
async function preflight(dist: string, chunks: readonly Uint8Array[]): Promise<void> {
  const { Client } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { Client: ClientClass };
  const first = async (client: MediaClient, which: 'events' | 'logs') => {
    for await (const event of await (which === 'events' ? client.events.stream() : client.logs.tail())) return event.data;
    throw new Error('no event');
  };
  const client = new Client({ baseURL: 'http://events.invalid', maxRetries: 0, fetch: async () => responseOf(chunks) });
  const parsed = await first(client, 'events');
  if (typeof parsed !== 'object' || (parsed as { id?: unknown }).id !== 0) throw new Error(`events.stream() yielded ${JSON.stringify(parsed)}`);
  if (typeof (await first(client, 'logs')) !== 'string') throw new Error('logs.tail() did not yield text');
  const broken = new Client({
    baseURL: 'http://events.invalid',
    maxRetries: 0,
    fetch: async () => responseOf([new TextEncoder().encode('data: {"type":"archived","at":"2024-05-01T12:00:00Z"}\n\n')]),
  });
  const error = await first(broken, 'events').then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (error?.name !== 'ResponseValidationError') throw new Error(`events.stream() did not validate: ${error?.name ?? 'no error'}`);
}

interface Sample {
  wallRate: number;
  cpuRate: number;
}

async function main(): Promise<void> {
  const events = QUICK ? 100_000 : 200_000;
  const rounds = QUICK ? 3 : 7;
  const chunks = makeStream(events);
  const megabytes = chunks.reduce((n, c) => n + c.length, 0) / 2 ** 20;
  console.log('\n## C3. Server-sent events: the client\'s Stream vs eventsource-parser, on the same bytes');
  console.log(
    [
      `${formatInt(events)} events, ${megabytes.toFixed(1)} MB in ${CHUNK / 1024} KB chunks, from memory (a Response over the chunks; no network).`,
      `${rounds} rounds; in each, every contender (in an order rotated per round, GC before each) reads the whole stream.`,
      'events/s by the wall clock and per second of this process\'s CPU time; medians over the rounds ("±" = half',
      '  the interquartile range, as a % of the median). Ratios: medians of per-round ratios; > 1.00 means sdkgen is faster.',
    ].join('\n'),
  );
  const client = await generateMediaClient();
  let all: Contender[];
  const samples: Record<string, Sample[]> = {};
  try {
    await preflight(client.dist, chunks);
    all = await contenders(chunks, client.dist);
    for (const c of all) {
      const count = await c.run();
      if (count !== events) throw new Error(`${c.name} read ${count} events, not ${events}`);
      samples[c.name] = [];
    }
    for (let round = 0; round < rounds; round++) {
      for (const c of rotate(all, round)) {
        collectGarbage();
        const cpu = process.cpuUsage();
        const started = process.hrtime.bigint();
        await c.run();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const used = process.cpuUsage(cpu);
        samples[c.name]!.push({ wallRate: events / seconds, cpuRate: events / ((used.user + used.system) / 1e6) });
      }
    }
  } finally {
    await client.remove();
  }

  const ratio = (a: string, b: string, metric: keyof Sample) => {
    const perRound = samples[a]!.map((s, i) => s[metric] / samples[b]![i]![metric]);
    return { value: median(perRound), spread: spreadPercent(perRound) };
  };
  const shown = (r: { value: number; spread: number }) => `${formatRatio(r.value)} ±${r.spread.toFixed(0)}%`;
  const iteratedPeer: Record<string, string> = { [SDKGEN_JSON]: ITERATED_JSON, [SDKGEN_TEXT]: ITERATED_TEXT };
  const floorPeer: Record<string, string> = { [SDKGEN_JSON]: CALLBACK_JSON, [SDKGEN_TEXT]: CALLBACK_TEXT };
  const rows = all.map(({ name }) => {
    const iterated = iteratedPeer[name];
    const floor = floorPeer[name];
    return [
      name,
      formatInt(median(samples[name]!.map((s) => s.wallRate))),
      `±${spreadPercent(samples[name]!.map((s) => s.wallRate)).toFixed(1)}%`,
      formatInt(median(samples[name]!.map((s) => s.cpuRate))),
      iterated ? shown(ratio(name, iterated, 'wallRate')) : '',
      iterated ? shown(ratio(name, iterated, 'cpuRate')) : '',
      floor ? shown(ratio(name, floor, 'wallRate')) : '',
    ];
  });
  console.log(table(['contender', 'events/s', '±', 'events/CPU s', 'vs iterated, wall', 'CPU', 'vs callback, wall'], rows));
  console.log(
    [
      '"iterated" is the like-for-like peer: eventsource-parser behind an async generator, as the client\'s Stream',
      '  delivers events (each one a for-await step). "callback" does no iteration at all: the floor of what any',
      `  async-iterable stream can reach. sdkgen logs.tail() / EventSourceParserStream: ${shown(ratio(SDKGEN_TEXT, PARSER_STREAM, 'wallRate'))} (wall).`,
    ].join('\n'),
  );

  const goals: GoalResult[] = [SDKGEN_JSON, SDKGEN_TEXT].map((name) => {
    const wall = ratio(name, iteratedPeer[name]!, 'wallRate').value;
    return { section: 'C3', goal: `${name} >= 1.0 x ${iteratedPeer[name]} events/s (wall)`, measured: formatRatio(wall), met: wall >= 1 };
  });
  console.log('\nGoals (C3):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
}

await main();
