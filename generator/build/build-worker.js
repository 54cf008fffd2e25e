// The build of dist/, on a worker thread: esbuild for JavaScript, TypeScript's declaration
// emit for the (rare) modules whose declarations were not written with them. Plain
// JavaScript (not run through tsx) so that the thread starts at once.
//
// Why a thread: esbuild's API talks to its process through a pipe, which only moves while an
// event loop runs, and the main thread's emitters run for seconds without yielding. From here
// every request reaches esbuild as soon as it is posted, so compiling overlaps emitting.
//
// Messages in:  { id, javascript: [path, source] }        (paths relative to the package, 'src/...')
//               { id, declarations: [path, source][] }    (one TypeScript program each)
// Messages out: { id, result }   { code } or { error } for JavaScript; { declarations, problems }
//               for declarations (see declarations.js)
import { transform } from 'esbuild';
import { parentPort } from 'node:worker_threads';

/** What esbuild needs of the package's tsconfig: class fields as ES2022 defines them, imports kept as written. */
const TSCONFIG = { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } };

async function toJavaScript([path, source]) {
  try {
    const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, tsconfigRaw: TSCONFIG });
    // A types-only module compiles to nothing; it is still a module.
    return { code: code === '' ? 'export {};\n' : code };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ') };
  }
}

/** TypeScript loads only if some module needs it: most runs never do. */
let typescript;

async function toDeclarations(sources) {
  typescript ??= import('./declarations.js');
  return (await typescript).emitDeclarations(sources);
}

parentPort.on('message', async ({ id, javascript, declarations }) => {
  const result = javascript ? await toJavaScript(javascript) : await toDeclarations(declarations);
  parentPort.postMessage({ id, result });
});
