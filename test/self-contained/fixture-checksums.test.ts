import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The test inputs copied into the repository from outside it (test/fixtures/specs/cloudflare/,
 * test/fixtures/seed/) are the bytes their SHA256SUMS name: a checkout that converted line endings,
 * an edit by hand or a truncated copy fails here rather than as a puzzling difference elsewhere.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const CHECKSUMMED_DIRS = ['specs/cloudflare', 'seed'];
/** Files in those folders that describe the data rather than being it. */
const NOT_DATA = new Set(['SHA256SUMS', 'PROVENANCE.json', 'README.md']);

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `sha256sum` output: `<64 hex>  <name>` per line. */
function readSums(dir: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter((l) => l !== '')) {
    const entry = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!entry) throw new Error(`${dir}/SHA256SUMS: not a sha256sum line: ${JSON.stringify(line)}`);
    sums.set(entry[2]!, entry[1]!);
  }
  return sums;
}

describe.each(CHECKSUMMED_DIRS)('test/fixtures/%s', (name) => {
  const dir = join(FIXTURES, name);

  it('has a SHA256SUMS line for every data file, and every file has the bytes it names', () => {
    const sums = readSums(dir);
    const dataFiles = readdirSync(dir).filter((file) => !NOT_DATA.has(file)).sort();
    expect([...sums.keys()].sort()).toEqual(dataFiles);
    for (const [file, expected] of sums) expect({ file, sha256: sha256(join(dir, file)) }).toEqual({ file, sha256: expected });
  });
});

it('PROVENANCE.json of the Cloudflare specs records the same sizes and hashes as SHA256SUMS', () => {
  const dir = join(FIXTURES, 'specs/cloudflare');
  const provenance = JSON.parse(readFileSync(join(dir, 'PROVENANCE.json'), 'utf8')) as { files: Record<string, { bytes: number; sha256: string }> };
  const sums = readSums(dir);
  expect(Object.keys(provenance.files).sort()).toEqual([...sums.keys()].sort());
  for (const [file, { bytes, sha256: hash }] of Object.entries(provenance.files)) {
    expect({ file, bytes, hash }).toEqual({ file, bytes: readFileSync(join(dir, file)).byteLength, hash: sums.get(file) });
  }
});
