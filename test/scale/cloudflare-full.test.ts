import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { checkDeclarationTwins } from '../support/declaration-twins.js';
import { FaultServer, json } from '../support/fault-server.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { explainRun, LOGS_GET_MODULE_BUDGET, ModuleCounter, neededForLogsGet } from '../support/module-count.js';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * Cloudflare's whole API as its official SDK's tests use it (OpenAPI 3.0.3, 12.5 MB, 3,207
 * operations, 6,743 component schemas; not perfectly valid, as real specs rarely are), generated
 * without a config, with Cloudflare's response conventions (`--conventions cloudflare`). Besides what every scale suite checks, test/fixtures/scale/cloudflare-calls.ts
 * calls operations of ten resources and must type-check against the package; one
 * `aiGateway.logs.get` loads no more modules than it does in the AI Gateway package
 * (test/consumer/module-count.test.ts); and the declarations the templates' twins wrote are
 * TypeScript's. Run with `npm run test:scale`.
 */
describeScale({
  name: 'cloudflare-full',
  conventions: 'cloudflare',
  specFile: FULL_CLOUDFLARE_SPEC,
  consumerFile: join(REPO_ROOT, 'test/fixtures/scale/cloudflare-calls.ts'),
  moreTests(out, generated) {
    it(`one aiGateway.logs.get through the package root loads at most ${LOGS_GET_MODULE_BUDGET} of its modules, none of another resource`, async () => {
      generated();
      const name = (JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string }).name;
      const counter = await ModuleCounter.create(out, name);
      const server = await FaultServer.start();
      try {
        // Without a config, the account and gateway ids are positional arguments, and the client is `Client`.
        await counter.write({
          'program.mjs': `import { Client } from '${name}';

const client = new Client({ apiToken: 'module-count-token', baseURL: process.env.BASE_URL, maxRetries: 0 });
const log = await client.aiGateway.logs.get('account-1', 'my-gateway', 'log-1');
console.log(JSON.stringify({ id: log.id }));
`,
        });
        server.enqueue(json(200, seedExampleBody()));
        const run = await counter.run('program.mjs', { BASE_URL: server.url });
        if (run.code !== 0) throw new Error(`the program failed:\n${explainRun(run)}`);
        console.info(`full Cloudflare API, logs.get: ${run.packageModules.length} package modules: ${run.packageModules.join(', ')}`);

        expect(run.stdout.trim()).toBe(JSON.stringify({ id: seedExampleBody().result.id }));
        expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /accounts/account-1/ai-gateway/gateways/my-gateway/logs/log-1']);
        expect(run.packageModules).toEqual(expect.arrayContaining(['index.js', 'client.js', 'resources/ai-gateway/logs.js', 'resources/ai-gateway/logs.validators.js']));
        expect(run.packageModules.filter((module) => !neededForLogsGet(module))).toEqual([]);
        expect(run.packageModules.length).toBeLessThanOrEqual(LOGS_GET_MODULE_BUDGET);
      } finally {
        await server.close();
        await counter.remove();
      }
    }, 60_000);

    it('writes with the templates\' twins exactly the declarations TypeScript emits for the client and every resource module', () => {
      generated();
      const check = checkDeclarationTwins(out);

      expect(check.checked).toBeGreaterThan(1000);
      expect({ mismatches: check.mismatches.slice(0, 10), count: check.mismatches.length, problems: check.problems.slice(0, 10) }).toEqual({ mismatches: [], count: 0, problems: [] });
    }, 300_000);
  },
});
