import { expandValue, isEmpty, readParamValue } from "./param-styles.js";
const COOKIE_FORM = { first: "", separator: "; ", named: true, ifEmpty: "=" };
function serializeCookies(cookies, styles) {
  const parts = [];
  for (const name in cookies) {
    const value = readParamValue(name, cookies[name]);
    if (value === void 0 || isEmpty(value)) continue;
    const explode = styles?.[name]?.explode ?? true;
    parts.push(expandValue(name, value, COOKIE_FORM, explode, encodeCookie));
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
export {
  appendCookies,
  encodeCookie,
  serializeCookies
};
