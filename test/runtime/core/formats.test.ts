import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import {
  formatCheckers,
  isDate,
  isDateTime,
  isEmail,
  isIpv4,
  isIpv6,
  isTime,
  isUri,
  isUuid,
} from '../../../templates/runtime/core/formats.js';

// ajv and ajv-formats are CommonJS. Under Node's ESM loader (and Jest's) a default import is
// `module.exports`; both packages also set `module.exports.default` to the same function, and that
// is the property TypeScript's NodeNext types describe, so `.default` works for both.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

type FormatName = 'date-time' | 'date' | 'time' | 'uuid' | 'email' | 'uri' | 'ipv4' | 'ipv6';
type Check = (value: string) => boolean;

const checks: Record<FormatName, Check> = {
  'date-time': isDateTime,
  date: isDate,
  time: isTime,
  uuid: isUuid,
  email: isEmail,
  uri: isUri,
  ipv4: isIpv4,
  ipv6: isIpv6,
};
const formatNames = Object.keys(checks) as FormatName[];

const ajv = new Ajv({ strict: true });
addFormats(ajv, { mode: 'full' });
const ajvChecks = Object.fromEntries(
  formatNames.map((format) => {
    const validate = ajv.compile({ type: 'string', format });
    return [format, (value: string): boolean => validate(value)];
  }),
) as Record<FormatName, Check>;

/**
 * The first of two places we knowingly differ from ajv-formats: its leap-second arithmetic never
 * range-checks the clock, so it accepts a `time` (or `date-time`) whose hour is past 23 or minute
 * past 59 whenever the offset moves it onto 23:59 UTC, e.g. "24:59:00+01:00". We reject those.
 */
function hasOutOfRangeClock(format: FormatName, value: string): boolean {
  const time = format === 'date-time' ? value.split(/[t\s]/i)[1] : format === 'time' ? value : undefined;
  const clock = /^(\d\d):(\d\d):/.exec(time ?? '');
  return clock !== null && (Number(clock[1]) > 23 || Number(clock[2]) > 59);
}

/**
 * The second: ajv-formats reads the seconds and their fraction with Number(), which rounds a long
 * enough run of nines up to the next second ("59.99999999999999999" is 60), so it rejects
 * "12:00:59.99999999999999999Z" as a leap second away from 23:59 UTC. In RFC 3339 the seconds are
 * two digits and the fraction a rule of its own (time-secfrac), so a fraction never changes
 * whether a time is valid. ajv-formats gets that right when the fraction is removed.
 */
function withoutFraction(format: FormatName, value: string): string {
  // Only a fraction followed by the offset, so that "12:00:00.5.5Z" does not become valid.
  if (format === 'time') return value.replace(/^(\d\d:\d\d:\d\d)\.\d+(?=[z+-])/i, '$1');
  if (format === 'date-time') return value.replace(/^([^t\s]*[t\s]\d\d:\d\d:\d\d)\.\d+(?=[z+-])/i, '$1');
  return value;
}

/** What we expect for `value`: ajv-formats' full-mode verdict, corrected for the two cases above. */
function expectedVerdict(format: FormatName, value: string): boolean {
  return ajvChecks[format](withoutFraction(format, value)) && !hasOutOfRangeClock(format, value);
}

interface Case {
  given: string;
  want: boolean;
  why: string;
}

// Between 32 and 64 doubles are 2^-47 apart, so Number() rounds "59.<fraction>" up to 60 (and
// "60.<fraction>" up to 61) from the fraction 1 - 2^-48 on, the halfway point, whose 48 decimal
// digits are those of 10^48 - 5^48. ajv-formats compares what Number() gives; we do not, as RFC
// 3339 never lets the fraction carry into the seconds (see withoutFraction).
const halfwayBelowNextSecond = String(10n ** 48n - 5n ** 48n);
const justBelowHalfway = halfwayBelowNextSecond.slice(0, -1) + '4' + '9'.repeat(20);

