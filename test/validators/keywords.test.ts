import { show } from '../support/arbitraries.js';
import { ajvOracle, compileComponents, removeRuntimeDirectory, type AjvOracle, type ComponentValidators, type ValidationIssue } from '../support/validator-harness.js';
import { SCHEMAS_30, SCHEMAS_31 } from './keyword-schemas.js';

/**
 * Given/want tables, one per JSON Schema keyword the generated validators enforce. Each row
 * names a component of `keyword-schemas.ts`, a value, and either `valid` or the exact issues
 * `validateX` must return (path, message, expected, received). Every row's verdict is also
 * ajv's (see the harness for the ajv settings), except the rows marked `ajvWrong`, where ajv
 * has a known gap: there the test asserts that ajv still gets it wrong, so the note goes stale
 * loudly if ajv is fixed.
 */

const v30 = await compileComponents(SCHEMAS_30, '3.0.3');
const v31 = await compileComponents(SCHEMAS_31, '3.1.0');
const ajv30 = ajvOracle(v30.specFile);
const ajv31 = ajvOracle(v31.specFile);
afterAll(removeRuntimeDirectory);

type Want = 'valid' | ValidationIssue[];

interface Row {
  given: unknown;
  want: Want;
  /** Why ajv's verdict differs, where ajv is the one that is wrong. */
  ajvWrong?: string;
}

/** One issue; the message defaults to the runtime's "expected X, received Y". */
function issue(path: string, expected: string, received: string, message = `expected ${expected}, received ${received}`): ValidationIssue {
  return { path, message, expected, received };
}

const required = (path: string, expected: string) => issue(path, expected, 'nothing', 'is required');

function table(dialect: '3.0' | '3.1', schema: string, rows: Row[]): void {
  const [validators, oracle]: [ComponentValidators, AjvOracle] = dialect === '3.0' ? [v30, ajv30] : [v31, ajv31];
  const definition = (dialect === '3.0' ? SCHEMAS_30 : SCHEMAS_31)[schema];
  describe(`${schema} ${JSON.stringify(definition)}`, () => {
    for (const row of rows) {
      const verdict = row.want === 'valid' ? 'is valid' : `gives ${row.want.length} issue${row.want.length === 1 ? '' : 's'}`;
      it(`${show(row.given)} ${verdict}`, () => {
        const { is, validate } = validators.get(schema);
        const result = validate(row.given);
        if (row.want === 'valid') {
          expect(result).toEqual({ ok: true, value: row.given });
          // The very value passed in, not a copy.
          expect(result.ok && result.value).toBe(row.given);
          expect(is(row.given)).toBe(true);
        } else {
          expect(result).toEqual({ ok: false, errors: row.want });
          expect(is(row.given)).toBe(false);
        }
        const ajvVerdict = oracle.validator(`/components/schemas/${schema}`)(row.given);
        expect(ajvVerdict).toBe(row.ajvWrong === undefined ? row.want === 'valid' : row.want !== 'valid');
      });
    }
  });
}

