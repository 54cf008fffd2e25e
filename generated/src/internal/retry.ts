// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { APIUserAbortError } from '../core/errors.js';

/** Statuses worth another attempt besides 5xx: timeout, conflict, rate limit. */
const RETRY_STATUSES = new Set([408, 409, 429]);

/** The longest wait a server may ask for; a longer one is ignored in favour of the backoff. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether a failed response is worth another attempt: the server's `x-should-retry` when it
 * says, else a retryable status, for a request that is safe to repeat (`retryable`).
 */
export function shouldRetry(response: Response, retryable: boolean): boolean {
  const header = response.headers.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return retryable && (RETRY_STATUSES.has(response.status) || response.status >= 500);
}

/** `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date; ignored past 60 s. */
export function retryAfter(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return ms;
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - Date.now();
  return Number.isFinite(delay) && delay >= 0 && delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
}

/**
 * Milliseconds to wait before the retry that follows attempt `attempt` (0 for the first): what
 * the server asked for, else exponential backoff from 500 ms, at most 8 s, less up to 25 %
 * jitter so that clients that failed together do not retry together.
 */
export function retryDelay(attempt: number, headers: Headers | undefined): number {
  return retryAfter(headers) ?? Math.min(500 * 2 ** attempt, 8000) * (1 - Math.random() * 0.25);
}

/** Waits `ms`, or rejects with `APIUserAbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(new APIUserAbortError());
  return new Promise<void>((resolve, reject) => {
    // Removed when the delay ends, or a caller's long-lived signal collects one listener per retry.
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
