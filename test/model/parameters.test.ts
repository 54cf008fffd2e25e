import { afterAll, describe, expect, it } from '@jest/globals';
import type { Parameter } from '../../generator/model/ir.js';
import { modelOf, ok, removeTempFiles, specWith, type ConfigParts } from '../support/model-units.js';

/**
 * generator/model/parameters.ts: which parameters a call passes positionally and which in its
 * params object (and in what order), OpenAPI's style/explode defaults, and path-item parameters
 * under the operation's.
 */

afterAll(removeTempFiles);

const client: ConfigParts = { client: { pathParams: { account_id: { option: 'accountId' } } } };

/** The one operation `op` of a spec with this path item. */
function paramsOf(path: string, pathItem: Record<string, unknown>, parts: ConfigParts = {}) {
  const built = modelOf({ 'openapi.yaml': specWith({ [path]: pathItem }) }, parts);
  const op = built.operation('op');
  return { op, diagnostics: built.diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer}`), messages: built.diagnostics.items.map((d) => d.message) };
}
const get = (parameters: unknown[], extra: Record<string, unknown> = {}) => ({ get: { operationId: 'op', parameters, responses: ok({ type: 'string' }), ...extra } });
const p = (name: string, where: string, extra: Record<string, unknown> = {}) => ({ name, in: where, schema: { type: 'string' }, ...(where === 'path' ? { required: true } : {}), ...extra });
const placed = (list: Parameter[]) => list.map((x) => `${x.in}:${x.name}${x.clientOption ? `=${x.clientOption}` : ''}`);

describe('placement', () => {
  it.each<{ name: string; given: { path: string; parameters: unknown[]; config?: ConfigParts }; want: { positional: string[]; object: string[] } }>([
    {
      name: 'path parameters are positional, in path order (not declaration order)',
      given: { path: '/a/{b_id}/c/{a_id}', parameters: [p('a_id', 'path'), p('b_id', 'path')] },
      want: { positional: ['path:b_id', 'path:a_id'], object: [] },
    },
    {
      name: 'a path parameter the client can fill goes in the params object, with its option',
      given: { path: '/accounts/{account_id}/things/{id}', parameters: [p('account_id', 'path'), p('id', 'path')], config: client },
      want: { positional: ['path:id'], object: ['path:account_id=accountId'] },
    },
    {
      name: 'without the config entry it is positional like any other',
      given: { path: '/accounts/{account_id}/things/{id}', parameters: [p('account_id', 'path'), p('id', 'path')] },
      want: { positional: ['path:account_id', 'path:id'], object: [] },
    },
    {
      name: 'cookie parameters go in the params object too (sent in one Cookie header)',
      given: { path: '/things', parameters: [p('session', 'cookie'), p('q', 'query')] },
      want: { positional: [], object: ['query:q', 'cookie:session'] },
    },
    {
      name: 'the params object is in wire order: path, query, header, cookie, each by name',
      given: { path: '/accounts/{account_id}', parameters: [p('X-B', 'header'), p('b', 'cookie'), p('z', 'query'), p('X-A', 'header'), p('a', 'cookie'), p('a', 'query'), p('account_id', 'path')], config: client },
      want: { positional: [], object: ['path:account_id=accountId', 'query:a', 'query:z', 'header:X-A', 'header:X-B', 'cookie:a', 'cookie:b'] },
    },
    {
      name: 'a parameter without a string name or a known in is left out',
      given: { path: '/things', parameters: [{ name: 5, in: 'query' }, { name: 'b', in: 'body' }, p('q', 'query')] },
      want: { positional: [], object: ['query:q'] },
    },
    {
      name: 'a query and a header parameter may share a name',
      given: { path: '/things', parameters: [p('id', 'header'), p('id', 'query')] },
      want: { positional: [], object: ['query:id', 'header:id'] },
    },
  ])('$name', ({ given, want }) => {
    const { op } = paramsOf(given.path, get(given.parameters), given.config);
    expect({ positional: placed(op.positionalParams), object: placed(op.objectParams) }).toEqual(want);
  });
});

describe('one parameter', () => {
  const only = (parameter: unknown, path = '/things') => {
    const { op } = paramsOf(path, get([parameter]));
    return [...op.positionalParams, ...op.objectParams][0]!;
  };
  it.each<{ name: string; given: unknown; path?: string; want: Partial<Parameter> }>([
    { name: 'a path parameter is required even when it says it is not, style simple, explode false', given: p('id', 'path', { required: false }), path: '/things/{id}', want: { required: true, style: 'simple', explode: false } },
    { name: 'query defaults to style form, explode true', given: p('q', 'query'), want: { style: 'form', explode: true } },
    { name: 'header defaults to style simple, explode false', given: p('h', 'header'), want: { style: 'simple', explode: false } },
    { name: 'cookie defaults to style form, explode true', given: p('c', 'cookie'), want: { style: 'form', explode: true } },
    { name: 'allowReserved is kept on a query parameter', given: p('q', 'query', { allowReserved: true }), want: { allowReserved: true } },
    { name: 'explode defaults to false for a style other than form', given: p('q', 'query', { style: 'deepObject' }), want: { style: 'deepObject', explode: false } },
    { name: 'explode defaults to true for form, wherever it is', given: p('h', 'header', { style: 'form' }), want: { style: 'form', explode: true } },
    { name: 'an explicit explode wins', given: p('q', 'query', { explode: false }), want: { style: 'form', explode: false } },
    { name: 'a query parameter is optional unless it says required', given: p('q', 'query'), want: { required: false } },
    { name: 'required: true makes it required', given: p('q', 'query', { required: true }), want: { required: true } },
    { name: 'its description is its own', given: p('q', 'query', { description: 'Mine.', schema: { type: 'string', description: 'Schema.' } }), want: { description: 'Mine.' } },
    { name: "without one, its schema's", given: p('q', 'query', { schema: { type: 'string', description: 'Schema.' } }), want: { description: 'Schema.' } },
    { name: 'deprecated is carried', given: p('q', 'query', { deprecated: true }), want: { deprecated: true } },
    { name: 'a parameter without a schema is a string', given: { name: 'q', in: 'query' }, want: { schema: { kind: 'string', nullable: false } } },
  ])('$name', ({ given, path, want }) => {
    expect(only(given, path)).toMatchObject(want);
  });

  it.each([
    { name: 'allowReserved on a header means nothing, and is left out', given: p('h', 'header', { allowReserved: true }) },
    { name: 'so is allowReserved: false', given: p('q', 'query', { allowReserved: false }) },
    { name: 'and a clientOption on a parameter the config does not name', given: p('q', 'query') },
  ])('$name', ({ given }) => {
    const param = only(given);
    expect(['allowReserved', 'clientOption', 'deprecated', 'description'].filter((key) => key in param)).toEqual([]);
  });
});

describe('path-item parameters', () => {
  it.each<{ name: string; given: { pathLevel: unknown[]; opLevel: unknown[] }; want: string[] }>([
    {
      name: 'the operation replaces a path-item parameter with the same in and name',
      given: { pathLevel: [p('limit', 'query', { schema: { type: 'integer' } })], opLevel: [p('limit', 'query', { schema: { type: 'string' } })] },
      want: ['query:limit:string'],
    },
    {
      name: 'a parameter with the same name elsewhere is a different parameter',
      given: { pathLevel: [p('id', 'header', { schema: { type: 'integer' } })], opLevel: [p('id', 'query')] },
      want: ['query:id:string', 'header:id:number'],
    },
    {
      name: 'path-item parameters apply to the operation',
      given: { pathLevel: [p('a', 'query')], opLevel: [p('b', 'query')] },
      want: ['query:a:string', 'query:b:string'],
    },
  ])('$name', ({ given, want }) => {
    const { op } = paramsOf('/things', { parameters: given.pathLevel, ...get(given.opLevel) });
    expect(op.objectParams.map((x) => `${x.in}:${x.name}:${x.schema.kind}`)).toEqual(want);
  });
});

describe('a path placeholder without a declared parameter', () => {
  it('becomes a required positional string, with a warning at the operation', () => {
    const { op, diagnostics, messages } = paramsOf('/things/{id}', get([p('q', 'query')]));
    expect(op.positionalParams).toEqual([{ name: 'id', in: 'path', required: true, schema: { kind: 'string', nullable: false }, style: 'simple', explode: false }]);
    expect(diagnostics).toEqual(['warning path-param-missing /paths/~1things~1{id}/get']);
    expect(messages).toEqual(['The path has "{id}" but the operation declares no path parameter "id"; it is generated as a required string argument.']);
  });

  it('is not warned about when the path item declares it', () => {
    const { op, diagnostics } = paramsOf('/things/{id}', { parameters: [p('id', 'path', { schema: { type: 'integer' } })], ...get([]) });
    expect(op.positionalParams.map((x) => `${x.name}:${x.schema.kind}`)).toEqual(['id:number']);
    expect(diagnostics).toEqual([]);
  });
});

describe('an invalid Parameter Object', () => {
  it('is an error at the parameter, for each one, whichever list it is in', () => {
    const { diagnostics, messages } = paramsOf('/things', { parameters: [{ in: 'query' }], ...get([{ name: 'b', in: 'body' }]) });
    expect(diagnostics).toEqual(['error parameter-invalid /paths/~1things/parameters/0', 'error parameter-invalid /paths/~1things/get/parameters/0']);
    expect(new Set(messages)).toEqual(new Set(['A parameter needs a string "name" and "in" set to path, query, header or cookie.']));
  });

  it('is found through a $ref, and reported where the ref leads', () => {
    const built = modelOf({
      'openapi.yaml': specWith({ '/things': get([{ $ref: '#/components/parameters/Bad' }, { $ref: '#/components/parameters/Q' }]) }, { parameters: { Bad: { in: 'query' }, Q: p('q', 'query') } }),
    });
    expect(built.operation('op').objectParams.map((x) => x.name)).toEqual(['q']);
    expect(built.diagnostics.items.map((d) => `${d.code} ${d.pointer}`)).toEqual(['parameter-invalid /components/parameters/Bad']);
  });
});
