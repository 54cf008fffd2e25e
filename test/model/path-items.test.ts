import { buildSpec, cleanUp, openapi, type OpenApiVersion } from '../support/model-harness.js';

/** A path item may be a `$ref`, typically into a file of its own; its operations are generated as if inline. */
afterAll(cleanUp);

const thingFile = {
  thing: {
    parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'integer' } }],
    get: {
      operationId: 'getThing',
      tags: ['things'],
      parameters: [{ name: 'verbose', in: 'query', schema: { type: 'boolean' } }],
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/Thing' } } } } },
    },
  },
  Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
};

describe.each(['3.0', '3.1'] as OpenApiVersion[])('OpenAPI %s: a path item $ref to another file', (version) => {
  const built = buildSpec({
    'openapi.yaml': openapi(version, { paths: { '/things/{thing_id}': { $ref: './things.yaml#/thing' } } }),
    'things.yaml': thingFile,
  });
  const op = built.api.resources.flatMap((r) => r.operations).find((o) => o.operationId === 'getThing');

  it('generates its operation, with the path item parameters and its own', () => {
    expect(built.diagnostics.errors).toEqual([]);
    expect(op).toMatchObject({ method: 'get', path: '/things/{thing_id}' });
    expect(op!.positionalParams.map((p) => [p.name, p.schema.kind])).toEqual([['thing_id', 'number']]);
    expect(op!.objectParams.map((p) => p.name)).toEqual(['verbose']);
  });

  it('resolves the refs inside that file against it', () => {
    expect(built.declaration(op!.typeNames.response)).toContain('Thing');
    expect(built.named('Thing').schema).toMatchObject({ kind: 'object', properties: [{ name: 'id', required: true }] });
  });
});
