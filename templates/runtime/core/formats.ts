/**
 * Checkers for the string `format`s a generated validator enforces.
 *
 * Each checker accepts exactly what ajv-formats 3 accepts in "full" mode, so the SDK agrees with
 * the JSON Schema tooling most APIs validate against. The exceptions are two ajv-formats mistakes
 * in `time` (and so `date-time`), both explained at `isTimeFrom`: it accepts some clock values
 * past 23:59, such as "24:59:00+01:00", and we reject those; and it rejects some long fractions of
 * a second, such as "12:00:59.99999999999999999Z", and we accept those.
 */

// The character codes the date and time scanners look for. They come first in the file because
// esbuild's minifier puts a constant's value in place of its name only when the constant is
// declared before any other statement.
const HYPHEN = 0x2d; // -
const COLON = 0x3a; // :
const DOT = 0x2e; // .
const PLUS = 0x2b; // +
const UPPER_Z = 0x5a;
const LOWER_Z = 0x7a;

const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

// The email and URI patterns are composed from named parts by functions whose one call is marked
// pure. esbuild cannot tell that a template literal of string constants has no side effects (a
// substitution could call toString), so a pattern composed at the top level would stay in every
// bundle, even one that never checks an email or a URI; an unused pure call is dropped.

const EMAIL_ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DNS_LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const EMAIL = /* @__PURE__ */ emailPattern();

function emailPattern(): RegExp {
  // The domain needs at least one dot, and the local part allows no quoted strings.
  return new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@(?:${DNS_LABEL}\\.)+${DNS_LABEL}$`, 'i');
}

// RFC 3986 (appendix A), case-insensitively. UNRESERVED_OR_SUB_DELIM goes inside [...].
const PCT_ENCODED = '%[0-9a-f]{2}';
const UNRESERVED_OR_SUB_DELIM = "a-z0-9\\-._~!$&'()*+,;=";
const URI = /* @__PURE__ */ uriPattern();
const IPV_FUTURE = /* @__PURE__ */ ipvFuturePattern();

function uriPattern(): RegExp {
  const PCHAR = `(?:[${UNRESERVED_OR_SUB_DELIM}:@]|${PCT_ENCODED})`;
  const PATH_ABEMPTY = `(?:\\/${PCHAR}*)*`;
  const QUERY_OR_FRAGMENT = `(?:[${UNRESERVED_OR_SUB_DELIM}:@/?]|${PCT_ENCODED})*`;
  const AUTHORITY =
    `(?:(?:[${UNRESERVED_OR_SUB_DELIM}:]|${PCT_ENCODED})*@)?` +
    // "[" and "]" appear nowhere else in a URI, so capturing what is between them and checking it
    // in isUri is the same as spelling out the IP-literal grammar here.
    `(?:\\[([^\\]]*)\\]|(?:[${UNRESERVED_OR_SUB_DELIM}]|${PCT_ENCODED})*)` +
    '(?::\\d*)?';
  // Two ajv-formats quirks kept on purpose: "//" before the authority may be a single "/" (so
  // "a:/[::1]" is a URI, and "http://host:port" passes as "http:/", an empty authority and the
  // path "/host:port"), and the path cannot be empty (so "a:" and "a:?q" are not URIs).
  return new RegExp(
    '^[a-z][a-z0-9+\\-.]*:' +
      `(?:\\/?\\/${AUTHORITY}${PATH_ABEMPTY}|\\/(?:${PCHAR}+${PATH_ABEMPTY})?|${PCHAR}+${PATH_ABEMPTY})` +
      `(?:\\?${QUERY_OR_FRAGMENT})?(?:#${QUERY_OR_FRAGMENT})?$`,
    'i',
  );
}

function ipvFuturePattern(): RegExp {
  return new RegExp(`^v[0-9a-f]+\\.[${UNRESERVED_OR_SUB_DELIM}:]+$`, 'i');
}

// The `ipv4` format forbids leading zeros ("01" reads as octal in some parsers); inside a URI's
// IP-literal, ajv-formats allows them, up to three digits.
const DEC_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const DEC_OCTET_LEADING_ZEROS = /^\d{1,3}$/;
const H16 = /^[0-9a-f]{1,4}$/i;

// date, time and date-time are checked by scanning character codes rather than with a regex and
// Number(): they are the formats API responses use most (every timestamp), and a scan allocates
// nothing. The verdicts are those of the regexes ajv-formats uses, which are quoted at each
// scanner so the two can be compared by eye. The scanners check lengths before they read, and
// never read past the end of a string: charCodeAt there returns NaN, and V8 then deoptimizes the
// scanner into one several times slower, for every string after.