describe('type', () => {
  table('3.0', 'Str', [
    { given: 'abc', want: 'valid' },
    { given: '', want: 'valid' },
    { given: 5, want: [issue('', 'string', 'integer 5')] },
    { given: null, want: [issue('', 'string', 'null')] },
    { given: ['a'], want: [issue('', 'string', 'array')] },
    { given: {}, want: [issue('', 'string', 'object')] },
    { given: true, want: [issue('', 'string', 'boolean')] },
  ]);
  table('3.0', 'Int', [
    { given: 0, want: 'valid' },
    { given: -7, want: 'valid' },
    { given: -0, want: 'valid' },
    { given: 2 ** 53, want: 'valid' },
    { given: 1e300, want: 'valid' },
    { given: 1.5, want: [issue('', 'integer', 'number 1.5')] },
    { given: '1', want: [issue('', 'integer', 'string "1"')] },
    { given: 'a'.repeat(50), want: [issue('', 'integer', `string "${'a'.repeat(37)}..."`)] },
    { given: NaN, want: [issue('', 'integer', 'NaN')] },
    { given: Infinity, want: [issue('', 'integer', 'Infinity')] },
  ]);
  table('3.0', 'Num', [
    { given: 1.5, want: 'valid' },
    { given: 3, want: 'valid' },
    { given: -1e308, want: 'valid' },
    { given: Number.MIN_VALUE, want: 'valid' },
    { given: NaN, want: [issue('', 'number', 'NaN')] },
    { given: Infinity, want: [issue('', 'number', 'Infinity')] },
    { given: -Infinity, want: [issue('', 'number', '-Infinity')] },
    { given: '1.5', want: [issue('', 'number', 'string "1.5"')] },
    { given: null, want: [issue('', 'number', 'null')] },
  ]);
  table('3.0', 'Bool', [
    { given: false, want: 'valid' },
    { given: 0, want: [issue('', 'boolean', 'integer 0')] },
    { given: 'true', want: [issue('', 'boolean', 'string "true"')] },
  ]);
  table('3.0', 'Obj', [
    { given: {}, want: 'valid' },
    { given: { any: [1] }, want: 'valid' },
    { given: [], want: [issue('', 'object', 'array')] },
    { given: null, want: [issue('', 'object', 'null')] },
  ]);
  table('3.0', 'Arr', [
    { given: [], want: 'valid' },
    { given: [1, 'a', null], want: 'valid' },
    { given: {}, want: [issue('', 'array', 'object')] },
    { given: 'abc', want: [issue('', 'array', 'string "abc"')] },
  ]);
  table('3.1', 'IntOrStr', [
    { given: 1, want: 'valid' },
    { given: 'a', want: 'valid' },
    { given: 1.5, want: [issue('', 'a value matching at least one of 2 alternatives (anyOf)', 'number 1.5', 'matches none of the anyOf alternatives')] },
    { given: null, want: [issue('', 'a value matching at least one of 2 alternatives (anyOf)', 'null', 'matches none of the anyOf alternatives')] },
  ]);
});

describe('nullable (3.0) and "null" in type (3.1)', () => {
  table('3.0', 'NullableStr', [
    { given: null, want: 'valid' },
    { given: 'a', want: 'valid' },
    { given: 1, want: [issue('', 'string', 'integer 1')] },
  ]);
  table('3.0', 'NullableObj', [
    { given: null, want: 'valid' },
    { given: { a: 1 }, want: 'valid' },
    { given: {}, want: [required('/a', 'integer')] },
    { given: 'null', want: [issue('', 'object', 'string "null"')] },
  ]);
  // `nullable: true` next to an enum admits null: the reading the harness gives ajv too (OpenAPI
  // 3.0.3's text would let the enum exclude it; ajv's own `nullable` support does).
  table('3.0', 'NullableEnum', [
    { given: null, want: 'valid' },
    { given: 'a', want: 'valid' },
    { given: 'c', want: [issue('', 'one of "a", "b"', 'string "c"')] },
  ]);
  // nullable on a schema without `type` (an allOf wrapping a $ref).
  table('3.0', 'NullableRef', [
    { given: null, want: 'valid' },
    { given: { name: 'x' }, want: 'valid' },
    { given: {}, want: [required('/name', 'string')] },
    { given: 1, want: [issue('', 'object', 'integer 1')] },
  ]);
  table('3.1', 'StrOrNull', [
    { given: null, want: 'valid' },
    { given: 'a', want: 'valid' },
    { given: 1, want: [issue('', 'string', 'integer 1')] },
  ]);
  table('3.1', 'OnlyNull', [
    { given: null, want: 'valid' },
    { given: 0, want: [issue('', 'null', 'integer 0')] },
    { given: 'null', want: [issue('', 'null', 'string "null"')] },
  ]);
  table('3.1', 'NullableCount', [
    { given: null, want: 'valid' },
    { given: 0, want: 'valid' },
    { given: -1, want: [issue('', 'integer that is >= 0', 'integer -1', 'must be >= 0')] },
  ]);
  table('3.1', 'EnumWithNull', [
    { given: null, want: 'valid' },
    { given: 'red', want: 'valid' },
    { given: 'blue', want: [issue('', 'one of "red"', 'string "blue"')] },
  ]);
});

