var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var batch_items_exports = {};
__export(batch_items_exports, {
  itemsOf: () => itemsOf
});
module.exports = __toCommonJS(batch_items_exports);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  itemsOf
});
