import { describe, expect, it } from '@jest/globals';
import { jsonLocator } from '../../generator/load/locate-in-json.js';

/**
 * generator/load/locate-in-json.ts: where a JSON pointer is in JSON text (a member at its key,
 * an array item at the item), without a parser's tree: so the scanner must skip strings full
 * of brackets and quotes, nested values and every kind of whitespace. (read-document.test.ts
 * covers the same through `readDocument`, on one document.)
 */

/** `line:col` of each pointer in the text. */
function locate(text: string, ...pointers: string[]): string[] {
  const at = jsonLocator(text);
  return pointers.map((p) => {
    const pos = at(p);
    return pos ? `${pos.line}:${pos.column}` : 'none';
  });
}

describe('jsonLocator', () => {
  it.each<{ name: string; given: { text: string; pointers: string[] }; want: string[] }>([
    { name: 'a member at its key, on one line', given: { text: '{"a": 1, "b": 2}', pointers: ['/a', '/b'] }, want: ['1:2', '1:10'] },
    { name: 'the root after leading blank lines', given: { text: '\n\n  {"a": 1}', pointers: ['', '/missing'] }, want: ['3:3', '3:3'] },
    { name: 'strings full of brackets, braces and escaped quotes are skipped', given: { text: '{"a": "}{][\\",", "b": {"c": "]"}, "d": 1}', pointers: ['/b/c', '/d'] }, want: ['1:24', '1:35'] },
    { name: 'a backslash at the end of a string', given: { text: '{"a": "x\\\\", "b": 1}', pointers: ['/b'] }, want: ['1:14'] },
    { name: 'nested arrays', given: { text: '[[1, 2], [3, [4, 5]]]', pointers: ['/0/1', '/1/1/1'] }, want: ['1:6', '1:18'] },
    { name: 'empty objects and arrays before a sibling', given: { text: '{"a": {}, "b": [] , "c": 1}', pointers: ['/c', '/a/x', '/b/0'] }, want: ['1:21', '1:2', '1:11'] },
    { name: 'numbers, booleans and null', given: { text: '[-1.5e3, true, null, false]', pointers: ['/0', '/1', '/2', '/3'] }, want: ['1:2', '1:10', '1:16', '1:22'] },
    { name: 'tabs and CRLF line endings', given: { text: '{\r\n\t"a":\t{\r\n\t\t"b": 1\r\n\t}\r\n}', pointers: ['/a', '/a/b'] }, want: ['2:2', '3:3'] },
    { name: 'a key written with a unicode escape is found by its value', given: { text: '{"\\u0061": 1, "b": 2}', pointers: ['/a', '/b'] }, want: ['1:2', '1:15'] },
    { name: 'the empty key', given: { text: '{"": 1, "x": {"": 2}}', pointers: ['/', '/x/'] }, want: ['1:2', '1:15'] },
    { name: 'an index that is no number: the array itself', given: { text: '{"l": [1, 2]}', pointers: ['/l/x', '/l/2'] }, want: ['1:2', '1:2'] },
    { name: 'a repeated key: the last', given: { text: '{"a": 1, "a": {"b": 2}}', pointers: ['/a', '/a/b'] }, want: ['1:10', '1:16'] },
    { name: 'a pointer into a string: the string', given: { text: '{"a": "{\\"b\\": 1}"}', pointers: ['/a/b'] }, want: ['1:2'] },
  ])('$name', ({ given, want }) => {
    expect(locate(given.text, ...given.pointers)).toEqual(want);
  });

  it('answers the same for a pointer asked twice, and for one asked after its siblings', () => {
    const text = '{\n  "a": {"x": 1},\n  "b": {"y": [0, {"z": 1}]}\n}';
    expect([...locate(text, '/b/y/1/z', '/a/x', '/b/y/1/z'), ...locate(text, '/b/y/1/z')]).toEqual(['3:19', '2:9', '3:19', '3:19']);
  });
});
