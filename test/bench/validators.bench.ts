/**
 * A. Validators: the generated `validateLogGetResponse` against ajv (compiled and standalone),
 * zod 4, TypeBox's TypeCompiler and the hand-written reference, on four inputs.
 *
 *   tsx test/bench/validators.bench.ts          cross-checks, then times each case in a fresh process
 *   tsx test/bench/validators.bench.ts --case a  (internal) times one case, reports to the parent
 *
 * Each case runs in its own process so that what one input teaches V8 (object shapes seen at
 * each property access) cannot speed up or slow down another case.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import { isLogGetResponse, validateLogGetResponse, type ValidationIssue } from '../../generated/dist/validators.js';
import { isDateTime } from '../../generated/dist/core/formats.js';
import {
  explainLogGetResponseByHand,
  isDateTimeByHand,
  isLogGetResponseByHand,
  validateLogGetResponseByHand,
} from './hand-written-log-validator.js';
import { dateTimeCorpus, fullLog, INVALID_PATHS, invalidLog, logList, minimalLog, objectCorpus } from './log-inputs.js';
import {
  calibrate,
  collectGarbage,
  type GoalResult,
  formatInt,
  formatRatio,
  makeLoop,
  median,
  QUICK,
  repoRoot,
  reportGoals,
  rotate,
  spreadPercent,
  table,
  timeLoop,
  verdict,
} from './measure.js';
import {
  ajvStandaloneSource,
  compileAjv,
  compileTypeBox,
  listSchema,
  loadAjvStandalone,
  logGetResponseJsonSchema,
  logGetResponseListZod,
  logGetResponseTypeBox,
  logGetResponseZod,
} from './validator-contenders.js';

type CaseKey = 'a' | 'b' | 'c' | 'd';

interface BenchCase {
  key: CaseKey;
  title: string;
  input: unknown;
  valid: boolean;
}

function benchCase(key: CaseKey): BenchCase {
  switch (key) {
    case 'a':
      return { key, title: '(a) full valid envelope: its `result`, all 25 fields', input: fullLog(), valid: true };
    case 'b':
      return { key, title: '(b) minimal valid: the 10 required fields, tokens null', input: minimalLog(), valid: true };
    case 'c':
      return { key, title: '(c) invalid, three errors (2019-02-29, model missing, tokens_in 1.5): full error list', input: invalidLog(), valid: false };
    case 'd':
      return { key, title: '(d) a list of 10,000 valid records (array of LogGetResponse)', input: logList(), valid: true };
  }
}

const CASES: CaseKey[] = ['a', 'b', 'c', 'd'];
const HAND = 'hand-written reference';
const GENERATED = 'generated (sdkgen)';
const AJV = 'ajv compiled';
const AJV_STANDALONE = 'ajv standalone';

/** The generated validator has no list form; arrays of a type are checked item by item, like this. */
function validateLogListGenerated(value: unknown): { ok: boolean; errors?: ValidationIssue[] } {
  if (Array.isArray(value)) {
    let i = 0;
    while (i < value.length && isLogGetResponse(value[i])) i++;
    if (i === value.length) return { ok: true };
  }
  const errors: ValidationIssue[] = [];
  if (!Array.isArray(value)) errors.push({ path: '', message: 'expected array', expected: 'array', received: typeof value });
  else
    value.forEach((item, index) => {
      const result = validateLogGetResponse(item);
      if (!result.ok) for (const issue of result.errors) errors.push({ ...issue, path: `/${index}${issue.path}` });
    });
  return { ok: false, errors };
}

/** The same wrapper around the hand-written reference. */
function validateLogListByHand(value: unknown): { ok: boolean; errors?: ValidationIssue[] } {
  if (Array.isArray(value)) {
    let i = 0;
    while (i < value.length && isLogGetResponseByHand(value[i])) i++;
    if (i === value.length) return { ok: true };
  }
  const errors: ValidationIssue[] = [];
  if (!Array.isArray(value)) errors.push({ path: '', message: 'expected array', expected: 'array', received: typeof value });
  else value.forEach((item, index) => explainLogGetResponseByHand(item, `/${index}`, errors));
  return { ok: false, errors };
}

interface Contender {
  name: string;
  /** What is timed: on valid input returns truthy; on invalid input returns the number of errors. */
  run: (input: unknown) => unknown;
  /** Valid or not, and how many errors the full error list holds. */
  check: (input: unknown) => { valid: boolean; errors: number };
}

