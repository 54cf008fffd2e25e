/**
 * The intermediate representation (IR): the only thing emitters see.
 *
 * The model stage turns OpenAPI 3.0 and 3.1 documents into these plain, serialisable
 * values. Spec differences (`nullable` vs `type: [.., "null"]`, `exclusiveMinimum` as a
 * boolean vs a number, `const` vs single-value `enum`) are normalised away here, so no
 * emitter needs to know which OpenAPI version it came from.
 */

/** Where something came from, for diagnostics. */
export interface SourceLocation {
  file: string;
  /** JSON pointer inside `file`, e.g. `/paths/~1accounts/get`. */
  pointer: string;
}

export type JsonPrimitive = string | number | boolean | null;

interface SchemaCommon {
  /** `nullable: true` (3.0) or `"null"` in a type array (3.1). */
  nullable: boolean;
  description?: string;
  title?: string;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  /** `default`, documented in JSDoc; never applied at run time. */
  default?: unknown;
  /** `example` / first of `examples`, documented in JSDoc. */
  example?: unknown;
  /** What sdkgen assumed where the spec is defective here (a lenient fallback), documented as `@remarks`. */
  remarks?: string[];
}

export interface StringSchema extends SchemaCommon {
  kind: 'string';
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** 3.1: the media type of the string's content (an annotation; `binary` where it means raw bytes). */
  contentMediaType?: string;
  /** 3.1: how the content is encoded in the string (`base64`): such a string is text, not bytes. */
  contentEncoding?: string;
}

/**
 * Bytes: a file or raw data, where a request body, a multipart part or a response is not JSON
 * (`format: binary`, 3.1's `contentMediaType`). `Uploadable` in a request, `Blob` in a response;
 * never validated. Only the model makes these, for bodies (model/bodies.ts): inside a JSON
 * document a `format: binary` string stays a string.
 */
export interface BinarySchema extends SchemaCommon {
  kind: 'binary';
}

