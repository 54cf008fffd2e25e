import { describe, expect, it } from '@jest/globals';
import type { MediaContent, Parameter, RequestBody, Schema } from '../../generator/model/ir.js';
import { argsCheckOf, paramsSchemaOf } from '../../generator/model/operation-schemas.js';
import { parameter, STRING } from '../support/model-units.js';

/**
 * generator/model/operation-schemas.ts: the params object as one schema (what is required, what
 * its JSDoc says, where the body goes, how `contentType` picks one of several request media
 * types), and which calls check their arguments.
 */

/** A request body of these media types, each with this schema. */
function body(parts: { required?: boolean; description?: string; schema?: Schema }, ...mediaTypes: string[]): RequestBody {
  const contents: MediaContent[] = mediaTypes.map((mediaType) => ({ mediaType, kind: 'json', schema: parts.schema ?? STRING, encoding: [] }));
  return { required: parts.required ?? false, ...(parts.description ? { description: parts.description } : {}), contents };
}

/** The properties of an object schema, as `name`, `required`, `description`, `deprecated`; throws for another kind. */
function propertiesOf(schema: Schema) {
  if (schema.kind !== 'object') throw new Error(`not an object: ${schema.kind}`);
  return schema.properties.map((p) => ({ name: p.name, required: p.required, description: p.schema.description, deprecated: p.schema.deprecated }));
}

describe('paramsSchemaOf, one media type or none', () => {
  it.each<{ name: string; given: { params: Parameter[]; body?: RequestBody }; want: ReturnType<typeof propertiesOf> }>([
    { name: 'a required query parameter is required', given: { params: [parameter({ name: 'q', in: 'query', required: true })] }, want: [{ name: 'q', required: true, description: undefined, deprecated: undefined }] },
    { name: 'an optional one is optional', given: { params: [parameter({ name: 'q', in: 'query' })] }, want: [{ name: 'q', required: false, description: undefined, deprecated: undefined }] },
    {
      name: 'a client-fillable path parameter is optional, and says which option fills it',
      given: { params: [parameter({ name: 'account_id', in: 'path', clientOption: 'accountId' })] },
      want: [{ name: 'account_id', required: false, description: "Defaults to the client's `accountId` option.", deprecated: undefined }],
    },
    {
      name: 'the option note follows the description, a paragraph apart',
      given: { params: [parameter({ name: 'account_id', in: 'path', clientOption: 'accountId', description: 'The account.' })] },
      want: [{ name: 'account_id', required: false, description: "The account.\n\nDefaults to the client's `accountId` option.", deprecated: undefined }],
    },
    {
      name: "the schema's description stands in for a missing one",
      given: { params: [parameter({ name: 'q', in: 'query', schema: { ...STRING, description: 'From the schema.' } })] },
      want: [{ name: 'q', required: false, description: 'From the schema.', deprecated: undefined }],
    },
    { name: 'deprecated is carried to the property', given: { params: [parameter({ name: 'q', in: 'query', deprecated: true })] }, want: [{ name: 'q', required: false, description: undefined, deprecated: true }] },
    {
      name: 'a cookie parameter is a property like the others',
      given: { params: [parameter({ name: 'session', in: 'cookie', required: true })] },
      want: [{ name: 'session', required: true, description: undefined, deprecated: undefined }],
    },
    {
      name: 'the body is the last property, `body`, required as the spec says',
      given: { params: [parameter({ name: 'q', in: 'query' })], body: body({ required: true, schema: { ...STRING, description: 'Schema text.' }, description: 'Body text.' }, 'application/json') },
      want: [
        { name: 'q', required: false, description: undefined, deprecated: undefined },
        { name: 'body', required: true, description: 'Body text.', deprecated: undefined },
      ],
    },
    {
      name: "the body's description falls back to its schema's",
      given: { params: [], body: body({ schema: { ...STRING, description: 'Schema text.' } }, 'application/json') },
      want: [{ name: 'body', required: false, description: 'Schema text.', deprecated: undefined }],
    },
    {
      name: 'a body without any description says what it is, by media type',
      given: { params: [], body: body({}, 'application/octet-stream') },
      want: [{ name: 'body', required: false, description: 'The request body (application/octet-stream).', deprecated: undefined }],
    },
    {
      name: 'a body field named like a query parameter does not clash: the body is not spread',
      given: { params: [parameter({ name: 'name', in: 'query' })], body: body({ schema: { kind: 'object', nullable: false, additionalProperties: true, properties: [{ name: 'name', schema: STRING, required: true }] } }, 'application/json') },
      want: [
        { name: 'name', required: false, description: undefined, deprecated: undefined },
        { name: 'body', required: false, description: 'The request body (application/json).', deprecated: undefined },
      ],
    },
    { name: 'no parameters and no body: no properties', given: { params: [] }, want: [] },
  ])('$name', ({ given, want }) => {
    expect(propertiesOf(paramsSchemaOf(given.params, given.body))).toEqual(want);
  });

  it('is an open object, and keeps the parameter schema otherwise as it is', () => {
    const schema: Schema = { kind: 'number', nullable: false, integer: true, minimum: 1 };
    expect(paramsSchemaOf([parameter({ name: 'n', in: 'query', schema })], undefined)).toEqual({
      kind: 'object',
      nullable: false,
      additionalProperties: true,
      properties: [{ name: 'n', required: false, schema: { ...schema, description: undefined } }],
    });
  });

  it("keeps the body's schema, with the description set", () => {
    const schema: Schema = { kind: 'binary', nullable: false };
    const built = paramsSchemaOf([], { required: true, contents: [{ mediaType: 'image/png', kind: 'binary', schema, encoding: [] }] });
    expect(built).toEqual({ kind: 'object', nullable: false, additionalProperties: true, properties: [{ name: 'body', required: true, schema: { kind: 'binary', nullable: false, description: 'The request body (image/png).' } }] });
  });
});

