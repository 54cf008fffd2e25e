import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { EXEMPT, scanRepository, type Finding } from '../support/outside-paths.js';

/**
 * The static check (test/support/outside-paths.ts): nothing in the tests, the CLI, the generator,
 * the examples, CI, spec/, the README or package.json's scripts names a path outside the
 * repository. Then the check itself, on a planted repository: it finds each kind of violation,
 * and none of the look-alikes this repository really has.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

it('finds no path out of the repository root', () => {
  expect(scanRepository(ROOT)).toEqual([]);
});

it('exempts only files that exist and plant outside paths on purpose', () => {
  for (const file of EXEMPT.keys()) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/\/work\/|\.\.\/shared/);
});

describe('on a planted repository', () => {
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-planted-repo-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const plant = (file: string, text: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const rulesByLine = (findings: Finding[], file: string) => findings.filter((f) => f.file === file).map((f) => [f.line, f.rule]);

  plant('package.json', JSON.stringify({ scripts: { test: 'jest', bench: 'tsx ../bench/run.ts' } }, null, 2));
  plant(
    'test/planted.test.ts',
    [
      "const a = readFileSync(join(REPO_ROOT, '../shared/specs/full.json'));",
      "const b = path.join(repoRoot, '..', 'shared', 'specs', 'x.json');",
      "const c = readFileSync('/work/shared/seed/page.txt');",
      "const d = readFileSync('/home/me/specs/x.json');",
      "const e = join(homedir(), '.config/x');",
      "const f = resolve(root, '../other-checkout/spec.yaml');",
      "const g = dirname(REPO_ROOT);",
      "import { x } from '../../outside.js';",
      "const h = new URL('../../../', import.meta.url);",
      "const i = readFileSync('~/specs/x.json');",
    ].join('\n'),
  );
  plant('test/fixtures/outside-ref.yaml', "openapi: 3.0.3\ncomponents:\n  schemas:\n    X: { $ref: '../../../elsewhere.yaml#/X' }\n");
  plant('.ci/run', '#!/usr/bin/env bash\ncd "$(dirname "$0")/.."\ncat ../shared/specs/x.json\nnode bin/x.js --spec ../specs/x.json\n');
  symlinkSync('/work/shared/specs', join(root, 'test/specs-link'));
  // Look-alikes taken from this repository: none of them leaves the root.
  plant(
    'test/clean.test.ts',
    [
      "import { x } from '../support/x.js';",
      "const root = fileURLToPath(new URL('../', import.meta.url));",
      "await mkdir(join(link, '..'), { recursive: true });",
      "const KEYS = ['__proto__', '~/'];",
      "['../../zones', '..%2F..%2Fzones'], client({ accountId: '../x' })",
      "const url = 'https://example.com/home/x';",
      "if (inDist.startsWith('..')) return 'the program itself';",
      "return segment.replace(/~/g, '~0').replace(/\\//g, '~1');",
      "const out = join(REPO_ROOT, 'test/fixtures/specs/cloudflare/x.json');",
    ].join('\n'),
  );
  plant('spec/sdk.config.yaml', "spec: ./openapi.yaml\noutput: ../generated\n    $ref: './shared.yaml#/Size'\n");
  symlinkSync('../spec', join(root, 'test/spec-link'));

  const findings = scanRepository(root);

  it('finds each kind of violation, on its line', () => {
    expect(rulesByLine(findings, 'test/planted.test.ts')).toEqual([
      [1, 'outside-folder'],
      [1, 'root-parent'],
      [2, 'outside-folder'],
      [2, 'root-parent'],
      [3, 'machine-path'],
      [4, 'machine-path'],
      [5, 'machine-path'],
      [6, 'root-parent'],
      [7, 'root-parent'],
      [8, 'relative-escape'],
      [9, 'relative-escape'],
      [10, 'machine-path'],
    ]);
    expect(rulesByLine(findings, 'test/fixtures/outside-ref.yaml')).toEqual([[4, 'relative-escape']]);
    expect(rulesByLine(findings, '.ci/run')).toEqual([
      [3, 'outside-folder'],
      [3, 'script-parent'],
      [4, 'script-parent'],
    ]);
    expect(rulesByLine(findings, 'package.json')).toEqual([[4, 'script-parent']]);
    expect(rulesByLine(findings, 'test/specs-link')).toEqual([[0, 'symlink-out']]);
  });

  it('finds nothing in the look-alikes', () => {
    expect(findings.filter((f) => ['test/clean.test.ts', 'spec/sdk.config.yaml', 'test/spec-link'].includes(f.file))).toEqual([]);
  });
});
