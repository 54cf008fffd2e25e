function readEnv() {
  const env = globalThis.process?.env;
  return (name) => {
    const value = env?.[name]?.trim();
    return value === "" ? void 0 : value;
  };
}
export {
  readEnv
};
