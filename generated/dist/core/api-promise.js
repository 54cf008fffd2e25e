function withResponse(data, raw, text) {
  let rebuilt;
  return {
    data,
    get response() {
      const nullBody = raw.status === 204 || raw.status === 205 || raw.status === 304;
      return rebuilt ??= new Response(nullBody ? null : text, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
    }
  };
}
class APIPromise {
  constructor(result) {
    this.result = result;
    result.catch(() => void 0);
  }
  then(onfulfilled, onrejected) {
    return this.result.then((r) => r.data).then(onfulfilled, onrejected);
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
    return this.result;
  }
}
export {
  APIPromise,
  withResponse
};
