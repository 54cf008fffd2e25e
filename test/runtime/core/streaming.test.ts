import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { APIConnectionError, APIUserAbortError, NotFoundError, ResponseValidationError } from '../../../templates/runtime/core/errors.js';
import { StreamParseError } from '../../../templates/runtime/core/stream-errors.js';
import { Stream, type StreamEvent } from '../../../templates/runtime/core/streaming.js';

const utf8 = new TextEncoder();

/** A body whose chunks the test controls; `cancelled` is set when the reader cancels it. */
function body(chunks: Array<string | Uint8Array>, { fail, hold }: { fail?: Error; hold?: boolean } = {}) {
  const state = { cancelled: false, pulled: 0 };
  const queue = chunks.map((c) => (typeof c === 'string' ? utf8.encode(c) : c));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      const next = queue.shift();
      if (next !== undefined) controller.enqueue(next);
      else if (fail) controller.error(fail);
      else if (!hold) controller.close();
      // hold: never answers again, like a server that keeps the connection open.
      else return new Promise<void>(() => undefined);
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { response: new Response(stream, { headers: { 'content-type': 'text/event-stream' } }), state };
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

const event = <T>(data: T, more: Partial<StreamEvent<T>> = {}): StreamEvent<T> => ({ event: undefined, id: undefined, retry: undefined, data, ...more });

describe('Stream.fromSSE', () => {
  it('yields the events, data as a string without parse', async () => {
    const { response } = body(['event: a\nid: 1\ndata: x\n\n', 'data: y\n', '\n']);
    expect(await collect(Stream.fromSSE(response, new AbortController()))).toEqual([event('x', { event: 'a', id: '1' }), event('y')]);
  });

  it('reads data with parse, which is given the event type', async () => {
    const seen: Array<string | undefined> = [];
    const { response } = body(['event: delta\ndata: {"n":1}\n\ndata: {"n":2}\n\n']);
    const stream = Stream.fromSSE(response, new AbortController(), { parse: (data, type) => (seen.push(type), JSON.parse(data) as { n: number }) });
    expect(await collect(stream)).toEqual([event({ n: 1 }, { event: 'delta' }), event({ n: 2 })]);
    expect(seen).toEqual(['delta', undefined]);
  });

  it('throws StreamParseError (a ResponseParseError) for data parse rejects, and closes the body', async () => {
    const { response, state } = body(['data: {oops\n\n'], { hold: true });
    const error = await failure(collect(Stream.fromSSE(response, new AbortController(), { parse: (data) => JSON.parse(data) as unknown })));
    expect(error).toBeInstanceOf(StreamParseError);
    expect(error).toMatchObject({ status: 200, record: '{oops' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(state.cancelled).toBe(true);
  });

  it('gives the events of a chunk before a bad one, then StreamParseError, and closes the body', async () => {
    const { response, state } = body(['data: 1\n\ndata: {oops\n\ndata: 3\n\n'], { hold: true });
    const seen: unknown[] = [];
    const stream = Stream.fromSSE(response, new AbortController(), { parse: (data) => JSON.parse(data) as unknown });
    const error = await failure((async () => { for await (const item of stream) seen.push(item.data); })());
    expect(seen).toEqual([1]);
    expect(error).toMatchObject({ record: '{oops' });
    expect(state.cancelled).toBe(true);
  });

  it('serves next() calls that overlap in order, none lost or repeated, across chunks', async () => {
    const { response } = body(['data: 1\n\ndata: 2\n\n', 'data: 3\n\n', 'data: 4\n\ndata: 5\n\n']);
    const iterator = Stream.fromSSE(response, new AbortController())[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 7 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? 'done' : r.value.data))).toEqual(['1', '2', '3', '4', '5', 'done', 'done']);
  });

  it('passes on this package\'s own errors from parse (a validation error) as they are', async () => {
    const invalid = new ResponseValidationError([{ path: '/n', message: 'expected number', expected: 'number', received: 'string' }], {});
    const { response } = body(['data: x\n\n']);
    expect(await failure(collect(Stream.fromSSE(response, new AbortController(), { parse: () => { throw invalid; } })))).toBe(invalid);
  });

  it('can be iterated once', async () => {
    const stream = Stream.fromSSE(body([]).response, new AbortController());
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already been iterated/);
  });

  it('does not abort the controller when the stream ends normally', async () => {
    const controller = new AbortController();
    await collect(Stream.fromSSE(body(['data: x\n\n']).response, controller));
    expect(controller.signal.aborted).toBe(false);
  });

  it('cancels the body and aborts the controller when the loop breaks early', async () => {
    const controller = new AbortController();
    const { response, state } = body(['data: 1\n\n', 'data: 2\n\n'], { hold: true });
    for await (const _ of Stream.fromSSE(response, controller)) break;
    expect(state.cancelled).toBe(true);
    expect(controller.signal.aborted).toBe(true);
  });

  it('cancels the body when the loop throws', async () => {
    const { response, state } = body(['data: 1\n\n'], { hold: true });
    await failure(
      (async () => {
        for await (const _ of Stream.fromSSE(response, new AbortController())) throw new Error('mine');
      })(),
    );
    expect(state.cancelled).toBe(true);
  });

  it('throws APIUserAbortError when the controller is aborted mid-stream, even with fetch not given its signal', async () => {
    const controller = new AbortController();
    const { response, state } = body(['data: 1\n\n'], { hold: true });
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const e of Stream.fromSSE(response, controller)) {
          seen.push(e.data);
          setTimeout(() => controller.abort(), 5);
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual(['1']);
    expect(state.cancelled).toBe(true);
  });

  it('follows a caller\'s AbortSignal', async () => {
    const caller = new AbortController();
    const controller = new AbortController();
    const { response } = body([], { hold: true });
    setTimeout(() => caller.abort(), 5);
    expect(await failure(collect(Stream.fromSSE(response, controller, { signal: caller.signal })))).toBeInstanceOf(APIUserAbortError);
    expect(controller.signal.aborted).toBe(true);
  });

  it('throws APIConnectionError when the body fails mid-stream, after the events before it', async () => {
    const seen: string[] = [];
    const { response } = body(['data: 1\n\ndata: par'], { fail: new TypeError('terminated') });
    const error = await failure(
      (async () => {
        for await (const e of Stream.fromSSE(response, new AbortController())) seen.push(e.data);
      })(),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/closed mid-stream: terminated/);
    expect(seen).toEqual(['1']);
  });

  it('reconnects after a drop with the last event ID and retry, and goes on', async () => {
    const calls: Array<[string | undefined, number | undefined]> = [];
    const first = body(['retry: 25\nid: 1\ndata: a\n\nid: 2\ndata: lost'], { fail: new TypeError('terminated') });
    const second = body(['data: b\n\n']);
    const stream = Stream.fromSSE(first.response, new AbortController(), {
      reconnect: async (id, retry) => {
        calls.push([id, retry]);
        return second.response;
      },
    });
    expect((await collect(stream)).map((e) => e.data)).toEqual(['a', 'b']);
    expect(calls).toEqual([['1', 25]]);
  });

  it('gives up after maxReconnects drops in a row without an event', async () => {
    let calls = 0;
    const dropping = () => body(['data: half'], { fail: new TypeError('terminated') }).response;
    const stream = Stream.fromSSE(dropping(), new AbortController(), { maxReconnects: 2, reconnect: async () => (calls++, dropping()) });
    expect(await failure(collect(stream))).toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(2);
  });

  it('counts drops in a row only: an event in between starts the count again', async () => {
    let calls = 0;
    const eventThenDrop = () => body([`data: ${calls}\n\n`], { fail: new TypeError('terminated') }).response;
    const stream = Stream.fromSSE(eventThenDrop(), new AbortController(), { maxReconnects: 1, reconnect: async () => (++calls < 4 ? eventThenDrop() : body([]).response) });
    expect((await collect(stream)).map((e) => e.data)).toEqual(['0', '1', '2', '3']);
  });

  it('counts a reconnect that cannot connect as an attempt, and tries again', async () => {
    let calls = 0;
    const stream = Stream.fromSSE(body(['data: a\n\n'], { fail: new TypeError('terminated') }).response, new AbortController(), {
      reconnect: async () => {
        if (++calls < 3) throw new TypeError('fetch failed');
        return body(['data: b\n\n']).response;
      },
    });
    expect((await collect(stream)).map((e) => e.data)).toEqual(['a', 'b']);
    expect(calls).toBe(3);
  });

  it('gives up with the last connection error when no reconnect can connect', async () => {
    let calls = 0;
    const stream = Stream.fromSSE(body([], { fail: new TypeError('terminated') }).response, new AbortController(), {
      maxReconnects: 2,
      reconnect: async () => {
        calls++;
        throw new TypeError(`refused ${calls}`);
      },
    });
    const error = await failure(collect(stream));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/refused 2/);
    expect(calls).toBe(2);
  });

  it('throws the API error of a reconnect the server refuses', async () => {
    const stream = Stream.fromSSE(body([], { fail: new TypeError('terminated') }).response, new AbortController(), {
      reconnect: async () => new Response('{"errors":[{"code":7,"message":"gone"}]}', { status: 404 }),
    });
    const error = await failure(collect(stream));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).errors).toEqual([{ code: 7, message: 'gone' }]);
  });

  it('does not reconnect after an abort', async () => {
    const controller = new AbortController();
    let calls = 0;
    const stream = Stream.fromSSE(body([], { hold: true }).response, controller, { reconnect: async () => (calls++, body([]).response) });
    setTimeout(() => controller.abort(), 5);
    expect(await failure(collect(stream))).toBeInstanceOf(APIUserAbortError);
    expect(calls).toBe(0);
  });
});

