import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SURFACE_FORMAT, type ApiSurface, type SurfaceField } from './api-surface.js';

/** Where the API surface is kept in the output directory. */
export const API_SURFACE_FILE = 'api.json';

/**
 * The surface as JSON, one field per line, so that a regeneration's diff of `api.json`
 * reads like the change report itself. Deterministic: the surface is already sorted.
 */
export function serializeSurface(surface: ApiSurface): string {
  const field = (f: SurfaceField) => `{ "path": ${JSON.stringify(f.path)}, "type": ${JSON.stringify(f.type)}, "required": ${f.required}, "nullable": ${f.nullable} }`;
  const fields = (list: SurfaceField[], indent: string) => (list.length === 0 ? '[]' : `[\n${list.map((f) => `${indent}  ${field(f)}`).join(',\n')}\n${indent}]`);
  const operations = surface.operations.map(
    (op) =>
      `    {\n` +
      `      "name": ${JSON.stringify(op.name)},\n` +
      `      "operationId": ${JSON.stringify(op.operationId)},\n` +
      `      "http": ${JSON.stringify(op.http)},\n` +
      `      "args": ${fields(op.args, '      ')},\n` +
      `      "params": ${fields(op.params, '      ')},\n` +
      `      "returns": ${JSON.stringify(op.returns)},\n` +
      `      "returnsNullable": ${op.returnsNullable},\n` +
      `      "response": ${fields(op.response, '      ')}\n` +
      `    }`,
  );
  const schemas = surface.schemas.map(
    (s) =>
      `    {\n` +
      `      "name": ${JSON.stringify(s.name)},\n` +
      `      "type": ${JSON.stringify(s.type)},\n` +
      `      "nullable": ${s.nullable},\n` +
      `      "usedIn": ${JSON.stringify(s.usedIn)},\n` +
      `      "fields": ${fields(s.fields, '      ')}\n` +
      `    }`,
  );
  const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n  ]`);
  return `{\n  "format": ${JSON.stringify(surface.format)},\n  "operations": ${list(operations)},\n  "schemas": ${list(schemas)}\n}\n`
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The surface a previous generation left in `outDir`, or `undefined` when there is none
 * (first generation, or an output written before sdkgen kept one) or it is unreadable.
 */
export function readSurface(outDir: string): ApiSurface | undefined {
  let text: string;
  try {
    text = readFileSync(join(outDir, API_SURFACE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<ApiSurface> | null;
    if (!value || value.format !== SURFACE_FORMAT || !Array.isArray(value.operations) || !Array.isArray(value.schemas)) return undefined;
    return value as ApiSurface;
  } catch {
    return undefined;
  }
}
