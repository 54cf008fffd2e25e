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
var form_urlencoded_exports = {};
__export(form_urlencoded_exports, {
  encodeForm: () => encodeForm
});
module.exports = __toCommonJS(form_urlencoded_exports);
var import_errors = require("../core/errors.js");
var import_validation = require("../core/validation.js");
const DELIMITERS = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" };
function encodeForm(value, encoding = {}) {
  const pairs = [];
  for (const key of Object.keys(value)) {
    const item = value[key];
    const entry = Object.prototype.hasOwnProperty.call(encoding, key) ? encoding[key] : void 0;
    if (entry === void 0 || !encodeStyled(pairs, key, item, entry))
      encodeBrackets(pairs, key, item, `/body/${pointerToken(key)}`);
  }
  return pairs.join("&");
}
function encodeBrackets(pairs, path, value, pointer) {
  const scalar = scalarOf(value);
  if (scalar !== void 0) {
    pairs.push(`${escape(path)}=${escape(scalar)}`);
  } else if (isBytes(value)) {
    throw new import_errors.InvalidParameterError([
      {
        path: pointer,
        message: "a form (application/x-www-form-urlencoded) body cannot carry bytes: send a string, or use an operation that takes multipart/form-data",
        expected: "string",
        received: (0, import_validation.describe)(value)
      }
    ]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      encodeBrackets(pairs, `${path}[${i}]`, value[i], `${pointer}/${i}`);
  } else if (typeof value === "object" && value !== null) {
    const object = value;
    for (const key of Object.keys(object))
      encodeBrackets(pairs, `${path}[${key}]`, object[key], `${pointer}/${pointerToken(key)}`);
  }
}
function isBytes(value) {
  return typeof Blob !== "undefined" && value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value) || typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}
function pointerToken(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function encodeStyled(pairs, key, value, { style = "form", explode = style === "form" }) {
  if (style === "deepObject" || scalarOf(value) !== void 0 || typeof value !== "object" || value === null)
    return false;
  const entries = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === void 0) continue;
      const scalar = scalarOf(item);
      if (scalar === void 0) return false;
      entries.push([key, scalar]);
    }
  } else {
    const object = value;
    for (const name of Object.keys(object)) {
      if (object[name] === void 0) continue;
      const scalar = scalarOf(object[name]);
      if (scalar === void 0) return false;
      entries.push([name, scalar]);
    }
  }
  if (explode) {
    for (const [name, scalar] of entries) pairs.push(`${escape(name)}=${escape(scalar)}`);
  } else if (entries.length > 0) {
    const delimiter = DELIMITERS[style] ?? ",";
    const members = Array.isArray(value) ? entries.map(([, scalar]) => escape(scalar)) : entries.flatMap(([name, scalar]) => [escape(name), escape(scalar)]);
    pairs.push(`${escape(key)}=${members.join(delimiter)}`);
  }
  return true;
}
function scalarOf(value) {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      if (value === null) return "";
      if (Object.prototype.toString.call(value) === "[object Date]")
        return value.toISOString();
      return void 0;
    default:
      return void 0;
  }
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SUB_DELIMS = /[!'()*]/g;
const HAS_SUB_DELIM = /[!'()*]/;
function escape(text) {
  let out;
  try {
    out = encodeURIComponent(text);
  } catch {
    out = encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));
  }
  return HAS_SUB_DELIM.test(out) ? out.replace(SUB_DELIMS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  encodeForm
});
