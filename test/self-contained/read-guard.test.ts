import { spawnSync } from 'node:child_process';
import { createReadStream, readdirSync, readFileSync, realpathSync, statSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { allowedDirsFor, ancestorsOf, refusedPath, takeRefusedReads, type ReadPolicy } from '../support/read-guard.js';

/**
 * The runtime guard (test/support/read-guard.ts, installed by test/setup/read-guard.ts): its
 * rules on made-up paths, then the guard this very worker runs under, then a planted test file
 * run by jest in a child process, to show a test that reads outside the repository fails.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
/**
 * In the shared inputs folder next to the checkout, where the specs used to be read from. Always
 * outside the root, wherever the clone is (a path relative to the root, `../shared`, would be
 * inside the temporary directory for a clone there); refused whether or not it exists.
 */
const PLANTED = '/work/shared/specs/cloudflare-ai-gateway.openapi.json';

describe('the rules', () => {
  const root = '/checkout/repo';
  const policy = (exists: boolean): ReadPolicy => {
    const allowedDirs = [root, '/elsewhere/node_modules', '/tmp'];
    return { allowedDirs, ancestorDirs: ancestorsOf(allowedDirs), allowedFiles: new Set(['/etc/os-release']), exists: () => exists };
  };

  it('refuses reading a file or listing a directory outside the root, whether or not it exists', () => {
    for (const exists of [true, false]) {
      expect(refusedPath('/work/shared/specs/x.json', 'content', policy(exists))).toBe('/work/shared/specs/x.json');
      expect(refusedPath(`${root}/../shared/specs/x.json`, 'content', policy(exists))).toBe('/checkout/shared/specs/x.json');
      expect(refusedPath('/checkout', 'content', policy(exists))).toBe('/checkout');
      expect(refusedPath(pathToFileURL('/home/me/x.json'), 'content', policy(exists))).toBe('/home/me/x.json');
      expect(refusedPath(Buffer.from('/elsewhere/src/x.ts'), 'content', policy(exists))).toBe('/elsewhere/src/x.ts');
    }
  });

  it('allows the root, the real node_modules, the temporary directory and the listed OS files', () => {
    for (const path of [root, `${root}/test/x.json`, `${root}/node_modules/.bin/../jest/package.json`, '/elsewhere/node_modules/jest/package.json', '/tmp/out/x', '/etc/os-release']) {
      expect({ path, refused: refusedPath(path, 'content', policy(true)) }).toEqual({ path, refused: undefined });
    }
    expect(refusedPath(3, 'content', policy(true))).toBeUndefined(); // a file descriptor: its open was checked
  });

  it('allows looking (stat, exists) at a missing outside path or a directory above the root, nothing else', () => {
    expect(refusedPath('/node_modules/@types', 'metadata', policy(false))).toBeUndefined();
    expect(refusedPath('/checkout', 'metadata', policy(true))).toBeUndefined();
    expect(refusedPath('/', 'metadata', policy(true))).toBeUndefined();
    expect(refusedPath('/work/shared/specs/x.json', 'metadata', policy(true))).toBe('/work/shared/specs/x.json');
    expect(refusedPath('/checkout/other-repo', 'metadata', policy(true))).toBe('/checkout/other-repo');
  });

  it('for a symlinked node_modules, allows its target and nothing beside it', () => {
    const realpaths: Record<string, string> = { [root]: root, [`${root}/node_modules`]: '/main/node_modules', [tmpdir()]: tmpdir() };
    const dirs = allowedDirsFor(root, (path) => realpaths[path] ?? path);
    expect(dirs).toEqual(expect.arrayContaining([root, `${root}/node_modules`, '/main/node_modules']));
    const withDirs: ReadPolicy = { ...policy(true), allowedDirs: dirs };
    expect(refusedPath('/main/node_modules/typescript/lib/lib.d.ts', 'content', withDirs)).toBeUndefined();
    expect(refusedPath('/main/test/fixtures/x.json', 'content', withDirs)).toBe('/main/test/fixtures/x.json');
  });
});

describe('the guard in this worker', () => {
  afterAll(() => expect(takeRefusedReads()).toEqual([]));

  /** The error the guard throws for `read`, and the refusal it recorded for refused-reads.ts. */
  async function refusal(read: () => unknown): Promise<{ error: string; recorded: string[] }> {
    let error = 'no error';
    try {
      await read();
    } catch (e) {
      error = (e as Error).message;
    }
    return { error, recorded: takeRefusedReads() };
  }

  it('throws for a planted read of /work/shared/..., naming the test and the path', async () => {
    const { error, recorded } = await refusal(() => readFileSync(PLANTED, 'utf8'));
    expect(error).toBe(
      'test "the guard in this worker throws for a planted read of /work/shared/..., naming the test and the path" (test/self-contained/read-guard.test.ts) ' +
        `read outside the repository: fs.readFileSync("${PLANTED}"). Tests may read only files under ${ROOT}/ (and the temporary directory); ` +
        'copy the input into the repository (test/fixtures/) and read it from there.',
    );
    expect(recorded).toEqual([error]);
  });

  it.each<[string, () => unknown, string]>([
    ['fs.promises.readFile', () => readFile(PLANTED), PLANTED],
    ['fs.createReadStream', () => createReadStream(PLANTED), PLANTED],
    ['fs.readdirSync', () => readdirSync(dirname(PLANTED)), dirname(PLANTED)],
    ['fs.readFileSync', () => readFileSync(process.execPath), process.execPath],
    ['fs.statSync', () => statSync(process.execPath), process.execPath],
  ])('throws for %s outside the root', async (call, read, path) => {
    const { error, recorded } = await refusal(read);
    expect(error).toContain(`read outside the repository: ${call}(${JSON.stringify(path)})`);
    expect(recorded).toHaveLength(1);
  });

  it('lets reads under the root, its node_modules (wherever the link points) and the temporary directory through', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).toMatchObject({ name: 'sdkgen' });
    const jestPackage = realpathSync(join(ROOT, 'node_modules/jest/package.json'));
    expect(JSON.parse(readFileSync(jestPackage, 'utf8'))).toMatchObject({ name: 'jest' });
    const dir = mkdtempSync(join(tmpdir(), 'sdkgen-guard-'));
    writeFileSync(join(dir, 'x.txt'), 'x');
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('x');
    rmSync(dir, { recursive: true });
    expect(existsSync('/no/such/dir/node_modules')).toBe(false);
    expect(takeRefusedReads()).toEqual([]);
  });
});

