/**
 * What each template receives. These interfaces are the contract with user templates (the
 * README's "Templates" section points here; a field a template names that is not here is
 * reported with the nearest one that is). A template's declaration twin (`<name>.d.ts.hbs`)
 * receives the same context as the template.
 *
 * Every string is already safe for the position the built-in templates use it in:
 * names are identifiers, `*Literal` / `*Expression` / `access` / `key` fields are
 * JavaScript expressions built by the generator, `doc` is a finished JSDoc block and
 * `docLines` are comment-safe lines. Raw spec text never reaches a template.
 */

export interface ClientContext {
  className: string;
  doc: string;
  /** Client options for credentials and path-parameter defaults. */
  options: { name: string; doc: string }[];
  /** The `ClientDefinition` object literal (base URL, security schemes, env names). */
  definitionLiteral: string;
  /** The client's properties: the top-level resources. */
  topLevel: ChildContext[];
  /** Every resource, parents before children: one class each, declared in the client's module. */
  resources: ResourceClassContext[];
  usesPagination: boolean;
  usesPlainRequests: boolean;
  /** Some method resolves to a `Stream` (of `StreamEvent`s): the module imports their types. */
  usesStreams: boolean;
  usesStreamEvents: boolean;
}

export interface ChildContext {
  /** Property name on the parent (`logs`). */
  name: string;
  className: string;
}

/**
 * A resource class in the client's module. Its methods forward to the functions of the
 * resource's operations module, which is imported (by `loader`) on the first call.
 */
export interface ResourceClassContext {
  className: string;
  doc: string;
  /** The type-only namespace import of the operations module (`AiGatewayLogsAPI`): the methods' types are read through it. */
  namespace: string;
  /** The module-level `LazyModule` that imports the operations module, or '' for a resource without operations. */
  loader: string;
  /** `./resources/ai-gateway/logs.js`. */
  importPath: string;
  children: ChildContext[];
  methods: HandleMethodContext[];
}

/** A method of a resource class: the operation's MethodContext, plus what the forwarding method needs. */
export interface HandleMethodContext extends MethodContext {
  /** `paramsType` qualified by the namespace: `AiGatewayLogsAPI.LogGetParams`. */
  qualifiedParamsType: string;
  /** `APIPromise` or `PagePromise`: what the method returns. */
  promiseClass: string;
  /** `APIPromise<AiGatewayLogsAPI.LogGetResponse>`. */
  returnType: string;
}

export interface MethodContext {
  name: string;
  /** The operation's function in the resource's operations module (`logGet`). */
  functionName: string;
  /** `docLines` for the function: the same, plus the method it also is. */
  functionDocLines: string[];
  /** The spec's operationId, comment-safe (as placed in the built-in method-doc partial). */
  operationId: string;
  /** JSDoc lines: summary, description, HTTP method and path, `@deprecated`. */
  docLines: string[];
  /** Positional path arguments, in path order, with their TypeScript type (`string`, `number`, a literal union). */
  args: { name: string; type: string }[];
  paramsType: string;
  /** True when every params field is optional (the argument defaults to `{}`). */
  paramsOptional: boolean;
  responseType: string;
  /** Element type of a paginated list. */
  itemType: string;
  /** How the list pages (a `PaginationSpec` literal), or '' when the method does not page. */
  paginationLiteral: string;
  /** What the returned `APIPromise` resolves to: `responseType`, or a `Stream` of it (`Stream<StreamEvent<X>>`, `Stream<X>`). */
  resolvedType: string;
  paginated: boolean;
  /** Path parameters filled from client options when not passed. */
  pathDefaults: { varName: string; wireLiteral: string; optionLiteral: string; access: string }[];
  /** Base name of the argument validator (`is<X>` / `explain<X>`), or '' when nothing needs checking. */
  argsCheck: string;
  /** Positional arguments added to the checked object: `{ key: value }`. */
  argsEntries: { key: string; value: string }[];
  httpMethodLiteral: string;
  /** `expandPath('/spec/{template}', { name: value })`, or a plain string literal for a path without parameters. */
  pathExpression: string;
  queryEntries: { key: string; access: string }[];
  /** `{ name: { style, explode } }` for query parameters with a non-default OpenAPI style, or ''. */
  queryStylesLiteral: string;
  headerEntries: { key: string; access: string }[];
  /** `{ name: { style, explode } }` for exploded header parameters, or ''. */
  headerStylesLiteral: string;
  cookieEntries: { key: string; access: string }[];
  /** `{ name: { style, explode } }` for cookie parameters that are not exploded, or ''. */
  cookieStylesLiteral: string;
  hasBody: boolean;
  /**
   * How the body is sent (a `BodyContent` literal, or `pickContent(params.contentType, [...])`
   * for several media types), or '' for JSON as `application/json`.
   */
  contentExpression: string;
  /** The `Accept` header literal, or '' for `application/json`. */
  acceptLiteral: string;
  /** How the success body is read (`'binary'`, `'text'`, `'event-stream'`, `'ndjson'`), or '' for JSON. */
  readLiteral: string;
  /** A dropped event stream reconnects with `Last-Event-ID`. */
  reconnect: boolean;
  /** Some request media type is not JSON: the request names `loadBodyEncoder` (internal/codecs.ts). */
  encodesBody: boolean;
  /** The response is a stream (`event-stream`, `ndjson`): the request names `loadStreams`. */
  readsStream: boolean;
  securityLiteral: string;
  /** The envelope field literal, or ''. */
  envelopeLiteral: string;
  /** Base name of the response validator, or '' when the response has no schema. */
  validator: string;
  retrySafe: boolean;
}

/**
 * A resource's operations module: one function per operation, and its types re-exported.
 * The client's resource class for it imports it on first use; a program (or bundler) can
 * also import the functions alone.
 */
export interface ResourceContext {
  className: string;
  /** The module's leading comment. */
  doc: string;
  /** The package's `core/` folder (`../../core`), for `core/client.js` and the like. */
  coreImport: string;
  /** The package's `internal/` folder, for `internal/path.js`. */
  internalImport: string;
  typesImport: string;
  validatorsImport: string;
  typeImports: string[];
  /** The `is<X>` / `explain<X>` functions the operations use. */
  validatorImports: string[];
  methods: MethodContext[];
  usesPagination: boolean;
  usesPlainRequests: boolean;
  usesPath: boolean;
  usesStreams: boolean;
  usesStreamEvents: boolean;
  /** Some operation takes several request media types: the module imports `pickContent`. */
  usesPickContent: boolean;
  /** Some operation sends a body that is not JSON: the module imports `loadBodyEncoder`. */
  usesBodyEncoder: boolean;
  /** Some operation reads a stream: the module imports `loadStreams`. */
  usesStreamReaders: boolean;
}

export interface IndexContext {
  clientClassName: string;
  /** The config's `client.errorAlias`: a second name the entry point exports the base error class (`SDKError`) under, or ''. */
  errorAlias: string;
  /** Every resource class, sorted: exported as types. */
  resourceClasses: string[];
  modules: { typesPath: string; validatorsPath: string; validatorNames: string[] }[];
}
