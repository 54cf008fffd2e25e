import { APIConnectionError, APIUserAbortError } from "../core/errors.js";
async function* bodyChunks(response, controller) {
  if (controller.signal.aborted) {
    await response.body?.cancel().catch(() => void 0);
    throw new APIUserAbortError();
  }
  if (response.body === null) return;
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => void 0);
  controller.signal.addEventListener("abort", onAbort, { once: true });
  let finished = false;
  try {
    for (; ; ) {
      let result;
      try {
        result = await reader.read();
      } catch (error) {
        finished = true;
        if (controller.signal.aborted) throw new APIUserAbortError();
        throw new APIConnectionError(
          `The connection closed mid-stream: ${error.message}`,
          { cause: error }
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
    controller.signal.removeEventListener("abort", onAbort);
    if (!finished) {
      await reader.cancel().catch(() => void 0);
      controller.abort();
    }
    reader.releaseLock();
  }
}
function follow(signal, controller) {
  if (signal === void 0) return () => void 0;
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return () => signal.removeEventListener("abort", onAbort);
}
export {
  bodyChunks,
  follow
};
