import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Diagnostics } from '../common/diagnostics.js';
import type { Api, Resource } from '../model/ir.js';
import { allResources } from '../model/resource-tree.js';
import { bySchemaModule } from '../model/schema-modules.js';
import { emitApiDocs } from './api-docs.js';
import { ModuleInputs } from './module-inputs.js';
import { generatedBanner, RUNTIME_BANNER } from './banner.js';
import { clientContext, indexContext, resourceContext } from './contexts.js';
import { emitPackageJson, emitTsconfig } from './package-files.js';
import { COMMONJS_DIR, commonjsPath, distPath, readIfFile, type FileMap } from '../common/files.js';
import { BUILTIN_TEMPLATES, loadTemplates } from './templates.js';
import { tidy } from './tidy.js';
import { wrapLines } from './wrap-lines.js';
import { emitOperationTypes, emitSchemaTypes } from './types.js';
import { emitResourceValidators, emitSchemaValidators, emitWebhookValidators, type ValidatorFiles } from './validator-modules.js';
import { emitWebhooksModule, emitWebhookTypes } from './webhooks.js';

/**
 * The runtime's folders (templates/runtime/<folder>), each copied to the package's `src/<folder>/`:
 * `core/` holds what a user of the package meets (the client, requests, errors, promises, pages,
 * validation), `internal/` the helpers behind them (headers, query strings, retries, ...).
 */
export const RUNTIME_FOLDERS = ['core', 'internal'];

/**
 * TypeScript's declarations of the runtime, precompiled (`<this>/core/client.d.ts` for
 * templates/runtime/core/client.ts): the runtime is copied as it is, so its declarations never
 * change within a version of sdkgen. test/golden/declaration-twins.test.ts checks them
 * (`UPDATE_GOLDEN=1` rewrites them).
 */
export const RUNTIME_DECLARATIONS = join(BUILTIN_TEMPLATES, 'runtime', 'declarations');

/** Built-in templates whose modules only re-export: their declarations are their source. */
const REEXPORTS_ONLY = new Set(['index.ts', 'validators.ts']);

/**
 * Told of each source to compile as soon as it is final; `declarations` when they were
 * written with it (by a template's declaration twin), so that only its JavaScript is left to build.
 */
export type FinalSourceListener = (path: string, source: string, declarations?: string) => void;

export interface EmittedPackage {
  files: FileMap;
  /** Files rendered from templates the user supplied: the format stage runs prettier over them. */
  needFormatting: string[];
  /** Files of modules the cache says are unchanged: not in `files`, taken from the current output as they are. */
  reused: Set<string>;
}

/**
 * The emit cache, as the emitter sees it (write/module-cache.ts keeps it): a module is named
 * (`resource:resources/dns/records`) and keyed by a hash of its inputs (module-inputs.ts).
 */
export interface EmitCache {
  /** The module's files and what emitting it reported, when it need not be emitted again. */
  reuse(module: string, key: string): { paths: string[]; diagnostics: Diagnostic[] } | undefined;
  /** The files a module was emitted to now, including those the build will add (its `dist/*.js`). */
  emitted(module: string, key: string, paths: string[], diagnostics: Diagnostic[]): void;
  /** Told of every cacheable module, reused or emitted (tests and `SDKGEN_TIMINGS` count them). */
  onModule?: (module: string, reused: boolean) => void;
}

/**
 * IR -> every source file of the package, formatted except for the output of user templates.
 * Sources that still need compiling to dist/ (runtime, resources, client, entry points) are
 * passed to `onFinalSource` as soon as they are final, so that building can start while the
 * rest is emitted; they are emitted first.
 */
