import { describe, expect, it } from '@jest/globals';
import { tidy } from '../../generator/emit/tidy.js';

/** generator/emit/tidy.ts: the whitespace clean-up of template output. */

describe('tidy', () => {
  it.each<{ name: string; given: string; want: string }>([
    { name: 'trailing spaces and tabs go', given: 'a;  \nb;\t\n', want: 'a;\nb;\n' },
    { name: 'no blank line after an opening brace or before a closing one', given: 'f() {\n\n\n  a;\n\n}\n', want: 'f() {\n  a;\n}\n' },
    { name: 'never two blank lines in a row', given: 'a;\n\n\n\nb;\n', want: 'a;\n\nb;\n' },
    { name: 'leading blank lines go; exactly one newline at the end', given: '\n\na;', want: 'a;\n' },
    { name: 'JSDoc lines are aligned under their /**', given: '  /**\n * one\n       * two\n   */\nx;\n', want: '  /**\n   * one\n   * two\n   */\nx;\n' },
    { name: 'a one-line doc comment is left alone', given: '    /** one */\n* not a doc line\n', want: '    /** one */\n* not a doc line\n' },
  ])('$name', ({ given, want }) => {
    expect(tidy(given)).toBe(want);
  });

  it('is idempotent', () => {
    const text = 'class A {\n\n  /**\n * doc\n */\n  m() {}  \n\n\n}\n';
    expect(tidy(tidy(text))).toBe(tidy(text));
  });
});
