import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { formatDiagnostic, GenerationFailed } from '../../generator/common/diagnostics.js';
import { RUNTIME_FOLDERS } from '../../generator/emit/emit-package.js';
import { generate, type GenerateOptions, type GenerateResult } from '../../generator/pipeline.js';
import { CONFIG_FILE, REPO_ROOT } from '../support/spec-reader.js';

/**
 * Whole-output checks: the committed package is what the generator produces, the generator
 * produces the same bytes every time, and small fixture specs produce their reviewed golden
 * output.
 *
 * `UPDATE_GOLDEN=1` rewrites the golden copies under `test/golden/<fixture>/` instead of
 * comparing; review the diff before committing it.
 */

const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
const FIXTURES_DIR = join(REPO_ROOT, 'test/fixtures/golden');
const GOLDEN_DIR = join(REPO_ROOT, 'test/golden');
const RUNTIME_DIR = join(REPO_ROOT, 'templates/runtime');
// A full generation type-checks and compiles the package; on the whole Cloudflare spec that
// takes a while, and the determinism test does it twice.
const GENERATION_TIMEOUT_MS = 300_000;

/** Relative paths of every file under `dir`, sorted. */
function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full));
  }
  return out.sort();
}

/** Paths of the files whose bytes differ between two directories that hold the same file list. */
function differingFiles(a: string, b: string, files: string[]): string[] {
  return files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** `generate`, with the generator's own diagnostics as the failure message when it refuses. */
async function run(options: GenerateOptions): Promise<GenerateResult> {
  try {
    return await generate(options);
  } catch (error) {
    if (!(error instanceof GenerationFailed)) throw error;
    throw new Error(
      `generation failed:\n${error.diagnostics.items.map((d) => formatDiagnostic(d, REPO_ROOT.replace(/\/$/, ''))).join('\n')}`,
    );
  }
}

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-golden-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the committed generated/ package', () => {
  it(
    'is byte-identical to a fresh generation from spec/sdk.config.yaml',
    async () => {
      const { stale } = await run({ config: CONFIG_FILE, check: true });
      // On failure the list names every out-of-date file; run `npm run generate` and review the diff.
      expect(stale).toEqual([]);
    },
    GENERATION_TIMEOUT_MS,
  );
});

describe('generation', () => {
  it(
    'is deterministic: two runs from the same config write the same files, byte for byte',
    async () => {
      const a = join(tempDir(), 'out');
      const b = join(tempDir(), 'out');
      await run({ config: CONFIG_FILE, out: a });
      await run({ config: CONFIG_FILE, out: b });
      const files = listFiles(a);
      expect(files.length).toBeGreaterThan(0);
      expect(listFiles(b)).toEqual(files);
      expect(differingFiles(a, b, files)).toEqual([]);
    },
    GENERATION_TIMEOUT_MS,
  );
});

/**
 * The golden copies hold the package's `src/` except the runtime (`src/core/`, `src/internal/`):
 * it is copied verbatim from templates/runtime (tested in test/runtime), and pinning it once per
 * fixture would turn every runtime change into N golden updates that say nothing about the generator.
 */
function goldenFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of listFiles(join(outDir, 'src'))) {
    if (RUNTIME_FOLDERS.some((folder) => path.startsWith(`${folder}/`))) continue;
    files.set(path, readFileSync(join(outDir, 'src', path), 'utf8'));
  }
  return files;
}

function readGolden(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  try {
    for (const path of listFiles(dir)) files.set(path, readFileSync(join(dir, path), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return files;
}

function writeGolden(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const fixtures = readdirSync(FIXTURES_DIR)
  .filter((name) => existsSync(join(FIXTURES_DIR, name, 'openapi.yaml')))
  .sort();

describe.each(fixtures)('the %s fixture spec', (name) => {
  const spec = join(FIXTURES_DIR, name, 'openapi.yaml');
  const golden = join(GOLDEN_DIR, name, 'src');
  let outDir: string;
  let warnings: string[];

  // A fixture with a config of its own (its conventions, say) is generated from it, as a user would.
  const config = join(FIXTURES_DIR, name, 'sdk.config.yaml');

  beforeAll(async () => {
    outDir = join(tempDir(), 'out');
    const result = await run(existsSync(config) ? { config, out: outDir } : { spec, out: outDir });
    warnings = result.diagnostics.warnings.map((w) => `${w.code}: ${w.message}`);
  }, GENERATION_TIMEOUT_MS);

  it('generates without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('generates src/ matching the reviewed golden copy, byte for byte', () => {
    const actual = goldenFiles(outDir);
    if (UPDATE_GOLDEN) writeGolden(golden, actual);
    const expected = readGolden(golden);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    // Compared file by file so that a failure names the file and shows a line diff.
    for (const [path, content] of actual) expect({ path, content }).toEqual({ path, content: expected.get(path) });
  });

  it.each(RUNTIME_FOLDERS)('copies exactly the files of templates/runtime/%s into the same folder of src/', (folder) => {
    expect(listFiles(join(outDir, 'src', folder))).toEqual(listFiles(join(RUNTIME_DIR, folder)));
  });
});
