import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/pipeline.js';
import type { Api, Operation, Resource } from '../../generator/model/ir.js';
import { sampleFor } from './contract-samples.js';
import { inlineRefs, isObject, type JsonObject } from './contract-spec.js';
import { sliceSpec } from './spec-slice.js';
import { REPO_ROOT } from './spec-reader.js';

/**
 * Contract calls for operations whose bodies are not JSON (forms, multipart, bytes, text, NDJSON,
 * event streams), planned from the raw spec and the IR the generator built for a slice of it:
 * the method is found by operationId in the IR (so renaming methods does not break the plan),
 * the arguments are built from the spec's schemas, binary fields as small Blobs.
 */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One operation of a raw spec, with the media types of its request body and 2xx responses. */
export interface RawOperation {
  operationId: string | undefined;
  method: string;
  path: string;
  /** The Operation Object, `$ref`s not resolved. */
  raw: JsonObject;
  /** Parameters of the path item and the operation (the operation's win), `$ref`s not resolved. */
  parameters: JsonObject[];
  requestTypes: string[];
  responseTypes: string[];
}

/** Whether a media type is JSON (`application/json`, `text/json`, `+json`), read independently of generator/model. */
export function isJsonType(mediaType: string): boolean {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}

function deref(value: unknown, document: unknown): unknown {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
    const ref = current.$ref as string;
    current = ref
      .slice(2)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
  }
  return current;
}

/** Every operation of a spec, in document order. */
export function rawOperations(document: JsonObject): RawOperation[] {
  const out: RawOperation[] = [];
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? (item.parameters as JsonObject[]) : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op.parameters) ? (op.parameters as JsonObject[]) : [];
      const key = (p: JsonObject) => {
        const r = deref(p, document) as JsonObject;
        return `${String(r.in)} ${String(r.name)}`;
      };
      const ownKeys = new Set(own.map(key));
      const body = deref(op.requestBody, document);
      const requestTypes = isObject(body) && isObject(body.content) ? Object.keys(body.content) : [];
      const responseTypes = Object.entries(isObject(op.responses) ? op.responses : {})
        .filter(([status]) => /^2/.test(status))
        .flatMap(([, response]) => {
          const r = deref(response, document);
          return isObject(r) && isObject(r.content) ? Object.keys(r.content) : [];
        });
      out.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
        method,
        path,
        raw: op,
        parameters: [...shared.filter((p) => !ownKeys.has(key(p))), ...own],
        requestTypes,
        responseTypes,
      });
    }
  }
  return out;
}

/** A slice of `document` generated into a temp dir and imported: the IR and the package's index. */
export interface GeneratedSlice {
  dir: string;
  /** The sliced spec, for Prism. */
  specFile: string;
  api: Api;
  index: Record<string, unknown>;
}

/**
 * Generates the operations `operationIds` of `document` (cut down to them and what they
 * reference) with the CLI, `sdkgen generate --spec <slice> --out <dir> [--conventions ...]`, in a
 * process of its own (its esbuild worker stalls inside Jest's VM on a slice of Stripe's size), and
 * imports the built package. The IR comes from the same pipeline stopped after the model
 * (`validateOnly`), to find each operation's method by operationId.
 */
export async function generateSlice(document: JsonObject, operationIds: string[], conventions: string | undefined, prefix: string): Promise<GeneratedSlice> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const specFile = join(dir, 'openapi.json');
  writeFileSync(specFile, JSON.stringify(sliceSpec(document, operationIds)));
  const args = [join(REPO_ROOT, 'bin/sdkgen.js'), 'generate', '--spec', specFile, '--out', join(dir, 'out'), ...(conventions ? ['--conventions', conventions] : [])];
  const cli = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 240_000 });
  if (cli.status !== 0) throw new Error(`sdkgen generate failed (${cli.status ?? cli.signal}):\n${cli.stdout}\n${cli.stderr}`);
  const { api } = await generate({ spec: specFile, validateOnly: true, ...(conventions ? { conventions } : {}) } as Parameters<typeof generate>[0]);
  if (api === undefined) throw new Error(`modelling ${specFile} produced no API`);
  const index = (await import(pathToFileURL(join(dir, 'out/dist/index.js')).href)) as Record<string, unknown>;
  return { dir, specFile, api, index };
}

