import { afterAll, describe, expect, it } from '@jest/globals';
import { join, resolve } from 'node:path';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { loadConfig } from '../../generator/load/load-config.js';
import { removeTempFiles, writeFiles } from '../support/model-units.js';

/**
 * generator/load/load-config.ts: the config's shape checks (each kind of message, at its
 * pointer and line:col) and what a valid config normalises to. test/cli/bad-inputs.test.ts
 * runs a few of these through the CLI; the rows here are the rest of the checks.
 */

afterAll(removeTempFiles);

const SPEC = 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\n';
/** Lines 1-3 of a valid config; a row's lines follow (or replace them, when it gives its own). */
const HEAD = ['spec: openapi.yaml', "package: { name: p, version: '1' }", 'client: { className: C }'];

function load(lines: string[], files: Record<string, unknown> = {}) {
  const dir = writeFiles({ 'openapi.yaml': SPEC, 'sdk.config.yaml': lines.join('\n') + '\n', ...files });
  const diagnostics = new Diagnostics();
  const config = loadConfig(join(dir, 'sdk.config.yaml'), diagnostics);
  return { dir, config, diagnostics, problems: diagnostics.items.map((d) => `${d.line}:${d.column} ${d.pointer} ${d.message}`) };
}

const NAME = 'must be a TypeScript name (letters, digits, _ and $, not starting with a digit)';
const METHOD_PATH = 'must be "resource.method" (names joined by dots, at least two, e.g. "aiGateway.logs.get")';