describe('enum and const', () => {
  table('3.0', 'Color', [
    { given: 'red', want: 'valid' },
    { given: 'Red', want: [issue('', 'one of "red", "green"', 'string "Red"')] },
    { given: 'red ', want: [issue('', 'one of "red", "green"', 'string "red "')] },
    { given: null, want: [issue('', 'one of "red", "green"', 'null')] },
  ]);
  table('3.0', 'MixedEnum', [
    { given: 1, want: 'valid' },
    { given: 'one', want: 'valid' },
    { given: true, want: 'valid' },
    { given: '1', want: [issue('', 'one of 1, "one", true', 'string "1"')] },
    { given: false, want: [issue('', 'one of 1, "one", true', 'boolean')] },
  ]);
  table('3.0', 'Letters', [
    { given: 'h', want: 'valid' },
    { given: 'i', want: [issue('', 'one of "a", "b", "c", "d", "e", "f", "g", "h"', 'string "i"')] },
    { given: ['a'], want: [issue('', 'one of "a", "b", "c", "d", "e", "f", "g", "h"', 'array')] },
  ]);
  table('3.1', 'ConstStr', [
    { given: 'x', want: 'valid' },
    { given: 'X', want: [issue('', 'one of "x"', 'string "X"')] },
    { given: null, want: [issue('', 'one of "x"', 'null')] },
  ]);
  table('3.1', 'ConstNum', [
    { given: 1, want: 'valid' },
    { given: 1.0, want: 'valid' },
    { given: '1', want: [issue('', 'one of 1', 'string "1"')] },
    { given: true, want: [issue('', 'one of 1', 'boolean')] },
  ]);
  table('3.1', 'TypedConst', [
    { given: 'x', want: 'valid' },
    { given: 'y', want: [issue('', 'one of "x"', 'string "y"')] },
  ]);
});

describe('required and properties', () => {
  table('3.0', 'Person', [
    { given: { id: 1, name: 'a' }, want: 'valid' },
    { given: { id: 1, name: 'a', nick: 'n', unknown: { deep: [1] } }, want: 'valid' },
    { given: {}, want: [required('/id', 'integer'), required('/name', 'string')] },
    { given: { id: '1', name: 2 }, want: [issue('/id', 'integer', 'string "1"'), issue('/name', 'string', 'integer 2')] },
    { given: { id: 1, name: 'a', nick: null }, want: [issue('/nick', 'string', 'null')] },
    { given: { id: 1, name: 'a', nick: 7 }, want: [issue('/nick', 'string', 'integer 7')] },
    { given: { id: NaN, name: 'a' }, want: [issue('/id', 'integer', 'NaN')] },
    { given: [], want: [issue('', 'object', 'array')] },
  ]);
  table('3.0', 'RequiredOnly', [
    { given: { x: null }, want: 'valid' },
    { given: { x: 0, y: 1 }, want: 'valid' },
    { given: {}, want: [required('/x', 'any value')] },
  ]);
  // An inherited `constructor` (every object has one) must not count as present.
  table('3.0', 'RequiredConstructor', [
    { given: { constructor: 'c' }, want: 'valid' },
    { given: {}, want: [required('/constructor', 'string')] },
    { given: { constructor: 1 }, want: [issue('/constructor', 'string', 'integer 1')] },
  ]);
  table('3.0', 'OddKeys', [
    { given: { 'a/b': 1, 'c~d': 2 }, want: 'valid' },
    { given: {}, want: [required('/a~1b', 'integer'), required('/c~0d', 'integer')] },
    { given: { 'a/b': 'x', 'c~d': 2 }, want: [issue('/a~1b', 'integer', 'string "x"')] },
  ]);
  table('3.1', 'BoolSchemas', [
    { given: {}, want: 'valid' },
    { given: { any: { x: [null] } }, want: 'valid' },
    { given: { none: 1 }, want: [issue('/none', 'nothing (no value is allowed here)', 'integer 1')] },
  ]);
});

