/**
 * B4. Cold start: a fresh `node` process runs test/bench/one-call/<name>.mjs (import the package,
 * make one `logs.get` against the local server, exit). Runs are interleaved across contenders;
 * the median of several is reported.
 *
 *   node --import tsx test/bench/cold-start.bench.ts
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_ACCOUNT_ID, BENCH_TOKEN, cleanEnvironment, startServer } from './bench-api.js';
import { formatRatio, type GoalResult, median, QUICK, repoRoot, reportGoals, rotate, spreadPercent, table, verdict } from './measure.js';

const PROGRAMS: Array<[string, string]> = [
  ['node, empty program', 'empty.mjs'],
  ['fetch (plain)', 'fetch.mjs'],
  ['sdkgen', 'sdkgen.mjs'],
  ['openapi-fetch', 'openapi-fetch.mjs'],
  ['cloudflare (official SDK)', 'cloudflare.mjs'],
];

// Loaded before the program: reports the child's own CPU time as it exits.
const PROBE =
  'data:text/javascript,' +
  encodeURIComponent('process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})');

interface Run {
  wallMs: number;
  cpuMs: number;
}

function runOnce(file: string, baseURL: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, join(repoRoot, 'test', 'bench', 'one-call', file)], {
      cwd: repoRoot,
      env: cleanEnvironment({ BENCH_BASE_URL: baseURL, BENCH_TOKEN, BENCH_ACCOUNT_ID }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const cpu = /cpu-us (\d+)/.exec(stderr);
      if (code !== 0 || !cpu) reject(new Error(`${file} exited with ${code}: ${stderr.trim().slice(0, 500)}`));
      else resolve({ wallMs, cpuMs: Number(cpu[1]) / 1000 });
    });
  });
}

async function main(): Promise<void> {
  const runs = QUICK ? 5 : 9;
  console.log('\n## B4. Cold start: a fresh node process imports the package and makes one logs.get');
  console.log(
    [
      `wall ms = from spawning \`node one-call/<name>.mjs\` to its exit, median of ${runs} runs per program (programs`,
      '  interleaved, one discarded warm-up run each); "±" = half the interquartile range. "vs fetch" = wall ms / plain',
      '  fetch wall ms (goal for sdkgen: <= 1.10). "child CPU ms" = the process\'s own CPU time (process.cpuUsage at',
      '  exit), steadier than wall time on a busy machine. "node, empty program" is the floor: node starting and exiting.',
    ].join('\n'),
  );
  const server = await startServer();
  try {
    for (const [, file] of PROGRAMS) await runOnce(file, server.baseURL);
    const results: Record<string, Run[]> = Object.fromEntries(PROGRAMS.map(([name]) => [name, []]));
    for (let round = 0; round < runs; round++) {
      for (const [name, file] of rotate(PROGRAMS, round)) results[name]!.push(await runOnce(file, server.baseURL));
    }
    const wall = (name: string) => median(results[name]!.map((r) => r.wallMs));
    const cpu = (name: string) => median(results[name]!.map((r) => r.cpuMs));
    const floor = wall('node, empty program');
    const rows = PROGRAMS.map(([name]) => [
      name,
      wall(name).toFixed(1),
      `±${spreadPercent(results[name]!.map((r) => r.wallMs)).toFixed(1)}%`,
      (wall(name) - floor).toFixed(1),
      formatRatio(wall(name) / wall('fetch (plain)')),
      cpu(name).toFixed(1),
      formatRatio(cpu(name) / cpu('fetch (plain)')),
    ]);
    console.log(`\n${table(['program', 'wall ms', '±', 'above floor', 'vs fetch', 'child CPU ms', 'CPU vs fetch'], rows)}`);
    const ratio = wall('sdkgen') / wall('fetch (plain)');
    const goals: GoalResult[] = [{ section: 'B', goal: 'sdkgen cold start <= 1.10 x plain fetch (wall)', measured: formatRatio(ratio), met: ratio <= 1.1 }];
    console.log('\nGoals (cold start):');
    console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
    reportGoals(goals);
  } finally {
    await server.stop();
  }
}

await main();