describe('shape checks', () => {
  it.each<{ name: string; given: string[]; want: string[] }>([
    { name: 'a string', given: ['spec: 5', ...HEAD.slice(1)], want: ['1:1 /spec "spec" must be a string, not number 5.'] },
    { name: 'a TypeScript name', given: [...HEAD.slice(0, 2), "client: { className: '2x' }"], want: [`3:11 /client/className "client.className" ${NAME}, not string "2x".`] },
    { name: 'a TypeScript name that would break a class', given: [...HEAD.slice(0, 2), 'client: { className: constructor }'], want: [`3:11 /client/className "client.className" ${NAME}, not string "constructor".`] },
    {
      name: 'an environment variable name',
      given: [...HEAD.slice(0, 2), 'client: { className: C, baseURLEnv: MY-URL }'],
      want: ['3:25 /client/baseURLEnv "client.baseURLEnv" must be an environment variable name (letters, digits and _), not string "MY-URL".'],
    },
    { name: 'resource.method needs two names', given: [...HEAD, 'operations:', '  op: get'], want: [`5:3 /operations/op "operations.op" ${METHOD_PATH}, not string "get".`] },
    { name: 'resource.method names must be safe members', given: [...HEAD, 'operations:', '  op: things.constructor'], want: [`5:3 /operations/op "operations.op" ${METHOD_PATH}, not string "things.constructor".`] },
    {
      name: 'an operation entry is a string or a mapping',
      given: [...HEAD, 'operations:', '  op: 5', '  op2: [things.get]'],
      want: [
        '5:3 /operations/op "operations.op" must be "resource.method" or a mapping with a "method" key, not number 5.',
        '6:8 /operations/op2 "operations.op2" must be "resource.method" or a mapping with a "method" key, not a list.',
      ],
    },
    { name: 'an operation mapping needs its method', given: [...HEAD, 'operations:', '  op: { envelope: data }'], want: ['5:3 /operations/op "operations.op" is missing the required key "method"; add it.'] },
    { name: 'true or false', given: [...HEAD, 'operations:', '  op: { method: a.b, retrySafe: "yes" }'], want: ['5:22 /operations/op/retrySafe "operations.op.retrySafe" must be true or false, not string "yes".'] },
    { name: 'one of a list', given: [...HEAD, 'conventions: aws'], want: ['4:1 /conventions "conventions" must be one of "none", "cloudflare", not string "aws".'] },
    { name: 'a mapping, not a list', given: [HEAD[0]!, 'package: []', HEAD[2]!], want: ['2:10 /package "package" must be a mapping, not a list.'] },
    { name: 'a mapping, not null', given: [...HEAD.slice(0, 2), 'client:'], want: ['3:1 /client "client" must be a mapping, not null.'] },
    { name: 'a map of entries, not a string', given: [...HEAD, 'resources: logs'], want: ['4:1 /resources "resources" must be a mapping, not string "logs".'] },
    { name: 'a rename must be a resource path', given: [...HEAD, 'rename:', '  storage.kv: 1x'], want: ['5:3 /rename/storage.kv "rename.storage.kv" must be a resource path (names joined by dots, e.g. "zeroTrust.access", or "" for the top), not string "1x".'] },
    { name: "a map's entries are checked", given: [...HEAD, 'resources:', '  logs: { typePrefix: 1x }'], want: [`5:11 /resources/logs/typePrefix "resources.logs.typePrefix" ${NAME}, not string "1x".`] },
    {
      name: 'a credential needs its option',
      given: [...HEAD.slice(0, 2), 'client:', '  className: C', '  security:', '    token: { env: TOKEN }'],
      want: ['6:5 /client/security/token "client.security.token" is missing the required key "option"; add it.'],
    },
    { name: 'a missing top-level key, at the top', given: HEAD.slice(1), want: ['1:1  The config is missing the required key "spec"; add it.'] },
    { name: 'a missing key, at the key that holds the mapping', given: [...HEAD.slice(0, 2), 'client: {}'], want: ['3:1 /client "client" is missing the required key "className"; add it.'] },
    {
      name: 'an unknown key far from any known one lists the known ones',
      given: [...HEAD, 'wibble: 1'],
      want: ['4:1 /wibble Unknown key "wibble" in the config. Expected one of: spec, output, templates, conventions, strict, package, client, resources, operations, webhooks, rename.'],
    },
    {
      name: 'an unknown nested key near a known one suggests it (and the missing key is reported too)',
      given: [...HEAD.slice(0, 2), 'client: { clasName: C }'],
      want: ['3:1 /client "client" is missing the required key "className"; add it.', '3:11 /client/clasName Unknown key "clasName" in "client". Did you mean "className"?'],
    },
    { name: 'a key with a slash is shown as written', given: [...HEAD, 'operations:', "  'a/b': get"], want: [`5:3 /operations/a~1b "operations.a/b" ${METHOD_PATH}, not string "get".`] },
    { name: 'the config itself must be a mapping', given: ['- spec'], want: ['1:1  The config must be a mapping, not a list.'] },
    { name: 'errorAlias is a TypeScript name', given: [...HEAD.slice(0, 2), "client: { className: C, errorAlias: 'my-error' }"], want: [`3:25 /client/errorAlias "client.errorAlias" ${NAME}, not string "my-error".`] },
    { name: 'reconnect is true or false', given: [...HEAD, 'operations:', '  op: { method: a.b, reconnect: 1 }'], want: ['5:22 /operations/op/reconnect "operations.op.reconnect" must be true or false, not number 1.'] },
    { name: 'a misspelt mapping key suggests the right one', given: [...HEAD, 'operations:', '  op: { method: a.b, reconect: true }'], want: ['5:22 /operations/op/reconect Unknown key "reconect" in "operations.op". Did you mean "reconnect"?'] },
    { name: 'so does one cut short', given: [...HEAD, 'operations:', '  op: { method: a.b, retry: true }'], want: ['5:22 /operations/op/retry Unknown key "retry" in "operations.op". Did you mean "retrySafe"?'] },
    {
      name: 'every problem is reported, not only the first (a scalar at its key, a list at its bracket)',
      given: ['spec: 1', "package: { name: p, version: 2 }", 'client: { className: C, baseURL: [] }'],
      want: ['1:1 /spec "spec" must be a string, not number 1.', '2:21 /package/version "package.version" must be a string, not number 2.', '3:34 /client/baseURL "client.baseURL" must be a string, not a list.'],
    },
  ])('$name', ({ given, want }) => {
    const { config, problems } = load(given);
    expect({ config, problems }).toEqual({ config: undefined, problems: want });
  });
});

describe('after the shape', () => {
  it.each<{ name: string; given: { lines: string[]; files?: Record<string, unknown> }; want: string[] }>([
    {
      name: 'a spec in a directory that does not exist, with no suggestion',
      given: { lines: ['spec: nowhere/openapi.yaml', ...HEAD.slice(1)] },
      want: ['1:1 /spec "spec" names "nowhere/openapi.yaml", which does not exist; the path is relative to the config file.'],
    },
    {
      name: 'a spec with a close sibling suggests it',
      given: { lines: ['spec: openapi.yml', ...HEAD.slice(1)] },
      want: ['1:1 /spec "spec" names "openapi.yml", which does not exist; the path is relative to the config file. Did you mean "openapi.yaml"?'],
    },
    {
      name: 'templates that do not exist',
      given: { lines: [...HEAD, 'templates: tpl'] },
      want: ['4:1 /templates "templates" names "tpl", which is not a directory; create it or fix the path (it is relative to the config file).'],
    },
    {
      name: 'templates that name a file, not a directory',
      given: { lines: [...HEAD, 'templates: custom.hbs'], files: { 'custom.hbs': 'x' } },
      want: ['4:1 /templates "templates" names "custom.hbs", which is not a directory; create it or fix the path (it is relative to the config file).'],
    },
  ])('$name', ({ given, want }) => {
    const { config, problems } = load(given.lines, given.files);
    expect({ config, problems }).toEqual({ config: undefined, problems: want });
  });
});

