// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { SDKError } from './errors.js';
import type { ValidationIssue } from './validation.js';

// Receiving webhooks: checking a delivery's signature and reading its payload. Dependency-free and
// WebCrypto only (`crypto.subtle`), so the same code runs in Node 20, browsers, Deno and Workers.

/**
 * How an API signs its deliveries:
 * - `github`: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`;
 * - `stripe`: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`;
 * - `standard` (Standard Webhooks, Svix): `webhook-id`, `webhook-timestamp` and
 *   `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, keyed by the
 *   base64 bytes of a `whsec_` secret.
 */
export type WebhookSignatureScheme = 'github' | 'stripe' | 'standard';

/** A delivery's headers: the Fetch API's `Headers`, or Node's `IncomingHttpHeaders` (any case). */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

/** A delivery's body exactly as received: signatures cover these bytes, not a re-serialised object. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/** Why a delivery was refused. */
export type WebhookVerificationReason =
  | 'missing-header'
  | 'malformed-header'
  | 'invalid-secret'
  | 'stale-timestamp'
  | 'signature-mismatch';

/**
 * A delivery whose signature does not check out. Its message names the header and the reason,
 * never the secret or the signature that was expected.
 */
export class WebhookVerificationError extends SDKError {
  override name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(message);
  }
}

/** A delivery whose body is not JSON, or matches no payload schema of its event. */
export class WebhookPayloadError extends SDKError {
  override name = 'WebhookPayloadError';
  constructor(
    /**
     * The webhook whose schema the payload was checked against (`check-run-completed`): the
     * one its event type names, else the closest of those it could be.
     */
    readonly event: string | undefined,
    readonly issues: ValidationIssue[],
    /** Whether several webhooks were tried and `event` is only the closest. */
    readonly closest = false,
  ) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || '/'} ${i.message}`);
    const read =
      event === undefined
        ? ''
        : closest
          ? ` (matching no webhook; closest: ${event})`
          : ` (${event})`;
    super(
      `The webhook payload${read} is not valid: ${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`,
    );
  }
}

export interface VerifyOptions {
  /** The signing secret (Stripe's and Standard Webhooks' start with `whsec_`). */
  secret: string;
  /** Stripe and Standard Webhooks: how far, in seconds, the timestamp may be from now (default 300). */
  tolerance?: number;
  /** The time to check the timestamp against, in Unix seconds (default: now). */
  now?: number;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const encoder = new TextEncoder();

/** A header's value by case-insensitive name; the first of repeated ones. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const value = (headers as Record<string, string | string[] | undefined>)[key];
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Checks a delivery's signature by the API's scheme; throws `WebhookVerificationError` when it fails. */
export async function verifyWebhookSignature(
  scheme: WebhookSignatureScheme,
  body: WebhookBody,
  headers: WebhookHeaders,
  options: VerifyOptions,
): Promise<void> {
  if (typeof options.secret !== 'string' || options.secret === '') {
    throw new WebhookVerificationError('invalid-secret', 'No webhook signing secret was given.');
  }
  switch (scheme) {
    case 'github':
      return verifyGitHub(bytesOf(body), headers, options.secret);
    case 'stripe':
      return verifyStripe(bytesOf(body), headers, options);
    case 'standard':
      return verifyStandard(bytesOf(body), headers, options);
  }
}

async function verifyGitHub(
  body: Uint8Array,
  headers: WebhookHeaders,
  secret: string,
): Promise<void> {
  const header = required(headers, 'x-hub-signature-256');
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match) malformed('X-Hub-Signature-256', 'expected "sha256=" and 64 hex digits');
  const expected = await hmacSha256(encoder.encode(secret), body);
  if (!timingSafeEqual(expected, fromHex(match[1]!))) mismatch('X-Hub-Signature-256');
}

async function verifyStripe(
  body: Uint8Array,
  headers: WebhookHeaders,
  options: VerifyOptions,
): Promise<void> {
  const header = required(headers, 'stripe-signature');
  let timestamp: string | undefined;
  const signatures: Uint8Array[] = [];
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 't') timestamp = value;
    // Only v1 is HMAC-SHA256; v0 and unknown schemes are ignored, as Stripe's own libraries do.
    else if (key === 'v1' && /^[0-9a-fA-F]{64}$/.test(value)) signatures.push(fromHex(value));
  }
  if (timestamp === undefined || !/^\d+$/.test(timestamp))
    malformed('Stripe-Signature', 'expected a timestamp "t=<seconds>"');
  if (signatures.length === 0)
    malformed('Stripe-Signature', 'expected a "v1=<64 hex digits>" signature');
  checkTimestamp(Number(timestamp), options, 'Stripe-Signature');
  const expected = await hmacSha256(
    encoder.encode(options.secret),
    concat(encoder.encode(`${timestamp}.`), body),
  );
  if (!anyEqual(expected, signatures)) mismatch('Stripe-Signature');
}

async function verifyStandard(
  body: Uint8Array,
  headers: WebhookHeaders,
  options: VerifyOptions,
): Promise<void> {
  const id = required(headers, 'webhook-id');
  const timestamp = required(headers, 'webhook-timestamp');
  const header = required(headers, 'webhook-signature');
  if (!/^\d+$/.test(timestamp)) malformed('webhook-timestamp', 'expected Unix seconds');
  const signatures: Uint8Array[] = [];
  for (const item of header.split(' ')) {
    const comma = item.indexOf(',');
    // Other versions (`v1a`, asymmetric) are not HMAC-SHA256: skipped, as the reference libraries do.
    if (comma < 0 || item.slice(0, comma) !== 'v1') continue;
    const bytes = fromBase64(item.slice(comma + 1));
    if (bytes) signatures.push(bytes);
  }
  if (signatures.length === 0) malformed('webhook-signature', 'expected "v1,<base64>"');
  checkTimestamp(Number(timestamp), options, 'webhook-timestamp');
  const key = fromBase64(
    options.secret.startsWith('whsec_') ? options.secret.slice('whsec_'.length) : options.secret,
  );
  if (!key || key.length === 0) {
    throw new WebhookVerificationError(
      'invalid-secret',
      'The webhook signing secret is not base64 (after its "whsec_" prefix).',
    );
  }
  const expected = await hmacSha256(key, concat(encoder.encode(`${id}.${timestamp}.`), body));
  if (!anyEqual(expected, signatures)) mismatch('webhook-signature');
}

/**
 * Whether two byte strings are equal, in time that depends only on their lengths: every byte
 * of `a` is compared, with no early exit, so a forger learns nothing from how long a mismatch
 * took. (Signatures have a fixed length, so the lengths are no secret.)
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ (i < b.length ? b[i]! : 0);
  return difference === 0;
}

/** Whether `expected` equals any of `signatures`, comparing against all of them. */
function anyEqual(expected: Uint8Array, signatures: Uint8Array[]): boolean {
  let found = false;
  for (const signature of signatures) found = timingSafeEqual(expected, signature) || found;
  return found;
}

function checkTimestamp(seconds: number, options: VerifyOptions, header: string): void {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - seconds) > tolerance) {
    throw new WebhookVerificationError(
      'stale-timestamp',
      `The ${header} timestamp is ${Math.abs(now - seconds)} s ${seconds < now ? 'old' : 'in the future'}, more than the ${tolerance} s allowed: a replayed or delayed delivery.`,
    );
  }
}

function required(headers: WebhookHeaders, name: string): string {
  const value = headerValue(headers, name);
  if (value === undefined || value === '') {
    throw new WebhookVerificationError(
      'missing-header',
      `The delivery has no ${name} header to verify it by.`,
    );
  }
  return value;
}

function malformed(header: string, what: string): never {
  throw new WebhookVerificationError(
    'malformed-header',
    `The ${header} header is malformed: ${what}.`,
  );
}

function mismatch(header: string): never {
  throw new WebhookVerificationError(
    'signature-mismatch',
    `The ${header} signature does not match the body: a wrong secret, or a body altered in transit (verify the raw bytes, before any parsing).`,
  );
}

async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new SDKError('Verifying webhook signatures needs WebCrypto (globalThis.crypto.subtle).');
  // Copies: WebCrypto takes bytes over an ArrayBuffer, and a caller's view may be over a SharedArrayBuffer.
  const cryptoKey = await subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, new Uint8Array(data)));
}

function bytesOf(body: WebhookBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Hex digits (already checked) to bytes. */
function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Standard base64 to bytes, or `undefined` when it is not base64. */
function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** The body as JSON; one that is not is a `WebhookPayloadError`. */
export function parseWebhookBody(body: WebhookBody): unknown {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(bytesOf(body));
  try {
    return JSON.parse(text);
  } catch {
    const received =
      text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}...` : JSON.stringify(text);
    throw new WebhookPayloadError(undefined, [
      {
        path: '',
        message: `expected a JSON body, received ${received}`,
        expected: 'JSON',
        received,
      },
    ]);
  }
}

