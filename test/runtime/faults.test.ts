import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  Cloudflare,
  CloudflareError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  UnprocessableEntityError,
  type ClientOptions,
  type RequestOptions,
} from '../../generated/dist/index.js';
import { errorEnvelope, FaultServer, hang, json, logEnvelope, recordingLogger, reset, text, truncated } from '../support/fault-server.js';

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

async function failure(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('a server that never answers', () => {
  it('times out with APIConnectionTimeoutError within the configured timeout', async () => {
    server.enqueue(hang());
    const started = Date.now();
    const error = await failure(getLog(client({ timeout: 200, maxRetries: 0 })));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('200 ms');
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it('uses a per-request timeout over the client one', async () => {
    server.enqueue(hang());
    const started = Date.now();
    await expect(getLog(client({ maxRetries: 0 }), { timeout: 150 })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out when the server stalls in the middle of the body', async () => {
    server.enqueue((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"success":true,');
    });
    await expect(getLog(client({ timeout: 200, maxRetries: 0 }))).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe('the signal each attempt gives fetch (reused between attempts)', () => {
  it('still times out a request that follows many that succeeded on the same client', async () => {
    const c = client({ timeout: 200, maxRetries: 0 });
    for (let i = 0; i < 40; i++) server.enqueue(json(200, logEnvelope()));
    for (let i = 0; i < 40; i++) await getLog(c);
    server.enqueue(hang());
    const started = Date.now();
    await expect(getLog(c)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    server.enqueue(json(200, logEnvelope()));
    await expect(getLog(c)).resolves.toMatchObject({ id: 'log-1' });
  });

  it('times out only the request that hangs, not the others in flight on the same client', async () => {
    const c = client({ timeout: 300, maxRetries: 0 });
    server.enqueue(hang(), (_req, res) => setTimeout(() => json(200, logEnvelope())(_req, res), 50));
    const [hung, answered] = await Promise.allSettled([getLog(c), getLog(c)]);
    expect(hung).toMatchObject({ status: 'rejected', reason: expect.any(APIConnectionTimeoutError) });
    expect(answered).toMatchObject({ status: 'fulfilled', value: { id: 'log-1' } });
  });

  it('is fresh after a request that was aborted: the next request on the client is not', async () => {
    const c = client({ maxRetries: 0 });
    server.enqueue(hang(), json(200, logEnvelope()));
    const controller = new AbortController();
    const pending = getLog(c, { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(getLog(c)).resolves.toMatchObject({ id: 'log-1' });
  });

  it("leaves no listener on the caller's signal once a request ends", async () => {
    const c = client({ maxRetries: 0 });
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) server.enqueue(json(200, logEnvelope()));
    for (let i = 0; i < 5; i++) await getLog(c, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('never times out with a timeout too long for a timer (Infinity), rather than at once', async () => {
    server.enqueue((_req, res) => setTimeout(() => json(200, logEnvelope())(_req, res), 50));
    await expect(getLog(client({ timeout: Infinity, maxRetries: 0 }))).resolves.toMatchObject({ id: 'log-1' });
  });
});

describe('aborting', () => {
  it('rejects with APIUserAbortError mid-request, and does not retry', async () => {
    server.enqueue(hang(), json(200, logEnvelope()));
    const controller = new AbortController();
    const pending = getLog(client({ maxRetries: 2 }), { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    // Long enough for a retry after the shortest backoff to have arrived.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing for a signal that is already aborted', async () => {
    server.enqueue(json(200, logEnvelope()));
    await expect(getLog(client(), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a dropped connection', () => {
  it('is an APIConnectionError when the socket is reset before any response', async () => {
    server.enqueue(reset());
    const error = await failure(getLog(client({ maxRetries: 0 })));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).cause).toBeDefined();
  });

  it('is an APIConnectionError, retried, when the body is cut short of its Content-Length', async () => {
    const whole = JSON.stringify(logEnvelope());
    server.enqueue(truncated(200, whole.slice(0, 40), whole.length), truncated(200, whole.slice(0, 40), whole.length));
    const error = await failure(getLog(client({ maxRetries: 1 })));
    // An incomplete transfer is a network failure, not a server that sent bad JSON.
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('a body that is not the JSON the spec declares', () => {
  it('is a ResponseParseError keeping the first 200 characters of an HTML page', async () => {
    const page = `<!DOCTYPE html><html><body>${'Bad gateway. '.repeat(50)}</body></html>`;
    server.enqueue(text(200, page, { 'content-type': 'text/html' }));
    const error = await failure(getLog(client()));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error).toMatchObject({ status: 200, bodyStart: page.slice(0, 200) });
    expect(server.requests).toHaveLength(1);
  });

  it('is a ResponseParseError for JSON that ends early but whose transfer completed', async () => {
    const cut = JSON.stringify(logEnvelope()).slice(0, 60);
    server.enqueue(text(200, cut, { 'content-type': 'application/json' }));
    await expect(getLog(client())).rejects.toMatchObject({ name: 'ResponseParseError', bodyStart: cut });
  });

  it('is a ResponseParseError for an empty 200', async () => {
    server.enqueue(text(200, ''));
    await expect(getLog(client())).rejects.toBeInstanceOf(ResponseParseError);
  });

  it('is a ResponseValidationError at /result for JSON that is not an envelope', async () => {
    server.enqueue(json(200, ['not', 'an', 'envelope']));
    const error = await failure(getLog(client()));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual(['/result']);
  });

  it('keeps the start of a non-JSON error page on the APIError', async () => {
    server.enqueue(text(502, '<html>502 Bad Gateway</html>', { 'content-type': 'text/html' }));
    const error = await failure(getLog(client({ maxRetries: 0 })));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, body: '<html>502 Bad Gateway</html>', errors: [] });
  });
});

describe('a 200 whose body breaks the schema', () => {
  const broken = () => json(200, logEnvelope({ tokens_in: 'many' }));

  it('is a ResponseValidationError naming /result/tokens_in and keeping the body', async () => {
    server.enqueue(broken());
    const error = await failure(getLog(client()));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { issues, body } = error as ResponseValidationError;
    expect(issues).toEqual([expect.objectContaining({ path: '/result/tokens_in', expected: 'integer' })]);
    expect(body).toEqual(logEnvelope({ tokens_in: 'many' }));
    expect((error as Error).message).toContain('/result/tokens_in');
  });

  it('names every failing field by its JSON pointer', async () => {
    server.enqueue(json(200, { ...logEnvelope({ duration: 1.5 }), result: { ...(logEnvelope().result as object), id: undefined, duration: 1.5 } }));
    const error = (await failure(getLog(client()))) as ResponseValidationError;
    expect(error.issues.map((i) => i.path).sort()).toEqual(['/result/duration', '/result/id']);
  });

  it("with validateResponses 'warn', returns the value and logs exactly one warning", async () => {
    const logger = recordingLogger();
    server.enqueue(broken());
    const log = await getLog(client({ validateResponses: 'warn', logger }));
    expect(log).toMatchObject({ id: 'log-1', tokens_in: 'many' });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({ level: 'warn' });
    expect(logger.lines[0]!.text).toContain('/result/tokens_in');
  });

  it("with validateResponses 'off', returns the value silently", async () => {
    const logger = recordingLogger();
    server.enqueue(broken());
    await expect(getLog(client({ validateResponses: 'off', logger }))).resolves.toMatchObject({ tokens_in: 'many' });
    expect(logger.lines).toEqual([]);
  });

  it('lets one request relax or tighten validation', async () => {
    const logger = recordingLogger();
    server.enqueue(broken(), broken());
    await expect(getLog(client({ logger }), { validateResponse: 'off' })).resolves.toMatchObject({ tokens_in: 'many' });
    await expect(getLog(client({ validateResponses: 'off', logger }), { validateResponse: 'strict' })).rejects.toBeInstanceOf(ResponseValidationError);
    expect(logger.lines).toEqual([]);
  });

  it('is not retried', async () => {
    server.enqueue(broken(), json(200, logEnvelope()));
    await expect(getLog(client())).rejects.toBeInstanceOf(ResponseValidationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('error statuses', () => {
  it('treats a 200 with success: false as an APIError carrying errors[] and messages[]', async () => {
    server.enqueue(json(200, errorEnvelope(7003, 'Could not route'), { 'cf-ray': 'ray-200' }));
    const error = await failure(getLog(client()));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, requestId: 'ray-200', errors: [{ code: 7003, message: 'Could not route' }], messages: [{ code: 1, message: 'see docs' }] });
    expect((error as Error).message).toContain('Could not route');
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('maps %i to %p with errors[] parsed', async (status, ErrorClass) => {
    server.enqueue(json(status, errorEnvelope(10000 + status, `failure ${status}`), { 'cf-ray': `ray-${status}` }));
    const error = await failure(getLog(client({ maxRetries: 0 })));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error).toMatchObject({ status, requestId: `ray-${status}`, errors: [{ code: 10000 + status, message: `failure ${status}` }], messages: [{ message: 'see docs' }] });
    expect((error as APIError).headers['cf-ray']).toBe(`ray-${status}`);
    expect((error as Error).message).toBe(`${status} [${10000 + status}] failure ${status}`);
    expect((error as Error).name).toBe(ErrorClass.name);
  });

  it('falls back to x-request-id for the request id', async () => {
    server.enqueue(json(404, errorEnvelope(1, 'gone'), { 'x-request-id': 'req-9' }));
    await expect(getLog(client())).rejects.toMatchObject({ requestId: 'req-9' });
  });
});
