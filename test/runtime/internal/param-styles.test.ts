import { describe, expect, it } from '@jest/globals';
import { InvalidParameterError } from '../../../templates/runtime/core/errors.js';
import { appendCookies, encodeCookie, serializeCookies } from '../../../templates/runtime/internal/cookies.js';
import { checkHeaders, serializeHeaderParam, setHeaderParams } from '../../../templates/runtime/internal/headers.js';
import { expandPath, type PathStyle } from '../../../templates/runtime/internal/path.js';
import { serializeQuery } from '../../../templates/runtime/internal/query.js';

/**
 * Every location against OAS 3.1.1's "Style Examples" table (spec.openapis.org/oas/v3.1.1#style-examples),
 * copied here cell for cell: a parameter `color` with the value "blue", ["blue", "black", "brown"] or
 * {R: 100, G: 200, B: 150}. `n/a` cells (undefined behaviour) are null. The expectations are the table's
 * text, not computed, so that a mistake in the encoding cannot also be in the expectation.
 */
const blue = 'blue';
const colors = ['blue', 'black', 'brown'];
const rgb = { R: 100, G: 200, B: 150 };

type Row = [style: string, explode: boolean, undefined: string | null, string: string | null, array: string | null, object: string | null];

// prettier-ignore
const STYLE_EXAMPLES: Row[] = [
  ['matrix', false, ';color', ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
  ['matrix', true, ';color', ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ['label', false, '.', '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
  ['label', true, '.', '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
  ['simple', false, '', 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
  ['simple', true, '', 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
  ['form', false, '?color=', '?color=blue', '?color=blue,black,brown', '?color=R,100,G,200,B,150'],
  ['form', true, '?color=', '?color=blue', '?color=blue&color=black&color=brown', '?R=100&G=200&B=150'],
  ['spaceDelimited', false, null, null, '?color=blue%20black%20brown', '?color=R%20100%20G%20200%20B%20150'],
  ['spaceDelimited', true, null, null, null, null],
  ['pipeDelimited', false, null, null, '?color=blue%7Cblack%7Cbrown', '?color=R%7C100%7CG%7C200%7CB%7C150'],
  ['pipeDelimited', true, null, null, null, null],
  ['deepObject', false, null, null, null, null],
  ['deepObject', true, null, null, null, '?color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
];

const rows = (location: string[]) => STYLE_EXAMPLES.filter(([style]) => location.includes(style));
/** [row label, value, the table's cell] for the defined cells of the string, array and object columns. */
function cells(location: string[]): Array<[string, unknown, string]> {
  return rows(location).flatMap(([style, explode, , string, array, object]) =>
    (
      [
        ['string', blue, string],
        ['array', colors, array],
        ['object', rgb, object],
      ] as const
    )
      .filter(([, , want]) => want !== null)
      .map(([column, value, want]): [string, unknown, string] => [`${style}, explode ${explode}, ${column}`, value, want!]),
  );
}
const styleOf = (label: string) => {
  const [style, explode] = label.split(', ');
  return { style, explode: explode === 'explode true' };
};

describe('path parameters follow the Style Examples table', () => {
  it.each(cells(['matrix', 'label', 'simple']))('%s', (label, value, want) => {
    expect(expandPath('/items/{color}/x', { color: value }, { color: styleOf(label) as PathStyle })).toBe(`/items/${want}/x`);
  });

  it.each([
    ['string', blue, 'blue'],
    ['array', colors, 'blue,black,brown'],
    ['object', rgb, 'R,100,G,200,B,150'],
  ])('sends a %s without a styles argument as simple, not exploded', (_column, value, want) => {
    expect(expandPath('/items/{color}', { color: value })).toBe(`/items/${want}`);
  });

  // RFC 6570 counts an empty array or object as undefined. A path parameter is always required, so
  // null and undefined are not sent at all (below); the column shows in the text around a segment.
  it.each(rows(['matrix', 'label', 'simple']).flatMap(([style, explode, want]): Array<[string, boolean, unknown, string]> => [
    [style, explode, [], want!],
    [style, explode, {}, want!],
  ]))('%s, explode %s: %p expands as the undefined column, %p', (style, explode, value, want) => {
    expect(expandPath('/items/v{color}', { color: value }, { color: { style, explode } as PathStyle })).toBe(`/items/v${want}`);
  });
});

describe('query parameters follow the Style Examples table', () => {
  // The table shows each as the whole query string, `?` included; serializeQuery writes what follows the `?`.
  it.each(cells(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']))('%s', (label, value, want) => {
    expect(serializeQuery({ color: value }, { color: styleOf(label) })).toBe(want.slice(1));
  });

  it('sends form, exploded (the default) without a styles entry', () => {
    expect(serializeQuery({ color: colors })).toBe('color=blue&color=black&color=brown');
    expect(serializeQuery({ color: rgb })).toBe('R=100&G=200&B=150');
  });

  // The table's undefined column has `?color=`; an SDK call cannot tell a parameter set to undefined
  // from one left out, and RFC 6570 itself skips undefined variables, so none of them is sent.
  it.each([undefined, null, [], {}])('leaves out %p in every style, where the table has ?color=', (value) => {
    for (const [style, explode] of rows(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']))
      expect(serializeQuery({ color: value }, { color: { style, explode } })).toBe('');
  });
});

describe('header parameters follow the Style Examples table (simple)', () => {
  it.each(cells(['simple']))('%s', (label, value, want) => {
    expect(serializeHeaderParam('X-Color', value, styleOf(label).explode)).toBe(want);
    const headers: Record<string, string> = {};
    setHeaderParams(headers, { 'X-Color': value }, { 'X-Color': { style: 'simple', explode: styleOf(label).explode } });
    expect(headers).toEqual({ 'x-color': want });
  });

  it('sends an array or object without a styles entry as simple, not exploded', () => {
    const headers: Record<string, string> = {};
    setHeaderParams(headers, { 'x-colors': colors, 'x-rgb': rgb, 'x-flag': true });
    expect(headers).toEqual({ 'x-colors': 'blue,black,brown', 'x-rgb': 'R,100,G,200,B,150', 'x-flag': 'true' });
  });

  // The table's cell is the empty string; a header that is not given is not sent, as in the query.
  it.each([undefined, null, [], {}])('does not send %p', (value) => {
    expect(serializeHeaderParam('x-color', value, false)).toBeUndefined();
    expect(serializeHeaderParam('x-color', value, true)).toBeUndefined();
  });
});

/**
 * Cookies: 3.1.1 defines only `form` for them, and Appendix D calls its `&` wrong for several
 * values; 3.2 adds the `cookie` style, with the same rows as `form` but `; ` between cookies. So:
 * not exploded as 3.1.1's `form` row (without the `?`), exploded as 3.2's `cookie` row.
 */
// prettier-ignore
const COOKIE_EXAMPLES: Array<[string, boolean, unknown, string]> = [
  ['3.1.1 form, explode false: string', false, blue, 'color=blue'],
  ['3.1.1 form, explode false: array', false, colors, 'color=blue,black,brown'],
  ['3.1.1 form, explode false: object', false, rgb, 'color=R,100,G,200,B,150'],
  ['3.2 cookie, explode true: string', true, blue, 'color=blue'],
  ['3.2 cookie, explode true: array', true, colors, 'color=blue; color=black; color=brown'],
  ['3.2 cookie, explode true: object', true, rgb, 'R=100; G=200; B=150'],
];

describe('cookie parameters follow the Style Examples tables', () => {
  it.each(COOKIE_EXAMPLES)('%s', (_label, explode, value, want) => {
    expect(serializeCookies({ color: value }, { color: { style: 'form', explode } })).toBe(want);
  });

  it('explodes by default, as form does', () => {
    expect(serializeCookies({ color: colors })).toBe('color=blue; color=black; color=brown');
  });

  it('joins several cookie parameters into one header value, in the order given', () => {
    expect(serializeCookies({ theme: 'dark', color: colors, n: 0, on: false }, { color: { style: 'form', explode: false } })).toBe(
      'theme=dark; color=blue,black,brown; n=0; on=false',
    );
  });

  it('sends the empty string as the table does (color=), and leaves out undefined, null, [] and {}', () => {
    expect(serializeCookies({ a: undefined, b: null, c: [], d: {}, color: '' })).toBe('color=');
  });

  it('percent-encodes what RFC 3986 does not leave unreserved, as OAS 3.2 shows: greeting=Hello%2C%20world%21', () => {
    expect(serializeCookies({ greeting: 'Hello, world!' })).toBe('greeting=Hello%2C%20world%21');
    expect(encodeCookie("-._~AZaz09!'()*")).toBe('-._~AZaz09%21%27%28%29%2A');
  });

  it('appendCookies adds to a Cookie header already set, and leaves the headers alone for none', () => {
    const headers: Record<string, string> = { cookie: 'session=abc' };
    appendCookies(headers, '');
    expect(headers).toEqual({ cookie: 'session=abc' });
    appendCookies(headers, 'color=blue');
    expect(headers).toEqual({ cookie: 'session=abc; color=blue' });
    const empty: Record<string, string> = {};
    appendCookies(empty, 'a=1');
    expect(empty).toEqual({ cookie: 'a=1' });
  });
});

/** Values that would change the request's structure if they were sent as they are. */
const HOSTILE = ['a/b', '../..', '..', '.', 'a?x=1', 'a#b', '%', '%2e%2e', 'a&b=c', 'a;b,c', 'a b', 'ü网😀', 'a\r\nX-Injected: 1', 'a\0b'];

describe('hostile path values stay inside their segment', () => {
  const styles: PathStyle[] = ['simple', 'label', 'matrix'].flatMap((style) => [false, true].map((explode) => ({ style, explode }) as PathStyle));
  const shapes = (v: string) => [['string', v], ['array', [v, 'x']], ['object', { [v]: v, k: 'x' }]] as const;

  it.each(styles.flatMap((style) => HOSTILE.flatMap((v) => shapes(v).map(([shape, value]) => [style.style, style.explode, shape, v, value]))))(
    '%s, explode %s, %s of %p: one segment, no query, no fragment, nothing resolved',
    (style, explode, _shape, _v, value) => {
      let path: string;
      try {
        path = expandPath('/a/{p}/b', { p: value }, { p: { style, explode } as PathStyle });
      } catch (error) {
        // Only a value that would make the segment "." or ".." (label style: "." + "."), or empty, may be refused.
        expect(error).toBeInstanceOf(InvalidParameterError);
        expect(style === 'label' || value === '.' || value === '..').toBe(true);
        return;
      }
      const url = new URL(`http://h${path}`);
      expect(url.pathname).toBe(path);
      expect(url.search).toBe('');
      expect(url.hash).toBe('');
      expect(path.split('/')).toHaveLength(4);
      expect(path).toMatch(/^\/a\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+\/b$/);
      expect(path).not.toMatch(/[\r\n\0]/);
    },
  );

  it.each([
    ['simple', '../..', '..%2F..'],
    ['simple', 'a?x=1', 'a%3Fx%3D1'],
    ['simple', '%2e%2e', '%252e%252e'],
    ['label', 'a#b', '.a%23b'],
    ['matrix', 'a;b,c', ';p=a%3Bb%2Cc'],
    ['matrix', 'a\r\nX-Injected: 1', ';p=a%0D%0AX-Injected%3A%201'],
    ['label', 'ü网😀', '.%C3%BC%E7%BD%91%F0%9F%98%80'],
  ])('%s: %p is the segment %p', (style, value, segment) => {
    expect(expandPath('/a/{p}', { p: value }, { p: { style, explode: false } as PathStyle })).toBe(`/a/${segment}`);
  });

  it('encodes the delimiters inside items, keys and values, so that none adds an item or a pair', () => {
    expect(expandPath('/a/{p}', { p: ['x,y', 'z'] })).toBe('/a/x%2Cy,z');
    expect(expandPath('/a/{p}', { p: { 'k=1': 'v,2' } }, { p: { style: 'simple', explode: true } })).toBe('/a/k%3D1=v%2C2');
    expect(expandPath('/a/{p}', { p: ['x;p=y'] }, { p: { style: 'matrix', explode: true } })).toBe('/a/;p=x%3Bp%3Dy');
  });

  it.each([
    ['label', '.', 'the label style makes ".." of "."'],
    ['label', [], 'an empty array is "." in the label style'],
    ['simple', [], 'an empty array is the empty segment in the simple style'],
    ['simple', {}, 'an empty object is the empty segment in the simple style'],
    ['simple', ['..'], 'an array of ".." is ".."'],
    ['simple', [null], 'an array with only null items is empty'],
  ])('rejects %s %p as a whole segment, naming the parameter: %s', (style, value, _why) => {
    let error: unknown;
    try {
      expandPath('/a/{gateway_id}/b', { gateway_id: value }, { gateway_id: { style, explode: false } as PathStyle });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).issues.map((i) => i.path)).toEqual(['/gateway_id']);
  });

  it('checks the segment with the template text around it: "v" + "." is a fine segment', () => {
    expect(expandPath('/a/v{p}', { p: [] }, { p: { style: 'label', explode: false } })).toBe('/a/v.');
    expect(expandPath('/a/{p}.json', { p: [] })).toBe('/a/.json');
  });

  it.each([
    ['simple', undefined],
    ['label', null],
    ['matrix', undefined],
  ])('rejects a missing value (%s, %p): a path parameter is required', (style, value) => {
    expect(() => expandPath('/a/{p}', { p: value }, { p: { style, explode: false } as PathStyle })).toThrow(InvalidParameterError);
  });

  it.each([
    [[{ a: 1 }], 'an array of objects'],
    [{ a: [1] }, 'an object holding an array'],
    [NaN, 'NaN'],
    [[Infinity], 'an array holding Infinity'],
    [() => 1, 'a function'],
  ])('rejects %p (%s), which no style defines, naming the parameter', (value, _what) => {
    for (const style of ['simple', 'label', 'matrix'] as const) {
      let error: unknown;
      try {
        expandPath('/a/{color}', { color: value }, { color: { style, explode: false } });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).issues.map((i) => i.path)).toEqual(['/color']);
    }
  });

  it('sends booleans as true and false in every style', () => {
    expect(expandPath('/a/{p}', { p: true })).toBe('/a/true');
    expect(expandPath('/a/{p}', { p: [true, false] }, { p: { style: 'label', explode: true } })).toBe('/a/.true.false');
    expect(expandPath('/a/{p}', { p: { on: false } }, { p: { style: 'matrix', explode: true } })).toBe('/a/;on=false');
  });
});

describe('hostile query values cannot add parameters or end the query', () => {
  const styles = [
    { style: 'form', explode: true },
    { style: 'form', explode: false },
    { style: 'spaceDelimited', explode: false },
    { style: 'pipeDelimited', explode: false },
    { style: 'deepObject', explode: true },
  ];
  it.each(styles.flatMap((style) => HOSTILE.map((v) => [style.style, style.explode, v])))('%s, explode %s: %p', (style, explode, v) => {
    const value = style === 'deepObject' ? { k: v } : [v, 'x'];
    const query = serializeQuery({ color: value }, { color: { style: style as string, explode: explode as boolean } });
    const url = new URL(`http://h/p?${query}`);
    expect(url.hash).toBe('');
    const keys = [...url.searchParams.keys()];
    if (style === 'deepObject') expect(keys).toEqual(['color[k]']);
    else if (explode) expect(keys).toEqual(['color', 'color']);
    else expect(keys).toEqual(['color']);
    expect(url.searchParams.getAll(keys[0]!)[0]).toContain(v);
  });
});

describe('hostile header values cannot add a header', () => {
  it.each([
    ['an array item', ['ok', 'a\r\nX-Injected: 1']],
    ['an object value', { k: 'a\nb' }],
    ['an object key', { 'k\r\n': 'v' }],
    ['a NUL', ['a\0b']],
  ])('rejects a line break or NUL in %s where the headers are checked', (_where, value) => {
    const headers: Record<string, string> = {};
    setHeaderParams(headers, { 'x-color': value });
    expect(() => checkHeaders(headers)).toThrow(InvalidParameterError);
  });

  it('rejects a character above U+00FF, which fetch cannot send', () => {
    const headers: Record<string, string> = {};
    setHeaderParams(headers, { 'x-color': ['网'] });
    expect(() => checkHeaders(headers)).toThrow(InvalidParameterError);
  });

  it('sends other characters as they are: OpenAPI does not percent-encode headers', () => {
    expect(serializeHeaderParam('x', ['a/b', '%20', 'c;d'], false)).toBe('a/b,%20,c;d');
  });

  it('rejects a nested value, naming the parameter', () => {
    expect(() => serializeHeaderParam('X-Color', [[1]], false)).toThrow(InvalidParameterError);
  });
});

describe('hostile cookie values cannot add a cookie or break the header', () => {
  const cookieNames = (header: string) => header.split('; ').map((pair) => pair.slice(0, pair.indexOf('=')));

  it.each(HOSTILE)('%p as a value, an item and an object key: only the cookies the parameters make', (v) => {
    const header = serializeCookies(
      { plain: v, list: [v, 'x'], joined: [v, 'x'], fields: { [v]: 'y' } },
      { joined: { style: 'form', explode: false } },
    );
    // Split on the delimiters the serializer adds (`; ` between cookies, `=`, `,` between items):
    // every name and item left is unreserved characters and percent-encodings only.
    for (const pair of header.split('; ')) {
      const [name, ...rest] = pair.split('=');
      expect(rest).toHaveLength(1);
      for (const part of [name!, ...rest[0]!.split(',')]) expect(part).toMatch(/^[A-Za-z0-9\-._~%]+$/);
    }
    expect(cookieNames(header)).toEqual(['plain', 'list', 'list', 'joined', encodeCookie(v)]);
    expect(decodeURIComponent(header.split('; ')[0]!.slice('plain='.length))).toBe(v);
  });
});
