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
var headers_exports = {};
__export(headers_exports, {
  checkHeader: () => checkHeader,
  checkHeaders: () => checkHeaders,
  errorHeaders: () => errorHeaders,
  lowerCaseNames: () => lowerCaseNames,
  serializeHeaderParam: () => serializeHeaderParam,
  setHeaderParams: () => setHeaderParams,
  setHeaders: () => setHeaders
});
module.exports = __toCommonJS(headers_exports);
var import_errors = require("../core/errors.js");
var import_param_styles = require("./param-styles.js");
function lowerCaseNames(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
function setHeaderParams(headers, params, styles) {
  for (const name in params) {
    const value = serializeHeaderParam(name, params[name], styles?.[name]?.explode ?? false);
    if (value !== void 0) headers[name.toLowerCase()] = value;
  }
}
function serializeHeaderParam(name, value, explode) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value) || typeof value === "boolean")
    return String(value);
  const read = (0, import_param_styles.readParamValue)(name, value);
  if (read === void 0 || (0, import_param_styles.isEmpty)(read)) return void 0;
  return (0, import_param_styles.expandValue)(name, read, import_param_styles.SIMPLE, explode, (text) => text);
}
function setHeaders(headers, more) {
  for (const name in more) headers[name.toLowerCase()] = more[name];
}
const LINE_BREAK = /[\r\n\0]/;
const UNSENDABLE = /[\r\n\0\u0100-\uffff]/;
function checkHeader(name, value) {
  if (!UNSENDABLE.test(String(value)) && !LINE_BREAK.test(name)) return value;
  const path = `/headers/${name.replace(/[^\x21-\x7e]/g, " ")}`;
  if (LINE_BREAK.test(name) || LINE_BREAK.test(String(value))) {
    throw new import_errors.InvalidParameterError([
      {
        path,
        message: "must not contain CR, LF or NUL",
        expected: "a header without line breaks",
        received: "a line break or NUL"
      }
    ]);
  }
  throw new import_errors.InvalidParameterError([
    {
      path,
      message: "must contain only Latin-1 characters",
      expected: "a header value of Latin-1 characters",
      received: "a character above U+00FF"
    }
  ]);
}
function checkHeaders(headers) {
  for (const name in headers) checkHeader(name, headers[name]);
  return headers;
}
function errorHeaders(response) {
  const out = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkHeader,
  checkHeaders,
  errorHeaders,
  lowerCaseNames,
  serializeHeaderParam,
  setHeaderParams,
  setHeaders
});
