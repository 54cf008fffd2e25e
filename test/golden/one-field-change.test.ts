import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { formatDiagnostic, GenerationFailed } from '../../generator/common/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { MANIFEST } from '../../generator/write/write-output.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * "The generated diff for a one-field spec change touches only what changed."
 *
 * The cloudflare-envelope-3-0 fixture is generated as is (A), then with ONE optional property
 * added to the component schema the list operation returns (B), and again as is (A2). The
 * expected set of changed files is derived from A, not snapshotted: a file changes exactly
 * when it spells out that schema's properties (it must now spell out one more). The manifest
 * is a list of paths, not hashes, so it changes only if the file set does. Inside each changed
 * file, every run of differing lines must mention the new property, and there must be few.
 *
 * B is compared with A2 (not A), the run just before it: the runtime under templates/ is
 * copied into every output, and these two runs are the closest in time.
 */

const FIXTURE = join(REPO_ROOT, 'test/fixtures/golden/cloudflare-envelope-3-0/openapi.yaml');
const TIMEOUT_MS = 180_000;
/** At most this many lines may differ (added + removed) in one file for a one-property change. */
const MAX_CHANGED_LINES_PER_FILE = 16;

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-one-field-'));
  tempDirs.push(dir);
  return dir;
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full));
  }
  return out.sort();
}

async function run(spec: string, out: string): Promise<void> {
  try {
    await generate({ spec, out });
  } catch (error) {
    if (!(error instanceof GenerationFailed)) throw error;
    throw new Error(`generation failed:\n${error.diagnostics.items.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
}

/** Every `properties` key of every schema in the document, except those under `skip` (a JSON path prefix). */
function propertyNamesOutside(node: unknown, skip: string, path = ''): Set<string> {
  const names = new Set<string>();
  if (path === skip || node === null || typeof node !== 'object') return names;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const childPath = `${path}/${key}`;
    if (key === 'properties' && value && typeof value === 'object' && childPath !== `${skip}/properties`) {
      for (const name of Object.keys(value)) names.add(name);
    }
    for (const name of propertyNamesOutside(value, skip, childPath)) names.add(name);
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds `name` as a whole word (so `size` does not match `sizes`). */
function mentions(text: string, name: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_$])${escapeRegExp(name)}($|[^A-Za-z0-9_$])`).test(text);
}

interface Hunk {
  removed: string[];
  added: string[];
}

/** A line diff (longest common subsequence), as runs of removed/added lines. */
function diffLines(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  // The middle is what differs plus what lies between the differences; past a few thousand
  // lines each, treat it as one hunk (it fails the size check anyway).
  if (x.length * y.length > 4_000_000) return [{ removed: x, added: y }];
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  const flush = () => {
    if (current) hunks.push(current);
    current = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      (current ??= { removed: [], added: [] }).added.push(y[j++]!);
    } else {
      (current ??= { removed: [], added: [] }).removed.push(x[i++]!);
    }
  }
  flush();
  return hunks;
}

