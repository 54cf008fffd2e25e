// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

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
export class SDKError extends Error {
  override name = 'SDKError';
}

/** The server answered with a non-2xx status, or with `success: false`. */
export class APIError extends SDKError {
  override name = 'APIError';
  /** Cloudflare's `errors[]`, when the body had them. */
  readonly errors: ResponseMessage[];
  /** Cloudflare's `messages[]`, when the body had them. */
  readonly messages: ResponseMessage[];
  /** The `cf-ray` (or `x-request-id`) header, to quote to support. */
  readonly requestId: string | undefined;

  constructor(
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly body: unknown,
    message?: string,
  ) {
    const errors = messagesOf(body, 'errors');
    super(
      message ??
        `${status} ${errors.map((e) => (e.code !== undefined ? `[${e.code}] ${e.message}` : e.message)).join('; ') || bodyStart(body) || 'request failed'}`,
    );
    this.errors = errors;
    this.messages = messagesOf(body, 'messages');
    this.requestId = headers['cf-ray'] ?? headers['x-request-id'];
  }

  /** The right subclass for a status. */
  static for(
    status: number,
    headers: Record<string, string>,
    body: unknown,
    message?: string,
  ): APIError {
    const ErrorClass =
      status === 400
        ? BadRequestError
        : status === 401
          ? AuthenticationError
          : status === 403
            ? PermissionDeniedError
            : status === 404
              ? NotFoundError
              : status === 409
                ? ConflictError
                : status === 422
                  ? UnprocessableEntityError
                  : status === 429
                    ? RateLimitError
                    : status >= 500
                      ? InternalServerError
                      : APIError;
    return new ErrorClass(status, headers, body, message);
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** The request never got an HTTP answer (DNS, refused, reset). */
export class APIConnectionError extends SDKError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms.`);
  }
}

export class APIUserAbortError extends SDKError {
  override name = 'APIUserAbortError';
  constructor() {
    super('Request was aborted.');
  }
}

/** A 2xx response whose body is not the JSON the spec declares. */
export class ResponseParseError extends SDKError {
  override name = 'ResponseParseError';
  constructor(
    readonly status: number,
    /** The first 200 characters of the body. */
    readonly bodyStart: string,
  ) {
    super(`Expected a JSON body (status ${status}), received: ${JSON.stringify(bodyStart)}`);
  }
}

/** A response body that does not match the spec's schema. */
export class ResponseValidationError extends SDKError {
  override name = 'ResponseValidationError';
  constructor(
    readonly issues: ValidationIssue[],
    /** The parsed body, as received. */
    readonly body: unknown,
  ) {
    super(`The response does not match the schema: ${summariseIssues(issues)}`);
  }
}

/** An argument failed the checks the spec declares, before any request was sent. */
export class InvalidParameterError extends SDKError {
  override name = 'InvalidParameterError';
  constructor(readonly issues: ValidationIssue[]) {
    super(`Invalid parameters: ${summariseIssues(issues)}`);
  }
}

/** No configured credential satisfies the operation's security requirements. */
export class MissingCredentialsError extends SDKError {
  override name = 'MissingCredentialsError';
  constructor(readonly alternatives: string[][]) {
    super(
      `This operation needs credentials: set ${alternatives.map((set) => set.join(' + ')).join(', or ')} (as client options or their environment variables).`,
    );
  }
}

function summariseIssues(issues: ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path || '/'} ${i.message}`);
  return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}

/**
 * The start of a body that is not JSON (an HTML 502 page from a proxy, a `text/plain` error), on
 * one line, for the message; the error's `body` holds its first 200 characters.
 */
function bodyStart(body: unknown): string {
  if (typeof body !== 'string') return '';
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > 100 ? `${line.slice(0, 100)}...` : line;
}

function messagesOf(body: unknown, key: 'errors' | 'messages'): ResponseMessage[] {
  if (typeof body !== 'object' || body === null) return [];
  const list = (body as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return [];
  return list
    .filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null)
    .map((m) => ({ ...m, message: typeof m.message === 'string' ? m.message : JSON.stringify(m) }));
}