describe('additionalProperties', () => {
  table('3.0', 'Closed', [
    { given: {}, want: 'valid' },
    { given: { a: 'x' }, want: 'valid' },
    { given: { a: 'x', b: 1 }, want: [issue('/b', 'no such property', 'integer 1', 'is not an allowed property')] },
    { given: { 'x/y': true, '~': null }, want: [issue('/x~1y', 'no such property', 'boolean', 'is not an allowed property'), issue('/~0', 'no such property', 'null', 'is not an allowed property')] },
    { given: { a: 1, b: 2 }, want: [issue('/a', 'string', 'integer 1'), issue('/b', 'no such property', 'integer 2', 'is not an allowed property')] },
  ]);
  table('3.0', 'Open', [
    { given: { a: 'x', b: 1, c: { d: [] } }, want: 'valid' },
    { given: { a: 1, b: 1 }, want: [issue('/a', 'string', 'integer 1')] },
  ]);
  table('3.0', 'IntMap', [
    { given: { name: 'n', x: 1, y: -2 }, want: 'valid' },
    { given: { name: 'n', x: 'one' }, want: [issue('/x', 'integer', 'string "one"')] },
    { given: { name: 5 }, want: [issue('/name', 'string', 'integer 5')] },
    { given: { x: 1.5, y: null }, want: [issue('/x', 'integer', 'number 1.5'), issue('/y', 'integer', 'null')] },
  ]);
});

describe('items, prefixItems, minItems/maxItems, uniqueItems', () => {
  table('3.0', 'Strings', [
    { given: [], want: 'valid' },
    { given: ['a', 'b'], want: 'valid' },
    { given: ['a', 1, null], want: [issue('/1', 'string', 'integer 1'), issue('/2', 'string', 'null')] },
    { given: { 0: 'a', length: 1 }, want: [issue('', 'array', 'object')] },
  ]);
  table('3.0', 'OneOrTwo', [
    { given: [1], want: 'valid' },
    { given: [1, 2], want: 'valid' },
    { given: [], want: [issue('', 'array of at least 1 items', 'array')] },
    { given: [1, 2, 3], want: [issue('', 'array of at most 2 items', 'array')] },
  ]);
  table('3.0', 'Unique', [
    { given: [1, '1', [1], { a: 1 }, null, true], want: 'valid' },
    { given: [{ a: 1 }, { a: 2 }], want: 'valid' },
    { given: [1, 1], want: [issue('', 'array of unique items', 'array', 'must not contain duplicate items')] },
    { given: [0, -0], want: [issue('', 'array of unique items', 'array', 'must not contain duplicate items')] },
    { given: [{ a: 1, b: 2 }, { b: 2, a: 1 }], want: [issue('', 'array of unique items', 'array', 'must not contain duplicate items')] },
    { given: [[1, [2]], [1, [2]]], want: [issue('', 'array of unique items', 'array', 'must not contain duplicate items')] },
  ]);
  table('3.1', 'Pair', [
    { given: ['a', 1], want: 'valid' },
    { given: ['a'], want: 'valid' },
    { given: [], want: 'valid' },
    { given: ['a', 1, true], want: [issue('', 'array of at most 2 items', 'array')] },
    { given: [1, 'a'], want: [issue('/0', 'string', 'integer 1'), issue('/1', 'integer', 'string "a"')] },
  ]);
  table('3.1', 'Header', [
    { given: ['h', true, false], want: 'valid' },
    { given: [], want: 'valid' },
    { given: ['h', 'x'], want: [issue('/1', 'boolean', 'string "x"')] },
    { given: [true], want: [issue('/0', 'string', 'boolean')] },
  ]);
});

