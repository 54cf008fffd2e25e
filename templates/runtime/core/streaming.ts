import { itemsOf } from '../internal/batch-items.js';
import { bodyChunks, follow } from '../internal/body-chunks.js';
import { SseParser, type ServerSentEvent } from '../internal/sse-parser.js';
import { APIConnectionError, APIError, APIUserAbortError, SDKError } from './errors.js';
import { StreamParseError } from './stream-errors.js';

/** One server-sent event, its data read by the stream's `parse` (a string without one). */
export interface StreamEvent<T> {
  event: string | undefined;
  id: string | undefined;
  retry: number | undefined;
  data: T;
}

export interface SSEStreamOptions<T> {
  /** Reads one event's data: JSON-parses and validates it when the spec gives a schema. */
  parse?: (data: string, event: string | undefined) => T;
  /**
   * Opens the stream again after the connection dropped mid-stream, sending `Last-Event-ID` when
   * `lastEventId` is defined. It waits before reconnecting as it sees fit (`retryMs` is what the
   * server asked for) and should pass the stream's controller's signal to `fetch`. Not called when
   * the stream ends cleanly, nor after an abort.
   */
  reconnect?: (lastEventId: string | undefined, retryMs: number | undefined) => Promise<Response>;
  /**
   * Reconnect attempts in a row without an event in between (an attempt that cannot connect
   * counts too) before the stream gives up with the last connection error. Default 3.
   */
  maxReconnects?: number;
  /** A caller's signal; aborting it aborts the stream's controller. */
  signal?: AbortSignal;
}

/**
 * A streamed response body as an async iterable: server-sent events (`text/event-stream`) or
 * NDJSON / JSON Lines records, read as they arrive and never buffered whole.
 *
 * - The connection closes when the iteration ends early: a `break`, a `return` or an exception in
 *   the loop cancels the body and aborts `controller`. It is not aborted after a normal end.
 * - `controller.abort()`, or the caller's signal, ends the connection; the iteration then throws
 *   `APIUserAbortError` (it does not end quietly, so that a cut-short stream is not mistaken for a
 *   complete one).
 * - A connection lost mid-stream throws `APIConnectionError`, or reconnects (server-sent events,
 *   with a `reconnect` hook). A record the parser rejects throws what it threw if that is one of
 *   this package's errors, else `StreamParseError`.
 *
 * A stream can be iterated once; `tee()` splits it into two that can each be iterated.
 */
export class Stream<Item> implements AsyncIterable<Item> {
  #iterate: (() => AsyncIterator<Item>) | undefined;

  constructor(
    iterate: () => AsyncIterator<Item>,
    readonly controller: AbortController,
  ) {
    this.#iterate = iterate;
  }

  /** Server-sent events; `data` is a string unless `options.parse` reads it. */
  static fromSSE<T = string>(
    response: Response,
    controller: AbortController,
    options: SSEStreamOptions<T> = {},
  ): Stream<StreamEvent<T>> {
    const parse = options.parse;
    return new Stream(
      () =>
        itemsOf(sseBatches(response, controller, options), (event) =>
          eventOf(event, response.status, parse),
        ),
      controller,
    );
  }

  /**
   * `application/x-ndjson` / JSON Lines: one record per line, read by `parseLine` (which
   * JSON-parses and validates). Blank lines are skipped, a last line without a newline is a record,
   * and a CR before the LF is dropped.
   */
  static fromNDJSON<T>(
    response: Response,
    controller: AbortController,
    parseLine: (line: string) => T,
    options: { signal?: AbortSignal } = {},
  ): Stream<T> {
    return new Stream(
      () =>
        itemsOf(ndjsonLines(response, controller, options.signal), (line) =>
          parseRecord(line, response.status, parseLine),
        ),
      controller,
    );
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    const iterate = this.#iterate;
    if (iterate === undefined)
      throw new Error('This stream has already been iterated; use tee() to read it twice.');
    this.#iterate = undefined;
    return iterate();
  }

  /**
   * Two streams that each yield every item. Items one has read and the other not yet are held
   * for the other; the connection is released when both have ended. They share the controller.
   */
  tee(): [Stream<Item>, Stream<Item>] {
    const source = this[Symbol.asyncIterator]();
    const queues: [Array<Promise<IteratorResult<Item>>>, Array<Promise<IteratorResult<Item>>>] = [
      [],
      [],
    ];
    const open = [true, true];
    const side = (index: 0 | 1): AsyncIterator<Item> => ({
      next() {
        if (!open[index]) return Promise.resolve({ done: true, value: undefined });
        const queue = queues[index];
        if (queue.length === 0) {
          const result = source.next();
          for (const i of [0, 1] as const) if (open[i]) queues[i].push(result);
        }
        return queues[index].shift()!;
      },
      async return() {
        open[index] = false;
        queues[index].length = 0;
        if (!open[1 - index]) await source.return?.();
        return { done: true, value: undefined };
      },
    });
    return [new Stream(() => side(0), this.controller), new Stream(() => side(1), this.controller)];
  }
}

