import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { formatDiagnostic, GenerationFailed } from '../../generator/common/diagnostics.js';
import { generate, type GenerateResult } from '../../generator/pipeline.js';
import { REPO_ROOT, removeTempDirs, tempDir } from '../cli/support/cli.js';

/**
 * Specs written to break out of the places spec text lands in generated code: comments,
 * string and template literals, identifiers, regular expressions, object keys. Each must
 * generate a package that compiles (the generator type-checks it), whose code contains the
 * payload only inside strings and comments (checked on the TypeScript syntax tree), and
 * which, loaded and used in a fresh Node process, runs none of it.
 *
 * The cases are test/fixtures/bad/hostile-*; each has a `hostile.json` naming the client
 * class and the options to construct it with. Every payload assigns
 * `globalThis.__sdkgen_pwned`.
 */

const CORPUS = join(REPO_ROOT, 'test/fixtures/bad');
const PAYLOADS = join(CORPUS, 'hostile-payloads.json');
const EXERCISE = join(REPO_ROOT, 'test/hostile/support/exercise-package.mjs');
const MARKER = '__sdkgen_pwned';
const GENERATION_MS = 180_000;

interface HostileCase {
  name: string;
  dir: string;
  clientClass: string;
  clientOptions: Record<string, unknown>;
}

const cases: HostileCase[] = readdirSync(CORPUS)
  .filter((name) => existsSync(join(CORPUS, name, 'hostile.json')))
  .sort()
  .map((name) => {
    const meta = JSON.parse(readFileSync(join(CORPUS, name, 'hostile.json'), 'utf8')) as { clientClass: string; clientOptions: Record<string, unknown> };
    return { name, dir: join(CORPUS, name), ...meta };
  });

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** `generate`, failing with the generator's own diagnostics when it refuses. */
async function generateOrExplain(dir: string, out: string): Promise<GenerateResult> {
  const config = join(dir, 'sdk.config.yaml');
  const spec = readdirSync(dir).find((f) => /^openapi\.(yaml|json)$/.test(f))!;
  try {
    return await generate(existsSync(config) ? { config, out } : { spec: join(dir, spec), out });
  } catch (error) {
    if (error instanceof GenerationFailed) throw new Error(`generation failed:\n${error.diagnostics.errors.map((d) => formatDiagnostic(d, dir)).join('\n')}`);
    throw error;
  }
}

/**
 * Identifiers named like the payload's marker, and syntax errors, in a TypeScript or
 * JavaScript file. Text inside strings, template literal text and comments is not an
 * identifier, so a payload that stayed inside them is not found.
 */
function codeProblems(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const problems = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  const visit = (node: ts.Node) => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text.includes(MARKER)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      problems.push(`line ${line + 1}: identifier ${node.text} in ${node.parent.getText().slice(0, 120)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

afterAll(removeTempDirs);

it('the hostile corpus has its cases', () => {
  expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['hostile-config', 'hostile-names', 'hostile-yaml']));
});

describe.each(cases)('hostile spec $name', ({ dir, clientClass, clientOptions }) => {
  let out: string;
  let generated: GenerateResult | undefined;
  let failure: unknown;

  beforeAll(async () => {
    out = join(tempDir('sdkgen-hostile-'), 'out');
    try {
      generated = await generateOrExplain(dir, out);
    } catch (error) {
      failure = error;
    }
  }, GENERATION_MS);

  it('generates a package that type-checks', () => {
    if (failure) throw failure;
    expect(generated?.diagnostics.errors).toEqual([]);
    expect(existsSync(join(out, 'dist/index.js'))).toBe(true);
  });

  it('has the payloads only inside strings and comments of the generated code', () => {
    if (failure) throw failure;
    const files = listFiles(out).filter((f) => /\.(ts|js)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((f) => codeProblems(f).map((p) => `${relative(out, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it(
    'runs none of the payloads when the package is loaded, called and validated against',
    async () => {
      if (failure) throw failure;
      const { stdout } = await promisify(execFile)(process.execPath, [EXERCISE, out, clientClass, PAYLOADS, JSON.stringify(clientOptions)], { maxBuffer: 16 * 1024 * 1024 });
      const report = JSON.parse(stdout) as { pwned: unknown; newGlobals: string[]; prototypeAdded: string[]; fetches: number; validatorCalls: number; outcomes: Record<string, string> };
      expect({ pwned: report.pwned, newGlobals: report.newGlobals, prototypeAdded: report.prototypeAdded }).toEqual({ pwned: null, newGlobals: [], prototypeAdded: [] });
      // The request and response paths really ran: some calls reached the fake fetch.
      expect(report.fetches).toBeGreaterThan(0);
      expect(report.validatorCalls).toBeGreaterThan(0);
      // A method may reject hostile arguments, but only with the SDK's own errors.
      for (const [call, outcome] of Object.entries(report.outcomes)) expect({ call, outcome }).toEqual({ call, outcome: expect.stringMatching(/^(resolved|InvalidParameterError|ResponseValidationError)$/) });
    },
    60_000,
  );

  it('writes no HTML from the spec into api.md', () => {
    if (failure) throw failure;
    const markdown = readFileSync(join(out, 'api.md'), 'utf8');
    // Rendered by a Markdown viewer, a raw tag from the spec would be live HTML; control
    // characters would drive a terminal that prints the file.
    const offending = markdown.split('\n').filter((line) => /<\/?script/i.test(line) || /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(line));
    expect(offending.map((line) => JSON.stringify(line).slice(0, 200))).toEqual([]);
  });
});

describe('a schema nested deeper than the generator recurses', () => {
  it(
    'is reported as a problem in the spec, not a crash',
    async () => {
      const dir = tempDir('sdkgen-hostile-');
      let schema = '{"type":"string"}';
      for (let i = 0; i < 5000; i++) schema = `{"type":"object","properties":{"a":${schema}}}`;
      const spec = join(dir, 'openapi.json');
      writeFileSync(
        spec,
        `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{"/a":{"get":{"operationId":"get-a","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Deep"}}}}}}}},"components":{"schemas":{"Deep":${schema}}}}`,
      );
      let failure: unknown;
      try {
        await generate({ spec, out: join(dir, 'out') });
      } catch (error) {
        failure = error;
      }
      // A RangeError here is a crash (exit code 70) on an input the user can fix.
      expect(failure).toBeInstanceOf(GenerationFailed);
      const lines = (failure as GenerationFailed).diagnostics.errors.map((d) => formatDiagnostic(d, dir));
      expect(lines).toEqual([expect.stringMatching(/^openapi\.json:1:\d+: error: .* \(at \/components\/schemas\/Deep(\/properties\/a)*\) \[[a-z-]+\]$/)]);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    },
    GENERATION_MS,
  );
});
