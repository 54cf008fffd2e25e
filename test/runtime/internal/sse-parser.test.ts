import { describe, expect, it } from '@jest/globals';
import { createParser } from 'eventsource-parser';
import fc from 'fast-check';
import { SseParser, type ServerSentEvent } from '../../../templates/runtime/internal/sse-parser.js';

const utf8 = new TextEncoder();

interface Parsed {
  events: ServerSentEvent[];
  comments: string[];
  retries: number[];
  lastEventId: string | undefined;
  retry: number | undefined;
}

/** Runs our parser over the chunks, then ends the stream. */
function parse(chunks: Array<Uint8Array | string>): Parsed {
  const out: Parsed = { events: [], comments: [], retries: [], lastEventId: undefined, retry: undefined };
  const parser = new SseParser({ onEvent: (e) => out.events.push(e), onComment: (c) => out.comments.push(c), onRetry: (ms) => out.retries.push(ms) });
  for (const chunk of chunks) parser.feed(typeof chunk === 'string' ? utf8.encode(chunk) : chunk);
  parser.end();
  out.lastEventId = parser.lastEventId;
  out.retry = parser.retry;
  return out;
}

const data = (d: string, more: Partial<ServerSentEvent> = {}): ServerSentEvent => ({ event: undefined, id: undefined, retry: undefined, data: d, ...more });

/** Every way to cut `bytes` in two. */
function splits(bytes: Uint8Array): Uint8Array[][] {
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
}

