import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FAULT_INJECTION,
  REPO_ROOT,
  runCli,
  SMALL_SPEC,
  snapshotTree,
  STACK_FRAME,
  removeTempDirs,
  tempDir,
  treeDifferences,
  writeLeftovers,
} from './support/cli.js';

/**
 * The real binary, run as a child process: every flag and every exit code. Generations use
 * the one-operation log-get spec, so each takes seconds rather than the whole API's minute.
 */

// One generation of the small spec in a child process: tsx start-up, prettier and tsc.
const GENERATION_MS = 120_000;

afterAll(removeTempDirs);

describe('sdkgen --help, --version and bad usage', () => {
  it('--help prints every option and the exit codes to stdout and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const option of ['--config FILE', '--spec FILE', '--out DIR', '--check', '--watch', '--report FILE', '--quiet', '--debug', '--help', '--version']) {
      expect(result.stdout).toContain(option);
    }
    for (const code of ['0 ', '1 ', '2 ', '3 ', '70 ']) expect(result.stdout).toMatch(new RegExp(`^\\s+${code}`, 'm'));
  });

  it('--version prints the version from package.json and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['publish'], /unknown command "publish"/],
    [['generate', 'validate'], /unknown command "generate validate"/],
    [['generate', '--out'], /--out.*argument missing/],
    [['generate', '--out='], /--out needs a value/],
    [['validate', '--report', 'changes.md'], /--report works with "generate" only/],
  ])('%j is bad usage: exit 2 with the reason and the help, nothing run', async (args, reason) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain('Usage: sdkgen');
  });
});

