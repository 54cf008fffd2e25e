import { enumTest, isRequired, knownKeyTest, notAnObject, numberFailures, patternIsChecked, readProperty, stringFailures } from '../../../generator/emit/validators/conditions.js';
import { javascriptOf, typescriptOf } from '../../../generator/emit/validators/markers.js';
import type { NumberSchema, StringSchema } from '../../../generator/model/ir.js';
import { compile, integer, number, object, optional, scopeOf, string, unknown } from './ir-schemas.js';

describe('notAnObject', () => {
  it('rules out null and arrays as well as non-objects', () => {
    expect(notAnObject('v0')).toBe("typeof v0 !== 'object' || v0 === null || Array.isArray(v0)");
  });
});

describe('isRequired: readOnly properties are optional in the request direction only', () => {
  const rows: { given: { required: boolean; readOnly?: boolean; request: boolean }; want: boolean }[] = [
    { given: { required: true, request: false }, want: true },
    { given: { required: true, request: true }, want: true },
    { given: { required: true, readOnly: true, request: false }, want: true },
    { given: { required: true, readOnly: true, request: true }, want: false },
    { given: { required: false, request: false }, want: false },
    { given: { required: false, readOnly: true, request: true }, want: false },
  ];
  for (const { given, want } of rows) {
    it(`${JSON.stringify(given)}: ${want ? 'required' : 'optional'}`, () => {
      const { scope } = scopeOf();
      scope.request = given.request;
      expect(isRequired(scope, { required: given.required, schema: { ...string(), ...(given.readOnly ? { readOnly: true } : {}) } })).toBe(want);
    });
  }
});

describe('readProperty', () => {
  const rows: { given: string; want: string; helper?: string }[] = [
    { given: 'name', want: 'v0.name' },
    { given: '$ref_1', want: 'v0.$ref_1' },
    { given: 'content-type', want: "v0['content-type']" },
    { given: '1st', want: "v0['1st']" },
    { given: 'a"b', want: `v0['a"b']` },
    { given: 'constructor', want: "ownValue(v0, 'constructor')", helper: 'ownValue' },
    { given: 'toString', want: "ownValue(v0, 'toString')", helper: 'ownValue' },
    { given: '__proto__', want: "ownValue(v0, '__proto__')", helper: 'ownValue' },
  ];
  for (const { given, want, helper } of rows) {
    it(`${given}: ${want}`, () => {
      const { scope } = scopeOf();
      expect(readProperty(scope, 'v0', given)).toBe(want);
      expect([...scope.usedHelpers]).toEqual(helper ? [helper] : []);
    });
  }

  it('does not take an inherited property for an own one (a required `constructor` must be present)', async () => {
    const { is } = await compile(object([{ name: 'constructor', schema: unknown, required: true }]));
    expect([is({}), is({ constructor: 1 })]).toEqual([false, true]);
  });
});

describe('enumTest', () => {
  it('is false for no values', () => {
    const { scope } = scopeOf();
    expect(enumTest(scope, [], 'v')).toBe('false');
  });

  it('compares up to six values literally, strings as single-quoted literals', () => {
    const { scope } = scopeOf();
    expect(enumTest(scope, ['a', 1, true, null, 'b"c', -2.5], 'v')).toBe(`v === 'a' || v === 1 || v === true || v === null || v === 'b"c' || v === -2.5`);
    expect(scope.preamble).toEqual([]);
  });

  it('tests more than six values against one module-level Set, shared by every enum with the same values', () => {
    const { scope } = scopeOf();
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 7];
    expect([enumTest(scope, values, 'v'), enumTest(scope, [...values], 'w')]).toEqual(['ENUM_0.has(v)', 'ENUM_0.has(w)']);
    expect(scope.preamble.map(typescriptOf)).toEqual(["const ENUM_0: ReadonlySet<unknown> = new Set(['a', 'b', 'c', 'd', 'e', 'f', 7]);"]);
    expect(scope.preamble.map(javascriptOf)).toEqual(["const ENUM_0 = new Set(['a', 'b', 'c', 'd', 'e', 'f', 7]);"]);
  });
});

describe('knownKeyTest', () => {
  const withProperties = (n: number) => object(Array.from({ length: n }, (_, i) => optional(`p${i}`, unknown)));
  const rows: { given: number; want: string; preamble: string[] }[] = [
    { given: 0, want: 'false', preamble: [] },
    { given: 2, want: "k === 'p0' || k === 'p1'", preamble: [] },
    { given: 8, want: "k === 'p0' || k === 'p1' || k === 'p2' || k === 'p3' || k === 'p4' || k === 'p5' || k === 'p6' || k === 'p7'", preamble: [] },
    { given: 9, want: 'ENUM_0.has(k)', preamble: ["const ENUM_0 = new Set(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);"] },
  ];
  for (const { given, want, preamble } of rows) {
    it(`an object with ${given} properties: ${want}`, () => {
      const { scope } = scopeOf();
      expect(knownKeyTest(scope, withProperties(given), 'k')).toBe(want);
      expect(scope.preamble.map(javascriptOf)).toEqual(preamble);
    });
  }
});

