import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './cli.js';

/**
 * sdkgen as a user gets it: `npm pack` of this checkout (which runs `prepare`, the build of
 * lib/), installed into an empty project. Used by test/cli/installed-package.test.ts and the
 * start-up bench (test/bench/cli-startup.bench.ts).
 */

/** npm, with none of the settings of an `npm test` or `npm run` around the caller. */
export function npm(args: string[], cwd: string, timeoutMs: number): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS'));
  const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}` };
}

function mustSucceed(what: string, result: ReturnType<typeof npm>): string {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

export interface Packed {
  tarball: string;
  /** The paths in the tarball, relative to the package root. */
  files: string[];
}

/** `npm pack` of this checkout into `dir`. */
export function packSdkgen(dir: string): Packed {
  const stdout = mustSucceed('npm pack', npm(['pack', '--json', '--pack-destination', dir], REPO_ROOT, 120_000));
  // `prepare` (the build) prints to stdout before the JSON.
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: join(dir, packed!.filename), files: packed!.files.map((f) => f.path).sort() };
}

/**
 * Installs `tarball` into the empty project `project`, offline: the project's lockfile pins
 * sdkgen's dependencies to the entries of this repository's package-lock.json (the ones that are
 * not devDependencies), whose tarballs `npm ci` of this repository put in npm's cache. If the
 * cache lacks one, the same lockfile is installed from the registry.
 */
export function installTarball(tarball: string, project: string): void {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const dependency = { [pkg.name]: `file:${tarball}` };
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies: dependency },
    [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: `file:${tarball}`, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: dependency }, null, 2)}\n`);
  writeFileSync(join(project, 'package-lock.json'), `${JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
  const flags = ['--no-audit', '--no-fund'];
  if (npm(['ci', '--offline', ...flags], project, 60_000).status === 0) return;
  mustSucceed('npm ci (offline, then from the registry)', npm(['ci', ...flags], project, 180_000));
}