describe('minLength/maxLength count code points; pattern', () => {
  table('3.0', 'Short', [
    { given: 'ab', want: 'valid' },
    { given: 'abc', want: 'valid' },
    // Two astral characters: two code points, four UTF-16 units.
    { given: '😀😀', want: 'valid' },
    { given: '😀😀😀', want: 'valid' },
    { given: 'e\u0301e', want: 'valid' },
    // A lone surrogate counts as one code point.
    { given: '\uD83Da', want: 'valid' },
    { given: 'a', want: [issue('', 'string of at least 2 characters', 'string "a"')] },
    { given: '😀', want: [issue('', 'string of at least 2 characters', 'string "😀"')] },
    { given: 'abcd', want: [issue('', 'string of at most 3 characters', 'string "abcd"')] },
    { given: '😀😀😀😀', want: [issue('', 'string of at most 3 characters', 'string "😀😀😀😀"')] },
  ]);
  table('3.0', 'Slug', [
    { given: 'a-1', want: 'valid' },
    { given: 'A', want: [issue('', 'string matching ^[a-z][a-z0-9-]*$', 'string "A"')] },
    { given: '', want: [issue('', 'string matching ^[a-z][a-z0-9-]*$', 'string ""')] },
    { given: 'a\n', want: [issue('', 'string matching ^[a-z][a-z0-9-]*$', 'string "a\\n"')] },
  ]);
  // Patterns are Unicode regular expressions, as in ajv.
  table('3.0', 'Letter', [
    { given: 'Ωé', want: 'valid' },
    { given: 'a1', want: [issue('', 'string matching ^\\p{L}+$', 'string "a1"')] },
  ]);
  // A pattern is not anchored unless it says so.
  table('3.0', 'Unanchored', [
    { given: 'abc', want: 'valid' },
    { given: 'xyz', want: [issue('', 'string matching b', 'string "xyz"')] },
  ]);
});

describe('minimum, maximum, exclusiveMinimum/exclusiveMaximum (3.0 booleans, 3.1 numbers), multipleOf', () => {
  table('3.0', 'Range', [
    { given: 1, want: 'valid' },
    { given: 10, want: 'valid' },
    { given: 5.5, want: 'valid' },
    { given: 0.999, want: [issue('', 'number that is >= 1', 'number 0.999', 'must be >= 1')] },
    { given: 10.5, want: [issue('', 'number that is <= 10', 'number 10.5', 'must be <= 10')] },
    // NaN compares false with every bound, so it must fail as "not a number" first.
    { given: NaN, want: [issue('', 'number', 'NaN')] },
    { given: Infinity, want: [issue('', 'number', 'Infinity')] },
  ]);
  table('3.0', 'Open01', [
    { given: 0.5, want: 'valid' },
    { given: Number.MIN_VALUE, want: 'valid' },
    { given: 0, want: [issue('', 'number that is > 0', 'integer 0', 'must be > 0')] },
    { given: 1, want: [issue('', 'number that is < 1', 'integer 1', 'must be < 1')] },
  ]);
  table('3.0', 'Closed01', [
    { given: 0, want: 'valid' },
    { given: 1, want: 'valid' },
    { given: -0.1, want: [issue('', 'number that is >= 0', 'number -0.1', 'must be >= 0')] },
    { given: 1.1, want: [issue('', 'number that is <= 1', 'number 1.1', 'must be <= 1')] },
  ]);
  table('3.1', 'Excl', [
    { given: 9.99, want: 'valid' },
    { given: NaN, want: [issue('', 'number', 'NaN')] },
    { given: 0, want: [issue('', 'number that is > 0', 'integer 0', 'must be > 0')] },
    { given: 10, want: [issue('', 'number that is < 10', 'integer 10', 'must be < 10')] },
  ]);
  table('3.1', 'ExclInt', [
    { given: 1, want: 'valid' },
    { given: 3, want: 'valid' },
    { given: 0, want: [issue('', 'integer that is > 0', 'integer 0', 'must be > 0')] },
    { given: 4, want: [issue('', 'integer that is <= 3', 'integer 4', 'must be <= 3')] },
    { given: 0.5, want: [issue('', 'integer', 'number 0.5')] },
  ]);
  table('3.0', 'Fives', [
    { given: 0, want: 'valid' },
    { given: -15, want: 'valid' },
    { given: 7, want: [issue('', 'integer that is a multiple of 5', 'integer 7', 'must be a multiple of 5')] },
    { given: 5e21, want: 'valid', ajvWrong: 'ajv tests 5e21 / 5 !== parseInt(5e21 / 5), and parseInt("1e+21") is 1' },
  ]);
  table('3.0', 'Halves', [
    { given: 1.5, want: 'valid' },
    { given: -2, want: 'valid' },
    { given: 0.25, want: [issue('', 'number that is a multiple of 0.5', 'number 0.25', 'must be a multiple of 0.5')] },
  ]);
  table('3.0', 'Cents', [
    { given: 0.5, want: 'valid' },
    { given: 12, want: 'valid' },
    { given: 0.005, want: [issue('', 'number that is a multiple of 0.01', 'number 0.005', 'must be a multiple of 0.01')] },
  ]);
});

