import { afterAll, describe, expect, it } from '@jest/globals';
import { collectOperations } from '../../generator/model/operations.js';
import type { HttpMethod, Operation } from '../../generator/model/ir.js';
import { loadSpec, modelOf, ok, removeTempFiles, specWith, type ConfigParts } from '../support/model-units.js';

/**
 * generator/model/operations.ts: which operations a spec has, in which order, under which
 * operationId and `resource.method`, and what it reports on the way (`collectOperations`); and
 * what an IR operation takes from its Operation Object and the config (`buildOperation`).
 */

afterAll(removeTempFiles);

const op = (operationId?: string, extra: Record<string, unknown> = {}) => ({ ...(operationId ? { operationId } : {}), responses: ok({ type: 'string' }), ...extra });
const fern = (group: string, method: string) => ({ 'x-fern-sdk-group-name': group, 'x-fern-sdk-method-name': method });

interface Want {
  /** `<operationId> <METHOD> <path> -> <resource.method>`, in the order found. */
  operations: string[];
  /** `<severity> <code> <pointer>`. */
  diagnostics: string[];
}

function collect(paths: Record<string, unknown>, parts: ConfigParts = {}, files: Record<string, unknown> = {}): Want & { messages: string[] } {
  const { root, documents, diagnostics, config } = loadSpec({ 'openapi.yaml': specWith(paths), ...files }, parts);
  const found = collectOperations(paths, root, documents, config, diagnostics);
  return {
    operations: found.map((f) => `${f.operationId} ${f.method.toUpperCase()} ${f.path} -> ${[...f.placement.resource, f.placement.methodName].join('.')}`),
    diagnostics: diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer ?? ''}`),
    messages: diagnostics.items.map((d) => d.message),
  };
}

describe('collectOperations', () => {
  it.each<{ name: string; given: { paths: Record<string, unknown>; config?: ConfigParts; files?: Record<string, unknown> }; want: Want }>([
    {
      name: 'paths are taken in sorted order, methods in OpenAPI order; other keys of a path item are not operations',
      given: {
        paths: {
          '/b': { post: op('createB', fern('b', 'create')), get: op('listB', fern('b', 'list')), summary: 'B', parameters: [], 'x-thing': { get: {} } },
          '/a': { get: op('listA', fern('a', 'list')) },
        },
      },
      want: { operations: ['listA GET /a -> a.list', 'listB GET /b -> b.list', 'createB POST /b -> b.create'], diagnostics: [] },
    },
    {
      name: 'an operation without an operationId is named by its method and path',
      given: { paths: { '/things': { get: op(undefined, fern('things', 'list')) } } },
      want: { operations: ['get-/things GET /things -> things.list'], diagnostics: [] },
    },
    {
      name: 'a repeated operationId gets its method appended, with a warning at the later one',
      given: { paths: { '/a': { get: op('thing', fern('a', 'get')) }, '/b': { get: op('thing', fern('b', 'get')), post: op('thing', fern('b', 'create')) } } },
      want: {
        operations: ['thing GET /a -> a.get', 'thing-get GET /b -> b.get', 'thing-post POST /b -> b.create'],
        diagnostics: ['warning operation-id-duplicate /paths/~1b/get/operationId', 'warning operation-id-duplicate /paths/~1b/post/operationId'],
      },
    },
    {
      name: 'two operations on one resource.method: the longer path gets the operationId words the name lacks, with a warning',
      given: { paths: { '/things/{name}': { get: op('zeta') }, '/things/{id}': { get: op('alpha') } } },
      want: { operations: ['alpha GET /things/{id} -> things.get', 'zeta GET /things/{name} -> things.getZeta'], diagnostics: ['warning method-name-collision /paths/~1things~1{name}/get'] },
    },
    {
      name: 'one method name on two resources is no collision',
      given: { paths: { '/a': { get: op('a', fern('a', 'get')) }, '/b': { get: op('b', fern('b', 'get')) } } },
      want: { operations: ['a GET /a -> a.get', 'b GET /b -> b.get'], diagnostics: [] },
    },
    {
      name: 'operations the config leaves unmapped are warned about, when it maps any',
      given: { paths: { '/a': { get: op('a', fern('a', 'get')) }, '/b': { get: op('b', fern('b', 'get')) } }, config: { operations: { a: 'things.get' } } },
      want: { operations: ['a GET /a -> things.get', 'b GET /b -> b.get'], diagnostics: ['warning operation-unmapped /paths/~1b/get'] },
    },
    {
      name: 'a config that maps nothing warns about nothing',
      given: { paths: { '/a': { get: op('a', fern('a', 'get')) } } },
      want: { operations: ['a GET /a -> a.get'], diagnostics: [] },
    },
    {
      name: 'a config entry for an operationId the spec does not have is an error at the entry',
      given: { paths: { '/a': { get: op('a', fern('a', 'get')) } }, config: { operations: { a: 'a.get', gone: 'a.gone' } } },
      want: { operations: ['a GET /a -> a.get'], diagnostics: ['error config-unknown-operation /operations/gone'] },
    },
    {
      name: 'a config entry for a renamed duplicate operationId matches the new name',
      given: { paths: { '/a': { get: op('thing', fern('a', 'get')) }, '/b': { get: op('thing') } }, config: { operations: { thing: 'a.get', 'thing-get': 'b.get' } } },
      want: { operations: ['thing GET /a -> a.get', 'thing-get GET /b -> b.get'], diagnostics: ['warning operation-id-duplicate /paths/~1b/get/operationId'] },
    },
    {
      name: 'a path item that is a dangling $ref has no operations (the ref is reported)',
      given: { paths: { '/a': { $ref: './missing.yaml#/a' }, '/b': { get: op('b', fern('b', 'get')) } } },
      want: { operations: ['b GET /b -> b.get'], diagnostics: ['error ref-dangling /paths/~1a/$ref'] },
    },
    {
      name: 'an operation in a $ref path item is located in the file it is in',
      given: { paths: { '/a': { $ref: './a.yaml#/item' } }, files: { 'a.yaml': { item: { get: op('a', fern('a', 'get')) } } } },
      want: { operations: ['a GET /a -> a.get'], diagnostics: [] },
    },
  ])('$name', ({ given, want }) => {
    const { messages: _, ...got } = collect(given.paths, given.config, given.files);
    expect(got).toEqual(want);
  });

  it('says what it did in each message', () => {
    const duplicate = collect({ '/a': { get: op('thing') }, '/b': { get: op('thing') } });
    expect(duplicate.messages).toEqual(['operationId "thing" is used more than once; this one is named "thing-get".']);
    const collision = collect({ '/things/{name}': { get: op('zeta') }, '/things/{id}': { get: op('alpha') } });
    expect(collision.messages).toEqual(['Two operations map to things.get; "zeta" becomes things.getZeta.']);
    const unmapped = collect({ '/a': { get: op('a') }, '/b': { get: op('b', fern('b', 'get')) } }, { operations: { a: 'a.get' } });
    expect(unmapped.messages).toEqual(['Operation "b" is not in the config\'s resource map; it is generated as b.get by the default naming rule.']);
  });

  it("points an operation in a $ref'd path item at that file", () => {
    const { root, documents, diagnostics, config } = loadSpec({ 'openapi.yaml': specWith({ '/a': { $ref: './a.yaml#/item' } }), 'a.yaml': { item: { get: op('a') } } });
    const [found] = collectOperations({ '/a': { $ref: './a.yaml#/item' } }, root, documents, config, diagnostics);
    expect({ file: found!.file.slice(root.length - 'openapi.yaml'.length), pointer: found!.pointer, pathItemPointer: found!.pathItemPointer }).toEqual({ file: 'a.yaml', pointer: '/item/get', pathItemPointer: '/item' });
  });
});

describe('buildOperation', () => {
  /** The operation `op` at `<METHOD> /things`, in a spec with these top-level extras, under this config. */
  function built(method: HttpMethod, extra: Record<string, unknown> = {}, parts: ConfigParts = {}, top: Record<string, unknown> = {}): Operation {
    const spec = { ...specWith({ '/things': { [method]: op('op', extra) } }), ...top };
    return modelOf({ 'openapi.yaml': spec }, parts).operation('op');
  }

  it.each<{ given: HttpMethod; want: boolean }>([
    { given: 'get', want: true },
    { given: 'put', want: true },
    { given: 'delete', want: true },
    { given: 'head', want: true },
    { given: 'options', want: true },
    { given: 'trace', want: true },
    { given: 'post', want: false },
    { given: 'patch', want: false },
  ])('retrySafe: $given is $want (idempotent methods are)', ({ given, want }) => {
    expect(built(given).retrySafe).toBe(want);
  });

  it.each<{ name: string; given: { method: HttpMethod; mapping?: Record<string, unknown> }; want: { retrySafe: boolean; reconnect: boolean } }>([
    { name: "the config's retrySafe makes a POST retry-safe", given: { method: 'post', mapping: { retrySafe: true } }, want: { retrySafe: true, reconnect: false } },
    { name: 'retrySafe: false does not make a GET unsafe', given: { method: 'get', mapping: { retrySafe: false } }, want: { retrySafe: true, reconnect: false } },
    { name: "the config's reconnect", given: { method: 'get', mapping: { reconnect: true } }, want: { retrySafe: true, reconnect: true } },
    { name: 'no reconnect without it', given: { method: 'post', mapping: {} }, want: { retrySafe: false, reconnect: false } },
    { name: 'nor without a mapping', given: { method: 'get' }, want: { retrySafe: true, reconnect: false } },
  ])('$name', ({ given, want }) => {
    const parts: ConfigParts = given.mapping ? { operations: { op: { method: 'things.run', ...given.mapping } } } : {};
    const { retrySafe, reconnect } = built(given.method, {}, parts);
    expect({ retrySafe, reconnect }).toEqual(want);
  });

  it.each<{ name: string; given: { operation?: unknown; document?: unknown }; want: string[][] }>([
    { name: "the operation's own requirements", given: { operation: [{ token: [] }] }, want: [['token']] },
    { name: "else the document's", given: { document: [{ key: [] }, { token: [] }] }, want: [['key'], ['token']] },
    { name: "the operation's win over the document's", given: { operation: [{ token: [] }], document: [{ key: [] }] }, want: [['token']] },
    { name: "an empty list turns the document's off", given: { operation: [], document: [{ key: [] }] }, want: [] },
    { name: 'none anywhere: none', given: {}, want: [] },
  ])('security: $name', ({ given, want }) => {
    const extra = given.operation === undefined ? {} : { security: given.operation };
    const top = given.document === undefined ? {} : { security: given.document };
    expect(built('get', extra, {}, top).security).toEqual(want);
  });

  it.each<{ name: string; given: Record<string, unknown>; want: Partial<Operation> }>([
    { name: 'summary and description are kept', given: { summary: 'Lists.', description: 'All of them.' }, want: { summary: 'Lists.', description: 'All of them.', deprecated: false } },
    { name: 'deprecated: true', given: { deprecated: true }, want: { deprecated: true } },
    { name: "deprecated must be true, not 'yes'", given: { deprecated: 'yes' }, want: { deprecated: false } },
    { name: 'error statuses are listed, sorted', given: { responses: { '200': { description: 'ok' }, default: { description: 'e' }, '404': { description: 'e' } } }, want: { errorStatuses: ['404', 'default'] } },
  ])('$name', ({ given, want }) => {
    expect(built('get', given)).toMatchObject(want);
  });

  it.each<{ given: HttpMethod; want: { body: boolean; diagnostics: string[] } }>([
    { given: 'get', want: { body: false, diagnostics: ['warning request-body-not-sendable /paths/~1things/get/requestBody'] } },
    { given: 'head', want: { body: false, diagnostics: ['warning request-body-not-sendable /paths/~1things/head/requestBody'] } },
    { given: 'post', want: { body: true, diagnostics: [] } },
    { given: 'delete', want: { body: true, diagnostics: [] } },
  ])('a request body on $given: kept only where fetch can send one', ({ given, want }) => {
    const form = { requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } } };
    const spec = specWith({ '/things': { [given]: op('op', form) } });
    const model = modelOf({ 'openapi.yaml': spec });
    expect({
      body: model.operation('op').requestBody !== undefined,
      diagnostics: model.diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer ?? ''}`),
    }).toEqual(want);
  });

  it('leaves out a summary or description that is not a string', () => {
    const o = built('get', { summary: 5, description: ['x'] });
    expect(['summary' in o, 'description' in o]).toEqual([false, false]);
  });

  it('has its source, a params schema, and an args check only when a parameter is constrained', () => {
    const plain = built('get', { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] });
    const checked = built('get', { parameters: [{ name: 'n', in: 'query', schema: { type: 'integer' } }] });
    expect({ source: plain.source.pointer, params: plain.paramsSchema.kind, plain: plain.argsCheck, checked: checked.argsCheck?.name }).toEqual({ source: '/paths/~1things/get', params: 'object', plain: undefined, checked: 'ThingGetArgs' });
  });
});
