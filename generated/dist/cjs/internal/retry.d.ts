/**
 * Whether a failed response is worth another attempt: the server's `x-should-retry` when it
 * says, else a retryable status, for a request that is safe to repeat (`retryable`).
 */
export declare function shouldRetry(response: Response, retryable: boolean): boolean;
/** `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date; ignored past 60 s. */
export declare function retryAfter(headers: Headers | undefined): number | undefined;
/**
 * Milliseconds to wait before the retry that follows attempt `attempt` (0 for the first): what
 * the server asked for, else exponential backoff from 500 ms, at most 8 s, less up to 25 %
 * jitter so that clients that failed together do not retry together.
 */
export declare function retryDelay(attempt: number, headers: Headers | undefined): number;
/** Waits `ms`, or rejects with `APIUserAbortError` as soon as `signal` aborts. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
