/** What one request produced: the parsed value and the raw `Response`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * A request's outcome, before or after its body was read: JSON bodies are read and checked as
 * part of the request (`Sent`), bytes, text and streams only when the value is asked for
 * (`Unread`), so that `asResponse()` can hand out a body that still streams.
 */
export interface Outcome<T> {
  readonly response: Response;
  /** The value: the parsed body, or a promise of it read on first call. */
  value(): T | Promise<T>;
}

/**
 * Pairs a parsed value with its response. The response's body was read once, as `text`, to
 * parse it; the `Response` handed out is rebuilt from that text on first access, so that
 * callers who never ask for it do not pay for it, and those who do can still read the body.
 * (A class with a getter, not an object literal with one: V8 (Node 20) creates such a literal on
 * a slow path, about a microsecond each, and every request makes one of these.)
 */
export class Sent<T> implements WithResponse<T>, Outcome<T> {
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

  value(): T {
    return this.data;
  }

  /** The response's headers, without rebuilding the response. */
  get headers(): Headers {
    return this.raw.headers;
  }

  /** Another value (a page built from this body) with the same response. */
  withData<U>(data: U): Sent<U> {
    return new Sent(data, this.raw, this.text);
  }
}

/**
 * A response whose body is read only when its value is asked for (`read`): a download's Blob,
 * a text body, a stream of events. Until then `response` is the raw response, its body unread,
 * for the caller to stream; after, a response rebuilt from the value that was read (a Blob or a
 * string), or the raw one for a stream, whose body the stream is reading.
 */
export class Unread<T> implements Outcome<T> {
  #value: Promise<T> | T | undefined;
  #read: ((raw: Response) => T | Promise<T>) | undefined;
  #handedOut = false;

  constructor(
    private readonly raw: Response,
    read: (raw: Response) => T | Promise<T>,
  ) {
    this.#read = read;
  }

  value(): T | Promise<T> {
    if (this.#read !== undefined) {
      const read = this.#read;
      this.#read = undefined;
      this.#value = this.#handedOut
        ? Promise.reject(
            new Error('The response body was handed out by asResponse(); read it from there.'),
          )
        : read(this.raw);
    }
    return this.#value!;
  }

  get response(): Response {
    if (this.#read !== undefined) {
      this.#handedOut = true;
      return this.raw;
    }
    return this.#rebuilt();
  }

  #rebuilt(): Response {
    const value = this.#value;
    if (value instanceof Promise) return this.raw;
    const body = typeof value === 'string' || value instanceof Blob ? value : null;
    if (body === null) return this.raw;
    return new Response(body, {
      status: this.raw.status,
      statusText: this.raw.statusText,
      headers: this.raw.headers,
    });
  }
}

/**
 * The promise every method returns: it resolves to the parsed value, and also offers
 * the raw `Response` (`asResponse()`) or both (`withResponse()`), as the official SDK does.
 */
export class APIPromise<T> implements PromiseLike<T> {
  constructor(protected readonly result: Promise<Outcome<T>>) {
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
    // One step, not `.then((r) => r.value()).then(onfulfilled, onrejected)`: the same outcome, a
    // turn sooner, for the common case of a value that was read with the response.
    return this.result.then((r): A | B | PromiseLike<A | B> => {
      const value = r.value();
      if (value instanceof Promise) return value.then(onfulfilled, onrejected) as Promise<A | B>;
      return onfulfilled ? onfulfilled(value) : (value as unknown as A);
    }, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /**
   * The raw `Response`. For a JSON body, already read (and rebuilt, so it can be read again); for
   * bytes, text and streams, unread: its body streams to the caller.
   */
  asResponse(): Promise<Response> {
    return this.result.then((r) => r.response);
  }

  /** The parsed value and the raw `Response`. */
  withResponse(): Promise<WithResponse<T>> {
    // Both as the object's own properties, for callers that spread or copy it; the Response is
    // still rebuilt only when read.
    return this.result.then(async (outcome) => {
      const data = await outcome.value();
      return {
        data,
        get response() {
          return outcome.response;
        },
      };
    });
  }
}

function ignore(): void {}
