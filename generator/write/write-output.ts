import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, relative, resolve } from 'node:path';
import { readIfFile, type FileMap } from '../common/files.js';

/** Lists the files sdkgen owns in an output directory, so it never deletes anyone else's. */
export const MANIFEST = '.sdkgen-manifest.json';

/**
 * The output directory could not be written (permissions, a file in the way, a full
 * disk, or a directory that must not be replaced). Nothing in it was changed.
 */
export class WriteFailed extends Error {
  constructor(
    readonly outDir: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot write ${outDir}: ${reason}`, options);
    this.name = 'WriteFailed';
  }
}

function ownedFiles(outDir: string): Set<string> {
  try {
    const list: unknown = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'));
    return new Set(Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : []);
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
  for (const [path, content] of all) if (readIfFile(join(outDir, path)) !== content) stale.push(path);
  for (const path of ownedFiles(outDir)) if (!all.has(path) && existsSync(join(outDir, path))) stale.push(path);
  return stale.sort();
}

/** Writers not committed or abandoned yet (see `OutputWriter.abandonAll`). */
const unfinished = new Set<OutputWriter>();

/**
 * Writes the package atomically: everything goes to a temporary sibling directory, files
 * the generator does not own are carried over, and only then is it swapped into place.
 * If anything fails before the swap, `outDir` is untouched (and `WriteFailed` says why).
 *
 * In steps, so that files already final can be written while the rest is still being built
 * (`writeEarly`); `commit` writes the rest and swaps; `abandon` (or a failed step) removes
 * the temporary directory.
 */
export class OutputWriter {
  private readonly tmp: string;
  private readonly old: string;
  private readonly written = new Set<string>();
  private readonly directories = new Set<string>();

  constructor(private readonly outDir: string) {
    refuseDangerousTarget(outDir);
    const stamp = `${process.pid}-${Date.now()}`;
    this.tmp = join(dirname(outDir), `.${relativeName(outDir)}.tmp-${stamp}`);
    this.old = join(dirname(outDir), `.${relativeName(outDir)}.old-${stamp}`);
    unfinished.add(this);
  }

  /** Removes the temporary directories of every write not committed yet (before exiting mid-run). */
  static abandonAll(): void {
    for (const output of unfinished) output.abandon();
  }

  /** Writes these files into the temporary directory now. */
  writeEarly(files: FileMap): void {
    this.guard(() => this.writeNew(files));
  }

  commit(files: FileMap): void {
    const { outDir, tmp, old } = this;
    const all = withManifest(files);
    this.guard(() => {
      this.writeNew(all);
      if (existsSync(outDir)) {
        if (!lstatSync(outDir).isDirectory()) throw new WriteFailed(outDir, 'it exists and is not a directory; remove it or choose another --out');
        const owned = ownedFiles(outDir);
        for (const path of carriedOver(outDir, owned, all)) {
          cpSync(join(outDir, path), join(tmp, path), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
        }
        renameSync(outDir, old);
      }
      renameSync(tmp, outDir);
    });
    unfinished.delete(this);
    // The new output is in place; a leftover copy of the old one is only clutter.
    rmSync(old, { recursive: true, force: true, maxRetries: 2 });
  }

  abandon(): void {
    unfinished.delete(this);
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.abandon();
      if (existsSync(this.old) && !existsSync(this.outDir)) renameSync(this.old, this.outDir);
      if (error instanceof WriteFailed) throw error;
      throw new WriteFailed(this.outDir, describeFsError(error), { cause: error });
    }
  }

  /**
   * Writes the files not written yet (a file written early is final), creating each
   * directory once. Synchronous on purpose: for the 10,000 files of the full Cloudflare SDK,
   * writes through libuv's thread pool took a third longer and twice the system time.
   */
  private writeNew(files: FileMap): void {
    for (const [path, content] of files) {
      if (this.written.has(path)) continue;
      const full = join(this.tmp, path);
      const dir = dirname(full);
      if (!this.directories.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.directories.add(dir);
      }
      writeFileSync(full, content);
      this.written.add(path);
    }
  }
}

/**
 * Swapping a directory that holds the current directory (or is the filesystem root)
 * would pull the ground from under the user's shell and copy their whole project.
 */
function refuseDangerousTarget(outDir: string): void {
  const target = resolve(outDir);
  if (target === parse(target).root) throw new WriteFailed(outDir, 'it is the filesystem root; choose an output directory of its own');
  const fromTarget = relative(target, process.cwd());
  if (fromTarget === '' || !fromTarget.startsWith('..')) {
    throw new WriteFailed(outDir, 'it contains the current directory, and sdkgen replaces its output directory as a whole; choose an output directory of its own (such as generated/)');
  }
}

function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a path component is a file, not a directory',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    EBUSY: 'the directory is in use',
    EXDEV: 'the temporary directory is on another device',
  };
  const reason = (e.code && reasons[e.code]) ?? (e instanceof Error ? e.message : String(error));
  return `${reason}${e.path ? ` (${e.path})` : ''}; nothing in it was changed`;
}

function relativeName(dir: string): string {
  return dir.split('/').filter(Boolean).pop() ?? 'out';
}

/**
 * Entries under `outDir` that the new output must keep: everything sdkgen neither owns
 * nor writes now. Symlinks and empty directories are entries of their own (copied as
 * they are, not followed); `node_modules` is carried as one entry, not walked.
 */
function carriedOver(outDir: string, owned: Set<string>, written: FileMap): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const names = readdirSync(dir);
    if (names.length === 0 && dir !== outDir) out.push(relative(outDir, dir));
    for (const name of names) {
      const full = join(dir, name);
      const path = relative(outDir, full);
      const stat = lstatSync(full);
      if (stat.isDirectory() && name !== 'node_modules' && !stat.isSymbolicLink()) walk(full);
      else if (!owned.has(path) && !written.has(path)) out.push(path);
    }
  };
  walk(outDir);
  return out;
}
