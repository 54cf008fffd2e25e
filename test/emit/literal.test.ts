import { describe, expect, it } from '@jest/globals';
import { Code, printLiteral } from '../../generator/emit/literal.js';

/** generator/emit/literal.ts: JSON values as TypeScript literals a person reads. */

describe('printLiteral', () => {
  it.each<{ name: string; given: unknown; want: string }>([
    { name: 'scalars', given: [1, true, null, 'x'], want: "[1, true, null, 'x']" },
    { name: 'a non-finite number (no JSON form) prints null', given: [Infinity, NaN], want: '[null, null]' },
    { name: 'identifier keys bare, others quoted', given: { id: 1, 'content-type': 'a' }, want: "{ id: 1, 'content-type': 'a' }" },
    { name: 'undefined members are left out', given: { a: 1, b: undefined }, want: '{ a: 1 }' },
    { name: 'empty containers', given: { a: [], b: {} }, want: '{ a: [], b: {} }' },
    { name: 'generator code is printed as it is', given: { read: new Code('readBody') }, want: '{ read: readBody }' },
    { name: 'spec strings cannot escape the literal', given: { "x'": "'); evil('" }, want: "{ 'x\\'': '\\'); evil(\\'' }" },
  ])('$name', ({ given, want }) => {
    expect(printLiteral(given)).toBe(want);
  });

  it('breaks an object that does not fit the width into one member per line, with trailing commas, nested ones indented', () => {
    const value = { style: 'cursor', items: ['result'], cursor: { param: 'cursor', field: ['result_info', 'cursor'] } };
    expect(printLiteral(value, '', 0, 40)).toBe(
      [
        '{',
        "  style: 'cursor',",
        "  items: ['result'],",
        '  cursor: {',
        "    param: 'cursor',",
        "    field: ['result_info', 'cursor'],",
        '  },',
        '}',
      ].join('\n'),
    );
  });

  it('counts what precedes it on the line: the same value fits at column 0 and breaks at column 30', () => {
    const value = { mediaType: 'text/plain', kind: 'text' };
    expect(printLiteral(value, '', 0, 50)).toBe("{ mediaType: 'text/plain', kind: 'text' }");
    expect(printLiteral(value, '', 30, 50)).toBe("{\n  mediaType: 'text/plain',\n  kind: 'text',\n}");
  });

  it('evaluates to the value it printed', () => {
    const value = { a: [1, { b: 'c\nd' }], 'e-f': null, g: false };
    expect(new Function(`return ${printLiteral(value, '', 0, 20)};`)()).toEqual(value);
  });
});
