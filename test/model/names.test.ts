import { describe, expect, it } from '@jest/globals';
import { acronymsOf, isIdentifier, NameRegistry, pathPlaceholders, singularize, toCamelCase, toKebabCase, toMemberName, toPascalCase, words } from '../../generator/model/names.js';

/** generator/model/names.ts: how spec strings become identifiers, and how unique names are handed out. */

describe('words', () => {
  it.each([
    { given: 'aig-config_getGatewayLogDetail2', want: ['aig', 'config', 'get', 'Gateway', 'Log', 'Detail2'] },
    { given: 'getHTTPLog', want: ['get', 'HTTP', 'Log'] },
    { given: 'v2Beta', want: ['v2', 'Beta'] },
    { given: 'café crème', want: ['cafe', 'creme'] },
    { given: 'a.b/c{d}', want: ['a', 'b', 'c', 'd'] },
    { given: '--__', want: [] },
  ])('splits $given at separators, case changes and acronym ends', ({ given, want }) => {
    expect(words(given)).toEqual(want);
  });
});

describe('toPascalCase', () => {
  it.each([
    { given: 'ai-gateway logs', want: 'AiGatewayLogs' },
    { given: 'getHTTPLog', want: 'GetHTTPLog' },
    { given: 'user_id', want: 'UserId' },
    { given: '2fa-settings', want: 'T2faSettings' },
    { given: '', want: 'Unnamed' },
    { given: '!!!', want: 'Unnamed' },
  ])('$given -> $want (never empty, never a leading digit)', ({ given, want }) => {
    expect(toPascalCase(given)).toBe(want);
  });
});

describe('toMemberName', () => {
  it.each([
    { given: 'ai-gateway', want: 'aiGateway' },
    { given: 'HTTPLogs', want: 'httpLogs' },
    { given: 'URL', want: 'url' },
    { given: '2fa', want: 't2fa' },
    // Members may be reserved words (`client.logs.delete()`), but not the class's constructor.
    { given: 'delete', want: 'delete' },
    { given: 'get', want: 'get' },
    { given: 'constructor', want: 'constructor_' },
    { given: 'Constructor', want: 'constructor_' },
    { given: '__proto__', want: 'proto' },
  ])('$given -> $want', ({ given, want }) => {
    expect(toMemberName(given)).toBe(want);
  });
});

describe('toMemberName with acronyms', () => {
  const acronyms = new Set(['tls', 'ca', 'ssh']);
  it.each([
    { given: 'total_tls', want: 'totalTLS' },
    { given: 'gatewayCa', want: 'gatewayCA' },
    { given: 'audit ssh settings', want: 'auditSSHSettings' },
    // A leading acronym is lower-cased whole, as any leading word.
    { given: 'tls_settings', want: 'tlsSettings' },
    { given: 'ca', want: 'ca' },
    // Only whole words: "cache" keeps its case.
    { given: 'cache_ca', want: 'cacheCA' },
  ])('$given -> $want', ({ given, want }) => {
    expect(toMemberName(given, acronyms)).toBe(want);
  });
});

describe('acronymsOf', () => {
  it.each<{ name: string; given: string[]; want: string[] }>([
    { name: 'a word in capitals three times and never otherwise', given: ['Get Total TLS', 'Set Total TLS', 'TLS on'], want: ['tls'] },
    { name: 'fewer than three times is not enough', given: ['Get TLS', 'Set TLS'], want: [] },
    { name: 'capitals must be at least twice as common as other cases', given: ['TLS', 'TLS', 'TLS', 'Tls', 'tls'], want: [] },
    { name: 'exactly twice as common counts', given: ['DNS', 'DNS', 'DNS', 'DNS', 'Dns', 'dns'], want: ['dns'] },
    { name: 'one letter, or more than five, is no acronym', given: ['A A A', 'NETWORK NETWORK NETWORK'], want: [] },
  ])('$name', ({ given, want }) => {
    expect([...acronymsOf(given)].sort()).toEqual(want);
  });
});

describe('toCamelCase', () => {
  it.each([
    { given: 'ai-gateway', want: 'aiGateway' },
    { given: 'delete', want: 'delete_' },
    { given: 'class', want: 'class_' },
    { given: 'get', want: 'get_' },
    { given: 'type', want: 'type_' },
    { given: 'constructor', want: 'constructor_' },
  ])('$given -> $want (reserved words get a trailing underscore)', ({ given, want }) => {
    expect(toCamelCase(given)).toBe(want);
  });
});

