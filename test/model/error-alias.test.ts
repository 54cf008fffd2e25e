import { afterAll, describe, expect, it } from '@jest/globals';
import { buildSpec, cleanUp, openapi, ROOT_FILE, type BuiltSpec } from '../support/model-harness.js';

/**
 * The config's `client.errorAlias` (`CloudflareError`): a second name the package's entry point
 * exports the base error class `SDKError` under. The model carries it to the emitters and keeps
 * every other exported name off it: a schema, an operation type or a resource class that would
 * take it gets a number instead, as for the runtime's own names.
 */

afterAll(cleanUp);

const item = { type: 'object', properties: { code: { type: 'integer' } } };
/** Schemas named like the alias and like the base class, and a resource whose class would be `CloudflareError`. */
const files = {
  [ROOT_FILE]: openapi('3.0', {
    schemas: { CloudflareError: item, SDKError: item },
    paths: {
      '/cloudflare-errors': {
        get: {
          operationId: 'cloudflare-errors-list',
          'x-fern-sdk-group-name': 'cloudflareError',
          'x-fern-sdk-method-name': 'list',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'object', properties: { a: { $ref: '#/components/schemas/CloudflareError' }, b: { $ref: '#/components/schemas/SDKError' } } } } },
            },
          },
        },
      },
    },
  }),
};

function names(built: BuiltSpec) {
  return {
    errorAlias: built.api.errorAlias,
    schemas: built.api.schemas.map((s) => s.typeName).sort(),
    resources: built.api.resources.map((r) => r.className),
    errors: built.diagnostics.errors.map((d) => `${d.code} ${d.pointer}`),
  };
}

describe('client.errorAlias', () => {
  it('is in the IR, and no schema or resource class takes it', () => {
    expect(names(buildSpec(files, { errorAlias: 'CloudflareError' }))).toEqual({
      errorAlias: 'CloudflareError',
      schemas: ['CloudflareError2', 'SDKError2'],
      // Resource classes avoid the schemas' names too, by a word of context rather than a number.
      resources: ['CloudflareErrorResource'],
      errors: [],
    });
  });

  it('without it, the name is free and the IR has no alias; SDKError, the runtime\'s, is taken either way', () => {
    expect(names(buildSpec(files))).toEqual({ errorAlias: undefined, schemas: ['CloudflareError', 'SDKError2'], resources: ['CloudflareErrorResource'], errors: [] });
  });

  it.each(['APIError', 'SDKError', 'Client'])('is refused when the package already exports the name (%s)', (alias) => {
    expect(names(buildSpec(files, { errorAlias: alias })).errors).toEqual(['config-invalid /client/errorAlias']);
  });
});
