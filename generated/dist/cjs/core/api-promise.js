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
var api_promise_exports = {};
__export(api_promise_exports, {
  APIPromise: () => APIPromise,
  Sent: () => Sent,
  Unread: () => Unread
});
module.exports = __toCommonJS(api_promise_exports);
class Sent {
  constructor(data, raw, text) {
    this.data = data;
    this.raw = raw;
    this.text = text;
  }
  #rebuilt;
  get response() {
    const nullBody = this.raw.status === 204 || this.raw.status === 205 || this.raw.status === 304;
    return this.#rebuilt ??= new Response(nullBody ? null : this.text, {
      status: this.raw.status,
      statusText: this.raw.statusText,
      headers: this.raw.headers
    });
  }
  value() {
    return this.data;
  }
  /** The response's headers, without rebuilding the response. */
  get headers() {
    return this.raw.headers;
  }
  /** Another value (a page built from this body) with the same response. */
  withData(data) {
    return new Sent(data, this.raw, this.text);
  }
}
class Unread {
  constructor(raw, read) {
    this.raw = raw;
    this.#read = read;
  }
  #value;
  #read;
  #handedOut = false;
  value() {
    if (this.#read !== void 0) {
      const read = this.#read;
      this.#read = void 0;
      this.#value = this.#handedOut ? Promise.reject(
        new Error("The response body was handed out by asResponse(); read it from there.")
      ) : read(this.raw);
    }
    return this.#value;
  }
  get response() {
    if (this.#read !== void 0) {
      this.#handedOut = true;
      return this.raw;
    }
    return this.#rebuilt();
  }
  #rebuilt() {
    const value = this.#value;
    if (value instanceof Promise) return this.raw;
    const body = typeof value === "string" || value instanceof Blob ? value : null;
    if (body === null) return this.raw;
    return new Response(body, {
      status: this.raw.status,
      statusText: this.raw.statusText,
      headers: this.raw.headers
    });
  }
}
class APIPromise {
  constructor(result) {
    this.result = result;
    result.catch(ignore);
  }
  /**
   * A promise of this kind (`APIPromise`, `PagePromise`) for the one `make` returns once
   * `ready` has resolved: what a method returns while the module that makes the real one is
   * still loading. `make` returns the same kind, which is what makes the cast hold. (Not a
   * promise of the made one: a promise cannot resolve to a thenable without awaiting it.)
   */
  static after(ready, make) {
    return new this(ready.then((value) => make(value).result));
  }
  then(onfulfilled, onrejected) {
    return this.result.then((r) => {
      const value = r.value();
      if (value instanceof Promise) return value.then(onfulfilled, onrejected);
      return onfulfilled ? onfulfilled(value) : value;
    }, onrejected);
  }
  catch(onrejected) {
    return this.then(void 0, onrejected);
  }
  finally(onfinally) {
    return this.then().finally(onfinally);
  }
  /**
   * The raw `Response`. For a JSON body, already read (and rebuilt, so it can be read again); for
   * bytes, text and streams, unread: its body streams to the caller.
   */
  asResponse() {
    return this.result.then((r) => r.response);
  }
  /** The parsed value and the raw `Response`. */
  withResponse() {
    return this.result.then(async (outcome) => {
      const data = await outcome.value();
      return {
        data,
        get response() {
          return outcome.response;
        }
      };
    });
  }
}
function ignore() {
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIPromise,
  Sent,
  Unread
});