/**
 * The contenders for one case. Every timed function is its own literal, so V8 keeps separate
 * type feedback for each. On valid input ajv runs with `allErrors: false` (its fastest setting);
 * on invalid input every contender produces its full error list.
 */
function contendersFor(kind: 'valid' | 'invalid' | 'list'): Contender[] {
  const itemSchema = logGetResponseJsonSchema();
  const schema = kind === 'list' ? listSchema(itemSchema) : itemSchema;
  const allErrors = kind === 'invalid';
  const ajv = compileAjv(schema, allErrors);
  const ajvStandalone = loadAjvStandalone(ajvStandaloneSource(schema, allErrors));
  const zod = kind === 'list' ? logGetResponseListZod : logGetResponseZod;
  const typeBox = kind === 'list' ? compileTypeBox(Type.Array(logGetResponseTypeBox)) : compileTypeBox(logGetResponseTypeBox);

  const ajvCheck = (validate: typeof ajv) => (input: unknown) =>
    validate(input) ? { valid: true, errors: 0 } : { valid: false, errors: validate.errors?.length ?? 0 };
  const hand = kind === 'list' ? validateLogListByHand : validateLogGetResponseByHand;
  const generated = kind === 'list' ? validateLogListGenerated : validateLogGetResponse;
  const ours = (validate: typeof hand) => (input: unknown) => {
    const r = validate(input) as { ok: boolean; errors?: unknown[] };
    return { valid: r.ok, errors: r.errors?.length ?? 0 };
  };
  const common = {
    [HAND]: ours(hand),
    [GENERATED]: ours(generated),
    [AJV]: ajvCheck(ajv),
    [AJV_STANDALONE]: ajvCheck(ajvStandalone),
    'zod 4 safeParse': (input: unknown) => {
      const r = zod.safeParse(input);
      return { valid: r.success, errors: r.success ? 0 : r.error.issues.length };
    },
    'TypeBox TypeCompiler': (input: unknown) =>
      typeBox.Check(input) ? { valid: true, errors: 0 } : { valid: false, errors: [...typeBox.Errors(input)].length },
  };

  const runs: Record<string, (input: unknown) => unknown> =
    kind === 'invalid'
      ? {
          [HAND]: (input) => {
            const r = validateLogGetResponseByHand(input);
            return r.ok ? 0 : r.errors.length;
          },
          [GENERATED]: (input) => {
            const r = validateLogGetResponse(input);
            return r.ok ? 0 : r.errors.length;
          },
          [AJV]: (input) => (ajv(input) ? 0 : ajv.errors!.length),
          [AJV_STANDALONE]: (input) => (ajvStandalone(input) ? 0 : ajvStandalone.errors!.length),
          'zod 4 safeParse': (input) => {
            const r = zod.safeParse(input);
            return r.success ? 0 : r.error.issues.length;
          },
          'TypeBox TypeCompiler': (input) => (typeBox.Check(input) ? 0 : [...typeBox.Errors(input)].length),
        }
      : kind === 'list'
        ? {
            [HAND]: (input) => validateLogListByHand(input).ok,
            [GENERATED]: (input) => validateLogListGenerated(input).ok,
            [AJV]: (input) => ajv(input),
            [AJV_STANDALONE]: (input) => ajvStandalone(input),
            'zod 4 safeParse': (input) => zod.safeParse(input).success,
            'TypeBox TypeCompiler': (input) => typeBox.Check(input),
          }
        : {
            [HAND]: (input) => validateLogGetResponseByHand(input).ok,
            [GENERATED]: (input) => validateLogGetResponse(input).ok,
            [AJV]: (input) => ajv(input),
            [AJV_STANDALONE]: (input) => ajvStandalone(input),
            'zod 4 safeParse': (input) => zod.safeParse(input).success,
            'TypeBox TypeCompiler': (input) => typeBox.Check(input),
          };
  return Object.entries(common).map(([name, check]) => ({ name, check, run: runs[name]! }));
}

function kindOf(key: CaseKey): 'valid' | 'invalid' | 'list' {
  return key === 'c' ? 'invalid' : key === 'd' ? 'list' : 'valid';
}

// ---------------------------------------------------------------------------------------------
// child: time one case

