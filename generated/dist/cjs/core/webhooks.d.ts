import { SDKError } from './errors.js';
import type { ValidationIssue } from './validation.js';
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
export type WebhookHeaders = {
    get(name: string): string | null;
} | Record<string, string | string[] | undefined>;
/** A delivery's body exactly as received: signatures cover these bytes, not a re-serialised object. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;
/** Why a delivery was refused. */
export type WebhookVerificationReason = 'missing-header' | 'malformed-header' | 'invalid-secret' | 'stale-timestamp' | 'signature-mismatch';
/**
 * A delivery whose signature does not check out. Its message names the header and the reason,
 * never the secret or the signature that was expected.
 */
export declare class WebhookVerificationError extends SDKError {
    readonly reason: WebhookVerificationReason;
    name: string;
    constructor(reason: WebhookVerificationReason, message: string);
}
/** A delivery whose body is not JSON, or matches no payload schema of its event. */
export declare class WebhookPayloadError extends SDKError {
    /**
     * The webhook whose schema the payload was checked against (`check-run-completed`): the
     * one its event type names, else the closest of those it could be.
     */
    readonly event: string | undefined;
    readonly issues: ValidationIssue[];
    /** Whether several webhooks were tried and `event` is only the closest. */
    readonly closest: boolean;
    name: string;
    constructor(
    /**
     * The webhook whose schema the payload was checked against (`check-run-completed`): the
     * one its event type names, else the closest of those it could be.
     */
    event: string | undefined, issues: ValidationIssue[], 
    /** Whether several webhooks were tried and `event` is only the closest. */
    closest?: boolean);
}
export interface VerifyOptions {
    /** The signing secret (Stripe's and Standard Webhooks' start with `whsec_`). */
    secret: string;
    /** Stripe and Standard Webhooks: how far, in seconds, the timestamp may be from now (default 300). */
    tolerance?: number;
    /** The time to check the timestamp against, in Unix seconds (default: now). */
    now?: number;
}
/** A header's value by case-insensitive name; the first of repeated ones. */
export declare function headerValue(headers: WebhookHeaders, name: string): string | undefined;
/** Checks a delivery's signature by the API's scheme; throws `WebhookVerificationError` when it fails. */
export declare function verifyWebhookSignature(scheme: WebhookSignatureScheme, body: WebhookBody, headers: WebhookHeaders, options: VerifyOptions): Promise<void>;
/**
 * Whether two byte strings are equal, in time that depends only on their lengths: every byte
 * of `a` is compared, with no early exit, so a forger learns nothing from how long a mismatch
 * took. (Signatures have a fixed length, so the lengths are no secret.)
 */
export declare function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
/** The body as JSON; one that is not is a `WebhookPayloadError`. */
export declare function parseWebhookBody(body: WebhookBody): unknown;
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
export declare function dispatchWebhook(entries: readonly WebhookEntry[], payload: unknown, eventType: string | undefined): {
    event: string;
    payload: unknown;
};
/**
 * What names a delivery's event: the header the API sends it in (GitHub's `X-GitHub-Event`),
 * else the payload's field (Stripe's and Standard Webhooks' `type`), when it is a string.
 */
export declare function webhookEventType(payload: unknown, headers: WebhookHeaders, source: {
    header?: string;
    field?: string;
}): string | undefined;
