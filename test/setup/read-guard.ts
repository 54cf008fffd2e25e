import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedDirsFor, ancestorsOf, installReadGuard, originalsOf, OS_DESCRIPTION_FILES, recordRefusedRead, type ReadPolicy } from '../support/read-guard.js';

/**
 * jest `setupFiles`: in every test worker, before each test file loads, a read outside the
 * repository throws (see test/support/read-guard.ts for what is allowed and why). The error
 * names the test and the path; test/setup/refused-reads.ts also fails the test when code
 * swallowed that error.
 *
 * `fs` comes through `require`, not `import`: jest builds a test file's `node:fs` ES module from
 * the core module's properties when it is first imported, so importing it here, before the
 * wrapping, would hand the test file the unwrapped functions.
 */

const fs = createRequire(import.meta.url)('node:fs') as Parameters<typeof installReadGuard>[0];
const root = fileURLToPath(new URL('../../', import.meta.url));
const originals = originalsOf(fs);
const lstat = originals.fs.lstatSync as (path: string, options: { throwIfNoEntry: false }) => unknown;

const allowedDirs = allowedDirsFor(root, originals.fs.realpathSync as (path: string) => string);
const policy: ReadPolicy = {
  allowedDirs,
  ancestorDirs: ancestorsOf(allowedDirs),
  allowedFiles: new Set(OS_DESCRIPTION_FILES),
  exists: (path) => lstat(path, { throwIfNoEntry: false }) !== undefined,
};

installReadGuard(fs, policy, (call, path) => {
  const state = typeof expect === 'undefined' ? undefined : expect.getState();
  const testFile = state?.testPath === undefined ? 'a test file' : relative(root, state.testPath);
  const where = state?.currentTestName ? `test "${state.currentTestName}" (${testFile})` : `${testFile}, outside any test`;
  const message =
    `${where} read outside the repository: ${call}(${JSON.stringify(path)}). ` +
    `Tests may read only files under ${root} (and the temporary directory); ` +
    'copy the input into the repository (test/fixtures/) and read it from there.';
  recordRefusedRead(message);
  throw new Error(message);
});
