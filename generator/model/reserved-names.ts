/**
 * Names generated code must not declare, because the runtime, the client's module or the
 * platform already gives them a meaning there. The model reserves them before it hands out
 * type and class names.
 */

/** Names the runtime exports; a schema may not take them. */
export const RUNTIME_NAMES = [
  // templates/index.ts.hbs re-exports these from the runtime (test/model/schema-features.test.ts reads them from there).
  ...['APIClient', 'APIPromise', 'ClientOptions', 'Logger', 'LogLevel', 'Page', 'PageInfo', 'PagePromise', 'RequestOptions', 'ValidationIssue', 'ValidationMode', 'ValidationResult', 'WithResponse'],
  // Everything templates/runtime/core/errors.ts exports.
  ...['APIConnectionError', 'APIConnectionTimeoutError', 'APIError', 'APIUserAbortError', 'AuthenticationError', 'BadRequestError', 'CloudflareError', 'ConflictError', 'InternalServerError', 'InvalidParameterError'],
  ...['MissingCredentialsError', 'NotFoundError', 'PermissionDeniedError', 'RateLimitError', 'ResponseMessage', 'ResponseParseError', 'ResponseValidationError', 'UnprocessableEntityError'],
];
/**
 * Members of APIClient (templates/runtime/core/api-client.ts), which the client class
 * extends: a top-level resource cannot be a property of that name (Stripe's default
 * grouping has a resource `send`). test/model/scale-hazards.test.ts keeps it complete.
 */
export const API_CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  ...['applyAuth', 'attempt', 'baseURL', 'buildHeaders', 'buildURL', 'checkArgs', 'constructor', 'defaultHeaders', 'fetchImpl', 'fetchWithTimeout', 'logLevel', 'logger'],
  ...['maxRetries', 'pathDefaults', 'pathParam', 'readBody', 'request', 'retryDelay', 'send', 'timeout', 'validateResponses', 'warnedValidation'],
]);

/** What the client's module (templates/client.ts.hbs) imports or declares besides resource classes. */
export const CLIENT_MODULE_NAMES = ['ClientDefinition', 'CoreClientOptions', 'LazyModule'];
/** Globals the generated code uses or a consumer expects; a schema named `Record` or `Error` must not shadow them. */
export const GLOBAL_NAMES = ['Array', 'Boolean', 'Date', 'Error', 'Headers', 'Map', 'Number', 'Object', 'Omit', 'Partial', 'Pick', 'Promise', 'Readonly', 'ReadonlySet', 'Record', 'RegExp', 'Request', 'Required', 'Response', 'Set', 'String', 'Symbol', 'URL'];

/** Every name a schema, an operation type or a resource class must not take in a package whose client class is `clientClassName`. */
export function reservedTypeNames(clientClassName: string): string[] {
  return [clientClassName, ...RUNTIME_NAMES, ...GLOBAL_NAMES];
}
