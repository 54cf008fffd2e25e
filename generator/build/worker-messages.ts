/**
 * What the build worker (build-worker.js) and the dist builder (dist-builder.ts) say to each
 * other. Declared once, here: the worker is plain JavaScript (so that its thread starts without
 * a TypeScript loader) and checks itself against these types with `// @ts-check`.
 */

/** A source to compile to JavaScript, or a batch whose declarations TypeScript must write (one program). Paths are `src/...`. */
export type BuildRequest = { id: number; javascript: [path: string, source: string] } | { id: number; declarations: [path: string, source: string][] };

/** esbuild's JavaScript for one source, or why it does not compile. */
export type JavaScriptResult = { code: string } | { error: string };

export interface DeclarationProblem {
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

/** TypeScript's declarations for a batch (`[dist path, text]`), and what kept it from writing some. */
export interface DeclarationResult {
  declarations: [path: string, text: string][];
  problems: DeclarationProblem[];
}

export interface BuildResponse {
  id: number;
  result: JavaScriptResult | DeclarationResult;
}
