import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate, type GenerateResult } from '../../generator/pipeline.js';
import { allResources } from '../../generator/model/resource-tree.js';
import { ModuleCache } from '../../generator/write/module-cache.js';
import { recoverInterrupted } from '../../generator/write/write-output.js';
import { CLOUDFLARE_SPECS_DIR } from '../support/cloudflare-specs.js';
import { BIN, REPO_ROOT, removeTempDirs, runCli, tempDir } from '../cli/support/cli.js';

/**
 * Issue 18: a regeneration writes only what changed (unchanged files are hard links of the
 * current output's), emits only the modules whose inputs changed (the emit cache beside the
 * output), and is still atomic: killed at any moment, or out of disk space, it leaves the old
 * output or the new one, byte for byte.
 *
 * The spec is Cloudflare's AI Gateway (63 operations, ~230 files: big enough for a write to
 * take a while, small enough to run often). Version B changes ONE operation: an optional query
 * parameter added to the operation `CHANGED`. Expectations come from fresh generations of A and B
 * into directories of their own, never from the incremental runs under test.
 */
const SPEC = join(CLOUDFLARE_SPECS_DIR, 'cloudflare-ai-gateway.openapi.json');
const CHANGED = 'aig-config-get-gateway-log-detail';
const OPTIONS = { conventions: 'cloudflare' as const };
const TIMEOUT_MS = 600_000;

afterAll(removeTempDirs);

type JsonObject = Record<string, unknown>;

function specTexts(): { a: string; b: string } {
  const a = readFileSync(SPEC, 'utf8');
  const spec = JSON.parse(a) as { paths: Record<string, Record<string, JsonObject>> };
  const operation = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((o) => o.operationId === CHANGED);
  if (!operation) throw new Error(`${SPEC} has no operation ${CHANGED}`);
  operation.parameters = [...((operation.parameters as unknown[] | undefined) ?? []), { name: 'trace_level', in: 'query', required: false, schema: { type: 'string' } }];
  return { a, b: JSON.stringify(spec) };
}

/** path -> sha256 of every file under `dir` (symlinks and directories would show as missing files). */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return new Map([...out].sort(([x], [y]) => (x < y ? -1 : 1)));
}

const same = (x: Map<string, string>, y: Map<string, string>) => JSON.stringify([...x]) === JSON.stringify([...y]);

/** A directory holding `spec.json` with `text` (the same file name everywhere: the banner names it). */
function specDir(text: string): string {
  const dir = tempDir('sdkgen-incremental-');
  writeFileSync(join(dir, 'spec.json'), text);
  return dir;
}

async function generateIn(dir: string, extra: { cache?: boolean; onModule?: (module: string, reused: boolean) => void } = {}): Promise<GenerateResult> {
  return generate({ spec: join(dir, 'spec.json'), out: join(dir, 'out'), ...OPTIONS, ...extra });
}

let texts: { a: string; b: string };
/** Fresh generations, without any cache: what the output must be. */
let oldTree: Map<string, string>;
let newTree: Map<string, string>;

beforeAll(async () => {
  texts = specTexts();
  const a = specDir(texts.a);
  const b = specDir(texts.b);
  await generateIn(a, { cache: false });
  await generateIn(b, { cache: false });
  oldTree = hashTree(join(a, 'out'));
  newTree = hashTree(join(b, 'out'));
  // The change shows in a few files, not all: else the tests below prove nothing.
  const changed = [...newTree].filter(([path, hash]) => oldTree.get(path) !== hash);
  expect(changed.length).toBeGreaterThan(0);
  expect(changed.length).toBeLessThan(newTree.size / 4);
}, TIMEOUT_MS);

