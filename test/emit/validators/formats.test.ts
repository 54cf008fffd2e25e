import { formatAlias, formatChecker, useFormatChecker } from '../../../generator/emit/validators/formats.js';
import * as runtimeFormats from '../../../templates/runtime/core/formats.js';
import { scopeOf } from './ir-schemas.js';

describe('formatChecker: the core/formats.ts export that checks a string format', () => {
  const rows: { given: string; want: string | undefined }[] = [
    { given: 'date-time', want: 'isDateTime' },
    { given: 'date', want: 'isDate' },
    { given: 'time', want: 'isTime' },
    { given: 'uuid', want: 'isUuid' },
    { given: 'email', want: 'isEmail' },
    { given: 'uri', want: 'isUri' },
    { given: 'ipv4', want: 'isIpv4' },
    { given: 'ipv6', want: 'isIpv6' },
    { given: 'binary', want: undefined },
    { given: 'int64', want: undefined },
    { given: 'Email', want: undefined },
    { given: 'toString', want: undefined },
    { given: 'constructor', want: undefined },
    { given: '__proto__', want: undefined },
  ];
  for (const { given, want } of rows) {
    it(`${given}: ${want ?? 'not checked'}`, () => {
      expect(formatChecker(given)).toBe(want);
    });
  }

  it('names, for every format the runtime checks, the very function the runtime keys it by', () => {
    const exports = runtimeFormats as unknown as Record<string, unknown>;
    for (const [format, check] of Object.entries(runtimeFormats.formatCheckers)) {
      const name = formatChecker(format);
      expect([format, name !== undefined && exports[name] === check]).toEqual([format, true]);
    }
  });
});

describe('formatAlias: the local import name, which a schema named like a checker cannot take', () => {
  const rows: { given: string; want: string }[] = [
    { given: 'isEmail', want: 'formatEmail' },
    { given: 'isDateTime', want: 'formatDateTime' },
    { given: 'isIpv6', want: 'formatIpv6' },
  ];
  for (const { given, want } of rows) {
    it(`${given} is imported as ${want}`, () => expect(formatAlias(given)).toBe(want));
  }
});

describe('useFormatChecker', () => {
  it('returns the alias of a known format and records the checker as an import of the module', () => {
    const { scope, diagnostics } = scopeOf();
    expect(useFormatChecker(scope, 'uuid')).toBe('formatUuid');
    expect([...scope.usedFormats]).toEqual(['isUuid']);
    expect(diagnostics.items).toEqual([]);
  });

  it('treats a format named like an Object.prototype property as unknown (it used to crash the generator)', () => {
    const { scope, diagnostics } = scopeOf();
    expect(['toString', 'constructor', '__proto__'].map((f) => useFormatChecker(scope, f))).toEqual([undefined, undefined, undefined]);
    expect(diagnostics.items.map((d) => d.code)).toEqual(['format-unknown', 'format-unknown', 'format-unknown']);
  });

  it('does not check an unknown format, and says so once per module, naming the known formats', () => {
    const { scope, diagnostics } = scopeOf();
    expect(useFormatChecker(scope, 'hostname')).toBeUndefined();
    expect(useFormatChecker(scope, 'hostname')).toBeUndefined();
    expect(useFormatChecker(scope, 'byte')).toBeUndefined();
    expect(scope.usedFormats.size).toBe(0);
    expect(diagnostics.items.map((d) => [d.code, d.message])).toEqual([
      ['format-unknown', "The format 'hostname' is not checked (known formats: date-time, date, time, uuid, email, uri, ipv4, ipv6)."],
      ['format-unknown', "The format 'byte' is not checked (known formats: date-time, date, time, uuid, email, uri, ipv4, ipv6)."],
    ]);
    const next = scopeOf();
    useFormatChecker(next.scope, 'hostname');
    expect(next.diagnostics.items).toHaveLength(1);
  });

  it('neither checks nor warns about formats that are annotations: binary (raw bytes) and password (a UI hint)', () => {
    const { scope, diagnostics } = scopeOf();
    expect([useFormatChecker(scope, 'binary'), useFormatChecker(scope, 'password')]).toEqual([undefined, undefined]);
    expect(diagnostics.items).toEqual([]);
  });
});