describe('SseParser: the WHATWG event stream interpretation', () => {
  it.each([
    ['LF', 'data: a\n\n'],
    ['CR', 'data: a\r\r'],
    ['CRLF', 'data: a\r\n\r\n'],
    ['mixed LF then CRLF', 'data: a\n\r\n'],
    ['mixed CR then LF', 'data: a\r\n\n'],
  ])('dispatches an event at a blank line, lines ended by %s', (_name, stream) => {
    expect(parse([stream]).events).toEqual([data('a')]);
  });

  it('joins the data lines of one event with LF', () => {
    expect(parse(['data: one\ndata: two\r\ndata: three\r\r']).events).toEqual([data('one\ntwo\nthree')]);
  });

  it('removes one space after the colon, no more', () => {
    expect(parse(['data:  two spaces\ndata:none\n\n']).events).toEqual([data(' two spaces\nnone')]);
  });

  it('reads a field without a colon as the field name with an empty value', () => {
    expect(parse(['data\n\n']).events).toEqual([data('')]);
    expect(parse(['data\ndata\n\n']).events).toEqual([data('\n')]);
    expect(parse(['data:\n\n']).events).toEqual([data('')]);
  });

  it('dispatches only when the data buffer is not empty; the event type does not leak into the next event', () => {
    expect(parse(['event: ping\n\ndata: x\n\n']).events).toEqual([data('x')]);
    expect(parse(['event: ping\ndata: x\n\n']).events).toEqual([data('x', { event: 'ping' })]);
  });

  it('discards an event that the stream ends before its blank line', () => {
    expect(parse(['data: a\n\ndata: b\n']).events).toEqual([data('a')]);
    expect(parse(['data: a\n\ndata: b']).events).toEqual([data('a')]);
  });

  it('ignores comments, reporting them without the colon and one space', () => {
    const out = parse([':keep-alive\n: spaced\n:  two\ndata: x\n\n']);
    expect(out.events).toEqual([data('x')]);
    expect(out.comments).toEqual(['keep-alive', 'spaced', ' two']);
  });

  it('ignores unknown fields and field names in another case', () => {
    expect(parse(['Data: no\nfoo: bar\nevent:\ndata: yes\n\n']).events).toEqual([data('yes')]);
  });

  it('drops one leading BOM, and only at the start of the stream', () => {
    expect(parse(['\uFEFFdata: a\n\n']).events).toEqual([data('a')]);
    // A second BOM is part of the first field's name, which is then unknown.
    expect(parse(['\uFEFF\uFEFFdata: a\n\ndata: b\n\n']).events).toEqual([data('b')]);
    expect(parse(['data: a\n\n\uFEFFdata: b\n\n']).events).toEqual([data('a')]);
  });

  it('drops a BOM split across chunks', () => {
    const bytes = utf8.encode('\uFEFFdata: a\n\n');
    for (const chunks of splits(bytes.subarray(0, 4)).map(([a, b]) => [a!, b!, bytes.subarray(4)])) expect(parse(chunks).events).toEqual([data('a')]);
  });

  it('decodes a character split at any byte, including astral characters', () => {
    const bytes = utf8.encode('data: é€😀\u{10FFFF}\n\n');
    for (const chunks of splits(bytes)) expect(parse(chunks).events).toEqual([data('é€😀\u{10FFFF}')]);
  });

  it('reads bytes that are not UTF-8 as U+FFFD', () => {
    expect(parse([new Uint8Array([...utf8.encode('data: '), 0xff, 0xc0, 0x80, 0x0a, 0x0a])]).events).toEqual([data('\uFFFD\uFFFD\uFFFD')]);
  });

  it('reads a CRLF split between CR and LF as one line end, not a blank line', () => {
    expect(parse(['data: a\r', '\ndata: b\r\n\r\n']).events).toEqual([data('a\nb')]);
    expect(parse(['data: a\r', '', '\ndata: b\n\n']).events).toEqual([data('a\nb')]);
  });

  it('dispatches an event whose blank line ends with a CR at the end of a chunk without waiting for the next byte', () => {
    const events: ServerSentEvent[] = [];
    const parser = new SseParser({ onEvent: (e) => events.push(e) });
    parser.feed(utf8.encode('data: a\r\r'));
    expect(events).toEqual([data('a')]);
    parser.feed(utf8.encode('\ndata: b\r\n\r\n'));
    expect(events).toEqual([data('a'), data('b')]);
  });

  it('reports the block\'s own id on the event and keeps the last event ID across events', () => {
    const out = parse(['id: 1\ndata: a\n\ndata: b\n\n']);
    expect(out.events).toEqual([data('a', { id: '1' }), data('b')]);
    expect(out.lastEventId).toBe('1');
  });

  it('sets the last event ID from a block without data, which dispatches no event', () => {
    const out = parse(['data: a\n\nid: 7\n\n']);
    expect(out.events).toEqual([data('a')]);
    expect(out.lastEventId).toBe('7');
  });

  it('does not set the last event ID from a block the stream ends in', () => {
    expect(parse(['id: 1\ndata: a\n\nid: 2\ndata: b\n']).lastEventId).toBe('1');
  });

  it('resets the last event ID with an empty id', () => {
    expect(parse(['id: 1\ndata: a\n\nid\ndata: b\n\n'])).toMatchObject({ events: [data('a', { id: '1' }), data('b', { id: '' })], lastEventId: '' });
  });

  it('ignores an id that contains NUL: the id before it stays', () => {
    const out = parse(['id: 1\nid: 2\0\ndata: a\n\n']);
    expect(out.events).toEqual([data('a', { id: '1' })]);
    expect(out.lastEventId).toBe('1');
    expect(parse(['id: 1\ndata: a\n\nid: \0\ndata: b\n\n'])).toMatchObject({ events: [data('a', { id: '1' }), data('b')], lastEventId: '1' });
  });

  it('takes retry of ASCII digits only, also from a block without data', () => {
    const out = parse(['retry: 1500\n\nretry: 10a\nretry: -1\nretry: 1.5\nretry:\nretry: ٣\ndata: x\n\nretry: 007\ndata: y\n\n']);
    expect(out.retries).toEqual([1500, 7]);
    expect(out.retry).toBe(7);
    expect(out.events).toEqual([data('x'), data('y', { retry: 7 })]);
  });

  it('reset() starts a new stream (a reconnect) keeping the last event ID and retry', () => {
    const events: ServerSentEvent[] = [];
    const parser = new SseParser({ onEvent: (e) => events.push(e) });
    parser.feed(utf8.encode('retry: 50\nid: 4\ndata: a\n\ndata: half'));
    parser.reset();
    parser.feed(utf8.encode('\uFEFFdata: b\n\n'));
    expect(events).toEqual([data('a', { id: '4', retry: 50 }), data('b')]);
    expect([parser.lastEventId, parser.retry]).toEqual(['4', 50]);
  });
});

// ---------------------------------------------------------------------------------------------
// Differential: the same bytes, cut into the same chunks, through eventsource-parser (fed the
// chunks decoded by a streaming TextDecoder, as its own EventSourceParserStream does).

interface Observed {
  events: Array<{ event: string | undefined; id: string | undefined; data: string }>;
  comments: string[];
  retries: number[];
}

function ours(chunks: Uint8Array[]): Observed {
  const out = parse(chunks);
  return { events: out.events.map(({ event, id, data }) => ({ event, id, data })), comments: out.comments, retries: out.retries };
}

function reference(chunks: Uint8Array[]): Observed {
  const out: Observed = { events: [], comments: [], retries: [] };
  const parser = createParser({ onEvent: ({ event, id, data }) => out.events.push({ event, id, data }), onComment: (c) => out.comments.push(c), onRetry: (ms) => out.retries.push(ms) });
  const decoder = new TextDecoder();
  for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest) parser.feed(rest);
  // eventsource-parser holds a CR that ends its input, waiting to see whether an LF follows
  // (see 'eventsource-parser deviations' below); an LF after it makes the same single line end.
  const last = chunks.filter((c) => c.length > 0).at(-1);
  if (last !== undefined && last[last.length - 1] === 0x0d) parser.feed('\n');
  return out;
}

