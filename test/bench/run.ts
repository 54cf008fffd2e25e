/**
 * `npm run bench`: every benchmark, in one run, side by side. `BENCH_QUICK=1 npm run bench` for a
 * short run (fewer samples, noisier numbers). `BENCH_ONLY=transfers,event-stream npm run bench`
 * runs only the sections named (by file name, without `.bench.ts`).
 *
 * Each section runs in its own fresh process, one after another, so that none inherits another's
 * JIT state or garbage:
 *
 *   A   validators.bench.ts   generated validator vs ajv, ajv standalone, zod 4, TypeBox, hand-written
 *   A2  bundle.bench.ts       validator bundle size, and (B3) one-call program bundle sizes
 *   B1  requests.bench.ts     logs.get req/s and client CPU vs plain fetch, openapi-fetch, official SDK;
 *   B2                        the same calls with a stub fetch (each library's own overhead)
 *   B4  cold-start.bench.ts   a fresh process importing the package and making one call
 *   B5  cli-startup.bench.ts  the installed sdkgen (built lib/): --version and one small generation
 *   C1  transfers.bench.ts    a 100 MiB streamed upload through the media-types client vs plain fetch:
 *   C2                        throughput and client RSS growth; the same for a 100 MiB download (asResponse()
 *                             body, and as a Blob)
 *   C3  event-stream.bench.ts server-sent events/s through the client's Stream vs eventsource-parser
 *
 * The sections print their own tables; this file prints the machine header and, at the end, every
 * goal with whether it was met. Missed goals do not fail the command; a section that crashes does.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { type GoalResult, loadAverage, QUICK, repoRoot, table, verdict } from './measure.js';

const SECTIONS: Array<{ file: string; nodeFlags: string[] }> = [
  { file: 'validators.bench.ts', nodeFlags: [] },
  { file: 'bundle.bench.ts', nodeFlags: [] },
  { file: 'requests.bench.ts', nodeFlags: ['--expose-gc'] },
  { file: 'cold-start.bench.ts', nodeFlags: [] },
  { file: 'cli-startup.bench.ts', nodeFlags: [] },
  { file: 'transfers.bench.ts', nodeFlags: [] },
  { file: 'event-stream.bench.ts', nodeFlags: ['--expose-gc'] },
];

/** The sections BENCH_ONLY names (all when it is unset); an unknown name is an error, not an empty run. */
function selectedSections(): typeof SECTIONS {
  const only = process.env.BENCH_ONLY;
  if (only === undefined || only.trim() === '') return SECTIONS;
  const names = only.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const known = SECTIONS.map((s) => s.file.replace(/\.bench\.ts$/, ''));
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY names no section ${unknown.join(', ')}; the sections are ${known.join(', ')}`);
  return SECTIONS.filter((s) => names.includes(s.file.replace(/\.bench\.ts$/, '')));
}

function version(pkg: string): string {
  try {
    const json = JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
    return json.version;
  } catch {
    return '?';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

function header(): void {
  const cpu = cpus()[0];
  const dirty = git(['status', '--porcelain', '--', 'generated', 'templates']) === '' ? 'clean' : 'modified';
  const lines: Array<[string, string]> = [
    ['date', new Date().toISOString()],
    ['node', `${process.version} (V8 ${process.versions.v8}), ${platform()} ${release()} ${process.arch}`],
    ['cpu', `${cpu?.model ?? '?'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM`],
    ['load average', `${loadAverage()} (1/5/15 min) at start; the machine is shared, see the note below`],
    ['repo', `commit ${git(['rev-parse', '--short', 'HEAD'])}, generated/ and templates/ ${dirty} in the working tree`],
    ['mode', `${QUICK ? 'BENCH_QUICK=1 (short run: fewer samples, noisier)' : 'full'}${process.env.BENCH_ONLY ? `, BENCH_ONLY=${process.env.BENCH_ONLY}` : ''}`],
    [
      'contenders',
      `cloudflare ${version('cloudflare')}, openapi-fetch ${version('openapi-fetch')}, zod ${version('zod')}, ` +
        `@sinclair/typebox ${version('@sinclair/typebox')}, ajv ${version('ajv')}, ajv-formats ${version('ajv-formats')}, ` +
        `esbuild ${version('esbuild')}, eventsource-parser ${version('eventsource-parser')}`,
    ],
  ];
  console.log('# sdkgen benchmarks\n');
  for (const [key, value] of lines) console.log(`${`${key}:`.padEnd(14)}${value}`);
  console.log(
    '\nNote: timings on a machine shared with other work vary between runs. Every comparison below is made\n' +
      'within one run, contenders interleaved, medians of several samples; CPU-time figures are steadier than\n' +
      'wall-clock ones. Compare ratios, not absolute numbers, across runs.',
  );
}

function runSection(file: string, nodeFlags: string[]): Promise<GoalResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(repoRoot, 'test', 'bench', file)], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const goals: GoalResult[] = [];
    child.on('message', (message) => {
      const m = message as { goals?: GoalResult[] };
      if (m.goals) goals.push(...m.goals);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve(goals) : reject(new Error(`${file} failed (exit ${code ?? signal})`))));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const sections = selectedSections();
  header();
  const goals: GoalResult[] = [];
  let failed = false;
  for (const { file, nodeFlags } of sections) {
    try {
      goals.push(...(await runSection(file, nodeFlags)));
    } catch (error) {
      failed = true;
      console.error(`\n!! ${(error as Error).message}`);
    }
  }
  console.log('\n## Summary: goals');
  console.log(table(['', 'goal', 'measured', ''], goals.map((g) => [g.section, g.goal, g.measured, verdict(g.met)]), [0, 1]));
  const met = goals.filter((g) => g.met).length;
  console.log(`\n${met} of ${goals.length} goals met.`);
  console.log(`Load average ${loadAverage()} at the end; whole run ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (failed) process.exitCode = 1;
}

await main();
