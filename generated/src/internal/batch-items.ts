// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

/**
 * The items of `batches` (the events or lines one chunk completed), one per `next()`, each read by
 * `read` as it is handed out. Why not one async generator yielding each item: a generator step
 * costs several promise turns, and a stream hands out hundreds of thousands of items a second;
 * an item of a batch already read here costs one resolved promise. Calls to `next()` that overlap
 * are served in order. Ending early, or a `read` that throws, ends `batches`, whose `finally`
 * releases the connection.
 */
export function itemsOf<Raw, Item>(
  batches: AsyncGenerator<readonly Raw[]>,
  read: (raw: Raw) => Item,
): AsyncIterator<Item> {
  let batch: readonly Raw[] = [];
  let at = 0;
  let ended = false;
  let pulling: Promise<IteratorResult<Item>> | undefined;
  const fail = async (error: unknown): Promise<never> => {
    ended = true;
    await batches.return(undefined);
    throw error;
  };
  // The next item of the current batch, or of the next non-empty one.
  const take = (): IteratorResult<Item> | Promise<IteratorResult<Item>> => {
    if (ended) return { done: true, value: undefined };
    if (at < batch.length) {
      try {
        return { done: false, value: read(batch[at++]!) };
      } catch (error) {
        return fail(error);
      }
    }
    return batches.next().then(
      (result) => {
        if (result.done) {
          ended = true;
          return { done: true, value: undefined };
        }
        batch = result.value;
        at = 0;
        return take();
      },
      (error: unknown) => {
        ended = true;
        throw error;
      },
    );
  };
  return {
    next() {
      const result = pulling === undefined ? take() : pulling.then(take, take);
      if (!(result instanceof Promise)) return Promise.resolve(result);
      const current: Promise<IteratorResult<Item>> = result.finally(() => {
        if (pulling === current) pulling = undefined;
      });
      return (pulling = current);
    },
    async return() {
      if (pulling !== undefined) await pulling.catch(() => undefined);
      if (!ended) {
        ended = true;
        await batches.return(undefined);
      }
      return { done: true, value: undefined };
    },
  };
}
