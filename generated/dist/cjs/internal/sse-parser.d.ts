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
export declare class SseParser {
    #private;
    constructor(callbacks: SseParserCallbacks);
    /** The standard's "last event ID string": the id buffer as of the last dispatch (also one without data). */
    get lastEventId(): string | undefined;
    /** The reconnection time the server last asked for, in milliseconds. */
    get retry(): number | undefined;
    /** Parses the next chunk of the stream; dispatches the events it completes. */
    feed(chunk: Uint8Array): void;
    /**
     * The stream ended. An unterminated line and an event without its blank line are discarded, as
     * the standard says ("If the file ends in the middle of an event, ... the event is not dispatched").
     */
    end(): void;
    /**
     * Starts parsing a new connection's stream (a reconnect): a fresh decoder and event, keeping the
     * last event ID and the reconnection time. As browsers do, the new stream's id buffer starts at
     * the last event ID, so that an event without an `id` does not clear it.
     */
    reset(): void;
}
