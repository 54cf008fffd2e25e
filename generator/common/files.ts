import { readFileSync } from 'node:fs';

/**
 * The generated package as it moves down the pipeline: file contents by path relative to the
 * output directory (`src/client.ts`, `dist/client.js`, `package.json`). Emit fills it; format,
 * build and write take it and return it changed. It lives below every stage so that none of
 * them imports another for it.
 */
export type FileMap = Map<string, string>;

/** `src/a/b.ts` -> `dist/a/b<extension>`: where a source's build output goes. */
export function distPath(source: string, extension: string): string {
  return `dist/${source.slice('src/'.length, -'.ts'.length)}${extension}`;
}

/**
 * The CommonJS build (build/dist-builder.ts): dist/cjs/ mirrors dist/, module for module, its
 * JavaScript built from dist/'s and its declarations copied.
 */
export const COMMONJS_DIR = 'dist/cjs/';

/** `dist/a/b.js` -> `dist/cjs/a/b.js`. */
export function commonjsPath(distFile: string): string {
  return COMMONJS_DIR + distFile.slice('dist/'.length);
}

/** A file's text, or `undefined` when it cannot be read (missing, a directory, no permission). */
export function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