const LINE_ENDS = ['\n', '\r', '\r\n'] as const;
const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\r' && c !== '\n') },
  { weight: 2, arbitrary: fc.constantFrom(':', ' ', '  ', '\0', '\uFEFF', 'é', '€', '😀', '\u{10FFFF}', 'data', 'id', 'ï»¿') },
);
const text = fc.string({ unit: textUnit, maxLength: 12 });
const fieldName = fc.constantFrom('data', 'event', 'id', 'retry', 'foo', 'Data', '');
const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('data:', 'data: ', 'data:  '), text).map(([f, v]) => f + v) },
  { weight: 1, arbitrary: fc.constant('data') },
  { weight: 2, arbitrary: text.map((v) => `event: ${v}`) },
  { weight: 2, arbitrary: text.map((v) => `id: ${v}`) },
  { weight: 1, arbitrary: fc.oneof(fc.nat().map(String), text).map((v) => `retry: ${v}`) },
  { weight: 1, arbitrary: text.map((v) => `:${v}`) },
  { weight: 1, arbitrary: fc.tuple(fieldName, text).map(([f, v]) => `${f}:${v}`) },
  { weight: 1, arbitrary: fieldName },
  { weight: 2, arbitrary: fc.constant('') },
);
const stream = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(line, fc.constantFrom(...LINE_ENDS)), { maxLength: 40 }),
    junk: fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x80, 0xbf, 0xc0, 0xe2, 0xf0, 0xff)), { maxLength: 3 }),
    cuts: fc.array(fc.nat(), { maxLength: 12 }),
  })
  .map(({ bom, lines, junk, cuts }) => {
    const bytes = [...utf8.encode((bom ? '\uFEFF' : '') + lines.map(([l, end]) => l + end).join(''))];
    for (const [at, byte] of junk) bytes.splice(at % (bytes.length + 1), 0, byte);
    const all = Uint8Array.from(bytes);
    const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
    const chunks: Uint8Array[] = [];
    let from = 0;
    for (const p of [...points, all.length]) {
      chunks.push(all.subarray(from, p));
      from = p;
    }
    return chunks;
  })
  // eventsource-parser clears an id that contains NUL instead of ignoring it; kept to streams
  // where that cannot matter (no valid id before it), and pinned by a named test below.
  .filter((chunks) => !validIdBeforeNulId(chunks));

function validIdBeforeNulId(chunks: Uint8Array[]): boolean {
  const lines = new TextDecoder().decode(Uint8Array.from(chunks.flatMap((c) => [...c]))).split(/\r\n|\r|\n/);
  let seenValid = false;
  for (const l of lines) {
    const value = /^id(?::(.*))?$/s.exec(l);
    if (value === null) continue;
    const v = (value[1] ?? '').replace(/^ /, '');
    if (v.includes('\0')) {
      if (seenValid) return true;
    } else {
      seenValid = true;
    }
  }
  return false;
}

describe('SseParser against eventsource-parser', () => {
  it('agrees on events, comments and retries for random streams cut at random bytes', () => {
    fc.assert(
      fc.property(stream, (chunks) => {
        expect(ours(chunks)).toEqual(reference(chunks));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees when every byte is its own chunk', () => {
    fc.assert(
      fc.property(stream, (chunks) => {
        const bytes = chunks.flatMap((c) => [...c]).map((b) => Uint8Array.of(b));
        expect(ours(bytes)).toEqual(reference(bytes));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Where eventsource-parser 3.0.6 (dist/index.js) departs from the standard; our parser follows
 * the standard, and these tests pin both behaviours so that a change in either is noticed.
 */
describe('eventsource-parser deviations, with the standard\'s answer', () => {
  it('an id with NUL: the standard ignores the field ("If the field value does not contain U+0000 NULL, then set the last event ID buffer"); eventsource-parser clears the id', () => {
    const bytes = [utf8.encode('id: 1\nid: 2\0\ndata: a\n\n')];
    expect(ours(bytes).events).toEqual([{ event: undefined, id: '1', data: 'a' }]);
    expect(reference(bytes).events).toEqual([{ event: undefined, id: undefined, data: 'a' }]);
  });

  it('a blank line ended by a CR at the end of the input: the standard dispatches (CR ends a line); eventsource-parser waits for a byte that may never come', () => {
    const out: unknown[] = [];
    const parser = createParser({ onEvent: (e) => out.push(e) });
    parser.feed('data: a\n\r');
    expect(out).toEqual([]);
    expect(parse(['data: a\n\r']).events).toEqual([data('a')]);
  });

  it('text starting with "ï»¿" (the BOM\'s bytes read as Latin-1): the standard keeps it, so the first field is unknown; eventsource-parser strips it', () => {
    const out: unknown[] = [];
    createParser({ onEvent: (e) => out.push(e) }).feed('ï»¿data: a\n\n');
    expect(out).toEqual([{ event: undefined, id: undefined, data: 'a' }]);
    expect(parse(['ï»¿data: a\n\n']).events).toEqual([]);
  });
});
