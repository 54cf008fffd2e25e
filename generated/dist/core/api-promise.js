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
  /** Another value (a page built from this body) with the same response. */
  withData(data) {
    return new Sent(data, this.raw, this.text);
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
    return this.result.then(
      onfulfilled ? (r) => onfulfilled(r.data) : (r) => r.data,
      onrejected
    );
  }
  catch(onrejected) {
    return this.then(void 0, onrejected);
  }
  finally(onfinally) {
    return this.then().finally(onfinally);
  }
  /** The raw `Response` (its body already read). */
  asResponse() {
    return this.result.then((r) => r.response);
  }
  /** The parsed value and the raw `Response`. */
  withResponse() {
    return this.result.then((sent) => ({
      data: sent.data,
      get response() {
        return sent.response;
      }
    }));
  }
}
function ignore() {
}
export {
  APIPromise,
  Sent
};
