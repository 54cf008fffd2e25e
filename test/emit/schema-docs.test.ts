import { describe, expect, it } from '@jest/globals';
import type { Schema } from '../../generator/model/ir.js';
import { docBlock, schemaDocLines } from '../../generator/emit/schema-docs.js';
import { array, integer, string } from './validators/ir-schemas.js';

/** generator/emit/schema-docs.ts: what a property's or type's JSDoc says. */

describe('schemaDocLines', () => {
  it.each<{ name: string; given: Schema; want: string[] }>([
    { name: 'nothing to say', given: string(), want: [] },
    { name: 'description first, then string constraints', given: string({ description: 'The id.', format: 'uuid', minLength: 1, maxLength: 36, pattern: '^[a-f0-9-]+$' }), want: ['The id.', '@format uuid', '@minLength 1', '@maxLength 36', '@pattern "^[a-f0-9-]+$"'] },
    { name: 'number bounds', given: integer({ minimum: 1, maximum: 50 }), want: ['@minimum 1', '@maximum 50'] },
    { name: 'readOnly, default, example, deprecated', given: array({ readOnly: true, default: [], example: ['a'], deprecated: true }), want: ['@readonly Set by the server; ignored in requests.', '@default []', '@example ["a"]', '@deprecated'] },
    { name: 'spec text cannot close the comment', given: string({ description: 'a */ b', pattern: '.*/' , default: '*/' }), want: ['a *\\/ b', '@pattern ".*\\/"', '@default "*\\/"'] },
  ])('$name', ({ given, want }) => {
    expect(schemaDocLines(given)).toEqual(want);
  });

  it('a description given by the caller (a parameter) wins over the schema own', () => {
    expect(schemaDocLines(string({ description: 'schema' }), 'parameter')).toEqual(['parameter']);
  });
});

describe('docBlock', () => {
  it.each<{ name: string; given: string[]; want: string }>([
    { name: 'no lines, no block', given: [], want: '' },
    { name: 'one line on one line', given: ['The id.'], want: '/** The id. */\n' },
    { name: 'several lines, a blank one kept as a bare star', given: ['First.\n\nSecond.', '@deprecated'], want: '/**\n * First.\n *\n * Second.\n * @deprecated\n */\n' },
  ])('$name', ({ given, want }) => {
    expect(docBlock(given)).toBe(want);
  });
});
