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
export declare class Stream<Item> implements AsyncIterable<Item> {
    #private;
    [x: number]: () => AsyncIterator<Item>;
    readonly controller: AbortController;
    constructor(iterate: () => AsyncIterator<Item>, controller: AbortController);
    /** Server-sent events; `data` is a string unless `options.parse` reads it. */
    static fromSSE<T = string>(response: Response, controller: AbortController, options?: SSEStreamOptions<T>): Stream<StreamEvent<T>>;
    /**
     * `application/x-ndjson` / JSON Lines: one record per line, read by `parseLine` (which
     * JSON-parses and validates). Blank lines are skipped, a last line without a newline is a record,
     * and a CR before the LF is dropped.
     */
    static fromNDJSON<T>(response: Response, controller: AbortController, parseLine: (line: string) => T, options?: {
        signal?: AbortSignal;
    }): Stream<T>;
    [Symbol.asyncIterator](): AsyncIterator<Item>;
    /**
     * Two streams that each yield every item. Items one has read and the other not yet are held
     * for the other; the connection is released when both have ended. They share the controller.
     */
    tee(): [Stream<Item>, Stream<Item>];
}
