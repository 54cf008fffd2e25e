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
var client_exports = {};
__export(client_exports, {
  APIClient: () => APIClient
});
module.exports = __toCommonJS(client_exports);
var import_env = require("../internal/env.js");
var import_cookies = require("../internal/cookies.js");
var import_headers = require("../internal/headers.js");
var import_api_promise = require("./api-promise.js");
var import_errors = require("./errors.js");
var import_request = require("./request.js");
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
    const env = (0, import_env.readEnv)();
    this.#definition = definition;
    this.baseURL = (options.baseURL ?? (definition.baseURLEnv ? env(definition.baseURLEnv) : void 0) ?? definition.baseURL).replace(/\/+$/, "");
    this.timeout = options.timeout ?? 6e4;
    this.maxRetries = options.maxRetries ?? 2;
    this.validateResponses = options.validateResponses ?? "strict";
    this.logLevel = options.logLevel ?? "warn";
    this.#loop = new import_request.RequestLoop(
      this,
      options.logger ?? console,
      options.fetch ?? ((input, init) => fetch(input, init))
    );
    this.#defaultHeaders = (0, import_headers.checkHeaders)((0, import_headers.lowerCaseNames)(options.defaultHeaders ?? {}));
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
      throw new import_errors.InvalidParameterError([
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
    throw new import_errors.InvalidParameterError(issues);
  }
  /**
   * Starts a request. `spec` may be a function, so that argument checks and path building that
   * throw become a rejected promise instead of a synchronous throw. A function that returns the
   * spec itself (not a promise) starts the request at once, without waiting a turn.
   */
  request(spec, options = {}) {
    return new import_api_promise.APIPromise((0, import_request.withSpec)(spec, (s) => this.send(s, options)));
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
    if (spec.headers) (0, import_headers.setHeaderParams)(headers, spec.headers, spec.headerStyles);
    if (spec.cookies) (0, import_cookies.appendCookies)(headers, (0, import_cookies.serializeCookies)(spec.cookies, spec.cookieStyles));
    if (options.idempotencyKey !== void 0) headers["idempotency-key"] = options.idempotencyKey;
    if (options.headers) (0, import_headers.setHeaders)(headers, options.headers);
    return (0, import_headers.checkHeaders)(headers);
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
      throw new import_errors.MissingCredentialsError(
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
        (0, import_cookies.appendCookies)(headers, `${scheme.paramName}=${encodeURIComponent(value)}`);
      else if (scheme.kind === "query") authQuery[scheme.paramName] = value;
    }
  }
}
function optionLabel(scheme, name) {
  if (!scheme) return name;
  return scheme.env ? `${scheme.option} (${scheme.env})` : scheme.option;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIClient
});
