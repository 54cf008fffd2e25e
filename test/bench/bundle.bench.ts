/**
 * Bundle sizes, with esbuild (bundle + minify + tree-shaking, ESM, target ES2022) and gzip -9:
 *
 * - A. the generated validator for `LogGetResponse` alone, with the format helpers it uses, as a
 *   user gets it by importing `validateLogGetResponse` from the package (goal: < 2 KB gzipped);
 *   next to it, for scale, the hand-written reference and ajv's standalone code for the same schema;
 * - B. a one-call program (test/bench/one-call/*.mjs) per contender (goal for sdkgen: < 4 KB
 *   gzipped, validator included), with what the sdkgen bundle is made of. sdkgen twice: through
 *   the client class, and through its tree-shakable entry (`createClient` and the operation's
 *   function from the resource's entry point), as the official SDK has one too.
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
  goals.push({ section: 'B', goal: 'sdkgen one-call bundle < 4 KB gzipped (validator included; tree-shakable entry)', measured: formatBytes(sdkgen!.gzipped), met: sdkgen!.gzipped < 4096 });

  console.log('\nGoals (bundle size):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
}

await main();
