/**
 * B5. The CLI's own start-up: sdkgen as installed from its tarball (`npm pack` of this checkout,
 * installed into an empty temporary project: the built lib/, no compiler), against the checkout's
 * bin (the sources through tsx) and node starting an empty program. Whole processes:
 * `sdkgen --version`, and `sdkgen generate` of the one-operation log-get spec into a fresh folder.
 *
 *   node --import tsx test/bench/cli-startup.bench.ts
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball, packSdkgen } from '../cli/support/installed-package.js';
import { removeTempDirs, tempDir } from '../cli/support/cli.js';
import { LOG_GET_SPEC } from '../support/cloudflare-specs.js';
import { cleanEnvironment } from './bench-api.js';
import { type GoalResult, median, QUICK, repoRoot, reportGoals, rotate, spreadPercent, table, verdict } from './measure.js';

// Loaded before the program: reports the child's own CPU time as it exits.
const PROBE =
  'data:text/javascript,' +
  encodeURIComponent('process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})');

interface Run {
  wallMs: number;
  cpuMs: number;
}

function runOnce(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, ...args], { cwd, env: cleanEnvironment(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const cpu = /cpu-us (\d+)/.exec(stderr);
      if (code !== 0 || !cpu) reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 500)}`));
      else resolve({ wallMs, cpuMs: Number(cpu[1]) / 1000 });
    });
  });
}

/** Runs every program once (warm-up, discarded), then `runs` rounds, programs interleaved. */
async function measure(programs: Array<[string, () => string[]]>, cwd: string, runs: number): Promise<Record<string, Run[]>> {
  for (const [, args] of programs) await runOnce(args(), cwd);
  const results: Record<string, Run[]> = Object.fromEntries(programs.map(([name]) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const [name, args] of rotate(programs, round)) results[name]!.push(await runOnce(args(), cwd));
  }
  return results;
}

/** `floorMs`: the empty program's median wall time, node's own start and exit. */
function rows(results: Record<string, Run[]>, floorMs: number): string[][] {
  return Object.entries(results).map(([name, list]) => [
    name,
    median(list.map((r) => r.wallMs)).toFixed(1),
    `±${spreadPercent(list.map((r) => r.wallMs)).toFixed(1)}%`,
    (median(list.map((r) => r.wallMs)) - floorMs).toFixed(1),
    median(list.map((r) => r.cpuMs)).toFixed(1),
  ]);
}

async function main(): Promise<void> {
  const runs = QUICK ? 5 : 9;
  console.log('\n## B5. CLI start-up: the installed sdkgen (built lib/) against the checkout (sources through tsx)');
  console.log(
    [
      `wall ms = from spawning the process to its exit, median of ${runs} runs (programs interleaved, one discarded`,
      '  warm-up run each); "±" = half the interquartile range; "above floor" = wall ms - the empty program\'s;',
      '  "child CPU ms" = the process\'s own CPU time at exit.',
      '  "installed" = `npm pack` of this checkout installed into an empty project (what npx runs); "checkout" =',
      '  node bin/sdkgen.js in this repository. generate = the one-operation log-get spec into a fresh folder.',
    ].join('\n'),
  );
  const work = tempDir('sdkgen-bench-cli-');
  try {
    const project = join(work, 'consumer');
    mkdirSync(project);
    installTarball(packSdkgen(work).tarball, project);
    const installed = join(project, 'node_modules/sdkgen/bin/sdkgen.js');
    const checkout = join(repoRoot, 'bin/sdkgen.js');

    const version = await measure(
      [
        ['node, empty program', () => ['-e', '0']],
        ['sdkgen --version (installed)', () => [installed, '--version']],
        ['sdkgen --version (checkout)', () => [checkout, '--version']],
      ],
      project,
      runs,
    );
    let n = 0;
    const out = () => {
      const dir = join(work, `out-${n++}`);
      rmSync(dir, { recursive: true, force: true });
      return dir;
    };
    const generate = await measure(
      [
        ['sdkgen generate (installed)', () => [installed, 'generate', '--spec', LOG_GET_SPEC, '--out', out(), '--quiet']],
        ['sdkgen generate (checkout)', () => [checkout, 'generate', '--spec', LOG_GET_SPEC, '--out', out(), '--quiet']],
      ],
      project,
      runs,
    );
    const floorMs = median(version['node, empty program']!.map((r) => r.wallMs));
    console.log(`\n${table(['program', 'wall ms', '±', 'above floor', 'child CPU ms'], [...rows(version, floorMs), ...rows(generate, floorMs)])}`);
    const versionMs = median(version['sdkgen --version (installed)']!.map((r) => r.wallMs));
    const goals: GoalResult[] = [{ section: 'B', goal: 'installed sdkgen --version < 150 ms (wall)', measured: `${versionMs.toFixed(1)} ms (node alone ${floorMs.toFixed(1)})`, met: versionMs < 150 }];
    console.log('\nGoals (CLI start-up):');
    console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
    reportGoals(goals);
  } finally {
    removeTempDirs();
  }
}

await main();