const cases: Record<FormatName, Case[]> = {
  date: [
    { given: '2019-10-12', want: true, why: 'an ordinary date' },
    { given: '2020-02-29', want: true, why: '2020 is divisible by 4, so a leap year' },
    { given: '2019-02-29', want: false, why: '2019 is not a leap year' },
    { given: '2019-02-28', want: true, why: 'the last day of February in a common year' },
    { given: '2000-02-29', want: true, why: '2000 is divisible by 400, so a leap year' },
    { given: '1900-02-29', want: false, why: '1900 is divisible by 100 but not 400' },
    { given: '2004-02-29', want: true, why: '2004 is divisible by 4 but not 100, so a leap year' },
    { given: '2100-02-29', want: false, why: '2100 is divisible by 100 but not 400' },
    { given: '9999-12-31', want: true, why: 'the largest date' },
    { given: '0000-02-29', want: true, why: 'year 0 is a leap year in the proleptic Gregorian calendar' },
    { given: '2019-02-30', want: false, why: 'February never has 30 days' },
    { given: '2019-04-30', want: true, why: 'April has 30 days' },
    { given: '2019-04-31', want: false, why: 'April has only 30 days' },
    { given: '2019-12-31', want: true, why: 'December has 31 days' },
    { given: '2019-01-32', want: false, why: 'no month has 32 days' },
    { given: '2019-01-00', want: false, why: 'days start at 01' },
    { given: '2019-00-10', want: false, why: 'months start at 01' },
    { given: '2019-13-01', want: false, why: 'there are 12 months' },
    { given: '2019-1-01', want: false, why: 'the month needs two digits' },
    { given: '19-01-01', want: false, why: 'the year needs four digits' },
    { given: '+2019-01-01', want: false, why: 'expanded years are not RFC 3339' },
    { given: '2019/01/01', want: false, why: 'the separator is a hyphen' },
    { given: '20190101', want: false, why: 'the basic ISO 8601 format is not RFC 3339' },
    { given: '２０１９-01-01', want: false, why: 'only ASCII digits count' },
    { given: '2019-01-01T00:00:00Z', want: false, why: 'a date-time is not a date' },
    { given: '2019-01-01\n', want: false, why: 'trailing newline' },
    { given: '', want: false, why: 'empty' },
  ],
  time: [
    { given: '00:00:00Z', want: true, why: 'midnight UTC' },
    { given: '07:20:50.52Z', want: true, why: 'fractional seconds' },
    { given: '12:00:00z', want: true, why: 'a lowercase "z" is accepted' },
    { given: '12:00:00+05:30', want: true, why: 'a positive offset' },
    { given: '12:00:00-08:00', want: true, why: 'a negative offset' },
    { given: '12:00:00+0530', want: true, why: 'ajv-formats accepts an offset without the colon' },
    { given: '12:00:00+05', want: true, why: 'ajv-formats accepts an hours-only offset' },
    { given: '12:00:00', want: false, why: 'the offset is required' },
    { given: '12:00:00+24:00', want: false, why: 'offset hours stop at 23' },
    { given: '12:00:00+05:60', want: false, why: 'offset minutes stop at 59' },
    { given: '12:00:00+5:30', want: false, why: 'offset hours need two digits' },
    { given: '12:00:00+05-30', want: false, why: 'offset hours and minutes are separated by a colon or nothing' },
    { given: '12:00:00+05030', want: false, why: 'five offset digits' },
    { given: '24:00:00Z', want: false, why: 'hours stop at 23' },
    { given: '12:60:00Z', want: false, why: 'minutes stop at 59' },
    { given: '23:59:60Z', want: true, why: 'a leap second at 23:59 UTC' },
    { given: '23:59:60.999Z', want: true, why: 'a fraction of a leap second' },
    { given: '00:59:60+01:00', want: true, why: 'a leap second at 23:59 UTC, written an hour ahead' },
    { given: '18:29:60-05:30', want: true, why: 'a leap second at 23:59 UTC, written 5:30 behind' },
    { given: '00:00:60+00:01', want: true, why: 'a leap second at 23:59 UTC the previous day' },
    { given: '12:00:60Z', want: false, why: 'a leap second away from 23:59 UTC' },
    { given: '23:59:60+01:00', want: false, why: 'a leap second at 22:59 UTC' },
    { given: '23:59:61Z', want: false, why: 'seconds stop at 60' },
    { given: '12:00:59.99999999999999Z', want: true, why: 'Number() reads these seconds as just under 60' },
    { given: '12:00:59.99999999999999999Z', want: true, why: 'the fraction never carries into the seconds (Number() makes 60)' },
    { given: `12:00:59.${halfwayBelowNextSecond}Z`, want: true, why: 'halfway to 60 is still second 59' },
    { given: `12:00:59.${justBelowHalfway}Z`, want: true, why: 'just under halfway to 60' },
    { given: '23:59:59.99999999999999999Z', want: true, why: 'second 59, however long the fraction' },
    { given: `23:59:60.${justBelowHalfway}Z`, want: true, why: 'a fraction of a leap second, just under halfway to 61' },
    { given: `23:59:60.${halfwayBelowNextSecond}Z`, want: true, why: 'a fraction of a leap second (Number() makes 61)' },
    { given: '23:59:60.99999999999999999Z', want: true, why: 'a fraction of a leap second (Number() makes 61)' },
    { given: '12:00:60.99999999999999999Z', want: false, why: 'a leap second away from 23:59 UTC, fraction or not' },
    { given: '12:00:59.0000000000000000000000000000000000000000000000000001Z', want: true, why: 'any number of digits' },
    { given: '1:00:00Z', want: false, why: 'hours need two digits' },
    { given: '12:00Z', want: false, why: 'seconds are required' },
    { given: '12:00:00.Z', want: false, why: 'a decimal point needs digits after it' },
    { given: '12:00:00,5Z', want: false, why: 'the decimal separator is a point' },
    { given: ' 12:00:00Z', want: false, why: 'leading space' },
    { given: '', want: false, why: 'empty' },
  ],
  'date-time': [
    { given: '2019-10-12T07:20:50.52Z', want: true, why: 'the RFC 3339 example' },
    { given: '2019-10-12t07:20:50z', want: true, why: 'lowercase "t" and "z" are accepted' },
    { given: '2019-10-12 07:20:50Z', want: true, why: 'a space separator, as RFC 3339 section 5.6 permits' },
    { given: '2019-10-12\t07:20:50Z', want: true, why: 'ajv-formats accepts any whitespace separator' },
    { given: '2019-10-12T07:20:50+01:00', want: true, why: 'an offset' },
    { given: '2020-02-29T00:00:00Z', want: true, why: 'a leap day' },
    { given: '2019-02-29T00:00:00Z', want: false, why: 'no leap day in 2019' },
    { given: '2019-02-30T00:00:00Z', want: false, why: 'February never has 30 days' },
    { given: '1900-02-29T00:00:00Z', want: false, why: '1900 is not a leap year' },
    { given: '2000-02-29T00:00:00Z', want: true, why: '2000 is a leap year' },
    { given: '2004-02-29T00:00:00Z', want: true, why: '2004 is a leap year' },
    { given: '0000-01-01T00:00:00Z', want: true, why: 'every field at its minimum' },
    { given: '9999-12-31T23:59:59.999999999Z', want: true, why: 'every field at its maximum, leap second aside' },
    { given: '2019-00-12T00:00:00Z', want: false, why: 'months start at 01' },
    { given: '2019-01-00T00:00:00Z', want: false, why: 'days start at 01' },
    { given: '2019-01-32T00:00:00Z', want: false, why: 'no month has 32 days' },
    { given: '2019-10-12T23:59:59+23:59', want: true, why: 'the largest positive offset' },
    { given: '2019-10-12T00:00:00-23:59', want: true, why: 'the largest negative offset' },
    { given: '2019-10-12T07:20:50+24:00', want: false, why: 'offset hours stop at 23' },
    { given: '2019-10-12T07:20:50+23:60', want: false, why: 'offset minutes stop at 59' },
    { given: '2019-10-12T07:20:50+0530', want: true, why: 'an offset without the colon' },
    { given: '2019-10-12T07:20:50-05', want: true, why: 'an hours-only offset' },
    { given: '2019-10-12T07:20:50+05:', want: false, why: 'a colon with no offset minutes' },
    { given: '2019-10-12T07:20:50+05:3', want: false, why: 'one offset-minute digit' },
    { given: '2019-10-12T07:20:50+053', want: false, why: 'three offset digits' },
    { given: '2019-10-12T07:20:50+05:30Z', want: false, why: 'an offset and a "Z"' },
    { given: '2019-10-12T07:20:50Zz', want: false, why: 'two "Z"s' },
    { given: '2019-10-12T07:20:50.Z', want: false, why: 'a decimal point needs digits after it' },
    { given: '2019-10-12T07:60:00Z', want: false, why: 'minutes stop at 59' },
    { given: '2019-10-12T07:20:60Z', want: false, why: 'a leap second away from 23:59 UTC' },
    { given: '2016-12-31T18:59:60-05:00', want: true, why: 'a leap second at 23:59 UTC, written 5 hours behind' },
    { given: '2017-01-01T00:59:60+01:00', want: true, why: 'a leap second at 23:59 UTC, written an hour ahead' },
    { given: '2016-12-31T23:59:60-00:01', want: false, why: 'a leap second at 00:00 UTC' },
    { given: '2016-12-31T23:59:61Z', want: false, why: 'seconds stop at 60' },
    { given: '2019-10-12T12:00:59.99999999999999999Z', want: true, why: 'the fraction never carries into the seconds' },
    { given: '2016-12-31T23:59:60.99999999999999999Z', want: true, why: 'a fraction of a leap second, however long' },
    { given: '2019-10-12\u300007:20:50Z', want: true, why: 'an ideographic space is whitespace to JavaScript' },
    { given: '2019-10-12\u180e07:20:50Z', want: false, why: 'the Mongolian vowel separator is no longer whitespace' },
    { given: '2019-10-12x07:20:50Z', want: false, why: 'a letter other than "T"' },
    { given: '2019-13-01T00:00:00Z', want: false, why: 'there are 12 months' },
    { given: '2016-12-31T23:59:60Z', want: true, why: 'a leap second at 23:59 UTC' },
    { given: '2016-12-31T23:59:60+01:00', want: false, why: 'a leap second at 22:59 UTC' },
    { given: '2019-10-12T24:00:00Z', want: false, why: 'hours stop at 23' },
    { given: '2019-10-12T07:20:50', want: false, why: 'the offset is required' },
    { given: '2019-10-12TT07:20:50Z', want: false, why: 'two separators' },
    { given: '2019-10-12T07:20:50ZT', want: false, why: 'a stray separator' },
    { given: '2019-10-12T', want: false, why: 'no time' },
    { given: '2019-10-12', want: false, why: 'a date is not a date-time' },
    { given: '2019-10-12T07:20:50Z ', want: false, why: 'trailing space' },
    { given: '', want: false, why: 'empty' },
  ],
  uuid: [
    { given: '123e4567-e89b-12d3-a456-426614174000', want: true, why: 'lowercase' },
    { given: '123E4567-E89B-12D3-A456-426614174000', want: true, why: 'uppercase' },
    { given: '00000000-0000-0000-0000-000000000000', want: true, why: 'the nil UUID' },
    { given: 'urn:uuid:123e4567-e89b-12d3-a456-426614174000', want: true, why: 'the RFC 4122 URN form' },
    { given: 'URN:UUID:123e4567-e89b-12d3-a456-426614174000', want: true, why: 'the URN prefix in any case' },
    { given: '123e4567e89b12d3a456426614174000', want: false, why: 'no hyphens' },
    { given: '{123e4567-e89b-12d3-a456-426614174000}', want: false, why: 'braces' },
    { given: '123e4567-e89b-12d3-a456-42661417400', want: false, why: 'a short last group' },
    { given: '123e4567-e89b-12d3-a4567-26614174000', want: false, why: 'a hyphen out of place' },
    { given: 'g23e4567-e89b-12d3-a456-426614174000', want: false, why: 'a non-hex digit' },
    { given: 'uuid:123e4567-e89b-12d3-a456-426614174000', want: false, why: 'a partial URN prefix' },
    { given: 'urn:uuid:', want: false, why: 'a prefix alone' },
    { given: '', want: false, why: 'empty' },
  ],
  email: [
    { given: 'user@example.com', want: true, why: 'an ordinary address' },
    { given: 'first.last+tag@sub.example.co.uk', want: true, why: 'dots, plus and subdomains' },
    { given: "!#$%&'*+/=?^_`{|}~-@example.com", want: true, why: 'every atext symbol' },
    { given: 'USER@EXAMPLE.COM', want: true, why: 'uppercase' },
    { given: '1@2.3', want: true, why: 'all-digit labels' },
    { given: 'user@localhost', want: false, why: 'the domain needs a dot' },
    { given: '.user@example.com', want: false, why: 'a leading dot in the local part' },
    { given: 'user.@example.com', want: false, why: 'a trailing dot in the local part' },
    { given: 'us..er@example.com', want: false, why: 'two dots in a row' },
    { given: '"quoted"@example.com', want: false, why: 'quoted local parts are not accepted' },
    { given: 'user@-example.com', want: false, why: 'a label cannot start with a hyphen' },
    { given: 'user@example-.com', want: false, why: 'a label cannot end with a hyphen' },
    { given: 'user@example.com.', want: false, why: 'a trailing dot in the domain' },
    { given: 'user@exa_mple.com', want: false, why: 'an underscore in the domain' },
    { given: 'user@[127.0.0.1]', want: false, why: 'address literals are not accepted' },
    { given: 'us er@example.com', want: false, why: 'a space' },
    { given: 'üser@example.com', want: false, why: 'internationalised addresses are not accepted' },
    { given: 'user@@example.com', want: false, why: 'two at signs' },
    { given: '@example.com', want: false, why: 'no local part' },
    { given: 'user@', want: false, why: 'no domain' },
    { given: '', want: false, why: 'empty' },
  ],
  uri: [
    { given: 'https://example.com', want: true, why: 'a plain URL' },
    { given: 'https://user:pass@example.com:8080/a/b?c=d&e#f', want: true, why: 'every component' },
    { given: 'HTTP://EXAMPLE.COM/', want: true, why: 'uppercase' },
    { given: 'urn:isbn:0451450523', want: true, why: 'a URN' },
    { given: 'mailto:user@example.com', want: true, why: 'a rootless path' },
    { given: 'file:///etc/hosts', want: true, why: 'an empty authority' },
    { given: 'http://example.com:/', want: true, why: 'an empty port' },
    { given: 'http://example.com/%41', want: true, why: 'a percent-encoded octet' },
    { given: 'http://[::1]:80/', want: true, why: 'an IPv6 literal' },
    { given: 'http://[::1]:/', want: true, why: 'an IPv6 literal and an empty port' },
    { given: 'http://[::ffff:192.0.2.1]/', want: true, why: 'an IPv6 literal ending in IPv4' },
    { given: 'http://[::ffff:192.000.002.001]/', want: true, why: 'leading zeros are accepted in an IP literal' },
    { given: 'http://[v1.fe:80]/', want: true, why: 'an IPvFuture literal' },
    { given: 'a:/[::1]', want: true, why: 'ajv-formats takes a single "/" as the start of an authority' },
    { given: 'a:', want: false, why: 'ajv-formats rejects an empty path, though RFC 3986 allows it' },
    { given: 'a:?q', want: false, why: 'ajv-formats rejects an empty path before a query' },
    { given: 'http://[::1', want: false, why: 'an unclosed IP literal' },
    { given: 'http://[::g]/', want: false, why: 'a non-hex digit in an IPv6 literal' },
    { given: 'http://[1:2:3:4:5:6:7:8:9]/', want: false, why: 'nine groups' },
    { given: 'http://[fe80::1%25eth0]/', want: false, why: 'RFC 6874 zone identifiers are not accepted' },
    { given: 'http://[]/', want: false, why: 'an empty IP literal' },
    // ajv-formats reads "http:/" + an empty authority + the path "/example.com:port", and ":" is
    // allowed in a path.
    { given: 'http://example.com:port', want: true, why: 'a non-numeric port, via the single-"/" reading' },
    { given: '//example.com/path', want: false, why: 'a relative reference has no scheme' },
    { given: '/path', want: false, why: 'a path alone' },
    { given: 'example.com', want: false, why: 'a host alone' },
    { given: '1http://example.com', want: false, why: 'a scheme starts with a letter' },
    { given: 'http://exa mple.com', want: false, why: 'a space' },
    { given: 'http://example.com/%zz', want: false, why: 'a bad percent-encoding' },
    { given: 'http://example.com/ä', want: false, why: 'IRIs are not URIs' },
    { given: 'http://example.com/a"b', want: false, why: 'a double quote' },
    { given: 'http://example.com#a#b', want: false, why: 'a "#" inside the fragment' },
    { given: '', want: false, why: 'empty' },
  ],
  ipv4: [
    { given: '192.168.0.1', want: true, why: 'a private address' },
    { given: '0.0.0.0', want: true, why: 'all zeros' },
    { given: '255.255.255.255', want: true, why: 'the broadcast address' },
    { given: '256.0.0.1', want: false, why: 'an octet above 255' },
    { given: '01.2.3.4', want: false, why: 'a leading zero' },
    { given: '00.0.0.0', want: false, why: 'a doubled zero' },
    { given: '1.2.3', want: false, why: 'three octets' },
    { given: '1.2.3.4.5', want: false, why: 'five octets' },
    { given: '1.2.3.', want: false, why: 'an empty octet' },
    { given: '1..2.3', want: false, why: 'an empty octet in the middle' },
    { given: '0x1.2.3.4', want: false, why: 'hex' },
    { given: '1.2.3.-4', want: false, why: 'a sign' },
    { given: '1.2.3.4/24', want: false, why: 'a prefix length' },
    { given: '１.2.3.4', want: false, why: 'only ASCII digits count' },
    { given: ' 1.2.3.4', want: false, why: 'leading space' },
    { given: '1.2.3.4\n', want: false, why: 'trailing newline' },
    { given: '', want: false, why: 'empty' },
  ],
  ipv6: [
    { given: '::', want: true, why: 'the unspecified address' },
    { given: '::1', want: true, why: 'loopback' },
    { given: '1:2:3:4:5:6:7:8', want: true, why: 'eight groups' },
    { given: 'FE80::0202:B3FF:FE1E:8329', want: true, why: 'uppercase' },
    { given: '2001:db8::', want: true, why: 'trailing "::"' },
    { given: '1:2:3:4:5:6:7::', want: true, why: '"::" standing for a single group' },
    { given: '::2:3:4:5:6:7:8', want: true, why: 'leading "::" standing for a single group' },
    { given: '::ffff:192.0.2.1', want: true, why: 'an IPv4-mapped address' },
    { given: '1:2:3:4:5:6:1.2.3.4', want: true, why: 'six groups and IPv4' },
    { given: '1::1.2.3.4', want: true, why: '"::" before IPv4' },
    { given: '1:2:3:4:5:6:7:8:9', want: false, why: 'nine groups' },
    { given: '1:2:3:4:5:6:7', want: false, why: 'seven groups without "::"' },
    { given: '1:2:3:4:5:6:7:8::', want: false, why: '"::" standing for no group' },
    { given: '1:2:3:4:5:6::1.2.3.4', want: false, why: 'eight groups with IPv4, plus "::"' },
    { given: '1::2::3', want: false, why: 'two "::"' },
    { given: ':::', want: false, why: 'three colons' },
    { given: ':1:2:3:4:5:6:7', want: false, why: 'a single leading colon' },
    { given: '1:2:3:4:5:6:7:', want: false, why: 'a single trailing colon' },
    { given: '12345::', want: false, why: 'a five-digit group' },
    { given: 'g::', want: false, why: 'a non-hex digit' },
    { given: '::1.2.3.04', want: false, why: 'a leading zero in the IPv4 part' },
    { given: '::256.0.0.1', want: false, why: 'an IPv4 octet above 255' },
    { given: '::1.2.3', want: false, why: 'a short IPv4 part' },
    { given: '1.2.3.4', want: false, why: 'IPv4 alone' },
    { given: '1.2.3.4::', want: false, why: 'IPv4 before "::"' },
    { given: '::1.2.3.4:5', want: false, why: 'a group after IPv4' },
    { given: 'fe80::1%eth0', want: false, why: 'zone identifiers are not accepted' },
    { given: '[::1]', want: false, why: 'brackets' },
    { given: '', want: false, why: 'empty' },
  ],
};

