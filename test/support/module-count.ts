import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Counts the modules Node loads for a program, by loader hooks: a fresh `node` runs the program
 * with `--import` of a file that calls `module.register()` with a `load` hook, and `--require`
 * of a CommonJS file that watches `require`. Node's ESM loader calls `load` once for every module
 * it loads (each URL once, then cached), `node:` built-ins and modules reached later through
 * dynamic `import()` included; the hook appends each URL to a file with a synchronous write
 * before the module is evaluated, so the file is complete when the child exits. CommonJS modules
 * (in Node the package is its CommonJS build, dist/cjs/, for `import` too: see
 * generator/build/dist-builder.ts) load through `require`, which the ESM hook does not see past
 * the first: those are read from `require.cache` (which holds them in load order) when the child
 * exits, and `node:` built-ins a CommonJS module requires are logged as they are required. What
 * loads before the hooks (the two files and their imports) is not counted; nothing of the program
 * or the package has loaded by then.
 *
 * The package is imported by name, through `node_modules/<name>` linked to its directory, so Node
 * resolves it through its package.json `exports`, as for a user.
 */

const HOOKS_MJS = `import { appendFileSync } from 'node:fs';

let logFile;

export function initialize(data) {
  logFile = data.logFile;
}

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  // A CommonJS module is logged from require.cache (require-hook.cjs), with the modules it requires.
  if (loaded.format !== 'commonjs') appendFileSync(logFile, url + '\\n');
  return loaded;
}
`;

const REQUIRE_HOOK_CJS = `'use strict';
const { appendFileSync } = require('node:fs');
const Module = require('node:module');
const { pathToFileURL } = require('node:url');

const logFile = process.env.MODULE_LOG;
const required = Module.prototype.require;
Module.prototype.require = function (id) {
  if (Module.isBuiltin(id)) appendFileSync(logFile, (id.startsWith('node:') ? id : 'node:' + id) + '\\n');
  return required.call(this, id);
};
process.on('exit', () => {
  const files = Object.keys(require.cache).filter((file) => file !== __filename);
  appendFileSync(logFile, files.map((file) => pathToFileURL(file).href + '\\n').join(''));
});
`;

const REGISTER_MJS = `import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { logFile: process.env.MODULE_LOG } });
`;

export interface CountedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every URL the `load` hook saw, in load order. */
  loaded: string[];
  /** The package's own modules among them, relative to its build for Node (dist/cjs/). */
  packageModules: string[];
}

// The child must not pick up the caller's Cloudflare settings (CLOUDFLARE_BASE_URL would redirect it).
const childEnvironment: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(CLOUDFLARE_|npm_|NODE_OPTIONS$)/i.test(name)));

/** A directory for counted programs that import the package at `packageDir` as `packageName`. */
export class ModuleCounter {
  private constructor(
    readonly dir: string,
    private readonly distURL: string,
  ) {}

  static async create(packageDir: string, packageName: string): Promise<ModuleCounter> {
    const dir = await mkdtemp(join(tmpdir(), 'sdkgen-module-count-'));
    const link = join(dir, 'node_modules', ...packageName.split('/'));
    await mkdir(join(link, '..'), { recursive: true });
    await symlink(packageDir, link, 'dir');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'module-count', private: true, type: 'module' }));
    await writeFile(join(dir, 'hooks.mjs'), HOOKS_MJS);
    await writeFile(join(dir, 'register.mjs'), REGISTER_MJS);
    await writeFile(join(dir, 'require-hook.cjs'), REQUIRE_HOOK_CJS);
    return new ModuleCounter(dir, pathToFileURL(join(packageDir, 'dist', 'cjs')).href + '/');
  }

  /** Writes `files` (name -> source) into the directory. */
  async write(files: Record<string, string>): Promise<void> {
    await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(this.dir, name), text)));
  }

  async run(program: string, env: Record<string, string> = {}): Promise<CountedRun> {
    const logFile = join(this.dir, `${program}.modules.txt`);
    await rm(logFile, { force: true });
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', './require-hook.cjs', '--import', './register.mjs', program], {
        cwd: this.dir,
        env: { ...childEnvironment, ...env, MODULE_LOG: logFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    });
    const loaded = (await readFile(logFile, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '');
    return { code, stdout, stderr, loaded, packageModules: loaded.filter((url) => url.startsWith(this.distURL)).map((url) => url.slice(this.distURL.length)) };
  }

  async remove(): Promise<void> {
    // rm removes the link, not the package it points to.
    await rm(this.dir, { recursive: true, force: true });
  }
}

export function explainRun(run: CountedRun): string {
  return `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}\nloaded:\n${run.loaded.join('\n')}`;
}

/**
 * What one `aiGateway.logs.get` needs, and so the most package modules it may load, however
 * many resources the API has:
 *   2  the entry point (index.js) and the client with its resource classes (client.js)
 *  18  the runtime a JSON call uses, one job per module: core/ (client, request, api-promise, errors,
 *      formats, logger, pagination, validation, uploads: the root exports `toFile`) and internal/
 *      (attempt-signals, cookies, env, headers, lazy-module, param-styles, path, query, retry).
 *      What other media types need (request-body, multipart, form-urlencoded, streaming,
 *      sse-parser) loads with the first request that needs it.
 *   2  the logs operations module (resources/ai-gateway/logs.js) and its validators; the
 *      *.types.js modules are type-only and have no JavaScript
 *   2  validators of named schemas the logs validators use (schemas/*.validators.js): none in
 *      the AI Gateway package, a module or two in the full Cloudflare one
 * The runtime was 10 modules (budget 16) until it got one job per file (api-client.js held the
 * client, the request loop, headers, query strings, retries and env), then parameter styles,
 * cookies and uploads for the wire: each module small. What the budget guards against is a call loading modules of other resources, or the
 * whole API's.
 */
export const LOGS_GET_MODULE_BUDGET = 24;

/** Package modules (relative to dist/) that a logs.get may load; any other resource's module is a leak. */
export function neededForLogsGet(module: string): boolean {
  return module === 'index.js' || module === 'client.js' || module.startsWith('core/') || module.startsWith('internal/') || module.startsWith('schemas/') || /^resources\/ai-gateway\/logs(\.validators)?\.js$/.test(module);
}
