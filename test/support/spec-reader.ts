import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * Reads OpenAPI documents for tests that derive their expectations from the spec itself,
 * independently of generator/load: a test that reused the generator's own loader could not
 * catch that loader's bugs.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONFIG_FILE = resolve(REPO_ROOT, 'spec/sdk.config.yaml');

type SchemaObject = Record<string, unknown>;

/** A value in a document, and the file it came from (needed to resolve relative `$ref`s). */
export interface Located<T = unknown> {
  value: T;
  file: string;
}

/** The spec file `spec/sdk.config.yaml` names, as an absolute path. */
export function configuredSpecFile(configFile = CONFIG_FILE): string {
  const config = parseYaml(readFileSync(configFile, 'utf8')) as { spec?: unknown };
  if (typeof config.spec !== 'string') throw new Error(`${configFile} has no "spec" string`);
  return resolve(dirname(configFile), config.spec);
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Loads documents on demand and follows `$ref`s within and between local files. */
export class SpecReader {
  private readonly documents = new Map<string, unknown>();

  load(file: string): unknown {
    const path = resolve(file);
    if (!this.documents.has(path)) {
      const text = readFileSync(path, 'utf8');
      // JSON.parse is much faster than the YAML parser on the multi-megabyte JSON specs.
      this.documents.set(path, path.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 }));
    }
    return this.documents.get(path);
  }

  /** The value at a JSON pointer in `file`; throws when the pointer leads nowhere. */
  get(file: string, pointer: string): unknown {
    let value = this.load(file);
    for (const raw of pointer.split('/').slice(1)) {
      const key = decodePointerSegment(decodeURIComponent(raw));
      if (!isObject(value) && !Array.isArray(value))
        throw new Error(`${file}#${pointer}: "${key}" is not inside an object`);
      if (!Object.prototype.hasOwnProperty.call(value, key)) throw new Error(`${file}#${pointer}: no "${key}"`);
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  /** Follows a chain of `$ref`s (local pointers or relative files) to a value that is not a ref. */
  deref<T = unknown>(located: Located): Located<T> {
    let { value, file } = located;
    for (let hops = 0; isObject(value) && typeof value.$ref === 'string'; hops++) {
      if (hops > 50) throw new Error(`$ref cycle at ${file}`);
      const ref = value.$ref;
      const hash = ref.indexOf('#');
      const filePart = hash === -1 ? ref : ref.slice(0, hash);
      const pointer = hash === -1 ? '' : ref.slice(hash + 1);
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) throw new Error(`remote $ref ${ref} is not supported`);
      file = filePart === '' ? file : resolve(dirname(file), filePart);
      value = this.get(file, pointer);
    }
    return { value: value as T, file };
  }
}

export interface FoundOperation {
  path: string;
  method: string;
  operation: Located<SchemaObject>;
}

/** The operation with `operationId`, wherever it is in `paths` (path items may be `$ref`s). */
export function findOperation(reader: SpecReader, specFile: string, operationId: string): FoundOperation {
  const paths = reader.get(specFile, '/paths');
  if (!isObject(paths)) throw new Error(`${specFile} has no paths`);
  const found: FoundOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = reader.deref<unknown>({ value: rawItem, file: specFile });
    if (!isObject(item.value)) continue;
    for (const [method, rawOperation] of Object.entries(item.value)) {
      if (!isObject(rawOperation) || rawOperation.operationId !== operationId) continue;
      found.push({ path, method, operation: { value: rawOperation, file: item.file } });
    }
  }
  if (found.length !== 1)
    throw new Error(`expected exactly one operation "${operationId}" in ${specFile}, found ${found.length}`);
  return found[0]!;
}

/** A response's JSON body: its media type and its schema, `$ref`s resolved. */
export function responseContent(
  reader: SpecReader,
  operation: Located<SchemaObject>,
  status: string,
): { mediaType: string; schema: Located } {
  const responses = reader.deref<SchemaObject>({ value: operation.value.responses, file: operation.file });
  const response = reader.deref<SchemaObject>({ value: responses.value[status], file: responses.file });
  const content = response.value.content;
  if (!isObject(content)) throw new Error(`response ${status} has no content`);
  const mediaType = Object.keys(content).find((t) => /^application\/(.+\+)?json\b/.test(t));
  if (mediaType === undefined) throw new Error(`response ${status} has no JSON content`);
  const media = content[mediaType] as SchemaObject;
  return { mediaType, schema: reader.deref({ value: media.schema, file: response.file }) };
}

/** A property of an object schema: its schema with `$ref`s resolved, and whether it is required. */
export interface PropertyView {
  name: string;
  schema: Located<SchemaObject>;
  required: boolean;
}

export interface ObjectView {
  description?: string;
  properties: PropertyView[];
}

/**
 * The properties of an object schema as a reader of the spec sees them: `$ref`s resolved and
 * `allOf` members merged (Cloudflare envelopes are often written as allOf).
 */
export function objectView(reader: SpecReader, located: Located): ObjectView {
  const byName = new Map<string, Located<SchemaObject>>();
  const required = new Set<string>();
  let description: string | undefined;
  const visit = (at: Located, depth: number) => {
    const { value, file } = reader.deref<unknown>(at);
    if (!isObject(value)) return;
    if (depth === 0 && typeof value.description === 'string') description = value.description;
    for (const member of Array.isArray(value.allOf) ? value.allOf : []) visit({ value: member, file }, depth + 1);
    if (isObject(value.properties)) {
      for (const [name, schema] of Object.entries(value.properties))
        byName.set(name, reader.deref<SchemaObject>({ value: schema, file }));
    }
    if (Array.isArray(value.required))
      for (const name of value.required) if (typeof name === 'string') required.add(name);
  };
  visit(located, 0);
  const properties = [...byName].map(([name, schema]) => ({ name, schema, required: required.has(name) }));
  return { ...(description !== undefined ? { description } : {}), properties };
}
