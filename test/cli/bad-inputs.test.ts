import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, GenerationFailed, type Diagnostic } from '../../generator/common/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { REPO_ROOT, removeTempDirs, runCli, SMALL_SPEC, snapshotTree, STACK_FRAME, tempDir, treeDifferences, writeLeftovers } from './support/cli.js';

/**
 * The corpus of bad inputs under test/fixtures/bad/ (see the README there): each must fail
 * with exactly its expected diagnostics (message, file:line:col, JSON pointer, code), all
 * at once, and leave the output directory byte-identical. Most run in-process (a child
 * process costs seconds each); a few run the real binary to check what the CLI prints.
 */

const CORPUS = join(REPO_ROOT, 'test/fixtures/bad');

interface BadCase {
  name: string;
  dir: string;
  args: string[];
  expected: string[];
}

function loadCase(name: string): BadCase {
  const dir = join(CORPUS, name);
  const files = readdirSync(dir);
  const args = files.includes('sdk.config.yaml') ? ['--config', 'sdk.config.yaml'] : ['--spec', files.find((f) => /^openapi\.(yaml|json)$/.test(f))!];
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter((line) => line !== '');
  return { name, dir, args, expected };
}

const cases = readdirSync(CORPUS)
  .filter((name) => existsSync(join(CORPUS, name, 'expected.txt')))
  .sort()
  .map(loadCase);

/** Errors in the order the CLI prints them: by file, then line and column. */
function sortByPosition(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  });
}

/** `actual` lines against `expected` ones, where an expected line starting with `re:` is a regular expression. */
function expectLines(actual: string[], expected: string[]): void {
  const shown = expected.map((line, i) => (line.startsWith('re:') && actual[i] !== undefined && new RegExp(line.slice(3)).test(actual[i]!) ? actual[i]! : line));
  expect(actual).toEqual(shown);
}

let baseline: string;
let baselineTree: Map<string, string>;

beforeAll(async () => {
  // A real generated package, plus files the generator does not own, as the target.
  baseline = join(tempDir('sdkgen-bad-'), 'out');
  await generate({ spec: SMALL_SPEC, out: baseline });
  mkdirSync(join(baseline, 'src/lib'), { recursive: true });
  writeFileSync(join(baseline, 'src/lib/custom.ts'), 'export const mine = 1;\n');
  writeFileSync(join(baseline, 'NOTES.md'), 'my notes\n');
  baselineTree = snapshotTree(baseline);
}, 180_000);

afterAll(removeTempDirs);

it('the corpus holds at least 25 bad inputs', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
});

describe.each(cases)('bad input $name', ({ name, dir, args, expected }) => {
  it(
    'fails with exactly the expected diagnostics and leaves the output byte-identical',
    async () => {
      const work = tempDir('sdkgen-bad-');
      const out = join(work, 'out');
      cpSync(baseline, out, { recursive: true, preserveTimestamps: true });
      const options = args[0] === '--config' ? { config: join(dir, args[1]!), out } : { spec: join(dir, args[1]!), out };
      let failure: unknown;
      try {
        await generate(options);
      } catch (error) {
        failure = error;
      }
      // Anything but GenerationFailed would be a crash (exit code 70), not a diagnostic.
      if (!(failure instanceof GenerationFailed)) throw new Error(`${name}: expected GenerationFailed, got ${failure instanceof Error ? failure.stack : String(failure)}`);
      const lines = sortByPosition(failure.diagnostics.errors).map((d) => formatDiagnostic(d, dir));
      expectLines(lines, expected);
      for (const d of failure.diagnostics.errors) {
        // One plain sentence (or two: what is wrong, how to fix it), on one line.
        expect(d.message).not.toMatch(/\n|\s{2,}at /);
        expect(d.message).toMatch(/[.?]$/);
      }
      expect(treeDifferences(baselineTree, snapshotTree(out))).toEqual([]);
      expect(writeLeftovers(work)).toEqual([]);
    },
    120_000,
  );
});

describe('the CLI on bad inputs', () => {
  it.each(['yaml-bad-indentation', 'config-wrong-types', 'template-missing-field', 'many-problems-at-once'])(
    '%s: exit 1, the same diagnostics, no stack trace, output untouched',
    async (name) => {
      const { dir, args, expected } = loadCase(name);
      const work = tempDir('sdkgen-bad-');
      const out = join(work, 'out');
      cpSync(baseline, out, { recursive: true, preserveTimestamps: true });
      const result = await runCli(['generate', ...args, '--out', out], { cwd: dir });
      expect(result.code).toBe(1);
      const errorLines = result.stderr.split('\n').filter((line) => / error: /.test(line));
      expectLines(errorLines, expected);
      expect(result.stderr).toContain(`sdkgen: ${expected.length} error(s); nothing was written.`);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(treeDifferences(baselineTree, snapshotTree(out))).toEqual([]);
    },
    120_000,
  );
});
