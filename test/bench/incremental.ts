/**
 * B5, part 4 (issue 18): incremental generation, against openapi-typescript's types-only run of
 * the same spec in the same bench, as whole processes, alternating, medians of SCALE_INC_RUNS:
 *
 *   full     a generation into a new directory (a fresh parent: no emit cache beside it)
 *   regen    a regeneration over the output of the same spec (nothing changed)
 *   one-op   a regeneration after a one-operation change (an optional query parameter added to
 *            one operation, a different one each run), over the previous output
 *
 * openapi-typescript has no incremental mode: its "regen" writes over its previous out.d.ts, its
 * "one-op" reads the changed spec. Bytes and files written are measured from the outside: the
 * files of the output (and the cache beside it) whose inode is new after the run, i.e. not
 * reused from before (hard links keep the inode, a rewrite does not).
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRatio, type GoalResult, median, rotate, table, verdict } from './measure.js';

export interface ChildRun {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  treeRssBytes: number;
  exitCode: number | null;
  output: string;
}

export interface IncrementalSpec {
  label: string;
  /** The spec's JSON text, version k (k > 0: one operation changed, differently for each k). */
  version: (k: number) => string;
  /** sdkgen's extra options (`--conventions cloudflare`). */
  sdkgenOptions: string[];
}

interface Tools {
  runNode: (args: string[], workDir: string) => Promise<ChildRun>;
  openapiTypescript: string;
  sdkgen: string;
  runs: number;
  progress: (line: string) => void;
}

const SCENARIOS = ['full', 'regen', 'one-op'] as const;
type Scenario = (typeof SCENARIOS)[number];
const CONTENDERS = ['openapi-typescript', 'sdkgen'] as const;
type Contender = (typeof CONTENDERS)[number];

interface Measured {
  run: ChildRun;
  writtenFiles: number;
  writtenBytes: number;
}

const MIB = 2 ** 20;
const peak = (run: ChildRun) => Math.max(Number.isFinite(run.maxRssBytes) ? run.maxRssBytes : 0, run.treeRssBytes);

/** path -> inode of every file under `dir` (none when it is missing). */
function inodes(dir: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full, lstatSync(full, { bigint: true }).ino);
  }
  return out;
}

/** Files under `dirs` that are new since `before` (a new inode), and their bytes. */
function writtenSince(before: Map<string, bigint>, dirs: string[]): { files: number; bytes: number } {
  const old = new Set(before.values());
  let files = 0;
  let bytes = 0;
  for (const dir of dirs) {
    for (const [path, ino] of inodes(dir)) {
      if (old.has(ino)) continue;
      files++;
      bytes += lstatSync(path).size;
    }
  }
  return { files, bytes };
}

export async function benchIncremental(specs: IncrementalSpec[], work: string, tools: Tools): Promise<GoalResult[]> {
  const goals: GoalResult[] = [];
  for (const spec of specs) goals.push(...(await benchOne(spec, join(work, spec.label.replace(/\W+/g, '-')), tools)));
  return goals;
}

