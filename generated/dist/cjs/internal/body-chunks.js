var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var body_chunks_exports = {};
__export(body_chunks_exports, {
  bodyChunks: () => bodyChunks,
  follow: () => follow
});
module.exports = __toCommonJS(body_chunks_exports);
var import_errors = require("../core/errors.js");
async function* bodyChunks(response, controller) {
  if (controller.signal.aborted) {
    await response.body?.cancel().catch(() => void 0);
    throw new import_errors.APIUserAbortError();
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
        if (controller.signal.aborted) throw new import_errors.APIUserAbortError();
        throw new import_errors.APIConnectionError(
          `The connection closed mid-stream: ${error.message}`,
          { cause: error }
        );
      }
      if (controller.signal.aborted) {
        finished = true;
        throw new import_errors.APIUserAbortError();
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bodyChunks,
  follow
});
