// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { APIPromise, Sent } from './api-promise.js';
import { AttemptSignals } from './attempt-signals.js';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, InvalidParameterError, MissingCredentialsError, ResponseParseError, ResponseValidationError } from './errors.js';
import { enabled, redactHeaders, type LogLevel, type Logger } from './logger.js';
import type { ValidationIssue } from './validation.js';

/** How one security scheme of the spec is sent; generated from `components.securitySchemes`. */
export interface SecurityScheme {
  kind: 'bearer' | 'basic' | 'header' | 'query' | 'cookie';
  /** The client option holding the credential. */
  option: string;
  env?: string;
  /** Header, query or cookie name for API-key schemes. */
  paramName?: string;
}

/** Static facts about the API, generated from the spec and config. */
export interface ClientDefinition {
  baseURL: string;
  baseURLEnv?: string;
  security: Record<string, SecurityScheme>;
  /** Client options that fill path parameters (`accountId` -> `account_id`), with their env fallbacks. */
  pathParamOptions: Record<string, { env?: string }>;
}

export type ValidationMode = 'strict' | 'warn' | 'off';

export interface CoreClientOptions {
  /** Defaults to the spec's server, or the base-URL environment variable. */
  baseURL?: string;
  /** Milliseconds before a request attempt is abandoned. Default 60 000. */
  timeout?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof fetch;
  defaultHeaders?: Record<string, string>;
  /** Check responses against the spec: throw (`strict`, default), log once (`warn`) or skip (`off`). */
  validateResponses?: ValidationMode;
  logger?: Logger;
  /** Default `warn`. */
  logLevel?: LogLevel;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  validateResponse?: ValidationMode;
  /** Makes a non-idempotent request safe to retry; sent as `Idempotency-Key`. */
  idempotencyKey?: string;
}

/** One operation call, as a resource method describes it. */
export interface RequestSpec {
  method: string;
  /** Already encoded (see `expandPath`). */
  path: string;
  query?: Record<string, unknown>;
  /** Query parameters whose OpenAPI `style`/`explode` is not the default (`form`, exploded). */
  queryStyles?: Record<string, QueryStyle>;
  headers?: Record<string, unknown>;
  body?: unknown;
  /** Alternatives (OR) of scheme sets (AND); `[]` means no auth, `[[]]` auth optional. */
  security: string[][];
  /** Envelope field to unwrap (`result`), if any. */
  envelope?: string;
  /** Explains a response value that fails `check`; both from the generated validators. */
  check?: (value: unknown) => boolean;
  explain?: (value: unknown, path: string, issues: ValidationIssue[]) => void;
  /** Safe to retry (idempotent, or marked safe in the config). */
  retrySafe: boolean;
  /** Resolve to the whole body instead of the envelope field (pagination needs both). */
  keepEnvelope?: boolean;
}

const RETRY_STATUSES = new Set([408, 409, 429]);

