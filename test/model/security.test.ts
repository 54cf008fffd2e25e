import { describe, expect, it } from '@jest/globals';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import type { SecurityScheme } from '../../generator/model/ir.js';
import { buildSecuritySchemes, securityOf } from '../../generator/model/security.js';
import { configFor, type ConfigParts } from '../support/model-units.js';

/** generator/model/security.ts: security requirements, and how each security scheme is sent. */

describe('securityOf', () => {
  it.each<{ name: string; given: unknown; want: string[][] }>([
    { name: 'no list: no requirement', given: undefined, want: [] },
    { name: 'an empty list: none', given: [], want: [] },
    { name: 'one requirement of two schemes: both (AND), sorted', given: [{ token: [], account: [] }], want: [['account', 'token']] },
    { name: 'two requirements: either (OR), in order', given: [{ token: [] }, { key: [] }], want: [['token'], ['key']] },
    { name: '{} is the alternative of no credentials', given: [{ token: [] }, {}], want: [['token'], []] },
    { name: 'entries that are not objects are skipped', given: [null, 'token', { key: [] }], want: [['key']] },
    { name: 'a value that is not a list: none', given: { token: [] }, want: [] },
  ])('$name', ({ given, want }) => {
    expect(securityOf(given)).toEqual(want);
  });
});

describe('buildSecuritySchemes', () => {
  const FILE = '/specs/openapi.yaml';
  function build(schemes: unknown, parts: ConfigParts = {}) {
    const diagnostics = new Diagnostics();
    const doc = schemes === undefined ? {} : { components: { securitySchemes: schemes } };
    const built = buildSecuritySchemes(doc, configFor(FILE, parts), FILE, diagnostics);
    return { schemes: built, diagnostics: diagnostics.items.map((d) => `${d.severity} ${d.code} ${d.pointer}`) };
  }

  it.each<{ name: string; given: { schemes: unknown; config?: ConfigParts }; want: { schemes: SecurityScheme[]; diagnostics: string[] } }>([
    { name: 'no securitySchemes: none', given: { schemes: undefined }, want: { schemes: [], diagnostics: [] } },
    {
      name: 'HTTP bearer (scheme in any case), its option the camelCase of its name',
      given: { schemes: { api_token: { type: 'http', scheme: 'Bearer' } } },
      want: { schemes: [{ name: 'api_token', option: 'apiToken', kind: 'bearer' }], diagnostics: [] },
    },
    { name: 'HTTP basic', given: { schemes: { login: { type: 'http', scheme: 'basic' } } }, want: { schemes: [{ name: 'login', option: 'login', kind: 'basic' }], diagnostics: [] } },
    {
      name: 'apiKey in a header, the query or a cookie, with its parameter name',
      given: { schemes: { h: { type: 'apiKey', in: 'header', name: 'X-Key' }, q: { type: 'apiKey', in: 'query', name: 'key' }, c: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
      want: {
        schemes: [
          { name: 'c', option: 'c', kind: 'cookie', paramName: 'sid' },
          { name: 'h', option: 'h', kind: 'header', paramName: 'X-Key' },
          { name: 'q', option: 'q', kind: 'query', paramName: 'key' },
        ],
        diagnostics: [],
      },
    },
    {
      name: "the config's option and environment variable, and the scheme's description",
      given: { schemes: { token: { type: 'http', scheme: 'bearer', description: 'A token.' } }, config: { client: { security: { token: { option: 'apiToken', env: 'API_TOKEN' } } } } },
      want: { schemes: [{ name: 'token', option: 'apiToken', env: 'API_TOKEN', description: 'A token.', kind: 'bearer' }], diagnostics: [] },
    },
    {
      name: 'a reserved word as a name gets an option that is an identifier',
      given: { schemes: { default: { type: 'http', scheme: 'bearer' } } },
      want: { schemes: [{ name: 'default', option: 'default_', kind: 'bearer' }], diagnostics: [] },
    },
    {
      name: 'OAuth2, OpenID Connect, HTTP digest: a warning each, no scheme',
      given: { schemes: { o: { type: 'oauth2', flows: {} }, oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://x' }, d: { type: 'http', scheme: 'digest' } } },
      want: {
        schemes: [],
        diagnostics: ['warning security-unsupported /components/securitySchemes/d', 'warning security-unsupported /components/securitySchemes/o', 'warning security-unsupported /components/securitySchemes/oidc'],
      },
    },
    {
      name: 'an apiKey without a name, or in the body, is unsupported',
      given: { schemes: { a: { type: 'apiKey', in: 'header' }, b: { type: 'apiKey', in: 'body', name: 'k' } } },
      want: { schemes: [], diagnostics: ['warning security-unsupported /components/securitySchemes/a', 'warning security-unsupported /components/securitySchemes/b'] },
    },
    {
      name: 'a scheme that is not an object is an error, and the others still count',
      given: { schemes: { a: null, b: 'bearer', c: ['x'], d: { type: 'http', scheme: 'bearer' } } },
      want: {
        schemes: [{ name: 'd', option: 'd', kind: 'bearer' }],
        diagnostics: ['error security-invalid /components/securitySchemes/a', 'error security-invalid /components/securitySchemes/b', 'error security-invalid /components/securitySchemes/c'],
      },
    },
  ])('$name', ({ given, want }) => {
    expect(build(given.schemes, given.config)).toEqual(want);
  });

  it('says what is unsupported and what that means', () => {
    const diagnostics = new Diagnostics();
    buildSecuritySchemes({ components: { securitySchemes: { o: { type: 'oauth2' }, n: null } } }, configFor(FILE), FILE, diagnostics);
    expect(diagnostics.items.map((d) => d.message)).toEqual([
      'Security scheme "n" must be an object with a "type" (http, apiKey, oauth2, openIdConnect), not null.',
      'Security scheme "o" (oauth2) is not supported; operations that need only it send no credentials.',
    ]);
  });
});
