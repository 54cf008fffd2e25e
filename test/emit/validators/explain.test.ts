import { explainStatements } from '../../../generator/emit/validators/explain.js';
import { javascriptOf, typescriptOf } from '../../../generator/emit/validators/markers.js';
import type { Schema } from '../../../generator/model/ir.js';
import { show } from '../../support/arbitraries.js';
import type { ValidationIssue } from '../../support/validator-harness.js';
import { array, boolean, compile, composite, enumOf, integer, named, nullable, number, object, optional, ref, required, scopeOf, string, unknown } from './ir-schemas.js';

const cat = named('#/Cat', 'Cat', object([required('petType', enumOf('cat')), required('meow', boolean)]));
const dog = named('#/Dog', 'Dog', object([required('petType', enumOf('dog')), required('bark', integer())]));
/** Does not pin `petType` to literals, so a discriminator over it cannot decide exactly. */
const loose = named('#/Loose', 'Loose', object([required('petType', string()), required('size', integer())]));
const schemas = [cat, dog, loose];
const byTag = (mapping: [string, string][]) => ({ propertyName: 'petType', mapping: mapping.map(([value, target]) => ({ value, target })) });

/** One issue; the message defaults to the runtime's "expected X, received Y". */
const issue = (path: string, expected: string, received: string, message = `expected ${expected}, received ${received}`): ValidationIssue => ({ path, message, expected, received });
const missing = (path: string, expected: string): ValidationIssue => ({ path, message: 'is required', expected, received: 'nothing' });

