import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { generate, head, REPO_ROOT, typeCheck } from '../scale/support/scale-harness.js';

/**
 * The failures the collection survey (test/collection/survey.ts) found, each reduced to a small
 * document in test/fixtures/collection/<name>/ (its PROVENANCE names the source document and
 * what went wrong), with the outcome sdkgen must have on it: run through the real CLI and strict tsc.
 */

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'collection');

const EXPECTED: Record<string, { exit: number; typeChecks: boolean }> = {
  // The body schema is nullable and the list's items are one of its properties.
  'nullable-page-body': { exit: 0, typeChecks: true },
};

const workDir = mkdtempSync(join(tmpdir(), 'sdkgen-collection-fixtures-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it('has an expected outcome for every fixture', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
});

it.each(Object.entries(EXPECTED))(
  '%s',
  async (name, expected) => {
    const out = join(workDir, name);
    const generated = await generate(join(FIXTURES, name, 'openapi.json'), out);
    expect({ exit: generated.code, stderr: head(generated.stderr) }).toEqual({ exit: expected.exit, stderr: expected.exit === 0 ? '' : expect.any(String) });
    if (expected.exit !== 0) return;
    const checked = await typeCheck(out);
    expect({ typeChecks: checked.code === 0, output: head(checked.stdout) }).toEqual({ typeChecks: expected.typeChecks, output: expected.typeChecks ? '' : expect.any(String) });
  },
  3 * 60_000,
);
