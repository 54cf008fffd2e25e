import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { APIClient, Cloudflare, InvalidParameterError, MissingCredentialsError, type ClientOptions } from '../../generated/dist/index.js';
import { FaultServer, json, logEnvelope, type RecordedRequest } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());

// The developer running the tests may have real Cloudflare variables set; no test may see them.
const ENV_NAMES = ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_API_USER_SERVICE_KEY', 'CLOUDFLARE_BASE_URL', 'CLOUDFLARE_ACCOUNT_ID'];
const savedEnv: Record<string, string | undefined> = {};
beforeEach(() => {
  server.reset();
  for (const name of ENV_NAMES) {
    savedEnv[name] = process.env[name];
    delete process.env[name];
  }
});
afterEach(() => {
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

const AUTH_HEADERS = ['authorization', 'x-auth-email', 'x-auth-key', 'x-auth-user-service-key', 'cookie'];

/** The auth-related headers of a recorded request, and nothing else. */
function authHeaders(request: RecordedRequest): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request.headers).filter(([name]) => AUTH_HEADERS.includes(name)));
}

async function getLogWith(options: ClientOptions, params: { account_id?: string } = {}): Promise<RecordedRequest> {
  server.enqueue(json(200, logEnvelope()));
  await new Cloudflare({ baseURL: server.url, accountId: 'acc', maxRetries: 0, ...options }).aiGateway.logs.get('gw', 'log-1', params);
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

async function rejectsBeforeSending(call: () => PromiseLike<unknown>): Promise<unknown> {
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  expect(server.requests).toHaveLength(0);
  return error;
}

describe('credentials', () => {
  it('sends an API token as a Bearer Authorization header and nothing else', async () => {
    const request = await getLogWith({ apiToken: 'tok-abc' });
    expect(authHeaders(request)).toEqual({ authorization: 'Bearer tok-abc' });
  });

  it('sends an email and global key as X-Auth-Email and X-Auth-Key and nothing else', async () => {
    const request = await getLogWith({ apiEmail: 'me@example.com', apiKey: 'key-abc' });
    expect(authHeaders(request)).toEqual({ 'x-auth-email': 'me@example.com', 'x-auth-key': 'key-abc' });
  });

  it('sends only the token when both alternatives are configured', async () => {
    const request = await getLogWith({ apiToken: 'tok-abc', apiEmail: 'me@example.com', apiKey: 'key-abc', userServiceKey: 'usk' });
    expect(authHeaders(request)).toEqual({ authorization: 'Bearer tok-abc' });
  });

  it('fails before any request when no credential is configured, naming what would work', async () => {
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, accountId: 'acc' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect((error as MissingCredentialsError).alternatives).toEqual([['apiToken (CLOUDFLARE_API_TOKEN)'], ['apiEmail (CLOUDFLARE_EMAIL)', 'apiKey (CLOUDFLARE_API_KEY)']]);
    expect((error as Error).message).toContain('apiToken (CLOUDFLARE_API_TOKEN), or apiEmail (CLOUDFLARE_EMAIL) + apiKey (CLOUDFLARE_API_KEY)');
  });

  it('fails before any request when only half of the email + key pair is configured', async () => {
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, accountId: 'acc', apiKey: 'key-abc' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
  });

  it('fails before any request when only a credential the operation does not accept is configured', async () => {
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, accountId: 'acc', userServiceKey: 'usk' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
  });

  it('treats an empty string as not configured', async () => {
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, accountId: 'acc', apiToken: '' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
  });
});

describe('environment fallbacks', () => {
  it('reads CLOUDFLARE_API_TOKEN', async () => {
    process.env.CLOUDFLARE_API_TOKEN = 'env-tok';
    expect(authHeaders(await getLogWith({}))).toEqual({ authorization: 'Bearer env-tok' });
  });

  it('reads CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY', async () => {
    process.env.CLOUDFLARE_EMAIL = 'env@example.com';
    process.env.CLOUDFLARE_API_KEY = 'env-key';
    expect(authHeaders(await getLogWith({}))).toEqual({ 'x-auth-email': 'env@example.com', 'x-auth-key': 'env-key' });
  });

  it('prefers the client option over the environment', async () => {
    process.env.CLOUDFLARE_API_TOKEN = 'env-tok';
    expect(authHeaders(await getLogWith({ apiToken: 'option-tok' }))).toEqual({ authorization: 'Bearer option-tok' });
  });

  it('ignores an environment variable that is only whitespace', async () => {
    process.env.CLOUDFLARE_API_TOKEN = '   ';
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, accountId: 'acc' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
  });

  it('reads CLOUDFLARE_BASE_URL and CLOUDFLARE_ACCOUNT_ID', async () => {
    process.env.CLOUDFLARE_BASE_URL = `${server.url}/client/v4/`;
    process.env.CLOUDFLARE_ACCOUNT_ID = 'env-acc';
    process.env.CLOUDFLARE_API_TOKEN = 'env-tok';
    server.enqueue(json(200, logEnvelope()));
    await new Cloudflare().aiGateway.logs.get('gw', 'log-1');
    expect(server.requests.map((r) => r.url)).toEqual(['/client/v4/accounts/env-acc/ai-gateway/gateways/gw/logs/log-1']);
  });
});

describe('accountId', () => {
  it('fills account_id in the path from the client option', async () => {
    const request = await getLogWith({ apiToken: 't', accountId: 'acc-from-client' });
    expect(request.url).toBe('/accounts/acc-from-client/ai-gateway/gateways/gw/logs/log-1');
  });

  it('is overridden by account_id passed to the call', async () => {
    const request = await getLogWith({ apiToken: 't', accountId: 'acc-from-client' }, { account_id: 'acc-from-call' });
    expect(request.url).toBe('/accounts/acc-from-call/ai-gateway/gateways/gw/logs/log-1');
  });

  it('prefers the client option over CLOUDFLARE_ACCOUNT_ID', async () => {
    process.env.CLOUDFLARE_ACCOUNT_ID = 'env-acc';
    const request = await getLogWith({ apiToken: 't', accountId: 'acc-from-client' });
    expect(request.url).toBe('/accounts/acc-from-client/ai-gateway/gateways/gw/logs/log-1');
  });

  it('fails before any request, naming account_id and accountId, when none is given', async () => {
    const error = await rejectsBeforeSending(() => new Cloudflare({ baseURL: server.url, apiToken: 't' }).aiGateway.logs.get('gw', 'log-1'));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).issues).toEqual([expect.objectContaining({ path: '/account_id' })]);
    expect((error as Error).message).toContain('accountId');
  });
});