/**
 * The request engine shared by every resource: auth, URL and header building, timeouts,
 * retries with backoff, error mapping, envelope unwrapping and response validation.
 */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly validateResponses: ValidationMode;
  readonly logLevel: LogLevel;
  private readonly logger: Logger;
  private readonly fetchImpl: typeof fetch;
  // A `#` field, not a TypeScript `private` one: `console.log(client)`, `util.inspect` and
  // `JSON.stringify` show every ordinary property, and would print the credentials.
  readonly #credentials: Record<string, string> = {};
  private readonly pathDefaults: Record<string, string>;
  private readonly defaultHeaders: Record<string, string>;
  private warnedValidation = false;
  readonly #signals = new AttemptSignals();

  constructor(
    private readonly definition: ClientDefinition,
    clientOptions: CoreClientOptions,
  ) {
    // Credential and path-default options are named by the generated subclass.
    const options = clientOptions as CoreClientOptions & Record<string, unknown>;
    const env = readEnv();
    this.baseURL = (options.baseURL ?? (definition.baseURLEnv ? env(definition.baseURLEnv) : undefined) ?? definition.baseURL).replace(/\/+$/, '');
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.validateResponses = options.validateResponses ?? 'strict';
    this.logLevel = options.logLevel ?? 'warn';
    this.logger = options.logger ?? console;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.defaultHeaders = checkHeaders(lowerCaseNames(options.defaultHeaders ?? {}));
    for (const scheme of Object.values(definition.security)) {
      const value = options[scheme.option] ?? (scheme.env ? env(scheme.env) : undefined);
      if (typeof value === 'string' && value !== '') this.#credentials[scheme.option] = value;
    }
    this.pathDefaults = {};
    for (const [option, { env: name }] of Object.entries(definition.pathParamOptions)) {
      const value = options[option] ?? (name ? env(name) : undefined);
      if (typeof value === 'string' && value !== '') this.pathDefaults[option] = value;
    }
  }

  /** A path parameter from the call, else from the client option that defaults it. */
  pathParam(name: string, option: string, value: unknown): string {
    const resolved = value ?? this.pathDefaults[option];
    if (typeof resolved !== 'string') {
      throw new InvalidParameterError([{ path: `/${name}`, message: `is required: pass "${name}" or set the client's "${option}" option`, expected: 'string', received: resolved === undefined ? 'nothing' : typeof resolved }]);
    }
    return resolved;
  }

  /**
   * Throws `InvalidParameterError` unless the call's arguments pass the spec's checks: `params`
   * with the positional (path) arguments over them, the one object the generated check expects.
   */
  checkArgs(params: object, positional: Record<string, unknown>, check: (value: unknown) => boolean, explain: (value: unknown, path: string, issues: ValidationIssue[]) => void): void {
    // The own properties of `{ ...params, ...positional }` (a `__proto__` key stays a plain key on an
    // object without a prototype), but not built that way: V8 (Node 20) takes a slow path, about
    // 1 us a property, for properties added to an object that a spread copied.
    const args: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, params, positional);
    if (check(args)) return;
    const issues: ValidationIssue[] = [];
    explain(args, '', issues);
    throw new InvalidParameterError(issues);
  }

  /**
   * Starts a request. `spec` may be a function, so that argument checks and path building that
   * throw become a rejected promise instead of a synchronous throw. A function that returns the
   * spec itself (not a promise) starts the request at once, without waiting a turn.
   */
  request<T>(spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise<T>(withSpec(spec, (s) => this.send<T>(s, options)));
  }

  /** Runs the request with retries; resolves to the (unwrapped, validated) body and the raw response. */
  async send<T>(spec: RequestSpec, options: RequestOptions): Promise<Sent<T>> {
    // Credentials of `apiKey` schemes that live in the query string; logs show them redacted.
    const authQuery: Record<string, string> = {};
    const headers = this.buildHeaders(spec, options, authQuery);
    const url = this.buildURL(spec, authQuery);
    const init: RequestInit = { method: spec.method.toUpperCase(), headers };
    if (spec.body !== undefined) init.body = JSON.stringify(spec.body);
    // Log lines are built only when they are written: at the default level a request does no log work.
    const debug = enabled(this.logLevel, 'debug');
    const shownURL = debug ? this.buildURL(spec, Object.fromEntries(Object.keys(authQuery).map((k) => [k, '***']))) : '';
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== undefined;
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug) this.logger.debug(`sdk request ${init.method} ${shownURL}`, { headers: redactHeaders(headers), attempt });
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await this.attempt(url, init, timeout, options.signal));
      } catch (error) {
        if (error instanceof APIUserAbortError || !retryable || left <= 0) throw error;
        await this.retryDelay(attempt, undefined, `${(error as Error).name}`, options.signal);
        continue;
      }
      if (debug) this.logger.debug(`sdk response ${response.status} ${init.method} ${shownURL}`);
      if (!response.ok) {
        if (left > 0 && shouldRetry(response, retryable)) {
          await this.retryDelay(attempt, response.headers, `status ${response.status}`, options.signal);
          continue;
        }
        throw APIError.for(response.status, headersOf(response), parseMaybe(text));
      }
      return new Sent(this.readBody<T>(text, response, spec, options), response, text);
    }
  }

  private buildURL(spec: RequestSpec, authQuery: Record<string, string>): string {
    let url = this.baseURL + spec.path;
    let query = spec.query ? serializeQuery(spec.query, spec.queryStyles) : '';
    const auth = serializeQuery(authQuery);
    if (auth) query = query ? `${query}&${auth}` : auth;
    if (query) url += `?${query}`;
    return url;
  }

  private buildHeaders(spec: RequestSpec, options: RequestOptions, authQuery: Record<string, string>): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.defaultHeaders };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    this.applyAuth(spec.security, headers, authQuery);
    if (spec.headers) {
      for (const name in spec.headers) {
        const value = spec.headers[name];
        if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
      }
    }
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    if (options.headers) for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name]!;
    return checkHeaders(headers);
  }

  private applyAuth(security: string[][], headers: Record<string, string>, authQuery: Record<string, string>): void {
    if (security.length === 0) return;
    const satisfied = security.find((set) => set.every((name) => this.definition.security[name] && this.#credentials[this.definition.security[name]!.option] !== undefined));
    if (!satisfied) {
      if (security.some((set) => set.length === 0)) return;
      throw new MissingCredentialsError(security.map((set) => set.map((name) => optionLabel(this.definition.security[name], name))));
    }
    for (const name of satisfied) {
      const scheme = this.definition.security[name]!;
      const value = this.#credentials[scheme.option]!;
      if (scheme.kind === 'bearer') headers.authorization = `Bearer ${value}`;
      else if (scheme.kind === 'basic') headers.authorization = `Basic ${btoa(value)}`;
      else if (scheme.kind === 'header') headers[scheme.paramName!.toLowerCase()] = value;
      else if (scheme.kind === 'cookie') headers.cookie = `${scheme.paramName}=${encodeURIComponent(value)}`;
      else if (scheme.kind === 'query') authQuery[scheme.paramName!] = value;
    }
  }

  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  private async attempt(url: string, init: RequestInit, timeout: number, signal: AbortSignal | undefined): Promise<{ response: Response; text: string }> {
    if (signal?.aborted) throw new APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.fetchImpl(url, init);
      // The body is read inside the timeout too: a server that stalls mid-body is a timeout.
      // It is read once, as text; asResponse() rebuilds a readable Response only when asked.
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (attemptSignal.timedOut) throw new APIConnectionTimeoutError(timeout);
      throw new APIConnectionError(`Connection error: ${(error as Error).message}`, { cause: error });
    } finally {
      this.#signals.release(attemptSignal);
    }
  }

  private async retryDelay(attempt: number, headers: Headers | undefined, reason: string, signal: AbortSignal | undefined): Promise<void> {
    const delay = retryAfter(headers) ?? Math.min(500 * 2 ** attempt, 8000) * (1 - Math.random() * 0.25);
    if (enabled(this.logLevel, 'info')) this.logger.info(`sdk retrying after ${reason} in ${Math.round(delay)} ms (attempt ${attempt + 2})`);
    if (signal?.aborted) throw new APIUserAbortError();
    await new Promise<void>((resolve, reject) => {
      // Removed when the delay ends, or a caller's long-lived signal collects one listener per retry.
      const onAbort = () => {
        clearTimeout(timer);
        reject(new APIUserAbortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, delay);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private readBody<T>(text: string, response: Response, spec: RequestSpec, options: RequestOptions): T {
    if (spec.check === undefined && text === '') return undefined as T;
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ResponseParseError(response.status, text.slice(0, 200));
    }
    let value = body;
    if (spec.envelope !== undefined) {
      if (typeof body !== 'object' || body === null) throw new ResponseParseError(response.status, text.slice(0, 200));
      const envelope = body as Record<string, unknown>;
      if (envelope.success === false) throw APIError.for(response.status, headersOf(response), body, `${response.status} success: false: ${JSON.stringify(envelope.errors ?? []).slice(0, 200)}`);
      value = envelope[spec.envelope];
    }
    const mode = options.validateResponse ?? this.validateResponses;
    if (mode !== 'off' && spec.check && !spec.check(value)) {
      const issues: ValidationIssue[] = [];
      const prefix = spec.envelope !== undefined ? `/${spec.envelope}` : '';
      spec.explain?.(value, prefix, issues);
      const error = new ResponseValidationError(issues, body);
      if (mode === 'strict') throw error;
      if (!this.warnedValidation && enabled(this.logLevel, 'warn')) {
        this.warnedValidation = true;
        this.logger.warn(`sdk ${error.message}`);
      }
    }
    return (spec.keepEnvelope ? body : value) as T;
  }
}

/**
 * Runs `run` with the request spec, built by `spec` when it is a function; an error thrown while
 * building it rejects the returned promise. A spec built synchronously is run at once.
 */
export function withSpec<R>(spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), run: (spec: RequestSpec) => Promise<R>): Promise<R> {
  try {
    const built = typeof spec === 'function' ? spec() : spec;
    return isPromiseLike(built) ? Promise.resolve(built).then(run) : run(built);
  } catch (error) {
    return Promise.reject(error);
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function optionLabel(scheme: SecurityScheme | undefined, name: string): string {
  if (!scheme) return name;
  return scheme.env ? `${scheme.option} (${scheme.env})` : scheme.option;
}

function shouldRetry(response: Response, retryable: boolean): boolean {
  const header = response.headers.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return retryable && (RETRY_STATUSES.has(response.status) || response.status >= 500);
}

/** `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date; ignored past 60 s. */
function retryAfter(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0 && ms <= 60_000) return ms;
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - Date.now();
  return Number.isFinite(delay) && delay >= 0 && delay <= 60_000 ? delay : undefined;
}

/** The response headers an error keeps; cookies are left out, as they are from logs. */
function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') out[key] = value;
  });
  return out;
}

