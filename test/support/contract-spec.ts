import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILE, SpecReader, configuredSpecFile } from './spec-reader.js';

/**
 * The operations of an OpenAPI 3.0 document as a contract test needs them, read straight from
 * the spec and spec/sdk.config.yaml (not through generator/load, whose bugs the tests must be able
 * to catch): every parameter, request body and success response with its `$ref`s resolved, plus
 * a conversion of OpenAPI 3.0 schemas to the JSON Schema ajv understands.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  deprecated: boolean;
  /** The parameter's schema, `$ref`s inlined (still OpenAPI 3.0 keywords). */
  schema: JsonObject;
}

export interface SpecOperation {
  operationId: string;
  /** Lower case, as in the spec (`get`, `post`, ...). */
  method: string;
  /** The path template, e.g. `/accounts/{account_id}/ai-gateway/gateways/{id}`. */
  path: string;
  /** Path-item parameters merged with the operation's own (the operation's win). */
  parameters: SpecParameter[];
  requestBody?: { required: boolean; mediaType: string; schema: JsonObject };
  /** The lowest 2xx response the spec declares, and its JSON schema if it has one. */
  success: { status: number; schema?: JsonObject };
}

export interface SpecDocument {
  file: string;
  document: JsonObject;
  /** Path templates in document order. */
  paths: string[];
  operations: SpecOperation[];
}

/** The configured spec, and the config itself, parsed once per test file. */
export function readConfiguredSpec(): { spec: SpecDocument; config: SdkConfigView } {
  const file = configuredSpecFile();
  return { spec: readSpecDocument(file), config: readSdkConfig() };
}

/** Every operation of the document, in path order then in the order the path item lists them. */
export function readSpecDocument(file: string): SpecDocument {
  const reader = new SpecReader();
  const document = reader.load(file);
  if (!isObject(document) || !isObject(document.paths)) throw new Error(`${file} has no paths`);
  const inline = (value: unknown): JsonObject => {
    const resolved = inlineRefs(value, document);
    if (!isObject(resolved)) throw new Error(`${file}: expected an object, got ${JSON.stringify(value)}`);
    return resolved;
  };
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = inline(rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters.map(inline) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      if (typeof operation.operationId !== 'string') throw new Error(`${method} ${path} has no operationId`);
      const own = Array.isArray(operation.parameters) ? operation.parameters.map(inline) : [];
      const merged = new Map<string, JsonObject>();
      for (const parameter of [...shared, ...own]) merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
      const parameters = [...merged.values()].map((p): SpecParameter => {
        if (typeof p.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(p.in)))
          throw new Error(`${operation.operationId}: malformed parameter ${JSON.stringify(p)}`);
        return {
          name: p.name,
          in: p.in as SpecParameter['in'],
          required: p.required === true,
          deprecated: p.deprecated === true || (isObject(p.schema) && p.schema.deprecated === true),
          schema: isObject(p.schema) ? p.schema : {},
        };
      });
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        parameters,
        ...requestBodyOf(operation, inline),
        success: successOf(operation, inline),
      });
    }
  }
  return { file, document, paths: Object.keys(document.paths), operations };
}

function requestBodyOf(operation: JsonObject, inline: (v: unknown) => JsonObject): Pick<SpecOperation, 'requestBody'> {
  if (operation.requestBody === undefined) return {};
  const body = inline(operation.requestBody);
  const content = isObject(body.content) ? body.content : {};
  const mediaType = Object.keys(content).find((type) => /^application\/(.+\+)?json\b/.test(type));
  if (mediaType === undefined) throw new Error(`${String(operation.operationId)}: request body has no JSON content`);
  const media = content[mediaType];
  return {
    requestBody: {
      required: body.required === true,
      mediaType,
      schema: isObject(media) && isObject(media.schema) ? media.schema : {},
    },
  };
}

function successOf(operation: JsonObject, inline: (v: unknown) => JsonObject): SpecOperation['success'] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const statuses = Object.keys(responses)
    .filter((status) => /^2\d\d$/.test(status))
    .map(Number)
    .sort((a, b) => a - b);
  const status = statuses[0];
  if (status === undefined) throw new Error(`${String(operation.operationId)} declares no 2xx response`);
  const response = inline(responses[String(status)]);
  const content = isObject(response.content) ? response.content : {};
  const mediaType = Object.keys(content).find((type) => /^application\/(.+\+)?json\b/.test(type));
  const media = mediaType === undefined ? undefined : content[mediaType];
  return { status, ...(isObject(media) && isObject(media.schema) ? { schema: media.schema } : {}) };
}