describe('explainStatements run as JavaScript: the issues for each decision', () => {
  const rows: { name: string; given: Schema; request?: boolean; value: unknown; want: ValidationIssue[] }[] = [
    { name: 'never', given: { kind: 'never', nullable: false }, value: 1, want: [issue('', 'nothing (no value is allowed here)', 'integer 1')] },
    { name: 'null', given: { kind: 'null', nullable: false }, value: 0, want: [issue('', 'null', 'integer 0')] },
    { name: 'boolean', given: boolean, value: 'true', want: [issue('', 'boolean', 'string "true"')] },
    { name: 'enum lists its values', given: enumOf('a', 1), value: 'b', want: [issue('', 'one of "a", 1', 'string "b"')] },
    { name: 'a string of the wrong type reports the type only', given: string({ minLength: 2 }), value: 5, want: [issue('', 'string', 'integer 5')] },
    {
      name: 'string keywords each report, labelled in order even when an invalid pattern is skipped',
      given: string({ minLength: 2, pattern: '(', format: 'email' }),
      value: 'a',
      want: [issue('', 'string of at least 2 characters', 'string "a"'), issue('', 'email string', 'string "a"')],
    },
    { name: 'a pattern is named in its label', given: string({ pattern: '^a', maxLength: 1 }), value: 'bb', want: [issue('', 'string of at most 1 characters', 'string "bb"'), issue('', 'string matching ^a', 'string "bb"')] },
    { name: 'an unknown format reports nothing', given: string({ format: 'binary' }), value: 'x', want: [] },
    { name: 'integer: a fraction is the wrong type', given: integer({ minimum: 0 }), value: 1.5, want: [issue('', 'integer', 'number 1.5')] },
    { name: 'integer bound: what it is, and what it must be', given: integer({ minimum: 0 }), value: -1, want: [issue('', 'integer that is >= 0', 'integer -1', 'must be >= 0')] },
    { name: 'number bound', given: number({ exclusiveMaximum: 1, multipleOf: 0.5 }), value: 1, want: [issue('', 'number that is < 1', 'integer 1', 'must be < 1')] },
    { name: 'nullable: null is fine, another type is reported', given: nullable(integer()), value: 'x', want: [issue('', 'integer', 'string "x"')] },
    { name: 'a nullable ref explains through the named explainer (it used to recurse for ever)', given: object([required('pet', nullable(ref('#/Cat')))]), value: { pet: { petType: 'dog', meow: true } }, want: [issue('/pet/petType', 'one of "cat"', 'string "dog"')] },
    {
      name: 'a missing required property says what it should have been, at its pointer (escaped)',
      given: object([required('a/b', integer()), required('n', nullable(integer())), required('r', ref('#/Cat')), required('u', unknown)]),
      value: {},
      want: [missing('/a~1b', 'integer'), missing('/n', 'integer or null'), missing('/r', 'a value'), missing('/u', 'any value')],
    },
    { name: 'a present property is explained at its pointer', given: object([required('id', string()), optional('n', integer())]), value: { id: 1, n: 'x' }, want: [issue('/id', 'string', 'integer 1'), issue('/n', 'integer', 'string "x"')] },
    { name: 'a readOnly property is not required in a request', given: object([required('id', { ...string(), readOnly: true })]), request: true, value: { id: 1 }, want: [issue('/id', 'string', 'integer 1')] },
    { name: 'a readOnly property is required in a response', given: object([required('id', { ...string(), readOnly: true })]), value: {}, want: [missing('/id', 'string')] },
    {
      name: 'additionalProperties false reports each other key at its own pointer',
      given: object([optional('a', unknown)], { additionalProperties: false }),
      value: { a: 1, 'x~/y': true, z: null },
      want: [issue('/x~0~1y', 'no such property', 'boolean', 'is not an allowed property'), issue('/z', 'no such property', 'null', 'is not an allowed property')],
    },
    { name: 'additionalProperties schema explains each other value', given: object([], { additionalProperties: integer() }), value: { k: 's' }, want: [issue('/k', 'integer', 'string "s"')] },
    { name: 'object size', given: object([], { minProperties: 2 }), value: { a: 1 }, want: [issue('', 'object with at least 2 properties', 'object')] },
    { name: 'not an object', given: object([]), value: [], want: [issue('', 'object', 'array')] },
    { name: 'array items at their index', given: array({ prefixItems: [string()], items: integer() }), value: ['x', 'y', 3], want: [issue('/1', 'integer', 'string "y"')] },
    { name: 'a tuple prefix at its index', given: array({ prefixItems: [string(), boolean] }), value: [1, 2], want: [issue('/0', 'string', 'integer 1'), issue('/1', 'boolean', 'integer 2')] },
    { name: 'a closed tuple', given: array({ prefixItems: [unknown], closed: true }), value: [1, 2], want: [issue('', 'array of at most 1 items', 'array')] },
    { name: 'minItems', given: array({ minItems: 1 }), value: [], want: [issue('', 'array of at least 1 items', 'array')] },
    { name: 'uniqueItems', given: array({ uniqueItems: true }), value: [{ a: 1 }, { a: 1 }], want: [issue('', 'array of unique items', 'array', 'must not contain duplicate items')] },
    { name: 'allOf explains every member', given: composite('allOf', [object([required('a', unknown)]), object([required('b', unknown)])]), value: {}, want: [missing('/a', 'any value'), missing('/b', 'any value')] },
    { name: 'anyOf reports once for the whole', given: composite('anyOf', [integer(), ref('#/Cat')]), value: 'x', want: [issue('', 'a value matching at least one of 2 alternatives (anyOf)', 'string "x"', 'matches none of the anyOf alternatives')] },
    { name: 'oneOf without a discriminator: none match', given: composite('oneOf', [integer(), boolean]), value: 'x', want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'string "x"', 'must match exactly one oneOf alternative')] },
    { name: 'oneOf without a discriminator: two match', given: composite('oneOf', [integer(), number()]), value: 1, want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'integer 1', 'must match exactly one oneOf alternative')] },
    {
      name: 'an exact discriminator explains the member its tag selects',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat'], ['dog', '#/Dog']]) }),
      value: { petType: 'dog', bark: 'woof' },
      want: [issue('/bark', 'integer', 'string "woof"')],
    },
    {
      name: 'an exact discriminator reports an unknown tag at the tag',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat'], ['dog', '#/Dog']]) }),
      value: { petType: 'bird' },
      want: [issue('/petType', 'one of "cat", "dog"', 'string "bird"')],
    },
    {
      name: 'an inexact discriminator, nothing matching: the tagged member explains',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Loose')], { discriminator: byTag([['cat', '#/Cat']]) }),
      value: { petType: 'cat' },
      want: [missing('/meow', 'boolean')],
    },
    {
      name: 'an inexact discriminator, two matching: reported as such',
      given: composite('oneOf', [ref('#/Cat'), ref('#/Loose')], { discriminator: byTag([['cat', '#/Cat']]) }),
      value: { petType: 'cat', meow: true, size: 1 },
      want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'object', 'matches more than one oneOf alternative')],
    },
  ];
  for (const { name, given, request, value, want } of rows) {
    it(`${name}: ${show(value)}`, async () => {
      const { is, issues } = await compile(given, { schemas, request });
      expect(issues(value)).toEqual(want);
      // The explainer runs only when the guard says no; they must agree on the verdict.
      expect(is(value)).toBe(want.length === 0);
    });
  }
});

