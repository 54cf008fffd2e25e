import type { ValidationIssue } from './validation.js';
/** One entry of Cloudflare's `errors[]` / `messages[]`. */
export interface ResponseMessage {
    code?: number;
    message: string;
    [key: string]: unknown;
}
/**
 * The base of every error this package throws. A package whose config sets `client.errorAlias`
 * also exports it under that name (`CloudflareError`): the same class, so `instanceof` works with either.
 */
export declare class SDKError extends Error {
    name: string;
}
/** The server answered with a non-2xx status, or with `success: false`. */
export declare class APIError extends SDKError {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: unknown;
    name: string;
    /** Cloudflare's `errors[]`, when the body had them. */
    readonly errors: ResponseMessage[];
    /** Cloudflare's `messages[]`, when the body had them. */
    readonly messages: ResponseMessage[];
    /** The `cf-ray` (or `x-request-id`) header, to quote to support. */
    readonly requestId: string | undefined;
    constructor(status: number, headers: Record<string, string>, body: unknown, message?: string);
    /** The right subclass for a status. */
    static for(status: number, headers: Record<string, string>, body: unknown, message?: string): APIError;
}
export declare class BadRequestError extends APIError {
    name: string;
}
export declare class AuthenticationError extends APIError {
    name: string;
}
export declare class PermissionDeniedError extends APIError {
    name: string;
}
export declare class NotFoundError extends APIError {
    name: string;
}
export declare class ConflictError extends APIError {
    name: string;
}
export declare class UnprocessableEntityError extends APIError {
    name: string;
}
export declare class RateLimitError extends APIError {
    name: string;
}
export declare class InternalServerError extends APIError {
    name: string;
}
/** The request never got an HTTP answer (DNS, refused, reset). */
export declare class APIConnectionError extends SDKError {
    name: string;
    constructor(message?: string, options?: {
        cause?: unknown;
    });
}
export declare class APIConnectionTimeoutError extends APIConnectionError {
    name: string;
    constructor(timeoutMs: number);
}
export declare class APIUserAbortError extends SDKError {
    name: string;
    constructor();
}
/** A 2xx response whose body is not the JSON the spec declares. */
export declare class ResponseParseError extends SDKError {
    readonly status: number;
    /** The first 200 characters of the body. */
    readonly bodyStart: string;
    name: string;
    constructor(status: number, 
    /** The first 200 characters of the body. */
    bodyStart: string);
}
/** A response body that does not match the spec's schema. */
export declare class ResponseValidationError extends SDKError {
    readonly issues: ValidationIssue[];
    /** The parsed body, as received. */
    readonly body: unknown;
    name: string;
    constructor(issues: ValidationIssue[], 
    /** The parsed body, as received. */
    body: unknown);
}
/** An argument failed the checks the spec declares, before any request was sent. */
export declare class InvalidParameterError extends SDKError {
    readonly issues: ValidationIssue[];
    name: string;
    constructor(issues: ValidationIssue[]);
}
/** No configured credential satisfies the operation's security requirements. */
export declare class MissingCredentialsError extends SDKError {
    readonly alternatives: string[][];
    name: string;
    constructor(alternatives: string[][]);
}
