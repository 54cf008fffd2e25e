// @ts-check
// The build of dist/, on a worker thread: esbuild for JavaScript (ES module and CommonJS), TypeScript's declaration
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
 * The CommonJS build (dist/cjs/, see dist-builder.ts) is made from the ES module JavaScript, so
 * that both builds come from one compile of the source. `dynamic-import: false` turns the lazy
 * `import('./x.js')` of resources and media-type modules into `Promise.resolve().then(() =>
 * require('./x.js'))`: a CommonJS module loads them with require, into the same module cache as
 * its static requires (an `import()` would work too, but would send them through the ES module
 * loader for nothing). platform 'node' adds the `0 && (module.exports = {...})` annotation from
 * which Node's ES module loader reads the names an `import` of a CommonJS module may take.
 * @type {import('esbuild').TransformOptions}
 */
const COMMONJS = { loader: 'js', format: 'cjs', platform: 'node', target: 'es2022', supported: { 'dynamic-import': false } };

/**
 * @param {string} path 'src/...' or 'dist/...'
 * @param {string} javascript the module as an ES module
 * @returns {Promise<JavaScriptResult>}
 */
async function bothFormats(path, javascript) {
  const { code } = await transform(javascript, { ...COMMONJS, sourcefile: path });
  return { code: javascript, commonjs: code };
}

/**
 * @param {[string, string]} request path ('src/...') and source
 * @returns {Promise<JavaScriptResult>}
 */
async function toJavaScript([path, source]) {
  try {
    const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, tsconfigRaw: TSCONFIG });
    // A types-only module compiles to nothing; it is still a module.
    return await bothFormats(path, code === '' ? 'export {};\n' : code);
  } catch (error) {
    return { error: firstLines(error) };
  }
}

/**
 * @param {[string, string]} request path ('dist/...') and the module's ES module JavaScript
 * @returns {Promise<JavaScriptResult>}
 */
async function toCommonJS([path, javascript]) {
  try {
    return await bothFormats(path, javascript);
  } catch (error) {
    return { error: firstLines(error) };
  }
}

/** @param {unknown} error */
function firstLines(error) {
  return String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ');
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
  const result =
    'javascript' in request ? await toJavaScript(request.javascript) : 'commonjs' in request ? await toCommonJS(request.commonjs) : await toDeclarations(request.declarations);
  /** @type {BuildResponse} */
  const response = { id: request.id, result };
  port.postMessage(response);
});