describe('a regeneration after a one-operation change', () => {
  it('re-emits only the resource of that operation, and writes what a fresh generation writes', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    writeFileSync(join(dir, 'spec.json'), texts.b);
    const modules: Array<[string, boolean]> = [];
    const result = await generateIn(dir, { onModule: (module, reused) => modules.push([module, reused]) });

    const resource = allResources(result.api!.resources).find((r) => r.operations.some((o) => o.operationId === CHANGED))!;
    const emitted = modules.filter(([, reused]) => !reused).map(([module]) => module);
    expect(emitted.sort()).toEqual([`operations:${resource.modulePath}`, `resource:${resource.modulePath}`]);
    expect(modules.filter(([, reused]) => reused).length).toBeGreaterThan(10);
    expect(same(hashTree(join(dir, 'out')), newTree)).toBe(true);
  }, TIMEOUT_MS);

  it('keeps the inode and modification time of every file whose bytes did not change, and writes the others anew', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    const out = join(dir, 'out');
    const before = new Map([...oldTree.keys()].map((path) => [path, statSync(join(out, path), { bigint: true })]));
    writeFileSync(join(dir, 'spec.json'), texts.b);
    const result = await generateIn(dir);
    let kept = 0;
    for (const [path, hash] of newTree) {
      const was = before.get(path);
      const now = statSync(join(out, path), { bigint: true });
      if (was && oldTree.get(path) === hash) {
        expect([path, now.ino, now.mtimeNs]).toEqual([path, was.ino, was.mtimeNs]);
        kept++;
      } else if (was) expect([path, now.ino === was.ino]).toEqual([path, false]);
    }
    expect(kept).toBeGreaterThan(newTree.size / 2);
    // What the writer says it wrote is what changed (the manifest and api.json are rewritten only when they change).
    const changed = [...newTree].filter(([path, hash]) => oldTree.get(path) !== hash).length;
    expect(result.written?.files).toBe(changed);
  }, TIMEOUT_MS);

  it('with nothing changed, writes nothing and leaves the output as it was', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    const modules: string[] = [];
    const result = await generateIn(dir, { onModule: (module, reused) => !reused && modules.push(module) });
    expect(modules).toEqual([]);
    expect(result.written).toMatchObject({ files: 0, bytes: 0 });
    expect(same(hashTree(join(dir, 'out')), oldTree)).toBe(true);
  }, TIMEOUT_MS);
});

describe('the emit cache is never trusted blindly', () => {
  it('a truncated, garbled or deleted cache makes a full generation, with the right output', async () => {
    for (const damage of ['truncate', 'garble', 'delete'] as const) {
      const dir = specDir(texts.a);
      await generateIn(dir);
      writeFileSync(join(dir, 'spec.json'), texts.b);
      const file = ModuleCache.file(join(dir, 'out'));
      if (damage === 'truncate') truncateSync(file, Math.floor(statSync(file).size / 2));
      if (damage === 'garble') writeFileSync(file, JSON.stringify({ version: 1, run: { key: 7 }, modules: { runtime: { key: 'x', paths: 3 } }, files: [] }));
      if (damage === 'delete') rmSync(file);
      await generateIn(dir);
      expect([damage, same(hashTree(join(dir, 'out')), newTree)]).toEqual([damage, true]);
    }
  }, TIMEOUT_MS);

  it('a file edited in the output (a new mtime) is regenerated: its module is emitted again', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    const path = [...oldTree.keys()].find((p) => /^src\/resources\/.*\.types\.ts$/.test(p))!;
    writeFileSync(join(dir, 'out', path), '// edited by hand\n');
    await generateIn(dir);
    expect(same(hashTree(join(dir, 'out')), oldTree)).toBe(true);
  }, TIMEOUT_MS);

  it('--check is exact whatever the cache says: an edit that keeps size and mtime, and a corrupted cache', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    const out = join(dir, 'out');
    const path = [...oldTree.keys()].find((p) => /^src\/resources\/.*\.types\.ts$/.test(p))!;
    const full = join(out, path);
    const { atime, mtime } = statSync(full);
    const text = readFileSync(full, 'utf8');
    // Same length, same inode, same mtime: a change only a byte comparison sees.
    writeFileSync(full, text.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')));
    utimesSync(full, atime, mtime);
    const check = await runCli(['generate', '--spec', join(dir, 'spec.json'), '--out', out, '--conventions', 'cloudflare', '--check']);
    expect(check.code).toBe(3);
    expect(check.stderr).toContain(path);

    writeFileSync(full, text);
    truncateSync(ModuleCache.file(out), 10);
    const clean = await runCli(['generate', '--spec', join(dir, 'spec.json'), '--out', out, '--conventions', 'cloudflare', '--check']);
    expect({ code: clean.code, stderr: clean.stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining('is up to date') });
  }, TIMEOUT_MS);
});

