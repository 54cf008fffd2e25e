import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { readSpecDocument } from './ajv-oracle.js';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { ValidatorEmitter, type ValidatorTarget } from '../../generator/emit/validators/emitter.js';
import { formatAlias } from '../../generator/emit/validators/formats.js';
import { javascriptOf, typescriptOf } from '../../generator/emit/validators/markers.js';
import { DocumentSet, followRefs } from '../../generator/load/document-set.js';
import { defaultConfig } from '../../generator/load/load-config.js';
import { buildModel } from '../../generator/model/build-model.js';
import type { Api, NamedSchema, Schema } from '../../generator/model/ir.js';
import { SchemaConverter } from '../../generator/model/schema-object.js';

/**
 * Generated validators for arbitrary specs, in memory and in well under a second.
 *
 * The validators only need load -> model -> ValidatorEmitter; the JavaScript the emitter
 * writes (what the generator puts in dist/) is imported from a temp directory, next to a
 * transpiled copy of the runtime helpers it imports (`templates/runtime/core/validation.ts`
 * and `formats.ts`).
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE_DIR = resolve(REPO_ROOT, 'templates/runtime/core');

export interface ValidationIssue {
  path: string;
  message: string;
  expected: string;
  received: string;
}
export type ValidationResult = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };
export type Guard = (value: unknown) => boolean;
export type Validate = (value: unknown) => ValidationResult;
export type Explain = (value: unknown, path: string, issues: ValidationIssue[]) => void;

/** A validator triple as the generated module exports it. */
export interface ValidatorFunctions {
  is: Guard;
  validate: Validate;
  explain: Explain;
}

/** One thing to emit a validator for, and where its Schema Object is in the source document. */
export interface EmittedTarget {
  /** Base name: the module exports `is<name>`, `explain<name>` and `validate<name>`. */
  name: string;
  /** Absolute file and JSON pointer of the Schema Object the IR came from. */
  file: string;
  pointer: string;
  schema: Schema;
  /** True for a component (or other `$ref` target), false for a schema written inline in an operation. */
  named: boolean;
  /** Request direction (an argument check): `readOnly` properties are optional, and there is no `validate<name>`. */
  request?: boolean;
}

export interface CompiledSpec {
  specFile: string;
  openapiVersion: string;
  /** The root document as the generator's loader parsed it (parsing the Cloudflare spec twice costs seconds). */
  document: Record<string, unknown>;
  diagnostics: Diagnostics;
  /** Every target the module exports validators for: named schemas first, then inline ones. */
  targets: EmittedTarget[];
  /** The emitted TypeScript (before type stripping), for inspection. */
  source: string;
  /** The transpiled JavaScript file that was imported. */
  moduleFile: string;
  functions(name: string): ValidatorFunctions;
}

let runtimeRoot: string | undefined;
let moduleCounter = 0;

/** A temp directory holding `core/validation.mjs` and `core/formats.mjs`, created once per process. */
export function runtimeDirectory(): string {
  if (runtimeRoot) return runtimeRoot;
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-validators-'));
  mkdirSync(join(root, 'core'));
  for (const name of ['validation', 'formats']) {
    writeFileSync(join(root, 'core', `${name}.mjs`), transpile(readFileSync(join(CORE_DIR, `${name}.ts`), 'utf8')));
  }
  runtimeRoot = root;
  return root;
}

/** Deletes the temp directory (call from `afterAll`); a later compile makes a new one. */
export function removeRuntimeDirectory(): void {
  if (runtimeRoot) rmSync(runtimeRoot, { recursive: true, force: true });
  runtimeRoot = undefined;
}

/** TypeScript -> ES2022 JavaScript, types erased, nothing else changed (esbuild: ~50x faster than `ts.transpileModule` on the 1 MB modules of the Cloudflare spec). */
export function transpile(source: string): string {
  return transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
}

/**
 * Emits the validator module for `targets` with one `ValidatorEmitter` (as
 * `emitSchemaValidators` does for a package's named schemas), writes it to the temp directory
 * and imports it.
 */
