import { describe, expect, it } from '@jest/globals';
import { NameRegistry } from '../../generator/model/names.js';
import { claimOperationTypeNames, placeOperation, typePrefix, type OperationPlacement } from '../../generator/model/operation-naming.js';
import { configFor, type ConfigParts } from '../support/model-units.js';

/** generator/model/operation-naming.ts: where an operation lands in the client, and its type names. */

const SPEC = '/specs/openapi.yaml';

describe('placeOperation', () => {
  interface Given {
    id?: string;
    method: string;
    path: string;
    op?: Record<string, unknown>;
    config?: ConfigParts;
  }
  const fern = { 'x-fern-sdk-group-name': 'ai-gateway.logs', 'x-fern-sdk-method-name': 'get-detail' };

  it.each<{ name: string; given: Given; want: OperationPlacement }>([
    // 1. The config's mapping, over everything the spec says.
    {
      name: "the config's mapping wins over x-fern hints and tags",
      given: { id: 'getLog', method: 'get', path: '/logs/{id}', op: { ...fern, tags: ['Logs'] }, config: { operations: { getLog: 'aiGateway.gatewayLogs.detail' } } },
      want: { resource: ['aiGateway', 'gatewayLogs'], methodName: 'detail', mapped: true },
    },
    {
      name: 'a config mapping of two parts is a top-level resource and a method',
      given: { id: 'getLog', method: 'get', path: '/logs/{id}', config: { operations: { getLog: { method: 'logs.fetch' } } } },
      want: { resource: ['logs'], methodName: 'fetch', mapped: true },
    },
    {
      name: "another operation's mapping does not apply",
      given: { id: 'getLog', method: 'get', path: '/logs/{id}', op: { tags: ['Logs'] }, config: { operations: { listLogs: 'logs.all' } } },
      want: { resource: ['logs'], methodName: 'get', mapped: false },
    },
    // 2. x-fern-sdk-* hints, camelCased, over tags.
    {
      name: 'x-fern-sdk-group-name (dotted) and x-fern-sdk-method-name name it, camelCased',
      given: { method: 'get', path: '/logs/{id}', op: { ...fern, tags: ['Other'] } },
      want: { resource: ['aiGateway', 'logs'], methodName: 'getDetail', mapped: false },
    },
    {
      name: 'a group name without a method name is ignored',
      given: { method: 'get', path: '/logs/{id}', op: { 'x-fern-sdk-group-name': 'other', tags: ['Logs'] } },
      want: { resource: ['logs'], methodName: 'get', mapped: false },
    },
    // 3. The first tag and the HTTP verb.
    { name: 'GET on an item is get', given: { method: 'get', path: '/things/{id}', op: { tags: ['Things'] } }, want: { resource: ['things'], methodName: 'get', mapped: false } },
    {
      name: 'GET on a collection is list + its last static segment',
      given: { method: 'get', path: '/things', op: { tags: ['Things'] } },
      want: { resource: ['things'], methodName: 'listThings', mapped: false },
    },
    {
      name: 'POST on a collection is create + its last static segment',
      given: { method: 'post', path: '/things', op: { tags: ['Things'] } },
      want: { resource: ['things'], methodName: 'createThings', mapped: false },
    },
    { name: 'PUT on an item is update', given: { method: 'put', path: '/things/{id}', op: { tags: ['Things'] } }, want: { resource: ['things'], methodName: 'update', mapped: false } },
    { name: 'PATCH on an item is edit', given: { method: 'patch', path: '/things/{id}', op: { tags: ['Things'] } }, want: { resource: ['things'], methodName: 'edit', mapped: false } },
    { name: 'DELETE on an item is delete', given: { method: 'delete', path: '/things/{id}', op: { tags: ['Things'] } }, want: { resource: ['things'], methodName: 'delete', mapped: false } },
    { name: 'another method keeps its own name', given: { method: 'head', path: '/things/{id}', op: { tags: ['Things'] } }, want: { resource: ['things'], methodName: 'head', mapped: false } },
    {
      name: 'the static segment after the last parameter names a sub-resource',
      given: { method: 'get', path: '/gateways/{id}/url-rules', op: { tags: ['Gateways'] } },
      want: { resource: ['gateways'], methodName: 'listUrlRules', mapped: false },
    },
    {
      name: 'only the first tag counts, camelCased',
      given: { method: 'get', path: '/logs/{id}', op: { tags: ['AI Gateway', 'Logs'] } },
      want: { resource: ['aiGateway'], methodName: 'get', mapped: false },
    },
    { name: 'tags that are not strings are skipped', given: { method: 'get', path: '/logs/{id}', op: { tags: [5, 'Logs'] } }, want: { resource: ['logs'], methodName: 'get', mapped: false } },
    // 4. No tag: the last static segment is the resource, and the verb alone the method.
    {
      name: 'without a tag the last static segment is the resource, with no suffix on the verb',
      given: { method: 'get', path: '/accounts/{account_id}/gateways', op: {} },
      want: { resource: ['gateways'], methodName: 'list', mapped: false },
    },
    { name: 'without a tag or a static segment the resource is api', given: { method: 'get', path: '/{id}', op: {} }, want: { resource: ['api'], methodName: 'get', mapped: false } },
    { name: 'the root path lists on api', given: { method: 'get', path: '/', op: {} }, want: { resource: ['api'], methodName: 'list', mapped: false } },
  ])('$name', ({ given, want }) => {
    const config = configFor(SPEC, given.config);
    expect(placeOperation(given.id ?? 'op', given.method, given.path, given.op ?? {}, config)).toEqual(want);
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
  it.each<{ name: string; given: { placements: OperationPlacement[]; reserved?: string[] }; want: { params: string; response: string }[] }>([
    {
      name: '<Prefix><Method>Params and ...Response, per operation in order',
      given: { placements: [place(['logs'], 'get'), place(['aiGateway'], 'listUrlRules')] },
      want: [
        { params: 'LogGetParams', response: 'LogGetResponse' },
        { params: 'AiGatewayListUrlRulesParams', response: 'AiGatewayListUrlRulesResponse' },
      ],
    },
    {
      name: 'the later of two operations with one prefix gets the number',
      given: { placements: [place(['aiGateway', 'logs'], 'get'), place(['logs'], 'get')] },
      want: [
        { params: 'LogGetParams', response: 'LogGetResponse' },
        { params: 'LogGetParams2', response: 'LogGetResponse2' },
      ],
    },
    {
      name: 'a reserved name is numbered on its own, the other keeps its name',
      given: { placements: [place(['logs'], 'get')], reserved: ['LogGetParams'] },
      want: [{ params: 'LogGetParams2', response: 'LogGetResponse' }],
    },
  ])('$name', ({ given, want }) => {
    expect(claimOperationTypeNames(given.placements, configFor(SPEC), new NameRegistry(given.reserved))).toEqual(want);
  });
});
