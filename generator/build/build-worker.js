// @ts-check
// The build of dist/, on a worker thread: esbuild for JavaScript, TypeScript's declaration
// emit for the (rare) modules whose declarations were not written with them. Plain
// JavaScript (not run through tsx) so that the thread starts at once; checked against the
// message types in worker-messages.ts.
//
// Why a thread: esbuild's API talks to its process through a pipe, which only moves while an
// event loop runs, and the main thread's emitters run for seconds without yielding. From here
// every request reaches esbuild as soon as it is posted, so compiling overlaps emitting.
import { transform } from 'esbuild';
import { parentPort } from 'node:worker_threads';

/** @typedef {import('./worker-messages.js').BuildRequest} BuildRequest */
/** @typedef {import('./worker-messages.js').BuildResponse} BuildResponse */
/** @typedef {import('./worker-messages.js').JavaScriptResult} JavaScriptResult */
/** @typedef {import('./worker-messages.js').DeclarationResult} DeclarationResult */

/** What esbuild needs of the package's tsconfig: class fields as ES2022 defines them, imports kept as written. */
const TSCONFIG = { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } };

/**
 * @param {[string, string]} request path ('src/...') and source
 * @returns {Promise<JavaScriptResult>}
 */
async function toJavaScript([path, source]) {
  try {
    const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, tsconfigRaw: TSCONFIG });
    // A types-only module compiles to nothing; it is still a module.
    return { code: code === '' ? 'export {};\n' : code };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ') };
  }
}

/** TypeScript loads only if some module needs it: most runs never do. @type {Promise<typeof import('./declarations.js')> | undefined} */
let typescript;

/**
 * @param {[string, string][]} sources
 * @returns {Promise<DeclarationResult>}
 */
async function toDeclarations(sources) {
  typescript ??= import('./declarations.js');
  return (await typescript).emitDeclarations(sources);
}

const port = parentPort;
if (!port) throw new Error('build-worker.js runs on a worker thread (see dist-builder.ts)');
port.on('message', async (/** @type {BuildRequest} */ request) => {
  const result = 'javascript' in request ? await toJavaScript(request.javascript) : await toDeclarations(request.declarations);
  /** @type {BuildResponse} */
  const response = { id: request.id, result };
  port.postMessage(response);
});
