import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { stringify as toYaml } from 'yaml';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { emitOperationTypes, emitSchemaTypes } from '../../generator/emit/types.js';
import { DocumentSet } from '../../generator/load/document-set.js';
import { defaultConfig, type SdkConfig } from '../../generator/load/load-config.js';
import { buildModel } from '../../generator/model/build-model.js';
import { bySchemaModule } from '../../generator/model/schema-modules.js';
import type { Api, NamedSchema, Resource, Schema } from '../../generator/model/ir.js';

/**
 * load -> model -> type emitters for tiny specs, in memory and in milliseconds: no prettier,
 * no tsc per spec. `typecheckAll` checks every emitted module (and each case's usage snippet)
 * in ONE TypeScript program at the end.
 */

export type OpenApiVersion = '3.0' | '3.1';

/** Spec files by path relative to a fresh temp directory; the root is `openapi.yaml`. */
export type SpecFiles = Record<string, unknown>;

export const ROOT_FILE = 'openapi.yaml';

/** A whole OpenAPI document of the given version around `schemas` (and optional `paths`). */
export function openapi(version: OpenApiVersion, parts: { schemas?: Record<string, unknown>; paths?: Record<string, unknown> }): Record<string, unknown> {
  return {
    openapi: version === '3.0' ? '3.0.3' : '3.1.0',
    info: { title: 'Schema features', version: '1.0.0' },
    paths: parts.paths ?? {},
    ...(parts.schemas ? { components: { schemas: parts.schemas } } : {}),
  };
}

export interface BuiltSpec {
  dir: string;
  api: Api;
  diagnostics: Diagnostics;
  byId: Map<string, NamedSchema>;
  /** `src/schemas/types.ts` as `emitSchemaTypes` returns it (unformatted). */
  schemaTypes: string;
  /** The types module of each schema module, by module path (`schemas/shared`). */
  schemaModuleTypes: Map<string, string>;
  /** `src/<resource>.types.ts` by module path, as `emitOperationTypes` returns them. */
  operationTypes: Map<string, string>;
  /** The named schema with this TypeScript name (throws when there is none). */
  named(typeName: string): NamedSchema;
  /** The printed declaration (with its JSDoc) of `name`, from the schema or operation types. */
  declaration(name: string): string;
  /** The IR of a schema with every ref target (an id with a temp path) replaced by its type name. */
  shape(schema: Schema): unknown;
}

const tempDirs: string[] = [];

/** Removes every temp directory `buildSpec` created. */
export function cleanUp(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Writes the files (as YAML) to a temp dir and runs load + model + the type emitters, with the
 * config of a bare spec (`sdkgen --spec`) and `client` settings over it.
 */
export function buildSpec(files: SpecFiles, client: Partial<SdkConfig['client']> = {}): BuiltSpec {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-model-'));
  tempDirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : toYaml(content));
  }
  const specFile = join(dir, ROOT_FILE);
  const diagnostics = new Diagnostics();
  const documents = new DocumentSet(diagnostics);
  documents.load(specFile);
  const config = defaultConfig(specFile, join(dir, 'out'));
  const api = buildModel(documents, { ...config, client: { ...config.client, ...client } }, diagnostics);
  documents.checkRefs();
  if (!api) throw new Error(`no model:\n${diagnostics.items.map((d) => `${d.code}: ${d.message} (at ${d.pointer})`).join('\n')}`);
  const byId = new Map(api.schemas.map((s) => [s.id, s]));
  const schemaModuleTypes = new Map([...bySchemaModule(api.schemas)].map(([module, schemas]) => [module, emitSchemaTypes(module, schemas, byId)]));
  // Every schema module's declarations, one after another (for finding a declaration by name).
  const schemaTypes = [...schemaModuleTypes.values()].join('\n');
  const operationTypes = new Map<string, string>();
  const walk = (r: Resource) => {
    if (r.operations.length > 0) operationTypes.set(r.modulePath, emitOperationTypes(r, byId));
    r.children.forEach(walk);
  };
  api.resources.forEach(walk);

  const byName = new Map(api.schemas.map((s) => [s.typeName, s]));
  const typeNameOf = new Map(api.schemas.map((s) => [s.id, s.typeName]));
  return {
    dir,
    api,
    diagnostics,
    byId,
    schemaTypes,
    schemaModuleTypes,
    operationTypes,
    named(typeName) {
      const found = byName.get(typeName);
      if (!found) throw new Error(`no named schema "${typeName}"; have ${[...byName.keys()].join(', ')}`);
      return found;
    },
    declaration(name) {
      for (const text of [schemaTypes, ...operationTypes.values()]) {
        const found = declarationIn(text, name);
        if (found !== undefined) return found;
      }
      throw new Error(`no declaration "${name}" in the emitted modules`);
    },
    shape(schema) {
      return JSON.parse(JSON.stringify(schema), (key, value: unknown) => (key === 'target' && typeof value === 'string' ? (typeNameOf.get(value) ?? value) : value));
    },
  };
}

/** The text of the top-level interface or type alias `name` in a module, JSDoc included. */
export function declarationIn(moduleText: string, name: string): string | undefined {
  const file = ts.createSourceFile('module.ts', moduleText, ts.ScriptTarget.ES2022, true);
  for (const statement of file.statements) {
    if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name) {
      return moduleText.slice(statement.getStart(file, true), statement.getEnd());
    }
  }
  return undefined;
}

/** Names TypeScript reserves for its own types: `type string = ...` does not compile. */
const PREDEFINED_TYPES = new Set(['any', 'unknown', 'never', 'string', 'number', 'boolean', 'symbol', 'object', 'bigint', 'undefined']);

/** Whether `name` is usable as an exported TypeScript type name in a module (strict mode). */
export function isValidTypeName(name: string): boolean {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || PREDEFINED_TYPES.has(name)) return false;
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true);
  scanner.setText(name);
  const token = scanner.scan();
  const reserved = token >= ts.SyntaxKind.FirstReservedWord && token <= ts.SyntaxKind.LastReservedWord;
  const strictReserved = token >= ts.SyntaxKind.FirstFutureReservedWord && token <= ts.SyntaxKind.LastFutureReservedWord;
  return !reserved && !strictReserved;
}

/**
 * Writes each spec's emitted modules under `<dir>/src/` next to a `check.ts` usage snippet, then
 * type-checks all of them in one program. Returns the error messages per spec directory.
 */
export function typecheckAll(entries: { label: string; built: BuiltSpec; check?: string }[]): Map<string, string[]> {
  const roots: string[] = [];
  const labelOf = new Map<string, string>();
  for (const { label, built, check } of entries) {
    const src = join(built.dir, 'src');
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
      roots.push(join(src, path));
    };
    for (const [module, text] of built.schemaModuleTypes) write(`${module}.types.ts`, text);
    // One place for the snippets to import every schema type from.
    write('schemas/types.ts', [...built.schemaModuleTypes.keys()].map((m) => `export type * from './${m.slice('schemas/'.length)}.types.js';`).join('\n') + '\n');
    for (const [modulePath, text] of built.operationTypes) write(`${modulePath}.types.ts`, text);
    if (check) write('check.ts', check);
    labelOf.set(built.dir, label);
  }
  const program = ts.createProgram(roots, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
    isolatedModules: true,
  });
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? '';
    const dir = [...labelOf.keys()].find((k) => file.startsWith(k + '/'));
    const label = dir ? labelOf.get(dir)! : '(program)';
    const where = d.file && d.start !== undefined ? `${file.slice((dir ?? '').length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    const list = errors.get(label) ?? [];
    list.push(where + ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    errors.set(label, list);
  }
  return errors;
}
