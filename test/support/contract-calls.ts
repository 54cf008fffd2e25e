import { sampleFor } from './contract-samples.js';
import {
  isObject,
  pathTemplateNames,
  responseValidatorName,
  type JsonObject,
  type SdkConfigView,
  type SpecOperation,
  type SpecParameter,
} from './contract-spec.js';

/**
 * One contract call per operation, planned from the spec and spec/sdk.config.yaml alone: which
 * client method to call, its arguments by the README's convention, and what the client must put
 * on the wire and resolve to.
 */
export interface PlannedCall {
  operation: SpecOperation;
  /** `aiGateway.logs.get`, from the config. */
  target: string;
  /** Path parameters in path order, except those the config moves into the params object. */
  positional: string[];
  /** Query and header parameters, configured path parameters (`account_id`) and `body`. */
  params: JsonObject;
  /** What each argument must satisfy: `[where, value, OpenAPI schema]`, for an independent check. */
  argumentSchemas: { where: string; value: unknown; schema: JsonObject }[];
  /** The request the client must send. */
  expected: {
    method: string;
    /** Path with every value percent-encoded as one segment. */
    path: string;
    /** Sorted `[name, value]` pairs. */
    query: [string, string][];
    body: unknown;
  };
  /** Envelope field the method resolves to (README: `result`, `data`, ...), or undefined for the whole body. */
  envelopeField: string | undefined;
  /**
   * A GET with a `page` query parameter whose resolved value is a list, or an object holding one
   * list (the README's pagination rules): the method must return pages.
   */
  paginated: boolean;
  /** For a paginated method whose value is an object: the property that holds the page's items. */
  itemsField: string | undefined;
  /** The exported `validate*Response` function for the resolved value. */
  validatorName: string;
}

const ENVELOPE_META = new Set(['success', 'errors', 'messages', 'result_info']);

/** Top-level properties of an object schema, `allOf` members merged. */
export function topLevelProperties(schema: unknown): string[] {
  if (!isObject(schema)) return [];
  const names = new Set<string>(isObject(schema.properties) ? Object.keys(schema.properties) : []);
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) for (const n of topLevelProperties(member)) names.add(n);
  return [...names];
}

/** The README's envelope rule: `result` when the body has one, else the single field beside `success`/`errors`/.... */
export function envelopeFieldOf(schema: unknown): string | undefined {
  const names = topLevelProperties(schema);
  if (names.includes('result')) return 'result';
  if (!names.includes('success')) return undefined;
  const others = names.filter((name) => !ENVELOPE_META.has(name));
  return others.length === 1 ? others[0] : undefined;
}

/** A property's schema, `allOf` members merged (the last declaration wins, as in the generator). */
function propertySchema(schema: unknown, name: string): unknown {
  if (!isObject(schema)) return undefined;
  let found: unknown = isObject(schema.properties) ? schema.properties[name] : undefined;
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) found = propertySchema(member, name) ?? found;
  return found;
}

const isList = (schema: unknown) => isObject(schema) && schema.type === 'array' && schema.nullable !== true;

/**
 * Where a paginated list's items are: the value itself (`''`), or its one list property (`data`,
 * `items`, ... preferred), or `undefined` when the value holds no list.
 */
function itemsOf(value: unknown): string | undefined {
  if (isList(value)) return '';
  const lists = topLevelProperties(value).filter((name) => isList(propertySchema(value, name)));
  return ['data', 'items', 'results', 'entries', 'records', 'values', 'elements', 'list', 'nodes'].find((n) => lists.includes(n)) ?? (lists.length === 1 ? lists[0] : undefined);
}

/** A schema whose values serialise to one query-string value (so the wire format is not in doubt). */
function isScalar(schema: JsonObject): boolean {
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf))
    return ((schema.anyOf ?? schema.oneOf) as unknown[]).every((member) => isObject(member) && isScalar(member));
  if (Array.isArray(schema.enum)) return true;
  return ['string', 'number', 'integer', 'boolean'].includes(String(schema.type));
}

/**
 * Query parameters of type array-of-object (`filters`) are left out unless required: OpenAPI
 * leaves the `form` serialisation of an array of objects undefined, so neither the client's nor
 * Prism's reading of it could be called right.
 */
function sendsOptional(parameter: SpecParameter): boolean {
  return isScalar(parameter.schema);
}

export function planCall(operation: SpecOperation, config: SdkConfigView): PlannedCall {
  const target = config.operations.get(operation.operationId);
  if (target === undefined) throw new Error(`spec/sdk.config.yaml does not map ${operation.operationId}`);
  const byName = new Map(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const params: JsonObject = {};
  const argumentSchemas: PlannedCall['argumentSchemas'] = [];
  const positional: string[] = [];
  let path = operation.path;
  for (const name of pathTemplateNames(operation.path)) {
    const parameter = byName.get(name);
    if (parameter === undefined) throw new Error(`${operation.operationId}: {${name}} is not a declared path parameter`);
    const value = sampleFor(parameter.schema);
    if (typeof value !== 'string') throw new Error(`${operation.operationId}: path parameter ${name} sample is not a string`);
    argumentSchemas.push({ where: `path ${name}`, value, schema: parameter.schema });
    if (config.pathParamsInParams.has(name)) params[name] = value;
    else positional.push(value);
    path = path.replace(`{${name}}`, encodeURIComponent(value));
  }
  const query: [string, string][] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') continue;
    if (!parameter.required && !sendsOptional(parameter)) continue;
    const value = sampleFor(parameter.schema);
    argumentSchemas.push({ where: `${parameter.in} ${parameter.name}`, value, schema: parameter.schema });
    params[parameter.name] = value;
    if (parameter.in === 'query') {
      for (const item of Array.isArray(value) ? value : [value]) query.push([parameter.name, String(item)]);
    }
  }
  let body: unknown;
  if (operation.requestBody !== undefined) {
    body = sampleFor(operation.requestBody.schema, 'request');
    argumentSchemas.push({ where: 'request body', value: body, schema: operation.requestBody.schema });
    params.body = body;
  }
  const queryNames = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const envelopeField = envelopeFieldOf(operation.success.schema);
  const value = envelopeField === undefined ? operation.success.schema : propertySchema(operation.success.schema, envelopeField);
  const items = operation.method === 'get' && queryNames.has('page') ? itemsOf(value) : undefined;
  return {
    operation,
    target,
    positional,
    params,
    argumentSchemas,
    expected: { method: operation.method.toUpperCase(), path, query: query.sort(compareEntries), body },
    envelopeField,
    paginated: items !== undefined,
    itemsField: items === '' ? undefined : items,
    validatorName: responseValidatorName(target, config),
  };
}

export function compareEntries(a: [string, string], b: [string, string]): number {
  return a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1;
}

/** The method `target` names on `client`, bound to its resource, or undefined when there is none. */
export function methodAt(client: object, target: string): ((...args: unknown[]) => unknown) | undefined {
  const segments = target.split('.');
  const name = segments.pop()!;
  let owner: unknown = client;
  for (const segment of segments) {
    if (typeof owner !== 'object' || owner === null) return undefined;
    owner = (owner as Record<string, unknown>)[segment];
  }
  if (typeof owner !== 'object' || owner === null) return undefined;
  const method = (owner as Record<string, unknown>)[name];
  return typeof method === 'function' ? (method as (...args: unknown[]) => unknown).bind(owner) : undefined;
}
