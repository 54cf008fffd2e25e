// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { AttemptSignals } from '../internal/attempt-signals.js';
import type { CookieStyle } from '../internal/cookies.js';
import { errorHeaders, type HeaderStyle } from '../internal/headers.js';
import { serializeQuery, type QueryStyle } from '../internal/query.js';
import { retryDelay, shouldRetry, sleep } from '../internal/retry.js';
import type { BodyContent } from '../internal/body-content.js';
import type { BodyEncoderLoader, StreamsLoader } from '../internal/codecs.js';
import type { EncodedBody } from '../internal/request-body.js';
import { Sent, Unread, type Outcome } from './api-promise.js';
import type { PaginationSpec } from './pagination.js';
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
   * response, or, for bodies read on demand (`spec.read`), the response with its body unread.
   * `authQuery` holds the credentials of `apiKey` schemes that live in the query string; logs
   * show them redacted. A body that is a stream is sent as it is read, so a request that sent
   * one is not retried.
   */
  async send<T>(
    spec: RequestSpec,
    options: RequestOptions,
    headers: Record<string, string>,
    authQuery: Record<string, string>,
  ): Promise<Outcome<T>> {
    const defaults = this.#defaults;
    const url = requestURL(defaults.baseURL, spec, authQuery);
    const init: RequestInit & { duplex?: 'half' } = { method: spec.method.toUpperCase(), headers };
    let replayable = true;
    if (spec.body !== undefined) {
      const encoding = encode(spec.body, spec.content, spec.encoder);
      // Awaited only when it is a promise (multipart): a JSON body costs the request no extra turn.
      const encoded = encoding instanceof Promise ? await encoding : encoding;
      init.body = encoded.body;
      if (encoded.duplex) init.duplex = encoded.duplex;
      if (encoded.redirect) init.redirect = encoded.redirect;
      if (encoded.contentType !== undefined && headers['content-type'] === undefined)
        headers['content-type'] = encoded.contentType;
      replayable = encoded.replayable;
    }
    // Log lines are built only when they are written: at the default level a request does no log work.
    const debug = enabled(defaults.logLevel, 'debug');
    const shownURL = debug
      ? requestURL(
          defaults.baseURL,
          spec,
          Object.fromEntries(Object.keys(authQuery).map((k) => [k, '***'])),
        )
      : '';
    const maxRetries = replayable ? (options.maxRetries ?? defaults.maxRetries) : 0;
    const timeout = options.timeout ?? defaults.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== undefined;
    const onDemand = spec.read !== undefined && spec.read !== 'json';
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug)
        this.#logger.debug(`sdk request ${init.method} ${shownURL}`, {
          headers: redactHeaders(headers),
          attempt,
        });
      let response: Response;
      let text: string;
      let controller: AbortController | undefined;
      try {
        ({ response, text, controller } = onDemand
          ? await this.#attemptOnDemand(url, init, timeout, options.signal)
          : await this.#attempt(url, init, timeout, options.signal));
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
      if (controller) return this.#unread<T>(response, controller, spec, options, url, init);
      return new Sent(this.#readBody<T>(text, response, spec, options), response, text);
    }
  }

  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  async #attempt(
    url: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; text: string; controller?: undefined }> {
    if (signal?.aborted) throw new APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.#fetch(url, init);
      // The body is read inside the timeout too: a server that stalls mid-body is a timeout.
      // It is read once, as text; asResponse() rebuilds a readable Response only when asked.
      return { response, text: await response.text() };
    } catch (error) {
      throw connectionError(error, signal, attemptSignal.timedOut, timeout);
    } finally {
      this.#signals.release(attemptSignal);
    }
  }

  /**
   * One attempt whose success body is left unread: `timeout` covers the response's headers (and
   * an error's body), not a download or a stream, which may rightly take longer; the caller's
   * signal and the returned controller end it at any time. The controller is the attempt's own,
   * not one of the pooled ones, because it lives as long as the body.
   */
  async #attemptOnDemand(
    url: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; text: string; controller: AbortController }> {
    if (signal?.aborted) throw new APIUserAbortError();
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    init.signal = controller.signal;
    try {
      const response = await this.#fetch(url, init);
      const text = response.ok ? '' : await response.text();
      if (!response.ok) signal?.removeEventListener('abort', onAbort);
      return { response, text, controller };
    } catch (error) {
      signal?.removeEventListener('abort', onAbort);
      throw connectionError(error, signal, timedOut, timeout);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The success response of an on-demand body, read as `spec.read` says when its value is asked for. */
  #unread<T>(
    response: Response,
    controller: AbortController,
    spec: RequestSpec,
    options: RequestOptions,
    url: string,
    init: RequestInit,
  ): Unread<T> {
    const signal = options.signal;
    return new Unread<T>(response, async (raw) => {
      if (spec.read === 'binary') return (await readWithin(raw.blob(), signal)) as T;
      if (spec.read === 'text') return (await readWithin(raw.text(), signal)) as T;
      // Loaded with the first stream: a program that streams nothing never loads the parser.
      if (spec.streams === undefined) throw new Error(`sdkgen: no stream reader for ${spec.read}`);
      const { Stream } = await spec.streams();
      if (spec.read === 'event-stream') {
        // Without a schema, data stays the string the parser made: no parse step per event.
        return Stream.fromSSE(raw, controller, {
          ...(spec.check
            ? { parse: (data: string) => this.#checked(JSON.parse(data), spec, options) }
            : {}),
          ...(signal ? { signal } : {}),
          ...(spec.reconnect ? { reconnect: this.#reconnect(url, init, controller) } : {}),
        }) as T;
      }
      return Stream.fromNDJSON(
        raw,
        controller,
        (line) => this.#checked(JSON.parse(line), spec, options),
        signal ? { signal } : {},
      ) as T;
    });
  }

  /**
   * Opens a dropped event stream again: the same request, with `Last-Event-ID` when the stream had
   * one, after the server's `retry` delay (else a second), on the stream's controller.
   */
  #reconnect(
    url: string,
    init: RequestInit,
    controller: AbortController,
  ): (lastEventId: string | undefined, retryMs: number | undefined) => Promise<Response> {
    return async (lastEventId, retryMs) => {
      await sleep(retryMs ?? 1000, controller.signal);
      const headers = { ...(init.headers as Record<string, string>) };
      if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
      const response = await this.#fetch(url, { ...init, headers, signal: controller.signal });
      if (!response.ok)
        throw APIError.for(
          response.status,
          errorHeaders(response),
          parseMaybe(await response.text()),
        );
      return response;
    };
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
    this.#checked(value, spec, options, body);
    return (spec.keepEnvelope ? body : value) as T;
  }

  /**
   * Checks a value against the spec's schema (`spec.check`), as the validation mode says: throws
   * `ResponseValidationError` (`strict`), logs once (`warn`) or skips (`off`). `body` is the
   * whole body the value came from, for the error.
   */
  #checked<T>(
    value: unknown,
    spec: RequestSpec,
    options: RequestOptions,
    body: unknown = value,
  ): T {
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
    return value as T;
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

/**
 * A body as it goes on the wire. JSON (nearly every request) is encoded here; the other media
 * types by internal/request-body.ts, which the operation's `encoder` loads with the first
 * request that has one, so that a program sending only JSON never loads (or bundles) the form,
 * multipart and upload code.
 */
function encode(
  value: unknown,
  content: BodyContent | undefined,
  encoder: BodyEncoderLoader | undefined,
): EncodedBody | Promise<EncodedBody> {
  if (content === undefined || content.kind === 'json') {
    return {
      body: JSON.stringify(value),
      replayable: true,
      contentType: content?.mediaType ?? 'application/json',
    };
  }
  // An operation with such a body always names its encoder: without one this is a template's bug.
  if (encoder === undefined) throw new Error(`sdkgen: no encoder for a ${content.mediaType} body`);
  return encoder().then(({ encodeBody }) => encodeBody(value, content));
}

/** What a failed fetch was: the caller's abort, the attempt's timeout, or a connection error. */
function connectionError(
  error: unknown,
  signal: AbortSignal | undefined,
  timedOut: boolean,
  timeout: number,
): Error {
  if (signal?.aborted) return new APIUserAbortError();
  if (timedOut) return new APIConnectionTimeoutError(timeout);
  return new APIConnectionError(`Connection error: ${(error as Error).message}`, { cause: error });
}

/** A body read (`blob()`, `text()`), its failures typed: the caller's abort, or a lost connection. */
async function readWithin<T>(reading: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    throw connectionError(error, signal, false, 0);
  }
}

/** An error response's body: JSON when it is, else its first 200 characters. */
function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