describe('paramsSchemaOf, several media types', () => {
  /** `contentType?: 'a' | body` per choice: `?` when optional, then the body's description. */
  function choices(schema: Schema): string[] {
    const oneOf = schema.kind === 'allOf' ? schema.members[1]! : schema;
    if (oneOf.kind !== 'oneOf') throw new Error(`not a oneOf: ${oneOf.kind}`);
    return oneOf.members.map((member) => {
      if (member.kind !== 'object') throw new Error(`not an object: ${member.kind}`);
      const [contentType, payload, ...rest] = member.properties;
      if (rest.length > 0 || contentType?.name !== 'contentType' || payload?.name !== 'body' || contentType.schema.kind !== 'enum') throw new Error('not { contentType, body }');
      return `contentType${contentType.required ? '' : '?'}: ${contentType.schema.values.join('|')} (${contentType.schema.description}); body${payload.required ? '' : '?'}: ${payload.schema.kind} (${payload.schema.description})`;
    });
  }

  it.each<{ name: string; given: { params: Parameter[]; body: RequestBody }; want: { kind: string; params?: string[]; choices: string[] } }>([
    {
      name: 'without parameters: a oneOf of { contentType, body }, the first contentType optional (the default), the others required',
      given: { params: [], body: body({ required: true }, 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data') },
      want: {
        kind: 'oneOf',
        choices: [
          'contentType?: application/json (How the body is sent; the default.); body: string (The request body (application/json).)',
          'contentType: application/x-www-form-urlencoded (How the body is sent.); body: string (The request body (application/x-www-form-urlencoded).)',
          'contentType: multipart/form-data (How the body is sent.); body: string (The request body (multipart/form-data).)',
        ],
      },
    },
    {
      name: 'with parameters: an allOf of the params object and that oneOf',
      given: { params: [parameter({ name: 'q', in: 'query', required: true })], body: body({ description: 'The value.' }, 'application/octet-stream', 'text/plain') },
      want: {
        kind: 'allOf',
        params: ['q'],
        choices: ['contentType?: application/octet-stream (How the body is sent; the default.); body?: string (The value.)', 'contentType: text/plain (How the body is sent.); body?: string (The value.)'],
      },
    },
  ])('$name', ({ given, want }) => {
    const schema = paramsSchemaOf(given.params, given.body);
    expect({ kind: schema.kind, ...(schema.kind === 'allOf' ? { params: propertiesOf(schema.members[0]!).map((p) => p.name) } : {}), choices: choices(schema) }).toEqual(want);
  });

  it("gives each choice its own media type's schema", () => {
    const json: Schema = { kind: 'object', nullable: false, additionalProperties: false, properties: [] };
    const raw: Schema = { kind: 'binary', nullable: false };
    const schema = paramsSchemaOf([], { required: true, contents: [{ mediaType: 'application/json', kind: 'json', schema: json, encoding: [] }, { mediaType: 'application/octet-stream', kind: 'binary', schema: raw, encoding: [] }] });
    expect(schema.kind === 'oneOf' && schema.members.map((m) => m.kind === 'object' && m.properties[1]!.schema.kind)).toEqual(['object', 'binary']);
  });
});

describe('argsCheckOf', () => {
  const str = (extra: Partial<Schema & { kind: 'string' }>): Schema => ({ ...STRING, ...extra }) as Schema;
  it.each<{ name: string; given: Schema; want: boolean }>([
    { name: 'a plain string is not checked', given: STRING, want: false },
    { name: 'minLength is', given: str({ minLength: 1 }), want: true },
    { name: 'maxLength is', given: str({ maxLength: 9 }), want: true },
    { name: 'a pattern is', given: str({ pattern: '^a' }), want: true },
    { name: 'a format is', given: str({ format: 'uuid' }), want: true },
    { name: 'any number is (1.5 is no integer; NaN is never valid)', given: { kind: 'number', nullable: false, integer: false }, want: true },
    { name: 'an enum is', given: { kind: 'enum', nullable: false, values: ['a'] }, want: true },
    { name: 'a boolean is not', given: { kind: 'boolean', nullable: false }, want: false },
    { name: 'an array is not', given: { kind: 'array', nullable: false, items: { kind: 'number', nullable: false, integer: true }, closed: false, prefixItems: [], uniqueItems: false }, want: false },
  ])('$name', ({ given, want }) => {
    const positional = argsCheckOf('LogGetParams', [parameter({ name: 'id', in: 'path', schema: given })], []);
    const inObject = argsCheckOf('LogGetParams', [], [parameter({ name: 'q', in: 'query', schema: given })]);
    expect({ positional: positional !== undefined, inObject: inObject !== undefined }).toEqual({ positional: want, inObject: want });
  });

  it('is named after the params type (LogGetParams -> LogGetArgs) and checks positional and object parameters together', () => {
    const id = parameter({ name: 'id', in: 'path', schema: str({ minLength: 1 }) });
    const account = parameter({ name: 'account_id', in: 'path', clientOption: 'accountId' });
    const q = parameter({ name: 'q', in: 'query', required: true });
    expect(argsCheckOf('LogGetParams', [id], [account, q])).toEqual({
      name: 'LogGetArgs',
      schema: {
        kind: 'object',
        nullable: false,
        additionalProperties: true,
        properties: [
          { name: 'id', schema: id.schema, required: true },
          // Filled by the client when the call leaves it out.
          { name: 'account_id', schema: STRING, required: false },
          { name: 'q', schema: STRING, required: true },
        ],
      },
    });
  });

  it('ignores the body: a call with only a body is not checked', () => {
    expect(argsCheckOf('LogCreateParams', [], [])).toBeUndefined();
  });
});
