import { posix } from 'node:path';

/** `./x.js`-style relative import between two module paths under `src/` (no extensions). */
export function relativeImport(fromModule: string, toModule: string): string {
  let rel = posix.relative(posix.dirname(fromModule), toModule);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `${rel}.js`;
}

