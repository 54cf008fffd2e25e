import { describe, expect, it } from '@jest/globals';
import { NameRegistry } from '../../generator/model/names.js';
import { claimOperationTypeNames, placeOperations, typePrefix, type NamingInput, type OperationPlacement } from '../../generator/model/operation-naming.js';
import { configFor, type ConfigParts } from '../support/model-units.js';

/** generator/model/operation-naming.ts: where each operation lands in the client, and its type names. */

const SPEC = '/specs/openapi.yaml';

/** `GET /things/{id}` (operationId `id`, Operation Object fields `op`). */
type Route = [route: string, op?: Record<string, unknown>, id?: string];

function inputs(routes: Route[]): NamingInput[] {
  return routes.map(([route, raw, id]) => {
    const [method, path] = route.split(' ') as [string, string];
    return { operationId: id ?? `${method}-${path}`, method: method.toLowerCase(), path, raw: raw ?? {} };
  });
}

/** Enough account-scoped paths that `/accounts/{account_id}` reads as a scope (5 resources, 10 % of operations). */
const ACCOUNT_SCOPED: Route[] = ['GET /accounts/{account_id}/a', 'GET /accounts/{account_id}/b', 'GET /accounts/{account_id}/c', 'GET /accounts/{account_id}/d', 'GET /accounts/{account_id}/e'].map((r) => [r]);

