import type { Api } from '../model/ir.js';

/** `package.json` of the generated package: ESM, types, per-resource entry points, no dependencies. */
export function emitPackageJson(api: Api, resourceModules: string[]): string {
  const exports: Record<string, { types: string; import: string }> = {
    '.': { types: './dist/index.d.ts', import: './dist/index.js' },
  };
  for (const module of [...resourceModules].sort()) {
    exports[`./${module}`] = { types: `./dist/${module}.d.ts`, import: `./dist/${module}.js` };
  }
  const pkg = {
    name: api.package.name,
    version: api.package.version,
    description: api.package.description,
    ...(api.package.license ? { license: api.package.license } : {}),
    type: 'module',
    sideEffects: false,
    main: './dist/index.js',
    types: './dist/index.d.ts',
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
