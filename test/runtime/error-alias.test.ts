import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as cloudflare from '../../generated/dist/index.js';
import { APIConnectionError, APIError, Cloudflare, CloudflareError, InvalidParameterError, NotFoundError, SDKError } from '../../generated/dist/index.js';
import { errorEnvelope, FaultServer, json, reset } from '../support/fault-server.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * `@sdkgen/cloudflare` exports its base error class `SDKError` under a second name,
 * `CloudflareError` (`client.errorAlias` in spec/sdk.config.yaml), as the official SDK names it:
 * the same class, so `instanceof` holds with either name for every error a call throws.
 */

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = () => new Cloudflare({ baseURL: server.url, apiToken: 'token', accountId: 'acc', maxRetries: 0 });

async function failure(call: PromiseLike<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

describe('CloudflareError, the alias of SDKError', () => {
  it('is the same class, exported under both names', () => {
    expect(CloudflareError).toBe(SDKError);
    expect(Object.keys(cloudflare)).toEqual(expect.arrayContaining(['CloudflareError', 'SDKError']));
  });

  it('is what an error response from the server is an instance of', async () => {
    server.enqueue(json(404, errorEnvelope(7003, 'Could not route to /logs/x')));
    const error = await failure(client().aiGateway.logs.get('gw', 'x'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error).toBeInstanceOf(SDKError);
    expect(server.requests).toHaveLength(1);
  });

  it('is what a connection error is an instance of', async () => {
    server.enqueue(reset());
    const error = await failure(client().aiGateway.logs.get('gw', 'x'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(CloudflareError);
  });

  it('is what an argument the spec refuses is an instance of, before any request', async () => {
    const error = await failure(client().aiGateway.logs.get('..', 'x'));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toBeInstanceOf(CloudflareError);
    expect(server.requests).toHaveLength(0);
  });

  it('is not exported by a package whose config asks for no alias (the pet-store golden)', () => {
    const index = readFileSync(join(REPO_ROOT, 'test/golden/pet-store-3-0/src/index.ts'), 'utf8');
    expect(index).toContain("export * from './core/errors.js';");
    expect(index).not.toMatch(/SDKError as/);
  });
});
