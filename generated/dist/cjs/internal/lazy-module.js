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
var lazy_module_exports = {};
__export(lazy_module_exports, {
  LazyModule: () => LazyModule
});
module.exports = __toCommonJS(lazy_module_exports);
class LazyModule {
  constructor(load) {
    this.load = load;
  }
  #module;
  #loading;
  call(kind, operation) {
    if (this.#module !== void 0) return operation(this.#module);
    this.#loading ??= this.load().then((loaded) => this.#module = loaded);
    return kind.after(this.#loading, operation);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LazyModule
});
