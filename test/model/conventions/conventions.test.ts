import { describe, expect, it } from '@jest/globals';
import { CLOUDFLARE } from '../../../generator/model/conventions/cloudflare.js';
import { conventionsFor, NO_CONVENTIONS } from '../../../generator/model/conventions/conventions.js';
import type { Schema } from '../../../generator/model/ir.js';
import { STRING } from '../../support/model-units.js';

/** generator/model/conventions/conventions.ts: which conventions a config name selects, and what `none` does. */

describe('conventionsFor', () => {
  it.each([
    { given: 'cloudflare' as const, want: CLOUDFLARE },
    { given: 'none' as const, want: NO_CONVENTIONS },
  ])('$given', ({ given, want }) => {
    expect(conventionsFor(given)).toBe(want);
  });
});

describe('NO_CONVENTIONS', () => {
  it('has no envelope and no pages of its own, whatever the body', () => {
    const info: Schema = { kind: 'object', nullable: false, additionalProperties: true, properties: [{ name: 'cursor', schema: STRING, required: false }] };
    const shape = { body: new Map([['result_info', info]]), query: new Set(['page', 'per_page', 'cursor']), headers: new Set(['link']), items: [], byId: new Map() };
    expect([NO_CONVENTIONS.envelopeField(new Set(['success', 'result', 'result_info'])), NO_CONVENTIONS.pagination(shape)]).toEqual([undefined, undefined]);
  });
});
