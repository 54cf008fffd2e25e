import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FaultServer, json } from '../support/fault-server.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { type CountedRun, explainRun, LOGS_GET_MODULE_BUDGET, ModuleCounter, neededForLogsGet } from '../support/module-count.js';

/**
 * How many modules Node loads for `import { Cloudflare } from '@sdkgen/cloudflare'` and one
 * `aiGateway.logs.get` call, and which (counted as test/support/module-count.ts says). The
 * same budget holds for the package of the full Cloudflare API: test/scale/cloudflare-full.test.ts.
 *
 * 19 today, budget 21. It was 14 (budget 16) until the runtime got one job per file: the client,
 * the request loop, headers, query strings, retries and env were one 444-line module, and are
 * now six small ones (internal/ beside core/). More modules, each small, the same code: the
 * budget moved with them, and still catches what it is for, a call that loads other resources.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const generatedDir = join(repoRoot, 'generated');
/** What Node loads of the package, for `import` as for `require`: its CommonJS build (generator/build/dist-builder.ts). */
const distURL = pathToFileURL(join(generatedDir, 'dist', 'cjs')).href + '/';
const ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';

/** The program whose modules are counted: the README's first lines, and one call. */
const PROGRAM_MJS = `import { Cloudflare } from '@sdkgen/cloudflare';

const client = new Cloudflare({ apiToken: 'module-count-token', baseURL: process.env.BASE_URL, maxRetries: 0 });
const log = await client.aiGateway.logs.get('my-gateway', 'log-1', { account_id: '${ACCOUNT_ID}' });
console.log(JSON.stringify({ id: log.id }));
`;

/** The control: a program that loads one module of each kind the counter must see. */
const CONTROL_MJS = `import { EOL } from 'node:os';
import { two } from './control-dep.mjs';

const { three } = await import('./control-lazy.mjs');
console.log(JSON.stringify({ sum: two + three, eol: EOL.length }));
`;

let counter: ModuleCounter;

beforeAll(async () => {
  counter = await ModuleCounter.create(generatedDir, '@sdkgen/cloudflare');
  await counter.write({ 'program.mjs': PROGRAM_MJS, 'control.mjs': CONTROL_MJS, 'control-dep.mjs': 'export const two = 2;\n', 'control-lazy.mjs': 'export const three = 3;\n' });
});

afterAll(async () => {
  await counter?.remove();
});

describe('the module counter (control)', () => {
  it('sees the program, a relative import, a node: built-in and a dynamic import(), each once', async () => {
    const run = await counter.run('control.mjs');
    expect({ code: run.code, stdout: run.stdout.trim() }).toEqual({ code: 0, stdout: JSON.stringify({ sum: 5, eol: 1 }) });
    const workURL = pathToFileURL(counter.dir).href;
    expect(run.loaded.map((url) => url.replace(workURL, '.'))).toEqual(['./control.mjs', 'node:os', './control-dep.mjs', './control-lazy.mjs']);
  });
});

describe("import { Cloudflare } from '@sdkgen/cloudflare' plus one aiGateway.logs.get, in a fresh node", () => {
  let server: FaultServer;
  let run: CountedRun;

  beforeAll(async () => {
    server = await FaultServer.start();
    server.enqueue(json(200, seedExampleBody()));
    run = await counter.run('program.mjs', { BASE_URL: server.url });
    if (run.code !== 0) throw new Error(`the program failed:\n${explainRun(run)}`);
    const bytes = await Promise.all(run.packageModules.map(async (m) => (await stat(join(generatedDir, 'dist', 'cjs', m))).size));
    console.info(`module count: ${run.packageModules.length} package modules (${Math.round(bytes.reduce((a, b) => a + b, 0) / 1024)} KiB of JS); budget ${LOGS_GET_MODULE_BUDGET}`);
  });

  afterAll(() => server?.close());

  it('makes the call: the server saw one GET for the log and the program printed its id', () => {
    expect(run.stdout.trim()).toBe(JSON.stringify({ id: seedExampleBody().result.id }));
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /accounts/${ACCOUNT_ID}/ai-gateway/gateways/my-gateway/logs/log-1`]);
  });

  it('resolves the package by name through its exports to generated/dist/cjs/index.js, and loads nothing from outside it', () => {
    const [program, entry] = run.loaded;
    expect(program).toBe(pathToFileURL(join(counter.dir, 'program.mjs')).href);
    expect(entry).toBe(`${distURL}index.js`);
    expect(run.loaded.slice(1).filter((url) => !url.startsWith(distURL) && !url.startsWith('node:'))).toEqual([]);
  });

  it('loads no Node built-in module (the runtime uses only web globals such as fetch)', () => {
    expect(run.loaded.filter((url) => url.startsWith('node:'))).toEqual([]);
  });

  it('loads the modules logs.get needs: the client, the core, the logs operations and their validators', () => {
    expect(run.packageModules).toEqual(expect.arrayContaining(['index.js', 'client.js', 'core/client.js', 'core/request.js', 'internal/lazy-module.js', 'resources/ai-gateway/logs.js', 'resources/ai-gateway/logs.validators.js']));
  });

  it('does not load the modules of resources the program does not use (the aiGateway namespace, dynamic-routing, billing, ...)', () => {
    expect(run.packageModules.filter((module) => !neededForLogsGet(module))).toEqual([]);
  });

  it(`loads at most ${LOGS_GET_MODULE_BUDGET} modules of the package, however many resources the API has`, () => {
    expect(run.packageModules.length).toBeLessThanOrEqual(LOGS_GET_MODULE_BUDGET);
  });
});
