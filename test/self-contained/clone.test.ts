import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { FULL_CLOUDFLARE_SPEC, LOG_GET_SPEC } from '../support/cloudflare-specs.js';
import { scanRepository } from '../support/outside-paths.js';

/**
 * The cheap half of "a clone works" (.ci/run is the full one: `npm ci`, `npm run generate`,
 * `npm test` in a clone): `git clone` the committed HEAD of this checkout into an empty temporary
 * directory, with nothing else copied in but a symlink to this checkout's node_modules (what
 * `npm ci` would install), and there
 *   - `sdkgen generate --check` finds generated/ up to date: HEAD's generated/ is what HEAD's
 *     spec, config and templates produce;
 *   - the inputs the tests read are there, with the same bytes;
 *   - the static check finds no path out of the clone, and the clone's own fixture tests pass
 *     under the clone's own read guard (whose root is the clone).
 * Uncommitted changes are not in a clone: this tests HEAD, not the working tree.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const work = mkdtempSync(join(tmpdir(), 'sdkgen-clone-'));
const clone = join(work, 'repo');

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SDKGEN_SCALE: '' } });
}

function expectSuccess(result: SpawnSyncReturns<string>): void {
  expect({ status: result.status, output: result.status === 0 ? '' : `${result.stdout}\n${result.stderr}` }).toEqual({ status: 0, output: '' });
}

beforeAll(() => {
  const head = run('git', ['rev-parse', 'HEAD'], ROOT).stdout.trim();
  expectSuccess(run('git', ['clone', '--quiet', '--no-checkout', ROOT, clone], work));
  expectSuccess(run('git', ['checkout', '--quiet', '--detach', head], clone));
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('generate --check in a clone of HEAD exits 0: generated/ is what the committed inputs produce', () => {
  const result = run(process.execPath, ['bin/sdkgen.js', 'generate', '--check'], clone);
  expectSuccess(result);
  expect(result.stderr).toContain(`${join(clone, 'generated')} is up to date`);
});

it('the clone has the inputs the tests read, byte for byte', () => {
  for (const file of [FULL_CLOUDFLARE_SPEC, LOG_GET_SPEC].map((path) => relative(ROOT, path))) {
    expect({ file, same: readFileSync(join(clone, file)).equals(readFileSync(join(ROOT, file))) }).toEqual({ file, same: true });
  }
});

it("in the clone, no path leads out, and the fixture tests pass under the clone's own read guard", () => {
  expect(scanRepository(clone)).toEqual([]);
  const jest = run(process.execPath, ['--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js', '--ci', 'test/self-contained/fixture-checksums.test.ts', 'test/self-contained/seed-page.test.ts'], clone);
  expectSuccess(jest);
  expect(jest.stderr).toMatch(/Tests: +\d+ passed, \d+ total/);
});
