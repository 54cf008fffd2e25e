import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { Diagnostics } from '../../generator/common/diagnostics.js';
import { DocumentSet } from '../../generator/load/document-set.js';
import { defaultConfig, type OperationMapping, type SdkConfig } from '../../generator/load/load-config.js';
import { buildModel } from '../../generator/model/build-model.js';
import type { Api, NamedSchema, Operation, Parameter, Resource, Schema } from '../../generator/model/ir.js';
import { allOperations } from '../../generator/model/resource-tree.js';

/**
 * Small builders for the unit tests under test/model/ and test/load/, which call one module's
 * functions: IR values with every field the types require (so a table row names only what it is
 * about), spec files in a temp directory, and a config with the parts of `sdk.config.yaml` a row sets.
 */

const tempDirs: string[] = [];

/** Removes every directory `writeFiles` created. */
export function removeTempFiles(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (objects as YAML, or JSON when the name ends in `.json`; strings as they are) into a fresh temp directory. */
export function writeFiles(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-units-'));
  tempDirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const text = typeof content === 'string' ? content : path.endsWith('.json') ? JSON.stringify(content, null, 2) : toYaml(content);
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The config parts a row may set; the rest is a bare spec's (`sdkgen --spec`). */
export interface ConfigParts {
  conventions?: SdkConfig['conventions'];
  client?: Partial<SdkConfig['client']>;
  resources?: SdkConfig['resources'];
  /** `resource.method` strings or mappings, as in the config file. */
  operations?: Record<string, string | OperationMapping>;
  /** Resource prefix renames, as in the config file. */
  rename?: SdkConfig['rename'];
}

/** A config as `loadConfig` would return it (maps without a prototype), for the spec at `spec`. */
export function configFor(spec: string, parts: ConfigParts = {}): SdkConfig {
  const base = defaultConfig(spec, join(dirname(spec), 'out'));
  const operations = Object.create(null) as Record<string, OperationMapping>;
  for (const [id, value] of Object.entries(parts.operations ?? {})) operations[id] = typeof value === 'string' ? { method: value } : value;
  const resources = Object.assign(Object.create(null) as SdkConfig['resources'], parts.resources);
  return {
    ...base,
    file: join(dirname(spec), 'sdk.config.yaml'),
    conventions: parts.conventions ?? base.conventions,
    client: { ...base.client, ...parts.client },
    resources,
    operations,
    rename: Object.assign(Object.create(null) as SdkConfig['rename'], parts.rename),
  };
}

/** A spec (`openapi.yaml` plus any other files) loaded into a DocumentSet, with its config. */
export interface LoadedSpec {
  dir: string;
  root: string;
  documents: DocumentSet;
  diagnostics: Diagnostics;
  config: SdkConfig;
}

export function loadSpec(files: Record<string, unknown>, parts: ConfigParts = {}): LoadedSpec {
  const dir = writeFiles(files);
  const root = join(dir, 'openapi.yaml');
  const diagnostics = new Diagnostics();
  const documents = new DocumentSet(diagnostics);
  documents.load(root);
  return { dir, root, documents, diagnostics, config: configFor(root, parts) };
}

/** The model of a spec under a config; throws when there is none. */
export function modelOf(files: Record<string, unknown>, parts: ConfigParts = {}): LoadedSpec & { api: Api; operation(id: string): Operation } {
  const loaded = loadSpec(files, parts);
  const api = buildModel(loaded.documents, loaded.config, loaded.diagnostics);
  if (!api) throw new Error(`no model:\n${loaded.diagnostics.items.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
  return {
    ...loaded,
    api,
    operation(id) {
      const found = allOperations(api.resources).find((o) => o.operationId === id);
      if (!found) throw new Error(`no operation "${id}"`);
      return found;
    },
  };
}

/** A whole OpenAPI 3.0 document around `paths` (and optional components). */
export function specWith(paths: Record<string, unknown>, components?: Record<string, unknown>): Record<string, unknown> {
  return { openapi: '3.0.3', info: { title: 'Units', version: '1.0.0' }, paths, ...(components ? { components } : {}) };
}

/** A `200` JSON response with this schema. */
export function ok(schema: unknown): Record<string, unknown> {
  return { '200': { description: 'ok', content: { 'application/json': { schema } } } };
}

export const STRING: Schema = { kind: 'string', nullable: false };

export function parameter(parts: Partial<Parameter> & Pick<Parameter, 'name' | 'in'>): Parameter {
  const style = parts.in === 'query' || parts.in === 'cookie' ? 'form' : 'simple';
  return { required: parts.in === 'path', schema: STRING, style, explode: style === 'form', ...parts };
}

/** An IR operation with empty parts; `typeNames` default to `<Id>Params` / `<Id>Response`. */
export function operation(parts: Partial<Operation> & Pick<Operation, 'operationId'>): Operation {
  return {
    method: 'get',
    path: '/',
    deprecated: false,
    resource: [],
    methodName: parts.operationId,
    positionalParams: [],
    objectParams: [],
    response: { status: '200', accept: [], headers: [], validated: false },
    errorStatuses: [],
    security: [],
    retrySafe: true,
    reconnect: false,
    typeNames: { params: `${parts.operationId}Params`, response: `${parts.operationId}Response` },
    paramsSchema: { kind: 'object', nullable: false, additionalProperties: true, properties: [] },
    functionName: '',
    source: { file: 'openapi.yaml', pointer: '' },
    ...parts,
  };
}

export function resource(parts: Partial<Resource> & Pick<Resource, 'name'>): Resource {
  return { path: [parts.name], className: '', modulePath: `resources/${parts.name}`, operations: [], children: [], ...parts };
}

export function named(typeName: string, schema: Schema): NamedSchema {
  return { id: `openapi.yaml#/components/schemas/${typeName}`, typeName, schema, source: { file: 'openapi.yaml', pointer: `/components/schemas/${typeName}` }, module: '' };
}

/** A ref to the schema `named(typeName, ...)` would make. */
export function refTo(typeName: string, extra: Partial<Schema> = {}): Schema {
  return { kind: 'ref', target: `openapi.yaml#/components/schemas/${typeName}`, nullable: false, ...extra } as Schema;
}
