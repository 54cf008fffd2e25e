import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { LOG_GET_SPEC } from '../support/cloudflare-specs.js';
import { freePort } from '../support/free-port.js';
import type { PrismServer } from '../support/prism.js';

// Lets a test hand startPrism a port that is already taken, to exercise its retry;
// otherwise startPrism gets real free ports.
const portsToHandOut: number[] = [];
jest.unstable_mockModule('../support/free-port.js', () => ({
  freePort: (): Promise<number> => {
    const port = portsToHandOut.shift();
    return port === undefined ? freePort() : Promise.resolve(port);
  },
}));
const { startPrism } = await import('../support/prism.js');

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const logPath = (gatewayId: string): string => `/accounts/abc/ai-gateway/gateways/${gatewayId}/logs/id`;

/** Resolves true if nothing accepts TCP connections at baseURL, false if something does. */
function refusesConnections(baseURL: string): Promise<boolean> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    // A reset is a process closing its socket as it exits: not gone yet, ask again.
    socket.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNREFUSED' ? resolve(true) : error.code === 'ECONNRESET' ? resolve(false) : reject(error),
    );
  });
}

async function eventuallyRefusesConnections(baseURL: string, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await refusesConnections(baseURL)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return refusesConnections(baseURL);
}

describe('startPrism serving the AI Gateway log spec', () => {
  let prism: PrismServer;

  beforeAll(async () => {
    prism = await startPrism(LOG_GET_SPEC);
  });

  afterAll(async () => {
    await prism?.stop();
  });

  it('answers a bearer-token request with 200 and the schema example body', async () => {
    const response = await fetch(prism.baseURL + logPath('my-gateway'), {
      headers: { Authorization: 'Bearer x' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({
      success: expect.any(Boolean),
      result: { id: expect.any(String) },
    });
  });

  it.each<{
    credentials: string;
    headers: Record<string, string>;
    status: number;
  }>([
    {
      credentials: 'X-Auth-Email with X-Auth-Key',
      headers: { 'X-Auth-Email': 'user@example.com', 'X-Auth-Key': 'key' },
      status: 200,
    },
    { credentials: 'no credentials', headers: {}, status: 401 },
    {
      credentials: 'X-Auth-Email without X-Auth-Key',
      headers: { 'X-Auth-Email': 'user@example.com' },
      status: 401,
    },
    {
      credentials: 'a bearer token and Prefer: code=404',
      headers: { Authorization: 'Bearer x', Prefer: 'code=404' },
      status: 404,
    },
  ])('answers a request with $credentials with $status', async ({ headers, status }) => {
    const response = await fetch(prism.baseURL + logPath('my-gateway'), {
      headers,
    });

    expect(response.status).toBe(status);
    await response.body?.cancel();
  });

  it('rejects a gateway_id longer than maxLength 64 with 422', async () => {
    const response = await fetch(prism.baseURL + logPath('g'.repeat(65)), {
      headers: { Authorization: 'Bearer x' },
    });

    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      validation: [{ location: ['path', 'gateway_id'], code: 'maxLength' }],
    });
  });
});

describe('stopping Prism', () => {
  it('stop() resolves after Prism has exited, leaving the port refusing connections', async () => {
    const prism = await startPrism(LOG_GET_SPEC);
    expect(await refusesConnections(prism.baseURL)).toBe(false);

    await prism.stop();

    expect(await refusesConnections(prism.baseURL)).toBe(true);
    await expect(prism.stop()).resolves.toBeUndefined();
  });

  // A test that forgets stop(): the process that started Prism ends, normally or by SIGKILL.
  it.each(['exits normally', 'is killed with SIGKILL'])(
    'Prism goes away when the process that started it %s without calling stop()',
    async (ending) => {
      const script = [
        `const { startPrism } = await import(${JSON.stringify(path.join(repoRoot, 'test/support/prism.ts'))});`,
        `const prism = await startPrism(${JSON.stringify(LOG_GET_SPEC)});`,
        'console.log(prism.baseURL);',
        ending === 'exits normally' ? '' : 'setInterval(() => {}, 1000);',
      ].join('\n');
      const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<void>((resolve) => owner.once('exit', () => resolve()));
      let stdout = '';
      let stderr = '';
      owner.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const baseURL = await new Promise<string>((resolve, reject) => {
        owner.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
          if (url) resolve(url[0]);
        });
        owner.once('exit', (code) =>
          reject(new Error(`owner exited (${code}) before Prism started:\n${stdout}${stderr}`)),
        );
      });

      if (ending !== 'exits normally') owner.kill('SIGKILL');
      await exited;

      expect(await eventuallyRefusesConnections(baseURL, 5_000)).toBe(true);
    },
  );

  it('retries once on a fresh port when the first port is already taken', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    if (address === null || typeof address === 'string') throw new Error('squatter has no TCP address');
    portsToHandOut.push(address.port);

    try {
      const prism = await startPrism(LOG_GET_SPEC);
      await prism.stop();

      expect(new URL(prism.baseURL).port).not.toBe(String(address.port));
    } finally {
      portsToHandOut.length = 0;
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it("rejects with Prism's last output when the spec file does not exist", async () => {
    const missing = path.join(repoRoot, 'test', 'contract', 'no-such-spec.json');

    await expect(startPrism(missing)).rejects.toThrow(/exited \(code 1\) before it was listening[\s\S]*ENOENT/);
  });
});