describe('limits without a type apply to values of their type only', () => {
  const none = (received: string) => [issue('', 'a value matching at least one of 5 alternatives (anyOf)', received, 'matches none of the anyOf alternatives')];
  table('3.0', 'Typeless', [
    { given: 10, want: 'valid' },
    { given: 'a string', want: 'valid' },
    { given: null, want: 'valid' },
    { given: { a: 1 }, want: 'valid' },
    { given: 11, want: none('integer 11') },
  ]);
  table('3.0', 'TypelessLength', [
    { given: 'ab', want: 'valid' },
    { given: 5, want: 'valid' },
    { given: [], want: 'valid' },
    { given: '', want: none('string ""') },
  ]);
  it('rejects NaN under a number limit (not JSON, never a number), where ajv lets it through', () => {
    expect(v30.get('Typeless').is(NaN)).toBe(false);
    expect(ajv30.validator('/components/schemas/Typeless')(NaN)).toBe(true);
  });
});

describe('allOf, anyOf, oneOf (exactly one)', () => {
  table('3.0', 'Employee', [
    { given: { id: 1, name: 'a', badge: 1 }, want: 'valid' },
    { given: { id: 1, name: 'a' }, want: [required('/badge', 'integer')] },
    { given: { badge: 0 }, want: [required('/id', 'integer'), required('/name', 'string'), issue('/badge', 'integer that is >= 1', 'integer 0', 'must be >= 1')] },
  ]);
  table('3.0', 'StrOrInt', [
    { given: 'a', want: 'valid' },
    { given: 1, want: 'valid' },
    { given: 1.5, want: [issue('', 'a value matching at least one of 2 alternatives (anyOf)', 'number 1.5', 'matches none of the anyOf alternatives')] },
  ]);
  table('3.0', 'IntXorBig', [
    { given: 3, want: 'valid' },
    { given: 7.5, want: 'valid' },
    { given: 7, want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'integer 7', 'must match exactly one oneOf alternative')] },
    { given: 4.5, want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'number 4.5', 'must match exactly one oneOf alternative')] },
    { given: 'x', want: [issue('', 'a value matching exactly one of 2 alternatives (oneOf)', 'string "x"', 'must match exactly one oneOf alternative')] },
  ]);
});

describe('discriminator', () => {
  // Rows where the tag and oneOf agree; where they do not, see regressions.test.ts.
  for (const schema of ['PetByRef', 'PetByName']) {
    table('3.0', schema, [
      { given: { petType: 'cat', meow: true }, want: 'valid' },
      { given: { petType: 'dog', bark: 3 }, want: 'valid' },
      { given: { petType: 'cat' }, want: [required('/meow', 'boolean')] },
      { given: { petType: 'dog', bark: -1 }, want: [issue('/bark', 'integer that is >= 0', 'integer -1', 'must be >= 0')] },
      { given: { meow: true }, want: [issue('/petType', 'one of "cat", "dog"', 'nothing')] },
      { given: { petType: 'bird' }, want: [issue('/petType', 'one of "cat", "dog"', 'string "bird"')] },
      { given: 5, want: [issue('', 'object', 'integer 5')] },
    ]);
  }
  // Without a mapping, a $ref member is selected by its component name.
  table('3.0', 'PetImplicit', [
    { given: { petType: 'Cat', meow: false }, want: 'valid' },
    { given: { petType: 'Dog', bark: 0 }, want: 'valid' },
    { given: { petType: 'Dog' }, want: [required('/bark', 'integer')] },
    { given: {}, want: [issue('/petType', 'one of "Cat", "Dog"', 'nothing')] },
  ]);
  table('3.1', 'Shape', [
    { given: { kind: 'circle', radius: 1 }, want: 'valid' },
    { given: { kind: 'square', side: 2 }, want: 'valid' },
    { given: { kind: 'square', side: 2, extra: 1 }, want: [issue('/extra', 'no such property', 'integer 1', 'is not an allowed property')] },
    { given: { kind: 'circle', radius: 0 }, want: [issue('/radius', 'number that is > 0', 'integer 0', 'must be > 0')] },
    { given: { kind: 'triangle' }, want: [issue('/kind', 'one of "circle", "square"', 'string "triangle"')] },
  ]);
});

