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
var body_content_exports = {};
__export(body_content_exports, {
  pickContent: () => pickContent
});
module.exports = __toCommonJS(body_content_exports);
var import_errors = require("../core/errors.js");
var import_validation = require("../core/validation.js");
function pickContent(contentType, contents) {
  if (contentType === void 0) return contents[0];
  const found = contents.find((c) => c.mediaType === contentType);
  if (found) return found;
  const allowed = contents.map((c) => c.mediaType);
  throw new import_errors.InvalidParameterError([
    {
      path: "/contentType",
      message: `must be one of ${allowed.map((t) => JSON.stringify(t)).join(", ")}, received ${(0, import_validation.describe)(contentType)}`,
      expected: allowed.join(" | "),
      received: (0, import_validation.describe)(contentType)
    }
  ]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  pickContent
});
