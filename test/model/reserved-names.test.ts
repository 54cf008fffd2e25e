import { describe, expect, it } from '@jest/globals';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { clientExportNames, reservedTypeNames } from '../../generator/model/reserved-names.js';
import { configFor } from '../support/model-units.js';

/**
 * generator/model/reserved-names.ts: the names the entry point exports besides the runtime's,
 * and every name a generated type must leave alone. (test/model/error-alias.test.ts covers the
 * alias through the whole model; test/model/scale-hazards.test.ts keeps API_CLIENT_MEMBERS complete.)
 */

describe('clientExportNames', () => {
  it.each<{ name: string; given: { className: string; errorAlias?: string }; want: { names: string[]; errors: string[] } }>([
    { name: 'the client class alone without an alias', given: { className: 'Cloudflare' }, want: { names: ['Cloudflare'], errors: [] } },
    { name: 'the client class and the alias', given: { className: 'Cloudflare', errorAlias: 'CloudflareError' }, want: { names: ['Cloudflare', 'CloudflareError'], errors: [] } },
    {
      name: "an alias that is the client class's name is an error at client.errorAlias",
      given: { className: 'Cloudflare', errorAlias: 'Cloudflare' },
      want: { names: ['Cloudflare', 'Cloudflare'], errors: ['/client/errorAlias "client.errorAlias" is "Cloudflare", which the package already exports (the client class); choose another name.'] },
    },
    {
      name: "an alias that is a runtime export's name is an error",
      given: { className: 'Cloudflare', errorAlias: 'APIError' },
      want: { names: ['Cloudflare', 'APIError'], errors: ['/client/errorAlias "client.errorAlias" is "APIError", which the package already exports (a class or type of the runtime); choose another name.'] },
    },
    {
      name: 'a runtime type name is taken as well as the error classes',
      given: { className: 'Cloudflare', errorAlias: 'RequestOptions' },
      want: { names: ['Cloudflare', 'RequestOptions'], errors: ['/client/errorAlias "client.errorAlias" is "RequestOptions", which the package already exports (a class or type of the runtime); choose another name.'] },
    },
  ])('$name', ({ given, want }) => {
    const diagnostics = new Diagnostics();
    const names = clientExportNames(configFor('/specs/openapi.yaml', { client: given }), diagnostics);
    expect({ names, errors: diagnostics.errors.map((d) => `${d.pointer} ${d.message}`) }).toEqual(want);
  });
});

describe('reservedTypeNames', () => {
  const reserved = new Set(reservedTypeNames(['Cloudflare', 'CloudflareError']));
  it.each([
    { given: 'Cloudflare', want: true },
    { given: 'CloudflareError', want: true },
    { given: 'APIClient', want: true },
    { given: 'SDKError', want: true },
    { given: 'Page', want: true },
    { given: 'Record', want: true },
    { given: 'Promise', want: true },
    // What the client's module imports: resource classes keep off these (model/resources.ts), type names need not.
    { given: 'LazyModule', want: false },
    // Property names, not type names.
    { given: 'send', want: false },
    { given: 'Log', want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(reserved.has(given)).toBe(want);
  });
});
