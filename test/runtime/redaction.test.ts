import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Cloudflare, type ClientOptions, type RequestOptions } from '../../generated/dist/index.js';
import { errorEnvelope, FaultServer, hang, json, logEnvelope, recordingLogger, reset, text, truncated, type Behaviour } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

// Distinctive values, so a leak cannot hide as a coincidental substring.
const TOKEN = 'tok-SECRET-5b1e0c';
const EMAIL = 'secret-person-7d2a@example.com';
const KEY = 'key-SECRET-93f4aa';
const SERVICE_KEY = 'v1.0-SECRET-usk-41c9';
const SECRETS = [TOKEN, EMAIL, KEY, SERVICE_KEY];

const token: ClientOptions = { apiToken: TOKEN, userServiceKey: SERVICE_KEY };
const emailKey: ClientOptions = { apiEmail: EMAIL, apiKey: KEY, userServiceKey: SERVICE_KEY };

interface Case {
  name: string;
  credentials: ClientOptions;
  behaviours: Behaviour[];
  client?: ClientOptions;
  request?: () => RequestOptions;
  /** The call fails; otherwise it succeeds. */
  fails: boolean;
}

const cases: Case[] = [
  { name: 'a success with a token', credentials: token, behaviours: [json(200, logEnvelope())], fails: false },
  { name: 'a success with email and key', credentials: emailKey, behaviours: [json(200, logEnvelope())], fails: false },
  { name: 'retries then success', credentials: emailKey, behaviours: [json(503, {}, { 'retry-after-ms': '5' }), json(200, logEnvelope())], fails: false },
  { name: 'a 401', credentials: token, behaviours: [json(401, errorEnvelope(10000, 'Authentication error'))], fails: true },
  { name: 'a 403 with email and key', credentials: emailKey, behaviours: [json(403, errorEnvelope(9109, 'Unauthorized to access requested resource'))], fails: true },
  { name: 'retries exhausted', credentials: emailKey, behaviours: [json(500, {}, { 'retry-after-ms': '5' }), json(500, {}, { 'retry-after-ms': '5' })], client: { maxRetries: 1 }, fails: true },
  { name: 'a timeout', credentials: token, behaviours: [hang()], client: { timeout: 100, maxRetries: 0 }, fails: true },
  { name: 'a connection reset', credentials: emailKey, behaviours: [reset()], client: { maxRetries: 0 }, fails: true },
  { name: 'a truncated body', credentials: token, behaviours: [truncated(200, '{"success":', 500)], client: { maxRetries: 0 }, fails: true },
  { name: 'an abort', credentials: emailKey, behaviours: [hang()], request: () => ({ signal: AbortSignal.timeout(50) }), fails: true },
  { name: 'a non-JSON body', credentials: token, behaviours: [text(200, '<html>oops</html>')], fails: true },
  { name: 'a body that breaks the schema', credentials: emailKey, behaviours: [json(200, logEnvelope({ tokens_in: 'x' }))], fails: true },
  { name: 'a schema warning', credentials: emailKey, behaviours: [json(200, logEnvelope({ tokens_in: 'x' }))], client: { validateResponses: 'warn' }, fails: false },
  { name: 'success: false', credentials: token, behaviours: [json(200, errorEnvelope(1000, 'nope'))], fails: true },
  { name: 'missing credentials', credentials: { userServiceKey: SERVICE_KEY, apiKey: KEY }, behaviours: [], fails: true },
  { name: 'a line break in a credential', credentials: { apiToken: `${TOKEN}\r\nx-injected: 1` }, behaviours: [], fails: true },
  { name: 'a NUL in a credential', credentials: { apiToken: `${TOKEN}\u0000` }, behaviours: [], fails: true },
  { name: 'a non-Latin-1 credential', credentials: { apiEmail: `${EMAIL}网`, apiKey: KEY }, behaviours: [], fails: true },
  { name: 'a line break in a per-request Authorization header', credentials: token, behaviours: [], request: () => ({ headers: { authorization: `Bearer ${TOKEN}\n` } }), fails: true },
];

/** Every rendering of an error a person or a log pipeline is likely to produce, following `cause`. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    out.push(String(e), JSON.stringify(e) ?? '', inspect(e, { depth: 10, showHidden: true }));
    if (e instanceof Error) out.push(e.message, e.stack ?? '');
  }
  return out;
}

describe('no credential value is ever shown', () => {
  it.each(cases.map((c) => [c.name, c] as const))('with %s', async (_name, c) => {
    const logger = recordingLogger();
    server.enqueue(...c.behaviours);
    const client = new Cloudflare({ baseURL: server.url, accountId: 'acc', maxRetries: 1, logger, logLevel: 'debug', ...c.credentials, ...c.client });
    let error: unknown;
    try {
      await client.aiGateway.logs.get('gw', 'log-1', {}, c.request?.());
    } catch (e) {
      error = e;
    }
    expect(error !== undefined).toBe(c.fails);
    const shown = [...renderings(error), ...logger.lines.map((l) => l.text)].join('\n');
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    // The debug log does record each request, with the credentials masked.
    if (server.requests.length > 0) expect(logger.lines.some((l) => l.level === 'debug' && l.text.includes('***'))).toBe(true);
  });

  it('in a logged or serialised client', () => {
    const client = new Cloudflare({ baseURL: server.url, ...token, ...emailKey });
    const shown = [inspect(client, { depth: 10 }), JSON.stringify(client), String(client)].join('\n');
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
  });
});

describe('cookies the server sets', () => {
  it('are not kept on an APIError', async () => {
    server.enqueue(json(404, errorEnvelope(7003, 'Not found'), { 'set-cookie': '__cf_session=session-secret; HttpOnly', 'cf-ray': 'ray-1' }));
    const error = (await new Cloudflare({ baseURL: server.url, apiToken: 'token', maxRetries: 0 }).aiGateway.logs.get('gw', 'id', { account_id: 'acc' }).catch((e: unknown) => e)) as { headers: Record<string, string> };
    expect(error.headers['cf-ray']).toBe('ray-1');
    expect(error.headers).not.toHaveProperty('set-cookie');
    expect(JSON.stringify(error) + inspect(error, { depth: 5 })).not.toContain('session-secret');
  });
});
