/**
 * What every request contender sends, and the server they send it to (test/bench/server.ts,
 * started here in its own process).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './measure.js';

export const BENCH_TOKEN = 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY';
export const BENCH_ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';
export const BENCH_GATEWAY_ID = 'my-gateway';
export const BENCH_LOG_ID = 'id';

/** The environment for child processes: none of the caller's Cloudflare settings (the SDKs read them). */
export function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(CLOUDFLARE_|npm_)/i.test(name)));
  return { ...env, ...extra };
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>/client/v4`, like the spec's server URL. */
  baseURL: string;
  stop(): Promise<void>;
}

export function startServer(): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./server.ts', import.meta.url))], {
    cwd: repoRoot,
    env: cleanEnvironment(),
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (!match) return;
      resolve({
        baseURL: `http://127.0.0.1:${match[1]}/client/v4`,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