/** Inputs ajv-formats gets wrong; see hasOutOfRangeClock. Each is pinned: ajv accepts, we reject. */
const ajvMistakes: Array<{ format: FormatName; given: string }> = [
  { format: 'time', given: '24:59:00+01:00' },
  { format: 'time', given: '46:59:60+23:00' },
  { format: 'time', given: '23:60:60+00:01' },
  { format: 'time', given: '24:00:60+00:01' },
  { format: 'date-time', given: '2019-10-12T24:59:59+01:00' },
];

/** Inputs ajv-formats gets wrong; see withoutFraction. Each is pinned: ajv rejects, we accept. */
const ajvFractionMistakes: Array<{ format: FormatName; given: string }> = [
  { format: 'time', given: '12:00:59.99999999999999999Z' },
  { format: 'time', given: `12:00:59.${halfwayBelowNextSecond}Z` },
  { format: 'time', given: '23:59:60.99999999999999999Z' },
  { format: 'time', given: '00:59:60.99999999999999999+01:00' },
  { format: 'date-time', given: '2019-10-12T12:00:59.99999999999999999Z' },
  { format: 'date-time', given: '2016-12-31T23:59:60.99999999999999999Z' },
];

describe('formatCheckers', () => {
  it('maps each supported format name to its checker, and nothing else', () => {
    expect(formatCheckers).toEqual(checks);
    expect(Object.keys(formatCheckers).sort()).toEqual([...formatNames].sort());
  });

  it('cannot be modified at runtime', () => {
    expect(Object.isFrozen(formatCheckers)).toBe(true);
  });
});

