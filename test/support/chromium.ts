import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's `chromium` package, driven by playwright-core. playwright-core downloads no browser of
 * its own (and this machine could not fetch one), so the tests use the distribution's build.
 */

const INSTALL_HINT =
  'Install it with `apt-get update && apt-get install -y chromium` (Debian; .ci/run does this when it is missing), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Flags that let Chromium start as root in a container with no network:
 * --no-sandbox because the sandbox refuses to run as root; --disable-gpu because there is none;
 * the rest stop everything that would try to reach Google's servers at startup.
 * (--headless is added by playwright as well; the user data dir is set by launchPersistentContext.)
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary: CHROMIUM_PATH if set, else `chromium` on PATH. Throws how to install it. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, which is not an executable file. ${INSTALL_HINT}`);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const dir of dirs) {
    const candidate = join(dir, 'chromium');
    if (isExecutable(candidate)) return candidate;
  }
  throw new Error(
    `Chromium is not installed: no executable \`chromium\` in PATH (${dirs.join(delimiter)}). ` +
      `The browser tests run the generated client in real headless Chromium and skip nothing. ${INSTALL_HINT}`,
  );
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh, empty profile in a temporary directory. playwright does
 * not accept `--user-data-dir` in `args`; `launchPersistentContext` is its way of passing one.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const executablePath = chromiumExecutable();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sdkgen-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      timeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(`Could not start ${executablePath}: ${(error as Error).message}`, { cause: error });
  }
  let closed: Promise<void> | undefined;
  return {
    context,
    close: () =>
      (closed ??= context
        .close()
        .finally(() => rm(userDataDir, { recursive: true, force: true }))),
  };
}