interface CaseResult {
  key: CaseKey;
  /** ops per CPU-second, one per round, by contender. */
  samples: Record<string, number[]>;
  /** ops per wall-clock second, one per round, by contender. */
  wallSamples: Record<string, number[]>;
}

function timeCase(key: CaseKey): CaseResult {
  const { input } = benchCase(key);
  const contenders = contendersFor(kindOf(key));
  const rounds = QUICK ? 5 : 15;
  const sampleMs = key === 'd' ? (QUICK ? 60 : 150) : QUICK ? 10 : 25;
  const warmupMs = QUICK ? 60 : 250;
  const setups = contenders.map((c) => {
    const loop = makeLoop();
    const deadline = Date.now() + warmupMs;
    let iterations = calibrate(loop, c.run, input, sampleMs);
    while (Date.now() < deadline) timeLoop(loop, c.run, input, iterations);
    iterations = calibrate(loop, c.run, input, sampleMs);
    return { contender: c, loop, iterations };
  });
  const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const wallSamples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { contender, loop, iterations } of rotate(setups, round)) {
      collectGarbage();
      const { cpuNs, wallNs } = timeLoop(loop, contender.run, input, iterations);
      samples[contender.name]!.push((iterations * 1e9) / cpuNs);
      wallSamples[contender.name]!.push((iterations * 1e9) / wallNs);
    }
  }
  return { key, samples, wallSamples };
}

// ---------------------------------------------------------------------------------------------
// parent: cross-check, then run the cases and print