describe('regenerating after a one-field spec change', () => {
  const SCHEMA = 'Widget';
  const NEW_FIELD = 'nickname';
  let dirA: string;
  let dirA2: string;
  let dirB: string;
  let schemaPointer: string;
  let existingFields: string[];

  beforeAll(async () => {
    const work = tempDir();
    const specA = join(work, 'a', 'openapi.yaml');
    const specB = join(work, 'b', 'openapi.yaml');
    // The two specs live side by side, both named openapi.yaml, so that nothing but the field differs.
    mkdirSync(join(work, 'a'));
    mkdirSync(join(work, 'b'));
    copyFileSync(FIXTURE, specA);

    // One optional property, added through the YAML document model (comments and layout kept).
    const doc = parseDocument(readFileSync(FIXTURE, 'utf8'));
    const properties = doc.getIn(['components', 'schemas', SCHEMA, 'properties']);
    if (!isMap(properties)) throw new Error(`the fixture has no components.schemas.${SCHEMA}.properties mapping`);
    existingFields = (properties as YAMLMap).items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
    expect(existingFields).not.toContain(NEW_FIELD);
    const required = doc.getIn(['components', 'schemas', SCHEMA, 'required']);
    doc.setIn(['components', 'schemas', SCHEMA, 'properties', NEW_FIELD], doc.createNode({ type: 'string' }));
    writeFileSync(specB, doc.toString());
    // Exactly one thing changed in the spec: one more property, not listed as required.
    expect(doc.getIn(['components', 'schemas', SCHEMA, 'required'])).toEqual(required);
    schemaPointer = `/components/schemas/${SCHEMA}`;

    dirA = join(work, 'out-a');
    dirB = join(work, 'out-b');
    dirA2 = join(work, 'out-a2');
    await run(specA, dirA);
    await run(specB, dirB);
    await run(specA, dirA2);
  }, TIMEOUT_MS);

  it('is deterministic: the unchanged spec generates the same files, byte for byte', () => {
    const files = listFiles(dirA);
    expect(files.length).toBeGreaterThan(0);
    expect(listFiles(dirA2)).toEqual(files);
    expect(files.filter((f) => !readFileSync(join(dirA, f)).equals(readFileSync(join(dirA2, f))))).toEqual([]);
  });

  it('writes the same set of files, so the manifest (a list of paths, not hashes) does not change', () => {
    const files = listFiles(dirA2);
    expect(listFiles(dirB)).toEqual(files);
    const manifest: unknown = JSON.parse(readFileSync(join(dirA2, MANIFEST), 'utf8'));
    // Every entry is a path of a file in the output (the manifest names itself implicitly).
    expect(manifest).toEqual(files.filter((f) => f !== MANIFEST));
    expect(readFileSync(join(dirB, MANIFEST), 'utf8')).toBe(readFileSync(join(dirA2, MANIFEST), 'utf8'));
  });

  it("changes exactly the files that spell out the schema's properties; every other file is byte-identical", () => {
    const spec = parseDocument(readFileSync(FIXTURE, 'utf8')).toJS() as Record<string, unknown>;
    // Property names that belong to this schema alone: a file naming all of them describes its shape.
    const elsewhere = propertyNamesOutside(spec, schemaPointer);
    const ownFields = existingFields.filter((f) => !elsewhere.has(f));
    expect(ownFields.length).toBeGreaterThan(0);

    const files = listFiles(dirA2);
    for (const f of files) expect({ file: f, mentionsNewField: mentions(readFileSync(join(dirA2, f), 'utf8'), NEW_FIELD) }).toEqual({ file: f, mentionsNewField: false });
    const describesSchema = files.filter((f) => {
      const text = readFileSync(join(dirA2, f), 'utf8');
      return ownFields.every((name) => mentions(text, name));
    });
    // The types and validators of the package, in src/ and in the built dist/, and the API
    // surface (api.json lists schema fields); api.md lists methods only, so it is not among them.
    // The schema's module is the one whose types mention its fields.
    const typesFile = describesSchema.find((f) => /^src\/schemas\/[^/]+\.types\.ts$/.test(f));
    expect(typesFile).toBeDefined();
    const module = typesFile!.slice('src/'.length, -'.types.ts'.length);
    expect(describesSchema).toEqual(expect.arrayContaining([`src/${module}.types.ts`, `src/${module}.validators.ts`, `dist/${module}.types.d.ts`, `dist/${module}.validators.js`]));

    const changed = files.filter((f) => !readFileSync(join(dirA2, f)).equals(readFileSync(join(dirB, f))));
    expect(changed).toEqual(describesSchema);
    // And the new field is mentioned in exactly those files afterwards.
    expect(files.filter((f) => mentions(readFileSync(join(dirB, f), 'utf8'), NEW_FIELD))).toEqual(describesSchema);
  });

  it('changes few lines in each changed file, and every changed run of lines mentions the new field', () => {
    const report: { file: string; changedLines: number; hunksNotMentioningField: Hunk[] }[] = [];
    for (const f of listFiles(dirA2)) {
      const before = readFileSync(join(dirA2, f), 'utf8');
      const after = readFileSync(join(dirB, f), 'utf8');
      if (before === after) continue;
      const hunks = diffLines(before, after);
      const changedLines = hunks.reduce((n, h) => n + h.added.length + h.removed.length, 0);
      const hunksNotMentioningField = hunks.filter((h) => ![...h.added, ...h.removed].some((line) => mentions(line, NEW_FIELD)));
      report.push({ file: f, changedLines, hunksNotMentioningField });
    }
    expect(report.map((r) => r.file).length).toBeGreaterThan(0);
    // Every offending file at once, with how many lines changed and the runs that do not belong.
    const offending = report.filter((r) => r.changedLines > MAX_CHANGED_LINES_PER_FILE || r.hunksNotMentioningField.length > 0);
    expect(offending).toEqual([]);
  });
});
