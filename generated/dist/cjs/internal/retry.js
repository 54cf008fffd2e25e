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
var retry_exports = {};
__export(retry_exports, {
  retryAfter: () => retryAfter,
  retryDelay: () => retryDelay,
  shouldRetry: () => shouldRetry,
  sleep: () => sleep
});
module.exports = __toCommonJS(retry_exports);
var import_errors = require("../core/errors.js");
const RETRY_STATUSES = /* @__PURE__ */ new Set([408, 409, 429]);
const MAX_RETRY_AFTER_MS = 6e4;
function shouldRetry(response, retryable) {
  const header = response.headers.get("x-should-retry");
  if (header === "true") return true;
  if (header === "false") return false;
  return retryable && (RETRY_STATUSES.has(response.status) || response.status >= 500);
}
function retryAfter(headers) {
  if (!headers) return void 0;
  const ms = Number(headers.get("retry-after-ms") ?? NaN);
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return ms;
  const raw = headers.get("retry-after");
  if (raw === null) return void 0;
  const seconds = Number(raw);
  const delay = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(raw) - Date.now();
  return Number.isFinite(delay) && delay >= 0 && delay <= MAX_RETRY_AFTER_MS ? delay : void 0;
}
function retryDelay(attempt, headers) {
  return retryAfter(headers) ?? Math.min(500 * 2 ** attempt, 8e3) * (1 - Math.random() * 0.25);
}
function sleep(ms, signal) {
  if (signal?.aborted) return Promise.reject(new import_errors.APIUserAbortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new import_errors.APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  retryAfter,
  retryDelay,
  shouldRetry,
  sleep
});
