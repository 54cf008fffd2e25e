function itemsOf(batches, read) {
  let batch = [];
  let at = 0;
  let ended = false;
  let pulling;
  const fail = async (error) => {
    ended = true;
    await batches.return(void 0);
    throw error;
  };
  const take = () => {
    if (ended) return { done: true, value: void 0 };
    if (at < batch.length) {
      try {
        return { done: false, value: read(batch[at++]) };
      } catch (error) {
        return fail(error);
      }
    }
    return batches.next().then(
      (result) => {
        if (result.done) {
          ended = true;
          return { done: true, value: void 0 };
        }
        batch = result.value;
        at = 0;
        return take();
      },
      (error) => {
        ended = true;
        throw error;
      }
    );
  };
  return {
    next() {
      const result = pulling === void 0 ? take() : pulling.then(take, take);
      if (!(result instanceof Promise)) return Promise.resolve(result);
      const current = result.finally(() => {
        if (pulling === current) pulling = void 0;
      });
      return pulling = current;
    },
    async return() {
      if (pulling !== void 0) await pulling.catch(() => void 0);
      if (!ended) {
        ended = true;
        await batches.return(void 0);
      }
      return { done: true, value: void 0 };
    }
  };
}
export {
  itemsOf
};
