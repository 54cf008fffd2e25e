import { describe, expect, it } from '@jest/globals';
import type { NamedSchema, Operation, Resource, Schema } from '../../generator/model/ir.js';
import { assignSchemaModules, bySchemaModule, collectReferences, SHARED_SCHEMA_MODULE } from '../../generator/model/schema-modules.js';
import { named, operation, parameter, refTo, resource, STRING } from '../support/model-units.js';

/**
 * generator/model/schema-modules.ts: which module declares each named schema (the one
 * top-level resource that reaches it, or `schemas/shared`), and the references it follows.
 */

const object = (...refs: Schema[]): Schema => ({ kind: 'object', nullable: false, additionalProperties: true, properties: refs.map((schema, i) => ({ name: `p${i}`, schema, required: false })) });
const returning = (schema: Schema): Operation => operation({ operationId: 'op', response: { status: '200', accept: [], headers: [], validated: true, schema } });

describe('assignSchemaModules', () => {
  /** Schemas `A`..`D`: `A` refers to `B`, the others to nothing. */
  const schemas = () => [named('A', object(refTo('B'))), named('B', object()), named('C', object()), named('D', object())];

  it.each<{ name: string; given: (Resource)[]; want: Record<string, string> }>([
    {
      name: "a schema one top-level resource reaches is in that resource's module, kebab-case; what it refers to too",
      given: [resource({ name: 'aiGateway', operations: [returning(refTo('A'))] })],
      want: { A: 'schemas/ai-gateway', B: 'schemas/ai-gateway', C: SHARED_SCHEMA_MODULE, D: SHARED_SCHEMA_MODULE },
    },
    {
      name: 'one that two top-level resources reach is shared; what only one of them reaches is not',
      given: [resource({ name: 'a', operations: [returning(refTo('A'))] }), resource({ name: 'b', operations: [returning(refTo('B')), returning(refTo('C'))] })],
      want: { A: 'schemas/a', B: SHARED_SCHEMA_MODULE, C: 'schemas/b', D: SHARED_SCHEMA_MODULE },
    },
    {
      name: 'a nested resource counts as its top-level one',
      given: [resource({ name: 'zones', children: [resource({ name: 'dns', path: ['zones', 'dns'], operations: [returning(refTo('C'))] })] }), resource({ name: 'z', operations: [returning(refTo('C'))] })],
      want: { A: SHARED_SCHEMA_MODULE, B: SHARED_SCHEMA_MODULE, C: SHARED_SCHEMA_MODULE, D: SHARED_SCHEMA_MODULE },
    },
    {
      name: 'two resources under one top-level resource keep it in that module',
      given: [resource({ name: 'zones', operations: [returning(refTo('C'))], children: [resource({ name: 'dns', path: ['zones', 'dns'], operations: [returning(refTo('C'))] })] })],
      want: { A: SHARED_SCHEMA_MODULE, B: SHARED_SCHEMA_MODULE, C: 'schemas/zones', D: SHARED_SCHEMA_MODULE },
    },
    {
      name: 'parameters, positional and in the object, and request bodies reach schemas too',
      given: [
        resource({
          name: 'things',
          operations: [
            operation({
              operationId: 'op',
              positionalParams: [parameter({ name: 'id', in: 'path', schema: refTo('A') })],
              objectParams: [parameter({ name: 'q', in: 'query', schema: refTo('C') })],
              requestBody: { required: true, contents: [{ mediaType: 'application/json', kind: 'json', schema: refTo('D'), encoding: [] }] },
            }),
          ],
        }),
      ],
      want: { A: 'schemas/things', B: 'schemas/things', C: 'schemas/things', D: 'schemas/things' },
    },
    {
      name: 'every media type of a request body reaches its schema, not only the first',
      given: [
        resource({
          name: 'things',
          operations: [
            operation({
              operationId: 'op',
              requestBody: {
                required: true,
                contents: [
                  { mediaType: 'application/json', kind: 'json', schema: refTo('C'), encoding: [] },
                  { mediaType: 'multipart/form-data', kind: 'multipart', schema: refTo('D'), encoding: [] },
                ],
              },
            }),
          ],
        }),
      ],
      want: { A: SHARED_SCHEMA_MODULE, B: SHARED_SCHEMA_MODULE, C: 'schemas/things', D: 'schemas/things' },
    },
    { name: 'no resource reaches anything: all shared', given: [], want: { A: SHARED_SCHEMA_MODULE, B: SHARED_SCHEMA_MODULE, C: SHARED_SCHEMA_MODULE, D: SHARED_SCHEMA_MODULE } },
  ])('$name', ({ given, want }) => {
    const all = schemas();
    assignSchemaModules(all, given);
    expect(Object.fromEntries(all.map((s) => [s.typeName, s.module]))).toEqual(want);
  });

  it('follows a cycle of references without looping', () => {
    const all = [named('A', object(refTo('B'))), named('B', object(refTo('A')))];
    assignSchemaModules(all, [resource({ name: 'x', operations: [returning(refTo('A'))] })]);
    expect(all.map((s) => s.module)).toEqual(['schemas/x', 'schemas/x']);
  });
});

describe('bySchemaModule', () => {
  it('groups by module, modules in path order, each group in the order given', () => {
    const s = (typeName: string, module: string): NamedSchema => ({ ...named(typeName, STRING), module });
    const grouped = bySchemaModule([s('Z', 'schemas/shared'), s('B', 'schemas/b'), s('A', 'schemas/shared'), s('C', 'schemas/ai-gateway')]);
    expect([...grouped].map(([module, list]) => [module, list.map((x) => x.typeName)])).toEqual([
      ['schemas/ai-gateway', ['C']],
      ['schemas/b', ['B']],
      ['schemas/shared', ['Z', 'A']],
    ]);
  });
});

describe('collectReferences', () => {
  const id = (typeName: string) => `openapi.yaml#/components/schemas/${typeName}`;
  const array = (items: Schema | undefined, prefixItems: Schema[] = []): Schema => ({ kind: 'array', nullable: false, ...(items ? { items } : {}), closed: false, prefixItems, uniqueItems: false });

  it.each<{ name: string; given: Schema; want: string[] }>([
    { name: 'a ref', given: refTo('A'), want: ['A'] },
    { name: 'array items and prefixItems', given: array(refTo('A'), [refTo('B')]), want: ['A', 'B'] },
    { name: 'properties and an additionalProperties schema', given: { ...(object(refTo('A')) as Schema & { kind: 'object' }), additionalProperties: refTo('B') }, want: ['A', 'B'] },
    {
      name: 'composite members and discriminator mapping targets',
      given: { kind: 'oneOf', nullable: false, members: [refTo('A')], discriminator: { propertyName: 'type', mapping: [{ value: 'b', target: id('B') }] } },
      want: ['A', 'B'],
    },
    { name: 'allOf and anyOf members', given: { kind: 'allOf', nullable: false, members: [{ kind: 'anyOf', nullable: false, members: [refTo('A')] }] }, want: ['A'] },
    { name: 'nothing in a scalar', given: { kind: 'enum', nullable: false, values: ['A'] }, want: [] },
    { name: 'each once', given: object(refTo('A'), refTo('A')), want: ['A'] },
  ])('$name', ({ given, want }) => {
    const into = new Set<string>();
    collectReferences(given, into);
    expect([...into]).toEqual(want.map(id));
  });
});
