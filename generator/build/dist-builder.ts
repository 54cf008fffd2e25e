import { Worker } from 'node:worker_threads';
import type { Diagnostics } from '../common/diagnostics.js';
import { COMMONJS_DIR, commonjsPath, distPath, type FileMap } from '../common/files.js';
import type { BuildRequest, BuildResponse, DeclarationResult, JavaScriptResult } from './worker-messages.js';

/**
 * Builds `dist/` (ES modules + declarations, and the same as CommonJS in `dist/cjs/`) from the
 * generated `src/`, file by file:
 * no whole-program type check, which at the scale of the full Cloudflare API takes minutes
 * and gigabytes. The generated code is written to need none: every export has an explicit
 * type (TypeScript's isolated declarations) and every type-only import says `type`. That
 * the output type-checks is proven by the tests, which run strict `tsc` over it.
 *
 * Types-only and validator modules (most of a large package) come from the emitters with
 * their JavaScript and declarations. For the rest (runtime, resources, client, entry points):
 * - JavaScript: esbuild, which strips types without looking at other files, requested as soon
 *   as a source is final (`add`), from a worker thread (build-worker.js), while the emitters go on.
 *   (One esbuild build of every module instead, from the sources written to disk, took longer for
 *   the full Cloudflare API: 2.7 s against 1.5.)
 * - declarations: written with the source (the runtime's ship precompiled, the templates'
 *   come from their declaration twins); else TypeScript's declaration emit in isolated mode,
 *   on the same thread, which loads TypeScript for the first module that needs it.
 *
 * Two formats, one copy per program. The package.json `exports` (emit/package-files.ts) give
 * Node the CommonJS build for `require` and for `import` alike (an ES module imports CommonJS
 * by name, through the export names esbuild annotates), and the ES modules only to bundlers and
 * browsers. A Node program that both requires and imports the package so loads each module once:
 * one `APIError` class, `instanceof` true whichever way the error came. Had Node's `import` the
 * ES modules instead, such a program would hold two copies, each error class twice (the
 * dual-package hazard); and a CommonJS entry cannot wrap the ES modules, because `require` of an
 * ES module needs Node 20.19, and the package's floor is Node 20.0. The CommonJS is made from the
 * ES module JavaScript (build-worker.js), so the two builds cannot drift apart; a module loaded
 * lazily (`import()` of a resource's operations, of streaming or request-body code) becomes a
 * `require` in a promise, and still loads only when first needed.
 */
export class DistBuilder {
  private readonly javascript = new Map<string, Promise<JavaScriptResult>>();
  private readonly declared: Promise<DeclarationResult>[] = [];
  private batch: [string, string][] = [];
  private readonly worker = new BuildWorker();

  /** Builds a module: its JavaScript, and its declarations unless they were written with it. */
  add(path: string, source: string, declarations?: string): void {
    this.javascript.set(path, this.worker.request<JavaScriptResult>({ javascript: [path, source] }));
    if (declarations !== undefined) return;
    this.batch.push([path, source]);
    if (this.batch.length >= BATCH) this.flush();
  }

  /**
   * Builds what was not added yet (the output of user templates, once formatted), waits for
   * all of it, and puts the results into `files`; a module that does not build is an error in
   * `diagnostics`. Not built: modules the emitters wrote with their JavaScript (validators),
   * and types-only modules, which are their own declarations.
   */
  async finish(files: FileMap, diagnostics: Diagnostics): Promise<void> {
    for (const [path, source] of files) {
      if (!path.startsWith('src/') || !path.endsWith('.ts') || this.javascript.has(path) || files.has(distPath(path, '.js'))) continue;
      const declarations = files.get(distPath(path, '.d.ts'));
      if (declarations !== source) this.add(path, source, declarations);
    }
    this.flush();
    // JavaScript the emitters wrote without its CommonJS twin gets it here (validators come with theirs).
    for (const [path, text] of files) {
      if (path.startsWith('dist/') && path.endsWith('.js') && !path.startsWith(COMMONJS_DIR) && !files.has(commonjsPath(path))) {
        this.javascript.set(path, this.worker.request<JavaScriptResult>({ commonjs: [path, text] }));
      }
    }
    const [declared, javascript] = await Promise.all([Promise.all(this.declared), Promise.all(this.javascript.values())]);
    [...this.javascript.keys()].forEach((path, i) => {
      const result = javascript[i]!;
      const file = path.startsWith('src/') ? distPath(path, '.js') : path;
      if ('code' in result) {
        files.set(file, result.code);
        files.set(commonjsPath(file), result.commonjs);
      } else diagnostics.error('generated-syntax-error', `The generated code does not compile (a generator or template bug): ${result.error}`, { file: `generated/${path}` });
    });
    for (const { declarations, problems } of declared) {
      for (const [path, text] of declarations) files.set(path, text);
      for (const p of problems) {
        diagnostics.error('generated-declaration-error', `Cannot write declarations for the generated code (a generator or template bug): ${p.message}`, {
          ...(p.path ? { file: `generated/${p.path}` } : {}),
          ...(p.line !== undefined && p.column !== undefined ? { line: p.line, column: p.column } : {}),
        });
      }
    }
    for (const [path, text] of [...files]) {
      if (path.startsWith('dist/') && path.endsWith('.d.ts') && !path.startsWith(COMMONJS_DIR)) files.set(commonjsPath(path), text);
    }
    files.set(`${COMMONJS_DIR}package.json`, COMMONJS_PACKAGE_JSON);
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    await this.worker.close();
  }

  private flush(): void {
    if (this.batch.length > 0) this.declared.push(this.worker.request<DeclarationResult>({ declarations: this.batch }));
    this.batch = [];
  }
}

/**
 * The CommonJS build: dist/cjs/ mirrors dist/, module for module, under a package.json that makes
 * its .js files CommonJS, so that the relative `require('./x.js')`s esbuild writes from the
 * imports need no rewriting, and its copies of the declarations are CommonJS declarations (what
 * TypeScript wants for a `require` under --module node16/nodenext).
 */
const COMMONJS_PACKAGE_JSON = JSON.stringify({ type: 'commonjs' }, null, 2) + '\n';

/**
 * Sources per declarations request, which makes one TypeScript program of each:
 * one program for all of them needs more memory, one per file more time.
 */
const BATCH = 200;

/**
 * build-worker.js, started with the builder (before the spec is read, so that the thread is up
 * when the first source is final), closed by whoever started it, also when the run fails.
 */
class BuildWorker {
  private readonly worker = new Worker(new URL('./build-worker.js', import.meta.url));
  private readonly waiting = new Map<number, { resolve: (result: never) => void; reject: (error: unknown) => void }>();
  private next = 0;

  constructor() {
    this.worker.on('message', ({ id, result }: BuildResponse) => {
      this.waiting.get(id)?.resolve(result as never);
      this.waiting.delete(id);
    });
    this.worker.on('error', (error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    });
  }

  request<T extends BuildResponse['result']>(message: { javascript: [string, string] } | { commonjs: [string, string] } | { declarations: [string, string][] }): Promise<T> {
    const id = this.next++;
    const request: BuildRequest = { id, ...message };
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: never) => void, reject });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
