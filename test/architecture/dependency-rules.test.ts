import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * The generator's import rules (.dependency-cruiser.cjs), checked by dependency-cruiser: data
 * flows down the pipeline (load -> model -> emit -> format -> build -> write), common/ is below
 * every stage, report/ reads the IR, and there are no import cycles.
 */

const CRUISER = join(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs dependency-cruiser over `generator/` and `bin/` in `cwd`, and returns what breaks the rules. */
function violations(cwd: string): Violation[] {
  const result = spawnSync(process.execPath, [CRUISER, 'generator', 'bin', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.stdout === '') throw new Error(`dependency-cruiser printed nothing (exit ${result.status}):\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

const describeViolation = (v: Violation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('the import rules of the generator', () => {
  it('hold for the generator as it is', () => {
    expect(violations(REPO_ROOT).map(describeViolation)).toEqual([]);
  });

  describe('catch a deliberate violation', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'sdkgen-deps-'));
      cpSync(join(REPO_ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
      const put = (path: string, text: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      // A cycle inside one stage.
      put('generator/model/a.ts', "import { b } from './b.js';\nexport const a = (): number => b() + 1;\n");
      put('generator/model/b.ts', "import { a } from './a.js';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n");
      // An arrow upwards: the model importing the emitter.
      put('generator/emit/emit.ts', 'export const emit = (): string => "";\n');
      put('generator/model/upwards.ts', "import { emit } from '../emit/emit.js';\nexport const up = emit;\n");
      // common/ reaching into a stage, and a stage importing the orchestration.
      put('generator/common/files.ts', "import { up } from '../model/upwards.js';\nexport const f = up;\n");
      put('generator/pipeline.ts', "import { a } from './model/a.js';\nexport const run = a;\n");
      put('generator/write/write.ts', "import { run } from '../pipeline.js';\nexport const w = run;\n");
      put('bin/sdkgen.js', '');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('name the cycle, the later-stage import, common/ importing a stage and a stage importing the pipeline', () => {
      const found = violations(dir).map(describeViolation).sort();
      expect(found).toEqual(
        expect.arrayContaining([
          'no-cycles: generator/model/a.ts -> generator/model/b.ts',
          'no-model-to-later-stage: generator/model/upwards.ts -> generator/emit/emit.ts',
          'common-imports-no-stage: generator/common/files.ts -> generator/model/upwards.ts',
          'no-stage-imports-orchestration: generator/write/write.ts -> generator/pipeline.ts',
        ]),
      );
    });
  });
});
