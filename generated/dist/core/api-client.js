import { APIPromise, Sent } from "./api-promise.js";
import { AttemptSignals } from "./attempt-signals.js";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, InvalidParameterError, MissingCredentialsError, ResponseParseError, ResponseValidationError } from "./errors.js";
import { enabled, redactHeaders } from "./logger.js";
const RETRY_STATUSES = /* @__PURE__ */ new Set([408, 409, 429]);
class APIClient {
  constructor(definition, clientOptions) {
    this.definition = definition;
    const options = clientOptions;
    const env = readEnv();
    this.baseURL = (options.baseURL ?? (definition.baseURLEnv ? env(definition.baseURLEnv) : void 0) ?? definition.baseURL).replace(/\/+$/, "");
    this.timeout = options.timeout ?? 6e4;
    this.maxRetries = options.maxRetries ?? 2;
    this.validateResponses = options.validateResponses ?? "strict";
    this.logLevel = options.logLevel ?? "warn";
    this.logger = options.logger ?? console;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.defaultHeaders = checkHeaders(lowerCaseNames(options.defaultHeaders ?? {}));
    for (const scheme of Object.values(definition.security)) {
      const value = options[scheme.option] ?? (scheme.env ? env(scheme.env) : void 0);
      if (typeof value === "string" && value !== "") this.#credentials[scheme.option] = value;
    }
    this.pathDefaults = {};
    for (const [option, { env: name }] of Object.entries(definition.pathParamOptions)) {
      const value = options[option] ?? (name ? env(name) : void 0);
      if (typeof value === "string" && value !== "") this.pathDefaults[option] = value;
    }
  }
  baseURL;
  timeout;
  maxRetries;
  validateResponses;
  logLevel;
  logger;
  fetchImpl;
  // A `#` field, not a TypeScript `private` one: `console.log(client)`, `util.inspect` and
  // `JSON.stringify` show every ordinary property, and would print the credentials.
  #credentials = {};
  pathDefaults;
  defaultHeaders;
  warnedValidation = false;
  #signals = new AttemptSignals();
  /** A path parameter from the call, else from the client option that defaults it. */
  pathParam(name, option, value) {
    const resolved = value ?? this.pathDefaults[option];
    if (typeof resolved !== "string") {
      throw new InvalidParameterError([{ path: `/${name}`, message: `is required: pass "${name}" or set the client's "${option}" option`, expected: "string", received: resolved === void 0 ? "nothing" : typeof resolved }]);
    }
    return resolved;
  }
  /**
   * Throws `InvalidParameterError` unless the call's arguments pass the spec's checks: `params`
   * with the positional (path) arguments over them, the one object the generated check expects.
   */
  checkArgs(params, positional, check, explain) {
    const args = Object.assign(/* @__PURE__ */ Object.create(null), params, positional);
    if (check(args)) return;
    const issues = [];
    explain(args, "", issues);
    throw new InvalidParameterError(issues);
  }
  /**
   * Starts a request. `spec` may be a function, so that argument checks and path building that
   * throw become a rejected promise instead of a synchronous throw. A function that returns the
   * spec itself (not a promise) starts the request at once, without waiting a turn.
   */
  request(spec, options = {}) {
    return new APIPromise(withSpec(spec, (s) => this.send(s, options)));
  }
  /** Runs the request with retries; resolves to the (unwrapped, validated) body and the raw response. */
  async send(spec, options) {
    const authQuery = {};
    const headers = this.buildHeaders(spec, options, authQuery);
    const url = this.buildURL(spec, authQuery);
    const init = { method: spec.method.toUpperCase(), headers };
    if (spec.body !== void 0) init.body = JSON.stringify(spec.body);
    const debug = enabled(this.logLevel, "debug");
    const shownURL = debug ? this.buildURL(spec, Object.fromEntries(Object.keys(authQuery).map((k) => [k, "***"]))) : "";
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const retryable = spec.retrySafe || options.idempotencyKey !== void 0;
    for (let attempt = 0; ; attempt++) {
      const left = maxRetries - attempt;
      if (debug) this.logger.debug(`sdk request ${init.method} ${shownURL}`, { headers: redactHeaders(headers), attempt });
      let response;
      let text;
      try {
        ({ response, text } = await this.attempt(url, init, timeout, options.signal));
      } catch (error) {
        if (error instanceof APIUserAbortError || !retryable || left <= 0) throw error;
        await this.retryDelay(attempt, void 0, `${error.name}`, options.signal);
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
      return new Sent(this.readBody(text, response, spec, options), response, text);
    }
  }
  buildURL(spec, authQuery) {
    let url = this.baseURL + spec.path;
    let query = spec.query ? serializeQuery(spec.query, spec.queryStyles) : "";
    const auth = serializeQuery(authQuery);
    if (auth) query = query ? `${query}&${auth}` : auth;
    if (query) url += `?${query}`;
    return url;
  }
  buildHeaders(spec, options, authQuery) {
    const headers = { accept: "application/json", ...this.defaultHeaders };
    if (spec.body !== void 0) headers["content-type"] = "application/json";
    this.applyAuth(spec.security, headers, authQuery);
    if (spec.headers) {
      for (const name in spec.headers) {
        const value = spec.headers[name];
        if (value !== void 0 && value !== null) headers[name.toLowerCase()] = String(value);
      }
    }
    if (options.idempotencyKey !== void 0) headers["idempotency-key"] = options.idempotencyKey;
    if (options.headers) for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name];
    return checkHeaders(headers);
  }
  applyAuth(security, headers, authQuery) {
    if (security.length === 0) return;
    const satisfied = security.find((set) => set.every((name) => this.definition.security[name] && this.#credentials[this.definition.security[name].option] !== void 0));
    if (!satisfied) {
      if (security.some((set) => set.length === 0)) return;
      throw new MissingCredentialsError(security.map((set) => set.map((name) => optionLabel(this.definition.security[name], name))));
    }
    for (const name of satisfied) {
      const scheme = this.definition.security[name];
      const value = this.#credentials[scheme.option];
      if (scheme.kind === "bearer") headers.authorization = `Bearer ${value}`;
      else if (scheme.kind === "basic") headers.authorization = `Basic ${btoa(value)}`;
      else if (scheme.kind === "header") headers[scheme.paramName.toLowerCase()] = value;
      else if (scheme.kind === "cookie") headers.cookie = `${scheme.paramName}=${encodeURIComponent(value)}`;
      else if (scheme.kind === "query") authQuery[scheme.paramName] = value;
    }
  }
  /** One attempt: fetches and reads the whole body as text, both within `timeout`. */
  async attempt(url, init, timeout, signal) {
    if (signal?.aborted) throw new APIUserAbortError();
    const attemptSignal = this.#signals.take(timeout, signal);
    init.signal = attemptSignal.signal;
    try {
      const response = await this.fetchImpl(url, init);
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (attemptSignal.timedOut) throw new APIConnectionTimeoutError(timeout);
      throw new APIConnectionError(`Connection error: ${error.message}`, { cause: error });
    } finally {
      this.#signals.release(attemptSignal);
    }
  }
  async retryDelay(attempt, headers, reason, signal) {
    const delay = retryAfter(headers) ?? Math.min(500 * 2 ** attempt, 8e3) * (1 - Math.random() * 0.25);
    if (enabled(this.logLevel, "info")) this.logger.info(`sdk retrying after ${reason} in ${Math.round(delay)} ms (attempt ${attempt + 2})`);
    if (signal?.aborted) throw new APIUserAbortError();
    await new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(new APIUserAbortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, delay);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  readBody(text, response, spec, options) {
    if (spec.check === void 0 && text === "") return void 0;
    let body;
    try {
      body = text === "" ? void 0 : JSON.parse(text);
    } catch {
      throw new ResponseParseError(response.status, text.slice(0, 200));
    }
    let value = body;
    if (spec.envelope !== void 0) {
      if (typeof body !== "object" || body === null) throw new ResponseParseError(response.status, text.slice(0, 200));
      const envelope = body;
      if (envelope.success === false) throw APIError.for(response.status, headersOf(response), body, `${response.status} success: false: ${JSON.stringify(envelope.errors ?? []).slice(0, 200)}`);
      value = envelope[spec.envelope];
    }
    const mode = options.validateResponse ?? this.validateResponses;
    if (mode !== "off" && spec.check && !spec.check(value)) {
      const issues = [];
      const prefix = spec.envelope !== void 0 ? `/${spec.envelope}` : "";
      spec.explain?.(value, prefix, issues);
      const error = new ResponseValidationError(issues, body);
      if (mode === "strict") throw error;
      if (!this.warnedValidation && enabled(this.logLevel, "warn")) {
        this.warnedValidation = true;
        this.logger.warn(`sdk ${error.message}`);
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
function optionLabel(scheme, name) {
  if (!scheme) return name;
  return scheme.env ? `${scheme.option} (${scheme.env})` : scheme.option;
}
function shouldRetry(response, retryable) {
  const header = response.headers.get("x-should-retry");
  if (header === "true") return true;
  if (header === "false") return false;
  return retryable && (RETRY_STATUSES.has(response.status) || response.status >= 500);
}
function retryAfter(headers) {
  if (!headers) return void 0;
  const ms = Number(headers.get("retry-after-ms") ?? NaN);
  if (Number.isFinite(ms) && ms >= 0 && ms <= 6e4) return ms;
  const raw = headers.get("retry-after");
  if (raw === null) return void 0;
  const seconds = Number(raw);
  const delay = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(raw) - Date.now();
  return Number.isFinite(delay) && delay >= 0 && delay <= 6e4 ? delay : void 0;
}
function headersOf(response) {
  const out = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  return out;
}
function parseMaybe(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}
function lowerCaseNames(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
const LINE_BREAK = /[\r\n\0]/;
const UNSENDABLE = /[\r\n\0\u0100-\uffff]/;
function checkHeader(name, value) {
  if (!UNSENDABLE.test(String(value)) && !LINE_BREAK.test(name)) return value;
  const path = `/headers/${name.replace(/[^\x21-\x7e]/g, " ")}`;
  if (LINE_BREAK.test(name) || LINE_BREAK.test(String(value))) {
    throw new InvalidParameterError([{ path, message: "must not contain CR, LF or NUL", expected: "a header without line breaks", received: "a line break or NUL" }]);
  }
  throw new InvalidParameterError([{ path, message: "must contain only Latin-1 characters", expected: "a header value of Latin-1 characters", received: "a character above U+00FF" }]);
}
function checkHeaders(headers) {
  for (const name in headers) checkHeader(name, headers[name]);
  return headers;
}
const DELIMITERS = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" };
function serializeQuery(query, styles = {}) {
  const parts = [];
  const pair = (key, value) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  const nested = (key, value) => {
    if (value === void 0 || value === null) return;
    if (Array.isArray(value)) for (const item of value) nested(key, item);
    else if (typeof value === "object") for (const [k, v] of Object.entries(value)) nested(`${key}[${k}]`, v);
    else pair(key, value);
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === void 0 || value === null) continue;
    const { style, explode } = styles[key] ?? { style: "form", explode: true };
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== void 0 && item !== null);
      if (explode || style === "deepObject") for (const item of items) nested(key, item);
      else if (items.length > 0) parts.push(`${encodeURIComponent(key)}=${items.map((item) => encodeURIComponent(String(item))).join(DELIMITERS[style] ?? ",")}`);
    } else if (typeof value === "object") {
      const entries = Object.entries(value).filter(([, v]) => v !== void 0 && v !== null);
      if (style === "deepObject") for (const [k, v] of entries) nested(`${key}[${k}]`, v);
      else if (explode) for (const [k, v] of entries) nested(k, v);
      else if (entries.length > 0) parts.push(`${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encodeURIComponent(k), encodeURIComponent(String(v))]).join(",")}`);
    } else {
      pair(key, value);
    }
  }
  return parts.join("&");
}
function readEnv() {
  const env = globalThis.process?.env;
  return (name) => {
    const value = env?.[name]?.trim();
    return value === "" ? void 0 : value;
  };
}
export {
  APIClient,
  serializeQuery,
  withSpec
};
