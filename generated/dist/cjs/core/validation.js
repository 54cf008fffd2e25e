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
var validation_exports = {};
__export(validation_exports, {
  codePoints: () => codePoints,
  collectIssues: () => collectIssues,
  describe: () => describe,
  fail: () => fail,
  hasDuplicates: () => hasDuplicates,
  missing: () => missing,
  ownValue: () => ownValue,
  pointer: () => pointer
});
module.exports = __toCommonJS(validation_exports);
function collectIssues(value, explain) {
  const issues = [];
  explain(value, "", issues);
  return issues;
}
function fail(issues, path, expected, value, message) {
  const received = value === void 0 ? "nothing" : describe(value);
  issues.push({
    path,
    message: message ?? `expected ${expected}, received ${received}`,
    expected,
    received
  });
}
function missing(issues, path, expected) {
  issues.push({ path, message: "is required", expected, received: "nothing" });
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number")
    return Number.isInteger(value) ? `integer ${value}` : Number.isFinite(value) ? `number ${value}` : String(value);
  if (typeof value === "string")
    return value.length > 40 ? `string "${value.slice(0, 37)}..."` : `string ${quote(value)}`;
  return typeof value;
}
const NEEDS_ESCAPE = /["\\\x00-\x1f\ud800-\udfff]/;
function quote(value) {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}
function pointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function ownValue(o, key) {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : void 0;
}
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
    n++;
  }
  return n;
}
function hasDuplicates(items) {
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return true;
  return false;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every(
    (k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k])
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codePoints,
  collectIssues,
  describe,
  fail,
  hasDuplicates,
  missing,
  ownValue,
  pointer
});