describe('recursive schemas', () => {
  table('3.0', 'Tree', [
    { given: { value: 1, children: [{ value: 2, children: [{ value: 3 }] }, { value: 4 }] }, want: 'valid' },
    { given: { value: 1, children: [{ value: 2, children: [{ value: 'x' }] }] }, want: [issue('/children/0/children/0/value', 'integer', 'string "x"')] },
    { given: { value: 1, children: [{}] }, want: [required('/children/0/value', 'integer')] },
  ]);
  table('3.0', 'Ping', [
    { given: { pong: { n: 1, ping: { pong: { n: 2 } } } }, want: 'valid' },
    { given: { pong: { n: 1, ping: { pong: { n: 'x' } } } }, want: [issue('/pong/ping/pong/n', 'integer', 'string "x"')] },
  ]);
  table('3.1', 'Node', [
    { given: { value: 1, next: { value: 2, next: null } }, want: 'valid' },
    { given: { value: 1, next: { value: 'a' } }, want: [issue('/next', 'a value matching at least one of 2 alternatives (anyOf)', 'object', 'matches none of the anyOf alternatives')] },
  ]);
});

describe('formats', () => {
  const ajvTimeGap = 'ajv-formats never range-checks the clock in its leap-second arithmetic (see formats.test.ts)';
  table('3.0', 'DateTimeValue', [
    { given: '2019-10-12T07:20:50.52Z', want: 'valid' },
    { given: '2016-12-31T23:59:60Z', want: 'valid' },
    { given: '2019-02-29T00:00:00Z', want: [issue('', 'date-time string', 'string "2019-02-29T00:00:00Z"')] },
    { given: '2019-10-12T07:20:50', want: [issue('', 'date-time string', 'string "2019-10-12T07:20:50"')] },
    { given: '2019-10-12T24:59:00+01:00', want: [issue('', 'date-time string', 'string "2019-10-12T24:59:00+01:00"')], ajvWrong: ajvTimeGap },
    { given: 5, want: [issue('', 'string', 'integer 5')] },
  ]);
  table('3.0', 'DateValue', [
    { given: '2020-02-29', want: 'valid' },
    { given: '2019-02-29', want: [issue('', 'date string', 'string "2019-02-29"')] },
    { given: '2019-1-01', want: [issue('', 'date string', 'string "2019-1-01"')] },
  ]);
  table('3.0', 'TimeValue', [
    { given: '23:59:60Z', want: 'valid' },
    { given: '07:20:50.52+05:30', want: 'valid' },
    { given: '12:00:00', want: [issue('', 'time string', 'string "12:00:00"')] },
    { given: '24:59:00+01:00', want: [issue('', 'time string', 'string "24:59:00+01:00"')], ajvWrong: ajvTimeGap },
  ]);
  table('3.0', 'UuidValue', [
    { given: '123e4567-e89b-12d3-a456-426614174000', want: 'valid' },
    { given: '123e4567-e89b-12d3-a456-42661417400', want: [issue('', 'uuid string', 'string "123e4567-e89b-12d3-a456-42661417400"')] },
  ]);
  table('3.0', 'EmailValue', [
    { given: 'user@example.com', want: 'valid' },
    { given: 'user@localhost', want: [issue('', 'email string', 'string "user@localhost"')] },
    { given: 'a b@example.com', want: [issue('', 'email string', 'string "a b@example.com"')] },
  ]);
  table('3.0', 'UriValue', [
    { given: 'https://example.com/a?b#c', want: 'valid' },
    { given: 'urn:isbn:0451450523', want: 'valid' },
    { given: '/relative/path', want: [issue('', 'uri string', 'string "/relative/path"')] },
    { given: 'http://exa mple.com', want: [issue('', 'uri string', 'string "http://exa mple.com"')] },
  ]);
  table('3.0', 'Ipv4Value', [
    { given: '192.168.0.1', want: 'valid' },
    { given: '256.0.0.1', want: [issue('', 'ipv4 string', 'string "256.0.0.1"')] },
    { given: '01.2.3.4', want: [issue('', 'ipv4 string', 'string "01.2.3.4"')] },
  ]);
  table('3.0', 'Ipv6Value', [
    { given: '::1', want: 'valid' },
    { given: '2001:db8::8a2e:370:7334', want: 'valid' },
    { given: '::ffff:192.0.2.1', want: 'valid' },
    { given: '1::2::3', want: [issue('', 'ipv6 string', 'string "1::2::3"')] },
    { given: 'fe80::1%eth0', want: [issue('', 'ipv6 string', 'string "fe80::1%eth0"')] },
  ]);
});

