import { AttemptSignals } from "../internal/attempt-signals.js";
import { errorHeaders } from "../internal/headers.js";
import { serializeQuery } from "../internal/query.js";
import { retryDelay, shouldRetry, sleep } from "../internal/retry.js";
import { Sent } from "./api-promise.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ResponseParseError,
  ResponseValidationError
} from "./errors.js";
import { enabled, redactHeaders } from "./logger.js";
class RequestLoop {
  #defaults;
  #logger;
  #fetch;
  #signals = new AttemptSignals();
  #warnedValidation = false;
  constructor(defaults, logger, fetchImpl) {
    this.#defaults = defaults;
    this.#logger = logger;
    this.#fetch = fetchImpl;
  }
  /**
   * Runs the request with retries; resolves to the (unwrapped, validated) body and the raw
   * response. `authQuery` holds the credentials of `apiKey` schemes that live in the query
   * string; logs show them redacted.
   */
  async send(spec, options, headers, authQuery) {
    const defaults = this.#defaults;
    const url = requestURL(defaults.baseURL, spec, authQuery);
    const init = { method: spec.method.toUpperCase(), headers };
    if (spec.body !== void 0) init.body = JSON.stringify(spec.body);
    const debug = enabled(defaults.logLevel, "debug");
    const shownURL = debug ? requestURL(
      defaults.baseURL,
      spec,
      Object.fromEntries(Object.keys(authQuery).map((k) => [k, "***"]))
    ) : "";
    const maxRetries = options.maxRetries ?? defaults.maxRetries;
    const timeout = options.timeout ?? defaults.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== void 0;
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug)
        this.#logger.debug(`sdk request ${init.method} ${shownURL}`, {
          headers: redactHeaders(headers),
          attempt
        });
      let response;
      let text;
      try {
        ({ response, text } = await this.#attempt(url, init, timeout, options.signal));
      } catch (error) {
        if (error instanceof APIUserAbortError || !retryable || left <= 0) throw error;
        await this.#wait(attempt, void 0, `${error.name}`, options.signal);
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
      return new Sent(this.#readBody(text, response, spec, options), response, text);
    }
  }
  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  async #attempt(url, init, timeout, signal) {
    if (signal?.aborted) throw new APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.#fetch(url, init);
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (attemptSignal.timedOut) throw new APIConnectionTimeoutError(timeout);
      throw new APIConnectionError(`Connection error: ${error.message}`, {
        cause: error
      });
    } finally {
      this.#signals.release(attemptSignal);
    }
  }
  /** The pause before the next attempt, logged at `info`. */
  #wait(attempt, headers, reason, signal) {
    const delay = retryDelay(attempt, headers);
    if (enabled(this.#defaults.logLevel, "info"))
      this.#logger.info(
        `sdk retrying after ${reason} in ${Math.round(delay)} ms (attempt ${attempt + 2})`
      );
    return sleep(delay, signal);
  }
  /** Parses a 2xx body, unwraps the envelope and checks the value against the spec. */
  #readBody(text, response, spec, options) {
    if (spec.check === void 0 && text === "") return void 0;
    let body;
    try {
      body = text === "" ? void 0 : JSON.parse(text);
    } catch {
      throw new ResponseParseError(response.status, text.slice(0, 200));
    }
    let value = body;
    if (spec.envelope !== void 0) {
      if (typeof body !== "object" || body === null)
        throw new ResponseParseError(response.status, text.slice(0, 200));
      const envelope = body;
      if (envelope.success === false)
        throw APIError.for(
          response.status,
          errorHeaders(response),
          body,
          `${response.status} success: false: ${JSON.stringify(envelope.errors ?? []).slice(0, 200)}`
        );
      value = envelope[spec.envelope];
    }
    const mode = options.validateResponse ?? this.#defaults.validateResponses;
    if (mode !== "off" && spec.check && !spec.check(value)) {
      const issues = [];
      const prefix = spec.envelope !== void 0 ? `/${spec.envelope}` : "";
      spec.explain?.(value, prefix, issues);
      const error = new ResponseValidationError(issues, body);
      if (mode === "strict") throw error;
      if (!this.#warnedValidation && enabled(this.#defaults.logLevel, "warn")) {
        this.#warnedValidation = true;
        this.#logger.warn(`sdk ${error.message}`);
      }
    }
    return spec.keepEnvelope ? body : value;
  }
}
function withSpec(spec, run) {
  try {
    const built = typeof spec === "function" ? spec() : spec;
    return isPromiseLike(built) ? Promise.resolve(built).then(run) : run(built);
  } catch (error) {
    return Promise.reject(error);
  }
}
function isPromiseLike(value) {
  return typeof value.then === "function";
}
function requestURL(baseURL, spec, authQuery) {
  let url = baseURL + spec.path;
  let query = spec.query ? serializeQuery(spec.query, spec.queryStyles) : "";
  const auth = serializeQuery(authQuery);
  if (auth) query = query ? `${query}&${auth}` : auth;
  if (query) url += `?${query}`;
  return url;
}
function parseMaybe(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
export {
  RequestLoop,
  withSpec
};
