import { checkCall, checkStatements } from '../../../generator/emit/validators/check.js';
import { commonjsOf, javascriptOf, typescriptOf } from '../../../generator/emit/validators/markers.js';
import type { Schema } from '../../../generator/model/ir.js';
import { show } from '../../support/arbitraries.js';
import { array, boolean, compile, composite, enumOf, integer, named, nullable, number, object, optional, ref, required, scopeOf, string, unknown } from './ir-schemas.js';

const cat = named('#/Cat', 'Cat', object([required('petType', enumOf('cat')), required('meow', boolean)]));
const dog = named('#/Dog', 'Dog', object([required('petType', enumOf('dog')), required('bark', integer())]));
const pets = [cat, dog];
const byTag = (mapping: [string, string][]) => ({ propertyName: 'petType', mapping: mapping.map(([value, target]) => ({ value, target })) });

/** The guard's statements for `value`, as TypeScript, one string per line. */
function guard(schema: Schema, options: { request?: boolean } = {}): { lines: string[]; preamble: string[]; helpers: string[] } {
  const { scope } = scopeOf(pets);
  scope.request = options.request === true;
  const code = typescriptOf(checkStatements(scope, schema, 'value'));
  return { lines: code === '' ? [] : code.replace(/\n$/, '').split('\n'), preamble: scope.preamble.map(typescriptOf), helpers: [...scope.usedHelpers].sort() };
}

const OBJECT_GUARD = ["if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;", 'const v0 = value as Record<string, unknown>;'];