describe.each(formatNames)('%s', (format) => {
  const check = checks[format];

  // JSON.stringify keeps whitespace visible in the test names.
  const table = cases[format].map(({ given, want, why }) => [JSON.stringify(given), given, want, why] as const);

  it.each(table)('%s → %s (%s)', (_shown, given, want) => {
    expect(check(given)).toBe(want);
  });

  it.each(table)('agrees with ajv-formats on %s', (_shown, given) => {
    expect(check(given)).toBe(expectedVerdict(format, given));
  });

  it('agrees with ajv-formats on the other formats’ examples', () => {
    const others = formatNames.flatMap((other) => cases[other].map(({ given }) => given));
    expect(others.filter((given) => check(given) !== expectedVerdict(format, given))).toEqual([]);
  });
});

// date, time and date-time are read by hand-written scanners, which can go wrong at any index;
// these walk each index of some valid strings.
describe('date, time and date-time, position by position', () => {
  const examples: Array<{ format: 'date' | 'time' | 'date-time'; given: string; validPrefixes: string[] }> = [
    { format: 'date', given: '2019-10-12', validPrefixes: [] },
    { format: 'time', given: '07:20:50.52+05:30', validPrefixes: ['07:20:50.52+05'] },
    { format: 'time', given: '23:59:60z', validPrefixes: [] },
    { format: 'date-time', given: '2019-10-12T07:20:50.52Z', validPrefixes: [] },
    { format: 'date-time', given: '2016-12-31T23:59:60Z', validPrefixes: [] },
    { format: 'date-time', given: '2020-02-29t18:29:59-0530', validPrefixes: ['2020-02-29t18:29:59-05'] },
  ];
  // The code units either side of "0"-"9", a letter, a space, an Arabic-Indic three, a fullwidth zero.
  const nonDigits = ['/', ':', 'a', ' ', '\u0663', '\uff10'];

  describe.each(examples)('$format $given', ({ format, given, validPrefixes }) => {
    const check = checks[format];
    const prefixes = Array.from({ length: given.length }, (_, end) => given.slice(0, end));
    const withNonDigits = [...given].flatMap((char, i) =>
      /\d/.test(char) ? nonDigits.map((nonDigit) => given.slice(0, i) + nonDigit + given.slice(i + 1)) : [],
    );

    it('is valid', () => {
      expect(check(given)).toBe(true);
    });

    it('is invalid cut short anywhere, except right after an hours-only offset', () => {
      expect(prefixes.filter(check)).toEqual(validPrefixes);
    });

    it('is invalid with a non-digit in place of any digit', () => {
      expect(withNonDigits.filter(check)).toEqual([]);
    });

    it('agrees with ajv-formats on each shortened and each non-digit variant', () => {
      const variants = [...prefixes, ...withNonDigits];
      expect(variants.filter((value) => check(value) !== expectedVerdict(format, value))).toEqual([]);
    });
  });

  it('takes as the date-time separator exactly the characters ajv-formats splits on', () => {
    const disagreements: string[] = [];
    let separators = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const value = `2019-10-12${String.fromCharCode(code)}07:20:50Z`;
      const verdict = isDateTime(value);
      if (verdict) separators++;
      if (verdict !== expectedVerdict('date-time', value)) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
    // "T", "t", and the 25 code units of JavaScript's \s.
    expect(separators).toBe(27);
  });
});

