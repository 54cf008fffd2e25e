import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LOG_GET_SPEC } from '../support/cloudflare-specs.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { REPO_ROOT, removeTempDirs, tempDir } from './support/cli.js';
import { installTarball, packSdkgen, type Packed } from './support/installed-package.js';

/**
 * sdkgen as a user meets it: `npm pack` of this checkout, installed into an empty project (with
 * its dependencies only), then `npx sdkgen --version` and `npx sdkgen generate` there, and one
 * call through the package it generated. The installed bin runs the built lib/: no tsx (not
 * installed) and no TypeScript compiler at start-up, as a probe preloaded into the process
 * records.
 */

const PROBE = join(REPO_ROOT, 'test/cli/support/load-probe.mjs');
const { version, dependencies } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

let packed: Packed;
let project: string;

beforeAll(() => {
  const work = tempDir('sdkgen-installed-');
  packed = packSdkgen(work);
  project = join(work, 'consumer');
  mkdirSync(project);
  installTarball(packed.tarball, project);
}, 240_000);

afterAll(removeTempDirs);

/** `npx sdkgen ...args` in the project, with the load probe preloaded; returns what it printed and loaded. */
function sdkgen(args: string[]): { status: number | null; stdout: string; stderr: string; loaded: string[] } {
  const log = join(project, `loaded-${args[0]!.replace(/\W/g, '')}.txt`);
  const result = spawnSync('npx', ['--no-install', 'sdkgen', ...args], { cwd: project, encoding: 'utf8', timeout: 90_000, env: { ...cleanEnv(), NODE_OPTIONS: `--import=${PROBE}`, LOAD_PROBE_LOG: log } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, loaded: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [] };
}

/** The environment without jest's NODE_OPTIONS and the npm settings of an `npm test` around it. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS'));
}

/** What loads a compiler: tsx, or TypeScript itself. */
const compilerFiles = (loaded: string[]) => loaded.filter((file) => /[\\/]node_modules[\\/](tsx|typescript)[\\/]/.test(file));

describe('the tarball', () => {
  it('holds bin, the built generator, the templates and the README, and nothing else', () => {
    const tops = [...new Set(packed.files.map((path) => (path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path)))].sort();
    expect(tops).toEqual(['README.md', 'bin/', 'lib/', 'package.json', 'templates/']);
    expect(packed.files.filter((path) => path.startsWith('bin/'))).toEqual(['bin/sdkgen.js']);
    for (const file of ['lib/cli.js', 'lib/pipeline.js', 'lib/init/init.js', 'lib/build/build-worker.js', 'lib/build/declarations.js', 'templates/client.ts.hbs', 'templates/partials/method-doc.hbs', 'templates/runtime/core/client.ts']) {
      expect(packed.files).toContain(file);
    }
    // Only JavaScript from lib/: no TypeScript source of the generator.
    expect(packed.files.filter((path) => path.startsWith('lib/') && !path.endsWith('.js'))).toEqual([]);
  });

  it('installs with the runtime dependencies only: no tsx, no test tooling', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/sdkgen/package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies?: unknown };
    expect(installed.dependencies).toEqual(dependencies);
    expect(Object.keys(dependencies)).not.toContain('tsx');
    for (const dev of ['tsx', 'jest', 'ts-morph']) expect(existsSync(join(project, 'node_modules', dev))).toBe(false);
  });
});

describe('the installed sdkgen', () => {
  it('--version prints the version, running lib/ with no compiler loaded', () => {
    const result = sdkgen(['--version']);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(result.loaded.some((file) => file.endsWith('/node_modules/sdkgen/lib/cli.js'))).toBe(true);
    expect(compilerFiles(result.loaded)).toEqual([]);
  });

  it('generates a package from a one-operation spec, with no compiler loaded, and that package makes its call', async () => {
    const result = sdkgen(['generate', '--spec', LOG_GET_SPEC, '--out', './sdk']);
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stderr).toMatch(/sdkgen: wrote \d+ files to .*\/sdk in \d+ ms/);
    expect(result.loaded.some((file) => file.includes('/node_modules/sdkgen/lib/build/build-worker.js'))).toBe(true);
    expect(compilerFiles(result.loaded)).toEqual([]);

    // The spec's one operation: GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}
    // under the server URL /client/v4, bearer token auth (api_token), the seed page's example as the body.
    const seen: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders }> = [];
    const server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(seedExampleBody()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
      writeFileSync(
        join(project, 'call.mjs'),
        [
          "import { Client } from './sdk/dist/index.js';",
          `const client = new Client({ baseURL: ${JSON.stringify(baseURL)}, apiToken: 'token-1', maxRetries: 0 });`,
          "const log = await client.aiGateway.logs.get('account-1', 'gateway-1', 'log-1', {});",
          'process.stdout.write(JSON.stringify(log));',
        ].join('\n'),
      );
      const call = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['call.mjs'], { cwd: project, env: cleanEnv() });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect({ code: call.code, stderr: call.stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(call.stdout)).toEqual(seedExampleBody());
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'GET', url: '/client/v4/accounts/account-1/ai-gateway/gateways/gateway-1/logs/log-1' });
      expect(seen[0]!.headers.authorization).toBe('Bearer token-1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});
