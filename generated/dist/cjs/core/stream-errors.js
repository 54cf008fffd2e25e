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
var stream_errors_exports = {};
__export(stream_errors_exports, {
  StreamParseError: () => StreamParseError
});
module.exports = __toCommonJS(stream_errors_exports);
var import_errors = require("./errors.js");
class StreamParseError extends import_errors.ResponseParseError {
  constructor(status, record, options) {
    super(status, record.slice(0, 200));
    this.record = record;
    this.message = `Could not parse a streamed record (status ${status}): ${JSON.stringify(record.slice(0, 200))}${options?.cause instanceof Error ? `: ${options.cause.message}` : ""}`;
    if (options && "cause" in options) this.cause = options.cause;
  }
  name = "StreamParseError";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StreamParseError
});