describe('an apiKey scheme in the query string', () => {
  // The AI Gateway spec has none, so this drives the runtime's APIClient with such a definition.
  const definition = { baseURL: 'http://unused', security: { key_in_query: { kind: 'query' as const, option: 'queryKey', paramName: 'api_key' } }, pathParamOptions: {} };
  const spec = { method: 'get', path: '/things', query: { page: 2 }, security: [['key_in_query']], retrySafe: true };

  it('sends the credential as its query parameter, after the operation parameters', async () => {
    server.enqueue(json(200, { ok: true }));
    await new APIClient(definition, { baseURL: server.url, maxRetries: 0, queryKey: 's3cr3t k&y' } as never).request(spec);
    expect(server.requests[0]!.url).toBe('/things?page=2&api_key=s3cr3t%20k%26y');
    expect(authHeaders(server.requests[0]!)).toEqual({});
  });

  it('never shows the credential in a log line', async () => {
    server.enqueue(json(200, { ok: true }));
    const lines: string[] = [];
    const logger = { debug: (...args: unknown[]) => lines.push(JSON.stringify(args)), info: () => undefined, warn: () => undefined, error: () => undefined };
    await new APIClient(definition, { baseURL: server.url, maxRetries: 0, queryKey: 'query-secret-value', logger, logLevel: 'debug' } as never).request(spec);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('query-secret-value');
    expect(lines.join('\n')).toContain('api_key=***');
  });
});
