// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { readEnv } from '../internal/env.js';
import { appendCookies, serializeCookies } from '../internal/cookies.js';
import { checkHeaders, lowerCaseNames, setHeaderParams, setHeaders } from '../internal/headers.js';
import { APIPromise, type Outcome } from './api-promise.js';
import { InvalidParameterError, MissingCredentialsError } from './errors.js';
import type { LogLevel, Logger } from './logger.js';
import {
  RequestLoop,
  withSpec,
  type RequestOptions,
  type RequestSpec,
  type ValidationMode,
} from './request.js';
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

/**
 * What every resource calls: the client's options and credentials, argument checks, and
 * `request`, which builds the headers (auth included) and hands the call to the request loop
 * (request.ts: attempts, retries, reading and checking the body).
 *
 * The generated client extends this class with one getter per top-level resource, so every
 * name declared here is one a resource cannot take (model/reserved-names.ts, API_CLIENT_MEMBERS).
 * Internal state is in `#` fields, which cannot collide with a getter of the subclass and which
 * `console.log(client)`, `util.inspect` and `JSON.stringify` do not show: they would print the
 * credentials.
 */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly validateResponses: ValidationMode;
  readonly logLevel: LogLevel;
  readonly #definition: ClientDefinition;
  readonly #credentials: Record<string, string> = {};
  readonly #pathDefaults: Record<string, string> = {};
  readonly #defaultHeaders: Record<string, string>;
  readonly #loop: RequestLoop;

  constructor(definition: ClientDefinition, clientOptions: CoreClientOptions) {
    // Credential and path-default options are named by the generated subclass.
    const options = clientOptions as CoreClientOptions & Record<string, unknown>;
    const env = readEnv();
    this.#definition = definition;
    this.baseURL = (
      options.baseURL ??
      (definition.baseURLEnv ? env(definition.baseURLEnv) : undefined) ??
      definition.baseURL
    ).replace(/\/+$/, '');
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.validateResponses = options.validateResponses ?? 'strict';
    this.logLevel = options.logLevel ?? 'warn';
    this.#loop = new RequestLoop(
      this,
      options.logger ?? console,
      options.fetch ?? ((input, init) => fetch(input, init)),
    );
    this.#defaultHeaders = checkHeaders(lowerCaseNames(options.defaultHeaders ?? {}));
    for (const scheme of Object.values(definition.security)) {
      const value = options[scheme.option] ?? (scheme.env ? env(scheme.env) : undefined);
      if (typeof value === 'string' && value !== '') this.#credentials[scheme.option] = value;
    }
    for (const [option, { env: name }] of Object.entries(definition.pathParamOptions)) {
      const value = options[option] ?? (name ? env(name) : undefined);
      if (typeof value === 'string' && value !== '') this.#pathDefaults[option] = value;
    }
  }

  /** A path parameter from the call, else from the client option that defaults it. */
  pathParam(name: string, option: string, value: unknown): string {
    const resolved = value ?? this.#pathDefaults[option];
    if (typeof resolved !== 'string') {
      throw new InvalidParameterError([
        {
          path: `/${name}`,
          message: `is required: pass "${name}" or set the client's "${option}" option`,
          expected: 'string',
          received: resolved === undefined ? 'nothing' : typeof resolved,
        },
      ]);
    }
    return resolved;
  }

  /**
   * Throws `InvalidParameterError` unless the call's arguments pass the spec's checks: `params`
   * with the positional (path) arguments over them, the one object the generated check expects.
   */
  checkArgs(
    params: object,
    positional: Record<string, unknown>,
    check: (value: unknown) => boolean,
    explain: (value: unknown, path: string, issues: ValidationIssue[]) => void,
  ): void {
    // The own properties of `{ ...params, ...positional }` (a `__proto__` key stays a plain key on an
    // object without a prototype), but not built that way: V8 (Node 20) takes a slow path, about
    // 1 us a property, for properties added to an object that a spread copied.
    const args: Record<string, unknown> = Object.assign(
      Object.create(null) as Record<string, unknown>,
      params,
      positional,
    );
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
  request<T>(
    spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>),
    options: RequestOptions = {},
  ): APIPromise<T> {
    return new APIPromise<T>(withSpec(spec, (s) => this.send<T>(s, options)));
  }

  /** Runs the request with retries; resolves to the (unwrapped, validated) body, or the response whose body is read on demand. */
  send<T>(spec: RequestSpec, options: RequestOptions): Promise<Outcome<T>> {
    // Credentials of `apiKey` schemes that live in the query string; logs show them redacted.
    const authQuery: Record<string, string> = {};
    let headers: Record<string, string>;
    try {
      headers = this.#headers(spec, options, authQuery);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#loop.send<T>(spec, options, headers, authQuery);
  }

  /**
   * In the order in which a later source replaces an earlier one: defaults, auth, the operation's
   * header parameters, per-request options. Cookies are added to each other instead (defaults,
   * an `apiKey` cookie, the operation's cookie parameters), into the one `Cookie` header a request
   * sends; a `cookie` in the per-request headers replaces them all.
   */
  #headers(
    spec: RequestSpec,
    options: RequestOptions,
    authQuery: Record<string, string>,
  ): Record<string, string> {
    const headers: Record<string, string> = {
      accept: spec.accept ?? 'application/json',
      ...this.#defaultHeaders,
    };
    this.#authorize(spec.security, headers, authQuery);
    if (spec.headers) setHeaderParams(headers, spec.headers, spec.headerStyles);
    if (spec.cookies) appendCookies(headers, serializeCookies(spec.cookies, spec.cookieStyles));
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    if (options.headers) setHeaders(headers, options.headers);
    return checkHeaders(headers);
  }

  /** Sends the credentials of the first alternative of `security` the client has them all for. */
  #authorize(
    security: string[][],
    headers: Record<string, string>,
    authQuery: Record<string, string>,
  ): void {
    if (security.length === 0) return;
    const schemes = this.#definition.security;
    const satisfied = security.find((set) =>
      set.every((name) => schemes[name] && this.#credentials[schemes[name]!.option] !== undefined),
    );
    if (!satisfied) {
      if (security.some((set) => set.length === 0)) return;
      throw new MissingCredentialsError(
        security.map((set) => set.map((name) => optionLabel(schemes[name], name))),
      );
    }
    for (const name of satisfied) {
      const scheme = schemes[name]!;
      const value = this.#credentials[scheme.option]!;
      if (scheme.kind === 'bearer') headers.authorization = `Bearer ${value}`;
      else if (scheme.kind === 'basic') headers.authorization = `Basic ${btoa(value)}`;
      else if (scheme.kind === 'header') headers[scheme.paramName!.toLowerCase()] = value;
      else if (scheme.kind === 'cookie')
        appendCookies(headers, `${scheme.paramName}=${encodeURIComponent(value)}`);
      else if (scheme.kind === 'query') authQuery[scheme.paramName!] = value;
    }
  }
}

function optionLabel(scheme: SecurityScheme | undefined, name: string): string {
  if (!scheme) return name;
  return scheme.env ? `${scheme.option} (${scheme.env})` : scheme.option;
}
