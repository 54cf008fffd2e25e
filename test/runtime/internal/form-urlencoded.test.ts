import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import qs from 'qs';
import { encodeForm, type FormEncoding } from '../../../templates/runtime/internal/form-urlencoded.js';
import { InvalidParameterError } from '../../../templates/runtime/core/errors.js';

const stringifyQs = (value: Record<string, unknown>) => qs.stringify(value, { arrayFormat: 'indices' });
const parseQs = (body: string) => qs.parse(body, { arrayLimit: 10_000, depth: 100, parameterLimit: Infinity });

describe('encodeForm: bracket notation, as Stripe reads it', () => {
  it('sends nested objects and arrays with indices', () => {
    expect(decodeURIComponent(encodeForm({ metadata: { order: 7 }, items: [{ price: 'p1', quantity: 2 }], expand: ['customer', 'invoice'] }))).toBe(
      'metadata[order]=7&items[0][price]=p1&items[0][quantity]=2&expand[0]=customer&expand[1]=invoice',
    );
  });

  it('escapes brackets, as qs and the WHATWG form serializer do', () => {
    expect(encodeForm({ metadata: { order: 7 } })).toBe('metadata%5Border%5D=7');
  });

  it('sends "" as an empty value (Stripe unsets the field) and null as one too', () => {
    expect(encodeForm({ description: '', coupon: null, metadata: { a: '' } })).toBe('description=&coupon=&metadata%5Ba%5D=');
  });

  it('leaves out undefined, functions, symbols, and empty arrays and objects', () => {
    expect(encodeForm({ a: undefined, b: () => 1, c: Symbol('c'), d: [], e: {}, f: { g: [] }, h: [undefined, 'x'], i: 1 })).toBe('h%5B1%5D=x&i=1');
  });

  it('sends Dates as ISO 8601, numbers, booleans and bigints as their text', () => {
    expect(encodeForm({ at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), n: -1.5, t: true, big: 12345678901234567890n })).toBe('at=2024-01-02T03%3A04%3A05.000Z&n=-1.5&t=true&big=12345678901234567890');
  });

  it('sends a space as %20 and escapes every sub-delimiter (RFC 3986, as qs does)', () => {
    expect(encodeForm({ 'a b': "x+y&z=1 !'()*~-._%" })).toBe('a%20b=x%2By%26z%3D1%20%21%27%28%29%2A~-._%25');
  });

  it('reads back with URLSearchParams as the same pairs', () => {
    const body = encodeForm({ q: 'a b+c', list: ['x&y', 'z=w'] });
    expect([...new URLSearchParams(body)]).toEqual([['q', 'a b+c'], ['list[0]', 'x&y'], ['list[1]', 'z=w']]);
  });
});

