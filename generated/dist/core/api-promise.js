class Sent {
  constructor(data, raw, text) {
    this.data = data;
    this.raw = raw;
    this.text = text;
  }
  #rebuilt;
  get response() {
    const nullBody = this.raw.status === 204 || this.raw.status === 205 || this.raw.status === 304;
    return this.#rebuilt ??= new Response(nullBody ? null : this.text, { status: this.raw.status, statusText: this.raw.statusText, headers: this.raw.headers });
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
  then(onfulfilled, onrejected) {
    return this.result.then(onfulfilled ? (r) => onfulfilled(r.data) : (r) => r.data, onrejected);
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