function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}

/** Header names are case-insensitive; lower-casing them lets a later source replace an earlier one instead of `fetch` joining both. */
function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

const LINE_BREAK = /[\r\n\0]/;
/** What a header value must not hold: a line break or NUL, or a character above U+00FF. */
const UNSENDABLE = /[\r\n\0\u0100-\uffff]/;

/**
 * Rejects what `fetch` cannot send. Checked here because `fetch`'s own error quotes the
 * value, which may be a credential, and would surface as a retried connection error.
 * Returns `value`, so that a header can be checked where it is set.
 */
function checkHeader(name: string, value: string): string {
  // One test for the common case, a header that is fine; the message is worked out only on failure.
  if (!UNSENDABLE.test(String(value)) && !LINE_BREAK.test(name)) return value;
  const path = `/headers/${name.replace(/[^\x21-\x7e]/g, ' ')}`;
  if (LINE_BREAK.test(name) || LINE_BREAK.test(String(value))) {
    throw new InvalidParameterError([{ path, message: 'must not contain CR, LF or NUL', expected: 'a header without line breaks', received: 'a line break or NUL' }]);
  }
  throw new InvalidParameterError([{ path, message: 'must contain only Latin-1 characters', expected: 'a header value of Latin-1 characters', received: 'a character above U+00FF' }]);
}

