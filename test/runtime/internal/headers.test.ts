import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { InvalidParameterError } from '../../../templates/runtime/core/errors.js';
import { checkHeader, checkHeaders, errorHeaders, lowerCaseNames, setHeaderParams, setHeaders } from '../../../templates/runtime/internal/headers.js';

/** A value that could be a credential: it must never appear in what an error shows. */
const SECRET = 'tok-SECRET-8f3a1c';

function thrown(run: () => unknown): InvalidParameterError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('checkHeader: what fetch cannot send is an InvalidParameterError naming the header', () => {
  const LINE_BREAK = 'must not contain CR, LF or NUL';
  const LATIN_1 = 'must contain only Latin-1 characters';
  /** [what, name, value, want path, want message]. */
  const rejected: Array<[string, string, string, string, string]> = [
    ['CR LF in the value', 'authorization', `Bearer ${SECRET}\r\nx-injected: 1`, '/headers/authorization', LINE_BREAK],
    ['LF in the value', 'x-note', `${SECRET}\n`, '/headers/x-note', LINE_BREAK],
    ['CR in the value', 'x-note', `${SECRET}\r`, '/headers/x-note', LINE_BREAK],
    ['NUL in the value', 'x-note', `${SECRET}\u0000`, '/headers/x-note', LINE_BREAK],
    ['CR LF in the name (shown as spaces)', 'x-a\r\nx-b', SECRET, '/headers/x-a  x-b', LINE_BREAK],
    ['NUL in the name', 'x-a\u0000', SECRET, '/headers/x-a ', LINE_BREAK],
    ['a line break and a non-Latin-1 character: the line break is reported', 'x-note', `${SECRET}网\n`, '/headers/x-note', LINE_BREAK],
    ['a CJK character', 'x-auth-email', `${SECRET}网`, '/headers/x-auth-email', LATIN_1],
    ['U+0100, the first character above Latin-1', 'x-note', `${SECRET}\u0100`, '/headers/x-note', LATIN_1],
    ['an emoji (a surrogate pair)', 'x-note', `${SECRET}\ud83d\ude00`, '/headers/x-note', LATIN_1],
  ];

  it.each(rejected)('rejects %s', (_what, name, value, path, message) => {
    const error = thrown(() => checkHeader(name, value));
    expect(error.issues).toEqual([expect.objectContaining({ path, message })]);
  });

  it.each(rejected)('never quotes the value when it rejects %s', (_what, name, value) => {
    const error = thrown(() => checkHeader(name, value));
    const shown = [error.message, String(error), JSON.stringify(error), JSON.stringify(error.issues), inspect(error, { depth: 10, showHidden: true })].join('\n');
    expect(shown).not.toContain(SECRET);
  });

  it.each([
    ['ASCII', 'Bearer abc.DEF_123-~'],
    ['Latin-1 letters', 'café, Müller, Ñandú'],
    ['U+00FF, the last Latin-1 character', 'ÿ'],
    ['a tab', 'a\tb'],
    ['an empty value', ''],
  ])('accepts %s, returning the value', (_what, value) => {
    expect(checkHeader('x-note', value)).toBe(value);
  });
});

describe('checkHeaders', () => {
  it('returns the same headers when every one is sendable', () => {
    const headers = { accept: 'application/json', 'x-a': 'é' };
    expect(checkHeaders(headers)).toBe(headers);
  });

  it('rejects the headers when any one is not, naming that one', () => {
    expect(thrown(() => checkHeaders({ accept: 'application/json', 'x-bad': 'a\nb' })).issues[0]!.path).toBe('/headers/x-bad');
  });
});

describe('a later source replaces an earlier one whatever the case of either name', () => {
  it('lowerCaseNames: lower-cases every name, the later of two that differ only in case winning', () => {
    expect(lowerCaseNames({ 'X-Trace': 'a', Accept: 'b', 'x-A': '1', 'X-a': '2' })).toEqual({ 'x-trace': 'a', accept: 'b', 'x-a': '2' });
  });

  it('lowerCaseNames: returns a copy', () => {
    const headers = { 'X-A': '1' };
    expect(lowerCaseNames(headers)).not.toBe(headers);
    expect(headers).toEqual({ 'X-A': '1' });
  });

  it('setHeaders: replaces a header set under another case instead of adding a second one', () => {
    const headers: Record<string, string> = { 'x-trace': 'from-client', accept: 'application/json' };
    setHeaders(headers, { 'X-TRACE': 'from-call', Authorization: 'Bearer other' });
    expect(headers).toEqual({ 'x-trace': 'from-call', accept: 'application/json', authorization: 'Bearer other' });
  });

  it("setHeaderParams: sets the operation's header parameters that have a value, as strings", () => {
    const headers: Record<string, string> = { 'x-count': 'default' };
    setHeaderParams(headers, { 'X-Count': 3, 'x-flag': false, 'x-name': 'n', 'x-unset': undefined, 'x-null': null });
    expect(headers).toEqual({ 'x-count': '3', 'x-flag': 'false', 'x-name': 'n' });
  });
});

describe('errorHeaders: the response headers an error keeps', () => {
  it('keeps every header but set-cookie, by lower-cased name', () => {
    const response = new Response(null, { status: 404, headers: [['CF-Ray', 'ray-1'], ['Set-Cookie', '__cf_bm=secret'], ['x-request-id', 'req-1']] });
    expect(errorHeaders(response)).toEqual({ 'cf-ray': 'ray-1', 'x-request-id': 'req-1' });
  });
});
