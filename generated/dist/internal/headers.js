import { InvalidParameterError } from "../core/errors.js";
import { expandValue, isEmpty, readParamValue, SIMPLE } from "./param-styles.js";
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
  const read = readParamValue(name, value);
  if (read === void 0 || isEmpty(read)) return void 0;
  return expandValue(name, read, SIMPLE, explode, (text) => text);
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
    throw new InvalidParameterError([
      {
        path,
        message: "must not contain CR, LF or NUL",
        expected: "a header without line breaks",
        received: "a line break or NUL"
      }
    ]);
  }
  throw new InvalidParameterError([
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
export {
  checkHeader,
  checkHeaders,
  errorHeaders,
  lowerCaseNames,
  serializeHeaderParam,
  setHeaderParams,
  setHeaders
};