describe('explainStatements as text', () => {
  const text = (schema: Schema) => {
    const { scope } = scopeOf(schemas);
    return { code: typescriptOf(explainStatements(scope, schema, 'value', 'path')), helpers: [...scope.usedHelpers].sort() };
  };

  it('an integer: the type first, and each bound, with its own message, only when the type is right', () => {
    expect(text(integer({ minimum: 0 }))).toEqual({
      code: "if (!Number.isInteger(value)) {\nfail(issues, path, 'integer', value);\n} else {\nif ((value as number) < 0) {\nfail(issues, path, 'integer that is >= 0', value, 'must be >= 0');\n}\n}\n",
      helpers: ['fail'],
    });
  });

  it('additionalProperties false: one line per unknown key, its pointer escaped at run time', () => {
    const { code, helpers } = text(object([optional('a', unknown)], { additionalProperties: false }));
    expect(code).toContain("for (const v2 of Object.keys(v0)) {\nif (!(v2 === 'a')) fail(issues, path + '/' + pointer(v2), 'no such property', v0[v2], 'is not an allowed property');\n}\n");
    expect(helpers).toEqual(['fail', 'pointer']);
  });

  it('a required property records the `missing` helper', () => {
    expect(text(object([required('a', unknown)])).helpers).toEqual(['fail', 'missing']);
  });

  it('an exact discriminator goes straight to the tagged member’s explainer, trying no member first', () => {
    const { code } = text(composite('oneOf', [ref('#/Cat'), ref('#/Dog')], { discriminator: byTag([['cat', '#/Cat'], ['dog', '#/Dog']]) }));
    expect(code).toBe(
      [
        "if (typeof value !== 'object' || value === null || Array.isArray(value)) {",
        "fail(issues, path, 'object', value);",
        '} else {',
        'const v0 = value as Record<string, unknown>;',
        'const v1 = v0.petType;',
        'switch (v1) {',
        "case 'cat':",
        'explainCat(value, path, issues);',
        'break;',
        "case 'dog':",
        'explainDog(value, path, issues);',
        'break;',
        'default:',
        `fail(issues, path + '/petType', 'one of "cat", "dog"', v1);`,
        '}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('an inexact discriminator counts the matching members first, and explains by the tag only when none matched', () => {
    const { code } = text(composite('oneOf', [ref('#/Cat'), ref('#/Loose')], { discriminator: byTag([['cat', '#/Cat']]) }));
    expect(code).toMatch(/^let v0 = 0;\nif \(isCat\(value\)\) v0\+\+;\nif \(isLoose\(value\)\) v0\+\+;\nif \(v0 > 1\) \{\n[^\n]*\n\} else if \(v0 === 0\) \{\nif \(typeof value/);
  });

  it('a nullable ref: the null test, then the named explainer, nothing hoisted', () => {
    const { scope } = scopeOf(schemas);
    expect(typescriptOf(explainStatements(scope, nullable(ref('#/Cat')), 'value', 'path'))).toBe('if (value !== null) {\nexplainCat(value, path, issues);\n}\n');
    expect(scope.preamble).toEqual([]);
  });

  it('nullable wraps the explanation in a null test', () => {
    expect(text(nullable(boolean)).code).toBe("if (value !== null) {\nif (typeof value !== 'boolean') {\nfail(issues, path, 'boolean', value);\n}\n}\n");
  });

  it('writes its casts and annotations as TypeScript-only text', () => {
    const { scope } = scopeOf();
    const code = explainStatements(scope, array({ items: number({ minimum: 1 }) }), 'value', 'path');
    expect(typescriptOf(code)).toContain('const v0: unknown[] = value as unknown[];');
    expect(javascriptOf(code)).toContain('const v0 = value;');
    expect(javascriptOf(code)).not.toMatch(/ as |: unknown/);
  });
});
