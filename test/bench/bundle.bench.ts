/**
 * Bundle sizes, with esbuild (bundle + minify + tree-shaking, ESM, target ES2022) and gzip -9:
 *
 * - A. the generated validator for `LogGetResponse` alone, with the format helpers it uses, as a
 *   user gets it by importing `validateLogGetResponse` from the package (goal: < 2 KB gzipped);
 *   next to it, for scale, the hand-written reference and ajv's standalone code for the same schema;
 * - B. a one-call program (test/bench/one-call/*.mjs) per contender (goal for sdkgen's
 *   tree-shakable entry: <= 5 KB gzipped, validator included), with what the sdkgen bundle is made of. sdkgen twice: through
 *   the client class, and through its tree-shakable entry (`createClient` and the operation's
 *   function from the resource's entry point), as the official SDK has one too.
 * - B5. the same two programs bundled with code splitting (esbuild `--splitting`, as Vite and
 *   Rollup split by default): the initial chunk (the entry and the chunks it imports statically)
 *   and the chunks the call loads (the dynamically imported chunk holding the resource's
 *   operations, with what it imports that the initial chunk does not). Goals: through
 *   `new Cloudflare()`, initial <= 10 KB gzipped and the call's chunks <= 5 KB; through
 *   `createClient` + the function, <= 5 KB gzipped in all, bundled either way.
 *
 *   tsx test/bench/bundle.bench.ts
 */
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { formatBytes, type GoalResult, repoRoot, reportGoals, table, verdict } from './measure.js';
import { ajvStandaloneSource, logGetResponseJsonSchema } from './validator-contenders.js';

interface Bundle {
  minified: number;
  gzipped: number;
  metafile: Metafile;
}

interface Chunk {
  gzipped: number;
  /** Chunks it imports: statically (loaded with it) or dynamically (loaded on demand). */
  statics: string[];
  dynamics: string[];
  inputs: string[];
}

/** A program bundled with code splitting: each output chunk, gzipped, with its imports. */
async function splitBundle(file: string): Promise<{ entry: string; chunks: Map<string, Chunk> }> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outdir: join(repoRoot, 'test', 'bench', '.split-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const chunks = new Map<string, Chunk>();
  let entry = '';
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (path.endsWith('.map')) continue;
    const contents = result.outputFiles.find((f) => relative(repoRoot, f.path) === path)!.contents;
    // Dynamically imported modules are entry points of their own chunks too: the program's is the one.
    if (output.entryPoint === relative(repoRoot, file)) entry = path;
    chunks.set(path, {
      gzipped: gzipSync(contents, { level: 9 }).length,
      statics: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamics: output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      inputs: Object.keys(output.inputs),
    });
  }
  return { entry, chunks };
}

/** A chunk and every chunk it imports statically, transitively. */
function staticClosure(chunks: Map<string, Chunk>, start: string, into = new Set<string>()): Set<string> {
  if (into.has(start)) return into;
  into.add(start);
  for (const next of chunks.get(start)?.statics ?? []) staticClosure(chunks, next, into);
  return into;
}

function gzippedOf(chunks: Map<string, Chunk>, paths: Iterable<string>): number {
  let total = 0;
  for (const path of paths) total += chunks.get(path)?.gzipped ?? 0;
  return total;
}

async function bundle(entry: { file: string } | { source: string; loader?: 'js' | 'ts' }): Promise<Bundle> {
  const result = await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, resolveDir: join(repoRoot, 'test', 'bench'), loader: entry.loader ?? 'js' } }),
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Bytes of the output by where they came from, largest first. */
function composition(metafile: Metafile, group: (path: string) => string): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = group(path);
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const GENERATED_DIST = '../../generated/dist';

