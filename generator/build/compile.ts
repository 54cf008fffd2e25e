import ts from 'typescript';
import type { Diagnostics } from '../diagnostics.js';
import type { FileMap } from '../emit/emit-package.js';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  declaration: true,
  outDir: '/pkg/dist',
  rootDir: '/pkg/src',
  skipLibCheck: true,
  types: [],
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * Type-checks the generated sources and compiles them to `dist/` (ESM + .d.ts), in
 * memory. The built output is committed, so consumers install without building; a
 * type error here is a generator bug and fails the generation.
 */
export function compilePackage(files: FileMap, diagnostics: Diagnostics): void {
  const sources = new Map<string, string>();
  for (const [path, content] of files) if (path.startsWith('src/') && path.endsWith('.ts')) sources.set(`/pkg/${path}`, content);
  sources.set('/pkg/package.json', files.get('package.json') ?? '{"type":"module"}');
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.fileExists = (name) => sources.has(name) || (!name.startsWith('/pkg/') && fileExists(name));
  const directories = new Set<string>();
  for (const name of sources.keys()) for (let d = name.slice(0, name.lastIndexOf('/')); d.length > 0; d = d.slice(0, d.lastIndexOf('/'))) directories.add(d);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => directories.has(name.replace(/\/$/, '')) || (!name.startsWith('/pkg') && (directoryExists?.(name) ?? false));
  host.realpath = (name) => name;
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    const text = sources.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile(name, language);
  };
  host.writeFile = (name, text) => {
    files.set(name.replace(/^\/pkg\//, ''), text);
  };
  host.getCurrentDirectory = () => '/pkg';
  const program = ts.createProgram([...sources.keys()].filter((f) => f.endsWith('.ts')).sort(), OPTIONS, host);
  const problems = ts.getPreEmitDiagnostics(program);
  for (const d of problems.slice(0, 20)) {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    diagnostics.error('generated-type-error', `The generated code does not type-check (a generator bug): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, {
      file: d.file ? `generated/${d.file.fileName.replace(/^\/pkg\//, '')}` : undefined,
      ...(where ? { line: where.line + 1, column: where.character + 1 } : {}),
    });
  }
  if (problems.length > 0) return;
  program.emit();
}