describe('placeOperations', () => {
  const fern = { 'x-fern-sdk-group-name': 'ai-gateway.logs', 'x-fern-sdk-method-name': 'get-detail' };
  const name = (p: OperationPlacement) => [...p.resource, p.methodName].join('.');

  it.each<{ name: string; given: { routes: Route[]; config?: ConfigParts }; want: string[] }>([
    // 1. The config's mapping, over everything the spec says.
    { name: "the config's mapping wins over hints and the path", given: { routes: [['GET /logs/{id}', fern, 'getLog']], config: { operations: { getLog: 'aiGateway.gatewayLogs.detail' } } }, want: ['aiGateway.gatewayLogs.detail'] },
    { name: "another operation's mapping does not apply", given: { routes: [['GET /logs/{id}', {}, 'getLog']], config: { operations: { listLogs: 'logs.all' } } }, want: ['logs.get'] },
    // 2. Structured operationIds, when (nearly) every operationId is one.
    { name: 'group/method operationIds name resource and method, camelCased', given: { routes: [['GET /repos/{owner}/{repo}', {}, 'repos/get'], ['GET /orgs/{org}/repos', {}, 'repos/list-for-org']] }, want: ['repos.get', 'repos.listForOrg'] },
    { name: 'group.method operationIds too', given: { routes: [['POST /v1/customers', {}, 'customers.create']] }, want: ['customers.create'] },
    { name: 'a few structured operationIds among others are not read so', given: { routes: [['GET /repos/{id}', {}, 'repos/get'], ['GET /things', {}, 'listThings']] }, want: ['repos.get', 'things.get'] },
    // 3. x-<vendor>-sdk-* hints, camelCased, over the path.
    { name: 'x-fern-sdk-group-name (dotted) and x-fern-sdk-method-name name it', given: { routes: [['GET /logs/{id}', fern]] }, want: ['aiGateway.logs.getDetail'] },
    { name: "another vendor's pair counts the same", given: { routes: [['GET /logs/{id}', { 'x-acme-sdk-group-name': 'audit', 'x-acme-sdk-method-name': 'fetch' }]] }, want: ['audit.fetch'] },
    { name: 'a group name without a method name is ignored', given: { routes: [['GET /logs/{id}', { 'x-fern-sdk-group-name': 'other' }]] }, want: ['logs.get'] },
    // 4. The path: static segments name the resource, the method and shape the verb.
    { name: 'GET on a collection (a path with items) is list, on an item get', given: { routes: [['GET /things'], ['GET /things/{id}']] }, want: ['things.list', 'things.get'] },
    { name: 'GET on a path without items is get', given: { routes: [['GET /settings']] }, want: ['settings.get'] },
    { name: 'POST on a collection is create, PUT update, PATCH edit, DELETE delete', given: { routes: [['POST /things'], ['PUT /things/{id}'], ['PATCH /things/{id}'], ['DELETE /things/{id}']] }, want: ['things.create', 'things.update', 'things.edit', 'things.delete'] },
    { name: 'POST on an item updates it when its collection creates', given: { routes: [['POST /v1/customers'], ['POST /v1/customers/{customer}']] }, want: ['customers.create', 'customers.update'] },
    { name: 'POST on an item creates it when its collection does not', given: { routes: [['GET /bookmarks'], ['POST /bookmarks/{id}']] }, want: ['bookmarks.list', 'bookmarks.create'] },
    { name: 'another method keeps its own name', given: { routes: [['HEAD /things/{id}']] }, want: ['things.head'] },
    { name: 'nested static segments nest resources, parameters are skipped', given: { routes: [['PUT /storage/kv/namespaces/{ns}/values/{key}']] }, want: ['storage.kv.namespaces.values.update'] },
    { name: 'a POST-only static leaf is an action on what precedes it', given: { routes: [['POST /saml_certificates/{id}/rotate']] }, want: ['samlCertificates.rotate'] },
    { name: 'a leaf with children or other methods is a resource', given: { routes: [['POST /keys/rotate'], ['GET /keys/rotate/{id}']] }, want: ['keys.rotate.create', 'keys.rotate.get'] },
    { name: 'a leading version segment is not a resource', given: { routes: [['GET /v1/charges']] }, want: ['charges.get'] },
    {
      name: 'a static/{param} pair that prefixes many resources is a scope, not a resource',
      given: { routes: [...ACCOUNT_SCOPED, ['GET /accounts/{account_id}/gateways/{id}'], ['GET /accounts/{account_id}']] },
      want: ['a.get', 'b.get', 'c.get', 'd.get', 'e.get', 'gateways.get', 'accounts.get'],
    },
    { name: 'a leading parameter pair is a scope', given: { routes: [['GET /{accounts_or_zones}/{account_or_zone_id}/rules']] }, want: ['rules.get'] },
    { name: 'the root path is api', given: { routes: [['GET /']] }, want: ['api.get'] },
    { name: 'a resource named like a method of its parent becomes <name>Resource', given: { routes: [['DELETE /things'], ['GET /things/delete']] }, want: ['things.delete', 'things.deleteResource.get'] },
    // 5. What hinted operations call a path prefix, unhinted ones under it borrow.
    {
      name: 'an unhinted path borrows the resource prefix its hinted siblings have',
      given: { routes: [['GET /access/bookmarks', { 'x-fern-sdk-group-name': 'zero-trust.access.bookmarks', 'x-fern-sdk-method-name': 'list' }], ['GET /access/grants/{id}']] },
      want: ['zeroTrust.access.bookmarks.list', 'zeroTrust.access.grants.get'],
    },
    // 6. Words the spec writes in capitals stay in capitals.
    {
      name: 'an acronym of the summaries is kept in capitals inside a name',
      given: { routes: ['Get Total TLS', 'Set Total TLS', 'TLS'].map((summary, i): Route => [`${['GET', 'PUT', 'PATCH'][i]} /acm/total_tls`, { summary }]) },
      want: ['acm.totalTLS.get', 'acm.totalTLS.update', 'acm.totalTLS.edit'],
    },
    // 7. The config's rename replaces the longest matching resource prefix of derived names.
    { name: 'rename replaces a resource prefix', given: { routes: [['PUT /storage/kv/namespaces/{ns}/values/{key}']], config: { rename: { 'storage.kv': 'kv' } } }, want: ['kv.namespaces.values.update'] },
    { name: 'rename to "" lifts the rest to the top', given: { routes: [['GET /api/things/{id}']], config: { rename: { api: '' } } }, want: ['things.get'] },
    { name: 'rename does not touch mapped operations', given: { routes: [['GET /storage/kv', {}, 'kv']], config: { rename: { storage: 'store' }, operations: { kv: 'storage.kv.get' } } }, want: ['storage.kv.get'] },
    // 8. Collisions: more context, never a number.
    {
      name: 'of two operations on one name, the shorter path keeps it and the other says its scope',
      given: { routes: [...ACCOUNT_SCOPED, ['GET /accounts/{account_id}/rulesets/{id}'], ...['a', 'b', 'c', 'd', 'e'].map((r): Route => [`GET /zones/{zone_id}/${r}x`]), ['GET /zones/{zone_id}/rulesets/{id}']] },
      want: ['a.get', 'b.get', 'c.get', 'd.get', 'e.get', 'rulesets.getForAccount', 'ax.get', 'bx.get', 'cx.get', 'dx.get', 'ex.get', 'rulesets.get'],
    },
    { name: 'the same path words: the operationId words the name lacks', given: { routes: [['GET /things/{id}', {}, 'get-thing'], ['GET /things/{name}', {}, 'get-thing-by-name']] }, want: ['things.get', 'things.getByName'] },
    { name: 'the shorter path keeps the name, the other adds the words its path has', given: { routes: [['GET /v2/things/{id}'], ['GET /things/{id}']] }, want: ['things.getV2', 'things.get'] },
    { name: 'hints that give two operations one name yield to their paths', given: { routes: [['GET /items/{a}/things/{b}', fern], ['GET /x/{id}', fern]] }, want: ['items.things.get', 'x.get'] },
  ])('$name', ({ given, want }) => {
    const { placements } = placeOperations(inputs(given.routes), configFor(SPEC, given.config));
    expect(placements.map(name)).toEqual(want);
  });

  it('reports each renamed collision with the name it wanted', () => {
    const { collisions } = placeOperations(inputs([['GET /things/{id}', {}, 'get-thing'], ['GET /things/{name}', {}, 'get-thing-by-name']]), configFor(SPEC));
    expect(collisions).toEqual([{ index: 1, wanted: 'get', renamed: 'getByName' }]);
  });
});

