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
var formats_exports = {};
__export(formats_exports, {
  formatCheckers: () => formatCheckers,
  isDate: () => isDate,
  isDateTime: () => isDateTime,
  isEmail: () => isEmail,
  isIpv4: () => isIpv4,
  isIpv6: () => isIpv6,
  isTime: () => isTime,
  isUri: () => isUri,
  isUuid: () => isUuid
});
module.exports = __toCommonJS(formats_exports);
const HYPHEN = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const UPPER_Z = 90;
const LOWER_Z = 122;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const EMAIL_ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DNS_LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
const EMAIL = /* @__PURE__ */ emailPattern();
function emailPattern() {
  return new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@(?:${DNS_LABEL}\\.)+${DNS_LABEL}$`, "i");
}
const PCT_ENCODED = "%[0-9a-f]{2}";
const UNRESERVED_OR_SUB_DELIM = "a-z0-9\\-._~!$&'()*+,;=";
const URI = /* @__PURE__ */ uriPattern();
const IPV_FUTURE = /* @__PURE__ */ ipvFuturePattern();
function uriPattern() {
  const PCHAR = `(?:[${UNRESERVED_OR_SUB_DELIM}:@]|${PCT_ENCODED})`;
  const PATH_ABEMPTY = `(?:\\/${PCHAR}*)*`;
  const QUERY_OR_FRAGMENT = `(?:[${UNRESERVED_OR_SUB_DELIM}:@/?]|${PCT_ENCODED})*`;
  const AUTHORITY = `(?:(?:[${UNRESERVED_OR_SUB_DELIM}:]|${PCT_ENCODED})*@)?(?:\\[([^\\]]*)\\]|(?:[${UNRESERVED_OR_SUB_DELIM}]|${PCT_ENCODED})*)(?::\\d*)?`;
  return new RegExp(
    `^[a-z][a-z0-9+\\-.]*:(?:\\/?\\/${AUTHORITY}${PATH_ABEMPTY}|\\/(?:${PCHAR}+${PATH_ABEMPTY})?|${PCHAR}+${PATH_ABEMPTY})(?:\\?${QUERY_OR_FRAGMENT})?(?:#${QUERY_OR_FRAGMENT})?$`,
    "i"
  );
}
function ipvFuturePattern() {
  return new RegExp(`^v[0-9a-f]+\\.[${UNRESERVED_OR_SUB_DELIM}:]+$`, "i");
}
const DEC_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const DEC_OCTET_LEADING_ZEROS = /^\d{1,3}$/;
const H16 = /^[0-9a-f]{1,4}$/i;
function digitValue(code) {
  const digit = code - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}
function twoDigitsAt(value, i) {
  const tens = digitValue(value.charCodeAt(i));
  const ones = digitValue(value.charCodeAt(i + 1));
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function startsWithDate(value) {
  const century = twoDigitsAt(value, 0);
  const yearOfCentury = twoDigitsAt(value, 2);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const daysInMonth = month === 2 && isLeapYear(century * 100 + yearOfCentury) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
  return day >= 1 && day <= daysInMonth;
}
function isTimeFrom(value, start) {
  const end = value.length;
  if (end - start < 9) return false;
  const hour = twoDigitsAt(value, start);
  const minute = twoDigitsAt(value, start + 3);
  const second = twoDigitsAt(value, start + 6);
  if (hour < 0 || minute < 0 || second < 0) return false;
  if (value.charCodeAt(start + 2) !== COLON || value.charCodeAt(start + 5) !== COLON) return false;
  let i = start + 8;
  if (value.charCodeAt(i) === DOT) {
    const fractionStart = ++i;
    while (i < end && digitValue(value.charCodeAt(i)) >= 0) i++;
    if (i === fractionStart || i === end) return false;
  }
  let offsetSign = 1;
  let offsetHours = 0;
  let offsetMinutes = 0;
  const designator = value.charCodeAt(i);
  if (designator === UPPER_Z || designator === LOWER_Z) {
    if (i + 1 !== end) return false;
  } else if (designator === PLUS || designator === HYPHEN) {
    if (designator === HYPHEN) offsetSign = -1;
    const offsetLength = end - (i + 1);
    if (offsetLength !== 2 && offsetLength !== 4 && offsetLength !== 5) return false;
    if (offsetLength === 5 && value.charCodeAt(i + 3) !== COLON) return false;
    offsetHours = twoDigitsAt(value, i + 1);
    if (offsetLength > 2) offsetMinutes = twoDigitsAt(value, end - 2);
    if (offsetHours < 0 || offsetMinutes < 0) return false;
  } else {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59)
    return false;
  if (second < 60) return true;
  const offset = offsetSign * (offsetHours * 60 + offsetMinutes);
  const utcMinuteOfDay = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
  return utcMinuteOfDay === 23 * 60 + 59;
}
const DATE_TIME_SEPARATOR = /[\sTt]/;
function isDate(value) {
  return value.length === 10 && startsWithDate(value);
}
function isTime(value) {
  return isTimeFrom(value, 0);
}
function isDateTime(value) {
  return value.length >= 20 && startsWithDate(value) && // "T" is by far the most common separator, and comparing its code is quicker than the regex.
  (value.charCodeAt(10) === 84 || DATE_TIME_SEPARATOR.test(value[10])) && isTimeFrom(value, 11);
}
function isUuid(value) {
  return UUID.test(value);
}
function isEmail(value) {
  return EMAIL.test(value);
}
function isUri(value) {
  const match = URI.exec(value);
  if (!match) return false;
  const ipLiteral = match[1];
  return ipLiteral === void 0 || IPV_FUTURE.test(ipLiteral) || isIpv6Address(ipLiteral, DEC_OCTET_LEADING_ZEROS);
}
function isIpv4(value) {
  return isDottedQuad(value, DEC_OCTET);
}
function isIpv6(value) {
  return isIpv6Address(value, DEC_OCTET);
}
function isDottedQuad(value, decOctet) {
  const octets = value.split(".");
  return octets.length === 4 && octets.every((octet) => decOctet.test(octet) && Number(octet) <= 255);
}
function isIpv6Address(value, decOctet) {
  const lastColon = value.lastIndexOf(":");
  const tail = value.slice(lastColon + 1);
  let hex = value;
  if (tail.includes(".")) {
    if (!isDottedQuad(tail, decOctet)) return false;
    hex = value.slice(0, lastColon + 1) + "0:0";
  }
  const halves = hex.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => half === "" ? [] : half.split(":"));
  return groups.every((group) => H16.test(group)) && (halves.length === 2 ? groups.length < 8 : groups.length === 8);
}
const formatCheckers = /* @__PURE__ */ Object.freeze({
  "date-time": isDateTime,
  date: isDate,
  time: isTime,
  uuid: isUuid,
  email: isEmail,
  uri: isUri,
  ipv4: isIpv4,
  ipv6: isIpv6
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatCheckers,
  isDate,
  isDateTime,
  isEmail,
  isIpv4,
  isIpv6,
  isTime,
  isUri,
  isUuid
});