async function main(): Promise<void> {
  const goals: GoalResult[] = [];

  console.log('\n## A2. Validator bundle size: LogGetResponse');
  console.log('esbuild --bundle --minify (tree-shaken, ESM), then gzip -9. "min" = minified bytes, "gzip" = gzipped bytes.\n');
  const validatorEntries: Array<[string, Parameters<typeof bundle>[0]]> = [
    ['generated validateLogGetResponse (from the validators entry)', { source: `export { validateLogGetResponse } from '${GENERATED_DIST}/validators.js';` }],
    ['generated isLogGetResponse only', { source: `export { isLogGetResponse } from '${GENERATED_DIST}/validators.js';` }],
    ['hand-written reference (validate + is + explain)', { source: `export { validateLogGetResponseByHand } from './hand-written-log-validator.ts';`, loader: 'ts' }],
    ['ajv standalone (allErrors: false) + its runtime', { source: ajvStandaloneSource(logGetResponseJsonSchema(), false, true) }],
  ];
  const validatorRows: string[][] = [];
  let generatedValidator: Bundle | undefined;
  for (const [name, entry] of validatorEntries) {
    const b = await bundle(entry);
    generatedValidator ??= b;
    validatorRows.push([name, formatBytes(b.minified), formatBytes(b.gzipped)]);
  }
  console.log(table(['bundle', 'min', 'gzip'], validatorRows));
  const parts = composition(generatedValidator!.metafile, (path) => relative(join(repoRoot, 'generated', 'dist'), join(repoRoot, path)));
  console.log(`  made of: ${parts.map(([path, bytes]) => `${path} ${bytes} B`).join(', ')}`);
  goals.push({
    section: 'A',
    goal: 'generated LogGetResponse validator bundle < 2 KB gzipped',
    measured: formatBytes(generatedValidator!.gzipped),
    met: generatedValidator!.gzipped < 2048,
  });

  console.log('\n## B3. One-call program bundle size');
  console.log('Each test/bench/one-call/<name>.mjs makes one logs.get call; bundled the same way. sdkgen validates the response.\n');
  const programs: Array<[string, string]> = [
    ['fetch (plain)', 'fetch.mjs'],
    ['sdkgen (client class)', 'sdkgen.mjs'],
    ['sdkgen (createClient + logGet)', 'sdkgen-function.mjs'],
    ['openapi-fetch', 'openapi-fetch.mjs'],
    ['cloudflare (official SDK)', 'cloudflare.mjs'],
  ];
  const rows: string[][] = [];
  let sdkgen: Bundle | undefined;
  for (const [name, file] of programs) {
    const b = await bundle({ file: join(repoRoot, 'test', 'bench', 'one-call', file) });
    if (file === 'sdkgen-function.mjs') sdkgen = b;
    rows.push([name, formatBytes(b.minified), formatBytes(b.gzipped)]);
  }
  console.log(table(['one-call program', 'min', 'gzip'], rows));
  const groups = composition(sdkgen!.metafile, (path) => {
    const inDist = relative(join(repoRoot, 'generated', 'dist'), join(repoRoot, path));
    if (inDist.startsWith('..')) return 'the program itself';
    return inDist;
  });
  console.log(`  sdkgen (createClient + logGet) bundle made of (minified bytes): ${groups.map(([g, bytes]) => `${g} ${bytes}`).join(', ')}`);
  console.log('  (`new Cloudflare()` keeps every resource class and, without code splitting, every operations module its getters may import.)');

  console.log('\n## B5. One-call program bundle size with code splitting');
  console.log('esbuild --bundle --splitting --minify, ESM. "initial" = the entry chunk and the chunks it imports statically;');
  console.log('"the call loads" = the dynamically imported chunk holding resources/ai-gateway/logs.js and its static imports not in the initial set.\n');
  const splitRows: string[][] = [];
  for (const [name, file, initialGoal, callGoal, totalGoal] of [
    ['sdkgen (client class)', 'sdkgen.mjs', 10 * 1024, 5 * 1024, undefined],
    ['sdkgen (createClient + logGet)', 'sdkgen-function.mjs', undefined, undefined, 5 * 1024],
  ] as const) {
    const { entry, chunks } = await splitBundle(join(repoRoot, 'test', 'bench', 'one-call', file));
    const initial = staticClosure(chunks, entry);
    const dynamicChunks = [...initial].flatMap((path) => chunks.get(path)!.dynamics);
    const logsChunk = dynamicChunks.find((path) => chunks.get(path)!.inputs.some((input) => input.endsWith('resources/ai-gateway/logs.js')));
    const loaded = logsChunk ? [...staticClosure(chunks, logsChunk)].filter((path) => !initial.has(path)) : [];
    const initialBytes = gzippedOf(chunks, initial);
    const loadedBytes = gzippedOf(chunks, loaded);
    splitRows.push([name, formatBytes(initialBytes), `${formatBytes(loadedBytes)} (${loaded.length} chunks)`, formatBytes(initialBytes + loadedBytes), String(chunks.size)]);
    if (initialGoal !== undefined) goals.push({ section: 'B5', goal: `${name}, split: initial chunk <= 10 KB gzipped`, measured: formatBytes(initialBytes), met: initialBytes <= initialGoal });
    if (callGoal !== undefined) goals.push({ section: 'B5', goal: `${name}, split: chunks the call loads <= 5 KB gzipped`, measured: formatBytes(loadedBytes), met: loadedBytes <= callGoal });
    if (totalGoal !== undefined) goals.push({ section: 'B5', goal: `${name}, split: all it loads <= 5 KB gzipped`, measured: formatBytes(initialBytes + loadedBytes), met: initialBytes + loadedBytes <= totalGoal });
  }
  console.log(table(['one-call program', 'initial gzip', 'the call loads', 'total', 'chunks'], splitRows));
  goals.push({ section: 'B', goal: 'sdkgen (createClient + logGet), not split: <= 5 KB gzipped', measured: formatBytes(sdkgen!.gzipped), met: sdkgen!.gzipped <= 5 * 1024 });

  console.log('\nGoals (bundle size):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
}

await main();
