/** The base of every error this package throws. */
export class CloudflareError extends Error {
    name = 'CloudflareError';
}
/** The server answered with a non-2xx status, or with `success: false`. */
export class APIError extends CloudflareError {
    status;
    headers;
    body;
    name = 'APIError';
    /** Cloudflare's `errors[]`, when the body had them. */
    errors;
    /** Cloudflare's `messages[]`, when the body had them. */
    messages;
    /** The `cf-ray` (or `x-request-id`) header, to quote to support. */
    requestId;
    constructor(status, headers, body, message) {
        const errors = messagesOf(body, 'errors');
        super(message ??
            `${status} ${errors.map((e) => (e.code !== undefined ? `[${e.code}] ${e.message}` : e.message)).join('; ') || 'request failed'}`);
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.errors = errors;
        this.messages = messagesOf(body, 'messages');
        this.requestId = headers['cf-ray'] ?? headers['x-request-id'];
    }
    /** The right subclass for a status. */
    static for(status, headers, body, message) {
        const ErrorClass = status === 400
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
    name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
    name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
    name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
    name = 'NotFoundError';
}
export class ConflictError extends APIError {
    name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
    name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
    name = 'RateLimitError';
}
export class InternalServerError extends APIError {
    name = 'InternalServerError';
}
/** The request never got an HTTP answer (DNS, refused, reset). */
export class APIConnectionError extends CloudflareError {
    name = 'APIConnectionError';
    constructor(message = 'Connection error.', options) {
        super(message, options);
    }
}
export class APIConnectionTimeoutError extends APIConnectionError {
    name = 'APIConnectionTimeoutError';
    constructor(timeoutMs) {
        super(`Request timed out after ${timeoutMs} ms.`);
    }
}
export class APIUserAbortError extends CloudflareError {
    name = 'APIUserAbortError';
    constructor() {
        super('Request was aborted.');
    }
}
/** A 2xx response whose body is not the JSON the spec declares. */
export class ResponseParseError extends CloudflareError {
    status;
    bodyStart;
    name = 'ResponseParseError';
    constructor(status, 
    /** The first 200 characters of the body. */
    bodyStart) {
        super(`Expected a JSON body (status ${status}), received: ${JSON.stringify(bodyStart)}`);
        this.status = status;
        this.bodyStart = bodyStart;
    }
}
/** A response body that does not match the spec's schema. */
export class ResponseValidationError extends CloudflareError {
    issues;
    body;
    name = 'ResponseValidationError';
    constructor(issues, 
    /** The parsed body, as received. */
    body) {
        super(`The response does not match the schema: ${summariseIssues(issues)}`);
        this.issues = issues;
        this.body = body;
    }
}
/** An argument failed the checks the spec declares, before any request was sent. */
export class InvalidParameterError extends CloudflareError {
    issues;
    name = 'InvalidParameterError';
    constructor(issues) {
        super(`Invalid parameters: ${summariseIssues(issues)}`);
        this.issues = issues;
    }
}
/** No configured credential satisfies the operation's security requirements. */
export class MissingCredentialsError extends CloudflareError {
    alternatives;
    name = 'MissingCredentialsError';
    constructor(alternatives) {
        super(`This operation needs credentials: set ${alternatives.map((set) => set.join(' + ')).join(', or ')} (as client options or their environment variables).`);
        this.alternatives = alternatives;
    }
}
function summariseIssues(issues) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || '/'} ${i.message}`);
    return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}
function messagesOf(body, key) {
    if (typeof body !== 'object' || body === null)
        return [];
    const list = body[key];
    if (!Array.isArray(list))
        return [];
    return list
        .filter((m) => typeof m === 'object' && m !== null)
        .map((m) => ({ ...m, message: typeof m.message === 'string' ? m.message : JSON.stringify(m) }));
}
