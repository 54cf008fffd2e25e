import type { Api } from '../model/ir.js';

/** Where an entry point's build lives: as one format's JavaScript and the declarations that go with it. */
interface EntryFiles {
  types: string;
  default: string;
}

/**
 * What an `exports` entry maps to. Node (for `import` and `require` alike) gets the CommonJS
 * build, dist/cjs/: one copy of the package per program, so `instanceof APIError` holds whichever
 * way the error's module was loaded (Node's own advice against the dual-package hazard: an ES
 * module import of a CommonJS package). Elsewhere (bundlers, browsers, Deno) `import` gets the
 * ES modules in dist/ (tree-shakable, what a browser can load) and `require` the CommonJS build.
 * Each branch names its own declarations: the CommonJS ones for TypeScript's `require` under
 * --module node16/nodenext, which rejects ES module declarations there.
 */
function entry(module: string): { node: EntryFiles; import: EntryFiles; require: EntryFiles } {
  const commonjs = { types: `./dist/cjs/${module}.d.ts`, default: `./dist/cjs/${module}.js` };
  return { node: commonjs, import: { types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` }, require: commonjs };
}

/** `package.json` of the generated package: ES modules and CommonJS, types, per-resource entry points, no dependencies. */
export function emitPackageJson(api: Api, resourceModules: string[]): string {
  const exports: Record<string, ReturnType<typeof entry>> = { '.': entry('index') };
  for (const module of [...resourceModules].sort()) exports[`./${module}`] = entry(module);
  const pkg = {
    name: api.package.name,
    version: api.package.version,
    description: api.package.description,
    ...(api.package.license ? { license: api.package.license } : {}),
    type: 'module',
    sideEffects: false,
    main: './dist/cjs/index.js',
    module: './dist/index.js',
    types: './dist/cjs/index.d.ts',
    exports,
    files: ['dist', 'src', 'api.md'],
    engines: { node: '>=20' },
    scripts: { build: 'tsc -p tsconfig.json' },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The generated package's own build: strict, ESM, declarations. */
export function emitTsconfig(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      declaration: true,
      outDir: 'dist',
      rootDir: 'src',
      skipLibCheck: true,
      types: [],
      newLine: 'lf',
    },
    include: ['src'],
  };
  return JSON.stringify(config, null, 2) + '\n';
}
