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
var param_styles_exports = {};
__export(param_styles_exports, {
  LABEL: () => LABEL,
  MATRIX: () => MATRIX,
  SIMPLE: () => SIMPLE,
  expandValue: () => expandValue,
  isEmpty: () => isEmpty,
  readParamValue: () => readParamValue
});
module.exports = __toCommonJS(param_styles_exports);
var import_errors = require("../core/errors.js");
var import_validation = require("../core/validation.js");
function readParamValue(name, value) {
  if (value === void 0 || value === null) return void 0;
  if (Array.isArray(value)) {
    const items = [];
    for (const item of value)
      if (item !== void 0 && item !== null) items.push(text(name, item, true));
    return { items };
  }
  if (typeof value === "object") {
    const pairs = [];
    for (const [key, field] of Object.entries(value))
      if (field !== void 0 && field !== null) pairs.push(key, text(name, field, true));
    return { pairs };
  }
  return { primitive: text(name, value, false) };
}
function isEmpty(value) {
  if ("primitive" in value) return false;
  return ("items" in value ? value.items : value.pairs).length === 0;
}
function text(name, value, nested) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value) || typeof value === "boolean")
    return String(value);
  if (typeof value === "bigint") return value.toString();
  const received = nested ? `an array or object holding ${(0, import_validation.describe)(value)}` : (0, import_validation.describe)(value);
  throw new import_errors.InvalidParameterError([
    {
      path: `/${(0, import_validation.pointer)(name)}`,
      message: `cannot be serialized: OpenAPI styles take a primitive, an array of primitives or an object of primitives, received ${received}`,
      expected: "a string, finite number or boolean, or an array or object of them",
      received
    }
  ]);
}
const SIMPLE = { first: "", separator: ",", named: false, ifEmpty: "" };
const LABEL = { first: ".", separator: ".", named: false, ifEmpty: "" };
const MATRIX = { first: ";", separator: ";", named: true, ifEmpty: "" };
function expandValue(name, value, operator, explode, encode) {
  const { first, separator, named, ifEmpty } = operator;
  const label = named ? encode(name) : "";
  const withName = (key, text2) => text2 === "" ? key + ifEmpty : `${key}=${text2}`;
  if ("primitive" in value)
    return first + (named ? withName(label, encode(value.primitive)) : encode(value.primitive));
  const parts = "items" in value ? value.items : value.pairs;
  if (parts.length === 0) return first + (named ? label + ifEmpty : "");
  if (!explode) return first + (named ? `${label}=` : "") + parts.map(encode).join(",");
  const exploded = [];
  if ("items" in value)
    for (const item of parts) exploded.push(named ? withName(label, encode(item)) : encode(item));
  else
    for (let i = 0; i < parts.length; i += 2) {
      const key = encode(parts[i]);
      const text2 = encode(parts[i + 1]);
      exploded.push(named ? withName(key, text2) : `${key}=${text2}`);
    }
  return first + exploded.join(separator);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LABEL,
  MATRIX,
  SIMPLE,
  expandValue,
  isEmpty,
  readParamValue
});
