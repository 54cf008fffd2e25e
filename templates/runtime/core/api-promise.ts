/** What one request produced: the parsed value and the raw `Response`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
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
