import { transform } from 'esbuild';
import ts from 'typescript';
import type { Diagnostics } from '../diagnostics.js';
import type { FileMap } from '../emit/emit-package.js';

/**
 * Builds `dist/` (ESM JavaScript + declarations) from the generated `src/`, file by file:
 * no whole-program type check, which at the scale of the full Cloudflare API takes minutes
 * and gigabytes. The generated code is written to need none: every export has an explicit
 * type (TypeScript's isolated declarations) and every type-only import says `type`. That
 * the output type-checks is proven by the tests, which run strict `tsc` over it.
 *
 * - JavaScript: esbuild, which strips types without looking at other files. It works in
 *   its own process, so it runs while TypeScript writes the declarations here.
 * - Declarations: as the emitters wrote them (types-only and validator modules), else
 *   TypeScript's declaration emit in isolated mode, without type checking.
 */
export async function transpilePackage(files: FileMap, diagnostics: Diagnostics): Promise<void> {
  const sources = [...files.keys()].filter((p) => p.startsWith('src/') && p.endsWith('.ts')).sort();
  const javascript = Promise.all(sources.map((path) => toJavaScript(path, files.get(path)!, diagnostics)));
  const undeclared = sources.filter((path) => !files.has(distPath(path, '.d.ts')));
  for (let i = 0; i < undeclared.length; i += DECLARATION_BATCH) {
    // Between batches the event loop runs, so esbuild keeps receiving work and sending results.
    await new Promise((resolve) => setImmediate(resolve));
    writeDeclarations(undeclared.slice(i, i + DECLARATION_BATCH), files, diagnostics);
  }
  const built = await javascript;
  sources.forEach((path, i) => {
    const js = built[i];
    if (js !== undefined) files.set(distPath(path, '.js'), js);
  });
}

/** `src/a/b.ts` -> `dist/a/b<extension>`. */
function distPath(source: string, extension: string): string {
  return `dist/${source.slice('src/'.length, -'.ts'.length)}${extension}`;
}

/** What esbuild needs of the package's tsconfig: class fields as ES2022 defines them, imports kept as written. */
const TSCONFIG = { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } };

async function toJavaScript(path: string, source: string, diagnostics: Diagnostics): Promise<string | undefined> {
  try {
    const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, tsconfigRaw: TSCONFIG });
    // A types-only module compiles to nothing; it is still a module.
    return code === '' ? 'export {};\n' : code;
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ');
    diagnostics.error('generated-syntax-error', `The generated code does not compile (a generator or template bug): ${message}`, { file: `generated/${path}` });
    return undefined;
  }
}

/** Files per TypeScript program: one program for all of them needs more memory, one per file more time. */
const DECLARATION_BATCH = 250;

const DECLARATION_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  declaration: true,
  emitDeclarationOnly: true,
  isolatedDeclarations: true,
  // Declarations come from the annotations alone: nothing to resolve, nothing to check.
  noCheck: true,
  noResolve: true,
  noLib: true,
  types: [],
  rootDir: '/pkg/src',
  outDir: '/pkg/dist',
  newLine: ts.NewLineKind.LineFeed,
};

function writeDeclarations(paths: string[], files: FileMap, diagnostics: Diagnostics): void {
  const host = ts.createCompilerHost(DECLARATION_OPTIONS);
  const sourceOf = (name: string) => (name.startsWith('/pkg/') ? files.get(name.slice('/pkg/'.length)) : undefined);
  host.readFile = sourceOf;
  host.fileExists = (name) => sourceOf(name) !== undefined;
  host.getSourceFile = (name, language) => {
    const text = sourceOf(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, language);
  };
  host.writeFile = (name, text) => files.set(name.slice('/pkg/'.length), text);
  const program = ts.createProgram(
    paths.map((p) => `/pkg/${p}`),
    DECLARATION_OPTIONS,
    host,
  );
  const result = program.emit();
  for (const d of result.diagnostics) {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    diagnostics.error('generated-declaration-error', `Cannot write declarations for the generated code (a generator or template bug): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, {
      ...(d.file ? { file: `generated/${d.file.fileName.slice('/pkg/'.length)}` } : {}),
      ...(where ? { line: where.line + 1, column: where.character + 1 } : {}),
    });
  }
}
