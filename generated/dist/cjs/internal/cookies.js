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
var cookies_exports = {};
__export(cookies_exports, {
  appendCookies: () => appendCookies,
  encodeCookie: () => encodeCookie,
  serializeCookies: () => serializeCookies
});
module.exports = __toCommonJS(cookies_exports);
var import_param_styles = require("./param-styles.js");
const COOKIE_FORM = { first: "", separator: "; ", named: true, ifEmpty: "=" };
function serializeCookies(cookies, styles) {
  const parts = [];
  for (const name in cookies) {
    const value = (0, import_param_styles.readParamValue)(name, cookies[name]);
    if (value === void 0 || (0, import_param_styles.isEmpty)(value)) continue;
    const explode = styles?.[name]?.explode ?? true;
    parts.push((0, import_param_styles.expandValue)(name, value, COOKIE_FORM, explode, encodeCookie));
  }
  return parts.join("; ");
}
function encodeCookie(text) {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function appendCookies(headers, cookies) {
  if (cookies === "") return;
  headers.cookie = headers.cookie ? `${headers.cookie}; ${cookies}` : cookies;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  appendCookies,
  encodeCookie,
  serializeCookies
});
