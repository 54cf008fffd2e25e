/**
 * Pairs a parsed value with its response. The response's body was read once, as `text`, to
 * parse it; the `Response` handed out is rebuilt from that text on first access, so that
 * callers who never ask for it do not pay for it, and those who do can still read the body.
 */
export function withResponse(data, raw, text) {
    let rebuilt;
    return {
        data,
        get response() {
            const nullBody = raw.status === 204 || raw.status === 205 || raw.status === 304;
            return (rebuilt ??= new Response(nullBody ? null : text, {
                status: raw.status,
                statusText: raw.statusText,
                headers: raw.headers,
            }));
        },
    };
}
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
