import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { lineColumnAt, readDocument } from '../../generator/load/read-document.js';
import { removeTempFiles, writeFiles } from '../support/model-units.js';

/**
 * generator/load/read-document.ts: where a JSON pointer is (line:col) in a YAML or JSON file,
 * for a value and for the key that holds it. (Syntax errors: test/cli/bad-inputs.test.ts.)
 */

afterAll(removeTempFiles);

function read(name: string, text: string) {
  const dir = writeFiles({ [name]: text });
  const diagnostics = new Diagnostics();
  const doc = readDocument(join(dir, name), diagnostics);
  if (!doc) throw new Error(diagnostics.items.map((d) => d.message).join('\n'));
  const at = (p: { line: number; column: number } | undefined) => (p ? `${p.line}:${p.column}` : 'none');
  return { value: doc.value, locate: (pointer: string) => at(doc.locate(pointer)), locateKey: (pointer: string) => at(doc.locateKey(pointer)) };
}

const YAML = [
  'info:', //                1
  '  title: T', //           2
  '  contact:', //           3
  '    name: N', //          4
  'list:', //                5
  '  - one', //              6
  '  - k: v', //             7
  'responses:', //           8
  '  200:', //               9
  '    description: ok', // 10
  'flow: { a: 1 }', //      11
  'a/b: 1', //              12
  '"~x": 2', //             13
  'tags:', //               14
  '  - a', //               15
  'text: |', //             16
  '  line one', //          17
  "'quoted key': 3", //     18
  'anchor: &x { k: 1 }', // 19
  'alias: *x', //           20
].join('\n');

describe('YAML', () => {
  const doc = read('spec.yaml', YAML);

  it.each([
    { name: 'the root', given: '', want: { value: '1:1', key: '1:1' } },
    { name: 'a scalar value: at its key', given: '/info/title', want: { value: '2:3', key: '2:3' } },
    { name: 'a mapping value: at its first entry; its key: at the key', given: '/info/contact', want: { value: '4:5', key: '3:3' } },
    { name: 'a list item: at the item', given: '/list/0', want: { value: '6:5', key: '6:5' } },
    { name: 'a key inside a list item', given: '/list/1/k', want: { value: '7:5', key: '7:5' } },
    { name: 'a numeric key (a status code)', given: '/responses/200', want: { value: '10:5', key: '9:3' } },
    { name: 'a flow mapping: at its brace', given: '/flow', want: { value: '11:7', key: '11:1' } },
    { name: 'an escaped slash (~1)', given: '/a~1b', want: { value: '12:1', key: '12:1' } },
    { name: 'an escaped tilde (~0)', given: '/~0x', want: { value: '13:1', key: '13:1' } },
    { name: 'a missing key: the deepest part that exists', given: '/info/contact/email', want: { value: '4:5', key: '3:3' } },
    { name: 'a missing list index: the list', given: '/list/9', want: { value: '6:3', key: '5:1' } },
    { name: 'a path through a scalar: the scalar', given: '/info/title/x', want: { value: '2:3', key: '2:3' } },
    { name: 'a list value: at its first dash; its key: at the key', given: '/tags', want: { value: '15:3', key: '14:1' } },
    { name: 'a block scalar is a scalar: at its key', given: '/text', want: { value: '16:1', key: '16:1' } },
    { name: 'a quoted key, by its value', given: '/quoted key', want: { value: '18:1', key: '18:1' } },
    { name: 'an alias: at the alias, not its anchor', given: '/alias', want: { value: '20:8', key: '20:1' } },
  ])('$name ($given)', ({ given, want }) => {
    expect({ value: doc.locate(given), key: doc.locateKey(given) }).toEqual(want);
  });
});

const JSON_TEXT = [
  '{', //                            1
  '  "a": {', //                     2
  '    "b": 1', //                   3
  '  },', //                         4
  '  "list": [10, {"k": "v"}],', //  5
  '  "a/b": 1, "~x": 2,', //         6
  '  "q\\"k": {"z": 1},', //         7
  '  "dup": 1, "dup": 2', //         8
  '}',
].join('\n');

describe('JSON (at the key, for values of every kind)', () => {
  const doc = read('spec.json', JSON_TEXT);

  it('parses what it locates', () => {
    expect(doc.value).toMatchObject({ a: { b: 1 }, 'a/b': 1, '~x': 2, 'q"k': { z: 1 }, dup: 2 });
  });

  it.each([
    { name: 'the root', given: '', want: '1:1' },
    { name: 'an object value', given: '/a', want: '2:3' },
    { name: 'a scalar value', given: '/a/b', want: '3:5' },
    { name: 'an array item', given: '/list/0', want: '5:12' },
    { name: 'an object in an array', given: '/list/1', want: '5:16' },
    { name: 'a key inside it', given: '/list/1/k', want: '5:17' },
    { name: 'an escaped slash (~1)', given: '/a~1b', want: '6:3' },
    { name: 'an escaped tilde (~0)', given: '/~0x', want: '6:13' },
    { name: 'a key with an escaped quote, and one inside it', given: '/q"k/z', want: '7:12' },
    { name: 'a repeated key: the last, which JSON.parse keeps', given: '/dup', want: '8:13' },
    { name: 'a missing key: the deepest part that exists', given: '/a/zz', want: '2:3' },
    { name: 'a path through a scalar: the scalar', given: '/a/b/c', want: '3:5' },
  ])('$name ($given)', ({ given, want }) => {
    expect({ value: doc.locate(given), key: doc.locateKey(given) }).toEqual({ value: want, key: want });
  });
});

describe('a file that cannot be read', () => {
  it.each([
    { name: 'a missing file', given: 'missing.yaml', want: 'Cannot read this file: the file does not exist. Check the path that names it.' },
    { name: 'a directory', given: 'dir', want: 'Cannot read this file: it is a directory, not a file. Check the path that names it.' },
  ])('$name', ({ given, want }) => {
    const dir = writeFiles({ 'dir/x.yaml': 'a: 1' });
    const diagnostics = new Diagnostics();
    expect([readDocument(join(dir, given), diagnostics), diagnostics.items.map((d) => `${d.code} ${d.message}`)]).toEqual([undefined, [`file-unreadable ${want}`]]);
  });

  it('reads a file by its extension: .json as JSON (YAML would accept this text), anything else as YAML', () => {
    const dir = writeFiles({ 'a.json': '{a: 1}', 'a.yml': '{a: 1}' });
    const diagnostics = new Diagnostics();
    expect([readDocument(join(dir, 'a.json'), diagnostics), readDocument(join(dir, 'a.yml'), diagnostics)?.value, diagnostics.items.map((d) => d.code)]).toEqual([undefined, { a: 1 }, ['json-syntax']]);
  });
});

describe('lineColumnAt', () => {
  it.each([
    { given: { text: 'ab\ncd', offset: 0 }, want: { line: 1, column: 1 } },
    { given: { text: 'ab\ncd', offset: 2 }, want: { line: 1, column: 3 } },
    { given: { text: 'ab\ncd', offset: 3 }, want: { line: 2, column: 1 } },
    { given: { text: 'ab\ncd', offset: 5 }, want: { line: 2, column: 3 } },
  ])('offset $given.offset of $given.text -> $want.line:$want.column', ({ given, want }) => {
    expect(lineColumnAt(given.text, given.offset)).toEqual(want);
  });
});