describe('typePrefix', () => {
  it.each<{ name: string; given: { resource: string[]; config?: ConfigParts }; want: string }>([
    { name: 'the last segment, singular, in PascalCase', given: { resource: ['aiGateway', 'logs'] }, want: 'Log' },
    { name: '-ies becomes -y', given: { resource: ['policies'] }, want: 'Policy' },
    { name: 'a word that ends in -us stays', given: { resource: ['status'] }, want: 'Status' },
    { name: 'no resource is Api', given: { resource: [] }, want: 'Api' },
    { name: "the config's typePrefix for the resource path wins", given: { resource: ['aiGateway', 'logs'], config: { resources: { 'aiGateway.logs': { typePrefix: 'GatewayLog' } } } }, want: 'GatewayLog' },
    { name: "another resource's typePrefix does not apply", given: { resource: ['logs'], config: { resources: { 'aiGateway.logs': { typePrefix: 'GatewayLog' } } } }, want: 'Log' },
  ])('$name', ({ given, want }) => {
    expect(typePrefix(given.resource, configFor(SPEC, given.config))).toBe(want);
  });
});

describe('claimOperationTypeNames', () => {
  const place = (resource: string[], methodName: string): OperationPlacement => ({ resource, methodName, mapped: false });
  it.each<{ name: string; given: { placements: OperationPlacement[]; reserved?: string[]; paths?: string[] }; want: { params: string; response: string }[] }>([
    {
      name: '<Prefix><Method>Params and ...Response, per operation in order',
      given: { placements: [place(['logs'], 'get'), place(['aiGateway'], 'listUrlRules')] },
      want: [
        { params: 'LogGetParams', response: 'LogGetResponse' },
        { params: 'AiGatewayListUrlRulesParams', response: 'AiGatewayListUrlRulesResponse' },
      ],
    },
    {
      name: 'the later of two operations with one prefix takes more of its resource path',
      given: { placements: [place(['logs'], 'get'), place(['aiGateway', 'logs'], 'get'), place(['kv', 'namespaces', 'logs'], 'get')] },
      want: [
        { params: 'LogGetParams', response: 'LogGetResponse' },
        { params: 'AiGatewayLogGetParams', response: 'AiGatewayLogGetResponse' },
        { params: 'NamespaceLogGetParams', response: 'NamespaceLogGetResponse' },
      ],
    },
    {
      name: 'a reserved name moves both names to a longer prefix, together',
      given: { placements: [place(['aiGateway', 'logs'], 'get')], reserved: ['LogGetParams'] },
      want: [{ params: 'AiGatewayLogGetParams', response: 'AiGatewayLogGetResponse' }],
    },
    {
      name: 'with the whole resource path taken, the path tells them apart',
      given: { placements: [place(['logs'], 'get'), place(['logs'], 'get')], paths: ['/logs/{id}', '/v2/logs/{id}'] },
      want: [
        { params: 'LogGetParams', response: 'LogGetResponse' },
        { params: 'LogV2LogsIdGetParams', response: 'LogV2LogsIdGetResponse' },
      ],
    },
  ])('$name', ({ given, want }) => {
    expect(claimOperationTypeNames(given.placements, configFor(SPEC), new NameRegistry(given.reserved), given.paths)).toEqual(want);
  });
});
