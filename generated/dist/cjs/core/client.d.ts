import { APIPromise, type Outcome } from './api-promise.js';
import type { LogLevel, Logger } from './logger.js';
import { type RequestOptions, type RequestSpec, type ValidationMode } from './request.js';
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
export declare class APIClient {
    #private;
    readonly baseURL: string;
    readonly timeout: number;
    readonly maxRetries: number;
    readonly validateResponses: ValidationMode;
    readonly logLevel: LogLevel;
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
    /** Runs the request with retries; resolves to the (unwrapped, validated) body, or the response whose body is read on demand. */
    send<T>(spec: RequestSpec, options: RequestOptions): Promise<Outcome<T>>;
}