describe('checkStatements: the guard for each kind of schema', () => {
  const rows: { name: string; given: Schema; request?: boolean; want: string[]; preamble?: string[]; helpers?: string[] }[] = [
    { name: 'unknown allows everything: no statements', given: unknown, want: [] },
    { name: 'never allows nothing', given: { kind: 'never', nullable: false }, want: ['return false;'] },
    { name: 'null', given: { kind: 'null', nullable: false }, want: ['if (value !== null) return false;'] },
    { name: 'boolean', given: boolean, want: ["if (typeof value !== 'boolean') return false;"] },
    {
      name: 'string with minLength, pattern and format: the type first, then each keyword',
      given: string({ minLength: 1, pattern: '^a', format: 'uuid' }),
      want: ["if (typeof value !== 'string') return false;", 'if (value.length < 1 || (value.length < 2 && codePoints(value) < 1)) return false;', 'if (!PATTERN_0.test(value)) return false;', 'if (!formatUuid(value)) return false;'],
      preamble: ["const PATTERN_0 = new RegExp('^a', 'u');"],
      helpers: ['codePoints'],
    },
    { name: 'integer: Number.isInteger (which is false for non-numbers)', given: integer({ minimum: 0 }), want: ['if (!Number.isInteger(value)) return false;', 'if ((value as number) < 0) return false;'] },
    { name: 'number: finite numbers only', given: number(), want: ["if (typeof value !== 'number' || !Number.isFinite(value)) return false;"] },
    { name: 'nullable wraps the checks in a null test', given: nullable(string()), want: ['if (value !== null) {', "if (typeof value !== 'string') return false;", '}'] },
    { name: 'nullable unknown still has no statements', given: nullable(unknown), want: [] },
    { name: 'enum: the literal set', given: enumOf('a', 'b', 3), want: ["if (!(value === 'a' || value === 'b' || value === 3)) return false;"] },
    { name: 'an empty enum allows nothing', given: enumOf(), want: ['if (!(false)) return false;'] },
    {
      name: 'object: a required property must be present, an optional one is checked when present, an optional unknown is skipped',
      given: object([required('id', string()), optional('note', unknown), optional('n', integer())]),
      want: [...OBJECT_GUARD, 'const v1 = v0.id;', 'if (v1 === undefined) return false;', "if (typeof v1 !== 'string') return false;", 'const v3 = v0.n;', 'if (v3 !== undefined) {', 'if (!Number.isInteger(v3)) return false;', '}'],
    },
    { name: 'a required unknown property must still be present', given: object([required('a', unknown)]), want: [...OBJECT_GUARD, 'const v1 = v0.a;', 'if (v1 === undefined) return false;'] },
    {
      name: 'additionalProperties false: every other own key fails',
      given: object([optional('a', unknown)], { additionalProperties: false }),
      want: [...OBJECT_GUARD, 'for (const v2 of Object.keys(v0)) {', "if (!(v2 === 'a')) return false;", '}'],
      helpers: ['pointer'],
    },
    {
      name: 'additionalProperties schema: every other own value is checked against it',
      given: object([required('a', unknown)], { additionalProperties: integer() }),
      want: [...OBJECT_GUARD, 'const v1 = v0.a;', 'if (v1 === undefined) return false;', 'for (const v2 of Object.keys(v0)) {', "if (v2 === 'a') continue;", 'const v3 = v0[v2];', 'if (!Number.isInteger(v3)) return false;', '}'],
    },
    { name: 'additionalProperties unknown: no loop', given: object([], { additionalProperties: unknown }), want: OBJECT_GUARD },
    { name: 'minProperties and maxProperties', given: object([], { minProperties: 1, maxProperties: 3 }), want: [...OBJECT_GUARD, 'if (Object.keys(v0).length < 1) return false;', 'if (Object.keys(v0).length > 3) return false;'] },
    {
      name: 'readOnly in a response: required as declared',
      given: object([required('id', { ...string(), readOnly: true })]),
      want: [...OBJECT_GUARD, 'const v1 = v0.id;', 'if (v1 === undefined) return false;', "if (typeof v1 !== 'string') return false;"],
    },
    {
      name: 'readOnly in a request: optional, checked when present',
      given: object([required('id', { ...string(), readOnly: true })]),
      request: true,
      want: [...OBJECT_GUARD, 'const v1 = v0.id;', 'if (v1 !== undefined) {', "if (typeof v1 !== 'string') return false;", '}'],
    },
    {
      name: 'array with prefixItems and items: each prefix position if present, the rest from after the prefix',
      given: array({ prefixItems: [string(), unknown], items: integer(), minItems: 1 }),
      want: [
        'if (!Array.isArray(value)) return false;',
        'const v0: unknown[] = value;',
        'if (v0.length < 1) return false;',
        'if (v0.length > 0) {',
        'const v1 = v0[0];',
        "if (typeof v1 !== 'string') return false;",
        '}',
        'for (let v3 = 2; v3 < v0.length; v3++) {',
        'const v4 = v0[v3];',
        'if (!Number.isInteger(v4)) return false;',
        '}',
      ],
    },
    {
      name: 'a closed tuple allows no more than its prefix; uniqueItems compares deeply',
      given: array({ prefixItems: [string()], closed: true, uniqueItems: true, maxItems: 4 }),
      want: ['if (!Array.isArray(value)) return false;', 'const v0: unknown[] = value;', 'if (v0.length > 4) return false;', 'if (v0.length > 1) return false;', 'if (v0.length > 0) {', 'const v1 = v0[0];', "if (typeof v1 !== 'string') return false;", '}', 'if (hasDuplicates(v0)) return false;'],
      helpers: ['hasDuplicates'],
    },
    {
      name: 'allOf: every member on the value, through an unknown alias after a type guard narrowed it',
      given: composite('allOf', [ref('#/Cat'), object([required('x', unknown)])]),
      want: ['if (!isCat(value)) return false;', 'const v0: unknown = value;', "if (typeof v0 !== 'object' || v0 === null || Array.isArray(v0)) return false;", 'const v1 = v0 as Record<string, unknown>;', 'const v2 = v1.x;', 'if (v2 === undefined) return false;'],
    },
    {
      name: 'anyOf: a named member by its guard, an inline one through a hoisted function',
      given: composite('anyOf', [string(), ref('#/Cat')]),
      want: ['if (!(check0(value) || isCat(value))) return false;'],
      preamble: ['function check0(value: unknown): boolean {\nif (typeof value !== \'string\') return false;\nreturn true;\n}'],
    },
    { name: 'an empty anyOf allows nothing', given: composite('anyOf', []), want: ['return false;'] },
    { name: 'oneOf without a discriminator counts matches', given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')]), want: ['let v0 = 0;', 'if (isCat(value)) v0++;', 'if (isDog(value)) v0++;', 'if (v0 !== 1) return false;'] },
    {
      name: 'oneOf with an exact discriminator switches on it and checks one member',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat'], ['dog', '#/Dog']]) }),
      want: [...OBJECT_GUARD, 'switch (v0.petType) {', "case 'cat':", 'if (!isCat(value)) return false;', 'break;', "case 'dog':", 'if (!isDog(value)) return false;', 'break;', 'default:', 'return false;', '}'],
    },
    {
      name: 'oneOf with a discriminator that cannot decide exactly (dog unmapped) still counts matches',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat']]) }),
      want: ['let v0 = 0;', 'if (isCat(value)) v0++;', 'if (isDog(value)) v0++;', 'if (v0 !== 1) return false;'],
    },
    { name: 'a ref to an unknown schema is not checked', given: ref('#/Nope'), want: [] },
    { name: 'a nullable ref', given: nullable(ref('#/Cat')), want: ['if (value !== null) {', 'if (!isCat(value)) return false;', '}'] },
  ];
  for (const { name, given, request, want, preamble = [], helpers = [] } of rows) {
    it(name, () => {
      expect(guard(given, { request })).toEqual({ lines: want, preamble, helpers });
    });
  }

  it('writes its casts and annotations as TypeScript-only text', () => {
    const { scope } = scopeOf();
    const code = checkStatements(scope, object([required('xs', array({ items: number({ minimum: 1 }) }))]), 'value');
    expect(javascriptOf(code)).not.toMatch(/ as |: unknown/);
    expect(typescriptOf(code)).toMatch(/value as Record<string, unknown>[\s\S]*: unknown\[\][\s\S]* as number/);
  });
});

describe('checkCall: a sub-schema as one boolean expression', () => {
  it('a named schema is its guard; an unknown ref is true', () => {
    const { scope } = scopeOf(pets);
    const calls = [checkCall(scope, ref('#/Cat'), 'x'), checkCall(scope, ref('#/Nope'), 'x')];
    expect(calls.map(javascriptOf)).toEqual(['isCat(x)', 'true']);
    expect(calls.map(typescriptOf)).toEqual(['isCat(x)', 'true']);
    // CommonJS calls another module's guard through that module's exports, its own bare.
    const cat = scope.byId.get('#/Cat')!;
    expect(commonjsOf(calls[0]!, undefined, (m) => `ns(${m})`)).toBe(`ns(${cat.module}.validators).isCat(x)`);
    expect(commonjsOf(calls[0]!, `${cat.module}.validators`, () => 'unused')).toBe('isCat(x)');
    expect(scope.preamble).toEqual([]);
  });

  it('hoists an inline shape once, however many times and in whichever documentation it recurs', () => {
    const { scope } = scopeOf(pets);
    const shape = object([required('id', string())]);
    const calls = [checkCall(scope, shape, 'a'), checkCall(scope, { ...shape, description: 'Same shape.' }, 'b'), checkCall(scope, nullable(ref('#/Cat')), 'c')];
    expect(calls).toEqual(['check0(a)', 'check0(b)', 'check1(c)']);
    expect(scope.preamble.map(javascriptOf)).toEqual([
      "function check0(value) {\nif (typeof value !== 'object' || value === null || Array.isArray(value)) return false;\nconst v0 = value;\nconst v1 = v0.id;\nif (v1 === undefined) return false;\nif (typeof v1 !== 'string') return false;\nreturn true;\n}",
      'function check1(value) {\nif (value !== null) {\nif (!isCat(value)) return false;\n}\nreturn true;\n}',
    ]);
  });
});

describe('the guard run as JavaScript', () => {
  const rows: { name: string; given: Schema; request?: boolean; valid: unknown[]; invalid: unknown[] }[] = [
    { name: 'integer', given: integer(), valid: [0, -3, 2e10], invalid: [1.5, '1', null, Number.NaN] },
    { name: 'number', given: number({ exclusiveMaximum: 1 }), valid: [0.5, -1e9], invalid: [1, Number.POSITIVE_INFINITY, Number.NaN, '0'] },
    { name: 'string minLength 2 counts code points', given: string({ minLength: 2 }), valid: ['ab', '😀😀'], invalid: ['a', '😀', 2] },
    { name: 'nullable string', given: nullable(string()), valid: ['', null], invalid: [undefined, 0] },
    { name: 'enum', given: enumOf('a', 1, null), valid: ['a', 1, null], invalid: ['1', 'A', false] },
    { name: 'closed tuple', given: array({ prefixItems: [string(), integer()], closed: true }), valid: [[], ['a'], ['a', 1]], invalid: [[1], ['a', 'b'], ['a', 1, 2]] },
    { name: 'additionalProperties false', given: object([optional('a', unknown)], { additionalProperties: false }), valid: [{}, { a: 1 }], invalid: [{ b: 1 }, [], null] },
    { name: 'readOnly required in a request', given: object([required('id', { ...string(), readOnly: true })]), request: true, valid: [{}, { id: 'x' }], invalid: [{ id: 1 }] },
    { name: 'readOnly required in a response', given: object([required('id', { ...string(), readOnly: true })]), valid: [{ id: 'x' }], invalid: [{}] },
    {
      name: 'discriminated oneOf',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat'], ['dog', '#/Dog']]) }),
      valid: [{ petType: 'cat', meow: true }, { petType: 'dog', bark: 2 }],
      invalid: [{ petType: 'cat', bark: 2 }, { petType: 'bird' }, { meow: true }, 'cat'],
    },
    { name: 'oneOf counts: a value matching both members fails', given: composite('oneOf', [integer(), number()]), valid: [1.5], invalid: [1, 'x'] },
    { name: 'anyOf', given: composite('anyOf', [integer(), string()]), valid: [1, 'x'], invalid: [1.5, null] },
  ];
  for (const { name, given, request, valid, invalid } of rows) {
    it(`${name}: accepts ${show(valid)}, rejects ${show(invalid)}`, async () => {
      const { is } = await compile(given, { schemas: pets, request });
      expect(valid.map((v) => is(v))).toEqual(valid.map(() => true));
      expect(invalid.map((v) => is(v))).toEqual(invalid.map(() => false));
    });
  }
});
