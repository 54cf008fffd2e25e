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
var request_body_exports = {};
__export(request_body_exports, {
  encodeBody: () => encodeBody
});
module.exports = __toCommonJS(request_body_exports);
var import_errors = require("../core/errors.js");
var import_uploads = require("../core/uploads.js");
var import_validation = require("../core/validation.js");
var import_form_urlencoded = require("./form-urlencoded.js");
var import_multipart = require("./multipart.js");
function encodeBody(value, content) {
  switch (content.kind) {
    case "json":
      return { body: JSON.stringify(value), replayable: true, contentType: content.mediaType };
    case "form":
      return {
        body: (0, import_form_urlencoded.encodeForm)(asFields(value), content.encoding),
        replayable: true,
        contentType: content.mediaType
      };
    case "multipart":
      return (0, import_multipart.toFormData)(asFields(value), content.encoding).then((form) => ({
        ...(0, import_uploads.toRequestBody)(form),
        contentType: void 0
      }));
    case "binary": {
      const body = (0, import_uploads.toRequestBody)(value);
      const ranged = content.mediaType.includes("*");
      return {
        ...body,
        contentType: ranged ? body.type ?? "application/octet-stream" : content.mediaType
      };
    }
    case "text":
      return {
        body: typeof value === "string" ? value : JSON.stringify(value),
        replayable: true,
        contentType: content.mediaType
      };
    case "ndjson":
      if (Array.isArray(value))
        return {
          body: value.map((record) => `${JSON.stringify(record)}
`).join(""),
          replayable: true,
          contentType: content.mediaType
        };
      return { ...(0, import_uploads.toRequestBody)(value), contentType: content.mediaType };
  }
}
function asFields(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return value;
  throw bodyError("an object of fields", value);
}
function bodyError(expected, value) {
  return new import_errors.InvalidParameterError([
    {
      path: "/body",
      message: `must be ${expected}, received ${(0, import_validation.describe)(value)}`,
      expected,
      received: (0, import_validation.describe)(value)
    }
  ]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  encodeBody
});
