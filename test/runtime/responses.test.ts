import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Cloudflare, NotFoundError, type ClientOptions } from '../../generated/dist/index.js';
import { errorEnvelope, FaultServer, json, logEnvelope, recordingLogger } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(options: ClientOptions = {}): Cloudflare {
  return new Cloudflare({ baseURL: server.url, apiToken: 'test-token', accountId: 'acc', maxRetries: 0, ...options });
}

describe('asResponse() and withResponse()', () => {
  it('asResponse() gives the raw Response with its status, headers and a readable body', async () => {
    server.enqueue(json(200, logEnvelope(), { 'cf-ray': 'ray-1', 'x-custom': 'yes' }));
    const response = await client().aiGateway.logs.get('gw', 'log-1').asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('cf-ray')).toBe('ray-1');
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(await response.json()).toEqual(logEnvelope());
  });

  it('withResponse() gives the unwrapped value and the same raw Response', async () => {
    server.enqueue(json(200, logEnvelope(), { 'cf-ray': 'ray-2' }));
    const { data, response } = await client().aiGateway.logs.get('gw', 'log-1').withResponse();
    expect(data).toEqual(logEnvelope().result);
    expect(response.status).toBe(200);
    expect(response.headers.get('cf-ray')).toBe('ray-2');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('gives the Response of the attempt that succeeded after retries', async () => {
    server.enqueue(json(503, {}, { 'retry-after-ms': '5', 'cf-ray': 'first' }), json(200, logEnvelope(), { 'cf-ray': 'second' }));
    const response = await client({ maxRetries: 1 }).aiGateway.logs.get('gw', 'log-1').asResponse();
    expect(response.headers.get('cf-ray')).toBe('second');
  });

  it('rejects with the API error when the request fails', async () => {
    server.enqueue(json(404, errorEnvelope(7002, 'Not found')));
    await expect(client().aiGateway.logs.get('gw', 'log-1').asResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sends one request however the promise is consumed', async () => {
    server.enqueue(json(200, logEnvelope()));
    const promise = client().aiGateway.logs.get('gw', 'log-1');
    const [value, response, both] = await Promise.all([promise, promise.asResponse(), promise.withResponse()]);
    expect(value.id).toBe('log-1');
    expect(response.status).toBe(200);
    expect(both.data).toBe(value);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the request itself', () => {
  it('is a GET with Accept: application/json and no body', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client().aiGateway.logs.get('gw', 'log-1');
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'GET', body: '' });
    expect(request!.headers.accept).toBe('application/json');
    expect(request!.headers['content-type']).toBeUndefined();
  });

  it('has the documented defaults', () => {
    const c = new Cloudflare({ apiToken: 't' });
    expect({ timeout: c.timeout, maxRetries: c.maxRetries, validateResponses: c.validateResponses, logLevel: c.logLevel }).toEqual({ timeout: 60_000, maxRetries: 2, validateResponses: 'strict', logLevel: 'warn' });
  });

  it('goes through the fetch given in the options', async () => {
    server.enqueue(json(200, logEnvelope()));
    const urls: string[] = [];
    const viaFetch: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    await client({ fetch: viaFetch }).aiGateway.logs.get('gw', 'log-1');
    expect(urls).toEqual([`${server.url}/accounts/acc/ai-gateway/gateways/gw/logs/log-1`]);
  });

  it('joins a base URL that ends in a slash without doubling it', async () => {
    server.enqueue(json(200, logEnvelope()));
    await client({ baseURL: `${server.url}/client/v4/` }).aiGateway.logs.get('gw', 'log-1');
    expect(server.requests[0]!.url).toBe('/client/v4/accounts/acc/ai-gateway/gateways/gw/logs/log-1');
  });

  it('logs the request and the response at debug', async () => {
    const logger = recordingLogger();
    server.enqueue(json(200, logEnvelope()));
    await client({ logger, logLevel: 'debug' }).aiGateway.logs.get('gw', 'log-1');
    expect(logger.lines.map((l) => l.level)).toEqual(['debug', 'debug']);
    expect(logger.lines[0]!.text).toContain(`GET ${server.url}/accounts/acc/ai-gateway/gateways/gw/logs/log-1`);
    expect(logger.lines[0]!.text).toContain("authorization: '***'");
    expect(logger.lines[1]!.text).toContain('200');
  });
});