/** The OpenAPI 3.1 style table ("Style Examples") for a top-level property of a form body. */
describe('encodeForm: top-level properties with an OpenAPI encoding', () => {
  const colors = ['blue', 'black', 'brown'];
  const rgb = { R: 100, G: 200, B: 150 };
  const rows: Array<[string, FormEncoding, unknown, string]> = [
    ['form, explode (form\'s default): array', { style: 'form' }, colors, 'color=blue&color=black&color=brown'],
    ['form, explode: object', { style: 'form', explode: true }, rgb, 'R=100&G=200&B=150'],
    ['explode alone means form', { explode: true }, colors, 'color=blue&color=black&color=brown'],
    ['form, no explode: array', { style: 'form', explode: false }, colors, 'color=blue,black,brown'],
    ['form, no explode: object', { style: 'form', explode: false }, rgb, 'color=R,100,G,200,B,150'],
    ['spaceDelimited: array', { style: 'spaceDelimited' }, colors, 'color=blue%20black%20brown'],
    ['spaceDelimited: object', { style: 'spaceDelimited', explode: false }, rgb, 'color=R%20100%20G%20200%20B%20150'],
    ['pipeDelimited: array', { style: 'pipeDelimited', explode: false }, colors, 'color=blue|black|brown'],
    ['pipeDelimited: object', { style: 'pipeDelimited' }, rgb, 'color=R|100|G|200|B|150'],
    ['deepObject: object', { style: 'deepObject', explode: true }, rgb, 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
    ['deepObject: array (Stripe\'s spec uses it for arrays), with indices', { style: 'deepObject', explode: true }, colors, 'color%5B0%5D=blue&color%5B1%5D=black&color%5B2%5D=brown'],
    ['a string, whatever the style', { style: 'form', explode: false }, 'blue', 'color=blue'],
  ];
  it.each(rows)('%s', (_name, encoding, value, want) => {
    expect(encodeForm({ color: value }, { color: encoding })).toBe(want);
  });

  it('escapes a delimiter inside a value, so that it stays apart from the delimiters', () => {
    expect(encodeForm({ list: ['a,b', 'c|d'] }, { list: { style: 'form', explode: false } })).toBe('list=a%2Cb,c%7Cd');
    expect(encodeForm({ list: ['a,b', 'c|d'] }, { list: { style: 'pipeDelimited' } })).toBe('list=a%2Cb|c%7Cd');
  });

  it('sends values with nested members, which OpenAPI does not define, in brackets', () => {
    expect(encodeForm({ items: [{ price: 'p1' }] }, { items: { style: 'form', explode: true } })).toBe('items%5B0%5D%5Bprice%5D=p1');
  });

  it('applies an entry to its property only', () => {
    expect(encodeForm({ a: ['x', 'y'], b: ['x', 'y'] }, { a: { style: 'form', explode: false } })).toBe('a=x,y&b%5B0%5D=x&b%5B1%5D=y');
  });

  it('leaves out empty and undefined members, and sends null members as empty values', () => {
    expect(encodeForm({ a: [], b: {}, c: [undefined, null, 'z'] }, { a: { style: 'form', explode: false }, b: { style: 'form', explode: false }, c: { style: 'form', explode: false } })).toBe('c=,z');
  });

  it('does not take a name the encoding object inherits (toString) for an entry', () => {
    expect(encodeForm({ toString: ['a', 'b'] }, {})).toBe('toString%5B0%5D=a&toString%5B1%5D=b');
  });
});

// ---------------------------------------------------------------------------------------------
// Differential against qs.stringify(value, { arrayFormat: 'indices' }): the same bytes.

const specials = fc.constantFrom('&', '=', '[', ']', '+', '%', ' ', '  ', '#', '?', '/', ';', ',', '!', "'", '(', ')', '*', '~', 'é', '€', '😀', '\u{10FFFF}', '\0', '\uFEFF');
const unicode = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), specials), maxLength: 16 });
const scalar = fc.oneof(
  { weight: 6, arbitrary: unicode },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(-0)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** Values of any shape and any keys (ones with brackets too): what qs and we must send alike. */
const anyKey = fc.oneof(unicode, fc.constantFrom('0', '1', '10', 'a[b', 'c]', '[]', 'toString'));
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(anyKey, tie('value'), { maxKeys: 4 })),
})).value;
const anyBody = fc.dictionary(anyKey, anyValue, { maxKeys: 6 });

