import { InvalidParameterError } from "../core/errors.js";
import { describe, pointer } from "../core/validation.js";
const placeholder = /\{([^}]+)\}/;
const splitTemplates = /* @__PURE__ */ new Map();
function expandPath(template, values) {
  let parts = splitTemplates.get(template);
  if (parts === void 0) {
    parts = template.split(placeholder);
    if (splitTemplates.size < 1e4) splitTemplates.set(template, parts);
  }
  let path = parts[0];
  for (let i = 1; i < parts.length; i += 2)
    path += encodeSegment(parts[i], values[parts[i]]) + parts[i + 1];
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
export {
  expandPath
};
