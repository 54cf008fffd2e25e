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
export {
  enabled,
  redactHeaders
};
