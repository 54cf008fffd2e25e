import type { CookieStyle } from '../internal/cookies.js';
import { type HeaderStyle } from '../internal/headers.js';
import { type QueryStyle } from '../internal/query.js';
import type { BodyContent } from '../internal/body-content.js';
import type { BodyEncoderLoader, StreamsLoader } from '../internal/codecs.js';
import { type Outcome } from './api-promise.js';
import type { PaginationSpec } from './pagination.js';
import { type LogLevel, type Logger } from './logger.js';
import type { ValidationIssue } from './validation.js';
export type ValidationMode = 'strict' | 'warn' | 'off';
/** How a success body is read: see `RequestSpec.read`. */
export type ResponseRead = 'json' | 'text' | 'binary' | 'event-stream' | 'ndjson';
export interface RequestOptions {
    signal?: AbortSignal;
    timeout?: number;
    maxRetries?: number;
    headers?: Record<string, string>;
    validateResponse?: ValidationMode;
    /** Makes a non-idempotent request safe to retry; sent as `Idempotency-Key`. */
    idempotencyKey?: string;
    /** For a list: the most pages a `for await` over it (or `iterPages()`) fetches, the first included. */
    maxPages?: number;
}
/** One operation call, as a resource method describes it. */
export interface RequestSpec {
    method: string;
    /** Already encoded, path parameters in their styles (see `expandPath`). */
    path: string;
    query?: Record<string, unknown>;
    /** Query parameters whose OpenAPI `style`/`explode` is not the default (`form`, exploded), or that allow reserved characters. */
    queryStyles?: Record<string, QueryStyle>;
    /** Header parameters, by their names in the spec; sent in the `simple` style. */
    headers?: Record<string, unknown>;
    /** Header parameters that are exploded (`R=100,G=200`); the others are not. */
    headerStyles?: Record<string, HeaderStyle>;
    /** Cookie parameters, by their names in the spec; sent in one `Cookie` header. */
    cookies?: Record<string, unknown>;
    /** Cookie parameters that are not exploded (`color=blue,black,brown`); the others are. */
    cookieStyles?: Record<string, CookieStyle>;
    body?: unknown;
    /** How `body` goes on the wire, from the media type the spec declares (default: JSON, `application/json`). */
    content?: BodyContent;
    /** Loads the encoder of a body that is not JSON (internal/codecs.ts); set by operations that send one. */
    encoder?: BodyEncoderLoader;
    /** The `Accept` header: the media types the spec declares for the success body (default `application/json`). */
    accept?: string;
    /**
     * How a success body is read (default `json`: parsed, unwrapped, validated, within the timeout).
     * The others are read when the value is asked for, so that `asResponse()` streams: `binary` as
     * a Blob, `text` as a string, `event-stream` and `ndjson` as a `Stream` (items validated by
     * `check` when the spec gives their schema).
     */
    read?: ResponseRead;
    /** A server-sent event stream that drops mid-stream is opened again with `Last-Event-ID`. */
    reconnect?: boolean;
    /** Loads the stream readers (internal/codecs.ts); set by operations whose `read` is a stream. */
    streams?: StreamsLoader;
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
    /** How a list operation pages (core/pagination.ts). */
    pagination?: PaginationSpec;
}
/** The client's settings a request starts from (its public fields); a request's options override them. */
export interface RequestDefaults {
    readonly baseURL: string;
    readonly timeout: number;
    readonly maxRetries: number;
    readonly validateResponses: ValidationMode;
    readonly logLevel: LogLevel;
}
/**
 * The request loop of one client: attempts within their timeout, retries with backoff, error
 * mapping, envelope unwrapping and response validation. A class of its own, not methods of
 * `APIClient`: the generated client extends that class, and every name it declares is one a
 * resource cannot take. The client builds the headers, since it holds the credentials.
 */
export declare class RequestLoop {
    #private;
    constructor(defaults: RequestDefaults, logger: Logger, fetchImpl: typeof fetch);
    /**
     * Runs the request with retries; resolves to the (unwrapped, validated) body and the raw
     * response, or, for bodies read on demand (`spec.read`), the response with its body unread.
     * `authQuery` holds the credentials of `apiKey` schemes that live in the query string; logs
     * show them redacted. A body that is a stream is sent as it is read, so a request that sent
     * one is not retried.
     */
    send<T>(spec: RequestSpec, options: RequestOptions, headers: Record<string, string>, authQuery: Record<string, string>): Promise<Outcome<T>>;
}
/**
 * Runs `run` with the request spec, built by `spec` when it is a function; an error thrown while
 * building it rejects the returned promise. A spec built synchronously is run at once.
 */
export declare function withSpec<R>(spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>), run: (spec: RequestSpec) => Promise<R>): Promise<R>;