/** The events of a server-sent event stream, as the batches each chunk completes. */
async function* sseBatches<T>(
  response: Response,
  controller: AbortController,
  options: SSEStreamOptions<T>,
): AsyncGenerator<ServerSentEvent[]> {
  let ready: ServerSentEvent[] = [];
  const parser = new SseParser({ onEvent: (event) => ready.push(event) });
  const maxReconnects = options.maxReconnects ?? 3;
  const unfollow = follow(options.signal, controller);
  let current = response;
  let reconnects = 0;
  try {
    for (;;) {
      try {
        for await (const chunk of bodyChunks(current, controller)) {
          parser.feed(chunk);
          if (ready.length === 0) continue;
          reconnects = 0;
          const batch = ready;
          ready = [];
          yield batch;
        }
        parser.end();
        return;
      } catch (error) {
        if (
          !isDrop(error, controller) ||
          options.reconnect === undefined ||
          reconnects >= maxReconnects
        )
          throw error;
        ready = [];
        parser.reset();
        // A reconnect that cannot connect either is one more attempt of the same budget.
        for (let lastError = error; ; ) {
          if (reconnects >= maxReconnects) throw lastError;
          reconnects++;
          try {
            current = await reopen(options.reconnect, parser, controller);
            break;
          } catch (reopenError) {
            if (!isDrop(reopenError, controller)) throw reopenError;
            lastError = reopenError;
          }
        }
      }
    }
  } finally {
    unfollow();
  }
}

/** A lost connection, which a reconnect may mend; not an abort, an API error or a parse error. */
function isDrop(error: unknown, controller: AbortController): boolean {
  return error instanceof APIConnectionError && !controller.signal.aborted;
}

async function reopen(
  reconnect: NonNullable<SSEStreamOptions<unknown>['reconnect']>,
  parser: SseParser,
  controller: AbortController,
): Promise<Response> {
  let response: Response;
  try {
    // The standard sends no Last-Event-ID for an empty last event ID.
    response = await reconnect(
      parser.lastEventId === '' ? undefined : parser.lastEventId,
      parser.retry,
    );
  } catch (error) {
    if (controller.signal.aborted) throw new APIUserAbortError();
    throw error instanceof SDKError
      ? error
      : new APIConnectionError(`Reconnecting the stream failed: ${(error as Error).message}`, {
          cause: error,
        });
  }
  if (controller.signal.aborted) {
    await response.body?.cancel().catch(() => undefined);
    throw new APIUserAbortError();
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw APIError.for(response.status, headersOf(response), parseMaybe(text));
  }
  return response;
}

/**
 * The event with its data read by `parse`. The parser made the event object for this stream
 * alone, so its data is replaced in place: one object per event, not two.
 */
function eventOf<T>(
  event: ServerSentEvent,
  status: number,
  parse: ((data: string, event: string | undefined) => T) | undefined,
): StreamEvent<T> {
  if (parse === undefined) return event as StreamEvent<T>;
  const data = event.data;
  try {
    (event as unknown as StreamEvent<T>).data = parse(data, event.event);
  } catch (error) {
    throw recordError(error, status, data);
  }
  return event as unknown as StreamEvent<T>;
}

/** The records of an NDJSON body (its non-blank lines, CR dropped), as the batches each chunk completes. */
async function* ndjsonLines(
  response: Response,
  controller: AbortController,
  signal: AbortSignal | undefined,
): AsyncGenerator<string[]> {
  const unfollow = follow(signal, controller);
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for await (const chunk of bodyChunks(response, controller)) {
      const text = decoder.decode(chunk, { stream: true });
      const lines: string[] = [];
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        let line = text.slice(start, end);
        if (pending !== '') {
          line = pending + line;
          pending = '';
        }
        start = end + 1;
        if (!isBlank(line)) lines.push(withoutCR(line));
      }
      if (start < text.length) pending += text.slice(start);
      if (lines.length > 0) yield lines;
    }
    const last = pending + decoder.decode();
    if (!isBlank(last)) yield [withoutCR(last)];
  } finally {
    unfollow();
  }
}

/** True for a line of only whitespace; the CR of a CRLF line end is whitespace. */
function isBlank(line: string): boolean {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  return (first <= 32 || first > 126) && line.trim() === '';
}

function withoutCR(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function parseRecord<T>(record: string, status: number, parse: (record: string) => T): T {
  try {
    return parse(record);
  } catch (error) {
    throw recordError(error, status, record);
  }
}

/** What a record's parser threw, if it is one of this package's errors, else a StreamParseError. */
function recordError(error: unknown, status: number, record: string): SDKError {
  return error instanceof SDKError ? error : new StreamParseError(status, record, { cause: error });
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') out[key] = value;
  });
  return out;
}

function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
