/**
 * What the build worker (build-worker.js) and the dist builder (dist-builder.ts) say to each
 * other. Declared once, here: the worker is plain JavaScript (so that its thread starts without
 * a TypeScript loader) and checks itself against these types with `// @ts-check`.
 */

/**
 * A source to compile to JavaScript (`src/...`), the ES module JavaScript of a module the emitters
 * wrote with its JavaScript to convert to CommonJS (`dist/...`), or a batch whose declarations
 * TypeScript must write (one program; paths `src/...`).
 */
export type BuildRequest =
  | { id: number; javascript: [path: string, source: string] }
  | { id: number; commonjs: [path: string, javascript: string] }
  | { id: number; declarations: [path: string, source: string][] };

/** esbuild's JavaScript for one module, as an ES module (`code`) and as CommonJS, or why it does not compile. */
export type JavaScriptResult = { code: string; commonjs: string } | { error: string };

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