async function benchOne(spec: IncrementalSpec, work: string, tools: Tools): Promise<GoalResult[]> {
  const { runNode, runs, progress } = tools;
  mkdirSync(work, { recursive: true });
  const base = spec.version(0);
  const dirs = (contender: Contender, scenario: Scenario, round: number) => join(work, `${contender}-${scenario}${scenario === 'full' ? `-${round}` : ''}`);
  const command = (contender: Contender, dir: string) =>
    contender === 'sdkgen'
      ? [tools.sdkgen, 'generate', '--spec', join(dir, 'spec.json'), ...spec.sdkgenOptions, '--out', join(dir, 'out'), '--quiet']
      : [tools.openapiTypescript, join(dir, 'spec.json'), '-o', join(dir, 'out', 'out.d.ts')];
  const must = (what: string, run: ChildRun) => {
    if (run.exitCode !== 0) throw new Error(`${what} exited with ${run.exitCode}:\n${run.output.trim().slice(-3000)}`);
    return run;
  };

  // The outputs the regenerations start from, untimed.
  for (const contender of CONTENDERS) {
    for (const scenario of ['regen', 'one-op'] as const) {
      const dir = dirs(contender, scenario, 0);
      mkdirSync(join(dir, 'out'), { recursive: true });
      writeFileSync(join(dir, 'spec.json'), base);
      must(`${contender} ${spec.label} (preparing ${scenario})`, await runNode(command(contender, dir), work));
    }
  }
  progress(`${spec.label}: prepared the outputs to regenerate`);

  const results: Record<Scenario, Record<Contender, Measured[]>> = {
    full: { 'openapi-typescript': [], sdkgen: [] },
    regen: { 'openapi-typescript': [], sdkgen: [] },
    'one-op': { 'openapi-typescript': [], sdkgen: [] },
  };
  for (let round = 0; round < runs; round++) {
    for (const scenario of SCENARIOS) {
      for (const contender of rotate(CONTENDERS, round)) {
        const dir = dirs(contender, scenario, round);
        if (scenario === 'full') {
          mkdirSync(join(dir, 'out'), { recursive: true });
          writeFileSync(join(dir, 'spec.json'), base);
        }
        if (scenario === 'one-op') writeFileSync(join(dir, 'spec.json'), spec.version(round + 1));
        const watched = [join(dir, 'out'), join(dir, '.sdkgen-cache')];
        const before = new Map([...watched].flatMap((d) => [...inodes(d)]));
        const run = must(`${contender} ${spec.label} ${scenario}`, await runNode(command(contender, dir), work));
        // openapi-typescript rewrites its one file in place (same inode): all of it is written.
        const written = contender === 'sdkgen' ? writtenSince(before, watched) : { files: 1, bytes: lstatSync(join(dir, 'out', 'out.d.ts')).size };
        results[scenario][contender].push({ run, writtenFiles: written.files, writtenBytes: written.bytes });
        progress(`${spec.label} ${scenario} ${round + 1}/${runs}: ${contender} ${(run.wallMs / 1000).toFixed(2)} s, ${(peak(run) / MIB).toFixed(0)} MiB, wrote ${written.files} files`);
        if (scenario === 'full') rmSync(dir, { recursive: true, force: true });
      }
    }
  }

  const wall = (s: Scenario, c: Contender) => median(results[s][c].map((m) => m.run.wallMs));
  const rows = SCENARIOS.flatMap((s) =>
    CONTENDERS.map((c) => {
      const list = results[s][c];
      return [
        s,
        c,
        (wall(s, c) / 1000).toFixed(2),
        (median(list.map((m) => m.run.cpuMs)) / 1000).toFixed(2),
        (Math.max(...list.map((m) => peak(m.run))) / MIB).toFixed(0),
        median(list.map((m) => m.writtenFiles)).toLocaleString('en-US'),
        (median(list.map((m) => m.writtenBytes)) / MIB).toFixed(2),
        c === 'sdkgen' ? formatRatio(wall(s, 'sdkgen') / wall(s, 'openapi-typescript')) : '',
      ];
    }),
  );
  console.log(`\n### Incremental generation: ${spec.label} (median of ${runs}, whole processes, alternating)`);
  console.log(table(['scenario', 'contender', 'wall s', 'CPU s', 'peak MiB', 'files written', 'MiB written', 'sdkgen / ots'], rows, [0, 1]));
  const ratio = (s: Scenario) => wall(s, 'sdkgen') / wall(s, 'openapi-typescript');
  const sdkgenPeak = Math.max(...SCENARIOS.flatMap((s) => results[s].sdkgen.map((m) => peak(m.run))));
  const goal = (text: string, s: Scenario, limit: number): GoalResult => ({ section: 'B5', goal: `${spec.label}: ${text} <= ${limit} x openapi-typescript, wall`, measured: formatRatio(ratio(s)), met: ratio(s) <= limit });
  const goals = [goal('full generation into a new directory', 'full', 0.5), goal('regeneration, nothing changed', 'regen', 0.5), goal('regeneration after a one-operation change', 'one-op', 0.25)];
  if (spec.label.startsWith('MS Graph')) goals.push({ section: 'B5', goal: `${spec.label}: sdkgen peak memory < 800 MiB`, measured: `${(sdkgenPeak / MIB).toFixed(0)} MiB`, met: sdkgenPeak < 800 * MIB });
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  return goals;
}

/** Versions of a spec read from `path`: version k adds the optional query parameter `bench_k` to `operationId` (or the first operation). */
export function oneOperationVersions(path: string, operationId: string | undefined): (k: number) => string {
  const spec = JSON.parse(readFileSync(path, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  const operations = Object.values(spec.paths ?? {}).flatMap((item) => methods.filter((m) => item[m] !== undefined).map((m) => item[m] as { operationId?: string; parameters?: unknown[] }));
  const operation = operations.find((o) => o.operationId === operationId) ?? operations[0];
  if (!operation) throw new Error(`${path} has no operations`);
  const original = operation.parameters;
  return (k) => {
    if (k > 0) operation.parameters = [...(original ?? []), { name: `bench_${k}`, in: 'query', required: false, description: `Added by the scale benchmark (version ${k}).`, schema: { type: 'string' } }];
    try {
      return JSON.stringify(spec);
    } finally {
      if (original === undefined) delete operation.parameters;
      else operation.parameters = original;
    }
  };
}