export function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Every operation of the IR, by operationId. */
export function irOperations(api: Api): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const walk = (resources: Resource[]): void => {
    for (const resource of resources) {
      for (const op of resource.operations) out.set(op.operationId, op);
      walk(resource.children);
    }
  };
  walk(api.resources);
  return out;
}

/** The operation's method on `client`, bound to its resource, found through the IR. */
export function boundMethod(client: object, op: Operation): (...args: unknown[]) => unknown {
  let owner: unknown = client;
  for (const segment of op.resource) owner = (owner as Record<string, unknown>)[segment];
  const method = (owner as Record<string, unknown> | undefined)?.[op.methodName];
  if (typeof method !== 'function') throw new Error(`client.${[...op.resource, op.methodName].join('.')} is not a method`);
  return (method as (...args: unknown[]) => unknown).bind(owner);
}

/** Client options that give every credential the API declares a value (`apiToken`, `apiEmail` + `apiKey`, ...). */
export function allCredentials(api: Api): Record<string, string> {
  // A Basic credential is `user-id:password` (RFC 7617): Prism checks for the colon.
  return Object.fromEntries(api.securitySchemes.map((scheme) => [scheme.option, scheme.kind === 'basic' ? `contract-user:contract-${scheme.option}` : `contract-${scheme.option}`]));
}

/** Small bytes for a binary field or body: ASCII, so that a decoder reading the body as UTF-8 text sees them unaltered. */
export const SAMPLE_BYTES = new TextEncoder().encode('sdkgen-bytes');

function isBinaryString(schema: unknown): boolean {
  return isObject(schema) && schema.type === 'string' && schema.format === 'binary';
}

function containsBinary(schema: unknown, depth = 0): boolean {
  if (depth > 20 || !isObject(schema)) return false;
  if (isBinaryString(schema)) return true;
  return Object.entries(schema).some(([key, value]) =>
    key === 'properties' && isObject(value)
      ? Object.values(value).some((v) => containsBinary(v, depth + 1))
      : ['items', 'additionalProperties'].includes(key)
        ? containsBinary(value, depth + 1)
        : ['allOf', 'anyOf', 'oneOf'].includes(key) && Array.isArray(value)
          ? value.some((v) => containsBinary(v, depth + 1))
          : false,
  );
}

/**
 * A copy of a schema whose binary strings sample to a File of SAMPLE_BYTES: the File is set as
 * the schema's `example`, and an `example` or `default` above a binary field (a JSON picture of
 * an upload, `"file": "@logo.png"`) is dropped so that the File is what is sent.
 */
export function withFileSamples(schema: unknown, depth = 0): unknown {
  if (depth > 40) return schema;
  if (Array.isArray(schema)) return schema.map((s) => withFileSamples(s, depth + 1));
  if (!isObject(schema)) return schema;
  if (isBinaryString(schema)) return { ...schema, example: new File([SAMPLE_BYTES], 'sample.bin', { type: 'application/octet-stream' }) };
  const out: JsonObject = {};
  const dropExample = containsBinary(schema);
  for (const [key, value] of Object.entries(schema)) {
    if (dropExample && (key === 'example' || key === 'default')) continue;
    out[key] = key === 'properties' && isObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFileSamples(v, depth + 1)])) : withFileSamples(value, depth + 1);
  }
  return out;
}

/** What a call of one operation sends, as one media type. */
export interface MediaCall {
  operationId: string;
  /** The request media type the call sends, or undefined for a call without a body. */
  requestType: string | undefined;
  positional: unknown[];
  params: JsonObject;
  /** The schema of the body sent (refs inlined), for telling Prism's misreadings from ours. */
  bodySchema?: unknown;
}

/** Media types whose bodies are text (read independently of generator/model/media-types.ts). */
function isTextType(type: string): boolean {
  const t = type.split(';')[0]!.trim().toLowerCase();
  return t.startsWith('text/') || ['application/javascript', 'application/xml', 'application/sql'].includes(t);
}

