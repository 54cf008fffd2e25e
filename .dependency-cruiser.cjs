/**
 * The generator's import rules (run by `npm test`: test/architecture/dependency-rules.test.ts).
 *
 * The pipeline is load -> model -> emit -> format -> build -> write: data flows down, so a stage
 * may import an earlier stage, never a later one. `common/` (diagnostics, the file map) sits below
 * every stage and imports none. `report/` reads the IR only. The orchestration at the top
 * (`pipeline.ts`, `cli.ts`, `progress.ts`, `watch-inputs.ts`, and `init/` for `sdkgen init`) may
 * import any stage, and no stage imports it.
 */
const STAGES = ['load', 'model', 'emit', 'format', 'build', 'write'];

const laterStageRules = STAGES.slice(0, -1).map((stage, i) => ({
  name: `no-${stage}-to-later-stage`,
  comment: `${stage}/ comes before ${STAGES.slice(i + 1).join(', ')}: data flows down the pipeline, so it must not import them.`,
  severity: 'error',
  from: { path: `^generator/${stage}/` },
  to: { path: `^generator/(${STAGES.slice(i + 1).join('|')}|report)/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle means two modules are one job split badly: move what both need below them.',
      severity: 'error',
      from: { path: '^generator/' },
      to: { circular: true },
    },
    ...laterStageRules,
    {
      name: 'common-imports-no-stage',
      comment: 'common/ is below every stage: it may import only Node built-ins and itself.',
      severity: 'error',
      from: { path: '^generator/common/' },
      to: { path: '^generator/(?!common/)' },
    },
    {
      name: 'build-format-write-see-only-files',
      comment: 'format, build and write work on the file map: they import common/ (and, for build, nothing of emit or model).',
      severity: 'error',
      from: { path: '^generator/(format|build|write)/' },
      to: { path: '^generator/(load|model|emit)/' },
    },
    {
      name: 'report-reads-the-ir',
      comment: 'report/ describes the public API from the IR: it imports model/ and common/, not load/ or emit/.',
      severity: 'error',
      from: { path: '^generator/report/' },
      to: { path: '^generator/(load|emit|format|build|write)/' },
    },
    {
      name: 'no-stage-imports-orchestration',
      comment: 'pipeline.ts, cli.ts, progress.ts, watch-inputs.ts and init/ (`sdkgen init`) use the stages; a stage importing them would be an arrow upwards.',
      severity: 'error',
      from: { path: '^generator/(common|load|model|emit|format|build|write|report)/' },
      to: { path: '^generator/([^/]+\\.(ts|js)|init/.*)$' },
    },
    {
      name: 'generator-not-from-tests',
      comment: 'The generator never imports test code.',
      severity: 'error',
      from: { path: '^(generator|bin)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^generator/.*\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.d.ts'] },
  },
};
