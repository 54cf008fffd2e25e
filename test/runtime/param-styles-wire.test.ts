import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { APIClient, InvalidParameterError } from '../../generated/dist/index.js';
import type { RequestSpec } from '../../generated/dist/core/request.js';
import { expandPath } from '../../generated/dist/internal/path.js';

/**
 * Styled path, query, header and cookie parameters as the generated package sends them: a request
 * spec written by hand (as a resource method builds one) through the runtime's APIClient, to a real
 * server on 127.0.0.1 that records the request line's URL and the raw header lines, unparsed.
 */

interface Seen {
  url: string;
  /** Name/value pairs as they arrived, names in their case, repeated headers not joined. */
  rawHeaders: Array<[string, string]>;
}

let server: http.Server;
let baseURL: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const rawHeaders: Array<[string, string]> = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) rawHeaders.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    seen.push({ url: req.url!, rawHeaders });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

/** Every value of the header `name` (case-insensitive), one per header line. */
function headerLines(request: Seen, name: string): string[] {
  return request.rawHeaders.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
}

const definition = {
  baseURL: 'http://unused',
  security: { session_cookie: { kind: 'cookie' as const, option: 'sessionKey', paramName: 'session' } },
  pathParamOptions: {},
};

function client(options: Record<string, unknown> = {}): APIClient {
  return new APIClient(definition, { baseURL, maxRetries: 0, sessionKey: 's3cr;et', ...options } as never);
}

const colors = ['blue', 'black', 'brown'];
const rgb = { R: 100, G: 200, B: 150 };

function styledSpec(): RequestSpec {
  return {
    method: 'get',
    path: expandPath(
      '/items/{id}/{coords}/{tags}',
      { id: 'a/b?#', coords: { x: 1, y: 2 }, tags: ['red', 'green'] },
      { coords: { style: 'matrix', explode: true }, tags: { style: 'label', explode: false } },
    ),
    query: { color: colors, sort: ['name', 'date'], filter: { R: 100, G: 200 }, words: rgb, next: 'https://x.test/y?z=1&w=2#f' },
    queryStyles: {
      sort: { style: 'pipeDelimited', explode: false },
      filter: { style: 'deepObject', explode: true },
      words: { style: 'spaceDelimited', explode: false },
      next: { style: 'form', explode: true, allowReserved: true },
    },
    headers: { 'X-Colors': colors, 'X-RGB': rgb, 'X-Flag': false },
    headerStyles: { 'X-RGB': { style: 'simple', explode: true } },
    cookies: { color: colors, theme: 'dark mode', rgb },
    cookieStyles: { rgb: { style: 'form', explode: false } },
    security: [['session_cookie']],
    retrySafe: true,
  };
}

describe('styled parameters on the wire', () => {
  it('sends exactly the URL the styles make: path, then the query in the order given', async () => {
    await client().request(styledSpec());
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(
      '/items/a%2Fb%3F%23/;x=1;y=2/.red,green' +
        '?color=blue&color=black&color=brown&sort=name%7Cdate&filter%5BR%5D=100&filter%5BG%5D=200' +
        '&words=R%20100%20G%20200%20B%20150&next=https://x.test/y?z%3D1%26w%3D2%23f',
    );
  });

  it('sends the header parameters in the simple style, each as one header line', async () => {
    await client().request(styledSpec());
    expect(headerLines(seen[0]!, 'x-colors')).toEqual(['blue,black,brown']);
    expect(headerLines(seen[0]!, 'x-rgb')).toEqual(['R=100,G=200,B=150']);
    expect(headerLines(seen[0]!, 'x-flag')).toEqual(['false']);
  });

  it('sends one Cookie header: the apiKey credential, then the cookie parameters', async () => {
    await client().request(styledSpec());
    expect(headerLines(seen[0]!, 'cookie')).toEqual([
      'session=s3cr%3Bet; color=blue; color=black; color=brown; theme=dark%20mode; rgb=R,100,G,200,B,150',
    ]);
  });

  it('adds the cookies to a default Cookie header; a cookie in the request options replaces them all', async () => {
    const withDefaults = client({ defaultHeaders: { Cookie: 'pref=1' } });
    await withDefaults.request(styledSpec());
    expect(headerLines(seen[0]!, 'cookie')).toEqual([
      'pref=1; session=s3cr%3Bet; color=blue; color=black; color=brown; theme=dark%20mode; rgb=R,100,G,200,B,150',
    ]);
    await withDefaults.request(styledSpec(), { headers: { cookie: 'only=this' } });
    expect(headerLines(seen[1]!, 'cookie')).toEqual(['only=this']);
  });

  it('sends no Cookie header when there is no cookie to send', async () => {
    await client().request({ method: 'get', path: '/plain', cookies: { a: undefined, b: [] }, security: [], retrySafe: true });
    expect(seen[0]!.url).toBe('/plain');
    expect(headerLines(seen[0]!, 'cookie')).toEqual([]);
  });

  it('cannot be made to add a cookie, a header, a path segment or a query parameter', async () => {
    const hostile = 'x; admin=1\r\nX-Injected: 1';
    // The line break is refused before anything is sent (below); without it, everything is encoded.
    const quiet = 'x; admin=1, y=2 /../?q=1&r=2#h';
    await client().request({
      method: 'get',
      path: expandPath('/a/{p}/b', { p: [quiet] }, { p: { style: 'matrix', explode: true } }),
      query: { q: [quiet] },
      queryStyles: { q: { style: 'form', explode: false } },
      cookies: { c: [quiet, 'z'] },
      security: [],
      retrySafe: true,
    });
    const { url } = seen[0]!;
    expect(url).toBe(
      '/a/;p=x%3B%20admin%3D1%2C%20y%3D2%20%2F..%2F%3Fq%3D1%26r%3D2%23h/b?q=x%3B%20admin%3D1%2C%20y%3D2%20%2F..%2F%3Fq%3D1%26r%3D2%23h',
    );
    expect(headerLines(seen[0]!, 'cookie')).toEqual([
      'c=x%3B%20admin%3D1%2C%20y%3D2%20%2F..%2F%3Fq%3D1%26r%3D2%23h; c=z',
    ]);

    for (const spec of [
      { headers: { 'X-Colors': ['ok', hostile] } },
      { headers: { 'X-RGB': { k: hostile } }, headerStyles: { 'X-RGB': { style: 'simple' as const, explode: true } } },
    ]) {
      const error = await client()
        .request({ method: 'get', path: '/h', security: [], retrySafe: true, ...spec })
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterError);
    }
    // The cookie with a line break is percent-encoded, not refused: CR and LF are %0D%0A.
    await client().request({ method: 'get', path: '/c', cookies: { c: hostile }, security: [], retrySafe: true });
    expect(headerLines(seen[1]!, 'cookie')).toEqual(['c=x%3B%20admin%3D1%0D%0AX-Injected%3A%201']);
    expect(headerLines(seen[1]!, 'x-injected')).toEqual([]);
    expect(seen).toHaveLength(2);
  });
});
