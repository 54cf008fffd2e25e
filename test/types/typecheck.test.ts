import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { CONFIG_FILE, REPO_ROOT } from '../support/spec-reader.js';
import { readSdkConfig } from '../support/contract-spec.js';

/**
 * The TypeScript compiler, through its API, over the generated package:
 *
 * 1. generated/src with generated/tsconfig.json plus `strict: true, noEmit: true`, i.e.
 *    `tsc -p generated --noEmit --strict`;
 * 2. the package as a consumer sees it: every generated/dist/*.d.ts, with `skipLibCheck: false`
 *    so the declaration files are themselves checked, and test/types/ai-gateway-calls.ts, which
 *    calls a typical method of every resource and has `@ts-expect-error` lines for wrong calls.
 *
 * Both must produce zero diagnostics; any are printed in full. A control file with one wrong call
 * rides along in the consumer program, so the harness is shown to report errors at all.
 */

const generatedDir = join(REPO_ROOT, 'generated');
const callsFile = join(REPO_ROOT, 'test', 'types', 'ai-gateway-calls.ts');
const controlFile = join(REPO_ROOT, 'test', 'types', '__typecheck-control__.ts');
const controlSource = [
  "import { Cloudflare } from '../../generated/dist/index.js';",
  "export const wrong = new Cloudflare({ apiToken: 't' }).aiGateway.logs.get(42, 'log-1');",
  '',
].join('\n');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => REPO_ROOT,
  getNewLine: () => '\n',
};

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, formatHost);
}

function isIn(diagnostic: ts.Diagnostic, file: string): boolean {
  return diagnostic.file !== undefined && resolve(diagnostic.file.fileName) === file;
}

describe('tsc --noEmit --strict over generated/', () => {
  it('type-checks generated/src with zero diagnostics', () => {
    const configPath = join(generatedDir, 'tsconfig.json');
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    if (read.error) throw new Error(format([read.error]));
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, generatedDir, { strict: true, noEmit: true }, configPath);
    expect(format(parsed.errors)).toBe('');
    expect(parsed.options.strict).toBe(true);

    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const diagnostics = ts.getPreEmitDiagnostics(program);

    // Every source file is in the program, so zero diagnostics is not zero files.
    const sources = filesUnder(join(generatedDir, 'src'), '.ts').map((file) => resolve(file));
    const checked = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
    expect(sources.filter((file) => !checked.has(file)).map((file) => relative(REPO_ROOT, file))).toEqual([]);
    expect(sources.length).toBeGreaterThan(40);
    expect(format(diagnostics)).toBe('');
  }, 120_000);
});

describe('the package as a consumer sees it (generated/dist/*.d.ts) under strict', () => {
  let diagnostics: readonly ts.Diagnostic[] = [];
  let checkedFiles = new Set<string>();
  const declarations = filesUnder(join(generatedDir, 'dist'), '.d.ts').map((file) => resolve(file));

  beforeAll(() => {
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      // What the package needs of its environment: fetch, Response, AbortSignal. No @types.
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.asynciterable.d.ts'],
      types: [],
      isolatedModules: true,
      verbatimModuleSyntax: true,
    };
    const host = ts.createCompilerHost(options);
    // The control file exists only in memory.
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (fileName) => resolve(fileName) === controlFile || fileExists.call(host, fileName);
    host.readFile = (fileName) => (resolve(fileName) === controlFile ? controlSource : readFile.call(host, fileName));
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
      resolve(fileName) === controlFile
        ? ts.createSourceFile(fileName, controlSource, languageVersion, true)
        : getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
    const program = ts.createProgram({ rootNames: [callsFile, controlFile, ...declarations], options, host });
    diagnostics = ts.getPreEmitDiagnostics(program);
    checkedFiles = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
  }, 120_000);

  it('checks every declaration file in generated/dist', () => {
    expect(declarations.length).toBeGreaterThan(40);
    expect(declarations.filter((file) => !checkedFiles.has(file))).toEqual([]);
  });

  it('reports the control file\'s wrong call (a number for gateway_id), so errors do surface', () => {
    const control = diagnostics.filter((d) => isIn(d, controlFile));
    expect(control.map((d) => d.code)).toEqual([2345]);
  });

  it('finds zero diagnostics in the declaration files and in test/types/ai-gateway-calls.ts', () => {
    expect(format(diagnostics.filter((d) => !isIn(d, controlFile)))).toBe('');
  });

  it('test/types/ai-gateway-calls.ts calls a method of every resource in spec/sdk.config.yaml', () => {
    const source = readFileSync(callsFile, 'utf8');
    const resources = [...new Set([...readSdkConfig(CONFIG_FILE).operations.values()].map((t) => t.slice(0, t.lastIndexOf('.'))))];
    expect(resources.length).toBe(17);
    const uncalled = resources.filter((resource) => !new RegExp(`client\\.${resource.replace(/\./g, '\\.')}\\.\\w+\\(`).test(source));
    expect(uncalled).toEqual([]);
    // Each wrong call is a @ts-expect-error line, which tsc reports when it stops failing (TS2578).
    expect(source.match(/\/\/ @ts-expect-error /g)?.length ?? 0).toBeGreaterThanOrEqual(resources.length);
  });
});
