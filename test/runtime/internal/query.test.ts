import { describe, expect, it } from '@jest/globals';
import { encodeReserved, serializeQuery, type QueryStyle } from '../../../templates/runtime/internal/query.js';

// The OpenAPI Style Examples table, for every location, is test/runtime/internal/param-styles.test.ts.

const NO_EXPLODE: QueryStyle = { style: 'form', explode: false };
const DEEP: QueryStyle = { style: 'deepObject', explode: true };
const PIPES: QueryStyle = { style: 'pipeDelimited', explode: false };

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
  ['sends a spaceDelimited array that is exploded as form, exploded (OpenAPI: n/a)', { c: ['a', 'b'] }, { c: { style: 'spaceDelimited', explode: true } }, 'c=a&c=b'],
  ['sends a pipeDelimited array that is exploded as form, exploded (OpenAPI: n/a)', { c: ['a', 'b'] }, { c: { style: 'pipeDelimited', explode: true } }, 'c=a&c=b'],
  ['sends a primitive of a delimited style as form (OpenAPI: n/a)', { c: 'a b' }, { c: PIPES }, 'c=a%20b'],
  // OAS 3.1.1's table percent-encodes the delimiter itself, so a pipe in an item decodes like one.
  ['percent-encodes a pipe in a pipeDelimited item as it does the delimiter (OAS 3.1.1: %7C)', { c: ['a|b', 'c'] }, { c: PIPES }, 'c=a%7Cb%7Cc'],
  ['joins the keys and values of a pipeDelimited object with the pipe, not a comma', { c: { x: 1, y: 2 } }, { c: PIPES }, 'c=x%7C1%7Cy%7C2'],
  ['joins the keys and values of a spaceDelimited object with the space, not a comma', { c: { x: 1, y: 2 } }, { c: { style: 'spaceDelimited', explode: false } }, 'c=x%201%20y%202'],
];

describe('serializeQuery', () => {
  it.each(cases)('%s', (_name, query, styles, want) => {
    expect(serializeQuery(query, styles)).toBe(want);
  });
});

describe('serializeQuery with allowReserved', () => {
  const RESERVED: QueryStyle = { style: 'form', explode: true, allowReserved: true };
  const reserved = (value: unknown, style: QueryStyle = RESERVED) => serializeQuery({ q: value }, { q: style });

  it("leaves the reserved characters that cannot change the query string unencoded: : / ? @ ! $ ' ( ) * , ;", () => {
    expect(reserved(":/?@!$'()*,;")).toBe("q=:/?@!$'()*,;");
  });

  it('still percent-encodes # [ ] (not allowed in a query), & = (pair delimiters) and + (a space to form decoding)', () => {
    expect(reserved('a#b[c]d&e=f+g')).toBe('q=a%23b%5Bc%5Dd%26e%3Df%2Bg');
  });

  it('keeps percent-encoded triples as they are and encodes a % outside one', () => {
    expect(reserved('a%2Fb%2fc%zz%')).toBe('q=a%2Fb%2fc%25zz%25');
  });

  it('percent-encodes the characters that are not reserved: space, quote, angle brackets, pipe, backslash, non-ASCII', () => {
    expect(reserved('a b"<>|\\ü网')).toBe('q=a%20b%22%3C%3E%7C%5C%C3%BC%E7%BD%91');
  });

  it('applies to the items of a delimited array and to the keys and values of an object that is not exploded', () => {
    expect(reserved(['a/b', 'c:d'], { style: 'form', explode: false, allowReserved: true })).toBe('q=a/b,c:d');
    expect(reserved({ 'k/1': 'v?1' }, { style: 'form', explode: false, allowReserved: true })).toBe('q=k/1,v?1');
    expect(reserved(['a/b', 'c'], { style: 'pipeDelimited', explode: false, allowReserved: true })).toBe('q=a/b%7Cc');
  });

  it('never applies to names: the parameter name, the keys of an exploded object and of a deepObject', () => {
    expect(serializeQuery({ 'a/b': 'x/y' }, { 'a/b': RESERVED })).toBe('a%2Fb=x/y');
    expect(reserved({ 'k/1': 'v/1' })).toBe('k%2F1=v/1');
    expect(reserved({ 'k/1': 'v/1' }, { style: 'deepObject', explode: true, allowReserved: true })).toBe('q%5Bk%2F1%5D=v/1');
  });

  it.each(['a&admin=true', 'x#frag', 'a+b', 'https://example.com/p?x=1&y=2#h', '%', '100%zz', 'a=b=c', '[0]', 'ü 网', ';,/?:@'])(
    'sends %p so that the query string still has one parameter q, which decodes back to it',
    (value) => {
      const params = new URLSearchParams(reserved(value));
      expect([...params.keys()]).toEqual(['q']);
      expect(params.get('q')).toBe(value);
      expect(new URL(`http://h/p?${reserved(value)}`).hash).toBe('');
    },
  );

  it('encodeReserved is encodeURIComponent with the kept reserved characters restored', () => {
    expect(encodeReserved('a/b?c')).toBe('a/b?c');
    expect(encodeReserved('a&b')).toBe(encodeURIComponent('a&b'));
  });
});
