/** What one request produced: the parsed value and the raw `Response`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * Pairs a parsed value with its response. The response's body was read once, as `text`, to
 * parse it; the `Response` handed out is rebuilt from that text on first access, so that
 * callers who never ask for it do not pay for it, and those who do can still read the body.
 */
export function withResponse<T>(data: T, raw: Response, text: string): WithResponse<T> {
  let rebuilt: Response | undefined;
  return {
    data,
    get response(): Response {
      const nullBody = raw.status === 204 || raw.status === 205 || raw.status === 304;
      return (rebuilt ??= new Response(nullBody ? null : text, { status: raw.status, statusText: raw.statusText, headers: raw.headers }));
    },
  };
}

/**
 * The promise every method returns: it resolves to the parsed value, and also offers
 * the raw `Response` (`asResponse()`) or both (`withResponse()`), as the official SDK does.
 */
export class APIPromise<T> implements PromiseLike<T> {
  constructor(protected readonly result: Promise<WithResponse<T>>) {
    // A caller that only uses asResponse() must not see an unhandled rejection from here.
    result.catch(() => undefined);
  }

  then<A = T, B = never>(onfulfilled?: ((value: T) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.result.then((r) => r.data).then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** The raw `Response` (its body already read). */
  asResponse(): Promise<Response> {
    return this.result.then((r) => r.response);
  }

  /** The parsed value and the raw `Response`. */
  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }
}
