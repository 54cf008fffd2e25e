import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Cloudflare, InvalidParameterError, type ClientOptions, type LogGetParams } from '../../generated/dist/index.js';
import { FaultServer, json, logEnvelope } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(options: ClientOptions = {}): Cloudflare {
  return new Cloudflare({ baseURL: server.url, apiToken: 'test-token', accountId: 'acc', maxRetries: 0, ...options });
}

async function rejectsBeforeSending(call: () => PromiseLike<unknown>): Promise<unknown> {
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  expect(server.requests).toHaveLength(0);
  return error;
}

describe('path parameters', () => {
  // Expected URLs are written out by hand rather than computed with encodeURIComponent,
  // so a mistake in the encoding cannot also be in the expectation.
  it.each([
    ['../../zones', '..%2F..%2Fzones'],
    ['a/b', 'a%2Fb'],
    ['a?x=1', 'a%3Fx%3D1'],
    ['a#b', 'a%23b'],
    ['ü网', '%C3%BC%E7%BD%91'],
    ['%2e%2e', '%252e%252e'],
    ['a b', 'a%20b'],
    ['...', '...'],
  ])('sends gateway_id %p as the single segment %p', async (gatewayId, segment) => {
    server.enqueue(json(200, logEnvelope()));
    await client().aiGateway.logs.get(gatewayId, 'log-1');
    expect(server.requests.map((r) => r.url)).toEqual([`/accounts/acc/ai-gateway/gateways/${segment}/logs/log-1`]);
  });

  it('encodes the last path parameter too, so it cannot add a query string', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client().aiGateway.logs.get('gw', 'log-1?admin=true#x');
    expect(server.requests[0]!.url).toBe('/accounts/acc/ai-gateway/gateways/gw/logs/log-1%3Fadmin%3Dtrue%23x');
  });

  it('encodes an accountId from the client option', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client({ accountId: '../x' }).aiGateway.logs.get('gw', 'log-1');
    expect(server.requests[0]!.url).toBe('/accounts/..%2Fx/ai-gateway/gateways/gw/logs/log-1');
  });

  it.each(['.', '..'])('rejects %p with InvalidParameterError before any request', async (gatewayId) => {
    const error = await rejectsBeforeSending(() => client().aiGateway.logs.get(gatewayId, 'log-1'));
    expect(error).toBeInstanceOf(InvalidParameterError);
  });

  it.each([
    ['gateway_id', () => client().aiGateway.logs.get('..', 'log-1')],
    ['id', () => client().aiGateway.logs.get('gw', '.')],
    ['account_id', () => client({ accountId: '..' }).aiGateway.logs.get('gw', 'log-1')],
  ])('names the path parameter %s in the error', async (name, call) => {
    const error = (await rejectsBeforeSending(call)) as InvalidParameterError;
    expect(error.issues.map((i) => i.path)).toEqual([`/${name}`]);
    expect(error.message).toContain(`/${name}`);
  });

  it.each(['.', '..'])('rejects %p as the id and as the account id', async (value) => {
    expect(await rejectsBeforeSending(() => client().aiGateway.logs.get('gw', value))).toBeInstanceOf(InvalidParameterError);
    expect(await rejectsBeforeSending(() => client({ accountId: value }).aiGateway.logs.get('gw', 'log-1'))).toBeInstanceOf(InvalidParameterError);
  });
});

describe('argument checks', () => {
  it('rejects a gateway_id longer than the spec allows, naming it, before any request', async () => {
    const error = await rejectsBeforeSending(() => client().aiGateway.logs.get('g'.repeat(65), 'log-1'));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).issues.map((i) => i.path)).toEqual(['/gateway_id']);
  });

  it('checks the positional argument, not a params key of the same name a JavaScript caller added', async () => {
    const params = (gatewayId: string) => ({ gateway_id: gatewayId }) as unknown as LogGetParams;
    const error = await rejectsBeforeSending(() => client().aiGateway.logs.get('g'.repeat(65), 'log-1', params('gw')));
    expect(error).toBeInstanceOf(InvalidParameterError);
    server.enqueue(json(200, logEnvelope()));
    await expect(client().aiGateway.logs.get('gw', 'log-1', params('g'.repeat(65)))).resolves.toMatchObject({ id: 'log-1' });
  });
});

describe('header values', () => {
  it.each([
    ['CR LF', 'a\r\nx-injected: 1'],
    ['LF', 'a\nx-injected: 1'],
    ['CR', 'a\rx-injected: 1'],
  ])('rejects a request header with %s in its value before any request', async (_name, value) => {
    const error = await rejectsBeforeSending(() => client().aiGateway.logs.get('gw', 'log-1', {}, { headers: { 'x-note': value } }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).issues[0]!.path).toBe('/headers/x-note');
  });

  it('rejects a CR/LF in a header name before any request', async () => {
    const error = await rejectsBeforeSending(() => client().aiGateway.logs.get('gw', 'log-1', {}, { headers: { 'x-a\r\nx-b': 'v' } }));
    expect(error).toBeInstanceOf(InvalidParameterError);
  });

  it('rejects a CR/LF in a default header when the client is built', () => {
    expect(() => client({ defaultHeaders: { 'x-note': 'a\r\nb' } })).toThrow(InvalidParameterError);
  });

  it('rejects a credential with a line break before any request', async () => {
    const error = await rejectsBeforeSending(() => client({ apiToken: 'tok\r\nx-injected: 1' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(InvalidParameterError);
  });

  it.each([
    ['a NUL', 'tok\u0000x'],
    ['a character fetch cannot send', 'tok网'],
  ])('rejects a credential with %s as an InvalidParameterError, not a retried connection error', async (_name, token) => {
    const error = await rejectsBeforeSending(() => client({ apiToken: token, maxRetries: 2 }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(InvalidParameterError);
  });

  it('sends per-request headers, and headers from defaultHeaders', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client({ defaultHeaders: { 'x-team': 'ai' } }).aiGateway.logs.get('gw', 'log-1', {}, { headers: { 'x-trace': 't-1' } });
    expect(server.requests[0]!.headers).toMatchObject({ 'x-team': 'ai', 'x-trace': 't-1', accept: 'application/json' });
  });

  it('lets a per-request header replace a default whatever the case of either name', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client({ defaultHeaders: { 'X-Trace': 'from-client', Accept: 'application/vnd.test+json' } }).aiGateway.logs.get('gw', 'log-1', {}, { headers: { 'x-TRACE': 'from-call', Authorization: 'Bearer other-token' } });
    const { headers } = server.requests[0]!;
    expect(headers['x-trace']).toBe('from-call');
    expect(headers.accept).toBe('application/vnd.test+json');
    expect(headers.authorization).toBe('Bearer other-token');
  });
});
