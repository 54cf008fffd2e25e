import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Headless Chromium for the browser tests, driven by playwright-core (which downloads no browser
 * of its own). The binary is, in this order: CHROMIUM_PATH; a Chromium or Chrome installed in
 * PATH; the one `npm install` brings, @sparticuz/chromium (a brotli-compressed Linux x64 build,
 * unpacked to <tmpdir>/chromium on first use, about 2 s). So a clone runs the browser tests
 * without installing anything else, and a machine that has a browser uses it.
 */

/** Names under which distributions and Google install the browser. */
const BROWSERS_IN_PATH = ['chromium', 'chromium-browser', 'google-chrome'];

const INSTALL_HINT =
  'set CHROMIUM_PATH to a Chromium or Chrome binary, or install one as `chromium`, `chromium-browser` or `google-chrome` in PATH';

/**
 * Flags that let Chromium start as root in a container with no network, the same for every
 * binary: --no-sandbox because the sandbox refuses to run as root; --disable-gpu because there is
 * none; the rest stop everything that would try to reach Google's servers at startup. (--headless
 * is added by playwright as well; the user data dir is set by launchPersistentContext.)
 * @sparticuz/chromium's own `chromium.args` are for AWS Lambda and are not used: it starts with
 * these (checked on Debian without a system Chromium); --single-process and --no-zygote work around
 * Lambda's restrictions on processes, and --disable-web-security would turn off the same-origin
 * rules the page is tested under.
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

export interface ChromiumExecutable {
  path: string;
  /** Where it came from, for error messages. */
  source: 'CHROMIUM_PATH' | 'PATH' | '@sparticuz/chromium';
}

/** The Chromium binary to use. Throws one line saying what to install when there is none. */
export async function chromiumExecutable(): Promise<ChromiumExecutable> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, which is not an executable file: ${INSTALL_HINT}.`);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of BROWSERS_IN_PATH) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, source: 'PATH' };
    }
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium for the browser tests (which run the generated client in a real browser and skip nothing): ${INSTALL_HINT}. ` +
        `The one npm installs, @sparticuz/chromium, is for Linux x64 only, and this is ${process.platform} ${process.arch}.`,
    );
  }
  const bundled = (await import('@sparticuz/chromium')).default;
  return { path: await bundled.executablePath(), source: '@sparticuz/chromium' };
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
  const executable = await chromiumExecutable();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sdkgen-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: executable.path,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      timeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    // @sparticuz/chromium unpacks only when the file is missing, so a copy cut short stays broken.
    const stale = executable.source === '@sparticuz/chromium' ? ` (unpacked by @sparticuz/chromium; if it was cut short, delete ${executable.path} and it is unpacked again)` : '';
    throw new Error(`Could not start ${executable.path}, from ${executable.source}${stale}: ${(error as Error).message}`, { cause: error });
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
