/**
 * Checkers for the string `format`s a generated validator enforces.
 *
 * Each checker accepts exactly what ajv-formats 3 accepts in "full" mode, so the SDK agrees with
 * the JSON Schema tooling most APIs validate against. The one exception is `time` (and so
 * `date-time`): ajv-formats accepts some clock values past 23:59, such as "24:59:00+01:00", and we
 * reject those (see `isTime`).
 */

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The offset may be written "+hh", "+hhmm" or "+hh:mm", and "z" may be lowercase. RFC 3339 only
// allows "+hh:mm" and "Z"; ajv-formats accepts the others, so we do too.
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:z|([+-])(\d\d)(?::?(\d\d))?)$/i;

// Splitting on "t" or any whitespace (not just "T" or a space) is what ajv-formats does.
const DATE_TIME_SEPARATOR = /[t\s]/i;

const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

const EMAIL_ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DNS_LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
// The domain needs at least one dot, and the local part allows no quoted strings.
const EMAIL = new RegExp(`^${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*@(?:${DNS_LABEL}\\.)+${DNS_LABEL}$`, 'i');

// RFC 3986 (appendix A), case-insensitively. UNRESERVED_OR_SUB_DELIM goes inside [...].
const PCT_ENCODED = '%[0-9a-f]{2}';
const UNRESERVED_OR_SUB_DELIM = "a-z0-9\\-._~!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED_OR_SUB_DELIM}:@]|${PCT_ENCODED})`;
const PATH_ABEMPTY = `(?:\\/${PCHAR}*)*`;
const QUERY_OR_FRAGMENT = `(?:[${UNRESERVED_OR_SUB_DELIM}:@/?]|${PCT_ENCODED})*`;
const AUTHORITY =
  `(?:(?:[${UNRESERVED_OR_SUB_DELIM}:]|${PCT_ENCODED})*@)?` +
  // "[" and "]" appear nowhere else in a URI, so capturing what is between them and checking it in
  // isUri is the same as spelling out the IP-literal grammar here.
  `(?:\\[([^\\]]*)\\]|(?:[${UNRESERVED_OR_SUB_DELIM}]|${PCT_ENCODED})*)` +
  '(?::\\d*)?';
// Two ajv-formats quirks kept on purpose: "//" before the authority may be a single "/" (so
// "a:/[::1]" is a URI, and "http://host:port" passes as "http:/", an empty authority and the path
// "/host:port"), and the path cannot be empty (so "a:" and "a:?q" are not URIs).
const URI = new RegExp(
  '^[a-z][a-z0-9+\\-.]*:' +
    `(?:\\/?\\/${AUTHORITY}${PATH_ABEMPTY}|\\/(?:${PCHAR}+${PATH_ABEMPTY})?|${PCHAR}+${PATH_ABEMPTY})` +
    `(?:\\?${QUERY_OR_FRAGMENT})?(?:#${QUERY_OR_FRAGMENT})?$`,
  'i',
);
const IPV_FUTURE = new RegExp(`^v[0-9a-f]+\\.[${UNRESERVED_OR_SUB_DELIM}:]+$`, 'i');

// The `ipv4` format forbids leading zeros ("01" reads as octal in some parsers); inside a URI's
// IP-literal, ajv-formats allows them, up to three digits.
const DEC_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const DEC_OCTET_LEADING_ZEROS = /^\d{1,3}$/;
const H16 = /^[0-9a-f]{1,4}$/i;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-date, with real calendar limits: "2019-02-29" fails and "2020-02-29" passes. */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // A month outside 01-12 has no entry, so no day fits in it.
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= daysInMonth;
}

/** RFC 3339 full-time: the offset is required, and ":60" is allowed only at 23:59 UTC. */
export function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offsetHours = Number(match[5] ?? 0);
  const offsetMinutes = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  if (second < 60) return true;
  // Leap seconds are inserted at the end of a UTC day, so "23:59:60Z" and "00:59:60+01:00" are the
  // same instant and both valid. ajv-formats does this arithmetic without range-checking the hour
  // and minute, so it also accepts "24:59:00+01:00" and "46:59:60+23:00"; we do not.
  const offset = (match[4] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const utcMinuteOfDay = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
  return second < 61 && utcMinuteOfDay === 23 * 60 + 59;
}

/** RFC 3339 date-time: a full-date and a full-time separated by "T", "t" or whitespace. */
export function isDateTime(value: string): boolean {
  const parts = value.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && isDate(parts[0] ?? '') && isTime(parts[1] ?? '');
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
  return ipLiteral === undefined || IPV_FUTURE.test(ipLiteral) || isIpv6Address(ipLiteral, DEC_OCTET_LEADING_ZEROS);
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
  return octets.length === 4 && octets.every((octet) => decOctet.test(octet) && Number(octet) <= 255);
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
  return groups.every((group) => H16.test(group)) && (halves.length === 2 ? groups.length < 8 : groups.length === 8);
}

/** The checkers keyed by their OpenAPI / JSON Schema `format` name. */
export const formatCheckers: Readonly<Record<string, (value: string) => boolean>> = Object.freeze({
  'date-time': isDateTime,
  date: isDate,
  time: isTime,
  uuid: isUuid,
  email: isEmail,
  uri: isUri,
  ipv4: isIpv4,
  ipv6: isIpv6,
});
