import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

export interface PrismOptions {
  /** Generate responses from the schemas with json-schema-faker (`prism mock -d`) instead of static examples. */
  dynamic?: boolean;
  /** How long Prism may take to start listening; 30 s by default (a multi-megabyte spec needs more). */
  startTimeoutMs?: number;
}

export interface PrismServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  baseURL: string;
  /** Stops Prism's whole process group; resolves once Prism has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const host = '127.0.0.1';
const defaultStartTimeoutMs = 30_000;
const stopGraceMs = 5_000;
const outputLinesKept = 40;

/**
 * Runs inside the Prism process before Prism itself (`node --import`). Its stdin is
 * a pipe from us; the OS closes that pipe when we exit for any reason, including
 * SIGKILL or a crashed Jest worker, and Prism then takes its process group down.
 * A `process.on('exit')` hook in this process is not enough on its own: inside a
 * Jest test, `process` is a sandbox copy whose 'exit' event never fires.
 */
const watchdog = [
  'const die = () => { try { process.kill(-process.pid, "SIGKILL"); } catch { process.exit(1); } };',
  'process.stdin.on("end", die);',
  'process.stdin.on("error", die);',
  'process.stdin.resume();',
].join('\n');

const running = new Set<number>();
let exitHookInstalled = false;

/**
 * Starts `prism mock <specFile>` on 127.0.0.1 and a free port and resolves once it
 * is listening. Prism runs in its own process group, so `stop()` also reaches
 * anything it forks. A test that forgets `stop()` does not keep the test process
 * alive, and Prism exits when the test process does.
 */
export async function startPrism(specFile: string, options: PrismOptions = {}): Promise<PrismServer> {
  try {
    return await startOnce(specFile, options, await freePort());
  } catch (error) {
    // freePort() releases its port before Prism binds it, so another process can win the race.
    if (error instanceof PrismStartError && error.addressInUse) {
      return startOnce(specFile, options, await freePort());
    }
    throw error;
  }
}

class PrismStartError extends Error {
  constructor(
    message: string,
    readonly addressInUse: boolean,
  ) {
    super(message);
    this.name = 'PrismStartError';
  }
}

function startOnce(specFile: string, options: PrismOptions, port: number): Promise<PrismServer> {
  const args = [prismEntry(), 'mock', path.resolve(specFile), '-h', host, '-p', String(port)];
  if (options.dynamic) args.push('-d');
  const commandLine = `node ${args.join(' ')}`;

  const child = spawn(process.execPath, [`--import=data:text/javascript,${encodeURIComponent(watchdog)}`, ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = new OutputTail(outputLinesKept);
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  // Prism and its pipes must not keep the event loop alive: a test that forgets
  // stop() should still let Jest exit, which closes the watchdog's stdin.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    if (stream instanceof net.Socket) stream.unref();
  }
  const pid = child.pid;
  if (pid !== undefined) trackUntilExit(child, pid);

  return new Promise<PrismServer>((resolve, reject) => {
    const fail = (what: string): void => {
      cleanup();
      if (pid !== undefined) signalGroup(pid, 'SIGKILL');
      const addressInUse = output.lines().some((line) => line.includes('EADDRINUSE'));
      reject(new PrismStartError(`${what}: ${commandLine}\nLast output:\n${output.format()}`, addressInUse));
    };
    const onData = (): void => {
      // Printed after server.listen() has resolved (prism-cli dist/util/createServer.js).
      if (!output.lines().some((line) => line.includes(`Prism is listening on http://${host}:${port}`))) return;
      cleanup();
      resolve({
        baseURL: `http://${host}:${port}`,
        stop: once(() => stopProcess(child)),
      });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`Prism exited (${signal ?? `code ${code}`}) before it was listening`);
    const onError = (error: Error): void => fail(`Could not spawn Prism (${error.message})`);
    const startTimeoutMs = options.startTimeoutMs ?? defaultStartTimeoutMs;
    const timer = setTimeout(() => fail(`Prism was not listening after ${startTimeoutMs} ms`), startTimeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

function prismEntry(): string {
  const packageDir = path.join(repoRoot, 'node_modules', '@stoplight', 'prism-cli');
  const manifest: unknown = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const bin = typeof manifest === 'object' && manifest !== null && 'bin' in manifest ? manifest.bin : undefined;
  const entry = typeof bin === 'object' && bin !== null && 'prism' in bin ? bin.prism : undefined;
  if (typeof entry !== 'string') throw new Error(`No "bin.prism" in ${packageDir}/package.json`);
  return path.join(packageDir, entry);
}

function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(escalation);
      // The leader is gone; sweep anything it forked that ignored SIGTERM.
      signalGroup(pid, 'SIGKILL');
      resolve();
    };
    // Unlike the rest of this module, this timer is referenced on purpose: it keeps
    // the event loop alive until Prism has actually exited.
    const escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), stopGraceMs);
    if (child.exitCode !== null || child.signalCode !== null) {
      done();
      return;
    }
    child.once('exit', done);
    signalGroup(pid, 'SIGTERM');
  });
}

function trackUntilExit(child: ChildProcess, pid: number): void {
  running.add(pid);
  child.once('exit', () => running.delete(pid));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Covers plain Node scripts (e.g. benchmarks run with tsx); under Jest the stdin
  // watchdog does this job.
  process.once('exit', () => {
    for (const leader of running) signalGroup(leader, 'SIGKILL');
  });
}

function signalGroup(leader: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-leader, signal);
  } catch {
    // ESRCH: the group has already gone (EPERM would mean its id was reused by
    // someone else's group). Either way nothing of ours is left to signal, and
    // throwing here, inside an 'exit' listener, would strand the caller's promise.
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}

/** The last few lines Prism wrote to stdout or stderr, for error messages. */
class OutputTail {
  private readonly kept: string[] = [];
  private partial = '';

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    // Prism colours its log only on a TTY; strip ANSI codes in case that changes.
    const text = this.partial + chunk.toString('utf8').replace(/\x1b\[[0-9;]*m/g, '');
    const lines = text.split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    this.kept.push(...lines.filter((line) => line.trim() !== ''));
    if (this.kept.length > this.limit) this.kept.splice(0, this.kept.length - this.limit);
  }

  lines(): string[] {
    return this.partial === '' ? this.kept : [...this.kept, this.partial];
  }

  format(): string {
    const lines = this.lines();
    return lines.length === 0 ? '  (no output)' : lines.map((line) => `  ${line}`).join('\n');
  }
}
