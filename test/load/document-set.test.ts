import { afterAll, describe, expect, it } from '@jest/globals';
import { join, relative } from 'node:path';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { DocumentSet, followRefs } from '../../generator/load/document-set.js';
import { removeTempFiles, writeFiles } from '../support/model-units.js';

/**
 * generator/load/document-set.ts: following `$ref`s across files, and reporting those that
 * dangle, loop or leave the disk. (The CLI corpus, test/fixtures/bad/ref-*, checks a few
 * messages end to end; these rows are the resolution rules.)
 */

afterAll(removeTempFiles);

function open(files: Record<string, unknown>) {
  const dir = writeFiles(files);
  const diagnostics = new Diagnostics();
  const read: string[] = [];
  const documents = new DocumentSet(diagnostics, (file) => read.push(relative(dir, file)));
  const root = join(dir, 'openapi.yaml');
  documents.load(root);
  /** Follows the refs from the value at `pointer` in the root file: `file#pointer = value`, or `undefined`. */
  const follow = (pointer: string) => {
    const found = followRefs(documents, documents.get(root, pointer), { file: root, pointer });
    return found && `${relative(dir, found.file)}#${found.pointer} = ${JSON.stringify(found.value)}`;
  };
  /** `code file#pointer message`; a syntax error, which has no pointer, at `file@line:col`. */
  const problems = () => diagnostics.items.map((d) => `${d.code} ${relative(dir, d.file ?? '')}${d.pointer === undefined ? `@${d.line}:${d.column}` : `#${d.pointer}`} ${d.message}`);
  return { dir, root, documents, diagnostics, read, follow, problems };
}

describe('followRefs', () => {
  it.each<{ name: string; given: { files: Record<string, unknown>; from: string }; want: string | undefined }>([
    { name: 'a value without a $ref is where it is', given: { files: { 'openapi.yaml': { a: { type: 'string' } } }, from: '/a' }, want: 'openapi.yaml#/a = {"type":"string"}' },
    { name: 'a local ref', given: { files: { 'openapi.yaml': { a: { $ref: '#/b' }, b: { type: 'string' } } }, from: '/a' }, want: 'openapi.yaml#/b = {"type":"string"}' },
    {
      name: 'a ref to a ref in another file, resolved against that file',
      given: { files: { 'openapi.yaml': { a: { $ref: 'sub/x.yaml#/x' } }, 'sub/x.yaml': { x: { $ref: '#/y' }, y: { $ref: '../y.yaml#/z' } }, 'y.yaml': { z: { type: 'integer' } } }, from: '/a' },
      want: 'y.yaml#/z = {"type":"integer"}',
    },
    { name: 'a whole file', given: { files: { 'openapi.yaml': { a: { $ref: 'x.yaml' } }, 'x.yaml': { type: 'boolean' } }, from: '/a' }, want: 'x.yaml# = {"type":"boolean"}' },
    { name: 'a JSON file', given: { files: { 'openapi.yaml': { a: { $ref: 'x.json#/s' } }, 'x.json': { s: { type: 'null' } } }, from: '/a' }, want: 'x.json#/s = {"type":"null"}' },
    {
      name: 'escaped pointer segments (~1) and percent-encoding',
      given: { files: { 'openapi.yaml': { a: { $ref: '#/paths/~1things/My%20Thing' }, paths: { '/things': { 'My Thing': { type: 'string' } } } } }, from: '/a' },
      want: 'openapi.yaml#/paths/~1things/My Thing = {"type":"string"}',
    },
    { name: 'a percent-encoded file name', given: { files: { 'openapi.yaml': { a: { $ref: 'my%20file.yaml#/s' } }, 'my file.yaml': { s: { type: 'string' } } }, from: '/a' }, want: 'my file.yaml#/s = {"type":"string"}' },
    { name: 'a dangling ref: nothing', given: { files: { 'openapi.yaml': { a: { $ref: '#/nope' } } }, from: '/a' }, want: undefined },
    { name: 'a ref cycle: nothing', given: { files: { 'openapi.yaml': { a: { $ref: '#/b' }, b: { $ref: '#/a' } } }, from: '/a' }, want: undefined },
  ])('$name', ({ given, want }) => {
    expect(open(given.files).follow(given.from)).toBe(want);
  });
});

describe('reported refs', () => {
  const many = Object.fromEntries(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'].map((k) => [k, {}]));
  it.each<{ name: string; given: Record<string, unknown>; want: string[] }>([
    {
      name: 'a missing key with a close name suggests it',
      given: { 'openapi.yaml': { a: { $ref: '#/components/schemas/Thng' }, components: { schemas: { Thing: {} } } } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "#/components/schemas/Thng" points to nothing: there is no "Thng" in /components/schemas in this file. Did you mean "Thing"?'],
    },
    {
      name: 'a missing top-level key lists a few names',
      given: { 'openapi.yaml': { a: { $ref: '#/Nope' } } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "#/Nope" points to nothing: there is no "Nope" in the top level of this file. It has: a.'],
    },
    {
      name: 'among many names, says to check for typos',
      given: { 'openapi.yaml': { a: { $ref: '#/s/zulu' }, s: many } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "#/s/zulu" points to nothing: there is no "zulu" in /s in this file. Check the name for typos.'],
    },
    {
      name: 'a pointer through a scalar says so',
      given: { 'openapi.yaml': { a: { $ref: '#/info/title/x' }, info: { title: 'T' } } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "#/info/title/x" points to nothing: /info/title in this file is not an object, so it has no "x".'],
    },
    {
      name: 'a missing key in another file names that file',
      given: { 'openapi.yaml': { a: { $ref: 'sub/x.yaml#/Thng' } }, 'sub/x.yaml': { Thing: {} } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "sub/x.yaml#/Thng" points to nothing: there is no "Thng" in the top level of sub/x.yaml. Did you mean "Thing"?'],
    },
    {
      name: 'a missing file',
      given: { 'openapi.yaml': { a: { $ref: 'sub/none.yaml#/x' } } },
      want: ['ref-dangling openapi.yaml#/a/$ref The $ref "sub/none.yaml#/x" points to the file sub/none.yaml, which does not exist. Paths in a $ref are relative to the file that contains it.'],
    },
    {
      name: 'a URL',
      given: { 'openapi.yaml': { a: { $ref: 'https://example.com/x.yaml#/x' } } },
      want: ['ref-remote openapi.yaml#/a/$ref The $ref "https://example.com/x.yaml#/x" points to a URL; sdkgen only reads local files. Download it next to the spec and reference it by relative path.'],
    },
    {
      name: 'a fragment that is no JSON pointer',
      given: { 'openapi.yaml': { a: { $ref: '#components/schemas/A' } } },
      want: ['ref-malformed openapi.yaml#/a/$ref The $ref "#components/schemas/A" has a fragment that is not a JSON pointer; write it as "#/components/schemas/A".'],
    },
    {
      name: 'a file that does not parse: its own error, and the ref that points into it',
      given: { 'openapi.yaml': { a: { $ref: 'x.yaml#/s' } }, 'x.yaml': 's: [\n' },
      want: ['yaml-syntax x.yaml@1:4 Invalid YAML: This "[" is never closed; add the matching "]".', 'ref-dangling openapi.yaml#/a/$ref The $ref "x.yaml#/s" points into x.yaml, which could not be parsed; fix the errors reported for that file.'],
    },
    {
      name: 'a cycle across files, named relative to the first member',
      given: { 'openapi.yaml': { a: { $ref: 'sub/x.yaml#/b' } }, 'sub/x.yaml': { b: { $ref: '../openapi.yaml#/a' } } },
      want: ['ref-cycle openapi.yaml#/a/$ref This $ref is part of a cycle of $refs that never reaches a definition (#/a -> sub/x.yaml#/b -> #/a); replace one of these $refs with the definition it stands for.'],
    },
    {
      name: 'a cycle, once, at its first member in pointer order',
      given: { 'openapi.yaml': { z: { $ref: '#/b' }, b: { $ref: '#/c' }, c: { $ref: '#/b' } } },
      want: ['ref-cycle openapi.yaml#/b/$ref This $ref is part of a cycle of $refs that never reaches a definition (#/b -> #/c -> #/b); replace one of these $refs with the definition it stands for.'],
    },
    {
      name: 'refs in unused parts and in other files are checked too',
      given: { 'openapi.yaml': { unused: { deep: [{ $ref: 'x.yaml#/s' }] } }, 'x.yaml': { s: { $ref: '#/gone' } } },
      want: ['ref-dangling x.yaml#/s/$ref The $ref "#/gone" points to nothing: there is no "gone" in the top level of this file. It has: s.'],
    },
    {
      name: 'a $ref key in literal data or an extension is data',
      given: { 'openapi.yaml': { s: { example: { $ref: '#/no1' }, default: { $ref: '#/no2' }, enum: [{ $ref: '#/no3' }], const: { $ref: '#/no4' }, examples: { e: { value: { $ref: '#/no5' } } }, 'x-thing': { $ref: '#/no6' } } } },
      want: [],
    },
  ])('$name', ({ given, want }) => {
    const set = open(given);
    set.documents.checkRefs();
    expect(set.problems()).toEqual(want);
  });

  it('reports a ref once, however often it is followed', () => {
    const set = open({ 'openapi.yaml': { a: { $ref: '#/nope' } } });
    set.follow('/a');
    set.follow('/a');
    set.documents.checkRefs();
    expect(set.problems().map((p) => p.split(' ')[0])).toEqual(['ref-dangling']);
  });
});

describe('DocumentSet', () => {
  it('reads each file once, on first use', () => {
    const set = open({ 'openapi.yaml': { a: { $ref: 'x.yaml#/s' }, b: { $ref: 'x.yaml#/t' } }, 'x.yaml': { s: {}, t: {} } });
    set.follow('/a');
    set.follow('/b');
    set.documents.checkRefs();
    expect(set.read).toEqual(['openapi.yaml', 'x.yaml']);
  });

  it.each([
    { name: 'a path that exists', given: '/a/b', want: 1 },
    { name: 'one that does not', given: '/a/c', want: undefined },
    { name: "an object's inherited member is not a key", given: '/a/constructor', want: undefined },
    { name: 'nor is __proto__', given: '/a/__proto__', want: undefined },
    { name: 'a list index', given: '/list/1', want: 'y' },
  ])('get: $name', ({ given, want }) => {
    const set = open({ 'openapi.yaml': { a: { b: 1 }, list: ['x', 'y'] } });
    expect(set.documents.get(set.root, given)).toBe(want);
  });

  it('places a problem in any file it loaded at its line:col', () => {
    const set = open({ 'openapi.yaml': { a: { $ref: 'x.yaml#/s' } }, 'x.yaml': 'top: 1\ns:\n  deep: { $ref: "#/gone" }\n' });
    set.documents.checkRefs();
    expect(set.diagnostics.items.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['ref-dangling 3:11']);
  });

  it('reports a spec file that does not exist, and loads it as nothing', () => {
    const set = open({ 'other.yaml': {} });
    expect([set.documents.load(set.root), set.problems().map((p) => p.split(' ')[0])]).toEqual([undefined, ['file-unreadable']]);
  });
});
