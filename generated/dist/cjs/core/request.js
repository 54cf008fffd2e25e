var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var request_exports = {};
__export(request_exports, {
  RequestLoop: () => RequestLoop,
  withSpec: () => withSpec
});
module.exports = __toCommonJS(request_exports);
var import_attempt_signals = require("../internal/attempt-signals.js");
var import_headers = require("../internal/headers.js");
var import_query = require("../internal/query.js");
var import_retry = require("../internal/retry.js");
var import_api_promise = require("./api-promise.js");
var import_errors = require("./errors.js");
var import_logger = require("./logger.js");
class RequestLoop {
  #defaults;
  #logger;
  #fetch;
  #signals = new import_attempt_signals.AttemptSignals();
  #warnedValidation = false;
  constructor(defaults, logger, fetchImpl) {
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
  async send(spec, options, headers, authQuery) {
    const defaults = this.#defaults;
    const url = requestURL(defaults.baseURL, spec, authQuery);
    const init = { method: spec.method.toUpperCase(), headers };
    let replayable = true;
    if (spec.body !== void 0) {
      const encoding = encode(spec.body, spec.content, spec.encoder);
      const encoded = encoding instanceof Promise ? await encoding : encoding;
      init.body = encoded.body;
      if (encoded.duplex) init.duplex = encoded.duplex;
      if (encoded.redirect) init.redirect = encoded.redirect;
      if (encoded.contentType !== void 0 && headers["content-type"] === void 0)
        headers["content-type"] = encoded.contentType;
      replayable = encoded.replayable;
    }
    const debug = (0, import_logger.enabled)(defaults.logLevel, "debug");
    const shownURL = debug ? requestURL(
      defaults.baseURL,
      spec,
      Object.fromEntries(Object.keys(authQuery).map((k) => [k, "***"]))
    ) : "";
    const maxRetries = replayable ? options.maxRetries ?? defaults.maxRetries : 0;
    const timeout = options.timeout ?? defaults.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== void 0;
    const onDemand = spec.read !== void 0 && spec.read !== "json";
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug)
        this.#logger.debug(`sdk request ${init.method} ${shownURL}`, {
          headers: (0, import_logger.redactHeaders)(headers),
          attempt
        });
      let response;
      let text;
      let controller;
      try {
        ({ response, text, controller } = onDemand ? await this.#attemptOnDemand(url, init, timeout, options.signal) : await this.#attempt(url, init, timeout, options.signal));
      } catch (error) {
        if (error instanceof import_errors.APIUserAbortError || !retryable || left <= 0) throw error;
        await this.#wait(attempt, void 0, `${error.name}`, options.signal);
        continue;
      }
      if (debug) this.#logger.debug(`sdk response ${response.status} ${init.method} ${shownURL}`);
      if (!response.ok) {
        if (left > 0 && (0, import_retry.shouldRetry)(response, retryable)) {
          await this.#wait(attempt, response.headers, `status ${response.status}`, options.signal);
          continue;
        }
        throw import_errors.APIError.for(response.status, (0, import_headers.errorHeaders)(response), parseMaybe(text));
      }
      if (controller) return this.#unread(response, controller, spec, options, url, init);
      return new import_api_promise.Sent(this.#readBody(text, response, spec, options), response, text);
    }
  }
  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  async #attempt(url, init, timeout, signal) {
    if (signal?.aborted) throw new import_errors.APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.#fetch(url, init);
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
  async #attemptOnDemand(url, init, timeout, signal) {
    if (signal?.aborted) throw new import_errors.APIUserAbortError();
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    init.signal = controller.signal;
    try {
      const response = await this.#fetch(url, init);
      const text = response.ok ? "" : await response.text();
      if (!response.ok) signal?.removeEventListener("abort", onAbort);
      return { response, text, controller };
    } catch (error) {
      signal?.removeEventListener("abort", onAbort);
      throw connectionError(error, signal, timedOut, timeout);
    } finally {
      clearTimeout(timer);
    }
  }
  /** The success response of an on-demand body, read as `spec.read` says when its value is asked for. */
  #unread(response, controller, spec, options, url, init) {
    const signal = options.signal;
    return new import_api_promise.Unread(response, async (raw) => {
      if (spec.read === "binary") return await readWithin(raw.blob(), signal);
      if (spec.read === "text") return await readWithin(raw.text(), signal);
      if (spec.streams === void 0) throw new Error(`sdkgen: no stream reader for ${spec.read}`);
      const { Stream } = await spec.streams();
      if (spec.read === "event-stream") {
        return Stream.fromSSE(raw, controller, {
          ...spec.check ? { parse: (data) => this.#checked(JSON.parse(data), spec, options) } : {},
          ...signal ? { signal } : {},
          ...spec.reconnect ? { reconnect: this.#reconnect(url, init, controller) } : {}
        });
      }
      return Stream.fromNDJSON(
        raw,
        controller,
        (line) => this.#checked(JSON.parse(line), spec, options),
        signal ? { signal } : {}
      );
    });
  }
  /**
   * Opens a dropped event stream again: the same request, with `Last-Event-ID` when the stream had
   * one, after the server's `retry` delay (else a second), on the stream's controller.
   */
  #reconnect(url, init, controller) {
    return async (lastEventId, retryMs) => {
      await (0, import_retry.sleep)(retryMs ?? 1e3, controller.signal);
      const headers = { ...init.headers };
      if (lastEventId !== void 0) headers["last-event-id"] = lastEventId;
      const response = await this.#fetch(url, { ...init, headers, signal: controller.signal });
      if (!response.ok)
        throw import_errors.APIError.for(
          response.status,
          (0, import_headers.errorHeaders)(response),
          parseMaybe(await response.text())
        );
      return response;
    };
  }
  /** The pause before the next attempt, logged at `info`. */
  #wait(attempt, headers, reason, signal) {
    const delay = (0, import_retry.retryDelay)(attempt, headers);
    if ((0, import_logger.enabled)(this.#defaults.logLevel, "info"))
      this.#logger.info(
        `sdk retrying after ${reason} in ${Math.round(delay)} ms (attempt ${attempt + 2})`
      );
    return (0, import_retry.sleep)(delay, signal);
  }
  /** Parses a 2xx body, unwraps the envelope and checks the value against the spec. */
  #readBody(text, response, spec, options) {
    if (spec.check === void 0 && text === "") return void 0;
    let body;
    try {
      body = text === "" ? void 0 : JSON.parse(text);
    } catch {
      throw new import_errors.ResponseParseError(response.status, text.slice(0, 200));
    }
    let value = body;
    if (spec.envelope !== void 0) {
      if (typeof body !== "object" || body === null)
        throw new import_errors.ResponseParseError(response.status, text.slice(0, 200));
      const envelope = body;
      if (envelope.success === false)
        throw import_errors.APIError.for(
          response.status,
          (0, import_headers.errorHeaders)(response),
          body,
          `${response.status} success: false: ${JSON.stringify(envelope.errors ?? []).slice(0, 200)}`
        );
      value = envelope[spec.envelope];
    }
    this.#checked(value, spec, options, body);
    return spec.keepEnvelope ? body : value;
  }
  /**
   * Checks a value against the spec's schema (`spec.check`), as the validation mode says: throws
   * `ResponseValidationError` (`strict`), logs once (`warn`) or skips (`off`). `body` is the
   * whole body the value came from, for the error.
   */
  #checked(value, spec, options, body = value) {
    const mode = options.validateResponse ?? this.#defaults.validateResponses;
    if (mode !== "off" && spec.check && !spec.check(value)) {
      const issues = [];
      const prefix = spec.envelope !== void 0 ? `/${spec.envelope}` : "";
      spec.explain?.(value, prefix, issues);
      const error = new import_errors.ResponseValidationError(issues, body);
      if (mode === "strict") throw error;
      if (!this.#warnedValidation && (0, import_logger.enabled)(this.#defaults.logLevel, "warn")) {
        this.#warnedValidation = true;
        this.#logger.warn(`sdk ${error.message}`);
      }
    }
    return value;
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
  let query = spec.query ? (0, import_query.serializeQuery)(spec.query, spec.queryStyles) : "";
  const auth = (0, import_query.serializeQuery)(authQuery);
  if (auth) query = query ? `${query}&${auth}` : auth;
  if (query) url += `?${query}`;
  return url;
}
function encode(value, content, encoder) {
  if (content === void 0 || content.kind === "json") {
    return {
      body: JSON.stringify(value),
      replayable: true,
      contentType: content?.mediaType ?? "application/json"
    };
  }
  if (encoder === void 0) throw new Error(`sdkgen: no encoder for a ${content.mediaType} body`);
  return encoder().then(({ encodeBody }) => encodeBody(value, content));
}
function connectionError(error, signal, timedOut, timeout) {
  if (signal?.aborted) return new import_errors.APIUserAbortError();
  if (timedOut) return new import_errors.APIConnectionTimeoutError(timeout);
  return new import_errors.APIConnectionError(`Connection error: ${error.message}`, { cause: error });
}
async function readWithin(reading, signal) {
  try {
    return await reading;
  } catch (error) {
    throw connectionError(error, signal, false, 0);
  }
}
function parseMaybe(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RequestLoop,
  withSpec
});
