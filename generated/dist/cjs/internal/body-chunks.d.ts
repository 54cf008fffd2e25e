/**
 * The body's chunks as they arrive. An abort cancels the read at once (whether or not `fetch` was
 * given the controller's signal) and throws APIUserAbortError; a body that fails mid-way throws
 * APIConnectionError. Ending the iteration early cancels the body and aborts the controller, so
 * that the connection is closed rather than left to drain.
 */
export declare function bodyChunks(response: Response, controller: AbortController): AsyncGenerator<Uint8Array>;
/** Aborts `controller` when `signal` does; returns the function that stops following it. */
export declare function follow(signal: AbortSignal | undefined, controller: AbortController): () => void;
