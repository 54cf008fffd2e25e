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
export declare class Sent<T> implements WithResponse<T>, Outcome<T> {
    #private;
    readonly data: T;
    private readonly raw;
    private readonly text;
    constructor(data: T, raw: Response, text: string);
    get response(): Response;
    value(): T;
    /** The response's headers, without rebuilding the response. */
    get headers(): Headers;
    /** Another value (a page built from this body) with the same response. */
    withData<U>(data: U): Sent<U>;
}
/**
 * A response whose body is read only when its value is asked for (`read`): a download's Blob,
 * a text body, a stream of events. Until then `response` is the raw response, its body unread,
 * for the caller to stream; after, a response rebuilt from the value that was read (a Blob or a
 * string), or the raw one for a stream, whose body the stream is reading.
 */
export declare class Unread<T> implements Outcome<T> {
    #private;
    private readonly raw;
    constructor(raw: Response, read: (raw: Response) => T | Promise<T>);
    value(): T | Promise<T>;
    get response(): Response;
}
/**
 * The promise every method returns: it resolves to the parsed value, and also offers
 * the raw `Response` (`asResponse()`) or both (`withResponse()`), as the official SDK does.
 */
export declare class APIPromise<T> implements PromiseLike<T> {
    protected readonly result: Promise<Outcome<T>>;
    constructor(result: Promise<Outcome<T>>);
    /**
     * A promise of this kind (`APIPromise`, `PagePromise`) for the one `make` returns once
     * `ready` has resolved: what a method returns while the module that makes the real one is
     * still loading. `make` returns the same kind, which is what makes the cast hold. (Not a
     * promise of the made one: a promise cannot resolve to a thenable without awaiting it.)
     */
    static after<M, P extends APIPromise<unknown>>(ready: Promise<M>, make: (ready: M) => P): P;
    then<A = T, B = never>(onfulfilled?: ((value: T) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B>;
    catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B>;
    finally(onfinally?: (() => void) | null): Promise<T>;
    /**
     * The raw `Response`. For a JSON body, already read (and rebuilt, so it can be read again); for
     * bytes, text and streams, unread: its body streams to the caller.
     */
    asResponse(): Promise<Response>;
    /** The parsed value and the raw `Response`. */
    withResponse(): Promise<WithResponse<T>>;
}
