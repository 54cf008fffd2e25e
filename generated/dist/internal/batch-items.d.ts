/**
 * The items of `batches` (the events or lines one chunk completed), one per `next()`, each read by
 * `read` as it is handed out. Why not one async generator yielding each item: a generator step
 * costs several promise turns, and a stream hands out hundreds of thousands of items a second;
 * an item of a batch already read here costs one resolved promise. Calls to `next()` that overlap
 * are served in order. Ending early, or a `read` that throws, ends `batches`, whose `finally`
 * releases the connection.
 */
export declare function itemsOf<Raw, Item>(batches: AsyncGenerator<readonly Raw[]>, read: (raw: Raw) => Item): AsyncIterator<Item>;