function checkHeaders(headers: Record<string, string>): Record<string, string> {
  for (const name in headers) checkHeader(name, headers[name]!);
  return headers;
}

/** How OpenAPI serializes one query parameter: `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`. */
export interface QueryStyle {
  style: string;
  explode: boolean;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded): arrays as repeated keys or one delimited value, objects as their own keys,
 * `key=k,v` pairs or `key[k]=v` (`deepObject`). `undefined` and `null` are left out.
 * OpenAPI does not define nested values (an array of objects); they are sent in brackets.
 */
export function serializeQuery(query: Record<string, unknown>, styles: Record<string, QueryStyle> = {}): string {
  const parts: string[] = [];
  const pair = (key: string, value: unknown) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  const nested = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const item of value) nested(key, item);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) nested(`${key}[${k}]`, v);
    else pair(key, value);
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const { style, explode } = styles[key] ?? { style: 'form', explode: true };
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== undefined && item !== null);
      if (explode || style === 'deepObject') for (const item of items) nested(key, item);
      else if (items.length > 0) parts.push(`${encodeURIComponent(key)}=${items.map((item) => encodeURIComponent(String(item))).join(DELIMITERS[style] ?? ',')}`);
    } else if (typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
      if (style === 'deepObject') for (const [k, v] of entries) nested(`${key}[${k}]`, v);
      else if (explode) for (const [k, v] of entries) nested(k, v);
      else if (entries.length > 0) parts.push(`${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encodeURIComponent(k), encodeURIComponent(String(v))]).join(',')}`);
    } else {
      pair(key, value);
    }
  }
  return parts.join('&');
}

function readEnv(): (name: string) => string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return (name) => {
    const value = env?.[name]?.trim();
    return value === '' ? undefined : value;
  };
}