describe('atomicity of the incremental write', () => {
  /** A seeded generator of delays (a linear congruential one): the same kill points every run. */
  function delays(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  function startRegeneration(dir: string, nodeArgs: string[] = [], env: Record<string, string> = {}) {
    return spawn(process.execPath, [...nodeArgs, BIN, 'generate', '--spec', join(dir, 'spec.json'), '--out', join(dir, 'out'), '--conventions', 'cloudflare', '--quiet'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: 'ignore',
    });
  }

  const finished = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

  it('SIGKILLed at 15 seeded random moments of a regeneration, the output is the old one or the new one, byte for byte', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    // How long one uninterrupted regeneration takes here, so that the kills land anywhere in it.
    writeFileSync(join(dir, 'spec.json'), texts.b);
    const started = Date.now();
    expect(await finished(startRegeneration(dir))).toBe(0);
    const duration = Date.now() - started;

    const random = delays(18);
    const trees = { a: oldTree, b: newTree };
    let current: 'a' | 'b' = 'b';
    const outcomes: string[] = [];
    for (let i = 0; i < 15; i++) {
      // From the output there is (the cache beside it matching) towards the other version, killed on the way.
      const target: 'a' | 'b' = current === 'a' ? 'b' : 'a';
      writeFileSync(join(dir, 'spec.json'), texts[target]);
      const child = startRegeneration(dir);
      // Listened for from the start: a run that ends before the kill has closed already.
      const closed = finished(child);
      // Up to 1.5 times the measured run: under load (the other jest workers) a run takes longer
      // than the one measured, and kills that all land before its swap would prove nothing new.
      const delay = Math.round(duration * (0.2 + 1.3 * random()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      const out = join(dir, 'out');
      // Killed between the swap's two renames (an instant), there is no output until the next
      // run puts the old one back; recoverInterrupted is that first step of every run.
      if (!existsSync(out)) recoverInterrupted(out);
      const tree = hashTree(out);
      const outcome = same(tree, trees[current]) ? 'old' : same(tree, trees[target]) ? 'new' : 'MIXED';
      outcomes.push(`${delay} ms: ${outcome}`);
      expect(outcomes).not.toContain(expect.stringContaining('MIXED'));
      if (outcome === 'new') current = target;
    }
    // Both outcomes happen, else the kills all landed before or after the write and proved little.
    expect(outcomes.some((o) => o.endsWith(': old'))).toBe(true);
    expect(outcomes.some((o) => o.endsWith(': new'))).toBe(true);
  }, 2 * TIMEOUT_MS);

  it('a full disk in the middle of the write leaves the old output and no temporary directory', async () => {
    const dir = specDir(texts.a);
    await generateIn(dir);
    writeFileSync(join(dir, 'spec.json'), texts.b);
    // The second changed file cannot be written (the first is).
    const result = await runCli(['generate', '--spec', join(dir, 'spec.json'), '--out', join(dir, 'out'), '--conventions', 'cloudflare'], {
      nodeArgs: ['--import', join(REPO_ROOT, 'test/write/support/disk-full.mjs')],
      env: { SDKGEN_TEST_DISK_FULL_AFTER: '1' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the disk is full');
    expect(same(hashTree(join(dir, 'out')), oldTree)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
    // And the next run, with space again, writes the new one.
    await generateIn(dir);
    expect(same(hashTree(join(dir, 'out')), newTree)).toBe(true);
  }, TIMEOUT_MS);

  it('a run killed between the two renames of the swap is repaired by the next: the old output is put back', () => {
    const parent = tempDir('sdkgen-incremental-');
    const out = join(parent, 'out');
    // What a run with pid 999999 (not running) killed right after its first rename leaves.
    const stamp = '999999-1700000000000';
    mkdirSync(join(parent, `.out.old-${stamp}`, 'src'), { recursive: true });
    writeFileSync(join(parent, `.out.old-${stamp}`, 'src', 'a.ts'), 'old');
    cpSync(join(parent, `.out.old-${stamp}`), join(parent, `.out.tmp-${stamp}`), { recursive: true });
    writeFileSync(join(parent, `.out.tmp-${stamp}`, 'src', 'a.ts'), 'new');
    recoverInterrupted(out);
    expect(readFileSync(join(out, 'src', 'a.ts'), 'utf8')).toBe('old');
  });
});