function isNdjsonType(type: string): boolean {
  return /ndjson|jsonl|json-lines|jsonlines/.test(type.toLowerCase());
}

/** A body of `mediaType` built from its schema (refs inlined). */
export function bodySample(mediaType: string, schema: unknown): unknown {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (isJsonType(type)) return sampleFor(schema, 'request');
  if (type === 'multipart/form-data') return sampleFor(withFileSamples(schema), 'request');
  // A form carries text: a binary field's value is its bytes as a string.
  if (type === 'application/x-www-form-urlencoded') return sampleFor(schema, 'request');
  if (isNdjsonType(type)) {
    // A schema of the whole stream as a string or bytes: one JSON record a line, as text.
    if (!isObject(schema) || schema.type === 'string') return '{"id":"sample","values":[1,2,3]}\n';
    return [sampleFor(isObject(schema) && schema.type === 'array' ? schema.items : schema, 'request')];
  }
  if (isTextType(type)) {
    // A text body whose schema is not a string is what that schema says (the client sends it as JSON text).
    if (isObject(schema) && schema.type !== undefined && schema.type !== 'string') return sampleFor(schema, 'request');
    const value = isObject(schema) && !isBinaryString(schema) ? sampleFor(schema, 'request') : undefined;
    return typeof value === 'string' ? value : 'sample text';
  }
  return SAMPLE_BYTES;
}

/**
 * The arguments of one call: positional path parameters in the IR's order, the params object with
 * every required parameter (and path parameters a client option could fill), and the body as
 * `requestType` with `contentType` when the operation declares several.
 */
export function planMediaCall(raw: RawOperation, op: Operation, document: JsonObject, requestType: string | undefined): MediaCall {
  const parameters = raw.parameters.map((p) => inlineRefs(p, document) as JsonObject);
  const schemaOf = (name: string, where: string) => {
    const found = parameters.find((p) => p.name === name && p.in === where);
    if (found === undefined) throw new Error(`${op.operationId}: no ${where} parameter ${name} in the spec`);
    return isObject(found.schema) ? found.schema : {};
  };
  const positional = op.positionalParams.map((p) => sampleFor(schemaOf(p.name, p.in)));
  const params: JsonObject = {};
  // An optional deepObject query parameter of `type: object` is sent too: Prism reads an absent
  // one as `{}` and then reports its required properties missing (prism-http 5.x
  // deserializers/style/deepObject.js builds an object schema's value whatever the query holds);
  // sending it also exercises the bracket encoding.
  const deepObject = (name: string) =>
    parameters.some((p) => p.name === name && p.in === 'query' && p.style === 'deepObject' && isObject(p.schema) && p.schema.type === 'object');
  for (const p of op.objectParams) if (p.required || p.clientOption !== undefined || deepObject(p.name)) params[p.name] = sampleFor(schemaOf(p.name, p.in));
  let bodySchema: unknown;
  if (requestType !== undefined) {
    const body = deref(raw.raw.requestBody, document) as JsonObject;
    const media = (body.content as JsonObject)[requestType] as JsonObject | undefined;
    const schema = media && media.schema !== undefined ? inlineRefs(media.schema, document) : undefined;
    params.body = bodySample(requestType, schema);
    bodySchema = schema;
    if ((op.requestBody?.contents.length ?? 0) > 1) params.contentType = requestType;
  }
  return { operationId: op.operationId, requestType, positional, params, ...(bodySchema !== undefined ? { bodySchema } : {}) };
}

/**
 * The calls an operation gets: one per request media type that is not JSON (a JSON body when it
 * has only those, and no body when it has none).
 */
export function plannedCalls(raw: RawOperation, op: Operation, document: JsonObject): MediaCall[] {
  // A body the model left out (a GET's: fetch cannot send one) gets no call with it.
  const declared = op.requestBody ? raw.requestTypes : [];
  const bodyTypes = declared.filter((type) => !isJsonType(type));
  const types = bodyTypes.length > 0 ? bodyTypes : declared.slice(0, 1);
  return (types.length > 0 ? types : [undefined]).map((type) => planMediaCall(raw, op, document, type));
}
