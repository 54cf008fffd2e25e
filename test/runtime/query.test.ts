import { serializeQuery, type QueryStyle } from '../../generated/dist/core/api-client.js';

/**
 * Query serialization as OpenAPI 3's `style` and `explode` define it (the table in the
 * specification's "Style Examples"), for the parameter `color` with the spec's own values:
 * the string "blue", the array ["blue", "black", "brown"] and the object {R: 100, G: 200, B: 150}.
 */
const blue = 'blue';
const colors = ['blue', 'black', 'brown'];
const rgb = { R: 100, G: 200, B: 150 };

const rows: Array<[string, QueryStyle | undefined, unknown, string]> = [
  ['form, explode (the default): string', undefined, blue, 'color=blue'],
  ['form, explode (the default): array', undefined, colors, 'color=blue&color=black&color=brown'],
  ['form, explode (the default): object', undefined, rgb, 'R=100&G=200&B=150'],
  ['form, no explode: string', { style: 'form', explode: false }, blue, 'color=blue'],
  ['form, no explode: array', { style: 'form', explode: false }, colors, 'color=blue,black,brown'],
  ['form, no explode: object', { style: 'form', explode: false }, rgb, 'color=R,100,G,200,B,150'],
  ['spaceDelimited: array', { style: 'spaceDelimited', explode: false }, colors, 'color=blue%20black%20brown'],
  ['pipeDelimited: array', { style: 'pipeDelimited', explode: false }, colors, 'color=blue|black|brown'],
  ['deepObject: object', { style: 'deepObject', explode: true }, rgb, 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
];

describe('serializeQuery follows the OpenAPI style table', () => {
  it.each(rows)('%s', (_name, style, value, want) => {
    expect(serializeQuery({ color: value }, style ? { color: style } : {})).toBe(want);
  });

  it('leaves out undefined and null values, also inside arrays and objects', () => {
    expect(serializeQuery({ a: undefined, b: null, c: [1, null, 2], d: { x: undefined, y: 'z' } })).toBe('c=1&c=2&y=z');
    expect(serializeQuery({ c: [null] }, { c: { style: 'form', explode: false } })).toBe('');
  });

  it('percent-encodes names and values so that they cannot add parameters', () => {
    expect(serializeQuery({ 'a&b': 'c=d&e', list: ['x,y', 'z'] }, { list: { style: 'form', explode: false } })).toBe('a%26b=c%3Dd%26e&list=x%2Cy,z');
  });

  it('sends arrays of objects, which OpenAPI leaves undefined, in brackets', () => {
    expect(serializeQuery({ filters: [{ key: 'model', operator: 'eq', value: ['gpt'] }] })).toBe('filters%5Bkey%5D=model&filters%5Boperator%5D=eq&filters%5Bvalue%5D=gpt');
  });
});
