import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Diagnostics } from './common/diagnostics.js';
import { DistBuilder } from './build/dist-builder.js';
import type { FileMap } from './common/files.js';
import { emitPackage } from './emit/emit-package.js';
import { folderFingerprint, generatorFingerprint } from './emit/module-inputs.js';
import { formatFiles } from './format/format.js';
import { DocumentSet } from './load/document-set.js';
import { defaultConfig, loadConfig, type ConventionsName, type SdkConfig } from './load/load-config.js';
import { buildModel } from './model/build-model.js';
import type { Api } from './model/ir.js';
import { allOperations } from './model/resource-tree.js';
import { apiSurface } from './report/api-surface.js';
import { diffSurface, type ApiChange } from './report/diff-surface.js';
import { API_SURFACE_FILE, readSurface, serializeSurface } from './report/surface-file.js';
import { ModuleCache } from './write/module-cache.js';
import { MANIFEST, OutputWriter, staleFiles } from './write/write-output.js';

export interface GenerateOptions {
  /** Path to `sdk.config.yaml`; without it, `spec` is required and everything is derived. */
  config?: string;
  spec?: string;
  out?: string;
  /** Overrides the config's `conventions` (`--conventions`). */
  conventions?: ConventionsName;
  /** `--strict`: fallbacks for defects in the spec are errors (also `strict: true` in the config). */
  strict?: boolean;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
  /** Stop after the model: report problems only (`sdkgen validate`). */
  validateOnly?: boolean;
  onStage?: (stage: string, detail?: string) => void;
  /** Told the path of every spec file read (`--watch` watches them). */
  onRead?: (file: string) => void;
  /**
   * Reuse the files of modules whose inputs did not change since the output on disk was
   * generated (write/module-cache.ts; default true). `check` never does: it compares everything.
   */
  cache?: boolean;
  /** Told of every cacheable module: whether it was reused from the output or emitted. */
  onModule?: (module: string, reused: boolean) => void;
}

export interface GenerateResult {
  diagnostics: Diagnostics;
  api?: Api;
  files?: FileMap;
  outDir?: string;
  /** With `check`: files that are out of date. */
  stale?: string[];
  /** Files of unchanged modules, not in `files`: taken from the previous output as they were. */
  reused?: Set<string>;
  /** What the write did: files and bytes written, files reused from the previous output. */
  written?: { files: number; bytes: number; reused: number };
  /** Public API changes against the output's previous `api.json`; `undefined` when there is none. */
  apiChanges?: ApiChange[];
}

