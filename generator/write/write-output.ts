import { spawn } from 'node:child_process';
import { closeSync, constants, copyFileSync, cpSync, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

function manifestFor(paths: string[]): string {
  return JSON.stringify([...paths].sort(), null, 2) + '\n';
}

function withManifest(files: FileMap): FileMap {
  const all = new Map(files);
  all.set(MANIFEST, manifestFor([...files.keys()]));
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
 * Only what changed is written: a file whose bytes are those of the current output's file is
 * hard-linked from it into the temporary directory (copied where the file system has no hard
 * links), and so are the files the caller says are unchanged (`reused`, from the emit cache).
 * So a regeneration that changes one operation writes a handful of files, and the files it
 * did not change keep their inode and modification time.
 *
 * The swap is two renames (the current output aside, the new one into place); the old tree is
 * deleted after it, by a detached process, off the critical path. Killed at any moment, the
 * output directory holds the old output or the new one: between the two renames it is missing
 * for an instant, and `recoverInterrupted` (run by every writer first) puts the old one back.
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
  /** Whether there is a current output to reuse files from. */
  private readonly previous: boolean;
  /** Cleared at the first hard link the file system refuses: copies from then on. */
  private links = true;
  /** Files taken from the current output (linked or copied) instead of written. */
  reusedCount = 0;
  /** Bytes and files written (not reused) by this writer, for the bench and `--debug`. */
  writtenBytes = 0;
  writtenCount = 0;

  constructor(private readonly outDir: string) {
    refuseDangerousTarget(outDir);
    recoverInterrupted(outDir);
    const stamp = `${process.pid}-${Date.now()}`;
    this.tmp = join(dirname(outDir), `.${relativeName(outDir)}.tmp-${stamp}`);
    this.old = join(dirname(outDir), `.${relativeName(outDir)}.old-${stamp}`);
    this.previous = isDirectory(outDir);
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

  /**
   * Writes the rest of `files`, takes the `reused` paths (unchanged since the current output,
   * which must hold them) from the current output, carries over what sdkgen does not own, and
   * swaps. The manifest lists both.
   */
  commit(files: FileMap, reused: Iterable<string> = []): void {
    const { outDir, tmp, old } = this;
    const reusedPaths = [...reused].filter((path) => !files.has(path));
    const manifest = manifestFor([...files.keys(), ...reusedPaths]);
    this.guard(() => {
      this.writeNew(files);
      this.writeNew(new Map([[MANIFEST, manifest]]));
      for (const path of reusedPaths) {
        this.ensureDirectory(dirname(join(tmp, path)));
        this.reuse(join(outDir, path), join(tmp, path));
      }
      if (existsSync(outDir)) {
        if (!lstatSync(outDir).isDirectory()) throw new WriteFailed(outDir, 'it exists and is not a directory; remove it or choose another --out');
        const owned = ownedFiles(outDir);
        const all = new Set([...files.keys(), ...reusedPaths, MANIFEST]);
        for (const path of carriedOver(outDir, owned, all)) this.carry(join(outDir, path), join(tmp, path));
        renameSync(outDir, old);
      }
      renameSync(tmp, outDir);
    });
    unfinished.delete(this);
    // The new output is in place; the old one is only clutter, deleted without waiting for it.
    removeInBackground(old);
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
   * directory once; a file whose bytes the current output already has is linked from it.
   * Synchronous on purpose: for the 10,000 files of the full Cloudflare SDK, writes through
   * libuv's thread pool took a third longer and twice the system time.
   */
  private writeNew(files: FileMap): void {
    for (const [path, content] of files) {
      if (this.written.has(path)) continue;
      const full = join(this.tmp, path);
      this.ensureDirectory(dirname(full));
      const bytes = Buffer.from(content);
      const current = join(this.outDir, path);
      if (this.previous && sameBytes(current, bytes)) this.reuse(current, full);
      else {
        writeFileSync(full, bytes);
        this.writtenBytes += bytes.length;
        this.writtenCount++;
      }
      this.written.add(path);
    }
  }

  private ensureDirectory(dir: string): void {
    if (this.directories.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.directories.add(dir);
  }

  /** The current output's file, in the new output: the same inode where hard links work. */
  private reuse(from: string, to: string): void {
    this.reusedCount++;
    if (this.links) {
      try {
        linkSync(from, to);
        return;
      } catch (error) {
        if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        this.links = false;
      }
    }
    copyFileSync(from, to);
  }

  /** An entry sdkgen does not own, into the new output: files linked, anything else copied as it is. */
  private carry(from: string, to: string): void {
    const stat = lstatSync(from);
    if (stat.isFile() && this.links) {
      this.ensureDirectory(dirname(to));
      this.reuse(from, to);
      this.reusedCount--;
      return;
    }
    cpSync(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  }
}

/** Why `link` fails where the file system has no hard links (or not between these two places). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/** Whether `path` is a regular file (not a symlink) holding exactly `bytes`. */
function sameBytes(path: string, bytes: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size !== bytes.length) return false;
    const current = Buffer.allocUnsafe(bytes.length);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, current, read, bytes.length - read, read);
      if (n === 0) return false;
      read += n;
    }
    return current.equals(bytes);
  } finally {
    closeSync(fd);
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What a run killed mid-way (SIGKILL, power loss) left beside `outDir`: its temporary directory,
 * the old output renamed aside, or, killed between the swap's two renames, no output at all and
 * the old one aside, which is put back. Only the leftovers of processes no longer running are
 * touched (the stamp in their names holds the pid).
 */
export function recoverInterrupted(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `.${relativeName(outDir)}.`;
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  const leftovers = names
    .map((name) => ({ name, match: /^(tmp|old)-(\d+)-(\d+)$/.exec(name.slice(prefix.length)) }))
    .filter((l): l is { name: string; match: RegExpExecArray } => l.match !== null && !isRunning(Number(l.match[2])));
  if (!existsSync(outDir)) {
    // Killed between the renames, a run leaves both its directories, complete, under one stamp
    // (an old output alone is one whose deletion was cut short: never put back).
    const stamps = new Set(leftovers.filter((l) => l.match[1] === 'tmp').map((l) => `${l.match[2]}-${l.match[3]}`));
    const old = leftovers.find((l) => l.match[1] === 'old' && stamps.has(`${l.match[2]}-${l.match[3]}`));
    if (old) renameSync(join(parent, old.name), outDir);
  }
  for (const { name } of leftovers) if (existsSync(join(parent, name))) removeInBackground(join(parent, name));
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes `dir` from a detached process that outlives this one: deleting the 10,000 files of
 * an old output is not something the user waits for. Renamed first, so the name is free at once.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  try {
    const child = spawn(process.execPath, ['-e', 'require("fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 2 })', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
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
function carriedOver(outDir: string, owned: Set<string>, written: Set<string>): string[] {
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