/** The value of the ASCII digit with character code `code`, or -1 if it is not one. */
function digitValue(code: number): number {
  const digit = code - 0x30;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** The two-digit number at `i` and `i + 1`, or -1 if either character is not an ASCII digit. */
function twoDigitsAt(value: string, i: number): number {
  const tens = digitValue(value.charCodeAt(i));
  const ones = digitValue(value.charCodeAt(i + 1));
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Whether `value`, at least ten characters long, starts with a full-date that exists in the
 * calendar; the caller checks what follows. ajv-formats: /^(\d{4})-(\d\d)-(\d\d)$/ plus a
 * days-in-month check.
 */
function startsWithDate(value: string): boolean {
  const century = twoDigitsAt(value, 0);
  const yearOfCentury = twoDigitsAt(value, 2);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  // A month outside 01-12 has no entry, so no day fits in it.
  const daysInMonth =
    month === 2 && isLeapYear(century * 100 + yearOfCentury) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= daysInMonth;
}

/**
 * Whether `value`, from `start` to its end, is a full-time. ajv-formats (full mode, where the zone
 * is required): /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)$/i, then range
 * checks on the numbers. The fraction of a second is only syntax here: RFC 3339 gives the seconds
 * two digits and the fraction its own rule (time-secfrac), so no fraction can carry into them.
 * ajv-formats reads seconds and fraction with Number(), which rounds "59.99999999999999999" up to
 * 60: it rejects "12:00:59.99999999999999999Z" and "23:59:60.99999999999999999Z", and we do not.
 */
function isTimeFrom(value: string, start: number): boolean {
  const end = value.length;
  // The shortest time is "hh:mm:ssZ".
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
    // A point needs digits after it, and the offset is required.
    if (i === fractionStart || i === end) return false;
  }

  // The offset may be written "+hh", "+hhmm" or "+hh:mm", and "z" may be lowercase. RFC 3339 only
  // allows "+hh:mm" and "Z"; ajv-formats accepts the others, so we do too.
  let offsetSign = 1;
  let offsetHours = 0;
  let offsetMinutes = 0;
  const designator = value.charCodeAt(i);
  if (designator === UPPER_Z || designator === LOWER_Z) {
    if (i + 1 !== end) return false;
  } else if (designator === PLUS || designator === HYPHEN) {
    if (designator === HYPHEN) offsetSign = -1;
    // Which of the three forms it is follows from how many characters are left.
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

  // Leap seconds are inserted at the end of a UTC day, so "23:59:60Z" and "00:59:60+01:00" are the
  // same instant and both valid. ajv-formats does this arithmetic without range-checking the hour
  // and minute, so it also accepts "24:59:00+01:00" and "46:59:60+23:00"; we do not.
  const offset = offsetSign * (offsetHours * 60 + offsetMinutes);
  const utcMinuteOfDay = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
  return utcMinuteOfDay === 23 * 60 + 59;
}

/**
 * What separates the date from the time. ajv-formats splits on /t|\s/i, so besides "T" and "t" that
 * is every character of JavaScript's `\s`: ASCII tab to carriage return, space, no-break space,
 * the Unicode space separators, the line and paragraph separators, and the BOM.
 */
const DATE_TIME_SEPARATOR = /[\sTt]/;

/** RFC 3339 full-date, with real calendar limits: "2019-02-29" fails and "2020-02-29" passes. */
export function isDate(value: string): boolean {
  return value.length === 10 && startsWithDate(value);
}

/** RFC 3339 full-time: the offset is required, and ":60" is allowed only at 23:59 UTC. */
export function isTime(value: string): boolean {
  return isTimeFrom(value, 0);
}

/** RFC 3339 date-time: a full-date and a full-time separated by "T", "t" or whitespace. */
export function isDateTime(value: string): boolean {
  // ajv-formats splits on the separator and wants exactly two parts. A date is exactly ten
  // characters and neither a date nor a time contains a separator, so that is the same as one
  // separator at index 10. The shortest date-time is "YYYY-MM-DDThh:mm:ssZ".
  return (
    value.length >= 20 &&
    startsWithDate(value) &&
    // "T" is by far the most common separator, and comparing its code is quicker than the regex.
    (value.charCodeAt(10) === 0x54 || DATE_TIME_SEPARATOR.test(value[10]!)) &&
    isTimeFrom(value, 11)
  );
}

/** RFC 4122 UUID in any case and any version, optionally with a "urn:uuid:" prefix. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A practical subset of RFC 5321 addresses: dot-atom local part, dotted hostname domain. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** An absolute RFC 3986 URI (scheme required; a fragment is allowed). */
export function isUri(value: string): boolean {
  const match = URI.exec(value);
  if (!match) return false;
  const ipLiteral = match[1];
  return (
    ipLiteral === undefined ||
    IPV_FUTURE.test(ipLiteral) ||
    isIpv6Address(ipLiteral, DEC_OCTET_LEADING_ZEROS)
  );
}

/** Dotted-quad IPv4 address without leading zeros. */
export function isIpv4(value: string): boolean {
  return isDottedQuad(value, DEC_OCTET);
}

/** RFC 4291 text form of an IPv6 address, without a zone ("%eth0") or prefix length. */
export function isIpv6(value: string): boolean {
  return isIpv6Address(value, DEC_OCTET);
}

function isDottedQuad(value: string, decOctet: RegExp): boolean {
  const octets = value.split('.');
  return (
    octets.length === 4 && octets.every((octet) => decOctet.test(octet) && Number(octet) <= 255)
  );
}

function isIpv6Address(value: string, decOctet: RegExp): boolean {
  // An address may end in dotted-quad IPv4 standing for its last two groups: check it, then
  // count it as two groups.
  const lastColon = value.lastIndexOf(':');
  const tail = value.slice(lastColon + 1);
  let hex = value;
  if (tail.includes('.')) {
    if (!isDottedQuad(tail, decOctet)) return false;
    hex = value.slice(0, lastColon + 1) + '0:0';
  }
  // "::" may appear once, standing for one or more zero groups.
  const halves = hex.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  return (
    groups.every((group) => H16.test(group)) &&
    (halves.length === 2 ? groups.length < 8 : groups.length === 8)
  );
}

/** The checkers keyed by their OpenAPI / JSON Schema `format` name. */
export const formatCheckers: Readonly<Record<string, (value: string) => boolean>> =
  /* @__PURE__ */ Object.freeze({
    'date-time': isDateTime,
    date: isDate,
    time: isTime,
    uuid: isUuid,
    email: isEmail,
    uri: isUri,
    ipv4: isIpv4,
    ipv6: isIpv6,
  });
