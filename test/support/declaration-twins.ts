import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { emitDeclarations } from '../../generator/build/declarations.js';
import { RUNTIME_FOLDERS } from '../../generator/emit/emit-package.js';

export interface TwinCheck {
  /** Modules whose declarations were compared. */
  checked: number;
  /** `dist/...d.ts: line N: ours ... / TypeScript's ...` for each file that differs (its first differing line). */
  mismatches: string[];
  problems: string[];
}

/**
 * Compares the declarations sdkgen wrote without TypeScript in a generated package with what
 * TypeScript's declaration emit makes of the same sources: the runtime's (precompiled), the entry
 * points' (their own source), and those of the templates' twins (the client module and every
 * resource operations module). Equal means byte for byte, or, for the entry points (whose
 * declarations are their source, wrapped at 100 columns where TypeScript prints one line), the
 * same text when TypeScript's printer prints both: the same declarations, comments included.
 */
export function checkDeclarationTwins(packageDir: string): TwinCheck {
  const read = (path: string): [string, string] => [path, readFileSync(join(packageDir, path), 'utf8')];
  const runtime = RUNTIME_FOLDERS.flatMap((folder) => readdirSync(join(packageDir, 'src', folder)).sort().map((name) => read(`src/${folder}/${name}`)));
  const sources: [string, string][] = [read('src/client.ts'), read('src/index.ts'), read('src/validators.ts'), ...runtime];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !/\.(types|validators)\.ts$/.test(entry.name)) sources.push([relative(packageDir, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(join(packageDir, 'src/resources'));
  const result: TwinCheck = { checked: 0, mismatches: [], problems: [] };
  // In programs of 200 modules, as the generator's declaration worker makes them.
  for (let i = 0; i < sources.length; i += 200) {
    const { declarations, problems } = emitDeclarations(sources.slice(i, i + 200));
    result.problems.push(...problems.map((p) => `${p.path ?? ''}:${p.line ?? ''}: ${p.message}`));
    for (const [path, expected] of declarations) {
      result.checked++;
      const ours = readFileSync(join(packageDir, path), 'utf8');
      if (ours === expected || printed(ours) === printed(expected)) continue;
      const [a, b] = [ours.split('\n'), expected.split('\n')];
      const line = a.findIndex((text, n) => text !== b[n]);
      const at = line === -1 ? a.length : line;
      result.mismatches.push(`${path}: line ${at + 1}: ours ${JSON.stringify(a[at])} / TypeScript's ${JSON.stringify(b[at])}`);
    }
  }
  return result;
}

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });

/** A declaration file as TypeScript's printer prints it: what it declares, independent of how its lines are broken. */
function printed(text: string): string {
  return printer.printFile(ts.createSourceFile('module.d.ts', text, ts.ScriptTarget.ES2022, true));
}
