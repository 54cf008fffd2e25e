import { APIPromise, Sent } from './api-promise.js';
import { type LogLevel, type Logger } from './logger.js';
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
    pathParamOptions: Record<string, {
        env?: string;
    }>;
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
/**
 * The request engine shared by every resource: auth, URL and header building, timeouts,
 * retries with backoff, error mapping, envelope unwrapping and response validation.
 */
export declare class APIClient {
    #private;
    private readonly definition;
    readonly baseURL: string;
    readonly timeout: number;
    readonly maxRetries: number;
    readonly validateResponses: ValidationMode;
    readonly logLevel: LogLevel;
    private readonly logger;
    private readonly fetchImpl;
    private readonly pathDefaults;
    private readonly defaultHeaders;
    private warnedValidation;
    constructor(definition: ClientDefinition, clientOptions: CoreClientOptions);
    /** A path parameter from the call, else from the client option that defaults it. */
    pathParam(name: string, option: string, value: unknown): string;
    /**
     * Throws `InvalidParameterError` unless the call's arguments pass the spec's checks: `params`
     * with the positional (path) arguments over them, the one object the generated check expects.
     */
    checkArgs(params: object, positional: Record<string, unknown>, check: (value: unknown) => boolean, explain: (value: unknown, path: string, issues: ValidationIssue[]) => void): void;
    /**
     * Starts a request. `spec` may be a function, so that argument checks and path building that
     * throw become a rejected promise instead of a synchronous throw. A function that returns the
     * spec itself (not a promise) starts the request at once, without waiting a turn.
     */
    request<T>(spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), options?: RequestOptions): APIPromise<T>;
    /** Runs the request with retries; resolves to the (unwrapped, validated) body and the raw response. */
    send<T>(spec: RequestSpec, options: RequestOptions): Promise<Sent<T>>;
    private buildURL;
    private buildHeaders;
    private applyAuth;
    /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
    private attempt;
    private retryDelay;
    private readBody;
}
/**
 * Runs `run` with the request spec, built by `spec` when it is a function; an error thrown while
 * building it rejects the returned promise. A spec built synchronously is run at once.
 */
export declare function withSpec<R>(spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), run: (spec: RequestSpec) => Promise<R>): Promise<R>;
/** How OpenAPI serializes one query parameter: `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`. */
export interface QueryStyle {
    style: string;
    explode: boolean;
}
/**
 * Serializes query parameters as their OpenAPI `style` and `explode` say (default `form`,
 * exploded): arrays as repeated keys or one delimited value, objects as their own keys,
 * `key=k,v` pairs or `key[k]=v` (`deepObject`). `undefined` and `null` are left out.
 * OpenAPI does not define nested values (an array of objects); they are sent in brackets.
 */
export declare function serializeQuery(query: Record<string, unknown>, styles?: Record<string, QueryStyle>): string;
