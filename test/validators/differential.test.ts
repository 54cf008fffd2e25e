import { relative } from 'node:path';
import fc from 'fast-check';
import { schemaValues, show, type SchemaContext } from '../support/arbitraries.js';
import { ajvOracle, compileComponents, compileSpec, REPO_ROOT, repositorySpecFiles, removeRuntimeDirectory, type AjvOracle, type CompiledSpec, type EmittedTarget } from '../support/validator-harness.js';
import { SCHEMAS_30, SCHEMAS_31 } from './keyword-schemas.js';

/**
 * The generated validators against ajv, on values fast-check derives from each schema.
 *
 * Every Schema Object of every OpenAPI document under spec/ and test/fixtures/ (not the copies
 * in test/fixtures/specs/; each named schema and each parameter, request-body and response
 * schema written inline in `paths`), plus the keyword-table schemas, gets values built from the
 * schema itself: valid-looking ones, and mutations of them (removed keys, wrong types, boundary
 * numbers, odd strings, duplicated items, extra and "__proto__" keys), at any depth. For each,
 * `isX` must give ajv's verdict, and `validateX` must agree with `isX` (the same object back, or
 * at least one well-formed issue).
 *
 * ajv runs with draft-07 semantics for 3.0 documents (converted: nullable, boolean exclusive
 * bounds) and 2020-12 for 3.1, formats in full mode, with its known gaps corrected (see
 * `correctKnownAjvGaps`; each gap is pinned in regressions.test.ts). A disagreement fails the
 * target's test with the shrunk value; each one found so far is a named test in
 * regressions.test.ts.
 */

const SEED = 20_240_611;
/** Values per schema: the Cloudflare spec has ~140 schemas, the fixtures and tables a few dozen. */
const RUNS = { spec: 100, fixture: 300, table: 250 };

interface Corpus {
  title: string;
  compiled: CompiledSpec;
  oracle: AjvOracle;
  targets: EmittedTarget[];
  runs: number;
}

async function specCorpus(file: string): Promise<Corpus> {
  const compiled = await compileSpec(file, { inline: true });
  const path = relative(REPO_ROOT, file);
  return { title: path, compiled, oracle: ajvOracle(file, compiled.document, { corrected: true }), targets: compiled.targets, runs: path.startsWith('spec/') ? RUNS.spec : RUNS.fixture };
}

async function tableCorpus(schemas: Record<string, unknown>, openapi: '3.0.3' | '3.1.0'): Promise<Corpus> {
  const { compiled } = await compileComponents(schemas, openapi);
  // ajv ignores a property named "__proto__" in `properties` (pinned in regressions.test.ts), so
  // it cannot judge the one schema that has one.
  const targets = compiled.targets.filter((t) => t.pointer !== '/components/schemas/RequiredProto');
  return { title: `keyword tables (OpenAPI ${openapi})`, compiled, oracle: ajvOracle(compiled.specFile, compiled.document, { corrected: true }), targets, runs: RUNS.table };
}

const corpora: Corpus[] = [];
// Not the lenient fixtures: their defects have documented fallbacks (a malformed schema accepts
// anything), which differ from ajv's reading by design (test/cli/lenient.test.ts pins them).
for (const file of repositorySpecFiles()) if (!relative(REPO_ROOT, file).startsWith('test/fixtures/lenient/')) corpora.push(await specCorpus(file));
corpora.push(await tableCorpus(SCHEMAS_30, '3.0.3'), await tableCorpus(SCHEMAS_31, '3.1.0'));
afterAll(removeRuntimeDirectory);

/** Checks one value; throws a readable error on any disagreement. Returns ajv's verdict. */
function compare(corpus: Corpus, target: EmittedTarget, value: unknown, how: string): boolean {
  const { is, validate } = corpus.compiled.functions(target.name);
  const ours = is(value);
  const ajv = corpus.oracle.validator(target.pointer)(value);
  const where = `${target.name} (${target.pointer}), ${how}: ${show(value).slice(0, 600)}`;
  // NaN and ±Infinity are not JSON, and they are never numbers to our validators. ajv (with
  // strictNumbers) agrees under `type: number`, but lets NaN through limits that have no
  // `type` ({maximum: 10}); there we are stricter, and only there may we differ.
  const stricterOnNonJson = !ours && ajv && hasNonFiniteNumber(value);
  if (ours !== ajv && !stricterOnNonJson) throw new Error(`is${target.name} says ${ours}, ajv says ${ajv} for ${where}`);
  const result = validate(value);
  if (result.ok !== ours) throw new Error(`validate${target.name} says ok=${result.ok} but is${target.name} says ${ours} for ${where}`);
  if (result.ok && result.value !== value) throw new Error(`validate${target.name} returned a different object for ${where}`);
  if (!result.ok) {
    if (result.errors.length === 0) throw new Error(`validate${target.name} rejected with no issues: ${where}`);
    for (const issue of result.errors) {
      const wellFormed = /^(\/.*)?$/s.test(issue.path) && [issue.message, issue.expected, issue.received].every((x) => typeof x === 'string' && x.length > 0);
      if (!wellFormed) throw new Error(`validate${target.name} gave a malformed issue ${JSON.stringify(issue)} for ${where}`);
    }
  }
  return ajv;
}

function hasNonFiniteNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasNonFiniteNumber);
}

describe.each(corpora.map((c) => [`${c.title}: ${c.targets.length} schemas x ${c.runs} values`, c] as const))('%s', (_title, corpus) => {
  const ctx: SchemaContext = { resolve: (ref) => corpus.oracle.schemaAt(ref.slice(ref.indexOf('#') + 1)) };

  it.each(corpus.targets.map((t) => [`${t.named ? t.name : 'inline schema'} at ${t.pointer}`, t] as const))('%s agrees with ajv', (_name, target) => {
    let valid = 0;
    const values = schemaValues(corpus.oracle.schemaAt(target.pointer), ctx);
    fc.assert(
      fc.property(values, ({ value, how }) => {
        if (compare(corpus, target, value, how)) valid++;
      }),
      { seed: SEED, numRuns: corpus.runs },
    );
    // The values must reach the valid side too, or the comparison says little.
    expect(valid).toBeGreaterThan(0);
  });
});
