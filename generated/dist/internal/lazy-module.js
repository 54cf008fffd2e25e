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
export {
  LazyModule
};
