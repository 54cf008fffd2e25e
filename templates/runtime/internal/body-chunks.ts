import { APIConnectionError, APIUserAbortError } from '../core/errors.js';

/**
 * The body's chunks as they arrive. An abort cancels the read at once (whether or not `fetch` was
 * given the controller's signal) and throws APIUserAbortError; a body that fails mid-way throws
 * APIConnectionError. Ending the iteration early cancels the body and aborts the controller, so
 * that the connection is closed rather than left to drain.
 */
export async function* bodyChunks(
  response: Response,
  controller: AbortController,
): AsyncGenerator<Uint8Array> {
  if (controller.signal.aborted) {
    await response.body?.cancel().catch(() => undefined);
    throw new APIUserAbortError();
  }
  if (response.body === null) return;
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  controller.signal.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        finished = true;
        if (controller.signal.aborted) throw new APIUserAbortError();
        throw new APIConnectionError(
          `The connection closed mid-stream: ${(error as Error).message}`,
          { cause: error },
        );
      }
      if (controller.signal.aborted) {
        finished = true;
        throw new APIUserAbortError();
      }
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    controller.signal.removeEventListener('abort', onAbort);
    if (!finished) {
      await reader.cancel().catch(() => undefined);
      controller.abort();
    }
    reader.releaseLock();
  }
}

/** Aborts `controller` when `signal` does; returns the function that stops following it. */
export function follow(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (signal === undefined) return () => undefined;
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
