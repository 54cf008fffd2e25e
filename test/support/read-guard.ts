import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The runtime half of "tests read only the repository" (the static half is
 * test/support/outside-paths.ts): wraps the `fs` functions that read files or look at them so
 * that a test touching a path outside the repository fails, naming the test and the path.
 * test/setup/read-guard.ts installs it in every test worker (jest `setupFiles`).
 *
 * A path is checked as given (made absolute against the working directory, `..` collapsed, no
 * symlinks followed), and is allowed when it lies under one of:
 *   - the repository root, as given and as its real path (jest reports real paths);
 *   - the real path of `<root>/node_modules`: where a symlinked node_modules (a git worktree
 *     sharing the main checkout's, or the clone test linking the checkout's) really is. Jest
 *     resolves modules to real paths, so every package file it loads, and every file a package
 *     reads next to itself (TypeScript's lib.d.ts, Prism's, Chromium's archive), has that path.
 *     Only that one directory is allowed, not its parent: the rest of the main checkout stays out;
 *   - os.tmpdir() (as given and real): the tests' own temporary output, jest's transform cache,
 *     the Chromium that @sparticuz/chromium unpacks.
 * A metadata-only look (stat, lstat, exists, access, realpath, readlink) outside is allowed when
 * its answer is the same on every machine, so that it cannot make a test pass here and fail in a
 * clone: at a path that does not exist (module resolution, TypeScript's for one, probes every
 * ancestor directory for `node_modules` and `package.json`), and at a directory the allowed ones
 * are in (`/`, the checkout's parent: TypeScript stats them while it walks up). Reading a file's
 * contents or a directory's listing outside is refused whether or not it exists.
 */

export type Access = 'content' | 'metadata';

export interface ReadPolicy {
  /** Directories under which anything may be read (absolute, normalized). */
  readonly allowedDirs: readonly string[];
  /** The directories that contain them (absolute, normalized): `stat` may look at these. */
  readonly ancestorDirs: ReadonlySet<string>;
  /** Single files outside that may be read (absolute). */
  readonly allowedFiles: ReadonlySet<string>;
  /** Whether something exists at the path (without the guard in the way). */
  readonly exists: (path: string) => boolean;
}

/**
 * Files that describe the operating system, which playwright-core reads when it starts a browser
 * (the Linux distribution, and whether it runs in WSL or a container: its bundled is-wsl and
 * is-inside-container). Facts about the machine, not test inputs.
 */
export const OS_DESCRIPTION_FILES: readonly string[] = ['/etc/os-release', '/proc/version', '/proc/self/cgroup', '/.dockerenv', '/run/.containerenv', '/proc/sys/fs/binfmt_misc/WSLInterop', '/run/WSL'];

/** Is `path` the directory `dir` or inside it? Both absolute and normalized. */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The allowed directories for a repository root. `realpath` is passed in so that the guard's
 * own look-ups bypass the guard; it throws for a path that does not exist.
 */
export function allowedDirsFor(root: string, realpath: (path: string) => string): string[] {
  const dirs = [root, join(root, 'node_modules'), tmpdir()];
  const real = dirs.flatMap((dir) => {
    try {
      return [realpath(dir)];
    } catch {
      return []; // no node_modules yet: nothing to add
    }
  });
  return [...new Set([...dirs, ...real].map((dir) => resolve(dir)))];
}

/** Every directory above each of `dirs`, up to the file system's root. */
export function ancestorsOf(dirs: readonly string[]): Set<string> {
  const ancestors = new Set<string>();
  for (const dir of dirs) {
    for (let parent = dirname(dir); !ancestors.has(parent); parent = dirname(parent)) {
      ancestors.add(parent);
      if (dirname(parent) === parent) break;
    }
  }
  return ancestors;
}

/** The path a call names, absolute; undefined for a file descriptor or a FileHandle. */
export function pathArgument(value: unknown): string | undefined {
  if (typeof value === 'string') return resolve(value);
  if (value instanceof URL) return value.protocol === 'file:' ? resolve(fileURLToPath(value)) : undefined;
  if (Buffer.isBuffer(value)) return resolve(value.toString('utf8'));
  return undefined;
}

/** The outside path a call would read, or undefined when the policy allows it. */
export function refusedPath(value: unknown, access: Access, policy: ReadPolicy): string | undefined {
  const path = pathArgument(value);
  if (path === undefined) return undefined;
  if (policy.allowedFiles.has(path) || policy.allowedDirs.some((dir) => isWithin(path, dir))) return undefined;
  if (access === 'metadata' && (policy.ancestorDirs.has(path) || !policy.exists(path))) return undefined;
  return path;
}

/** The functions wrapped, by object, each with what it does with its first argument. */
const GUARDED: Record<'fs' | 'promises', Record<string, Access>> = {
  fs: {
    readFileSync: 'content', readFile: 'content',
    openSync: 'content', open: 'content',
    opendirSync: 'content', opendir: 'content',
    readdirSync: 'content', readdir: 'content',
    createReadStream: 'content',
    copyFileSync: 'content', copyFile: 'content',
    cpSync: 'content', cp: 'content',
    watch: 'content', watchFile: 'content',
    statSync: 'metadata', stat: 'metadata',
    lstatSync: 'metadata', lstat: 'metadata',
    existsSync: 'metadata', exists: 'metadata',
    accessSync: 'metadata', access: 'metadata',
    realpathSync: 'metadata', realpath: 'metadata',
    readlinkSync: 'metadata', readlink: 'metadata',
  },
  promises: {
    readFile: 'content', open: 'content', opendir: 'content', readdir: 'content',
    copyFile: 'content', cp: 'content', watch: 'content',
    stat: 'metadata', lstat: 'metadata', access: 'metadata', realpath: 'metadata', readlink: 'metadata',
  },
};

type AnyFunction = (...args: unknown[]) => unknown;
type FsLike = Record<string, unknown> & { promises: Record<string, unknown> };

const ORIGINALS = Symbol.for('sdkgen.read-guard.originals');

interface Originals {
  fs: Record<string, AnyFunction>;
  promises: Record<string, AnyFunction>;
  /** realpathSync.native and realpath.native, which are properties of the wrapped functions. */
  native: { realpathSync: AnyFunction; realpath: AnyFunction };
}

/**
 * The unwrapped functions, saved on the `fs` object the first time. The worker's `fs` is one
 * object for every test file it runs (jest hands tests the real core module), so each test
 * file's setup wraps these originals again, with its own policy and reporter, instead of
 * wrapping the previous file's wrappers.
 */
export function originalsOf(fs: FsLike): Originals {
  const holder = fs as FsLike & { [ORIGINALS]?: Originals };
  if (holder[ORIGINALS]) return holder[ORIGINALS];
  const pick = (target: Record<string, unknown>, names: string[]) => Object.fromEntries(names.map((name) => [name, target[name] as AnyFunction]));
  const originals: Originals = {
    fs: pick(fs, Object.keys(GUARDED.fs)),
    promises: pick(fs.promises, Object.keys(GUARDED.promises)),
    native: {
      realpathSync: (fs.realpathSync as { native: AnyFunction }).native,
      realpath: (fs.realpath as { native: AnyFunction }).native,
    },
  };
  Object.defineProperty(fs, ORIGINALS, { value: originals });
  return originals;
}

/**
 * Replaces the guarded functions of `fs` and `fs.promises` with ones that call `refuse(name, path)`
 * (which throws) before touching a refused path, and otherwise call the original.
 */
export function installReadGuard(fs: FsLike, policy: ReadPolicy, refuse: (call: string, path: string) => never): void {
  const originals = originalsOf(fs);
  const wrap = (target: Record<string, unknown>, prefix: string, name: string, access: Access, original: AnyFunction): AnyFunction => {
    const guarded = function (this: unknown, ...args: unknown[]) {
      const path = refusedPath(args[0], access, policy);
      if (path !== undefined) refuse(prefix + name, path);
      return original.apply(this, args);
    };
    target[name] = guarded;
    return guarded;
  };
  for (const [name, access] of Object.entries(GUARDED.fs)) wrap(fs, 'fs.', name, access, originals.fs[name]!);
  for (const [name, access] of Object.entries(GUARDED.promises)) wrap(fs.promises, 'fs.promises.', name, access, originals.promises[name]!);
  for (const name of ['realpathSync', 'realpath'] as const) {
    const target = fs[name] as AnyFunction & { native?: AnyFunction };
    target.native = wrap({}, 'fs.', `${name}.native`, 'metadata', originals.native[name]);
  }
}

/**
 * The messages of refused reads, kept until the test they happened in ends
 * (test/setup/refused-reads.ts). On the test environment's global, because the setup files and
 * the test file each load this module.
 */
const REFUSED_READS = Symbol.for('sdkgen.read-guard.refused');

function refusedReads(): string[] {
  const holder = globalThis as { [REFUSED_READS]?: string[] };
  return (holder[REFUSED_READS] ??= []);
}

export function recordRefusedRead(message: string): void {
  refusedReads().push(message);
}

/** The refused reads recorded so far, removed from the record (each is reported once). */
export function takeRefusedReads(): string[] {
  return refusedReads().splice(0);
}