describe('Stream.fromNDJSON', () => {
  it('yields one record per line: blank lines skipped, CRLF tolerated, a last line without a newline included', async () => {
    const { response } = body(['{"a":1}\n\n{"a":', '2}\r\n  \r\n{"a":3}']);
    expect(await collect(Stream.fromNDJSON(response, new AbortController(), JSON.parse))).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('reads the same records however the bytes are cut (characters split too)', () => {
    const records = fc.array(fc.dictionary(fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 6 }), { maxKeys: 3 }), { maxLength: 8 });
    return fc.assert(
      fc.asyncProperty(records, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (list, cuts, end, trailing) => {
        const bytes = utf8.encode(list.map((r) => JSON.stringify(r)).join(end) + (trailing ? end : ''));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((p, i, all) => bytes.slice(i === 0 ? 0 : all[i - 1], p));
        expect(await collect(Stream.fromNDJSON(body(chunks).response, new AbortController(), JSON.parse))).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('throws StreamParseError for a line that is not JSON', async () => {
    const error = await failure(collect(Stream.fromNDJSON(body(['{"a":1}\nnope\n']).response, new AbortController(), JSON.parse)));
    expect(error).toBeInstanceOf(StreamParseError);
    expect((error as StreamParseError).record).toBe('nope');
  });
});

describe('Stream.tee', () => {
  it('gives each side every item', async () => {
    const [left, right] = Stream.fromSSE(body(['data: 1\n\ndata: 2\n\n', 'data: 3\n\n']).response, new AbortController()).tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a.map((e) => e.data)).toEqual(['1', '2', '3']);
    expect(b).toEqual(a);
  });

  it('keeps the connection while one side still reads, and releases it when both have stopped', async () => {
    const { response, state } = body(['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'], { hold: true });
    const [left, right] = Stream.fromSSE(response, new AbortController()).tee();
    for await (const _ of left) break;
    expect(state.cancelled).toBe(false);
    const seen: string[] = [];
    for await (const e of right) {
      seen.push(e.data);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['1', '2', '3']);
    expect(state.cancelled).toBe(true);
  });

  it('gives both sides the error', async () => {
    const [left, right] = Stream.fromSSE(body(['data: 1\n\n'], { fail: new TypeError('terminated') }).response, new AbortController()).tee();
    const [a, b] = await Promise.all([failure(collect(left)), failure(collect(right))]);
    expect(a).toBeInstanceOf(APIConnectionError);
    expect(b).toBe(a);
  });
});