describe('where ajv-formats is wrong', () => {
  it.each(ajvMistakes)('rejects the $format $given, which ajv-formats accepts', ({ format, given }) => {
    expect(ajvChecks[format](given)).toBe(true);
    expect(checks[format](given)).toBe(false);
  });

  it.each(ajvFractionMistakes)('accepts the $format $given, which ajv-formats rejects', ({ format, given }) => {
    expect(ajvChecks[format](given)).toBe(false);
    expect(checks[format](given)).toBe(true);
  });
});

describe('on near-misses', () => {
  // Each of these fails only at its last character, which is what makes a regex with nested,
  // overlapping quantifiers backtrack exponentially (e.g. "(?:\.?atom)*" for an email local part).
  // The short ones come first: they take seconds, not forever, with such a regex, so the test fails
  // on them before reaching the long ones (which would hang it).
  const nearMisses = [
    'a'.repeat(27) + '!',
    'a'.repeat(27) + '@a.b!',
    'a:' + 'a'.repeat(27) + ' ',
    '1:'.repeat(27),
    'a'.repeat(10_000) + '@' + 'a'.repeat(10_000) + '!',
    'a@' + 'a-'.repeat(5_000) + '!',
    'a.'.repeat(5_000) + '@a.b!',
    'http://' + 'a/'.repeat(5_000) + ' ',
    'a:' + '%41'.repeat(5_000) + '%',
    'http://[' + '1:'.repeat(5_000) + ']',
    '1:'.repeat(5_000),
    '1.'.repeat(5_000),
    '0'.repeat(10_000),
  ];

  it.each(formatNames)('%s answers each in milliseconds, not exponential time', (format) => {
    const slow = nearMisses.find((value) => {
      const started = performance.now();
      checks[format](value);
      return performance.now() - started > 100;
    });
    expect(slow).toBeUndefined();
  });
});