describe('encodeForm against qs.stringify(value, { arrayFormat: "indices" })', () => {
  it('sends the same bytes for random nested values', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        expect(encodeForm(body)).toBe(stringifyQs(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('sends the same bytes for Stripe-shaped bodies', () => {
    const stripeLike = fc.record({
      customer: unicode,
      expand: fc.array(fc.constantFrom('customer', 'invoice.subscription', 'data.charges'), { maxLength: 3 }),
      metadata: fc.dictionary(unicode, unicode, { maxKeys: 4 }),
      line_items: fc.array(fc.record({ price: unicode, quantity: fc.nat(), tax_rates: fc.array(unicode, { maxLength: 2 }) }), { maxLength: 3 }),
      description: fc.constantFrom('', 'x', undefined, null),
    });
    fc.assert(
      fc.property(stripeLike, (body) => {
        expect(encodeForm(body)).toBe(stringifyQs(body));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * qs.parse of what we send gives back the object, as a form parser reads it: every leaf as
 * text, null as "", undefined members, empty arrays and objects gone, arrays compacted. Keys are
 * ones bracket notation can carry: not empty, no brackets, not an array index (qs.parse reads
 * `{ "0": x }` as an array), and not a name on Object.prototype (qs.parse drops those).
 */
const plainKey = unicode.filter((k) => k !== '' && !/[[\]]/.test(k) && !/^\d+$/.test(k) && !(k in Object.prototype));
const roundTripValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(plainKey, tie('value'), { maxKeys: 4 })),
})).value;

function asFormReadsIt(value: unknown): unknown {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(asFormReadsIt).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, asFormReadsIt(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return String(value);
}

describe('qs.parse of encodeForm', () => {
  it('gives back the object sent', () => {
    fc.assert(
      fc.property(fc.dictionary(plainKey, roundTripValue, { maxKeys: 6 }), (body) => {
        expect(parseQs(encodeForm(body))).toEqual(asFormReadsIt(body) ?? {});
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Where qs 6.14 (lib/utils.js `encode`) sends bytes that are not the UTF-8 of the text given; we
 * send the text's UTF-8. Found reading its encoder, which walks a string in 1024-unit segments
 * and pairs surrogates by hand; the random strings above are shorter than a segment.
 */
describe('qs deviations', () => {
  it('a surrogate pair across qs\'s 1024-unit segment boundary: qs splits the pair; we send the character', () => {
    const text = 'x'.repeat(1023) + '😀y';
    expect(encodeForm({ s: text })).toBe(`s=${'x'.repeat(1023)}%F0%9F%98%80y`);
    expect(stringifyQs({ s: text })).not.toBe(encodeForm({ s: text }));
    expect(decodeURIComponent(encodeForm({ s: text }).slice(2))).toBe(text);
  });

  it('a lone surrogate: qs sends bytes of no character; we send U+FFFD, as URLSearchParams does', () => {
    expect(encodeForm({ s: '\uD800x', t: 'y\uDC00' })).toBe('s=%EF%BF%BDx&t=y%EF%BF%BD');
    expect(new URLSearchParams({ s: '\uD800x' }).toString()).toBe('s=%EF%BF%BDx');
    expect(stringifyQs({ s: '\uD800x' })).toBe('s=%F0%90%81%B8');
  });
});

describe('encodeForm: bytes have no form encoding', () => {
  it.each<{ name: string; body: Record<string, unknown>; path: string }>([
    { name: 'a Blob at the top', body: { logo: new Blob(['png']) }, path: '/body/logo' },
    { name: 'a File in an array', body: { images: ['a', new File(['x'], 'x.png')] }, path: '/body/images/1' },
    { name: 'bytes in an object, under a key that needs escaping', body: { 'meta/data': { raw: new Uint8Array([1, 2]) } }, path: '/body/meta~1data/raw' },
    { name: 'an ArrayBuffer', body: { raw: new ArrayBuffer(2) }, path: '/body/raw' },
    { name: 'a stream', body: { upload: new ReadableStream() }, path: '/body/upload' },
  ])('$name: InvalidParameterError at $path, never a value left out or sent as indices', ({ body, path }) => {
    let thrown: unknown;
    try {
      encodeForm(body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidParameterError);
    expect((thrown as InvalidParameterError).issues).toEqual([expect.objectContaining({ path, expected: 'string' })]);
  });

  it('with an encoding (a styled array of bytes), the same error', () => {
    expect(() => encodeForm({ files: [new Blob(['a'])] }, { files: { style: 'form', explode: false } })).toThrow(InvalidParameterError);
  });
});
