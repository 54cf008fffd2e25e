import { AttemptSignals } from '../internal/attempt-signals.js';
import type { CookieStyle } from '../internal/cookies.js';
import { errorHeaders, type HeaderStyle } from '../internal/headers.js';
import { serializeQuery, type QueryStyle } from '../internal/query.js';
import { retryDelay, shouldRetry, sleep } from '../internal/retry.js';
import { Sent } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ResponseParseError,
  ResponseValidationError,
} from './errors.js';
import { enabled, redactHeaders, type LogLevel, type Logger } from './logger.js';
import type { ValidationIssue } from './validation.js';

export type ValidationMode = 'strict' | 'warn' | 'off';

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
export class RequestLoop {
  readonly #defaults: RequestDefaults;
  readonly #logger: Logger;
  readonly #fetch: typeof fetch;
  readonly #signals = new AttemptSignals();
  #warnedValidation = false;

  constructor(defaults: RequestDefaults, logger: Logger, fetchImpl: typeof fetch) {
    this.#defaults = defaults;
    this.#logger = logger;
    this.#fetch = fetchImpl;
  }

  /**
   * Runs the request with retries; resolves to the (unwrapped, validated) body and the raw
   * response. `authQuery` holds the credentials of `apiKey` schemes that live in the query
   * string; logs show them redacted.
   */
  async send<T>(
    spec: RequestSpec,
    options: RequestOptions,
    headers: Record<string, string>,
    authQuery: Record<string, string>,
  ): Promise<Sent<T>> {
    const defaults = this.#defaults;
    const url = requestURL(defaults.baseURL, spec, authQuery);
    const init: RequestInit = { method: spec.method.toUpperCase(), headers };
    if (spec.body !== undefined) init.body = JSON.stringify(spec.body);
    // Log lines are built only when they are written: at the default level a request does no log work.
    const debug = enabled(defaults.logLevel, 'debug');
    const shownURL = debug
      ? requestURL(
          defaults.baseURL,
          spec,
          Object.fromEntries(Object.keys(authQuery).map((k) => [k, '***'])),
        )
      : '';
    const maxRetries = options.maxRetries ?? defaults.maxRetries;
    const timeout = options.timeout ?? defaults.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== undefined;
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug)
        this.#logger.debug(`sdk request ${init.method} ${shownURL}`, {
          headers: redactHeaders(headers),
          attempt,
        });
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await this.#attempt(url, init, timeout, options.signal));
      } catch (error) {
        if (error instanceof APIUserAbortError || !retryable || left <= 0) throw error;
        await this.#wait(attempt, undefined, `${(error as Error).name}`, options.signal);
        continue;
      }
      if (debug) this.#logger.debug(`sdk response ${response.status} ${init.method} ${shownURL}`);
      if (!response.ok) {
        if (left > 0 && shouldRetry(response, retryable)) {
          await this.#wait(attempt, response.headers, `status ${response.status}`, options.signal);
          continue;
        }
        throw APIError.for(response.status, errorHeaders(response), parseMaybe(text));
      }
      return new Sent(this.#readBody<T>(text, response, spec, options), response, text);
    }
  }

  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  async #attempt(
    url: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; text: string }> {
    if (signal?.aborted) throw new APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.#fetch(url, init);
      // The body is read inside the timeout too: a server that stalls mid-body is a timeout.
      // It is read once, as text; asResponse() rebuilds a readable Response only when asked.
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (attemptSignal.timedOut) throw new APIConnectionTimeoutError(timeout);
      throw new APIConnectionError(`Connection error: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      this.#signals.release(attemptSignal);
    }
  }

  /** The pause before the next attempt, logged at `info`. */
  #wait(
    attempt: number,
    headers: Headers | undefined,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const delay = retryDelay(attempt, headers);
    if (enabled(this.#defaults.logLevel, 'info'))
      this.#logger.info(
        `sdk retrying after ${reason} in ${Math.round(delay)} ms (attempt ${attempt + 2})`,
      );
    return sleep(delay, signal);
  }

  /** Parses a 2xx body, unwraps the envelope and checks the value against the spec. */
  #readBody<T>(text: string, response: Response, spec: RequestSpec, options: RequestOptions): T {
    if (spec.check === undefined && text === '') return undefined as T;
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ResponseParseError(response.status, text.slice(0, 200));
    }
    let value = body;
    if (spec.envelope !== undefined) {
      if (typeof body !== 'object' || body === null)
        throw new ResponseParseError(response.status, text.slice(0, 200));
      const envelope = body as Record<string, unknown>;
      if (envelope.success === false)
        throw APIError.for(
          response.status,
          errorHeaders(response),
          body,
          `${response.status} success: false: ${JSON.stringify(envelope.errors ?? []).slice(0, 200)}`,
        );
      value = envelope[spec.envelope];
    }
    const mode = options.validateResponse ?? this.#defaults.validateResponses;
    if (mode !== 'off' && spec.check && !spec.check(value)) {
      const issues: ValidationIssue[] = [];
      const prefix = spec.envelope !== undefined ? `/${spec.envelope}` : '';
      spec.explain?.(value, prefix, issues);
      const error = new ResponseValidationError(issues, body);
      if (mode === 'strict') throw error;
      if (!this.#warnedValidation && enabled(this.#defaults.logLevel, 'warn')) {
        this.#warnedValidation = true;
        this.#logger.warn(`sdk ${error.message}`);
      }
    }
    return (spec.keepEnvelope ? body : value) as T;
  }
}

/**
 * Runs `run` with the request spec, built by `spec` when it is a function; an error thrown while
 * building it rejects the returned promise. A spec built synchronously is run at once.
 */
export function withSpec<R>(
  spec: RequestSpec | (() => RequestSpec | PromiseLike<RequestSpec>),
  run: (spec: RequestSpec) => Promise<R>,
): Promise<R> {
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

function requestURL(baseURL: string, spec: RequestSpec, authQuery: Record<string, string>): string {
  let url = baseURL + spec.path;
  let query = spec.query ? serializeQuery(spec.query, spec.queryStyles) : '';
  const auth = serializeQuery(authQuery);
  if (auth) query = query ? `${query}&${auth}` : auth;
  if (query) url += `?${query}`;
  return url;
}

/** An error response's body: JSON when it is, else its first 200 characters. */
function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
