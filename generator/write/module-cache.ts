import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../common/diagnostics.js';

/**
 * The emit cache: which files each module of the output on disk was made of, and from what
 * inputs (a key: see emit/module-inputs.ts), so that a regeneration emits and builds only the
 * modules whose inputs changed and takes the others' files from the current output as they are.
 *
 * Kept beside the output, in `<parent of the output>/.sdkgen-cache/<output's name>.json` (one
 * JSON file; outside the output, so it is never part of the package nor of a committed
 * generated/ tree). Deleting it is always safe: the next run emits everything.
 *
 * It also remembers the last run as a whole, so that a run with the same generator, config and
 * spec bytes over an output still as written does nothing at all.
 *
 * Trusted only as far as it can be checked: a module's files are reused when its key matches and
 * every one of its files in the output is still the file the cache saw written (same inode, size
 * and modification time in nanoseconds, as git's index checks a work tree). A file edited,
 * replaced or deleted since makes its module emitted again. A cache that cannot be read (missing,
 * truncated, another version) is an empty one. `--check` never uses it.
 */
export class ModuleCache {
  private readonly pending = new Map<string, CachedModule>();

  private constructor(
    private readonly outDir: string,
    private readonly previous: CacheFile,
  ) {}

  static file(outDir: string): string {
    return join(dirname(outDir), CACHE_DIR, `${basename(outDir)}.json`);
  }

  static open(outDir: string): ModuleCache {
    return new ModuleCache(outDir, readCache(ModuleCache.file(outDir)));
  }

  /** A module's files and diagnostics, when its key is unchanged and its files are still the ones written. */
  reuse(module: string, key: string): CachedModule | undefined {
    const cached = this.previous.modules[module];
    if (!cached || cached.key !== key || !Array.isArray(cached.paths) || !Array.isArray(cached.diagnostics)) return undefined;
    for (const path of cached.paths) {
      const recorded = typeof path === 'string' ? this.previous.files[path] : undefined;
      if (!Array.isArray(recorded) || !sameStat(join(this.outDir, path), recorded)) return undefined;
    }
    this.pending.set(module, cached);
    return cached;
  }

  /**
   * The previous run, when `keyOf` its spec files (a hash of the generator, the config and those
   * files' bytes) is what it was, and every file it wrote is still as written: the output is
   * what this run would write.
   */
  unchangedRun(keyOf: (specFiles: string[]) => string): CachedRun | undefined {
    const run = this.previous.run;
    if (!run || !Array.isArray(run.specFiles) || !Array.isArray(run.paths) || !Array.isArray(run.diagnostics)) return undefined;
    try {
      if (keyOf(run.specFiles) !== run.key) return undefined;
    } catch {
      return undefined; // a spec file is gone or unreadable: the run reports it
    }
    for (const path of run.paths) {
      const recorded = typeof path === 'string' ? this.previous.files[path] : undefined;
      if (!Array.isArray(recorded) || !sameStat(join(this.outDir, path), recorded)) return undefined;
    }
    return run;
  }

  /** What a module emitted now: recorded when the output is written (`save`). */
  emitted(module: string, key: string, paths: string[], diagnostics: Diagnostic[]): void {
    this.pending.set(module, { key, paths, diagnostics });
  }

  /**
   * After the new output is in place: records every module of this run, with the files as they
   * are now on disk. Written to a temporary file and renamed, so a cache is whole or absent; a
   * cache that cannot be written is removed (the output is already right; only the next run is slower).
   */
  save(run: CachedRun): void {
    const file = ModuleCache.file(this.outDir);
    try {
      const files: CacheFile['files'] = {};
      for (const paths of [run.paths, ...[...this.pending.values()].map((m) => m.paths)]) {
        for (const path of paths) {
          if (files[path]) continue;
          const stat = lstatSync(join(this.outDir, path), { bigint: true });
          files[path] = [String(stat.ino), String(stat.size), String(stat.mtimeNs)];
        }
      }
      const cache: CacheFile = { version: VERSION, run, modules: Object.fromEntries(this.pending), files };
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(cache));
      renameSync(tmp, file);
    } catch {
      rmSync(file, { force: true });
    }
  }
}

export const CACHE_DIR = '.sdkgen-cache';

export interface CachedModule {
  key: string;
  /** The module's files, relative to the output directory. */
  paths: string[];
  /** What emitting it reported, replayed when it is reused. */
  diagnostics: Diagnostic[];
}

/** The last run as a whole: what it read, reported and wrote. */
export interface CachedRun {
  key: string;
  specFiles: string[];
  diagnostics: Diagnostic[];
  /** Every file it wrote (relative to the output), the manifest included. */
  paths: string[];
}

/** Bumped when the file's shape changes: an older one is ignored. */
const VERSION = 1;

interface CacheFile {
  version: number;
  run?: CachedRun;
  modules: Record<string, CachedModule>;
  /** inode, size and mtime in ns (decimal strings) of every file of a module, when the cache was written. */
  files: Record<string, [ino: string, size: string, mtimeNs: string]>;
}

function readCache(file: string): CacheFile {
  const empty: CacheFile = { version: VERSION, modules: {}, files: {} };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.version !== VERSION || typeof parsed.modules !== 'object' || typeof parsed.files !== 'object' || !parsed.modules || !parsed.files) return empty;
    return { version: VERSION, ...(parsed.run ? { run: parsed.run } : {}), modules: parsed.modules, files: parsed.files };
  } catch {
    return empty;
  }
}

function sameStat(path: string, [ino, size, mtimeNs]: [string, string, string]): boolean {
  try {
    const stat = lstatSync(path, { bigint: true });
    return stat.isFile() && String(stat.ino) === ino && String(stat.size) === size && String(stat.mtimeNs) === mtimeNs;
  } catch {
    return false;
  }
}
