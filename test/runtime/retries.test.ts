import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, BadRequestError, Cloudflare, InternalServerError, RateLimitError, type ClientOptions, type RequestOptions } from '../../generated/dist/index.js';
import { FaultServer, hang, json, logEnvelope, recordingLogger, reset, text } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(options: ClientOptions = {}): Cloudflare {
  return new Cloudflare({ baseURL: server.url, apiToken: 'test-token', accountId: 'acc', ...options });
}

const getLog = (c: Cloudflare, options?: RequestOptions) => c.aiGateway.logs.get('gw', 'log-1', {}, options);

const ok = () => json(200, logEnvelope());
/** A retryable failure that asks for an almost immediate retry, to keep tests fast. */
const quick = (status: number, headers: Record<string, string> = {}) => json(status, { success: false, errors: [{ code: status, message: `status ${status}` }], messages: [], result: null }, { 'retry-after-ms': '10', ...headers });

describe('retries', () => {
  it('honours Retry-After: 1 on a 429 and succeeds on the second attempt', async () => {
    server.enqueue(json(429, { success: false, errors: [{ code: 971, message: 'slow down' }], messages: [] }, { 'retry-after': '1' }), ok());
    const log = await getLog(client());
    expect(log.id).toBe('log-1');
    expect(server.requests).toHaveLength(2);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(950);
  });

  it('prefers retry-after-ms over Retry-After', async () => {
    server.enqueue(json(429, {}, { 'retry-after-ms': '50', 'retry-after': '30' }), ok());
    await getLog(client());
    expect(server.requests).toHaveLength(2);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(45);
    expect(server.gaps()[0]).toBeLessThan(1000);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    // HTTP dates have whole-second resolution, so "1.6 s from now" can mean 0.6 s to 1.6 s.
    const date = new Date(Date.now() + 1600).toUTCString();
    server.enqueue(json(503, {}, { 'retry-after': date }), ok());
    await getLog(client());
    expect(server.requests).toHaveLength(2);
    expect(server.gaps()[0]).toBeGreaterThanOrEqual(500);
    expect(server.gaps()[0]).toBeLessThan(2000);
  });

  it('backs off exponentially with jitter (about 0.5 s, then about 1 s) when the server gives no hint', async () => {
    server.enqueue(json(503, {}), json(503, {}), ok());
    const log = await getLog(client());
    expect(log.tokens_in).toBe(12);
    expect(server.requests).toHaveLength(3);
    const [first, second] = server.gaps() as [number, number];
    // Jitter takes off up to 25 %; timers may fire a little late.
    expect(first).toBeGreaterThanOrEqual(370);
    expect(first).toBeLessThan(1000);
    expect(second).toBeGreaterThanOrEqual(740);
    expect(second).toBeLessThan(1700);
  });

  it.each([408, 409, 429, 500, 502, 503, 504])('retries a %i', async (status) => {
    server.enqueue(quick(status), ok());
    await expect(getLog(client())).resolves.toMatchObject({ id: 'log-1' });
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a %i', async (status) => {
    server.enqueue(quick(status), ok());
    await expect(getLog(client())).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('throws after exactly maxRetries + 1 attempts when every attempt fails', async () => {
    server.enqueue(quick(503), quick(503), quick(503), quick(503), ok());
    const error = await getLog(client({ maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, errors: [{ code: 503, message: 'status 503' }] });
    expect(server.requests).toHaveLength(3);
  });

  it('retries twice by default', async () => {
    server.enqueue(quick(503), quick(503), quick(503), ok());
    await expect(getLog(client())).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
  });

  it('lets a request override the client maxRetries', async () => {
    server.enqueue(quick(429), quick(429), ok());
    await expect(getLog(client({ maxRetries: 5 }), { maxRetries: 1 })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry at all with maxRetries 0', async () => {
    server.enqueue(quick(503), ok());
    await expect(getLog(client({ maxRetries: 0 }))).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('stops retrying a 503 when the server sends x-should-retry: false', async () => {
    server.enqueue(quick(503, { 'x-should-retry': 'false' }), ok());
    await expect(getLog(client())).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 400 when the server sends x-should-retry: true', async () => {
    server.enqueue(quick(400, { 'x-should-retry': 'true' }), ok());
    await expect(getLog(client())).resolves.toMatchObject({ id: 'log-1' });
    expect(server.requests).toHaveLength(2);
  });

  it('still counts x-should-retry: true against maxRetries', async () => {
    server.enqueue(quick(400, { 'x-should-retry': 'true' }), quick(400, { 'x-should-retry': 'true' }), ok());
    await expect(getLog(client({ maxRetries: 1 }))).rejects.toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a connection reset, and succeeds', async () => {
    server.enqueue(reset(), ok());
    await expect(getLog(client())).resolves.toMatchObject({ id: 'log-1' });
    expect(server.requests).toHaveLength(2);
  });

  it('throws APIConnectionError after exactly maxRetries + 1 connection resets', async () => {
    server.enqueue(reset(), reset(), ok());
    const error = await getLog(client({ maxRetries: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  it('retries an attempt that timed out', async () => {
    server.enqueue(hang(), ok());
    await expect(getLog(client({ timeout: 150, maxRetries: 1 }))).resolves.toMatchObject({ id: 'log-1' });
    expect(server.requests).toHaveLength(2);
  });

  it('logs each retry at info, with the reason and the delay', async () => {
    const logger = recordingLogger();
    server.enqueue(quick(503), quick(429), ok());
    await getLog(client({ logger, logLevel: 'info' }));
    const info = logger.lines.filter((l) => l.level === 'info').map((l) => l.text);
    expect(info).toHaveLength(2);
    expect(info[0]).toMatch(/503.*10 ms/);
    expect(info[1]).toMatch(/429.*10 ms/);
    expect(logger.lines.filter((l) => l.level === 'debug')).toEqual([]);
  });

  it('logs nothing at the default level when a retry succeeds', async () => {
    const logger = recordingLogger();
    server.enqueue(quick(503), ok());
    await getLog(client({ logger }));
    expect(logger.lines).toEqual([]);
  });

  it('gives up waiting for a retry as soon as the caller aborts', async () => {
    server.enqueue(json(503, {}, { 'retry-after': '5' }), ok());
    const controller = new AbortController();
    const started = Date.now();
    const pending = getLog(client(), { signal: controller.signal });
    await server.waitForRequests(1);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it("leaves no listeners on the caller's signal once the request is done", async () => {
    server.enqueue(quick(503), quick(503), quick(503), ok());
    const controller = new AbortController();
    await getLog(client({ maxRetries: 3 }), { signal: controller.signal });
    expect(server.requests).toHaveLength(4);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('retries of a non-idempotent POST', () => {
  // The spec has no POST operation yet, so these call the engine the way a generated POST method would.
  const post = (c: Cloudflare, retrySafe: boolean, options: RequestOptions = {}) =>
    c.request<unknown>({ method: 'post', path: '/accounts/acc/things', body: { name: 'x' }, security: [['api_token']], retrySafe }, options);

  it('is not retried after a 503', async () => {
    server.enqueue(quick(503), json(200, { success: true, result: {} }));
    await expect(post(client(), false)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('is not retried after a connection reset, since the server may have acted on it', async () => {
    server.enqueue(reset(), json(200, { success: true, result: {} }));
    await expect(post(client(), false)).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('is retried when an idempotency key is passed, sending the same key each time', async () => {
    server.enqueue(quick(503), reset(), json(200, { success: true, result: {} }));
    await post(client(), false, { idempotencyKey: 'idem-123' });
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['idem-123', 'idem-123', 'idem-123']);
    expect(server.requests.map((r) => r.body)).toEqual(Array(3).fill('{"name":"x"}'));
  });

  it('is retried when the operation is marked safe to retry', async () => {
    server.enqueue(quick(503), json(200, { success: true, result: {} }));
    await post(client(), true);
    expect(server.requests).toHaveLength(2);
  });

  it('is retried when the server sends x-should-retry: true', async () => {
    server.enqueue(quick(503, { 'x-should-retry': 'true' }), json(200, { success: true, result: {} }));
    await post(client(), false);
    expect(server.requests).toHaveLength(2);
  });
});

it('the fault server answers 599 when a test forgot to queue a behaviour', async () => {
  server.enqueue(text(200, JSON.stringify(logEnvelope())));
  await getLog(client());
  await expect(getLog(client({ maxRetries: 0 }))).rejects.toMatchObject({ status: 599 });
});
