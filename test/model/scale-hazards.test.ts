import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { stringify as toYaml } from 'yaml';
import { API_CLIENT_MEMBERS } from '../../generator/model/reserved-names.js';
import type { Operation, Resource } from '../../generator/model/ir.js';
import { generate } from '../../generator/pipeline.js';

/**
 * Shapes found in the full Cloudflare API and in Stripe's, GitHub's and Figma's that broke
 * the generated code, each reduced to a few lines: the model must place them sensibly and
 * the generated package must pass strict `tsc`.
 */
const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const listParams = [
  { name: 'page', in: 'query', schema: { type: 'integer' } },
  { name: 'per_page', in: 'query', schema: { type: 'integer' } },
];
const envelope = (result: unknown) => ({
  type: 'object',
  required: ['success', 'result'],
  properties: { success: { type: 'boolean' }, result, result_info: { type: 'object', properties: { page: { type: 'integer' } } } },
});

const spec = {
  openapi: '3.0.3',
  info: { title: 'Hazards', version: '1.0.0' },
  paths: {
    // One path parameter used twice in the template.
    '/accounts/{account_id}/maps/{map_id}/accounts/{account_id}': {
      put: {
        operationId: 'addAccountToMap',
        tags: ['Maps'],
        parameters: [
          { name: 'account_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'map_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: ok({ type: 'object', properties: { ok: { type: 'boolean' } } }),
      },
    },
    // A resource `devices` under a resource `devices`, and one named `client`.
    '/devices': { get: { operationId: 'listDevices', tags: ['Devices'], responses: ok({ type: 'array', items: { type: 'string' } }) } },
    '/devices/devices/{id}': {
      get: { operationId: 'getDeviceDevice', 'x-fern-sdk-group-name': 'devices.devices', 'x-fern-sdk-method-name': 'get', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok({ type: 'string' }) },
    },
    '/devices/client': { get: { operationId: 'getDeviceClient', 'x-fern-sdk-group-name': 'devices.client', 'x-fern-sdk-method-name': 'get', responses: ok({ type: 'string' }) } },
    // A top-level resource whose class name is that of `devices.client`, and one whose name is a schema's.
    '/devices-client': { get: { operationId: 'getDevicesClient', 'x-fern-sdk-group-name': 'devicesClient', 'x-fern-sdk-method-name': 'get', responses: ok({ type: 'string' }) } },
    '/user': { get: { operationId: 'getUser', 'x-fern-sdk-group-name': 'user', 'x-fern-sdk-method-name': 'get', responses: ok({ $ref: '#/components/schemas/User' }) } },
    // A path parameter named like the operations module's `client` argument, and one named `operations`.
    '/things/{client}/{operations}': {
      get: {
        operationId: 'getThing',
        'x-fern-sdk-group-name': 'things',
        'x-fern-sdk-method-name': 'get',
        parameters: [
          { name: 'client', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'operations', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: ok({ type: 'string' }),
      },
    },
    // A top-level resource named like a member of the runtime's APIClient.
    '/send': { post: { operationId: 'sendMessage', tags: ['Send'], responses: ok({ type: 'string' }) } },
    // Paged by its parameters; the result is an object holding the list (its items).
    '/reports': { get: { operationId: 'listReports', tags: ['Reports'], parameters: listParams, responses: ok(envelope({ type: 'object', properties: { reports: { type: 'array', items: { type: 'string' } } } })) } },
    '/notes': { get: { operationId: 'listNotes', tags: ['Notes'], parameters: listParams, responses: ok(envelope({ type: 'array', items: { $ref: '#/components/schemas/Note' } })) } },
  },
  components: {
    schemas: {
      // A JSON value: the alias refers to itself inside a map.
      JsonValue: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'object', additionalProperties: { $ref: '#/components/schemas/JsonValue' } }, { type: 'array', items: { $ref: '#/components/schemas/JsonValue' } }] },
      User: { type: 'object', required: ['login'], properties: { login: { type: 'string' } } },
      // allOf of a named schema and an inline object: the guard narrows before the next member's checks.
      Collaborator: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/User' }, { type: 'object', properties: { actor_type: { type: 'string', enum: ['User'] } } }] }, { type: 'object', properties: { actor_type: { type: 'string', enum: ['Team'] } } }] },
      Note: { type: 'object', properties: { text: { type: 'string' }, value: { $ref: '#/components/schemas/JsonValue' }, by: { $ref: '#/components/schemas/Collaborator' } } },
    },
  },
};

let dir: string;
let result: Awaited<ReturnType<typeof generate>>;
const operations = (resources: Resource[]): Operation[] => resources.flatMap((r) => [...r.operations, ...operations(r.children)]);
const op = (id: string) => operations(result.api!.resources).find((o) => o.operationId === id)!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-hazards-'));
  writeFileSync(join(dir, 'openapi.yaml'), toYaml(spec));
  // Cloudflare's conventions: its `result_info` lists are what the pagination cases below are about.
  result = await generate({ spec: join(dir, 'openapi.yaml'), out: join(dir, 'out'), conventions: 'cloudflare' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the model', () => {
  it('takes a path parameter used twice as one argument', () => {
    expect(op('addAccountToMap').positionalParams.map((p) => p.name)).toEqual(['account_id', 'map_id']);
  });

  it('names resource classes by their path, uniquely in the API and apart from type names, and renames a client property that would shadow APIClient', () => {
    // Every resource class is declared in the client's module, next to a namespace `<class>API`.
    const byName = new Map(result.api!.resources.map((r) => [r.name, r]));
    expect(byName.get('devices')!.className).toBe('Devices');
    expect(byName.get('devices')!.children.map((c) => [c.name, c.className])).toEqual([['client', 'DevicesClient'], ['devices', 'DevicesDevices']]);
    // Collisions are resolved by more context, never by a number.
    expect(byName.get('devicesClient')!.className).toBe('DevicesClientResource');
    expect(byName.get('user')!.className).toBe('UserResource');
    expect(result.api!.resources.map((r) => r.name)).toContain('sendResource');
    expect(op('sendMessage').resource).toEqual(['sendResource']);
  });

  it('pages a list, or an object holding one list: its items are that list', () => {
    expect(op('listReports').pagination).toMatchObject({ style: 'page', items: ['reports'] });
    expect(op('listNotes').pagination).toMatchObject({ style: 'page', items: [] });
  });
});

describe('the generated package', () => {
  it('passes strict tsc', () => {
    const out = join(dir, 'out');
    const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(out, 'tsconfig.json'), 'utf8')), ts.sys, out);
    const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName.slice(out.length + 1) ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('declares the self-referring map with an index signature', () => {
    const types = readFileSync(join(dir, 'out', 'src', 'schemas', 'notes.types.ts'), 'utf8');
    expect(types).toMatch(/export type JsonValue = .*\{ \[key: string\]: JsonValue \}/);
  });
});

describe('API_CLIENT_MEMBERS', () => {
  it("holds every member of the runtime's APIClient class, constructor parameter properties included", () => {
    const file = 'templates/runtime/core/client.ts';
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const members: string[] = [];
    source.forEachChild((node) => {
      if (ts.isClassDeclaration(node) && node.name?.text === 'APIClient') {
        for (const m of node.members) {
          if (m.name && !ts.isPrivateIdentifier(m.name)) members.push(m.name.getText(source));
          // `constructor(private readonly x)` declares a member `x` too.
          if (ts.isConstructorDeclaration(m)) for (const p of m.parameters) if (ts.getModifiers(p)?.length) members.push(p.name.getText(source));
        }
      }
    });
    expect(members).toEqual(expect.arrayContaining(['baseURL', 'checkArgs', 'pathParam', 'request', 'send']));
    expect(members.filter((m) => !API_CLIENT_MEMBERS.has(m))).toEqual([]);
  });
});
