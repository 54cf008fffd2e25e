import { readEnv } from "../internal/env.js";
import { appendCookies, serializeCookies } from "../internal/cookies.js";
import { checkHeaders, lowerCaseNames, setHeaderParams, setHeaders } from "../internal/headers.js";
import { APIPromise } from "./api-promise.js";
import { InvalidParameterError, MissingCredentialsError } from "./errors.js";
import {
  RequestLoop,
  withSpec
} from "./request.js";
class APIClient {
  baseURL;
  timeout;
  maxRetries;
  validateResponses;
  logLevel;
  #definition;
  #credentials = {};
  #pathDefaults = {};
  #defaultHeaders;
  #loop;
  constructor(definition, clientOptions) {
    const options = clientOptions;
    const env = readEnv();
    this.#definition = definition;
    this.baseURL = (options.baseURL ?? (definition.baseURLEnv ? env(definition.baseURLEnv) : void 0) ?? definition.baseURL).replace(/\/+$/, "");
    this.timeout = options.timeout ?? 6e4;
    this.maxRetries = options.maxRetries ?? 2;
    this.validateResponses = options.validateResponses ?? "strict";
    this.logLevel = options.logLevel ?? "warn";
    this.#loop = new RequestLoop(
      this,
      options.logger ?? console,
      options.fetch ?? ((input, init) => fetch(input, init))
    );
    this.#defaultHeaders = checkHeaders(lowerCaseNames(options.defaultHeaders ?? {}));
    for (const scheme of Object.values(definition.security)) {
      const value = options[scheme.option] ?? (scheme.env ? env(scheme.env) : void 0);
      if (typeof value === "string" && value !== "") this.#credentials[scheme.option] = value;
    }
    for (const [option, { env: name }] of Object.entries(definition.pathParamOptions)) {
      const value = options[option] ?? (name ? env(name) : void 0);
      if (typeof value === "string" && value !== "") this.#pathDefaults[option] = value;
    }
  }
  /** A path parameter from the call, else from the client option that defaults it. */
  pathParam(name, option, value) {
    const resolved = value ?? this.#pathDefaults[option];
    if (typeof resolved !== "string") {
      throw new InvalidParameterError([
        {
          path: `/${name}`,
          message: `is required: pass "${name}" or set the client's "${option}" option`,
          expected: "string",
          received: resolved === void 0 ? "nothing" : typeof resolved
        }
      ]);
    }
    return resolved;
  }
  /**
   * Throws `InvalidParameterError` unless the call's arguments pass the spec's checks: `params`
   * with the positional (path) arguments over them, the one object the generated check expects.
   */
  checkArgs(params, positional, check, explain) {
    const args = Object.assign(
      /* @__PURE__ */ Object.create(null),
      params,
      positional
    );
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
  /** Runs the request with retries; resolves to the (unwrapped, validated) body, or the response whose body is read on demand. */
  send(spec, options) {
    const authQuery = {};
    let headers;
    try {
      headers = this.#headers(spec, options, authQuery);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#loop.send(spec, options, headers, authQuery);
  }
  /**
   * In the order in which a later source replaces an earlier one: defaults, auth, the operation's
   * header parameters, per-request options. Cookies are added to each other instead (defaults,
   * an `apiKey` cookie, the operation's cookie parameters), into the one `Cookie` header a request
   * sends; a `cookie` in the per-request headers replaces them all.
   */
  #headers(spec, options, authQuery) {
    const headers = {
      accept: spec.accept ?? "application/json",
      ...this.#defaultHeaders
    };
    this.#authorize(spec.security, headers, authQuery);
    if (spec.headers) setHeaderParams(headers, spec.headers, spec.headerStyles);
    if (spec.cookies) appendCookies(headers, serializeCookies(spec.cookies, spec.cookieStyles));
    if (options.idempotencyKey !== void 0) headers["idempotency-key"] = options.idempotencyKey;
    if (options.headers) setHeaders(headers, options.headers);
    return checkHeaders(headers);
  }
  /** Sends the credentials of the first alternative of `security` the client has them all for. */
  #authorize(security, headers, authQuery) {
    if (security.length === 0) return;
    const schemes = this.#definition.security;
    const satisfied = security.find(
      (set) => set.every((name) => schemes[name] && this.#credentials[schemes[name].option] !== void 0)
    );
    if (!satisfied) {
      if (security.some((set) => set.length === 0)) return;
      throw new MissingCredentialsError(
        security.map((set) => set.map((name) => optionLabel(schemes[name], name)))
      );
    }
    for (const name of satisfied) {
      const scheme = schemes[name];
      const value = this.#credentials[scheme.option];
      if (scheme.kind === "bearer") headers.authorization = `Bearer ${value}`;
      else if (scheme.kind === "basic") headers.authorization = `Basic ${btoa(value)}`;
      else if (scheme.kind === "header") headers[scheme.paramName.toLowerCase()] = value;
      else if (scheme.kind === "cookie")
        appendCookies(headers, `${scheme.paramName}=${encodeURIComponent(value)}`);
      else if (scheme.kind === "query") authQuery[scheme.paramName] = value;
    }
  }
}
function optionLabel(scheme, name) {
  if (!scheme) return name;
  return scheme.env ? `${scheme.option} (${scheme.env})` : scheme.option;
}
export {
  APIClient
};