/** One webhook the package knows: its name, the event type it is delivered as, and its payload's checks. */
export interface WebhookEntry {
  event: string;
  /** What the event header or body field says for it (GitHub's `X-GitHub-Event: check_run`). */
  type?: string;
  is(value: unknown): boolean;
  explain(value: unknown, path: string, issues: ValidationIssue[]): void;
}

/**
 * The webhook a payload is: among those whose `type` is `eventType` (all, when it names none of
 * them), the first whose schema the payload matches. A payload that matches none is a
 * `WebhookPayloadError` with the issues of the closest one (fewest issues).
 */
export function dispatchWebhook(
  entries: readonly WebhookEntry[],
  payload: unknown,
  eventType: string | undefined,
): { event: string; payload: unknown } {
  const typed = eventType === undefined ? [] : entries.filter((e) => e.type === eventType);
  const candidates = typed.length > 0 ? typed : entries;
  for (const entry of candidates) if (entry.is(payload)) return { event: entry.event, payload };
  let closest: { event: string; issues: ValidationIssue[] } | undefined;
  for (const entry of candidates) {
    const issues: ValidationIssue[] = [];
    entry.explain(payload, '', issues);
    if (!closest || issues.length < closest.issues.length) closest = { event: entry.event, issues };
  }
  if (!closest)
    throw new WebhookPayloadError(undefined, [
      {
        path: '',
        message: 'this package knows no webhooks',
        expected: 'a webhook',
        received: 'a payload',
      },
    ]);
  throw new WebhookPayloadError(closest.event, closest.issues, candidates.length > 1);
}

/**
 * What names a delivery's event: the header the API sends it in (GitHub's `X-GitHub-Event`),
 * else the payload's field (Stripe's and Standard Webhooks' `type`), when it is a string.
 */
export function webhookEventType(
  payload: unknown,
  headers: WebhookHeaders,
  source: { header?: string; field?: string },
): string | undefined {
  if (source.header !== undefined) {
    const value = headerValue(headers, source.header);
    if (value !== undefined) return value;
  }
  if (source.field === undefined || typeof payload !== 'object' || payload === null)
    return undefined;
  const value = Object.prototype.hasOwnProperty.call(payload, source.field)
    ? (payload as Record<string, unknown>)[source.field]
    : undefined;
  return typeof value === 'string' ? value : undefined;
}
