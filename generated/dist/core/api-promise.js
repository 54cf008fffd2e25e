/**
 * The promise every method returns: it resolves to the parsed value, and also offers
 * the raw `Response` (`asResponse()`) or both (`withResponse()`), as the official SDK does.
 */
export class APIPromise {
    result;
    constructor(result) {
        this.result = result;
        // A caller that only uses asResponse() must not see an unhandled rejection from here.
        result.catch(() => undefined);
    }
    then(onfulfilled, onrejected) {
        return this.result.then((r) => r.data).then(onfulfilled, onrejected);
    }
    catch(onrejected) {
        return this.then(undefined, onrejected);
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
