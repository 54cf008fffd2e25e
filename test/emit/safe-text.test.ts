import { describe, expect, it } from '@jest/globals';
import { commentCode, commentText, commentValue, propertyKey, stringLiteral } from '../../generator/emit/safe-text.js';

/**
 * generator/emit/safe-text.ts: spec text reaches generated code only through these functions.
 * Each literal row is also evaluated, so "escaped" means "reads back as the same string".
 */

describe('stringLiteral', () => {
  it.each<{ name: string; given: string; want: string }>([
    { name: 'plain text, single-quoted', given: 'hello', want: "'hello'" },
    { name: 'a single quote is escaped', given: "it's", want: "'it\\'s'" },
    { name: 'a double quote is left as it is', given: 'say "hi"', want: `'say "hi"'` },
    { name: 'a backslash is doubled', given: 'a\\b', want: "'a\\\\b'" },
    { name: 'line breaks cannot end the line', given: 'a\nb\r\nc', want: "'a\\nb\\r\\nc'" },
    { name: 'U+2028 and U+2029 (line terminators in old JS) are escaped', given: 'a\u2028b\u2029', want: "'a\\u2028b\\u2029'" },
    { name: 'control characters as \\u escapes', given: '\u0000\u001b\u007f', want: "'\\u0000\\u001b\\u007f'" },
    { name: 'a lone surrogate is escaped, a pair kept', given: '\ud800x\u{1f600}', want: "'\\ud800x\u{1f600}'" },
    { name: 'an attempt to close the literal and inject code', given: "'; process.exit(1); '", want: "'\\'; process.exit(1); \\''" },
  ])('$name', ({ given, want }) => {
    expect(stringLiteral(given)).toBe(want);
    // The literal, evaluated as JavaScript, is the text again.
    expect(new Function(`return ${want};`)()).toBe(given);
  });
});

describe('propertyKey', () => {
  it.each<{ given: string; want: string }>([
    { given: 'id', want: 'id' },
    { given: '$ref', want: '$ref' },
    { given: '_links', want: '_links' },
    { given: 'content-type', want: "'content-type'" },
    { given: '2fa', want: "'2fa'" },
    { given: '', want: "''" },
    { given: "a'b", want: "'a\\'b'" },
  ])('$given -> $want', ({ given, want }) => {
    expect(propertyKey(given)).toBe(want);
  });
});

describe('commentText: spec text inside /** */ cannot close the comment', () => {
  it.each<{ name: string; given: string; want: string }>([
    { name: 'a comment closer is broken', given: 'ends here */ alert(1) /*', want: 'ends here *\\/ alert(1) /*' },
    { name: 'CRLF, CR and U+2028 become newlines', given: 'a\r\nb\rc\u2028d', want: 'a\nb\nc\nd' },
    { name: 'control characters are dropped, tabs kept', given: 'a\u0000b\u001bc\td', want: 'abc\td' },
    { name: 'surrounding whitespace is trimmed', given: '  text \n', want: 'text' },
  ])('$name', ({ given, want }) => {
    expect(commentText(given)).toBe(want);
    // Wrapped in a block comment, the result parses as a comment and nothing else.
    expect(new Function(`/** ${commentText(given)} */ return 1;`)()).toBe(1);
  });

  it('commentCode keeps an example line indentation', () => {
    expect(commentCode('    await client.get(); */')).toBe('    await client.get(); *\\/');
  });

  it.each<{ name: string; given: unknown; want: string }>([
    { name: 'a JSON value on one line', given: { a: [1, 'x'] }, want: '{"a":[1,"x"]}' },
    { name: 'newlines inside strings do not break the line', given: 'a\u2028b', want: '"a b"' },
    { name: 'a closer inside a default value', given: '*/', want: '"*\\/"' },
    { name: 'a value JSON cannot print (a cycle) falls back to String()', given: (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })(), want: '[object Object]' },
  ])('commentValue: $name', ({ given, want }) => {
    expect(commentValue(given)).toBe(want);
  });
});