describe('"__proto__" can neither pollute a prototype nor hide a required property', () => {
  // JSON.parse makes "__proto__" an own property; an object literal would set the prototype.
  const parse = (text: string): unknown => JSON.parse(text);

  table('3.0', 'Person', [
    // The required properties sit under "__proto__", not on the object: they are missing.
    { given: parse('{"__proto__": {"id": 1, "name": "a"}}'), want: [required('/id', 'integer'), required('/name', 'string')] },
    { given: parse('{"id": 1, "name": "a", "__proto__": {"polluted": true}}'), want: 'valid' },
  ]);
  table('3.0', 'RequiredProto', [
    { given: parse('{"__proto__": {}}'), want: 'valid' },
    // Every object inherits a `__proto__`; it must not satisfy `required`.
    { given: {}, want: [required('/__proto__', 'object')] },
    { given: parse('{"__proto__": 1}'), want: [issue('/__proto__', 'object', 'integer 1')], ajvWrong: 'ajv skips a property named "__proto__" in `properties`' },
  ]);
  table('3.0', 'Closed', [{ given: parse('{"__proto__": {"a": "x"}}'), want: [issue('/__proto__', 'no such property', 'object', 'is not an allowed property')] }]);
  table('3.0', 'IntMap', [{ given: parse('{"name": "n", "__proto__": "x"}'), want: [issue('/__proto__', 'integer', 'string "x"')] }]);

  it('leaves Object.prototype untouched after validating, and returns the own "__proto__" key as it was', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const value = parse('{"id": 1, "name": "a", "__proto__": {"polluted": true, "id": "x"}}') as Record<string, unknown>;
    for (const schema of ['Person', 'Open', 'Closed', 'IntMap', 'Obj', 'RequiredProto']) v30.get(schema).validate(value);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true, id: 'x' });
  });
});

describe('the input is returned as is', () => {
  it('is the same object, unknown properties kept at every level, nothing changed', () => {
    const value = { id: 'o1', lines: [{ sku: 'a', qty: 2, note: 'gift' }], channel: 'web', meta: { trace: [1, 2] } };
    const snapshot = JSON.stringify(value);
    const result = v30.get('Order').validate(value);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBe(value);
    expect(JSON.stringify(value)).toBe(snapshot);
    expect(result.ok && (result.value as typeof value).lines[0]).toBe(value.lines[0]);
  });

  it('collects every issue, in document order, and leaves the invalid value unchanged', () => {
    const value = { id: 1, lines: [{ qty: 0 }, { sku: 'b', qty: 1.5 }], extra: true };
    const snapshot = JSON.stringify(value);
    expect(v30.get('Order').validate(value)).toEqual({
      ok: false,
      errors: [
        issue('/id', 'string', 'integer 1'),
        required('/lines/0/sku', 'string'),
        issue('/lines/0/qty', 'integer that is >= 1', 'integer 0', 'must be >= 1'),
        issue('/lines/1/qty', 'integer', 'number 1.5'),
      ],
    });
    expect(JSON.stringify(value)).toBe(snapshot);
  });

  it('gives each call its own issue list', () => {
    const { validate } = v30.get('Str');
    const first = validate(1);
    const second = validate(1);
    expect(first).toEqual(second);
    expect(!first.ok && !second.ok && first.errors !== second.errors).toBe(true);
  });
});
