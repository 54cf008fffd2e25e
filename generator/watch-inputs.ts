import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

export interface WatchTargets {
  /** Files to watch (spec files, the config). */
  files: string[];
  /** Folders to watch with everything under them (templates). */
  directories: string[];
  /** Folders whose changes are ours (the output), never a reason to regenerate. */
  ignore: string[];
}

/**
 * Watches the generator's inputs with `fs.watch` and reports which one changed.
 *
 * A file is watched through its folder, filtered by name: editors often save by writing a
 * new file and renaming it over the old one, which a watch on the file itself would miss
 * (it follows the old inode). Template folders are watched recursively (Node 20 supports
 * `recursive` on Linux, macOS and Windows).
 */
export class InputWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private names = new Map<string, Set<string>>();
  private ignore: string[] = [];

  constructor(private readonly onChange: (what: string) => void) {}

  /** Replaces what is watched; unchanged folders keep their watcher. */
  update(targets: WatchTargets): void {
    this.ignore = targets.ignore;
    this.names = new Map();
    for (const file of targets.files) {
      const dir = dirname(file);
      if (!this.names.has(dir)) this.names.set(dir, new Set());
      this.names.get(dir)!.add(basename(file));
    }
    const wanted = new Map<string, () => FSWatcher>();
    for (const dir of this.names.keys()) wanted.set(`files:${dir}`, () => watch(dir, (_event, name) => this.fileEvent(dir, name)));
    for (const dir of targets.directories) wanted.set(`tree:${dir}`, () => watch(dir, { recursive: true }, (_event, name) => this.treeEvent(dir, name)));
    for (const [key, watcher] of this.watchers) {
      if (!wanted.has(key)) {
        watcher.close();
        this.watchers.delete(key);
      }
    }
    for (const [key, open] of wanted) {
      if (this.watchers.has(key) || !existsSync(key.slice(key.indexOf(':') + 1))) continue;
      try {
        const watcher = open();
        // A watched folder that disappears ends its watcher; the next update re-creates it.
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(key);
        });
        this.watchers.set(key, watcher);
      } catch {
        // Not watchable (permissions, too many watches): the other inputs are still watched.
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private fileEvent(dir: string, name: string | Buffer | null): void {
    const names = this.names.get(dir);
    if (name === null) this.onChange(shown(dir));
    else if (names?.has(String(name))) this.onChange(shown(join(dir, String(name))));
  }

  private treeEvent(dir: string, name: string | Buffer | null): void {
    const full = name === null ? dir : join(dir, String(name));
    if (this.ignore.some((ignored) => full === ignored || full.startsWith(ignored + sep))) return;
    // The atomic write's temporary siblings (`.generated.tmp-...`, `.generated.old-...`).
    if (/(^|[/\\])\.[^/\\]*\.(tmp|old)-\d+-\d+([/\\]|$)/.test(full)) return;
    this.onChange(shown(full));
  }
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
