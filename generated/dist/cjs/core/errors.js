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
var errors_exports = {};
__export(errors_exports, {
  APIConnectionError: () => APIConnectionError,
  APIConnectionTimeoutError: () => APIConnectionTimeoutError,
  APIError: () => APIError,
  APIUserAbortError: () => APIUserAbortError,
  AuthenticationError: () => AuthenticationError,
  BadRequestError: () => BadRequestError,
  ConflictError: () => ConflictError,
  InternalServerError: () => InternalServerError,
  InvalidParameterError: () => InvalidParameterError,
  MissingCredentialsError: () => MissingCredentialsError,
  NotFoundError: () => NotFoundError,
  PermissionDeniedError: () => PermissionDeniedError,
  RateLimitError: () => RateLimitError,
  ResponseParseError: () => ResponseParseError,
  ResponseValidationError: () => ResponseValidationError,
  SDKError: () => SDKError,
  UnprocessableEntityError: () => UnprocessableEntityError
});
module.exports = __toCommonJS(errors_exports);
class SDKError extends Error {
  name = "SDKError";
}
class APIError extends SDKError {
  constructor(status, headers, body, message) {
    const errors = messagesOf(body, "errors");
    super(
      message ?? `${status} ${errors.map((e) => e.code !== void 0 ? `[${e.code}] ${e.message}` : e.message).join("; ") || bodyStart(body) || "request failed"}`
    );
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.errors = errors;
    this.messages = messagesOf(body, "messages");
    this.requestId = headers["cf-ray"] ?? headers["x-request-id"];
  }
  name = "APIError";
  /** Cloudflare's `errors[]`, when the body had them. */
  errors;
  /** Cloudflare's `messages[]`, when the body had them. */
  messages;
  /** The `cf-ray` (or `x-request-id`) header, to quote to support. */
  requestId;
  /** The right subclass for a status. */
  static for(status, headers, body, message) {
    const ErrorClass = status === 400 ? BadRequestError : status === 401 ? AuthenticationError : status === 403 ? PermissionDeniedError : status === 404 ? NotFoundError : status === 409 ? ConflictError : status === 422 ? UnprocessableEntityError : status === 429 ? RateLimitError : status >= 500 ? InternalServerError : APIError;
    return new ErrorClass(status, headers, body, message);
  }
}
class BadRequestError extends APIError {
  name = "BadRequestError";
}
class AuthenticationError extends APIError {
  name = "AuthenticationError";
}
class PermissionDeniedError extends APIError {
  name = "PermissionDeniedError";
}
class NotFoundError extends APIError {
  name = "NotFoundError";
}
class ConflictError extends APIError {
  name = "ConflictError";
}
class UnprocessableEntityError extends APIError {
  name = "UnprocessableEntityError";
}
class RateLimitError extends APIError {
  name = "RateLimitError";
}
class InternalServerError extends APIError {
  name = "InternalServerError";
}
class APIConnectionError extends SDKError {
  name = "APIConnectionError";
  constructor(message = "Connection error.", options) {
    super(message, options);
  }
}
class APIConnectionTimeoutError extends APIConnectionError {
  name = "APIConnectionTimeoutError";
  constructor(timeoutMs) {
    super(`Request timed out after ${timeoutMs} ms.`);
  }
}
class APIUserAbortError extends SDKError {
  name = "APIUserAbortError";
  constructor() {
    super("Request was aborted.");
  }
}
class ResponseParseError extends SDKError {
  constructor(status, bodyStart2) {
    super(`Expected a JSON body (status ${status}), received: ${JSON.stringify(bodyStart2)}`);
    this.status = status;
    this.bodyStart = bodyStart2;
  }
  name = "ResponseParseError";
}
class ResponseValidationError extends SDKError {
  constructor(issues, body) {
    super(`The response does not match the schema: ${summariseIssues(issues)}`);
    this.issues = issues;
    this.body = body;
  }
  name = "ResponseValidationError";
}
class InvalidParameterError extends SDKError {
  constructor(issues) {
    super(`Invalid parameters: ${summariseIssues(issues)}`);
    this.issues = issues;
  }
  name = "InvalidParameterError";
}
class MissingCredentialsError extends SDKError {
  constructor(alternatives) {
    super(
      `This operation needs credentials: set ${alternatives.map((set) => set.join(" + ")).join(", or ")} (as client options or their environment variables).`
    );
    this.alternatives = alternatives;
  }
  name = "MissingCredentialsError";
}
function summariseIssues(issues) {
  const shown = issues.slice(0, 5).map((i) => `${i.path || "/"} ${i.message}`);
  return shown.join("; ") + (issues.length > 5 ? `; and ${issues.length - 5} more` : "");
}
function bodyStart(body) {
  if (typeof body !== "string") return "";
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > 100 ? `${line.slice(0, 100)}...` : line;
}
function messagesOf(body, key) {
  if (typeof body !== "object" || body === null) return [];
  const list = body[key];
  if (!Array.isArray(list)) return [];
  return list.filter((m) => typeof m === "object" && m !== null).map((m) => ({ ...m, message: typeof m.message === "string" ? m.message : JSON.stringify(m) }));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  MissingCredentialsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  SDKError,
  UnprocessableEntityError
});