// ----- Differential tests: generated strings, valid and near-valid, judged by both. -----

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Applies up to three random edits (insert, delete, replace) drawn from `alphabet`. */
function mutated(base: fc.Arbitrary<string>, alphabet: string): fc.Arbitrary<string> {
  const chars = [...alphabet];
  const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), fc.constantFrom(...chars));
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([start, edits]) =>
    edits.reduce((value, [kind, at, char]) => {
      const i = value.length === 0 ? 0 : at % (value.length + (kind === 'insert' ? 1 : 0));
      if (kind === 'insert') return value.slice(0, i) + char + value.slice(i);
      if (kind === 'delete') return value.slice(0, i) + value.slice(i + 1);
      return value.slice(0, i) + char + value.slice(i + 1);
    }, start),
  );
}

/** Random strings over `alphabet`, for inputs that look nothing like the format. */
const noise = (alphabet: string): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });

// Biased towards the boundaries: 0, the last valid value, and one past it.
const biasedInt = (max: number, edges: number[]): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(...edges));

const dateArb = fc
  .tuple(
    biasedInt(9999, [0, 1900, 2000, 2019, 2020, 2100, 2400]),
    biasedInt(13, [0, 1, 2, 12, 13]),
    biasedInt(32, [0, 1, 28, 29, 30, 31, 32]),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

const offsetArb = fc.oneof(
  fc.constantFrom('Z', 'z', ''),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      biasedInt(25, [0, 1, 23, 24]),
      biasedInt(61, [0, 1, 30, 59, 60]),
      fc.constantFrom(':', '', 'none'),
    )
    .map(([sign, h, m, sep]) => `${sign}${pad(h, 2)}${sep === 'none' ? '' : sep + pad(m, 2)}`),
);

