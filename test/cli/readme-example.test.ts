import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { REPO_ROOT, removeTempDirs, runCli, tempDir } from './support/cli.js';

/**
 * The README's worked example ("Templates"): a Cloudflare endpoint from outside AI Gateway
 * added through the spec and config only, with the method docs changed by one overridden
 * partial. The README shows the example's files: they must be exactly the files in
 * examples/template-override/. Then the example is generated with the README's command (and
 * `--out`, so that nothing is written into the repository), and the README's excerpt of the
 * output and its usage snippet are checked against the generated package.
 */

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The fenced code block right after each `<!-- marker -->` comment, by marker. */
function markedBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of markdown.matchAll(/<!-- (example-[a-z]+(?:: [^ ]+)?) -->\n```[a-z]*\n([\s\S]*?)^```$/gm)) blocks.set(m[1]!, m[2]!);
  return blocks;
}

const blocks = markedBlocks(README);

afterAll(removeTempDirs);

describe('the README worked example', () => {
  it('shows exactly the files of examples/template-override/', () => {
    const files = [...blocks.keys()].filter((k) => k.startsWith('example-file: ')).map((k) => k.slice('example-file: '.length));
    expect(files.sort()).toEqual(['examples/template-override/openapi.yaml', 'examples/template-override/sdk.config.yaml', 'examples/template-override/templates/partials/method-doc.hbs']);
    for (const file of files) expect({ file, text: blocks.get(`example-file: ${file}`) }).toEqual({ file, text: readFileSync(join(REPO_ROOT, file), 'utf8') });
  });

  it('takes its endpoint verbatim from the full Cloudflare spec, outside AI Gateway', () => {
    const full = JSON.parse(readFileSync(FULL_CLOUDFLARE_SPEC, 'utf8')) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    const example = parseYaml(readFileSync(join(REPO_ROOT, 'examples/template-override/openapi.yaml'), 'utf8')) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    const paths = Object.keys(example.paths);
    expect(paths).toEqual(['/accounts/{account_id}/tokens/verify']);
    expect(paths[0]).not.toContain('ai-gateway');
    expect(example.paths[paths[0]!]).toEqual(full.paths[paths[0]!]);
    for (const [name, schema] of Object.entries(example.components.schemas)) expect({ name, schema }).toEqual({ name, schema: full.components.schemas[name] });
  });

  it(
    'generates with the README command: the new method exists, carries the overridden doc, and the usage type-checks',
    async () => {
      const command = blocks.get('example-command')!.trim().split(/\s+/);
      expect(command.slice(0, 2)).toEqual(['node', 'bin/sdkgen.js']);
      const work = tempDir('sdkgen-readme-');
      const out = join(work, 'out');
      const result = await runCli([...command.slice(2), '--out', out]);
      expect(result.stderr).toMatch(/sdkgen: wrote \d+ files/);
      expect(result.code).toBe(0);

      // The README's excerpt is in the generated client, verbatim; the function it forwards to has the same doc.
      const [marker, excerpt] = [...blocks].find(([key]) => key.startsWith('example-output: '))!;
      const client = readFileSync(join(out, marker.slice('example-output: '.length)), 'utf8');
      expect(client).toContain(excerpt);
      const resource = readFileSync(join(out, 'src/resources/accounts/tokens.ts'), 'utf8');
      expect(resource).toMatch(/@returns The \{@link AccountTokenVerifyResponse\} from the response envelope\.\n \*\/\nexport function accountTokenVerify\(/);

      // The README's usage compiles against the generated package's declarations.
      const usage = blocks.get('example-usage')!.replace("from '@example/cloudflare-tokens'", "from './out/dist/index.js'");
      const file = join(work, 'usage.mts');
      writeFileSync(file, usage);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        typeRoots: [join(REPO_ROOT, 'node_modules/@types')],
        types: ['node'],
        skipLibCheck: true,
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
      expect(problems).toEqual([]);
      // And the call really is typed: a wrong status value does not compile.
      writeFileSync(file, usage.replace("token.status !== 'active'", "token.status !== 'revoked'"));
      const wrong = ts.getPreEmitDiagnostics(ts.createProgram([file], program.getCompilerOptions())).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
      expect(wrong).toEqual([expect.stringContaining('"revoked"')]);
    },
    180_000,
  );
});
