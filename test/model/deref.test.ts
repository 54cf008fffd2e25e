import { describe, expect, it } from '@jest/globals';
import { derefSchema } from '../../generator/model/deref.js';
import type { NamedSchema, Schema } from '../../generator/model/ir.js';
import { named, refTo, STRING } from '../support/model-units.js';

/** generator/model/deref.ts: the schema at the end of a chain of refs. */

describe('derefSchema', () => {
  const LIST: Schema = { kind: 'array', nullable: false, items: STRING, closed: false, prefixItems: [], uniqueItems: false };
  it.each<{ name: string; given: { schema: Schema; schemas?: NamedSchema[] }; want: Schema }>([
    { name: 'a schema that is no ref is itself', given: { schema: LIST }, want: LIST },
    { name: "a ref is its target's schema", given: { schema: refTo('A'), schemas: [named('A', LIST)] }, want: LIST },
    { name: 'a chain of refs is followed to its end', given: { schema: refTo('A'), schemas: [named('A', refTo('B')), named('B', refTo('C')), named('C', LIST)] }, want: LIST },
    { name: 'a ref to an unknown schema is the ref', given: { schema: refTo('A'), schemas: [named('A', refTo('Missing'))] }, want: refTo('Missing') },
    // Nullability is the ref's own business: a caller checks both (model/results.ts does).
    { name: 'a nullable ref is not nullable once followed', given: { schema: refTo('A', { nullable: true }), schemas: [named('A', LIST)] }, want: LIST },
  ])('$name', ({ given, want }) => {
    expect(derefSchema(given.schema, new Map((given.schemas ?? []).map((s) => [s.id, s])))).toEqual(want);
  });

  it('stops on a cycle and returns the ref it stopped at', () => {
    const byId = new Map([named('A', refTo('B')), named('B', refTo('A'))].map((s) => [s.id, s]));
    expect(derefSchema(refTo('A'), byId)).toMatchObject({ kind: 'ref' });
  });
});