describe('stringFailures', () => {
  const rows: { name: string; given: StringSchema; want: string[]; preamble?: string[]; helpers?: string[]; formats?: string[]; warnings?: string[] }[] = [
    { name: 'no keywords', given: string(), want: [] },
    { name: 'minLength 0 constrains nothing', given: string({ minLength: 0 }), want: [] },
    { name: 'minLength counts code points, exactly only when UTF-16 length cannot decide', given: string({ minLength: 2 }), want: ['v.length < 2 || (v.length < 4 && codePoints(v) < 2)'], helpers: ['codePoints'] },
    { name: 'maxLength', given: string({ maxLength: 5 }), want: ['v.length > 5 && codePoints(v) > 5'], helpers: ['codePoints'] },
    { name: 'pattern, compiled with the u flag', given: string({ pattern: '^[a-z]+$' }), want: ['!PATTERN_0.test(v)'], preamble: ["const PATTERN_0 = new RegExp('^[a-z]+$', 'u');"] },
    { name: 'a pattern valid only without the u flag', given: string({ pattern: '\\a' }), want: ['!PATTERN_0.test(v)'], preamble: ["const PATTERN_0 = new RegExp('\\\\a', '');"] },
    { name: 'an invalid pattern is not checked', given: string({ pattern: '(' }), want: [], warnings: ["pattern-invalid: The pattern '(' is not a valid regular expression; it is not checked."] },
    {
      name: 'a pattern that can backtrack is checked, with a warning',
      given: string({ pattern: '(a+)+' }),
      want: ['!PATTERN_0.test(v)'],
      preamble: ["const PATTERN_0 = new RegExp('(a+)+', 'u');"],
      warnings: ["pattern-backtracking: The pattern '(a+)+' can backtrack catastrophically (nested quantifier at character 4); it is still checked, but long inputs may be slow."],
    },
    { name: 'a known format', given: string({ format: 'email' }), want: ['!formatEmail(v)'], formats: ['isEmail'] },
    { name: 'an unknown format is not checked', given: string({ format: 'hostname' }), want: [], warnings: ["format-unknown: The format 'hostname' is not checked (known formats: date-time, date, time, uuid, email, uri, ipv4, ipv6)."] },
    {
      name: 'all four, in keyword order',
      given: string({ format: 'uuid', pattern: '^[0-9a-f-]+$', maxLength: 36, minLength: 36 }),
      want: ['v.length < 36 || (v.length < 72 && codePoints(v) < 36)', 'v.length > 36 && codePoints(v) > 36', '!PATTERN_0.test(v)', '!formatUuid(v)'],
      preamble: ["const PATTERN_0 = new RegExp('^[0-9a-f-]+$', 'u');"],
      helpers: ['codePoints'],
      formats: ['isUuid'],
    },
  ];
  for (const { name, given, want, preamble = [], helpers = [], formats = [], warnings = [] } of rows) {
    it(`${name}: ${JSON.stringify(want)}`, () => {
      const { scope, diagnostics } = scopeOf();
      expect(stringFailures(scope, given, 'v')).toEqual(want);
      expect(scope.preamble).toEqual(preamble);
      expect([...scope.usedHelpers]).toEqual(helpers);
      expect([...scope.usedFormats]).toEqual(formats);
      expect(diagnostics.items.map((d) => `${d.code}: ${d.message}`)).toEqual(warnings);
    });
  }

  it('compiles a pattern once per module however many strings use it, and warns about it once', () => {
    const { scope, diagnostics } = scopeOf();
    const s = string({ pattern: '(a+)+' });
    expect([...stringFailures(scope, s, 'v'), ...stringFailures(scope, s, 'w')]).toEqual(['!PATTERN_0.test(v)', '!PATTERN_0.test(w)']);
    expect(scope.preamble).toHaveLength(1);
    expect(diagnostics.items).toHaveLength(1);
  });

  it('patternIsChecked tells the explainer which patterns compiled', () => {
    const { scope } = scopeOf();
    stringFailures(scope, string({ pattern: 'a' }), 'v');
    stringFailures(scope, string({ pattern: '(' }), 'v');
    expect([patternIsChecked(scope, 'a'), patternIsChecked(scope, '('), patternIsChecked(scope, 'b')]).toEqual([true, false, false]);
  });

  it('a backtracking pattern still rejects what it does not match (behaviour)', async () => {
    const { is } = await compile(string({ pattern: '^(a+)+$' }));
    expect([is('aaa'), is('aab')]).toEqual([true, false]);
  });
});

describe('numberFailures: [failure condition, message] per bound, the value cast to number for TypeScript', () => {
  const rows: { given: NumberSchema; want: [string, string][] }[] = [
    { given: number(), want: [] },
    { given: number({ minimum: 1 }), want: [['(v as number) < 1', 'must be >= 1']] },
    { given: number({ maximum: 9.5 }), want: [['(v as number) > 9.5', 'must be <= 9.5']] },
    { given: number({ exclusiveMinimum: 0 }), want: [['(v as number) <= 0', 'must be > 0']] },
    { given: number({ exclusiveMaximum: -1 }), want: [['(v as number) >= -1', 'must be < -1']] },
    { given: integer({ multipleOf: 5 }), want: [['!Number.isInteger((v as number) / 5)', 'must be a multiple of 5']] },
    { given: number({ multipleOf: 0 }), want: [] },
    {
      given: integer({ multipleOf: 2, exclusiveMaximum: 10, exclusiveMinimum: 0, maximum: 8, minimum: 2 }),
      want: [
        ['(v as number) < 2', 'must be >= 2'],
        ['(v as number) > 8', 'must be <= 8'],
        ['(v as number) <= 0', 'must be > 0'],
        ['(v as number) >= 10', 'must be < 10'],
        ['!Number.isInteger((v as number) / 2)', 'must be a multiple of 2'],
      ],
    },
  ];
  for (const { given, want } of rows) {
    it(`${JSON.stringify(given)}`, () => {
      const failures = numberFailures(given, 'v');
      expect(failures.map(([cond, message]) => [typescriptOf(cond), message])).toEqual(want);
      expect(failures.map(([cond]) => javascriptOf(cond))).toEqual(want.map(([cond]) => cond.replace(/ as number/g, '')));
    });
  }
});
