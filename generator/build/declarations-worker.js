// TypeScript's declaration emit, on a worker thread. Plain JavaScript (not run through
// tsx) so the thread starts at once: loading TypeScript takes about two seconds, and it
// happens here while the main thread reads the spec and emits the package.
//
// Message in:  { sources: [path, text][] }   (paths relative to the package, 'src/...'), one
//              TypeScript program each (DistBuilder sizes the batches)
// Message out: { declarations: [path, text][], problems: { path, line, column, message }[] }
import { parentPort } from 'node:worker_threads';
import ts from 'typescript';

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

function emit(sources) {
  const declarations = [];
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

parentPort.on('message', ({ sources }) => parentPort.postMessage(emit(sources)));
