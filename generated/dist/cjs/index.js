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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  APIClient: () => import_client2.APIClient,
  APIPromise: () => import_api_promise.APIPromise,
  Cloudflare: () => import_client.Cloudflare,
  CloudflareError: () => import_errors.SDKError,
  Page: () => import_pagination.Page,
  PagePromise: () => import_pagination.PagePromise,
  createClient: () => import_client.createClient,
  toFile: () => import_uploads.toFile
});
module.exports = __toCommonJS(src_exports);
var import_client = require("./client.js");
var import_client2 = require("./core/client.js");
var import_api_promise = require("./core/api-promise.js");
__reExport(src_exports, require("./core/errors.js"), module.exports);
var import_errors = require("./core/errors.js");
var import_pagination = require("./core/pagination.js");
var import_uploads = require("./core/uploads.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIClient,
  APIPromise,
  Cloudflare,
  CloudflareError,
  Page,
  PagePromise,
  createClient,
  toFile,
  ...require("./core/errors.js")
});
