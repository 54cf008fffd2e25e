import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { SdkConfig } from '../load/load-config.js';
import type { Parameter, Schema } from './ir.js';
import { pathPlaceholders } from './names.js';
import type { SchemaConverter } from './schema-object.js';

type Raw = Record<string, unknown>;

/** Where an operation's Parameter Objects are: its path item's list and its own (which overrides by `in` + `name`). */
export interface ParameterLists {
  file: string;
  pathItem: Raw;
  pathItemPointer: string;
  operation: Raw;
  operationPointer: string;
}

/** The parameters of an operation, split into what a call passes positionally and what goes in its params object. */
export interface OperationParameters {
  /** Path parameters passed positionally, in path order. */
  positional: Parameter[];
  /** Client-fillable path parameters, query, header and cookie parameters, in wire order (path, query, header, cookie; by name). */
  object: Parameter[];
}

/**
 * Parameter Objects -> the IR's parameters. A path placeholder without a declared parameter
 * becomes a required string argument (the path cannot be requested without it), with a warning.
 * Cookie parameters go in the params object too, and are sent in one `Cookie` header.
 */
export function buildParameters(lists: ParameterLists, path: string, documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): OperationParameters {
  const params = collectParameters(lists, documents, converter, config, diagnostics);
  const pathOrder = pathPlaceholders(path);
  for (const name of pathOrder) {
    if (!params.some((p) => p.in === 'path' && p.name === name)) {
      diagnostics.warn('path-param-missing', `The path has "{${name}}" but the operation declares no path parameter "${name}"; it is generated as a required string argument.`, { file: lists.file, pointer: lists.operationPointer });
      params.push({ name, in: 'path', required: true, schema: { kind: 'string', nullable: false }, style: 'simple', explode: false });
    }
  }
  const positional = pathOrder.map((n) => params.find((p) => p.in === 'path' && p.name === n && p.clientOption === undefined)).filter((p): p is Parameter => p !== undefined);
  const object = params.filter((p) => !(p.in === 'path' && p.clientOption === undefined)).sort(byWireOrder);
  return { positional, object };
}

function byWireOrder(a: Parameter, b: Parameter): number {
  const rank = (p: Parameter) => ['path', 'query', 'header', 'cookie'].indexOf(p.in);
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Path-item parameters first, then the operation's, which replace those with the same `in` and `name`. */
function collectParameters(lists: ParameterLists, documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): Parameter[] {
  const byKey = new Map<string, Parameter>();
  const sources: [unknown, string][] = [
    [lists.pathItem.parameters, joinPointer(lists.pathItemPointer, 'parameters')],
    [lists.operation.parameters, joinPointer(lists.operationPointer, 'parameters')],
  ];
  for (const [list, listPointer] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const found = followRefs(documents, item, { file: lists.file, pointer: joinPointer(listPointer, i) });
      if (!found) return;
      const p = found.value;
      const at = { file: found.file, pointer: found.pointer };
      if (!p || typeof p.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(p.in as string)) {
        diagnostics.error('parameter-invalid', 'A parameter needs a string "name" and "in" set to path, query, header or cookie.', at);
        return;
      }
      byKey.set(`${p.in as string}:${p.name}`, parameterOf(p as Raw & { name: string }, at, converter, config));
    });
  }
  return [...byKey.values()];
}

/** One Parameter Object, with OpenAPI's defaults for `style` (by location) and `explode` (true for `form`). */
function parameterOf(p: Raw & { name: string }, at: { file: string; pointer: string }, converter: SchemaConverter, config: SdkConfig): Parameter {
  const location = p.in as Parameter['in'];
  const clientOption = location === 'path' ? config.client.pathParams[p.name]?.option : undefined;
  const schema: Schema = p.schema !== undefined ? converter.convert(p.schema, at.file, joinPointer(at.pointer, 'schema')) : { kind: 'string', nullable: false };
  const style = typeof p.style === 'string' ? p.style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
  return {
    name: p.name,
    in: location,
    required: location === 'path' || p.required === true,
    schema,
    ...(typeof p.description === 'string' ? { description: p.description } : schema.description ? { description: schema.description } : {}),
    ...(p.deprecated === true ? { deprecated: true } : {}),
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    ...(location === 'query' && p.allowReserved === true ? { allowReserved: true } : {}),
    ...(clientOption ? { clientOption } : {}),
  };
}
