import { describe, expect, it } from '@jest/globals';
import type { NamedSchema, Schema } from '../../generator/model/ir.js';
import { typeExpression, type Direction } from '../../generator/emit/type-expression.js';
import { array, boolean, byIdOf, composite, enumOf, integer, named, nullable, number, object, optional, ref, required, string, unknown } from './validators/ir-schemas.js';

/** generator/emit/type-expression.ts: IR schemas as TypeScript type expressions. */

const User = named('#/User', 'User', object([required('id', string()), required('token', string({ writeOnly: true })), required('created', string({ readOnly: true }))]));
const Tag = named('#/Tag', 'Tag', object([required('name', string())]));

function print(schema: Schema, direction: Direction = 'response'): { type: string; used: string[]; runtime: string[] } {
  const used: string[] = [];
  const runtime: string[] = [];
  const type = typeExpression(schema, { byId: byIdOf([User, Tag]), direction, use: (n: NamedSchema) => used.push(n.typeName), useRuntime: (name) => runtime.push(name) });
  // Whitespace inside object literals is the formatter's business; property docs are checked on their own.
  return { type: type.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim(), used, runtime };
}

describe('typeExpression', () => {
  it.each<{ name: string; given: Schema; want: string }>([
    { name: 'scalars', given: composite('oneOf', [string(), number(), integer(), boolean]), want: 'string | number | number | boolean' },
    { name: 'nullable wraps anything but unknown', given: nullable(array({ items: string() })), want: 'string[] | null' },
    { name: 'nullable unknown stays unknown', given: nullable(unknown), want: 'unknown' },
    { name: 'a nullable union is parenthesised', given: nullable(composite('anyOf', [string(), number()])), want: '(string | number) | null' },
    { name: 'enum values as literals, strings quoted safely', given: enumOf('a', "b'c", 1, true, null), want: "'a' | 'b\\'c' | 1 | true | null" },
    { name: 'an empty enum is never', given: enumOf(), want: 'never' },
    { name: 'an array of a union parenthesises it', given: array({ items: composite('oneOf', [string(), number()]) }), want: '(string | number)[]' },
    { name: 'an array without items is unknown[]', given: array(), want: 'unknown[]' },
    { name: 'a tuple: minItems decides which elements are required', given: array({ prefixItems: [string(), number()], minItems: 1, closed: true }), want: '[string, number?]' },
    { name: 'an open tuple keeps a rest element', given: array({ prefixItems: [string()], items: boolean }), want: '[string?, ...boolean[]]' },
    { name: 'allOf intersects', given: composite('allOf', [ref('#/User'), ref('#/Tag')]), want: 'User & Tag' },
    { name: 'an empty allOf is unknown, an empty oneOf never', given: composite('oneOf', [composite('allOf', []), composite('oneOf', [])]), want: 'unknown | never' },
    { name: 'a ref to a missing schema is unknown, not a dangling name', given: ref('#/Missing'), want: 'unknown' },
    { name: 'an object with no properties and additionalProperties: false', given: object([], { additionalProperties: false }), want: 'Record<string, never>' },
    { name: 'a map as an index signature (a type alias may refer to itself in one)', given: object([], { additionalProperties: string() }), want: '{ [key: string]: string }' },
    { name: 'properties: required bare, optional with ?, keys quoted where needed', given: object([required('id', string()), optional('content-type', string())]), want: "{ id: string; 'content-type'?: string; }" },
    { name: 'bytes in a response are a Blob', given: { kind: 'binary', nullable: false } as Schema, want: 'Blob' },
  ])('$name', ({ given, want }) => {
    expect(print(given).type).toBe(want);
  });

  it('reports each named schema it mentions, for the imports', () => {
    expect(print(object([required('a', ref('#/User')), required('b', array({ items: ref('#/Tag') }))])).used).toEqual(['User', 'Tag']);
  });

  it('bytes in a request are Uploadable, and the runtime import is asked for', () => {
    expect(print({ kind: 'binary', nullable: false } as Schema, 'request')).toEqual({ type: 'Uploadable', used: [], runtime: ['Uploadable'] });
  });

  it("a named schema in a request: its required readOnly fields optional, its writeOnly ones required, by Omit/Pick", () => {
    expect(print(ref('#/User'), 'request').type).toBe("Omit<User, 'created' | 'token'> & Partial<Pick<User, 'created'>> & Required<Pick<User, 'token'>>");
    expect(print(ref('#/Tag'), 'request').type).toBe('Tag');
  });

  it('inline objects: readOnly optional in a request, writeOnly optional in a response', () => {
    const inline = object([required('secret', string({ writeOnly: true })), required('id', string({ readOnly: true }))]);
    expect(print(inline, 'response').type).toBe('{ secret?: string; id: string; }');
    expect(print(inline, 'request').type).toBe('{ secret: string; id?: string; }');
  });

  it('property docs come from the schema, and spec text cannot close the comment', () => {
    const documented = object([required('id', string({ description: 'The id */ evil()' }))]);
    const type = typeExpression(documented, { byId: byIdOf([]), direction: 'response', use: () => undefined });
    expect(type).toContain('The id *\\/ evil()');
    expect(type).not.toContain('*/ evil');
  });

  it('a readOnly property says so in its docs', () => {
    const type = typeExpression(object([required('id', string({ readOnly: true }))]), { byId: byIdOf([]), direction: 'response', use: () => undefined });
    expect(type).toMatch(/\/\*\* @readonly [^\n]*\*\/\s*id: string;/);
  });
});
