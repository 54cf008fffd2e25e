import { InvalidParameterError } from "../core/errors.js";
import { describe, pointer } from "../core/validation.js";
import {
  expandValue,
  LABEL,
  MATRIX,
  readParamValue,
  SIMPLE
} from "./param-styles.js";
const OPERATORS = {
  simple: SIMPLE,
  label: LABEL,
  matrix: MATRIX
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
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be used as a path segment: expected a non-empty string other than "." and "..", received ${describe(value)}`,
        expected: 'a non-empty string other than "." and ".."',
        received: describe(value)
      }
    ]);
  }
  return encodeURIComponent(text);
}
function expandParam(name, value, style) {
  const read = readParamValue(name, value);
  if (read === void 0) {
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `is required as a path parameter, received ${describe(value)}`,
        expected: "a value",
        received: describe(value)
      }
    ]);
  }
  const operator = style === void 0 ? SIMPLE : OPERATORS[style.style];
  return expandValue(name, read, operator, style?.explode ?? false, encodeURIComponent);
}
function checkSegments(path, expansions, parts) {
  for (let i = 0; i < expansions.length; i += 3) {
    const start = path.lastIndexOf("/", expansions[i] - 1) + 1;
    const slash = path.indexOf("/", expansions[i + 1]);
    const segment = path.slice(start, slash === -1 ? path.length : slash);
    if (segment !== "" && segment !== "." && segment !== "..") continue;
    const name = parts[expansions[i + 2]];
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be used in the path: it would make the segment ${segment === "" ? "empty" : `"${segment}"`}, which URL parsing drops or resolves`,
        expected: 'a value that makes a non-empty path segment other than "." and ".."',
        received: segment === "" ? "an empty segment" : `the segment "${segment}"`
      }
    ]);
  }
}
export {
  expandPath
};