describe('a test file that reads outside the repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-planted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails under jest with the project setup, also when it catches the error itself', () => {
    writeFileSync(
      join(dir, 'planted.test.ts'),
      [
        "import { readFileSync } from 'node:fs';",
        `it('reads the shared specs', () => { readFileSync(${JSON.stringify(PLANTED)}); });`,
        `it('reads them and swallows the error', () => { try { readFileSync(${JSON.stringify(PLANTED)}); } catch {} });`,
        `it('reads the repository', () => { readFileSync(${JSON.stringify(join(ROOT, 'package.json'))}); });`,
      ].join('\n'),
    );
    const project = (jestConfig: Record<string, unknown>) => ({
      ...jestConfig,
      rootDir: dir,
      transform: { '^.+\\.ts$': [join(ROOT, 'node_modules/@swc/jest'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
      setupFiles: [join(ROOT, 'test/setup/read-guard.ts')],
      setupFilesAfterEnv: [join(ROOT, 'test/setup/refused-reads.ts')],
    });
    writeFileSync(join(dir, 'jest.config.json'), JSON.stringify(project({ testEnvironment: 'node', extensionsToTreatAsEsm: ['.ts'], moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' } })));
    const run = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', join(dir, 'jest.config.json'), '--json', '--ci'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = JSON.parse(run.stdout) as { testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[] };
    const results = report.testResults[0]!.assertionResults.map(({ title, status, failureMessages }) => ({ title, status, failure: failureMessages.join('\n') }));

    expect(run.status).toBe(1);
    expect(results.map(({ title, status }) => [title, status])).toEqual([
      ['reads the shared specs', 'failed'],
      ['reads them and swallows the error', 'failed'],
      ['reads the repository', 'passed'],
    ]);
    for (const { title, failure } of results.slice(0, 2)) expect(failure).toContain(`test "${title}" (`);
    for (const { failure } of results.slice(0, 2)) expect(failure).toContain(`read outside the repository: fs.readFileSync("${PLANTED}")`);
  });
});
