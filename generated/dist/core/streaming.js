import { itemsOf } from "../internal/batch-items.js";
import { bodyChunks, follow } from "../internal/body-chunks.js";
import { SseParser } from "../internal/sse-parser.js";
import { APIConnectionError, APIError, APIUserAbortError, SDKError } from "./errors.js";
import { StreamParseError } from "./stream-errors.js";
class Stream {
  constructor(iterate, controller) {
    this.controller = controller;
    this.#iterate = iterate;
  }
  #iterate;
  /** Server-sent events; `data` is a string unless `options.parse` reads it. */
  static fromSSE(response, controller, options = {}) {
    const parse = options.parse;
    return new Stream(
      () => itemsOf(
        sseBatches(response, controller, options),
        (event) => eventOf(event, response.status, parse)
      ),
      controller
    );
  }
  /**
   * `application/x-ndjson` / JSON Lines: one record per line, read by `parseLine` (which
   * JSON-parses and validates). Blank lines are skipped, a last line without a newline is a record,
   * and a CR before the LF is dropped.
   */
  static fromNDJSON(response, controller, parseLine, options = {}) {
    return new Stream(
      () => itemsOf(
        ndjsonLines(response, controller, options.signal),
        (line) => parseRecord(line, response.status, parseLine)
      ),
      controller
    );
  }
  [Symbol.asyncIterator]() {
    const iterate = this.#iterate;
    if (iterate === void 0)
      throw new Error("This stream has already been iterated; use tee() to read it twice.");
    this.#iterate = void 0;
    return iterate();
  }
  /**
   * Two streams that each yield every item. Items one has read and the other not yet are held
   * for the other; the connection is released when both have ended. They share the controller.
   */
  tee() {
    const source = this[Symbol.asyncIterator]();
    const queues = [
      [],
      []
    ];
    const open = [true, true];
    const side = (index) => ({
      next() {
        if (!open[index]) return Promise.resolve({ done: true, value: void 0 });
        const queue = queues[index];
        if (queue.length === 0) {
          const result = source.next();
          for (const i of [0, 1]) if (open[i]) queues[i].push(result);
        }
        return queues[index].shift();
      },
      async return() {
        open[index] = false;
        queues[index].length = 0;
        if (!open[1 - index]) await source.return?.();
        return { done: true, value: void 0 };
      }
    });
    return [new Stream(() => side(0), this.controller), new Stream(() => side(1), this.controller)];
  }
}
async function* sseBatches(response, controller, options) {
  let ready = [];
  const parser = new SseParser({ onEvent: (event) => ready.push(event) });
  const maxReconnects = options.maxReconnects ?? 3;
  const unfollow = follow(options.signal, controller);
  let current = response;
  let reconnects = 0;
  try {
    for (; ; ) {
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
        if (!isDrop(error, controller) || options.reconnect === void 0 || reconnects >= maxReconnects)
          throw error;
        ready = [];
        parser.reset();
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
function isDrop(error, controller) {
  return error instanceof APIConnectionError && !controller.signal.aborted;
}
async function reopen(reconnect, parser, controller) {
  let response;
  try {
    response = await reconnect(
      parser.lastEventId === "" ? void 0 : parser.lastEventId,
      parser.retry
    );
  } catch (error) {
    if (controller.signal.aborted) throw new APIUserAbortError();
    throw error instanceof SDKError ? error : new APIConnectionError(`Reconnecting the stream failed: ${error.message}`, {
      cause: error
    });
  }
  if (controller.signal.aborted) {
    await response.body?.cancel().catch(() => void 0);
    throw new APIUserAbortError();
  }
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    throw APIError.for(response.status, headersOf(response), parseMaybe(text));
  }
  return response;
}
function eventOf(event, status, parse) {
  if (parse === void 0) return event;
  const data = event.data;
  try {
    event.data = parse(data, event.event);
  } catch (error) {
    throw recordError(error, status, data);
  }
  return event;
}
async function* ndjsonLines(response, controller, signal) {
  const unfollow = follow(signal, controller);
  const decoder = new TextDecoder();
  let pending = "";
  try {
    for await (const chunk of bodyChunks(response, controller)) {
      const text = decoder.decode(chunk, { stream: true });
      const lines = [];
      let start = 0;
      for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
        let line = text.slice(start, end);
        if (pending !== "") {
          line = pending + line;
          pending = "";
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
function isBlank(line) {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  return (first <= 32 || first > 126) && line.trim() === "";
}
function withoutCR(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function parseRecord(record, status, parse) {
  try {
    return parse(record);
  } catch (error) {
    throw recordError(error, status, record);
  }
}
function recordError(error, status, record) {
  return error instanceof SDKError ? error : new StreamParseError(status, record, { cause: error });
}
function headersOf(response) {
  const out = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  return out;
}
function parseMaybe(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
export {
  Stream
};