function sortedIssues(issues: readonly ValidationIssue[]): string {
  return JSON.stringify([...issues].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
}

/** Fails the benchmark unless every contender gives the expected verdict on every timed input. */
function checkVerdicts(): string {
  const rows: string[][] = [];
  const names = contendersFor('valid').map((c) => c.name);
  const byCase = CASES.map((key) => {
    const c = benchCase(key);
    return { c, contenders: contendersFor(kindOf(key)) };
  });
  const problems: string[] = [];
  for (const name of names) {
    const row = [name];
    for (const { c, contenders } of byCase) {
      const v = contenders.find((x) => x.name === name)!.check(c.input);
      row.push(v.valid ? 'valid' : `invalid, ${v.errors} error${v.errors === 1 ? '' : 's'}`);
      if (v.valid !== c.valid) problems.push(`${name} says ${v.valid ? 'valid' : 'invalid'} on ${c.title}`);
      if (!c.valid && v.errors === 0) problems.push(`${name} lists no errors on ${c.title}`);
    }
    rows.push(row);
  }
  const generated = validateLogGetResponse(invalidLog());
  const paths = generated.ok ? [] : generated.errors.map((e) => e.path).sort();
  if (JSON.stringify(paths) !== JSON.stringify(INVALID_PATHS)) problems.push(`generated errors on (c) are at ${paths.join(', ')}`);
  if (problems.length > 0) throw new Error(`validators disagree on the benchmark inputs:\n  ${problems.join('\n  ')}`);
  return (
    table(['verdict on', ...CASES.map((k) => `(${k})`)], rows) +
    '\n(TypeBox lists the missing `model` twice: as a missing required property and as not a string.)'
  );
}

/**
 * The hand-written reference must be exact: same verdict and same issues as the generated
 * validator on a corpus of near-miss values. Also reports how often the other libraries agree.
 */
function crossCheck(): string {
  const dates = dateTimeCorpus(QUICK ? 5_000 : 30_000);
  const dateMismatches = dates.filter((s) => isDateTime(s) !== isDateTimeByHand(s));
  const objects = objectCorpus(QUICK ? 1_000 : 4_000);
  const objectMismatches = objects.filter((o) => {
    const g = validateLogGetResponse(o);
    const h = validateLogGetResponseByHand(o);
    if (g.ok !== h.ok) return true;
    return !g.ok && !h.ok && sortedIssues(g.errors) !== sortedIssues(h.errors);
  });
  if (dateMismatches.length > 0 || objectMismatches.length > 0) {
    throw new Error(
      `the hand-written reference disagrees with the generated validator on ` +
        `${dateMismatches.length} date-time strings (e.g. ${JSON.stringify(dateMismatches.slice(0, 5))}) and ` +
        `${objectMismatches.length} objects (e.g. ${JSON.stringify(objectMismatches.slice(0, 2))})`,
    );
  }
  // Other libraries on the same corpus, date-times wrapped in an otherwise valid minimal log.
  const asLogs = dates.map((created_at) => ({ ...minimalLog(), created_at }));
  const others = contendersFor('valid').filter((c) => c.name !== GENERATED);
  const rows = others.map((c) => {
    const agreeObjects = objects.filter((o) => c.check(o).valid === validateLogGetResponse(o).ok).length;
    const agreeDates = asLogs.filter((o) => c.check(o).valid === isLogGetResponse(o)).length;
    return [c.name, `${agreeObjects}/${objects.length}`, `${agreeDates}/${asLogs.length}`];
  });
  return table(['agrees with generated on', 'near-miss objects', 'date-time strings'], rows);
}

function runCaseInChild(key: CaseKey): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    // --single-threaded: garbage collection and JIT compilation run on the measured thread, so the
    // process's CPU time is the contender's whole cost (allocation-heavy ones included) and nothing else.
    const child = spawn(process.execPath, ['--expose-gc', '--single-threaded', '--import', 'tsx', fileURLToPath(import.meta.url), '--case', key], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: CaseResult | undefined;
    child.on('message', (message) => {
      result = message as CaseResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`case ${key} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  console.log('\n## A. Validators: LogGetResponse');
  console.log(
    [
      `ops/sec = validations per second of CPU time used by the process (median of ${QUICK ? 5 : 15} samples;`,
      '  contenders interleaved; one fresh process per case, node --single-threaded so GC and JIT work is on the',
      '  measured thread; GC before each sample); "(wall ops/sec)" = the same per wall-clock second, disturbed by',
      '  other load on the machine;',
      '  "±" = half the interquartile range of the CPU-based samples.',
      '"time vs hand" = hand-written ops/sec / contender ops/sec (1.00 = as fast as the reference; goal for the',
      '  generated validator <= 1.10 on valid input, <= 1.50 on invalid). "generated x faster" = generated ops/sec /',
      '  contender ops/sec (goal >= 5 vs ajv). Every contender gets the same input object; on valid input each returns',
      '  its verdict (ajv with allErrors: false), on (c) each produces its full error list (ajv allErrors: true, zod',
      '  safeParse, TypeBox Check + Errors(), ours validate*). Inputs are JSON.parse results.',
      '',
    ].join('\n'),
  );
  console.log(checkVerdicts());
  console.log();
  console.log(crossCheck());
  console.log('(the hand-written reference agrees exactly -- verdicts and issue lists -- with the generated validator on both corpora)');
  console.log(
    '(ajv-formats rejects the corpus\'s "...T12:00:59.99999999999999999Z" and "...T23:59:60.99999999999999999Z": it reads the seconds\n' +
      ' with Number(), which rounds them up; RFC 3339 never carries the fraction into the seconds -- see the README)',
  );

  const goals: GoalResult[] = [];
  for (const key of CASES) {
    const c = benchCase(key);
    const { samples, wallSamples } = await runCaseInChild(key);
    const ops = (name: string) => median(samples[name]!);
    const hand = ops(HAND);
    const generated = ops(GENERATED);
    const rows = Object.entries(samples).map(([name, s]) => [
      name,
      formatInt(median(s)),
      `±${spreadPercent(s).toFixed(1)}%`,
      formatInt(median(wallSamples[name]!)),
      formatRatio(hand / median(s)),
      name === GENERATED ? '' : formatRatio(generated / median(s), 1),
    ]);
    console.log(`\n${c.title}`);
    console.log(table(['contender', 'ops/sec', '±', '(wall ops/sec)', 'time vs hand', 'generated x faster'], rows));
    const limit = c.valid ? 1.1 : 1.5;
    const ratio = hand / generated;
    goals.push({ section: 'A', goal: `(${key}) generated time vs hand-written <= ${limit}`, measured: formatRatio(ratio), met: ratio <= limit });
    for (const name of [AJV, AJV_STANDALONE]) {
      const speedup = generated / ops(name);
      goals.push({ section: 'A', goal: `(${key}) generated >= 5x faster than ${name}`, measured: `${formatRatio(speedup, 1)}x`, met: speedup >= 5 });
    }
  }
  console.log('\nGoals (A, speed):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
}

if (process.argv[2] === '--case') {
  const key = process.argv[3] as CaseKey;
  const result = timeCase(key);
  process.send!(result);
  process.disconnect();
} else {
  await main();
}