describe('sdkgen generate, --check, --quiet and validate on a small spec', () => {
  let work: string;
  let out: string;

  beforeAll(() => {
    work = tempDir();
    out = join(work, 'out');
    // Files the generator does not own, already in the output directory.
    mkdirSync(join(out, 'src/lib/empty'), { recursive: true });
    writeFileSync(join(out, 'src/lib/custom.ts'), 'export const mine = 1;\n');
    writeFileSync(join(out, 'NOTES.md'), 'my notes\n');
    symlinkSync('src/lib/custom.ts', join(out, 'link-to-custom.ts'));
  });

  it(
    'generate writes the package with its API surface, keeps files it does not own, and exits 0',
    async () => {
      const userFiles = snapshotTree(out);
      const result = await runCli(['generate', '--spec', SMALL_SPEC, '--out', out]);
      expect(result.stderr).toMatch(/^sdkgen: wrote \d+ files to .*out in \d+ ms$/m);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('no previous API surface');
      for (const file of ['src/index.ts', 'src/client.ts', 'dist/index.js', 'api.json', 'api.md', '.sdkgen-manifest.json']) expect(existsSync(join(out, file))).toBe(true);
      const surface = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as { operations: { name: string }[] };
      expect(surface.operations.map((o) => o.name)).toEqual(['aiGateway.logs.get']);
      const after = snapshotTree(out);
      for (const [path, content] of userFiles) expect({ path, content: after.get(path) }).toEqual({ path, content });
      // The previous output is deleted by a detached process after the swap (off the critical path).
      for (let waited = 0; writeLeftovers(work).length > 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(writeLeftovers(work)).toEqual([]);
    },
    GENERATION_MS,
  );

  it(
    '--check on fresh output exits 0, and with --quiet prints nothing',
    async () => {
      const before = snapshotTree(out);
      const result = await runCli(['generate', '--check', '--quiet', '--spec', SMALL_SPEC, '--out', out]);
      expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(treeDifferences(before, snapshotTree(out))).toEqual([]);
    },
    GENERATION_MS,
  );

  it(
    '--check on stale output exits 3, lists exactly the stale files, and writes nothing',
    async () => {
      writeFileSync(join(out, 'src/index.ts'), readFileSync(join(out, 'src/index.ts'), 'utf8') + '// edited by hand\n');
      unlinkSync(join(out, 'api.md'));
      const before = snapshotTree(out);
      const result = await runCli(['generate', '--check', '--spec', SMALL_SPEC, '--out', out]);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/2 file\(s\) in .* are out of date/);
      const listed = result.stderr.split('\n').filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim());
      expect(listed).toEqual(['api.md', 'src/index.ts']);
      expect(treeDifferences(before, snapshotTree(out))).toEqual([]);
    },
    GENERATION_MS,
  );

  it('validate reports a valid spec, writes nothing and exits 0', async () => {
    const target = join(tempDir(), 'never-written');
    const result = await runCli(['validate', '--spec', SMALL_SPEC, '--out', target]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/the spec is valid \(1 operations, \d+ warnings\)/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('sdkgen failures leave the output untouched', () => {
  let work: string;
  let out: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    work = tempDir();
    out = join(work, 'out');
    const result = await runCli(['generate', '--quiet', '--spec', SMALL_SPEC, '--out', out]);
    if (result.code !== 0) throw new Error(`setup generation failed:\n${result.stderr}`);
    mkdirSync(join(out, 'src/lib'), { recursive: true });
    writeFileSync(join(out, 'src/lib/custom.ts'), 'export const mine = 1;\n');
    before = snapshotTree(out);
  }, GENERATION_MS);

  afterEach(() => {
    expect(treeDifferences(before, snapshotTree(out))).toEqual([]);
    expect(writeLeftovers(work)).toEqual([]);
  });

  it('bad input exits 1 with file:line:col diagnostics and no stack trace', async () => {
    const spec = join(work, 'broken.yaml');
    writeFileSync(spec, 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema: { type: strng }\n      parameters: [{ $ref: "#/components/parameters/Missing" }]\n');
    const result = await runCli(['generate', '--spec', spec, '--out', out]);
    expect(result.code).toBe(1);
    // Both problems, at once, in file order, each with its position and JSON pointer.
    const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual([
      expect.stringMatching(/broken\.yaml:13:25: error: Unknown type "strng"; .* \(at \/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/type\) \[schema-unknown-type\]$/),
      expect.stringMatching(/broken\.yaml:14:22: error: The \$ref "#\/components\/parameters\/Missing" points to nothing: .* \(at \/paths\/~1a\/get\/parameters\/0\/\$ref\) \[ref-dangling\]$/),
    ]);
    expect(result.stderr).toMatch(/^sdkgen: 2 error\(s\); nothing was written\.$/m);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('a YAML syntax error exits 1 with its position and no stack trace, even with --debug', async () => {
    const spec = join(work, 'syntax.yaml');
    writeFileSync(spec, 'openapi: 3.0.3\ninfo:\n  title: t\n   version: 1\npaths: {}\n');
    const result = await runCli(['generate', '--debug', '--spec', spec, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^.*syntax\.yaml:3:10: error: Invalid YAML: .*check the indentation.* \[yaml-syntax\]$/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('an internal error exits 70, says it is a bug and how to get the stack trace, without printing it', async () => {
    const result = await runCli(['generate', '--spec', SMALL_SPEC, '--out', out], { nodeArgs: ['--import', FAULT_INJECTION], env: { SDKGEN_TEST_FAULT: 'internal' } });
    expect(result.code).toBe(70);
    expect(result.stderr).toContain('sdkgen: internal error: injected fault: cannot list the runtime files');
    expect(result.stderr).toContain('Run again with --debug');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('--debug prints the stack trace of an internal error', async () => {
    const result = await runCli(['generate', '--debug', '--spec', SMALL_SPEC, '--out', out], { nodeArgs: ['--import', FAULT_INJECTION], env: { SDKGEN_TEST_FAULT: 'internal' } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(STACK_FRAME);
    expect(result.stderr).toContain('emitPackage');
  });

  it(
    'a failure at the last step of the atomic write exits 1 and restores the previous output',
    async () => {
      // Without its emit cache, a run over an unchanged output still writes and swaps (with it, it has nothing to do).
      rmSync(join(work, '.sdkgen-cache'), { recursive: true, force: true });
      const result = await runCli(['generate', '--spec', SMALL_SPEC, '--out', out], { nodeArgs: ['--import', FAULT_INJECTION], env: { SDKGEN_TEST_FAULT: 'swap' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^sdkgen: Cannot write .*out: .*EIO.*nothing in it was changed$/m);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    },
    GENERATION_MS,
  );

  it('an output directory that contains the current directory is refused with exit 1', async () => {
    const inside = join(out, 'src/lib');
    const result = await runCli(['generate', '--spec', SMALL_SPEC, '--out', out], { cwd: inside });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/it contains the current directory/);
  }, GENERATION_MS);
});

describe('sdkgen generate --report', () => {
  it(
    'prints the API changes and writes them as Markdown: a response field made optional is breaking',
    async () => {
      const work = tempDir();
      const out = join(work, 'out');
      const first = await runCli(['generate', '--quiet', '--spec', SMALL_SPEC, '--conventions', 'cloudflare', '--out', out]);
      expect(first.code).toBe(0);
      // The next version of the spec: `cached` no longer required, a new optional query parameter.
      const text = readFileSync(SMALL_SPEC, 'utf8');
      const changed = text.replace('                      - cached\n', '').replace(
        '        - name: account_id\n',
        '        - name: include_body\n          in: query\n          schema:\n            type: boolean\n        - name: account_id\n',
      );
      expect(changed).not.toBe(text);
      const spec = join(work, 'v2.yaml');
      writeFileSync(spec, changed);
      const report = join(work, 'changes.md');
      const result = await runCli(['generate', '--spec', spec, '--conventions', 'cloudflare', '--out', out, '--report', report]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('sdkgen: API changes: 1 breaking, 1 non-breaking');
      expect(result.stderr).toMatch(/^ {2}BREAKING +aiGateway\.logs\.get: response field "cached" became optional \(readers of responses must handle it being absent\)$/m);
      expect(result.stderr).toMatch(/^ {2}non-breaking +aiGateway\.logs\.get: param "include_body" added \("boolean"\)/m);
      const markdown = readFileSync(report, 'utf8');
      expect(markdown).toContain('**1 breaking** and 1 non-breaking changes.');
      expect(markdown).toMatch(/## Breaking changes\n\n- `aiGateway\.logs\.get`: response field `cached` became optional\. Readers of responses must handle it being absent\./);
      expect(markdown).toMatch(/## Non-breaking changes\n\n- `aiGateway\.logs\.get`: param `include_body` added \(`boolean`\)\./);
      rmSync(report);
    },
    2 * GENERATION_MS,
  );
});
