// @ts-check
// TypeScript's declaration emit in isolated mode, for a batch of sources: used by the
// build worker (build-worker.js), and by the test that checks the templates'
// declaration twins against it. Plain JavaScript, so the worker thread starts at once.
import { createRequire } from 'node:module';

// Through require: importing the 9 MB CommonJS file from ESM first scans it for exports.
/** @type {typeof import('typescript')} */
const ts = createRequire(import.meta.url)('typescript');

/** @typedef {import('./worker-messages.js').DeclarationResult} DeclarationResult */

const OPTIONS = {
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

/**
 * TypeScript's isolated declaration emit for `sources` (paths relative to the package, 'src/...'), as one program.
 * @param {[string, string][]} sources
 * @returns {DeclarationResult}
 */
export function emitDeclarations(sources) {
  /** @type {DeclarationResult['declarations']} */
  const declarations = [];
  /** @type {DeclarationResult['problems']} */
  const problems = [];
  const texts = new Map(sources.map(([path, text]) => [`/pkg/${path}`, text]));
  const host = ts.createCompilerHost(OPTIONS);
  host.readFile = (name) => texts.get(name);
  host.fileExists = (name) => texts.has(name);
  host.getSourceFile = (name, language) => {
    const text = texts.get(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, language);
  };
  host.writeFile = (name, text) => declarations.push([name.slice('/pkg/'.length), text]);
  const program = ts.createProgram([...texts.keys()], OPTIONS, host);
  for (const d of program.emit().diagnostics) {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    problems.push({
      path: d.file ? d.file.fileName.slice('/pkg/'.length) : undefined,
      line: where ? where.line + 1 : undefined,
      column: where ? where.character + 1 : undefined,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    });
  }
  return { declarations, problems };
}