export async function compileTargets(targets: EmittedTarget[], byId: Map<string, NamedSchema>, diagnostics: Diagnostics): Promise<{ source: string; moduleFile: string; exports: Record<string, unknown> }> {
  const emitter = new ValidatorEmitter(byId, diagnostics);
  for (const t of targets) {
    const target: ValidatorTarget = { name: t.name, schema: t.schema, typeName: t.named ? t.name : 'unknown', exported: true, ...(t.request ? { request: true } : {}) };
    emitter.emit(target);
  }
  const module = emitter.module();
  const helpers = [...module.usedHelpers].sort();
  const formats = module.usedFormats.size > 0 ? [`import { ${[...module.usedFormats].sort().map((f) => `${f} as ${formatAlias(f)}`).join(', ')} } from '../core/formats.mjs';`] : [];
  // Type names the guards narrow to are not imported; `unknown` keeps the source valid.
  const source = [`import { ${[...helpers, 'type ValidationIssue', 'type ValidationResult'].join(', ')} } from '../core/validation.mjs';`, ...formats, '', typescriptOf(module.code)].join('\n');
  // What runs is the JavaScript the generator writes to dist/, not a transpiled copy of the source.
  const javascript = [`import { ${helpers.join(', ')} } from '../core/validation.mjs';`, ...formats, '', javascriptOf(module.code)].join('\n');
  const root = runtimeDirectory();
  const dir = join(root, `m${moduleCounter++}`);
  mkdirSync(dir);
  const moduleFile = join(dir, 'validators.mjs');
  writeFileSync(join(dir, 'validators.ts'), source);
  writeFileSync(moduleFile, javascript);
  const exports = (await import(pathToFileURL(moduleFile).href)) as Record<string, unknown>;
  return { source, moduleFile, exports };
}

function functionsOf(exports: Record<string, unknown>, name: string): ValidatorFunctions {
  const is = exports[`is${name}`];
  const validate = exports[`validate${name}`];
  const explain = exports[`explain${name}`];
  if (typeof is !== 'function' || typeof validate !== 'function' || typeof explain !== 'function') {
    throw new Error(`the generated module has no validators named ${name} (it exports ${Object.keys(exports).slice(0, 20).join(', ')}...)`);
  }
  return { is: is as Guard, validate: validate as Validate, explain: explain as Explain };
}

/** `paths -> operation -> parameters / requestBody / responses` Schema Object locations, refs followed. */
function inlineSchemaLocations(documents: DocumentSet, file: string): { file: string; pointer: string }[] {
  const doc = documents.load(file)?.value as Record<string, unknown> | undefined;
  const paths = (doc?.paths ?? {}) as Record<string, Record<string, unknown>>;
  const found = new Map<string, { file: string; pointer: string }>();
  const add = (f: string, pointer: string) => {
    if (documents.get(f, pointer) !== undefined) found.set(`${f}#${pointer}`, { file: f, pointer });
  };
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const mediaSchemas = (at: { file: string; pointer: string; value: Record<string, unknown> }) => {
    const content = at.value?.content;
    if (content && typeof content === 'object') for (const ct of Object.keys(content)) add(at.file, `${at.pointer}/content/${esc(ct)}/schema`);
  };
  for (const path of Object.keys(paths).sort()) {
    const item = paths[path] ?? {};
    const base = `/paths/${esc(path)}`;
    const params = (list: unknown, pointer: string) => {
      if (!Array.isArray(list)) return;
      list.forEach((p, i) => {
        const at = followRefs(documents, p, { file, pointer: `${pointer}/${i}` });
        if (at?.value && typeof at.value === 'object') add(at.file, `${at.pointer}/schema`);
      });
    };
    params(item.parameters, `${base}/parameters`);
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op || typeof op !== 'object') continue;
      const opPointer = `${base}/${method}`;
      params(op.parameters, `${opPointer}/parameters`);
      const body = followRefs(documents, op.requestBody, { file, pointer: `${opPointer}/requestBody` });
      if (body?.value) mediaSchemas(body);
      const responses = (op.responses ?? {}) as Record<string, unknown>;
      for (const status of Object.keys(responses).sort()) {
        const response = followRefs(documents, responses[status], { file, pointer: `${opPointer}/responses/${esc(status)}` });
        if (response?.value) mediaSchemas(response);
      }
    }
  }
  return [...found.values()];
}

/**
 * Every Schema Object of a spec, with validators: each named schema (components and every
 * `$ref` target, as the package's `schemas/validators.ts` has them) and, with `inline`, each
 * parameter, request-body and response schema written inside `paths`.
 */
