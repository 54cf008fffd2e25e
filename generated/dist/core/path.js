import { InvalidParameterError } from "./errors.js";
import { describe, pointer } from "./validation.js";
const placeholder = /\{([^}]+)\}/g;
function expandPath(template, values) {
  return template.replace(placeholder, (_, name) => encodeSegment(name, values[name]));
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