/**
 * load -> model -> emit -> format -> build -> write. Problems in the inputs are
 * collected in `diagnostics`; the first stage that ends with errors stops the run
 * (via `GenerationFailed`) before anything is written.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // Started first, so that its worker thread is up when the first source is final; closed when
  // the run ends, also on failure.
  const builder = options.validateOnly ? undefined : new DistBuilder();
  try {
    return await runStages(options, builder);
  } finally {
    await builder?.close();
  }
}

async function runStages(options: GenerateOptions, builder: DistBuilder | undefined): Promise<GenerateResult> {
  const diagnostics = new Diagnostics();
  const stage = options.onStage ?? (() => undefined);
  stage('load', options.spec ?? options.config);
  let config: SdkConfig | undefined;
  if (options.config) config = loadConfig(options.config, diagnostics);
  else if (options.spec) config = defaultConfig(options.spec, options.out ?? 'generated');
  else diagnostics.error('usage', 'Pass --config FILE or --spec FILE.');
  diagnostics.throwIfErrors();
  if (options.spec) config = { ...config!, spec: defaultConfig(options.spec, '.').spec };
  if (options.out) config = { ...config!, output: defaultConfig('.', options.out).output };
  if (options.conventions) config = { ...config!, conventions: options.conventions };
  diagnostics.strict = options.strict === true || config!.strict === true;
  const outDir = config!.output;
  const writing = builder !== undefined && !options.check;
  // Created before anything looks at the output: it first repairs what a killed run left.
  const output = writing ? new OutputWriter(outDir) : undefined;
  let committed = false;
  try {
    const cache = output && options.cache !== false ? ModuleCache.open(outDir) : undefined;
    // The same spec, config and generator as the output on disk was generated from, and the output
    // as it was written: nothing to do.
    const runInputs = (specFiles: string[]) => runKey(config!, specFiles);
    // Not under --strict: the recorded run's fallbacks were warnings, and strict mode must report them as errors.
    const unchanged = diagnostics.strict ? undefined : cache?.unchangedRun(runInputs);
    if (unchanged) {
      unchanged.specFiles.forEach((file) => options.onRead?.(file));
      for (const d of unchanged.diagnostics) diagnostics.items.push(d);
      const apiChanges = readSurface(outDir) ? [] : undefined;
      return { diagnostics, files: new Map(), reused: new Set(unchanged.paths.filter((p) => p !== MANIFEST)), written: { files: 0, bytes: 0, reused: unchanged.paths.length }, outDir, apiChanges };
    }
    const specFiles: string[] = [];
    const documents = new DocumentSet(diagnostics, (file) => {
      specFiles.push(file);
      options.onRead?.(file);
    });
    documents.load(config!.spec);
    diagnostics.throwIfErrors();

    stage('model');
    const api = buildModel(documents, config!, diagnostics);
    documents.checkRefs();
    diagnostics.throwIfErrors();
    if (!builder || !api) return { diagnostics, ...(api ? { api } : {}) };

    stage('emit', `${api.schemas.length} schemas, ${countOperations(api)} operations`);
    const emitCache = cache && { reuse: cache.reuse.bind(cache), emitted: cache.emitted.bind(cache), ...(options.onModule ? { onModule: options.onModule } : {}) };
    const { files, needFormatting, reused } = emitPackage(api, config!.templates, diagnostics, (path, source, declarations) => builder.add(path, source, declarations), emitCache);
    diagnostics.throwIfErrors();
    if (needFormatting.length > 0) {
      stage('format', `${needFormatting.length} files from your templates`);
      await formatFiles(files, needFormatting);
    }
    const surface = apiSurface(api);
    files.set(API_SURFACE_FILE, serializeSurface(surface));
    stage('build', `${[...files.keys()].filter((f) => f.startsWith('src/')).length} modules to dist/${reused.size > 0 ? `, ${reused.size} files unchanged` : ''}`);
    const building = builder.finish(files, diagnostics);
    // Observed below; this only keeps a failure after an early write error from going unhandled.
    building.catch(() => undefined);
    // While esbuild builds, the files already final are written (to the temporary directory:
    // the output itself changes only at the commit below).
    output?.writeEarly(files);
    await building;
    diagnostics.throwIfErrors();

    const previous = readSurface(outDir);
    const apiChanges = previous ? diffSurface(previous, surface) : undefined;
    if (!output) return { diagnostics, api, files, outDir, stale: staleFiles(outDir, files), apiChanges };
    stage('write', `${files.size} files to ${outDir}`);
    output.commit(files, reused);
    committed = true;
    cache?.save({ key: runInputs(specFiles), specFiles, diagnostics: diagnostics.items, paths: [...files.keys(), ...reused, MANIFEST] });
    const written = { files: output.writtenCount, bytes: output.writtenBytes, reused: output.reusedCount };
    return { diagnostics, api, files, reused, written, outDir, apiChanges };
  } finally {
    if (!committed) output?.abandon();
  }
}

/**
 * What a whole run is made of: the generator, the resolved config (spec, output, conventions,
 * templates, ...), the bytes of every spec file read, and the user's templates.
 */
function runKey(config: SdkConfig, specFiles: string[]): string {
  const hash = createHash('sha256').update(generatorFingerprint()).update('\0').update(JSON.stringify(config));
  for (const file of specFiles) hash.update('\0').update(file).update('\0').update(readFileSync(file));
  if (config.templates) hash.update('\0').update(folderFingerprint(config.templates));
  return hash.digest('base64url');
}

export function countOperations(api: Api): number {
  return allOperations(api.resources).length;
}
