import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { chromiumExecutable } from '../support/chromium.js';

/**
 * Which browser the browser tests start (test/support/chromium.ts): CHROMIUM_PATH, then a browser
 * in PATH, then @sparticuz/chromium on Linux x64; elsewhere, with none of those, one line saying
 * what to install. `process` is this test file's own (jest gives each file a copy), so changing
 * its env and platform here changes nothing else.
 */

const saved = { env: { ...process.env }, platform: process.platform, arch: process.arch };
let bin: string;

beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), 'sdkgen-fake-browsers-'));
  delete process.env.CHROMIUM_PATH;
  process.env.PATH = bin;
});

afterEach(() => {
  process.env = { ...saved.env };
  Object.defineProperty(process, 'platform', { value: saved.platform });
  Object.defineProperty(process, 'arch', { value: saved.arch });
  rmSync(bin, { recursive: true, force: true });
});

function fakeBrowser(name: string): string {
  const file = join(bin, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

it('takes CHROMIUM_PATH first, and refuses one that is not executable', async () => {
  fakeBrowser('chromium'); // in PATH, and not taken
  process.env.CHROMIUM_PATH = fakeBrowser('my-chrome');
  await expect(chromiumExecutable()).resolves.toEqual({ path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' });

  process.env.CHROMIUM_PATH = join(bin, 'missing');
  await expect(chromiumExecutable()).rejects.toThrow(`CHROMIUM_PATH is ${join(bin, 'missing')}, which is not an executable file`);
});

it('takes a browser in PATH next: chromium, chromium-browser, then google-chrome', async () => {
  const chrome = fakeBrowser('google-chrome');
  await expect(chromiumExecutable()).resolves.toEqual({ path: chrome, source: 'PATH' });
  const chromiumBrowser = fakeBrowser('chromium-browser');
  await expect(chromiumExecutable()).resolves.toEqual({ path: chromiumBrowser, source: 'PATH' });
  const chromium = fakeBrowser('chromium');
  await expect(chromiumExecutable()).resolves.toEqual({ path: chromium, source: 'PATH' });
});

it('without either, on a platform @sparticuz/chromium has no build for, fails with one line saying what to install', async () => {
  Object.defineProperty(process, 'platform', { value: 'darwin' });
  Object.defineProperty(process, 'arch', { value: 'arm64' });
  const error = await chromiumExecutable().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/^No Chromium for the browser tests .*set CHROMIUM_PATH .* install one as `chromium`, `chromium-browser` or `google-chrome` in PATH.*Linux x64 only, and this is darwin arm64\.$/);
  expect(error?.message).not.toContain('\n');
});

// Unpacking works anywhere (it only decompresses); browser.test.ts shows the binary runs.
it('without either, on Linux x64, unpacks the Chromium npm installed into the temporary directory', async () => {
  Object.defineProperty(process, 'platform', { value: 'linux' });
  Object.defineProperty(process, 'arch', { value: 'x64' });
  const found = await chromiumExecutable();
  expect(found).toEqual({ path: join(tmpdir(), 'chromium'), source: '@sparticuz/chromium' });
});
