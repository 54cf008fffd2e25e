// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

/**
 * An incremental parser for `text/event-stream`, exactly as the WHATWG HTML standard's "event
 * stream interpretation" (section 9.2.6) reads one: bytes in, events out, whatever the byte
 * boundaries of the chunks the network delivers.
 *
 * - Bytes are decoded as UTF-8 with one streaming `TextDecoder`, so a character split between
 *   two chunks is not broken, invalid bytes become U+FFFD, and one leading BOM is dropped.
 * - Lines end at CR, LF or CRLF. A CR that ends a chunk ends its line at once (the event is not
 *   held back waiting for the next byte); an LF that starts the next chunk is then skipped.
 * - An event is dispatched at a blank line, and only when it had a `data` field; `data` lines are
 *   joined with LF. What is left when the stream ends without a blank line is discarded.
 *
 * Where the standard leaves a choice to the API, this parser:
 * - reports the `id` and `retry` fields of the event's own block on the event (`undefined` when
 *   the block had none), and keeps the standard's persistent values in {@link SseParser.lastEventId}
 *   and {@link SseParser.retry}, which a reconnect uses;
 * - reports comments and every valid `retry` field through optional callbacks, because a block
 *   without `data` (a keep-alive comment, a retry-only block) is not an event.
 */

/** One dispatched event. `event` is `undefined` for the default type, "message". */
export interface ServerSentEvent {
  event: string | undefined;
  /** The `id` field of this event's block, if it had one without NUL. */
  id: string | undefined;
  /** The `retry` field of this event's block, if it had a valid one (milliseconds). */
  retry: number | undefined;
  data: string;
}

export interface SseParserCallbacks {
  onEvent(event: ServerSentEvent): void;
  /** A comment line (`:` first), with the colon and one following space removed. */
  onComment?(comment: string): void;
  /** A `retry` field of ASCII digits, also in a block that dispatches no event. */
  onRetry?(milliseconds: number): void;
}

const LF = 10;
const SPACE = 32;

export class SseParser {
  #decoder = new TextDecoder();
  /** The start of a line whose end has not arrived yet. */
  #pending = '';
  /** The previous chunk ended with CR: an LF starting the next one belongs to that line end. */
  #skipLF = false;
  #data = '';
  #dataLines = 0;
  #eventType = '';
  #blockId: string | undefined;
  #blockRetry: number | undefined;
  /** The standard's "last event ID buffer": set by `id` fields, not reset at dispatch. */
  #idBuffer: string | undefined;
  #lastEventId: string | undefined;
  #retry: number | undefined;
  readonly #callbacks: SseParserCallbacks;

  constructor(callbacks: SseParserCallbacks) {
    this.#callbacks = callbacks;
  }

  /** The standard's "last event ID string": the id buffer as of the last dispatch (also one without data). */
  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  /** The reconnection time the server last asked for, in milliseconds. */
  get retry(): number | undefined {
    return this.#retry;
  }

  /** Parses the next chunk of the stream; dispatches the events it completes. */
  feed(chunk: Uint8Array): void {
    const text = this.#decoder.decode(chunk, { stream: true });
    if (text.length > 0) this.#parse(text);
  }

  /**
   * The stream ended. An unterminated line and an event without its blank line are discarded, as
   * the standard says ("If the file ends in the middle of an event, ... the event is not dispatched").
   */
  end(): void {
    this.#decoder.decode();
    this.#clearStream();
  }

  /**
   * Starts parsing a new connection's stream (a reconnect): a fresh decoder and event, keeping the
   * last event ID and the reconnection time. As browsers do, the new stream's id buffer starts at
   * the last event ID, so that an event without an `id` does not clear it.
   */
  reset(): void {
    this.#decoder = new TextDecoder();
    this.#clearStream();
    this.#idBuffer = this.#lastEventId;
  }

  #clearStream(): void {
    this.#pending = '';
    this.#skipLF = false;
    this.#clearEvent();
  }

  #parse(text: string): void {
    let start = 0;
    if (this.#skipLF) {
      this.#skipLF = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    // The next CR and LF at or after `start`; each is searched for again only once passed, so
    // a chunk is scanned once even when it has no CR at all (or no LF).
    let lf = text.indexOf('\n', start);
    let cr = text.indexOf('\r', start);
    const length = text.length;
    while (start < length) {
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const end = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
      if (end === -1) break;
      let line = text.slice(start, end);
      if (this.#pending.length > 0) {
        line = this.#pending + line;
        this.#pending = '';
      }
      if (end === cr) {
        if (end + 1 === length) this.#skipLF = true;
        start = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
      this.#line(line);
    }
    if (start < length) this.#pending += text.slice(start);
  }

  #line(line: string): void {
    if (line.length === 0) {
      this.#dispatch();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === 0) {
      this.#callbacks.onComment?.(line.slice(line.charCodeAt(1) === SPACE ? 2 : 1));
      return;
    }
    let field: string;
    let value: string;
    if (colon === -1) {
      field = line;
      value = '';
    } else {
      field = line.slice(0, colon);
      value = line.slice(line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1);
    }
    switch (field) {
      case 'data':
        this.#data = this.#dataLines === 0 ? value : `${this.#data}\n${value}`;
        this.#dataLines++;
        break;
      case 'event':
        this.#eventType = value;
        break;
      case 'id':
        // An id with NUL is ignored: the buffer keeps its value (it is not cleared).
        if (!value.includes('\0')) this.#idBuffer = this.#blockId = value;
        break;
      case 'retry':
        if (isAsciiDigits(value)) {
          const milliseconds = Number(value);
          this.#retry = this.#blockRetry = milliseconds;
          this.#callbacks.onRetry?.(milliseconds);
        }
        break;
      // Any other field is ignored.
    }
  }

  #dispatch(): void {
    this.#lastEventId = this.#idBuffer;
    if (this.#dataLines > 0) {
      this.#callbacks.onEvent({
        event: this.#eventType === '' ? undefined : this.#eventType,
        id: this.#blockId,
        retry: this.#blockRetry,
        data: this.#data,
      });
    }
    this.#clearEvent();
  }

  #clearEvent(): void {
    this.#data = '';
    this.#dataLines = 0;
    this.#eventType = '';
    this.#blockId = undefined;
    this.#blockRetry = undefined;
  }
}

function isAsciiDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