export async function compileSpec(specFile: string, options: { inline?: boolean } = {}): Promise<CompiledSpec> {
  const file = resolve(specFile);
  const diagnostics = new Diagnostics();
  const documents = new DocumentSet(diagnostics);
  const doc = documents.load(file)?.value as Record<string, unknown> | undefined;
  if (!doc) throw new Error(`cannot load ${file}: ${diagnostics.items.map((d) => d.message).join('; ')}`);
  const version = String(doc.openapi);
  // buildModel is what the pipeline runs; its named schemas are the package's.
  const api = buildModel(documents, defaultConfig(file, tmpdir()), diagnostics) as Api | undefined;
  if (!api || diagnostics.errors.length > 0) throw new Error(`cannot model ${file}: ${diagnostics.errors.map((d) => d.message).join('; ')}`);
  const targets: EmittedTarget[] = api.schemas.map((s) => ({ name: s.typeName, file: s.source.file, pointer: s.source.pointer, schema: s.schema, named: true }));
  const byId = new Map(api.schemas.map((s) => [s.id, s]));
  if (options.inline) {
    // Inline schemas go through a converter of their own. A `$ref` in the IR names its target
    // by id (`<file>#<pointer>`), the same id buildModel gave it, so the emitted code calls the
    // named schemas' own validators.
    const converter = new SchemaConverter(documents, diagnostics, version.startsWith('3.1'), []);
    // The same Schema Object text in one file (the `account_id` parameter, repeated on every
    // operation) validates the same way: it is emitted once.
    const seen = new Set<string>();
    for (const at of inlineSchemaLocations(documents, file)) {
      const raw = documents.get(at.file, at.pointer);
      const key = `${at.file}#${JSON.stringify(raw)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const schema = converter.convert(raw, at.file, at.pointer);
      targets.push({ name: `Inline_${seen.size - 1}`, file: at.file, pointer: at.pointer, schema, named: false });
    }
    for (const s of converter.namedSchemas()) {
      if (byId.has(s.id)) continue;
      byId.set(s.id, s);
      targets.push({ name: s.typeName, file: s.source.file, pointer: s.source.pointer, schema: s.schema, named: true });
    }
  }
  const { source, moduleFile, exports } = await compileTargets(targets, byId, diagnostics);
  return { specFile: file, openapiVersion: version, document: doc, diagnostics, targets, source, moduleFile, functions: (name) => functionsOf(exports, name) };
}

/** A small spec built in memory: component schemas only. */
export interface ComponentValidators {
  specFile: string;
  diagnostics: Diagnostics;
  source: string;
  compiled: CompiledSpec;
  /** The validators of `components.schemas[name]`. */
  get(name: string): ValidatorFunctions;
}

/**
 * Validators for a table of component schemas, in one spec (so one emit and one import per
 * table). `openapi` picks the dialect: '3.0.3' (nullable, boolean exclusive bounds) or '3.1.0'.
 */
export async function compileComponents(schemas: Record<string, unknown>, openapi: '3.0.3' | '3.1.0'): Promise<ComponentValidators> {
  const dir = join(runtimeDirectory(), `spec${moduleCounter++}`);
  mkdirSync(dir);
  const specFile = join(dir, 'openapi.json');
  writeFileSync(specFile, JSON.stringify({ openapi, info: { title: 'Table', version: '1.0.0' }, paths: {}, components: { schemas } }, null, 2));
  const compiled = await compileSpec(specFile);
  const byPointer = new Map(compiled.targets.map((t) => [t.pointer, t.name]));
  return {
    specFile,
    diagnostics: compiled.diagnostics,
    source: compiled.source,
    compiled,
    get(name) {
      const typeName = byPointer.get(`/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (!typeName) throw new Error(`no component schema ${name}`);
      return compiled.functions(typeName);
    },
  };
}

// ---- the OpenAPI documents of the repository ----

/** Every OpenAPI document under `spec/` and `test/fixtures/`, except `test/fixtures/bad/` (invalid on purpose) and `test/fixtures/specs/`. */
export function repositorySpecFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        // Not the bad specs, nor the copies of outside inputs in test/fixtures/specs/: the
        // Cloudflare subsets are in spec/ already (converted verbatim), the full API is the scale suite's.
        if ([join('test', 'fixtures', 'bad'), join('test', 'fixtures', 'specs')].includes(relative(REPO_ROOT, path))) continue;
        walk(path);
      } else if (/\.(ya?ml|json)$/.test(name) && isOpenApiDocument(path)) {
        out.push(path);
      }
    }
  };
  walk(join(REPO_ROOT, 'spec'));
  walk(join(REPO_ROOT, 'test', 'fixtures'));
  return out;
}

/** A YAML or JSON file with an `openapi` version at its root (configs and other data are not). */
function isOpenApiDocument(path: string): boolean {
  try {
    const doc = readSpecDocument(path) as unknown;
    return typeof doc === 'object' && doc !== null && typeof (doc as Record<string, unknown>).openapi === 'string';
  } catch {
    return false;
  }
}

// ---- the reference: ajv on the same Schema Objects (test/support/ajv-oracle.ts) ----

export { ajvOracle, correctKnownAjvGaps, newAjv, openapi30ToJsonSchema, pointerToFragment, readSpecDocument, type AjvOracle } from './ajv-oracle.js';
