// Jest runs the TypeScript sources as native ES modules (swc strips types), so the
// generator's `import.meta.url` and top-level await behave exactly as under `tsx`.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The large-spec suites (minutes, 2 GB for tsc over the full Cloudflare SDK) run on their
  // own, one at a time: `npm run test:scale`, which `npm test` runs after the rest.
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/', ...(process.env.SDKGEN_SCALE ? [] : ['/test/scale/'])],
  testTimeout: 60000,
  // Tests read only the repository: see test/setup/read-guard.ts.
  setupFiles: ['<rootDir>/test/setup/read-guard.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/refused-reads.ts'],
};
