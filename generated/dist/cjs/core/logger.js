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
var logger_exports = {};
__export(logger_exports, {
  enabled: () => enabled,
  redactHeaders: () => redactHeaders
});
module.exports = __toCommonJS(logger_exports);
const RANK = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const SECRET_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "x-auth-key",
  "x-auth-email",
  "x-auth-user-service-key",
  "cookie",
  "set-cookie",
  "proxy-authorization"
]);
function enabled(level, wanted) {
  return RANK[level] >= RANK[wanted];
}
function redactHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? "***" : v;
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  enabled,
  redactHeaders
});
