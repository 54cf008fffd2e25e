import { describe, expect, it } from '@jest/globals';
import { indentBlocks } from '../../generator/emit/indent.js';

/** generator/emit/indent.ts: braces decide the indentation of emitted code; JSDoc is indented, not counted. */

describe('indentBlocks', () => {
  it.each<{ name: string; given: string[]; want: string[] }>([
    { name: 'one level per open brace', given: ['function f() {', 'if (x) {', 'return 1;', '}', '}'], want: ['function f() {', '  if (x) {', '    return 1;', '  }', '}'] },
    { name: 'blank lines stay empty', given: ['{', '', 'a;', '}'], want: ['{', '', '  a;', '}'] },
    { name: 'a JSDoc block is indented, its lines aligned under /**, and its braces not counted', given: ['class A {', '/**', '* { not a block', '*/', 'm(): void {', '}', '}'], want: ['class A {', '  /**', '   * { not a block', '   */', '  m(): void {', '  }', '}'] },
    { name: 'a closing brace never takes the depth below zero', given: ['}', 'a;'], want: ['}', 'a;'] },
    { name: '} else { closes and reopens', given: ['if (a) {', 'x;', '} else {', 'y;', '}'], want: ['if (a) {', '  x;', '} else {', '  y;', '}'] },
  ])('$name', ({ given, want }) => {
    expect(indentBlocks(given.join('\n'))).toBe(want.join('\n'));
  });
});
