import fc from 'fast-check';
import { describe as describeValue } from '../../../templates/runtime/core/validation.js';

// `describe` quotes short strings itself when they need no escaping (JSON.stringify is slow), so
// these check that the quoting is exactly JSON.stringify's.
describe('describe', () => {
  it.each([
    ['', 'an empty string'],
    ['2019-02-29T18:11:19.117Z', 'a timestamp'],
    ['say "hi"', 'a double quote'],
    ['C:\\temp', 'a backslash'],
    ['a\nb\tc\rd\be\ff', 'the short escapes'],
    ['\u0000\u001f', 'other control characters'],
    ['\u007f\u0080\u2028\u2029', 'characters JSON.stringify leaves alone'],
    ["it's <b>&amp;</b>/", 'quote, angle brackets, ampersand and slash, none escaped'],
    ['\ud83d\ude00', 'a surrogate pair'],
    ['\ud83d', 'an unpaired high surrogate'],
    ['x\ude00', 'an unpaired low surrogate'],
    ['é漢字', 'non-ASCII letters'],
    ['a'.repeat(40), 'forty characters, the longest quoted whole'],
  ])('quotes %j as JSON.stringify does (%s)', (value) => {
    expect(describeValue(value)).toBe(`string ${JSON.stringify(value)}`);
  });

  it('quotes every short string as JSON.stringify does', () => {
    const unit = fc.oneof(fc.constantFrom('"', '\\', '\n', '\u0000', '\ud800', '\udc00'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (value) => describeValue(value) === `string ${JSON.stringify(value)}`),
      { numRuns: 1000 },
    );
  });

  it('cuts a string longer than 40 characters to 37 and does not escape it', () => {
    expect(describeValue('"'.repeat(41))).toBe(`string "${'"'.repeat(37)}..."`);
  });

  it.each([
    [null, 'null'],
    [[1], 'array'],
    [3, 'integer 3'],
    [1.5, 'number 1.5'],
    [Number.NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    [true, 'boolean'],
    [{}, 'object'],
    [undefined, 'undefined'],
  ])('describes %p as %j', (value, want) => {
    expect(describeValue(value)).toBe(want);
  });
});
