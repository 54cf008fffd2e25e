import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers for tests that run the real `bin/sdkgen.js` as a child process. */

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const BIN = join(REPO_ROOT, 'bin/sdkgen.js');
/** A one-operation spec: the smallest real input, so a generation stays cheap. */
export const SMALL_SPEC = join(REPO_ROOT, 'spec/cloudflare-ai-gateway-log-get.openapi.yaml');
/** Preloaded with `--import` to make a file-system call fail (see the file). */
export const FAULT_INJECTION = join(REPO_ROOT, 'test/cli/support/fault-injection.mjs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Extra `node` flags before the script (`--import`). */
  nodeArgs?: string[];
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Jest's own settings must not leak into the CLI under test.
  delete env.NODE_OPTIONS;
  delete env.SDKGEN_TIMINGS;
  return { ...env, ...extra };
}

/** Starts `node bin/sdkgen.js ...args`. */
export function startCli(args: string[], options: CliOptions = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env: childEnv(options.env) });
}

/** Runs `node bin/sdkgen.js ...args` to completion. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A V8 stack frame line ("    at fn (file:1:2)"): never printed without --debug. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

const tempDirs: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function tempDir(prefix = 'sdkgen-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Every entry under `dir` with its exact content: file bytes (base64), symlink targets,
 * and empty directories. Two equal snapshots mean the trees are byte-identical.
 */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (current: string) => {
    const names = readdirSync(current).sort();
    if (names.length === 0 && current !== dir) out.set(relative(dir, current) + '/', 'empty directory');
    for (const name of names) {
      const full = join(current, name);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out.set(relative(dir, full), `symlink -> ${readlinkSync(full)}`);
      else if (stat.isDirectory()) walk(full);
      else out.set(relative(dir, full), `${stat.mode.toString(8)} ${readFileSync(full).toString('base64')}`);
    }
  };
  walk(dir);
  return out;
}

/** Paths whose snapshot entries differ (added, removed or changed). */
export function treeDifferences(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

/** Leftovers of an atomic write (`.out.tmp-*`, `.out.old-*`) next to an output directory. */
export function writeLeftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => /\.(tmp|old)-\d+-\d+$/.test(name));
}

/**
 * The leftovers once the replaced output is gone: a detached process removes it after the swap
 * (write/write-output.ts), so it may outlive the run by a moment; waits up to 20 s.
 */
export async function settledLeftovers(parent: string): Promise<string[]> {
  for (let waited = 0; writeLeftovers(parent).length > 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  return writeLeftovers(parent);
}

/**
 * Collects a running child's stderr and waits for lines in it: `next(pattern)` resolves
 * with the text up to the first match after everything already consumed.
 */
export class OutputWatch {
  text = '';
  private consumed = 0;
  private waiters: (() => void)[] = [];

  constructor(stream: NodeJS.ReadableStream) {
    stream.on('data', (chunk: Buffer) => {
      this.text += chunk.toString('utf8');
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  next(pattern: RegExp, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; output so far:\n${this.text}`)), timeoutMs);
      const check = () => {
        const rest = this.text.slice(this.consumed);
        const match = pattern.exec(rest);
        if (!match) {
          this.waiters.push(check);
          return;
        }
        clearTimeout(timer);
        this.consumed += match.index + match[0].length;
        resolve(rest.slice(0, match.index + match[0].length));
      };
      check();
    });
  }
}

/** Resolves with the exit code and signal of a child process. */
export function exited(child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    const timer = setTimeout(() => reject(new Error(`the child did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}
