import { describe, expect, it } from '@jest/globals';
import { serializeQuery, type QueryStyle } from '../../../templates/runtime/internal/query.js';

/**
 * Query serialization as OpenAPI 3's `style` and `explode` define it (the table in the
 * specification's "Style Examples"), for the parameter `color` with the spec's own values:
 * the string "blue", the array ["blue", "black", "brown"] and the object {R: 100, G: 200, B: 150}.
 * Expected strings are written out by hand, so that a mistake in the encoding cannot also be in
 * the expectation.
 */
const blue = 'blue';
const colors = ['blue', 'black', 'brown'];
const rgb = { R: 100, G: 200, B: 150 };

const styleTable: Array<[string, QueryStyle | undefined, unknown, string]> = [
  ['form, explode (the default): string', undefined, blue, 'color=blue'],
  ['form, explode (the default): array', undefined, colors, 'color=blue&color=black&color=brown'],
  ['form, explode (the default): object', undefined, rgb, 'R=100&G=200&B=150'],
  ['form, explode given explicitly: array', { style: 'form', explode: true }, colors, 'color=blue&color=black&color=brown'],
  ['form, no explode: string', { style: 'form', explode: false }, blue, 'color=blue'],
  ['form, no explode: array', { style: 'form', explode: false }, colors, 'color=blue,black,brown'],
  ['form, no explode: object', { style: 'form', explode: false }, rgb, 'color=R,100,G,200,B,150'],
  ['spaceDelimited: array', { style: 'spaceDelimited', explode: false }, colors, 'color=blue%20black%20brown'],
  ['spaceDelimited, explode: array (as form, exploded)', { style: 'spaceDelimited', explode: true }, colors, 'color=blue&color=black&color=brown'],
  ['pipeDelimited: array', { style: 'pipeDelimited', explode: false }, colors, 'color=blue|black|brown'],
  ['pipeDelimited, explode: array (as form, exploded)', { style: 'pipeDelimited', explode: true }, colors, 'color=blue&color=black&color=brown'],
  ['deepObject: object', { style: 'deepObject', explode: true }, rgb, 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
];

describe('serializeQuery follows the OpenAPI style table', () => {
  it.each(styleTable)('%s', (_name, style, value, want) => {
    expect(serializeQuery({ color: value }, style ? { color: style } : {})).toBe(want);
  });
});

const NO_EXPLODE: QueryStyle = { style: 'form', explode: false };
const DEEP: QueryStyle = { style: 'deepObject', explode: true };

/** [behaviour, query, styles, want]. */
const cases: Array<[string, Record<string, unknown>, Record<string, QueryStyle>, string]> = [
  ['leaves out undefined and null parameters', { a: undefined, b: null, c: 'x' }, {}, 'c=x'],
  ['leaves out undefined and null items of an exploded array', { c: [1, null, undefined, 2] }, {}, 'c=1&c=2'],
  ['leaves out undefined and null items of a delimited array', { c: ['a', null, 'b'] }, { c: NO_EXPLODE }, 'c=a,b'],
  ['leaves out a delimited array that has only null items', { c: [null] }, { c: NO_EXPLODE }, ''],
  ['leaves out undefined and null fields of an exploded object', { d: { x: undefined, y: 'z', w: null } }, {}, 'y=z'],
  ['leaves out undefined and null fields of a form object that is not exploded', { d: { x: null, y: 'z' } }, { d: NO_EXPLODE }, 'd=y,z'],
  ['leaves out undefined and null fields of a deepObject', { d: { x: undefined, y: 'z' } }, { d: DEEP }, 'd%5By%5D=z'],
  ['sends nothing for an empty array, exploded or not', { a: [], b: [] }, { b: NO_EXPLODE }, ''],
  ['sends nothing for an empty object, exploded or not', { a: {}, b: {} }, { b: NO_EXPLODE }, ''],
  ['sends falsy values that are set: 0, false and the empty string', { n: 0, b: false, s: '' }, {}, 'n=0&b=false&s='],
  ['keeps the parameters in the order given', { z: 1, a: 2, m: 3 }, {}, 'z=1&a=2&m=3'],
  ['applies a style to its own parameter only', { list: ['a', 'b'], other: ['c', 'd'] }, { list: NO_EXPLODE }, 'list=a,b&other=c&other=d'],
  ['percent-encodes names and values so that they cannot add parameters', { 'a&b': 'c=d&e' }, {}, 'a%26b=c%3Dd%26e'],
  ['percent-encodes the items of a delimited array, so that an item cannot add a delimiter', { list: ['x,y', 'z'] }, { list: NO_EXPLODE }, 'list=x%2Cy,z'],
  ['percent-encodes the keys and values of a form object that is not exploded', { d: { 'k,1': 'v&2' } }, { d: NO_EXPLODE }, 'd=k%2C1,v%262'],
  ['sends arrays of objects, which OpenAPI leaves undefined, in brackets', { filters: [{ key: 'model', operator: 'eq', value: ['gpt'] }] }, {}, 'filters%5Bkey%5D=model&filters%5Boperator%5D=eq&filters%5Bvalue%5D=gpt'],
  ['sends a deepObject nested in a deepObject in brackets', { filter: { a: { b: 1 } } }, { filter: DEEP }, 'filter%5Ba%5D%5Bb%5D=1'],
  ['sends a deepObject array as repeated keys', { tag: ['a', 'b'] }, { tag: DEEP }, 'tag=a&tag=b'],
];

describe('serializeQuery', () => {
  it.each(cases)('%s', (_name, query, styles, want) => {
    expect(serializeQuery(query, styles)).toBe(want);
  });
});
