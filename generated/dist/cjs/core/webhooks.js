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
var webhooks_exports = {};
__export(webhooks_exports, {
  WebhookPayloadError: () => WebhookPayloadError,
  WebhookVerificationError: () => WebhookVerificationError,
  dispatchWebhook: () => dispatchWebhook,
  headerValue: () => headerValue,
  parseWebhookBody: () => parseWebhookBody,
  timingSafeEqual: () => timingSafeEqual,
  verifyWebhookSignature: () => verifyWebhookSignature,
  webhookEventType: () => webhookEventType
});
module.exports = __toCommonJS(webhooks_exports);
var import_errors = require("./errors.js");
class WebhookVerificationError extends import_errors.SDKError {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  name = "WebhookVerificationError";
}
class WebhookPayloadError extends import_errors.SDKError {
  constructor(event, issues, closest = false) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || "/"} ${i.message}`);
    const read = event === void 0 ? "" : closest ? ` (matching no webhook; closest: ${event})` : ` (${event})`;
    super(
      `The webhook payload${read} is not valid: ${shown.join("; ")}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""}`
    );
    this.event = event;
    this.issues = issues;
    this.closest = closest;
  }
  name = "WebhookPayloadError";
}
const DEFAULT_TOLERANCE_SECONDS = 300;
const encoder = new TextEncoder();
function headerValue(headers, name) {
  if (typeof headers.get === "function") {
    return headers.get(name) ?? void 0;
  }
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const value = headers[key];
    return Array.isArray(value) ? value[0] : value;
  }
  return void 0;
}
async function verifyWebhookSignature(scheme, body, headers, options) {
  if (typeof options.secret !== "string" || options.secret === "") {
    throw new WebhookVerificationError("invalid-secret", "No webhook signing secret was given.");
  }
  switch (scheme) {
    case "github":
      return verifyGitHub(bytesOf(body), headers, options.secret);
    case "stripe":
      return verifyStripe(bytesOf(body), headers, options);
    case "standard":
      return verifyStandard(bytesOf(body), headers, options);
  }
}
async function verifyGitHub(body, headers, secret) {
  const header = required(headers, "x-hub-signature-256");
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) malformed("X-Hub-Signature-256", 'expected "sha256=" and 64 hex digits');
  const expected = await hmacSha256(encoder.encode(secret), body);
  if (!timingSafeEqual(expected, fromHex(match[1]))) mismatch("X-Hub-Signature-256");
}
async function verifyStripe(body, headers, options) {
  const header = required(headers, "stripe-signature");
  let timestamp;
  const signatures = [];
  for (const item of header.split(",")) {
    const eq = item.indexOf("=");
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === "t") timestamp = value;
    else if (key === "v1" && /^[0-9a-fA-F]{64}$/.test(value)) signatures.push(fromHex(value));
  }
  if (timestamp === void 0 || !/^\d+$/.test(timestamp))
    malformed("Stripe-Signature", 'expected a timestamp "t=<seconds>"');
  if (signatures.length === 0)
    malformed("Stripe-Signature", 'expected a "v1=<64 hex digits>" signature');
  checkTimestamp(Number(timestamp), options, "Stripe-Signature");
  const expected = await hmacSha256(
    encoder.encode(options.secret),
    concat(encoder.encode(`${timestamp}.`), body)
  );
  if (!anyEqual(expected, signatures)) mismatch("Stripe-Signature");
}
async function verifyStandard(body, headers, options) {
  const id = required(headers, "webhook-id");
  const timestamp = required(headers, "webhook-timestamp");
  const header = required(headers, "webhook-signature");
  if (!/^\d+$/.test(timestamp)) malformed("webhook-timestamp", "expected Unix seconds");
  const signatures = [];
  for (const item of header.split(" ")) {
    const comma = item.indexOf(",");
    if (comma < 0 || item.slice(0, comma) !== "v1") continue;
    const bytes = fromBase64(item.slice(comma + 1));
    if (bytes) signatures.push(bytes);
  }
  if (signatures.length === 0) malformed("webhook-signature", 'expected "v1,<base64>"');
  checkTimestamp(Number(timestamp), options, "webhook-timestamp");
  const key = fromBase64(
    options.secret.startsWith("whsec_") ? options.secret.slice("whsec_".length) : options.secret
  );
  if (!key || key.length === 0) {
    throw new WebhookVerificationError(
      "invalid-secret",
      'The webhook signing secret is not base64 (after its "whsec_" prefix).'
    );
  }
  const expected = await hmacSha256(key, concat(encoder.encode(`${id}.${timestamp}.`), body));
  if (!anyEqual(expected, signatures)) mismatch("webhook-signature");
}
function timingSafeEqual(a, b) {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ (i < b.length ? b[i] : 0);
  return difference === 0;
}
function anyEqual(expected, signatures) {
  let found = false;
  for (const signature of signatures) found = timingSafeEqual(expected, signature) || found;
  return found;
}
function checkTimestamp(seconds, options, header) {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Math.floor(Date.now() / 1e3);
  if (Math.abs(now - seconds) > tolerance) {
    throw new WebhookVerificationError(
      "stale-timestamp",
      `The ${header} timestamp is ${Math.abs(now - seconds)} s ${seconds < now ? "old" : "in the future"}, more than the ${tolerance} s allowed: a replayed or delayed delivery.`
    );
  }
}
function required(headers, name) {
  const value = headerValue(headers, name);
  if (value === void 0 || value === "") {
    throw new WebhookVerificationError(
      "missing-header",
      `The delivery has no ${name} header to verify it by.`
    );
  }
  return value;
}
function malformed(header, what) {
  throw new WebhookVerificationError(
    "malformed-header",
    `The ${header} header is malformed: ${what}.`
  );
}
function mismatch(header) {
  throw new WebhookVerificationError(
    "signature-mismatch",
    `The ${header} signature does not match the body: a wrong secret, or a body altered in transit (verify the raw bytes, before any parsing).`
  );
}
async function hmacSha256(key, data) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new import_errors.SDKError("Verifying webhook signatures needs WebCrypto (globalThis.crypto.subtle).");
  const cryptoKey = await subtle.importKey(
    "raw",
    new Uint8Array(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"]
  );
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, new Uint8Array(data)));
}
function bytesOf(body) {
  if (typeof body === "string") return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function fromBase64(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return void 0;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return void 0;
  }
}
function parseWebhookBody(body) {
  const text = typeof body === "string" ? body : new TextDecoder().decode(bytesOf(body));
  try {
    return JSON.parse(text);
  } catch {
    const received = text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}...` : JSON.stringify(text);
    throw new WebhookPayloadError(void 0, [
      {
        path: "",
        message: `expected a JSON body, received ${received}`,
        expected: "JSON",
        received
      }
    ]);
  }
}
function dispatchWebhook(entries, payload, eventType) {
  const typed = eventType === void 0 ? [] : entries.filter((e) => e.type === eventType);
  const candidates = typed.length > 0 ? typed : entries;
  for (const entry of candidates) if (entry.is(payload)) return { event: entry.event, payload };
  let closest;
  for (const entry of candidates) {
    const issues = [];
    entry.explain(payload, "", issues);
    if (!closest || issues.length < closest.issues.length) closest = { event: entry.event, issues };
  }
  if (!closest)
    throw new WebhookPayloadError(void 0, [
      {
        path: "",
        message: "this package knows no webhooks",
        expected: "a webhook",
        received: "a payload"
      }
    ]);
  throw new WebhookPayloadError(closest.event, closest.issues, candidates.length > 1);
}
function webhookEventType(payload, headers, source) {
  if (source.header !== void 0) {
    const value2 = headerValue(headers, source.header);
    if (value2 !== void 0) return value2;
  }
  if (source.field === void 0 || typeof payload !== "object" || payload === null)
    return void 0;
  const value = Object.prototype.hasOwnProperty.call(payload, source.field) ? payload[source.field] : void 0;
  return typeof value === "string" ? value : void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WebhookPayloadError,
  WebhookVerificationError,
  dispatchWebhook,
  headerValue,
  parseWebhookBody,
  timingSafeEqual,
  verifyWebhookSignature,
  webhookEventType
});
