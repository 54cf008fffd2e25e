import { describe, expect, it } from '@jest/globals';
import type { ObjectSchema, Operation } from '../../generator/model/ir.js';
import { nameOperationFunctions, validatorNamesOf } from '../../generator/model/operation-functions.js';
import { operation, resource, STRING } from '../support/model-units.js';

/**
 * generator/model/operation-functions.ts: the name of each operation's function in its
 * resource's module, unique against what that module imports.
 */

const ARGS_SCHEMA: ObjectSchema = { kind: 'object', nullable: false, additionalProperties: true, properties: [] };

/**
 * An operation with these type names; `checked` gives it an args check, `result` a validated
 * result schema (each means two validator imports), `unvalidated` a result schema that is not
 * checked (bytes, text).
 */
function op(id: string, params: string, response: string, parts: { checked?: boolean; result?: boolean; unvalidated?: boolean } = {}): Operation {
  return operation({
    operationId: id,
    typeNames: { params, response },
    ...(parts.checked ? { argsCheck: { name: params.replace(/Params$/, 'Args'), schema: ARGS_SCHEMA } } : {}),
    response: { status: '200', accept: [], headers: [], validated: parts.result === true, ...(parts.result || parts.unvalidated ? { schema: STRING, resultSchema: STRING } : {}) },
  });
}

describe('nameOperationFunctions', () => {
  it.each<{ name: string; given: Operation[]; want: string[] }>([
    { name: "the camelCase of the type names' stem", given: [op('a', 'LogGetParams', 'LogGetResponse')], want: ['logGet'] },
    { name: 'a numbered params type keeps all of its name', given: [op('a', 'LogGetParams2', 'LogGetResponse2')], want: ['logGetParams2'] },
    { name: "a stem that is a runtime helper's name is numbered as an operation", given: [op('a', 'ExpandPathParams', 'ExpandPathResponse')], want: ['expandPathOperation2'] },
    { name: 'so is one that is requestPage', given: [op('a', 'RequestPageParams', 'RequestPageResponse')], want: ['requestPageOperation2'] },
    {
      name: "a stem that is one of the module's response validators is numbered",
      given: [op('a', 'LogGetParams', 'LogGetResponse', { result: true }), op('b', 'IsLogGetResponseParams', 'IsLogGetResponseResponse')],
      want: ['logGet', 'isLogGetResponseOperation2'],
    },
    {
      name: 'so is one that is an args validator (is<X>Args, explain<X>Args)',
      given: [op('a', 'LogGetParams', 'LogGetResponse', { checked: true }), op('b', 'ExplainLogGetArgsParams', 'ExplainLogGetArgsResponse')],
      want: ['logGet', 'explainLogGetArgsOperation2'],
    },
    {
      name: 'a response without a result schema has no validator to collide with',
      given: [op('a', 'LogGetParams', 'LogGetResponse'), op('b', 'IsLogGetResponseParams', 'IsLogGetResponseResponse')],
      want: ['logGet', 'isLogGetResponse'],
    },
    {
      name: 'an unvalidated result has none either',
      given: [op('a', 'LogGetParams', 'LogGetResponse', { unvalidated: true }), op('b', 'IsLogGetResponseParams', 'IsLogGetResponseResponse')],
      want: ['logGet', 'isLogGetResponse'],
    },
    {
      name: 'a second operation with the same stem is numbered as an operation',
      given: [op('a', 'LogGetParams', 'LogGetResponse'), op('b', 'LogGetParams', 'LogGetResponse')],
      want: ['logGet', 'logGetOperation2'],
    },
    {
      name: 'a validator of an operation later in the module is taken too',
      given: [op('b', 'IsLogGetArgsParams', 'IsLogGetArgsResponse'), op('a', 'LogGetParams', 'LogGetResponse', { checked: true })],
      want: ['isLogGetArgsOperation2', 'logGet'],
    },
  ])('$name', ({ given, want }) => {
    nameOperationFunctions([resource({ name: 'logs', operations: given })]);
    expect(given.map((o) => o.functionName)).toEqual(want);
  });

  it('names per module: two resources may both have a logGet, children included', () => {
    const a = op('a', 'LogGetParams', 'LogGetResponse');
    const b = op('b', 'LogGetParams', 'LogGetResponse');
    const c = op('c', 'LogGetParams', 'LogGetResponse');
    nameOperationFunctions([resource({ name: 'x', operations: [a], children: [resource({ name: 'y', path: ['x', 'y'], operations: [c] })] }), resource({ name: 'z', operations: [b] })]);
    expect([a, b, c].map((o) => o.functionName)).toEqual(['logGet', 'logGet', 'logGet']);
  });
});

describe('validatorNamesOf', () => {
  it.each<{ name: string; given: Operation; want: string[] }>([
    { name: 'none for an unchecked call without a result schema', given: op('a', 'LogGetParams', 'LogGetResponse'), want: [] },
    { name: "the args check's name when it has one", given: op('a', 'LogGetParams', 'LogGetResponse', { checked: true }), want: ['LogGetArgs'] },
    { name: 'the response type name when the result has a schema', given: op('a', 'LogGetParams', 'LogGetResponse', { result: true }), want: ['LogGetResponse'] },
    { name: 'both, args first', given: op('a', 'LogGetParams', 'LogGetResponse', { checked: true, result: true }), want: ['LogGetArgs', 'LogGetResponse'] },
    { name: 'none for a result that is not validated (a Blob, text)', given: op('a', 'LogGetParams', 'LogGetResponse', { unvalidated: true }), want: [] },
  ])('$name', ({ given, want }) => {
    expect(validatorNamesOf(given)).toEqual(want);
  });
});
