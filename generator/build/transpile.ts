import { transform } from 'esbuild';
import ts from 'typescript';
import type { Diagnostics } from '../diagnostics.js';
import type { FileMap } from '../emit/emit-package.js';

/**
 * Builds `dist/` (ESM JavaScript + declarations) from the generated `src/`, one file at a
 * time: no whole-program type check, which at the scale of the full Cloudflare API needs
 * minutes and gigabytes. The generated code is written to need none of it: every
 * export has an explicit type (TypeScript's isolated declarations) and every type-only
 * import says `type`. Whether the result type-checks is proven by the tests, which run
 * strict `tsc` over the output.
 *
 * - JavaScript: esbuild, which strips types without looking at other files.
 * - Declarations: taken as they are when the emitter wrote them already (types-only
 *   modules, validator modules); otherwise TypeScript's `transpileDeclaration`.
 */
export async function transpilePackage(files: FileMap, diagnostics: Diagnostics): Promise<void> {
  const sources = [...files.keys()].filter((p) => p.startsWith('src/') && p.endsWith('.ts')).sort();
  const built = await Promise.all(
    sources.map(async (path) => {
      const source = files.get(path)!;
      const out = `dist/${path.slice('src/'.length, -'.ts'.length)}`;
      try {
        const js = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, tsconfigRaw: TSCONFIG });
        // A types-only module compiles to nothing; it is still a module.
        return { path, out, js: js.code === '' ? 'export {};\n' : js.code };
      } catch (error) {
        diagnostics.error('generated-syntax-error', `The generated code does not compile (a generator bug): ${firstLine(error)}`, { file: `generated/${path}` });
        return undefined;
      }
    }),
  );
  for (const entry of built) {
    if (!entry) continue;
    files.set(`${entry.out}.js`, entry.js);
    if (!files.has(`${entry.out}.d.ts`)) files.set(`${entry.out}.d.ts`, declarationsOf(entry.path, files.get(entry.path)!, diagnostics));
  }
}

/** What esbuild needs of the package's tsconfig: class fields as ES2022 defines them. */
const TSCONFIG = { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } };

const DECLARATION_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  declaration: true,
  isolatedDeclarations: true,
  newLine: ts.NewLineKind.LineFeed,
};

function declarationsOf(path: string, source: string, diagnostics: Diagnostics): string {
  const result = ts.transpileDeclaration(source, { fileName: path, compilerOptions: DECLARATION_OPTIONS, reportDiagnostics: true });
  for (const d of result.diagnostics ?? []) {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    diagnostics.error('generated-declaration-error', `Cannot derive declarations from the generated code (a generator or template bug): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, {
      file: `generated/${path}`,
      ...(where ? { line: where.line + 1, column: where.character + 1 } : {}),
    });
  }
  return result.outputText;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ');
}