const timeArb = fc
  .tuple(
    biasedInt(47, [0, 1, 22, 23, 24]),
    biasedInt(61, [0, 58, 59, 60]),
    biasedInt(61, [0, 59, 60, 61]),
    fc.constantFrom('', '.5', '.999999', '.99999999999999999', '.'),
    offsetArb,
  )
  .map(([h, m, s, fraction, offset]) => `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction}${offset}`);

const dateTimeArb = fc
  .tuple(dateArb, fc.constantFrom('T', 't', ' ', '\t', '\u3000', '', 'TT', 'x'), timeArb)
  .map(([date, separator, time]) => date + separator + time);

const hexGroup = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFg'), minLength: 0, maxLength: 5 });

const ipv4Arb = fc
  .array(fc.oneof(fc.nat(300).map(String), fc.constantFrom('00', '01', '001', '255', '256', '')), {
    minLength: 3,
    maxLength: 5,
  })
  .map((octets) => octets.join('.'));

const ipv6Arb = fc
  .tuple(
    fc.array(hexGroup, { maxLength: 9 }),
    fc.array(fc.nat(9), { maxLength: 2 }),
    fc.option(fc.oneof(ipv4Arb, fc.ipV4())),
  )
  .map(([groups, compressAt, ipv4]) => {
    const parts = [...groups];
    // Splicing in an empty group turns one ":" into "::".
    for (const at of compressAt) parts.splice(Math.min(at, parts.length), 0, '');
    if (ipv4 !== null) parts.push(ipv4);
    return parts.join(':');
  });

