/**
 * The validators the benchmark compares, all for `LogGetResponse` (the `result` of
 * `aig-config-get-gateway-log-detail`), each used the way its documentation recommends:
 *
 * - ajv: the spec's own schema (OpenAPI 3.0 `nullable` turned into a JSON Schema type list),
 *   with ajv-formats in its default "full" mode; compiled in process, and as standalone code.
 * - zod 4 and TypeBox: the same schema written in their own builders. TypeBox has no formats of
 *   its own; it is given ajv-formats' "full" date-time checker.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import { FormatRegistry, Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { repoRoot } from './measure.js';

const require = createRequire(import.meta.url);
// CommonJS packages whose `export default` TypeScript's NodeNext mode cannot see through.
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const standaloneCode = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js').default;
const { fullFormats } = require('ajv-formats/dist/formats') as typeof import('ajv-formats/dist/formats.js');

/**
 * The spec file with just this operation, extracted verbatim from the whole AI Gateway spec that
 * spec/sdk.config.yaml generates from (parsing the whole one takes seconds).
 */
export const SPEC_FILE = join(repoRoot, 'spec', 'cloudflare-ai-gateway-log-get.openapi.yaml');
const OPERATION_PATH = '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}';

/** OpenAPI 3.0 schema object -> JSON Schema: `nullable` becomes a type list; `x-*` and `example` go. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('x-') || key === 'example' || key === 'nullable') continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (source.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/** The JSON Schema of `LogGetResponse`, read from the spec. */
export function logGetResponseJsonSchema(): AnySchemaObject {
  const doc = parseYaml(readFileSync(SPEC_FILE, 'utf8')) as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
  };
  const envelope = doc.paths[OPERATION_PATH]!.get.responses['200']!.content['application/json']!.schema as {
    properties: { result: unknown };
  };
  return toJsonSchema(envelope.properties.result) as AnySchemaObject;
}

export function listSchema(item: AnySchemaObject): AnySchemaObject {
  return { type: 'array', items: item };
}

function newAjv(allErrors: boolean, source: boolean): Ajv {
  const ajv = new Ajv({ allErrors, allowUnionTypes: true, ...(source ? { code: { source: true } } : {}) });
  addFormats(ajv);
  return ajv;
}

/** ajv, compiled in this process (it generates code and evaluates it with `new Function`). */
export function compileAjv(schema: AnySchemaObject, allErrors: boolean): ValidateFunction {
  return newAjv(allErrors, false).compile(schema);
}

/** ajv's standalone module (CommonJS) for `schema`, as it would be written to a file. */
export function ajvStandaloneSource(schema: AnySchemaObject, allErrors: boolean, esm = false): string {
  const ajv = new Ajv({ allErrors, allowUnionTypes: true, code: { source: true, esm } });
  addFormats(ajv);
  return standaloneCode(ajv, ajv.compile(schema));
}

/** Loads standalone code as Node would load the file (its `require`s resolve from this folder). */
export function loadAjvStandalone(source: string): ValidateFunction {
  const module = { exports: {} as unknown };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('require', 'module', 'exports', source)(require, module, module.exports);
  return module.exports as ValidateFunction;
}

export type { ErrorObject };

// ---------------------------------------------------------------------------------------------
// zod 4

export const logGetResponseZod = z.looseObject({
  cached: z.boolean(),
  cost: z.number().optional(),
  created_at: z.iso.datetime({ offset: true }),
  custom_cost: z.boolean().optional(),
  duration: z.int(),
  id: z.string(),
  metadata: z.string().optional(),
  model: z.string(),
  model_type: z.string().optional(),
  path: z.string(),
  provider: z.string(),
  request_content_type: z.string().optional(),
  request_head: z.string().optional(),
  request_head_complete: z.boolean().optional(),
  request_size: z.int().optional(),
  request_type: z.string().optional(),
  response_content_type: z.string().optional(),
  response_head: z.string().optional(),
  response_head_complete: z.boolean().optional(),
  response_size: z.int().optional(),
  status_code: z.int().optional(),
  step: z.int().optional(),
  success: z.boolean(),
  tokens_in: z.int().nullable(),
  tokens_out: z.int().nullable(),
});
export const logGetResponseListZod = z.array(logGetResponseZod);

// ---------------------------------------------------------------------------------------------
// TypeBox

// ajv-formats defines "date-time" as { validate, compare }.
const ajvDateTime = (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate;
FormatRegistry.Set('date-time', (value) => ajvDateTime(value));

export const logGetResponseTypeBox = Type.Object({
  cached: Type.Boolean(),
  cost: Type.Optional(Type.Number()),
  created_at: Type.String({ format: 'date-time' }),
  custom_cost: Type.Optional(Type.Boolean()),
  duration: Type.Integer(),
  id: Type.String(),
  metadata: Type.Optional(Type.String()),
  model: Type.String(),
  model_type: Type.Optional(Type.String()),
  path: Type.String(),
  provider: Type.String(),
  request_content_type: Type.Optional(Type.String()),
  request_head: Type.Optional(Type.String()),
  request_head_complete: Type.Optional(Type.Boolean()),
  request_size: Type.Optional(Type.Integer()),
  request_type: Type.Optional(Type.String()),
  response_content_type: Type.Optional(Type.String()),
  response_head: Type.Optional(Type.String()),
  response_head_complete: Type.Optional(Type.Boolean()),
  response_size: Type.Optional(Type.Integer()),
  status_code: Type.Optional(Type.Integer()),
  step: Type.Optional(Type.Integer()),
  success: Type.Boolean(),
  tokens_in: Type.Union([Type.Integer(), Type.Null()]),
  tokens_out: Type.Union([Type.Integer(), Type.Null()]),
});
export type LogGetResponseTypeBox = Static<typeof logGetResponseTypeBox>;

export function compileTypeBox<T extends TSchema>(schema: T): TypeCheck<T> {
  return TypeCompiler.Compile(schema);
}