describe('toKebabCase', () => {
  it.each([
    { given: 'aiGateway', want: 'ai-gateway' },
    { given: 'AI Gateway', want: 'ai-gateway' },
    { given: 'HTTPLogs', want: 'http-logs' },
    { given: 'url_rules', want: 'url-rules' },
    { given: '', want: 'unnamed' },
  ])('$given -> $want', ({ given, want }) => {
    expect(toKebabCase(given)).toBe(want);
  });
});

describe('singularize', () => {
  it.each([
    { given: 'logs', want: 'log' },
    { given: 'policies', want: 'policy' },
    { given: 'Policies', want: 'Policy' },
    // `-ies` only past four letters: `ties` is `tie`.
    { given: 'ties', want: 'tie' },
    { given: 'address', want: 'address' },
    { given: 'status', want: 'status' },
    { given: 'analysis', want: 'analysis' },
    { given: 'boxes', want: 'box' },
    { given: 'matches', want: 'match' },
    { given: 'dishes', want: 'dish' },
    { given: 'data', want: 'data' },
    { given: 's', want: 's' },
  ])('$given -> $want', ({ given, want }) => {
    expect(singularize(given)).toBe(want);
  });
});

describe('isIdentifier', () => {
  it.each([
    { given: 'logs', want: true },
    { given: '$ref', want: true },
    { given: '_x', want: true },
    { given: 'delete_', want: true },
    { given: '2x', want: false },
    { given: 'a-b', want: false },
    { given: '', want: false },
    { given: 'delete', want: false },
    { given: 'constructor', want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isIdentifier(given)).toBe(want);
  });
});

describe('NameRegistry.claim', () => {
  type Claim = { wanted: string; numbered?: (n: number) => string; companions?: (name: string) => string[] };
  it.each<{ name: string; reserved?: string[]; given: Claim[]; want: string[]; alsoTaken?: string[] }>([
    { name: 'a free name is given as asked', given: [{ wanted: 'Log' }], want: ['Log'] },
    { name: 'a taken name gets 2, then 3', given: [{ wanted: 'Log' }, { wanted: 'Log' }, { wanted: 'Log' }], want: ['Log', 'Log2', 'Log3'] },
    { name: 'reserved names are taken from the start', reserved: ['Client'], given: [{ wanted: 'Client' }], want: ['Client2'] },
    { name: 'a numbered name that is itself taken is skipped', reserved: ['Log', 'Log2'], given: [{ wanted: 'Log' }], want: ['Log3'] },
    {
      name: 'numbered() says how the numbered names read',
      reserved: ['logGet'],
      given: [{ wanted: 'logGet', numbered: (n) => `logGetOperation${n}` }],
      want: ['logGetOperation2'],
    },
    {
      name: 'a name whose companion is taken is not free',
      reserved: ['LogsAPI'],
      given: [{ wanted: 'Logs', companions: (n) => [`${n}API`] }],
      want: ['Logs2'],
      alsoTaken: ['Logs2API'],
    },
    {
      name: 'companions are claimed with the name',
      given: [{ wanted: 'Logs', companions: (n) => [`${n}API`] }, { wanted: 'LogsAPI' }],
      want: ['Logs', 'LogsAPI2'],
      alsoTaken: ['LogsAPI'],
    },
  ])('$name', ({ reserved, given, want, alsoTaken }) => {
    const registry = new NameRegistry(reserved);
    expect(given.map(({ wanted, ...options }) => registry.claim(wanted, options))).toEqual(want);
    for (const name of [...want, ...(alsoTaken ?? [])]) expect(registry.has(name)).toBe(true);
  });

  it('has() is false for a name nobody claimed', () => {
    expect(new NameRegistry(['A']).has('B')).toBe(false);
  });
});

describe('pathPlaceholders', () => {
  it.each([
    { given: '/accounts/{account_id}/maps/{map_id}/accounts/{account_id}', want: ['account_id', 'map_id'] },
    { given: '/things/{id}.{format}', want: ['id', 'format'] },
    { given: '/{a}{b}', want: ['a', 'b'] },
    { given: '/things', want: [] },
  ])('$given -> $want (in order, each once)', ({ given, want }) => {
    expect(pathPlaceholders(given)).toEqual(want);
  });
});