/** Replaces every local `$ref` with (a copy of) its target. The AI Gateway spec has no recursive schemas. */
export function inlineRefs(value: unknown, document: unknown, depth = 0): unknown {
  if (depth > 64) throw new Error('$ref nesting deeper than 64: a recursive schema?');
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, document, depth + 1));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') {
    if (!value.$ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${value.$ref}`);
    const target = value.$ref
      .slice(2)
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
    if (target === undefined) throw new Error(`$ref ${value.$ref} leads nowhere`);
    return inlineRefs(target, document, depth + 1);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineRefs(item, document, depth + 1)]));
}

/**
 * An OpenAPI 3.0 Schema Object (refs already inlined) as draft-07 JSON Schema for ajv:
 * `nullable: true` admits null (also next to `enum`), boolean `exclusiveMinimum`/`exclusiveMaximum`
 * become numeric ones, and `readOnly` properties leave request schemas (`writeOnly` ones leave
 * response schemas), as OpenAPI 3.0 section 4.7.25 says.
 */
export function toJsonSchema(schema: unknown, direction: 'request' | 'response'): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, direction));
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'deprecated' || key.startsWith('x-')) continue;
    if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value)
          .filter(([, property]) => !hiddenIn(property, direction))
          .map(([name, property]) => [name, toJsonSchema(property, direction)]),
      );
    } else if (key === 'required' && Array.isArray(value) && isObject(schema.properties)) {
      const properties = schema.properties;
      out.required = value.filter((name) => !hiddenIn(properties[String(name)], direction));
    } else if (['items', 'additionalProperties', 'not'].includes(key) && isObject(value)) {
      out[key] = toJsonSchema(value, direction);
    } else if (['allOf', 'anyOf', 'oneOf'].includes(key) && Array.isArray(value)) {
      out[key] = value.map((member) => toJsonSchema(member, direction));
    } else {
      out[key] = value;
    }
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
  if (schema.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

function hiddenIn(property: unknown, direction: 'request' | 'response'): boolean {
  if (!isObject(property)) return false;
  return direction === 'request' ? property.readOnly === true : property.writeOnly === true;
}

// --- spec/sdk.config.yaml --------------------------------------------------------------------

export interface SdkConfigView {
  /** operationId -> `resource.path.method` */
  operations: Map<string, string>;
  /** Path parameters that go in the params object instead of a positional argument (`account_id`). */
  pathParamsInParams: Set<string>;
  /** `resources.<path>.typePrefix` overrides. */
  typePrefixes: Map<string, string>;
}

export function readSdkConfig(file = CONFIG_FILE): SdkConfigView {
  const config: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!isObject(config)) throw new Error(`${file} is not a mapping`);
  const operations = new Map<string, string>();
  for (const [operationId, mapping] of Object.entries(isObject(config.operations) ? config.operations : {})) {
    const target = typeof mapping === 'string' ? mapping : isObject(mapping) ? mapping.method : undefined;
    if (typeof target !== 'string') throw new Error(`${file}: operations.${operationId} names no method`);
    operations.set(operationId, target);
  }
  const client = isObject(config.client) ? config.client : {};
  const pathParams = isObject(client.pathParams) ? Object.keys(client.pathParams) : [];
  const typePrefixes = new Map<string, string>();
  for (const [resource, options] of Object.entries(isObject(config.resources) ? config.resources : {})) {
    if (isObject(options) && typeof options.typePrefix === 'string') typePrefixes.set(resource, options.typePrefix);
  }
  return { operations, pathParamsInParams: new Set(pathParams), typePrefixes };
}

/**
 * The exported validator for what a method resolves to, by the README's naming rule:
 * `<Resource singular><Method>Response`, with the config's `typePrefix` in place of the resource.
 */
export function responseValidatorName(target: string, config: SdkConfigView): string {
  const segments = target.split('.');
  const method = segments.pop()!;
  const resource = segments.join('.');
  const prefix = config.typePrefixes.get(resource) ?? singular(pascal(segments[segments.length - 1]!));
  return `validate${prefix}${pascal(method)}Response`;
}

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** `{name}` placeholders of a path template, in order. */
export function pathTemplateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}
