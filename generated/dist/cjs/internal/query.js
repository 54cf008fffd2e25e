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
var query_exports = {};
__export(query_exports, {
  encodeReserved: () => encodeReserved,
  serializeQuery: () => serializeQuery
});
module.exports = __toCommonJS(query_exports);
const FORM = { style: "form", explode: true };
const DELIMITERS = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "%7C"
};
function serializeQuery(query, styles = {}) {
  const parts = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === void 0 || value === null) continue;
    const { style, explode, allowReserved } = styles[key] ?? FORM;
    const encode = allowReserved ? encodeReserved : encodeURIComponent;
    if (Array.isArray(value)) {
      const items = value.filter(present);
      if (explode || style === "deepObject")
        for (const item of items) nested(parts, key, item, encode);
      else if (items.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${items.map((item) => encode(String(item))).join(DELIMITERS[style] ?? ",")}`
        );
    } else if (typeof value === "object") {
      const entries = Object.entries(value).filter(([, v]) => present(v));
      if (style === "deepObject")
        for (const [k, v] of entries) nested(parts, `${key}[${k}]`, v, encode);
      else if (explode) for (const [k, v] of entries) nested(parts, k, v, encode);
      else if (entries.length > 0)
        parts.push(
          `${encodeURIComponent(key)}=${entries.flatMap(([k, v]) => [encode(k), encode(String(v))]).join(DELIMITERS[style] ?? ",")}`
        );
    } else {
      parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
    }
  }
  return parts.join("&");
}
function present(value) {
  return value !== void 0 && value !== null;
}
function nested(parts, key, value, encode) {
  if (value === void 0 || value === null) return;
  if (Array.isArray(value)) for (const item of value) nested(parts, key, item, encode);
  else if (typeof value === "object")
    for (const [k, v] of Object.entries(value)) nested(parts, `${key}[${k}]`, v, encode);
  else parts.push(`${encodeURIComponent(key)}=${encode(String(value))}`);
}
const KEPT = {
  "3A": ":",
  "2F": "/",
  "3F": "?",
  "40": "@",
  "24": "$",
  "2C": ",",
  "3B": ";"
};
function encodeReserved(text) {
  return encodeURIComponent(text).replace(
    /%25([0-9A-Fa-f]{2})|%(3A|2F|3F|40|24|2C|3B)/g,
    (_match, triple, reserved) => triple !== void 0 ? `%${triple}` : KEPT[reserved]
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  encodeReserved,
  serializeQuery
});
