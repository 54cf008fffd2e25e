// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

/** What one request produced: the parsed value and the raw `Response`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * Pairs a parsed value with its response. The response's body was read once, as `text`, to
 * parse it; the `Response` handed out is rebuilt from that text on first access, so that
 * callers who never ask for it do not pay for it, and those who do can still read the body.
 * (A class with a getter, not an object literal with one: V8 (Node 20) creates such a literal on
 * a slow path, about a microsecond each, and every request makes one of these.)
 */
export class Sent<T> implements WithResponse<T> {
  #rebuilt: Response | undefined;

  constructor(
    readonly data: T,
    private readonly raw: Response,
    private readonly text: string,
  ) {}

  get response(): Response {
    const nullBody = this.raw.status === 204 || this.raw.status === 205 || this.raw.status === 304;
    return (this.#rebuilt ??= new Response(nullBody ? null : this.text, {
      status: this.raw.status,
      statusText: this.raw.statusText,
      headers: this.raw.headers,
    }));
  }

  /** Another value (a page built from this body) with the same response. */
  withData<U>(data: U): Sent<U> {
    return new Sent(data, this.raw, this.text);
  }
}

/**
 * The promise every method returns: it resolves to the parsed value, and also offers
 * the raw `Response` (`asResponse()`) or both (`withResponse()`), as the official SDK does.
 */
export class APIPromise<T> implements PromiseLike<T> {
  constructor(protected readonly result: Promise<WithResponse<T>>) {
    // A caller that only uses asResponse() must not see an unhandled rejection from here.
    result.catch(ignore);
  }

  /**
   * A promise of this kind (`APIPromise`, `PagePromise`) for the one `make` returns once
   * `ready` has resolved: what a method returns while the module that makes the real one is
   * still loading. `make` returns the same kind, which is what makes the cast hold. (Not a
   * promise of the made one: a promise cannot resolve to a thenable without awaiting it.)
   */
  static after<M, P extends APIPromise<unknown>>(ready: Promise<M>, make: (ready: M) => P): P {
    return new this(ready.then((value) => make(value).result)) as P;
  }

  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // One step, not `.then((r) => r.data).then(onfulfilled, onrejected)`: the same outcome, a turn sooner.
    return this.result.then(
      onfulfilled ? (r) => onfulfilled(r.data) : (r) => r.data as unknown as A,
      onrejected,
    );
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
    // Both as the object's own properties, for callers that spread or copy it; the Response is
    // still rebuilt only when read.
    return this.result.then((sent) => ({
      data: sent.data,
      get response() {
        return sent.response;
      },
    }));
  }
}

function ignore(): void {}