export function emitPackage(api: Api, templatesDir: string | undefined, diagnostics: Diagnostics, onFinalSource?: FinalSourceListener, cache?: EmitCache): EmittedPackage {
  const files: FileMap = new Map();
  const needFormatting: string[] = [];
  const reused = new Set<string>();
  const banner = generatedBanner(api);
  const byId = new Map(api.schemas.map((s) => [s.id, s]));
  const templates = loadTemplates(templatesDir, diagnostics);
  const inputs = cache ? new ModuleInputs(api, banner, templatesDir) : undefined;
  /** The paths the module being emitted writes to (for the cache), while one is. */
  let modulePaths: string[] | undefined;
  const setFile = (path: string, content: string) => {
    files.set(path, content);
    modulePaths?.push(path);
  };
  /**
   * Emits one module through the cache: its files are reused when its key (`key`, a hash of its
   * inputs) is unchanged; else `emit` runs and the cache learns its files and diagnostics.
   * Without a key (no cache, or output that prettier formats later), `emit` just runs.
   */
  const cached = (module: string, key: ((inputs: ModuleInputs) => string) | undefined, emit: () => void) => {
    const k = inputs && key ? key(inputs) : undefined;
    if (k === undefined) return emit();
    const hit = cache!.reuse(module, k);
    cache!.onModule?.(module, hit !== undefined);
    if (hit) {
      for (const path of hit.paths) reused.add(path);
      for (const d of hit.diagnostics) replay(diagnostics, d);
      return;
    }
    const before = diagnostics.items.length;
    modulePaths = [];
    try {
      emit();
      // The build gives every dist/ file of the module its CommonJS twin in dist/cjs/: the module's too.
      const twins = modulePaths.filter((path) => path.startsWith('dist/') && !path.startsWith(COMMONJS_DIR)).map(commonjsPath);
      cache!.emitted(module, k, [...new Set([...modulePaths, ...twins])], diagnostics.items.slice(before));
    } finally {
      modulePaths = undefined;
    }
  };
  const put = (path: string, content: string | undefined) => {
    if (content !== undefined) setFile(path, content);
  };
  /** A source and its declarations when written with it; `final` unless prettier is still to format it. */
  const putSource = (path: string, source: string, declarations?: string, final = true) => {
    setFile(path, source);
    if (declarations !== undefined) setFile(distPath(path, '.d.ts'), declarations);
    // What the build adds for it (dist-builder.ts): its JavaScript, and its declarations when not written with it.
    modulePaths?.push(distPath(path, '.js'), ...(declarations === undefined ? [distPath(path, '.d.ts')] : []));
    if (final) onFinalSource?.(path, source, declarations);
  };
  const render = (path: string, template: string, context: object) => {
    const text = templates.render(template, context);
    if (text === undefined) return;
    // A template's declaration twin (`<name>.d.ts.hbs`) writes its module's declarations, when it
    // comes from the same place as the template: one replaced without the other may differ. The
    // built-in entry points only re-export, so their declarations are their source (as long as
    // prettier does not reformat that source, which it does when any template is the user's).
    const twin = `${template.slice(0, -'.ts'.length)}.d.ts`;
    const reexports = REEXPORTS_ONLY.has(template) && templates.builtin(template) && !templates.userSupplied;
    const source = wrapLines(tidy(text));
    const declarations = templates.sameOrigin(template, twin) ? tidy(templates.render(twin, context) ?? '').replace(/\n\n+/g, '\n') : reexports ? source : undefined;
    // Declarations carry no banner: TypeScript's emit leaves it out too, and the twins are checked against that.
    putSource(path, banner + source, declarations, !templates.userSupplied);
    if (templates.userSupplied) needFormatting.push(path);
  };

  cached('runtime', (i) => i.runtime(), () => {
    for (const folder of RUNTIME_FOLDERS) {
      const runtimeDir = join(BUILTIN_TEMPLATES, 'runtime', folder);
      for (const name of readdirSync(runtimeDir).sort()) {
        putSource(`src/${folder}/${name}`, RUNTIME_BANNER + readFileSync(join(runtimeDir, name), 'utf8'), readIfFile(join(RUNTIME_DECLARATIONS, folder, name.replace(/\.ts$/, '.d.ts'))));
      }
    }
  });
  const resources = allResources(api.resources);
  const operations = resources.map((r) => resourceContext(r, byId));
  // Prettier formats the output of the user's templates after this: not cached.
  const resourceKey = (r: Resource) => (templates.userSupplied ? undefined : (i: ModuleInputs) => i.resource(r));
  resources.forEach((r, i) => {
    if (r.operations.length > 0) cached(`resource:${r.modulePath}`, resourceKey(r), () => render(`src/${r.modulePath}.ts`, 'resource.ts', operations[i]!));
  });
  render('src/client.ts', 'client.ts', clientContext(api, resources, operations));
  const index = indexContext(api, resources, bySchemaModule(api.schemas));
  render('src/index.ts', 'index.ts', index);
  render('src/validators.ts', 'validators.ts', index);

  // Types-only modules are their own declarations and need no JavaScript: every import of
  // them says `import type`, which compiles to nothing. Validator modules are emitted with
  // their JavaScript and declarations.
  const putTypes = (module: string, source: string) => {
    const text = banner + wrapLines(source);
    setFile(`src/${module}.ts`, text);
    setFile(`dist/${module}.d.ts`, text);
  };
  const putValidators = (module: string, { source, javascript, commonjs, declarations }: ValidatorFiles) => {
    setFile(`src/${module}.ts`, banner + wrapLines(source));
    setFile(`dist/${module}.js`, javascript);
    setFile(commonjsPath(`dist/${module}.js`), commonjs);
    setFile(`dist/${module}.d.ts`, declarations);
  };
  for (const [module, schemas] of bySchemaModule(api.schemas)) {
    cached(`schemas:${module}`, (i) => i.schemaModule(module, schemas), () => {
      putTypes(`${module}.types`, emitSchemaTypes(module, schemas, byId));
      putValidators(`${module}.validators`, emitSchemaValidators(module, schemas, byId, diagnostics));
    });
  }

  for (const r of resources) {
    if (r.operations.length > 0) {
      cached(`operations:${r.modulePath}`, (i) => i.resource(r), () => {
        putTypes(`${r.modulePath}.types`, emitOperationTypes(r, byId));
        putValidators(`${r.modulePath}.validators`, emitResourceValidators(r, byId, diagnostics));
      });
    }
  }
  if (api.webhooks) {
    // The `webhooks` entry point: what the API sends, apart from the client that calls it.
    putTypes('webhooks.types', emitWebhookTypes(api.webhooks.entries, byId));
    putValidators('webhooks.validators', emitWebhookValidators(api.webhooks.entries, byId, diagnostics));
    putSource('src/webhooks.ts', banner + wrapLines(tidy(emitWebhooksModule(api.webhooks))));
  }
  const entryPoints = ['validators', ...resources.filter((r) => r.operations.length > 0).map((r) => r.modulePath), ...(api.webhooks ? ['webhooks'] : [])];
  put('package.json', emitPackageJson(api, entryPoints));
  put('tsconfig.json', emitTsconfig());
  put('api.md', emitApiDocs(api));
  return { files, needFormatting, reused };
}

/** A diagnostic of a reused module, reported again; located again from its pointer, since the spec's text may have moved. */
function replay(diagnostics: Diagnostics, d: Diagnostic): void {
  if (d.file !== undefined && d.pointer !== undefined) {
    const { file, pointer } = d;
    if (d.severity === 'error') diagnostics.error(d.code, d.message, { file, pointer });
    else diagnostics.warn(d.code, d.message, { file, pointer });
  } else diagnostics.items.push({ ...d });
}
