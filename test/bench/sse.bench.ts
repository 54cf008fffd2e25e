/**
 * Performance sanity for the SSE parser (not a timed test): parses the same large event stream,
 * as the same byte chunks, with templates/runtime/internal/sse-parser.ts and with
 * eventsource-parser (fed by a streaming TextDecoder, as its EventSourceParserStream is), and
 * prints events per second for each and their ratio. Rounds alternate the two; medians are shown.
 *
 *   npx tsx test/bench/sse.bench.ts
 */
import { createParser } from 'eventsource-parser';
import { SseParser } from '../../templates/runtime/internal/sse-parser.js';
import { median } from './measure.js';

const EVENTS = 200_000;
const CHUNK = 16 * 1024;
const ROUNDS = 7;

/** A stream like an LLM API's: JSON deltas with ids and event types, some multi-line data, comments, CRLF in part. */
function makeStream(): Uint8Array[] {
  const parts: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const end = i % 4 === 0 ? '\r\n' : '\n';
    if (i % 50 === 0) parts.push(`: keep-alive${end}`);
    parts.push(`event: ${i % 10 === 0 ? 'message_delta' : 'content_block_delta'}${end}id: ${i}${end}`);
    parts.push(`data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"tok ${i} é😀"}}${end}`);
    if (i % 7 === 0) parts.push(`data: second line ${i}${end}`);
    parts.push(end);
  }
  const bytes = new TextEncoder().encode(parts.join(''));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.subarray(at, at + CHUNK));
  return chunks;
}

function ours(chunks: Uint8Array[]): number {
  let count = 0;
  const parser = new SseParser({ onEvent: () => count++ });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return count;
}

function reference(chunks: Uint8Array[]): number {
  let count = 0;
  const parser = createParser({ onEvent: () => count++ });
  const decoder = new TextDecoder();
  for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
  return count;
}

const chunks = makeStream();
const megabytes = chunks.reduce((n, c) => n + c.length, 0) / 2 ** 20;
const contenders = { 'sdkgen SseParser': ours, 'eventsource-parser 3.0.6': reference };
const rates: Record<string, number[]> = { 'sdkgen SseParser': [], 'eventsource-parser 3.0.6': [] };
for (const run of Object.values(contenders)) if (run(chunks) !== EVENTS) throw new Error(`${run.name} counted the wrong number of events`);
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? Object.entries(contenders) : Object.entries(contenders).reverse();
  for (const [name, run] of order) {
    const started = performance.now();
    run(chunks);
    rates[name]!.push(EVENTS / ((performance.now() - started) / 1000));
  }
}
console.log(`${EVENTS.toLocaleString('en')} events, ${megabytes.toFixed(1)} MB in ${CHUNK / 1024} KB chunks, median of ${ROUNDS} rounds`);
for (const [name, list] of Object.entries(rates)) console.log(`  ${name.padEnd(26)} ${Math.round(median(list)).toLocaleString('en').padStart(12)} events/s`);
console.log(`  ratio (ours / eventsource-parser): ${(median(rates['sdkgen SseParser']!) / median(rates['eventsource-parser 3.0.6']!)).toFixed(2)}x`);
