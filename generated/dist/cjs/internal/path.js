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
var path_exports = {};
__export(path_exports, {
  expandPath: () => expandPath
});
module.exports = __toCommonJS(path_exports);
var import_errors = require("../core/errors.js");
var import_validation = require("../core/validation.js");
var import_param_styles = require("./param-styles.js");
const OPERATORS = {
  simple: import_param_styles.SIMPLE,
  label: import_param_styles.LABEL,
  matrix: import_param_styles.MATRIX
};
const placeholder = /\{([^}]+)\}/;
const splitTemplates = /* @__PURE__ */ new Map();
function expandPath(template, values, styles) {
  let parts = splitTemplates.get(template);
  if (parts === void 0) {
    parts = template.split(placeholder);
    if (splitTemplates.size < 1e4) splitTemplates.set(template, parts);
  }
  let path = parts[0];
  let expansions;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = values[name];
    const style = styles?.[name];
    if ((typeof value === "string" || typeof value === "number") && (style === void 0 || style.style === "simple")) {
      path += encodeSegment(name, value);
    } else {
      const start = path.length;
      path += expandParam(name, value, style);
      (expansions ??= []).push(start, path.length, i);
    }
    path += parts[i + 1];
  }
  if (expansions !== void 0) checkSegments(path, expansions, parts);
  return path;
}
function encodeSegment(name, value) {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string" || text === "" || text === "." || text === "..") {
    throw new import_errors.InvalidParameterError([
      {
        path: `/${(0, import_validation.pointer)(name)}`,
        message: `cannot be used as a path segment: expected a non-empty string other than "." and "..", received ${(0, import_validation.describe)(value)}`,
        expected: 'a non-empty string other than "." and ".."',
        received: (0, import_validation.describe)(value)
      }
    ]);
  }
  return encodeURIComponent(text);
}
function expandParam(name, value, style) {
  const read = (0, import_param_styles.readParamValue)(name, value);
  if (read === void 0) {
    throw new import_errors.InvalidParameterError([
      {
        path: `/${(0, import_validation.pointer)(name)}`,
        message: `is required as a path parameter, received ${(0, import_validation.describe)(value)}`,
        expected: "a value",
        received: (0, import_validation.describe)(value)
      }
    ]);
  }
  const operator = style === void 0 ? import_param_styles.SIMPLE : OPERATORS[style.style];
  return (0, import_param_styles.expandValue)(name, read, operator, style?.explode ?? false, encodeURIComponent);
}
function checkSegments(path, expansions, parts) {
  for (let i = 0; i < expansions.length; i += 3) {
    const start = path.lastIndexOf("/", expansions[i] - 1) + 1;
    const slash = path.indexOf("/", expansions[i + 1]);
    const segment = path.slice(start, slash === -1 ? path.length : slash);
    if (segment !== "" && segment !== "." && segment !== "..") continue;
    const name = parts[expansions[i + 2]];
    throw new import_errors.InvalidParameterError([
      {
        path: `/${(0, import_validation.pointer)(name)}`,
        message: `cannot be used in the path: it would make the segment ${segment === "" ? "empty" : `"${segment}"`}, which URL parsing drops or resolves`,
        expected: 'a value that makes a non-empty path segment other than "." and ".."',
        received: segment === "" ? "an empty segment" : `the segment "${segment}"`
      }
    ]);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  expandPath
});