describe('normalisation', () => {
  it('fills the defaults: output ../generated, conventions none, no templates, empty maps', () => {
    const { dir, config, problems } = load(HEAD);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      file: join(dir, 'sdk.config.yaml'),
      spec: join(dir, 'openapi.yaml'),
      output: resolve(dir, '../generated'),
      templates: undefined,
      conventions: 'none',
      package: { name: 'p', version: '1' },
      client: { className: 'C', security: {}, pathParams: {} },
      resources: {},
      operations: {},
      rename: {},
    });
  });

  it.each<{ name: string; given: string[]; want: (dir: string) => Record<string, unknown> }>([
    { name: 'paths are relative to the config file', given: ['spec: ./specs/../openapi.yaml', ...HEAD.slice(1), 'output: out', 'templates: tpl'], want: (dir) => ({ spec: join(dir, 'openapi.yaml'), output: join(dir, 'out'), templates: join(dir, 'tpl') }) },
    { name: 'a conventions name is kept', given: [...HEAD, 'conventions: cloudflare'], want: () => ({ conventions: 'cloudflare' }) },
    {
      name: 'an operation given as a string becomes a mapping; a mapping is kept',
      given: [...HEAD, 'operations:', '  a: logs.get', '  b: { method: logs.list, pagination: page, envelope: none, retrySafe: true, reconnect: false }'],
      want: () => ({ operations: { a: { method: 'logs.get' }, b: { method: 'logs.list', pagination: 'page', envelope: 'none', retrySafe: true, reconnect: false } } }),
    },
    { name: 'reconnect is kept', given: [...HEAD, 'operations:', '  s: { method: logs.tail, reconnect: true }'], want: () => ({ operations: { s: { method: 'logs.tail', reconnect: true } } }) },
    {
      name: 'the client section is kept, errorAlias and credentials included',
      given: [...HEAD.slice(0, 2), 'client:', '  className: C', '  errorAlias: CError', '  baseURL: https://x', '  baseURLEnv: X_URL', '  security: { token: { option: apiToken, env: TOKEN } }', '  pathParams: { account_id: { option: accountId } }'],
      want: () => ({ client: { className: 'C', errorAlias: 'CError', baseURL: 'https://x', baseURLEnv: 'X_URL', security: { token: { option: 'apiToken', env: 'TOKEN' } }, pathParams: { account_id: { option: 'accountId' } } } }),
    },
    { name: 'the package section is kept', given: [HEAD[0]!, "package: { name: p, version: '1', description: D, license: MIT }", HEAD[2]!], want: () => ({ package: { name: 'p', version: '1', description: 'D', license: 'MIT' } }) },
  ])('$name', ({ given, want }) => {
    const { dir, config, problems } = load(given, { 'tpl/.keep': '' });
    expect(problems).toEqual([]);
    expect(config).toMatchObject(want(dir));
  });

  it('looks names from the spec up in maps without a prototype', () => {
    const { config } = load([...HEAD.slice(0, 2), 'client: { className: C, pathParams: { id: { option: id } } }', 'operations: { a: logs.get }', 'resources: { logs: { typePrefix: L } }']);
    const maps = [config!.operations, config!.resources, config!.client.security, config!.client.pathParams];
    expect(maps.map((m) => [Object.getPrototypeOf(m), (m as Record<string, unknown>)['constructor'], (m as Record<string, unknown>)['toString']])).toEqual(maps.map(() => [null, undefined, undefined]));
  });

  it('lets later stages report against the config with line:col', () => {
    const { dir, diagnostics } = load([...HEAD, 'operations:', '  gone: logs.get']);
    diagnostics.error('config-unknown-operation', 'm', { file: join(dir, 'sdk.config.yaml'), pointer: '/operations/gone' });
    expect(diagnostics.items.map((d) => `${d.line}:${d.column}`)).toEqual(['5:3']);
  });
});

describe('a config that cannot be read', () => {
  it.each<{ name: string; given: string | undefined; want: string[] }>([
    { name: 'no file: file-unreadable', given: undefined, want: ['file-unreadable'] },
    { name: 'invalid YAML: yaml-syntax, nothing checked', given: 'spec: [\n', want: ['yaml-syntax'] },
  ])('$name', ({ given, want }) => {
    const dir = writeFiles(given === undefined ? { 'openapi.yaml': SPEC } : { 'sdk.config.yaml': given });
    const diagnostics = new Diagnostics();
    expect([loadConfig(join(dir, 'sdk.config.yaml'), diagnostics), diagnostics.items.map((d) => d.code)]).toEqual([undefined, want]);
  });
});
