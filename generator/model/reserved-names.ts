/**
 * Names generated code must not declare, because the runtime, the client's module or the
 * platform already gives them a meaning there. The model reserves them before it hands out
 * type and class names.
 */
import type { Diagnostics } from '../common/diagnostics.js';
import type { SdkConfig } from '../load/load-config.js';

/** Names the runtime exports; a schema may not take them. */
export const RUNTIME_NAMES = [
  // templates/index.ts.hbs re-exports these from the runtime (test/model/schema-features.test.ts reads them from there).
  ...['APIClient', 'APIPromise', 'ClientOptions', 'Logger', 'LogLevel', 'Page', 'PageInfo', 'PagePromise', 'RequestOptions', 'ValidationIssue', 'ValidationMode', 'ValidationResult', 'WithResponse'],
  // The wire: uploads (core/uploads.ts) and streams (core/streaming.ts), also re-exported by the entry point.
  ...['Stream', 'StreamEvent', 'toFile', 'ToFileInput', 'Uploadable'],
  // Everything templates/runtime/core/errors.ts exports. (The config's `client.errorAlias`, a second name
  // for SDKError, is reserved by the model with the client class's name.)
  ...['APIConnectionError', 'APIConnectionTimeoutError', 'APIError', 'APIUserAbortError', 'AuthenticationError', 'BadRequestError', 'ConflictError', 'InternalServerError', 'InvalidParameterError'],
  ...['MissingCredentialsError', 'NotFoundError', 'PermissionDeniedError', 'RateLimitError', 'ResponseMessage', 'ResponseParseError', 'ResponseValidationError', 'SDKError', 'UnprocessableEntityError'],
];
/**
 * Property names a top-level resource cannot take (it gets `<name>Resource` instead), because
 * the client class extends APIClient (templates/runtime/core/client.ts): every member of
 * APIClient (Stripe's default grouping has a resource `send`); test/model/scale-hazards.test.ts
 * keeps this complete.
 */
export const API_CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  ...['baseURL', 'checkArgs', 'constructor', 'logLevel', 'maxRetries', 'pathParam', 'request', 'send', 'timeout', 'validateResponses'],
  // Former members, now in the request loop (core/request.ts), the internal helpers or `#` fields.
  // Still reserved so that regenerating a package does not rename a resource that was renamed
  // for them (`loggerResource` stays `loggerResource`).
  ...['applyAuth', 'attempt', 'buildHeaders', 'buildURL', 'defaultHeaders', 'fetchImpl', 'fetchWithTimeout', 'logger', 'pathDefaults', 'readBody', 'retryDelay', 'warnedValidation'],
]);

/** What the client's module (templates/client.ts.hbs) imports or declares besides resource classes. */
export const CLIENT_MODULE_NAMES = ['ClientDefinition', 'CoreClientOptions', 'LazyModule'];
/** Globals the generated code uses or a consumer expects; a schema named `Record` or `Error` must not shadow them. */
export const GLOBAL_NAMES = ['Array', 'Blob', 'Boolean', 'Date', 'Error', 'File', 'FormData', 'Headers', 'Map', 'Number', 'Object', 'Omit', 'Partial', 'Pick', 'Promise', 'ReadableStream', 'Readonly', 'ReadonlySet', 'Record', 'RegExp', 'Request', 'Required', 'Response', 'Set', 'String', 'Symbol', 'URL'];

/**
 * The names the package's entry point exports besides the runtime's: the client class, and the
 * base error class's alias when the config asks for one (`client.errorAlias`). An alias the
 * package already exports is an error in the config.
 */
export function clientExportNames(config: SdkConfig, diagnostics: Diagnostics): string[] {
  const { className, errorAlias } = config.client;
  if (errorAlias === undefined) return [className];
  if (errorAlias === className || RUNTIME_NAMES.includes(errorAlias)) {
    const what = errorAlias === className ? 'the client class' : 'a class or type of the runtime';
    diagnostics.error('config-invalid', `"client.errorAlias" is "${errorAlias}", which the package already exports (${what}); choose another name.`, { file: config.file, pointer: '/client/errorAlias' });
  }
  return [className, errorAlias];
}

/** Every name a schema, an operation type or a resource class must not take, given the names the client's entry point exports. */
export function reservedTypeNames(clientNames: string[]): string[] {
  return [...clientNames, ...RUNTIME_NAMES, ...GLOBAL_NAMES];
}