const uuidArb = fc
  .tuple(
    fc.constantFrom('', 'urn:uuid:', 'URN:uuid:', 'uuid:'),
    fc.array(hexGroup, { minLength: 5, maxLength: 5 }),
    fc.uuid(),
  )
  .chain(([prefix, groups, uuid]) => fc.constantFrom(prefix + uuid, prefix + groups.join('-')));

const emailArb = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(
      fc.array(fc.string({ unit: fc.constantFrom(...'az09!#+"_-é '), maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      fc.array(fc.string({ unit: fc.constantFrom(...'az09-_'), maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([local, domain]) => `${local.join('.')}@${domain.join('.')}`),
);

const uriChar = fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@/?#%[]" é'.split(''), '%41', '%g0');
const uriPart = fc.string({ unit: uriChar, maxLength: 6 });
const uriArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('http', 'a', 'urn', 'x+y-z.w', '1a', ''),
      fc.constantFrom('//', '/', '', '///'),
      fc.option(uriPart.map((userinfo) => `${userinfo}@`)),
      fc.oneof(
        uriPart,
        fc.oneof(ipv6Arb, fc.ipV6(), fc.constantFrom('v1.x', 'v.x', 'vg.x', 'v1.', '')).map((ip) => `[${ip}]`),
      ),
      fc.option(fc.oneof(fc.nat(70000).map(String), fc.constant('x')).map((port) => `:${port}`)),
      fc.array(
        uriPart.map((segment) => `/${segment}`),
        { maxLength: 3 },
      ),
      fc.option(uriPart.map((query) => `?${query}`)),
      fc.option(uriPart.map((fragment) => `#${fragment}`)),
    )
    .map(
      ([scheme, slashes, userinfo, host, port, path, query, fragment]) =>
        `${scheme}:${slashes}${userinfo ?? ''}${host}${port ?? ''}${path.join('')}${query ?? ''}${fragment ?? ''}`,
    ),
);

const generators: Record<FormatName, { valid: fc.Arbitrary<string>; alphabet: string }> = {
  date: { valid: dateArb, alphabet: '0129-T:/ \n' },
  time: { valid: timeArb, alphabet: '0123569:.+-zZT ' },
  'date-time': { valid: dateTimeArb, alphabet: '0129-:.+TtZz \t' },
  uuid: { valid: uuidArb, alphabet: '09afAFg-:{} ' },
  email: { valid: emailArb, alphabet: 'aZ09.-_@+"[] é' },
  uri: { valid: uriArb, alphabet: 'aZ09-._~:/?#[]@!$&\'()*+,;=%" é\\' },
  ipv4: { valid: fc.oneof(fc.ipV4(), ipv4Arb), alphabet: '0123456789.:x -' },
  ipv6: { valid: fc.oneof(fc.ipV6(), ipv6Arb), alphabet: '0129afAFg:.%[] ' },
};

describe.each(formatNames)('%s, differentially against ajv-formats', (format) => {
  const check = checks[format];
  const { valid, alphabet } = generators[format];

  it.each([
    ['generated', valid],
    ['mutated', mutated(valid, alphabet)],
    ['random', noise(alphabet)],
  ] as const)('gives the same verdict on %s strings', (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        expect({ value, verdict: check(value) }).toEqual({ value, verdict: expectedVerdict(format, value) });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts some and rejects some generated strings, so the comparison means something', () => {
    const sample = fc.sample(fc.oneof(valid, mutated(valid, alphabet)), { numRuns: 300, seed: 1 });
    const accepted = sample.filter(check).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(sample.length);
  });
});
