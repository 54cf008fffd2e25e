import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
 *
 * Most of a small package is the runtime sdkgen copies into it (src/core, src/internal: some
 * 3,900 lines, which import only each other), and most of the checker's time went to checking
 * the same runtime again for every package. Packages whose runtime folders are byte-identical
 * share one copy: the first package's; the others' imports of their runtime resolve to it, so
 * their own code is checked against exactly the same source, once. An error in a shared runtime
 * file counts against every package that shares it.
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

const RUNTIME_DIRS = ['core', 'internal'];

/** A digest of a package's runtime folders (names and bytes). */
function runtimeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const folder of RUNTIME_DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, 'src', folder)).sort();
    } catch {
      // A package without this folder: the digest says so.
    }
    for (const name of names) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, 'src', folder, name))).update('\0');
  }
  return hash.digest('hex');
}

function runtimeFolderOf(fileName: string, dir: string): string | undefined {
  const folder = RUNTIME_DIRS.find((f) => fileName.startsWith(join(dir, 'src', f) + sep));
  return folder;
}

/** `sharedRuntime` maps a package to the package whose runtime it uses instead of its own. */
function hostFor(options: ts.CompilerOptions, sharedRuntime: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  host.resolveModuleNames = (names, containingFile) =>
    names.map((name) => {
      const resolved = ts.resolveModuleName(name, containingFile, options, host).resolvedModule;
      if (!resolved) return undefined;
      for (const [dir, canonical] of sharedRuntime) {
        if (runtimeFolderOf(resolved.resolvedFileName, dir)) return { ...resolved, resolvedFileName: canonical + resolved.resolvedFileName.slice(dir.length) };
      }
      return resolved;
    });
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
    const canonicalOf = new Map<string, string>();
    const sharedRuntime = new Map<string, string>();
    for (const dir of group) {
      const digest = runtimeDigest(dir);
      const canonical = canonicalOf.get(digest);
      if (canonical === undefined) canonicalOf.set(digest, dir);
      else sharedRuntime.set(dir, canonical);
    }
    const rootNames = configs.flatMap((c, i) => c.fileNames.filter((f) => !(sharedRuntime.has(group[i]!) && runtimeFolderOf(f, group[i]!))));
    const program = ts.createProgram({ rootNames, options, host: hostFor(options, sharedRuntime) });
    const packageOf = (fileName: string | undefined) => group.find((dir) => fileName !== undefined && fileName.startsWith(dir + sep));
    // The packages a diagnostic counts against: its own, and those sharing its runtime file.
    const owners = (fileName: string | undefined): string[] | undefined => {
      const dir = packageOf(fileName);
      if (dir === undefined) return undefined;
      if (!runtimeFolderOf(fileName!, dir)) return [dir];
      return [dir, ...[...sharedRuntime].filter(([, canonical]) => canonical === dir).map(([other]) => other)];
    };
    for (const dir of group) results.set(dir, { dir, ok: true, errors: 0, first: [] });
    const configErrors = configs.flatMap((c, i) => c.errors.map((d) => [[group[i]!], d] as const));
    const all = [...configErrors, ...ts.getPreEmitDiagnostics(program).map((d) => [owners(d.file?.fileName), d] as const)];
    for (const [dirs, d] of all) {
      if (d.category !== ts.DiagnosticCategory.Error) continue;
      // A diagnostic in no package (a global options problem) fails them all.
      for (const target of dirs ?? group) {
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