export interface NumberSchema extends SchemaCommon {
  kind: 'number';
  /** `type: integer`. */
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface BooleanSchema extends SchemaCommon {
  kind: 'boolean';
}

/** `type: "null"` alone. */
export interface NullSchema extends SchemaCommon {
  kind: 'null';
}

/** `enum` and `const`: a union of literals. */
export interface EnumSchema extends SchemaCommon {
  kind: 'enum';
  values: JsonPrimitive[];
}

export interface ArraySchema extends SchemaCommon {
  kind: 'array';
  /** Schema for elements after `prefixItems`; `undefined` means any value is allowed. */
  items?: Schema;
  /** `false` items after a tuple prefix: no more elements allowed. */
  closed: boolean;
  prefixItems: Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
}

export interface Property {
  /** The JSON key, exactly as in the spec. */
  name: string;
  schema: Schema;
  required: boolean;
}

export interface ObjectSchema extends SchemaCommon {
  kind: 'object';
  properties: Property[];
  /** `true`: any extra keys; `false`: none; a schema: extra values must match it. */
  additionalProperties: boolean | Schema;
  minProperties?: number;
  maxProperties?: number;
}

export interface Discriminator {
  propertyName: string;
  /** Discriminator value -> id of the named schema it selects. Sorted by value. */
  mapping: { value: string; target: string }[];
}

/** `allOf`, `anyOf`, `oneOf`. */
export interface CompositeSchema extends SchemaCommon {
  kind: 'allOf' | 'anyOf' | 'oneOf';
  members: Schema[];
  discriminator?: Discriminator;
}

/** A reference to a named schema (`$ref`); `target` is a key of `Api.schemas`. */
export interface RefSchema extends SchemaCommon {
  kind: 'ref';
  target: string;
}

/** No constraint at all (`{}` or `true`). */
export interface UnknownSchema extends SchemaCommon {
  kind: 'unknown';
}

/** Nothing is valid (`false`, or `not: {}`). */
export interface NeverSchema extends SchemaCommon {
  kind: 'never';
}

export type Schema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | EnumSchema
  | ArraySchema
  | ObjectSchema
  | CompositeSchema
  | RefSchema
  | UnknownSchema
  | NeverSchema
  | BinarySchema;

/** A schema with a name of its own in the generated package (a component or a ref target). */
export interface NamedSchema {
  /** Stable id: `<file>#<pointer>` of the schema. */
  id: string;
  /** The TypeScript name, unique in the package, e.g. `AIGatewayBillingUsage`. */
  typeName: string;
  schema: Schema;
  source: SourceLocation;
  /**
   * Where it is declared: `schemas/<top-level resource>` or `schemas/shared` (types in
   * `<module>.types.ts`, validators in `<module>.validators.ts`). Set by the model.
   */
  module: string;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export interface Parameter {
  /** The wire name. */
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  description?: string;
  deprecated?: boolean;
  /** `form` (query default), `simple` (path/header default), `deepObject`, ... */
  style: string;
  explode: boolean;
  /** Query parameters: reserved characters (`/`, `?`, `:`...) are sent as they are, not percent-encoded. */
  allowReserved?: boolean;
  /**
   * For path parameters that belong in the params object rather than positional
   * arguments (`account_id`): the client option that can supply it instead.
   */
  clientOption?: string;
}

/**
 * How a body travels, by its media type (model/media-types.ts): JSON (`application/json`,
 * `+json`), form (`application/x-www-form-urlencoded`), multipart, raw bytes (any type that is not
 * text), text (`text/*`, JavaScript, CSV, XML...), server-sent events and NDJSON / JSON Lines.
 */
export type MediaKind = 'json' | 'form' | 'multipart' | 'binary' | 'text' | 'event-stream' | 'ndjson';

/** What OpenAPI's Encoding Object says of one property of a form or multipart body. */
export interface PropertyEncoding {
  contentType?: string;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

/** One media type of a body, with the schema of what is sent or read as it. */
export interface MediaContent {
  mediaType: string;
  kind: MediaKind;
  /** For multipart and raw bodies, binary strings are `binary`; for text bodies, a string. */
  schema: Schema;
  /** The spec's `encoding`, by property name (form and multipart bodies), sorted by name. */
  encoding: { property: string; encoding: PropertyEncoding }[];
}

export interface RequestBody {
  required: boolean;
  description?: string;
  /** Every media type the body may be sent as, in spec order: a call picks one with its `contentType` param, the first by default. */
  contents: MediaContent[];
}

/**
 * How a list operation pages through results (model/pagination.ts detects it from the spec; the
 * config's `pagination` overrides). `items` is the path, into what the method resolves to, of the
 * array a page holds (`[]` when that is the array itself, `['data']` for Stripe's lists); the other
 * paths are into the whole response body.
 */
export type Pagination =
  | { style: 'page'; pageParam: string; sizeParam?: string; items: string[]; info?: string[] }
  | { style: 'offset'; offsetParam: string; limitParam?: string; items: string[]; total?: string[] }
  | { style: 'cursor'; cursorParam: string; nextCursor: string[]; items: string[] }
  | { style: 'after-last'; afterParam: string; hasMore: string[]; itemId: string; items: string[] }
  | { style: 'link'; items: string[] };

export type PaginationStyle = Pagination['style'];

export interface Response {
  status: string;
  /**
   * The media type the method reads: the first JSON one the success response declares, else the
   * first; `undefined` when it declares no body (204).
   */
  read?: { mediaType: string; kind: MediaKind };
  /** The `Accept` header: the declared media types of the kind the method reads, in spec order. */
  accept: string[];
  /** The names of the headers the success response declares, lower-cased (`link`). */
  headers: string[];
  /**
   * The whole body's schema (JSON); for a stream, one item's (an event's data, an NDJSON record),
   * when the spec gives one; `binary` for bytes, a string for text.
   */
  schema?: Schema;
  /**
   * The envelope field whose value the method resolves to (`result`, `data`, ...),
   * or `undefined` when the method resolves to the whole body.
   */
  envelopeField?: string;
  /** The schema of what the method resolves to (the field's schema, or the body's); for a stream, one item's. */
  resultSchema?: Schema;
  /** Whether the method checks what it resolves to (JSON bodies, stream items with a schema): then it has a validator. */
  validated: boolean;
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/accounts/{account_id}/ai-gateway/gateways/{gateway_id}`. */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Resource path, e.g. `['aiGateway', 'logs']`. */
  resource: string[];
  /** Method name on the resource, e.g. `get`. */
  methodName: string;
  /** Path parameters passed positionally, in path order. */
  positionalParams: Parameter[];
  /** Everything that goes into the params object: client-fillable path params, query, header and cookie params. */
  objectParams: Parameter[];
  requestBody?: RequestBody;
  response: Response;
  /** Error responses the spec declares, by status (`404`, `4XX`, `default`). */
  errorStatuses: string[];
  /** Alternatives (OR) of credential sets (AND), by security scheme name. */
  security: string[][];
  /** Safe to retry even when the method is not idempotent. */
  retrySafe: boolean;
  /** A server-sent event stream that drops is opened again with `Last-Event-ID` (the config's `reconnect`). */
  reconnect: boolean;
  pagination?: Pagination;
  /** Names of the generated types for this operation. */
  typeNames: { params: string; response: string };
  /**
   * The params object: client-fillable path, query and header parameters, and `body`, as an object
   * schema; with several request media types, an `allOf` of that object and a `oneOf` of one
   * `{ contentType, body }` per media type (model/operation-schemas.ts).
   */
  paramsSchema: Schema;
  /**
   * The check a call's arguments pass before anything is sent, when its parameters declare any
   * (lengths, ranges, patterns, enums, formats): the base name of its `is<X>`/`explain<X>`
   * validators (`LogGetArgs`) and the schema they check (positional arguments and params together).
   */
  argsCheck?: { name: string; schema: ObjectSchema };
  /** The operation's function in its resource's module (`logGet`), unique among the names that module declares or imports. */
  functionName: string;
  source: SourceLocation;
}

export interface SecurityScheme {
  name: string;
  kind: 'bearer' | 'basic' | 'header' | 'query' | 'cookie';
  /** Header / query / cookie name for `apiKey` schemes. */
  paramName?: string;
  description?: string;
  /** Client option name and environment fallback, from the config. */
  option: string;
  env?: string;
}

export interface Resource {
  /** camelCase property name on the parent (`logs`). */
  name: string;
  /** Full path from the client (`['aiGateway', 'logs']`). */
  path: string[];
  /** PascalCase class name, unique in the API: the client's module declares every resource class (`AiGatewayLogs`). */
  className: string;
  /** Output module path without extension, e.g. `resources/ai-gateway/logs`. */
  modulePath: string;
  operations: Operation[];
  children: Resource[];
}

export interface ClientOption {
  /** Option name on the client constructor (`accountId`). */
  option: string;
  env?: string;
  /** Path parameter it fills (`account_id`). */
  param: string;
}

/** How an API signs its webhook deliveries (the runtime's core/webhooks.ts checks each). */
export type WebhookSignature = 'github' | 'stripe' | 'standard';

/**
 * A request the API sends rather than receives: an entry of 3.1's top-level `webhooks`, or an
 * operation's `callbacks` (model/webhooks.ts). The package's `webhooks` entry point checks a
 * received one's signature and payload.
 */
export interface Webhook {
  /** The webhook's key (`check-run-completed`), or `<operationId>.<callback>` for a callback: what `unwrap` returns as `event`. */
  name: string;
  origin: 'webhook' | 'callback';
  /** What the event header or body field holds for it (GitHub's `X-GitHub-Event: check_run`), when the spec says. */
  eventType?: string;
  summary?: string;
  description?: string;
  /** The JSON media type of the payload. */
  mediaType: string;
  payload: Schema;
  /** The payload's type name (`CheckRunCompletedWebhook`); its validators are `is<X>`/`explain<X>`. */
  typeName: string;
  /** The header names the delivery declares, lower-cased. */
  headers: string[];
  source: SourceLocation;
}

export interface Webhooks {
  /** How deliveries are signed (the config's `webhooks.signature`, or detected from the declared headers). */
  signature?: WebhookSignature;
  /** The header that names a delivery's event (`x-github-event`), lower-cased. */
  eventHeader?: string;
  /** The payload field that names its event (`type`). */
  eventField?: string;
  /** In name order. */
  entries: Webhook[];
}

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
  license?: string;
}

export interface Api {
  /** The root spec's file name, without its directory (output must not depend on where the spec is), for the generated files' banner. */
  specFile: string;
  title: string;
  version: string;
  description?: string;
  package: PackageInfo;
  clientClassName: string;
  /** A second name for the base error class `SDKError`, exported by the entry point (config `client.errorAlias`: `CloudflareError`). */
  errorAlias?: string;
  baseURL: string;
  baseURLEnv?: string;
  securitySchemes: SecurityScheme[];
  clientOptions: ClientOption[];
  /** Named schemas by id, in stable order of `typeName`. */
  schemas: NamedSchema[];
  /** Top-level resources, sorted by name. */
  resources: Resource[];
  /** The webhooks and callbacks the API sends, when it declares any. */
  webhooks?: Webhooks;
}
