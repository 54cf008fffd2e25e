import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Strict `tsc --noEmit -p` over many generated packages at once: one TypeScript program whose
 * roots are every package's `src/` files (each package imports only itself, by relative
 * paths, so the packages cannot see each other), and whose diagnostics are sorted back to the
 * package they are in. The standard library's declarations (lib.es2022, lib.dom: most of the
 * parse time of a small package) are parsed once per process and reused by every program.
 *
 * The options are each package's own tsconfig.json plus `strict` and `noEmit`, as the scale
 * suites run tsc; packages whose tsconfig.json differ are checked in separate programs.
 */

export interface PackageCheck {
  dir: string;
  ok: boolean;
  /** How many errors tsc reports for the package. */
  errors: number;
  /** The first few, as `src/file.ts(line,col): TSnnnn: message`. */
  first: string[];
}

const libraryFiles = new Map<string, ts.SourceFile>();
const TS_LIB_DIR = dirname(ts.getDefaultLibFilePath({}));

function hostFor(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.startsWith(TS_LIB_DIR)) return read(fileName, languageVersion, onError, shouldCreate);
    let file = libraryFiles.get(fileName);
    if (!file) {
      file = read(fileName, languageVersion, onError, shouldCreate);
      if (file) libraryFiles.set(fileName, file);
    }
    return file;
  };
  return host;
}

function parsedConfig(dir: string): ts.ParsedCommandLine {
  const configFile = join(dir, 'tsconfig.json');
  const json = ts.readConfigFile(configFile, ts.sys.readFile);
  if (json.error) throw new Error(ts.flattenDiagnosticMessageText(json.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(json.config, ts.sys, dir, { strict: true, noEmit: true }, configFile);
}

/** Type-checks each package directory; every one gets a result, in the order given. */
export function typeCheckPackages(dirs: readonly string[]): PackageCheck[] {
  const byConfig = new Map<string, string[]>();
  for (const dir of dirs) {
    const key = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
    byConfig.set(key, [...(byConfig.get(key) ?? []), dir]);
  }
  const results = new Map<string, PackageCheck>();
  for (const group of byConfig.values()) {
    const configs = group.map(parsedConfig);
    // Options that only place emitted files (each package's own rootDir and outDir) would make
    // one program of many packages fail; with noEmit they do nothing else.
    const { rootDir: _rootDir, outDir: _outDir, declaration: _declaration, ...options } = configs[0]!.options;
    const program = ts.createProgram({ rootNames: configs.flatMap((c) => c.fileNames), options, host: hostFor(options) });
    const owner = (fileName: string | undefined) => group.find((dir) => fileName !== undefined && fileName.startsWith(dir + sep));
    for (const dir of group) results.set(dir, { dir, ok: true, errors: 0, first: [] });
    const configErrors = configs.flatMap((c, i) => c.errors.map((d) => [group[i]!, d] as const));
    const all = [...configErrors, ...ts.getPreEmitDiagnostics(program).map((d) => [owner(d.file?.fileName), d] as const)];
    for (const [dir, d] of all) {
      if (d.category !== ts.DiagnosticCategory.Error) continue;
      // A diagnostic in no package (a global options problem) fails them all.
      for (const target of dir ? [dir] : group) {
        const result = results.get(target)!;
        result.ok = false;
        result.errors++;
        if (result.first.length < 5) result.first.push(describe(target, d));
      }
    }
  }
  return dirs.map((dir) => results.get(dir)!);
}

function describe(dir: string, d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (!d.file || d.start === undefined) return `TS${d.code}: ${text}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${relative(dir, d.file.fileName)}(${line + 1},${character + 1}): TS${d.code}: ${text}`;
}
