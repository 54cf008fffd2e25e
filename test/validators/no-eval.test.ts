import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { schemaValues } from '../support/arbitraries.js';
import { ajvOracle, compileComponents, compileSpec, REPO_ROOT, repositorySpecFiles, runtimeDirectory, removeRuntimeDirectory, type CompiledSpec } from '../support/validator-harness.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { SCHEMAS_30, SCHEMAS_31 } from './keyword-schemas.js';

/**
 * The generated validators need no code generation at run time: no `eval`, no `new Function`,
 * so they work under a strict Content-Security-Policy and in locked-down runtimes. Two proofs:
 * the validator sources contain none of it, and a child Node process started with
 * `--disallow-code-generation-from-strings` (where both throw EvalError) loads the committed
 * package and freshly emitted validators and gets exactly the results this process gets.
 */

const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

const isValidatorFile = (path: string) => /(^|[/.])validators\.(ts|js)$/.test(path) || /\/core\/(validation|formats)\.(ts|js)$/.test(path);

const committed = [
  ...filesUnder(join(REPO_ROOT, 'generated', 'src'), isValidatorFile),
  ...filesUnder(join(REPO_ROOT, 'generated', 'dist'), isValidatorFile),
  ...filesUnder(join(REPO_ROOT, 'test', 'golden'), isValidatorFile),
  ...filesUnder(join(REPO_ROOT, 'templates', 'runtime', 'core'), isValidatorFile),
];

const emitted: { title: string; compiled: CompiledSpec }[] = [];
for (const file of repositorySpecFiles()) emitted.push({ title: relative(REPO_ROOT, file), compiled: await compileSpec(file) });
emitted.push({ title: 'the keyword tables (3.0)', compiled: (await compileComponents(SCHEMAS_30, '3.0.3')).compiled });
emitted.push({ title: 'the keyword tables (3.1)', compiled: (await compileComponents(SCHEMAS_31, '3.1.0')).compiled });
afterAll(removeRuntimeDirectory);

describe('validator sources contain no eval, new Function or Function(', () => {
  it('finds the committed validator modules (generated/, golden outputs, the runtime)', () => {
    expect(committed.some((f) => f.endsWith('generated/src/schemas/ai-gateway.validators.ts'))).toBe(true);
    expect(committed.some((f) => f.endsWith('generated/dist/schemas/ai-gateway.validators.js'))).toBe(true);
    expect(committed.filter((f) => f.includes('/test/golden/')).length).toBeGreaterThanOrEqual(6);
    expect(committed.length).toBeGreaterThanOrEqual(40);
  });

  it.each(committed.map((f) => [relative(REPO_ROOT, f), f]))('%s', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN);
  });

  it.each(emitted.map((e) => [e.title, e.compiled] as const))('freshly emitted for %s', (_name, compiled) => {
    expect(compiled.source.length).toBeGreaterThan(0);
    expect(compiled.source).not.toMatch(FORBIDDEN);
  });

  it('the pattern catches what it is meant to catch', () => {
    for (const bad of ['eval(code)', 'new Function("x", body)', 'Function("return this")()', 'globalThis.eval (s)']) expect(bad).toMatch(FORBIDDEN);
    for (const fine of ['evaluations', 'isFunction(x)', 'explainEvaluation(value)', 'checkFunction (v)']) expect(fine).not.toMatch(FORBIDDEN);
  });
});

/** One call for the child to make: `module[fn](value)`. */
interface Call {
  module: string;
  fn: string;
  value: unknown;
}

const CHILD = `
import { readFileSync } from 'node:fs';
const blocked = [];
for (const attempt of [() => eval('1 + 1'), () => new Function('return 1')(), () => Function('return 2')()]) {
  try { attempt(); blocked.push(false); } catch (error) { blocked.push(error instanceof EvalError); }
}
const calls = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const modules = new Map();
const results = [];
for (const call of calls) {
  if (!modules.has(call.module)) modules.set(call.module, await import(call.module));
  results.push(modules.get(call.module)[call.fn](call.value));
}
process.stdout.write(JSON.stringify({ blocked, results }));
`;

describe('under node --disallow-code-generation-from-strings', () => {
  const SEED = 7_070_707;
  // The package's validators entry point (the index exports the client, not the validators).
  const DIST = pathToFileURL(join(REPO_ROOT, 'generated', 'dist', 'validators.js')).href;

  /** Calls `validate<name>` for values fast-check derives from each named schema (JSON only: they travel as JSON). */
  function callsFor(compiled: CompiledSpec, module: string, perSchema: number, exported?: Set<string>): Call[] {
    const oracle = ajvOracle(compiled.specFile, compiled.document);
    const ctx = { resolve: (ref: string) => oracle.schemaAt(ref.slice(ref.indexOf('#') + 1)) };
    return compiled.targets
      .filter((t) => t.named && (exported === undefined || exported.has(`validate${t.name}`)))
      .flatMap((t) => fc.sample(schemaValues(oracle.schemaAt(t.pointer), ctx), { seed: SEED, numRuns: perSchema }).map(({ value }) => ({ module, fn: `validate${t.name}`, value })));
  }

  it('loads the committed package and the freshly emitted validators, and gets the same results as here', async () => {
    const dist = (await import(DIST)) as Record<string, (value: unknown) => unknown>;
    const configured = emitted.find((e) => e.title === 'spec/cloudflare-ai-gateway.openapi.yaml')!.compiled;
    const distCalls = callsFor(configured, DIST, 8, new Set(Object.keys(dist)));
    const seed = seedExampleBody().result as Record<string, unknown>;
    distCalls.push({ module: DIST, fn: 'validateLogGetResponse', value: seed }, { module: DIST, fn: 'validateLogGetResponse', value: { ...seed, tokens_in: 'many' } });
    const freshCalls = emitted.flatMap(({ compiled }) => callsFor(compiled, pathToFileURL(compiled.moduleFile).href, 4));
    // The values travel as JSON, so both processes see the same (JSON) values.
    const text = JSON.stringify([...distCalls, ...freshCalls]);
    const calls = JSON.parse(text) as Call[];
    expect(distCalls.length).toBeGreaterThanOrEqual(27 * 8);
    expect(freshCalls.length).toBeGreaterThanOrEqual(100);

    const here: unknown[] = [];
    for (const call of calls) {
      const module = (await import(call.module)) as Record<string, (value: unknown) => unknown>;
      here.push(JSON.parse(JSON.stringify(module[call.fn]!(call.value))));
    }
    // Both outcomes occur, or the comparison would say little.
    const outcomes = new Set(here.map((r) => (r as { ok: boolean }).ok));
    expect(outcomes).toEqual(new Set([true, false]));

    const dir = runtimeDirectory();
    const childFile = join(dir, 'no-eval-child.mjs');
    const callsFile = join(dir, 'no-eval-calls.json');
    writeFileSync(childFile, CHILD);
    writeFileSync(callsFile, text);
    const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', childFile, callsFile], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const { blocked, results } = JSON.parse(child.stdout) as { blocked: boolean[]; results: unknown[] };
    // The flag is in force: eval, new Function and Function() all threw EvalError.
    expect(blocked).toEqual([true, true, true]);
    expect(results).toHaveLength(calls.length);
    expect(results).toEqual(here);
  });
});
