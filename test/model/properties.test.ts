import { describe, expect, it } from '@jest/globals';
import type { NamedSchema, Schema } from '../../generator/model/ir.js';
import { propertiesOf } from '../../generator/model/properties.js';
import { named, refTo, STRING } from '../support/model-units.js';

/** generator/model/properties.ts: the properties of a body, seen through refs and allOf (where envelopes hide). */

const object = (fields: Record<string, Schema>): Schema => ({ kind: 'object', nullable: false, additionalProperties: true, properties: Object.entries(fields).map(([name, schema]) => ({ name, schema, required: false })) });

describe('propertiesOf', () => {
  it.each<{ name: string; given: { schema: Schema; schemas?: NamedSchema[] }; want: string[] }>([
    { name: "an object's properties", given: { schema: object({ a: STRING, b: STRING }) }, want: ['a', 'b'] },
    { name: 'through a ref', given: { schema: refTo('A'), schemas: [named('A', object({ a: STRING }))] }, want: ['a'] },
    { name: 'through a chain of refs', given: { schema: refTo('A'), schemas: [named('A', refTo('B')), named('B', object({ b: STRING }))] }, want: ['b'] },
    { name: "every allOf member's, in order, repeats kept", given: { schema: { kind: 'allOf', nullable: false, members: [object({ a: STRING }), object({ a: STRING, b: STRING })] } }, want: ['a', 'a', 'b'] },
    { name: 'a ref inside an allOf', given: { schema: { kind: 'allOf', nullable: false, members: [refTo('A'), object({ b: STRING })] }, schemas: [named('A', object({ a: STRING }))] }, want: ['a', 'b'] },
    { name: 'none through anyOf', given: { schema: { kind: 'anyOf', nullable: false, members: [object({ a: STRING })] } }, want: [] },
    { name: 'none through oneOf', given: { schema: { kind: 'oneOf', nullable: false, members: [object({ a: STRING })] } }, want: [] },
    { name: 'none for a scalar', given: { schema: STRING }, want: [] },
    { name: 'none for a ref to an unknown schema', given: { schema: refTo('Missing') }, want: [] },
    { name: 'none for a ref that loops', given: { schema: refTo('Loop'), schemas: [named('Loop', refTo('Loop'))] }, want: [] },
  ])('$name', ({ given, want }) => {
    expect(propertiesOf(given.schema, new Map((given.schemas ?? []).map((s) => [s.id, s]))).map((p) => p.name)).toEqual(want);
  });
});
