import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { FileMap } from '../emit/emit-package.js';

/** Lists the files sdkgen owns in an output directory, so it never deletes anyone else's. */
export const MANIFEST = '.sdkgen-manifest.json';

function ownedFiles(outDir: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

function withManifest(files: FileMap): FileMap {
  const all = new Map(files);
  all.set(MANIFEST, JSON.stringify([...files.keys()].sort(), null, 2) + '\n');
  return all;
}

/** Files whose content on disk differs from `files`, is missing, or is owned but no longer generated. */
export function staleFiles(outDir: string, files: FileMap): string[] {
  const all = withManifest(files);
  const stale: string[] = [];
  for (const [path, content] of all) {
    const full = join(outDir, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) stale.push(path);
  }
  for (const path of ownedFiles(outDir)) if (!all.has(path) && existsSync(join(outDir, path))) stale.push(path);
  return stale.sort();
}

/**
 * Writes the package atomically: everything goes to a temporary sibling directory, files
 * the generator does not own are carried over, and only then is it swapped into place.
 * If anything fails before the swap, `outDir` is untouched.
 */
export function writeOutput(outDir: string, files: FileMap): void {
  const all = withManifest(files);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(parent, `.${relativeName(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${relativeName(outDir)}.old-${stamp}`);
  try {
    for (const [path, content] of all) {
      const full = join(tmp, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    if (existsSync(outDir)) {
      const owned = ownedFiles(outDir);
      for (const path of walk(outDir)) {
        if (owned.has(path) || all.has(path)) continue;
        cpSync(join(outDir, path), join(tmp, path), { recursive: true, verbatimSymlinks: true });
      }
      renameSync(outDir, old);
    }
    renameSync(tmp, outDir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

function relativeName(dir: string): string {
  return dir.split('/').filter(Boolean).pop() ?? 'out';
}

/** Relative paths of files under `dir`; `node_modules` is carried as one entry, not walked. */
function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || !statSync(full).isDirectory()) out.push(relative(base, full));
    else out.push(...walk(full, base));
  }
  return out;
}
