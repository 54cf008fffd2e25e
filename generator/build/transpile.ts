import { transform } from 'esbuild';
import { Worker } from 'node:worker_threads';
import type { Diagnostics } from '../diagnostics.js';
import type { FileMap } from '../emit/emit-package.js';
import { distPath } from '../emit/module-paths.js';

/**
 * Builds `dist/` (ESM JavaScript + declarations) from the generated `src/`, file by file:
 * no whole-program type check, which at the scale of the full Cloudflare API takes minutes
 * and gigabytes. The generated code is written to need none: every export has an explicit
 * type (TypeScript's isolated declarations) and every type-only import says `type`. That
 * the output type-checks is proven by the tests, which run strict `tsc` over it.
 *
 * Types-only and validator modules (most of a large package) come from the emitters with
 * their JavaScript and declarations. For the rest (runtime, resources, client, entry points):
 * - JavaScript: esbuild, which strips types without looking at other files, in its own process;
 * - declarations: TypeScript's declaration emit in isolated mode, on a worker thread.
 * Both start as soon as a source is final (`add`), while the emitters are still at work.
 */
export class DistBuilder {
  private readonly javascript = new Map<string, Promise<string | undefined>>();
  private readonly declared: Promise<DeclarationResult>[] = [];
  private batch: [string, string][] = [];

  constructor(
    private readonly declarations: DeclarationWriter,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Builds a module: its JavaScript, and its declarations unless they were written with it. */
  add(path: string, source: string, declarations?: string): void {
    this.javascript.set(path, toJavaScript(path, source, this.diagnostics));
    if (declarations !== undefined) return;
    this.batch.push([path, source]);
    if (this.batch.length >= BATCH) this.flush();
  }

  /**
   * Builds what was not added yet (the output of user templates, once formatted), waits for
   * all of it, and puts the results into `files`. Not built: modules the emitters wrote with
   * their JavaScript (validators), and types-only modules, which are their own declarations.
   */
  async finish(files: FileMap): Promise<void> {
    for (const [path, source] of files) {
      if (!path.startsWith('src/') || !path.endsWith('.ts') || this.javascript.has(path) || files.has(distPath(path, '.js'))) continue;
      const declarations = files.get(distPath(path, '.d.ts'));
      if (declarations !== source) this.add(path, source, declarations);
    }
    this.flush();
    const [declared, javascript] = await Promise.all([Promise.all(this.declared), Promise.all(this.javascript.values())]);
    [...this.javascript.keys()].forEach((path, i) => {
      const js = javascript[i];
      if (js !== undefined) files.set(distPath(path, '.js'), js);
    });
    for (const { declarations, problems } of declared) {
      for (const [path, text] of declarations) files.set(path, text);
      for (const p of problems) {
        this.diagnostics.error('generated-declaration-error', `Cannot write declarations for the generated code (a generator or template bug): ${p.message}`, {
          ...(p.path ? { file: `generated/${p.path}` } : {}),
          ...(p.line !== undefined && p.column !== undefined ? { line: p.line, column: p.column } : {}),
        });
      }
    }
  }

  private flush(): void {
    if (this.batch.length > 0) this.declared.push(this.declarations.write(this.batch));
    this.batch = [];
  }
}

/**
 * Sources per message to the declaration worker, which makes one TypeScript program of each:
 * one program for all of them needs more memory, one per file more time.
 */
const BATCH = 200;


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
 * whoever started it, also when the run fails. It answers requests in the order they came.
 */
export class DeclarationWriter {
  private readonly worker = new Worker(new URL('./declarations-worker.js', import.meta.url));
  private readonly waiting: { resolve: (result: DeclarationResult) => void; reject: (error: unknown) => void }[] = [];

  constructor() {
    this.worker.on('message', (result: DeclarationResult) => this.waiting.shift()?.resolve(result));
    this.worker.on('error', (error) => {
      for (const w of this.waiting.splice(0)) w.reject(error);
    });
  }

  write(sources: [string, string][]): Promise<DeclarationResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage({ sources });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
