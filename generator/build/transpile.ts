import { transform } from 'esbuild';
import { Worker } from 'node:worker_threads';
import type { Diagnostics } from '../diagnostics.js';
import type { FileMap } from '../emit/emit-package.js';

/**
 * Builds `dist/` (ESM JavaScript + declarations) from the generated `src/`, file by file:
 * no whole-program type check, which at the scale of the full Cloudflare API takes minutes
 * and gigabytes. The generated code is written to need none: every export has an explicit
 * type (TypeScript's isolated declarations) and every type-only import says `type`. That
 * the output type-checks is proven by the tests, which run strict `tsc` over it.
 *
 * Types-only and validator modules (most of a large package) come from the emitters with
 * their JavaScript and declarations. For the rest (resources, client, runtime):
 * - JavaScript: esbuild, which strips types without looking at other files, in its own process;
 * - declarations: TypeScript's declaration emit in isolated mode, on a worker thread
 *   (`DeclarationWriter`), so all three run at once.
 */
export async function transpilePackage(files: FileMap, declarations: DeclarationWriter, diagnostics: Diagnostics): Promise<void> {
  const sources = [...files.keys()].filter((p) => p.startsWith('src/') && p.endsWith('.ts')).sort();
  const untranspiled = sources.filter((path) => !files.has(distPath(path, '.js')));
  const undeclared = sources.filter((path) => !files.has(distPath(path, '.d.ts')));
  const [javascript, declared] = await Promise.all([
    Promise.all(untranspiled.map((path) => toJavaScript(path, files.get(path)!, diagnostics))),
    declarations.write(undeclared.map((path) => [path, files.get(path)!])),
  ]);
  untranspiled.forEach((path, i) => {
    const js = javascript[i];
    if (js !== undefined) files.set(distPath(path, '.js'), js);
  });
  for (const [path, text] of declared.declarations) files.set(path, text);
  for (const p of declared.problems) {
    diagnostics.error('generated-declaration-error', `Cannot write declarations for the generated code (a generator or template bug): ${p.message}`, {
      ...(p.path ? { file: `generated/${p.path}` } : {}),
      ...(p.line !== undefined && p.column !== undefined ? { line: p.line, column: p.column } : {}),
    });
  }
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

interface DeclarationResult {
  declarations: [string, string][];
  problems: { path?: string; line?: number; column?: number; message: string }[];
}

/**
 * The declaration emitter on its worker thread (declarations-worker.js). Started before
 * the spec is read, so that loading TypeScript overlaps the other stages; closed by
 * whoever started it, also when the run fails.
 */
export class DeclarationWriter {
  private readonly worker = new Worker(new URL('./declarations-worker.js', import.meta.url));

  write(sources: [string, string][]): Promise<DeclarationResult> {
    if (sources.length === 0) return Promise.resolve({ declarations: [], problems: [] });
    return new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
      this.worker.postMessage({ sources });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
