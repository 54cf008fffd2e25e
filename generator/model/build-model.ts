import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { SdkConfig } from '../load/load-config.js';
import { derefSchema } from './deref.js';
import type { Api, HttpMethod, NamedSchema, Operation, Pagination, Parameter, Property, RequestBody, Resource, Response, Schema, SecurityScheme } from './ir.js';
import { NameRegistry, pathPlaceholders, toCamelCase, toKebabCase, toPascalCase } from './names.js';
import { placeOperation, typePrefix } from './operation-naming.js';
import { API_CLIENT_MEMBERS, CLIENT_MODULE_NAMES, GLOBAL_NAMES, RUNTIME_NAMES } from './reserved-names.js';
import { assignSchemaModules } from './schema-modules.js';
import { SchemaConverter } from './schema-object.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const IDEMPOTENT = new Set<HttpMethod>(['get', 'put', 'delete', 'options', 'head', 'trace']);
type Raw = Record<string, unknown>;

/** OpenAPI document + config -> IR. Reports problems; never throws for bad input. */
export function buildModel(documents: DocumentSet, config: SdkConfig, diagnostics: Diagnostics): Api | undefined {
  const file = config.spec;
  const doc = documents.load(file)?.value as Raw | undefined;
  if (!doc) return undefined;
  const version = typeof doc.openapi === 'string' ? doc.openapi : '';
  if (!/^3\.[01]\.\d+/.test(version)) {
    diagnostics.error('spec-version', `Only OpenAPI 3.0.x and 3.1.x are supported; "openapi" is ${JSON.stringify(doc.openapi ?? null)}.`, { file, pointer: '/openapi' });
    return undefined;
  }
  const paths = (doc.paths ?? {}) as Raw;
  const info = (doc.info ?? {}) as Raw;

  // The names the package's entry point exports besides the runtime's: the client class, and the
  // base error class's alias when the config asks for one.
  const clientNames = clientExportNames(config, diagnostics);
  // Operations are placed first so that their type names are claimed before component names.
  const found = collectOperations(paths, file, documents, config, diagnostics);
  const typeNames = new NameRegistry([...clientNames, ...RUNTIME_NAMES, ...GLOBAL_NAMES]);
  for (const op of found) {
    const prefix = typePrefix(op.placement.resource, config) + toPascalCase(op.placement.methodName);
    op.typeNames = { params: typeNames.claim(`${prefix}Params`), response: typeNames.claim(`${prefix}Response`) };
  }
  const reserved = found.flatMap((op) => [op.typeNames.params, op.typeNames.response]);
  const converter = new SchemaConverter(documents, diagnostics, version.startsWith('3.1'), [...clientNames, ...RUNTIME_NAMES, ...GLOBAL_NAMES, ...reserved]);
  const components = ((doc.components ?? {}) as Raw).schemas;
  if (components && typeof components === 'object') converter.registerComponents(file, components as Raw);

  const operations = found.map((f) => buildOperation(f, documents, converter, config, diagnostics));
  const schemas = converter.namedSchemas();
  const byId = new Map(schemas.map((s) => [s.id, s]));
  for (const op of operations) finishResponse(op, byId, config);

  // The package root exports the resource classes' types next to the schema and operation types.
  const resources = buildResources(operations, [...clientNames, ...reserved, ...schemas.map((s) => s.typeName)]);
  assignSchemaModules(schemas, resources);

  const servers = Array.isArray(doc.servers) ? (doc.servers as Raw[]) : [];
  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    package: { description: `TypeScript client for ${typeof info.title === 'string' ? info.title : 'the API'}`, ...config.package },
    clientClassName: config.client.className,
    ...(config.client.errorAlias ? { errorAlias: config.client.errorAlias } : {}),
    baseURL: config.client.baseURL ?? (typeof servers[0]?.url === 'string' ? (servers[0].url as string) : 'http://localhost'),
    ...(config.client.baseURLEnv ? { baseURLEnv: config.client.baseURLEnv } : {}),
    securitySchemes: buildSecuritySchemes(doc, config, file, diagnostics),
    clientOptions: Object.entries(config.client.pathParams)
      .map(([param, o]) => ({ param, option: o.option, ...(o.env ? { env: o.env } : {}) }))
      .sort((a, b) => (a.option < b.option ? -1 : 1)),
    schemas,
    resources,
  };
}

/**
 * The client class's name and the error alias's: no schema, operation type or resource class may
 * take them. The alias is re-exported next to the runtime's exports, so it must not be one of them.
 */
function clientExportNames(config: SdkConfig, diagnostics: Diagnostics): string[] {
  const { className, errorAlias } = config.client;
  if (errorAlias === undefined) return [className];
  if (errorAlias === className || RUNTIME_NAMES.includes(errorAlias)) {
    const what = errorAlias === className ? 'the client class' : 'a class or type of the runtime';
    diagnostics.error('config-invalid', `"client.errorAlias" is "${errorAlias}", which the package already exports (${what}); choose another name.`, { file: config.file, pointer: '/client/errorAlias' });
  }
  return [className, errorAlias];
}

interface FoundOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  raw: Raw;
  pathItem: Raw;
  /** Where the path item is: under `/paths`, or wherever its `$ref` leads. */
  pathItemAt: { file: string; pointer: string };
  pointer: string;
  file: string;
  placement: { resource: string[]; methodName: string; mapped: boolean };
  typeNames: { params: string; response: string };
}

function collectOperations(paths: Raw, file: string, documents: DocumentSet, config: SdkConfig, diagnostics: Diagnostics): FoundOperation[] {
  const found: FoundOperation[] = [];
  const seenIds = new Set<string>();
  for (const path of Object.keys(paths).sort()) {
    // A path item may be a `$ref` (to a file of its own, typically).
    const located = followRefs(documents, paths[path], { file, pointer: joinPointer('/paths', path) });
    if (!located) continue;
    const pathItem = located.value;
    const pathItemAt = { file: located.file, pointer: located.pointer };
    for (const method of METHODS) {
      const raw = pathItem?.[method] as Raw | undefined;
      if (!raw || typeof raw !== 'object') continue;
      const pointer = joinPointer(pathItemAt.pointer, method);
      let operationId = typeof raw.operationId === 'string' ? raw.operationId : `${method}-${path}`;
      if (seenIds.has(operationId)) {
        diagnostics.warn('operation-id-duplicate', `operationId "${operationId}" is used more than once; this one is named "${operationId}-${method}".`, { file: pathItemAt.file, pointer: pointer + '/operationId' });
        operationId = `${operationId}-${method}`;
      }
      seenIds.add(operationId);
      const placement = placeOperation(operationId, method, path, raw, config);
      found.push({ operationId, method, path, raw, pathItem, pathItemAt, pointer, file: pathItemAt.file, placement, typeNames: { params: '', response: '' } });
    }
  }
  for (const id of Object.keys(config.operations)) {
    if (!seenIds.has(id)) diagnostics.error('config-unknown-operation', `The config maps operation "${id}", but the spec has no operation with that operationId.`, { file: config.file, pointer: joinPointer('/operations', id) });
  }
  const unmapped = found.filter((f) => !f.placement.mapped);
  if (unmapped.length > 0 && Object.keys(config.operations).length > 0) {
    for (const f of unmapped) diagnostics.warn('operation-unmapped', `Operation "${f.operationId}" is not in the config's resource map; it is generated as ${[...f.placement.resource, f.placement.methodName].join('.')} by the default naming rule.`, { file: f.file, pointer: f.pointer });
  }
  // Resolve method-name collisions deterministically: the later operationId gets a suffix.
  const taken = new Map<string, NameRegistry>();
  for (const f of [...found].sort((a, b) => (a.operationId < b.operationId ? -1 : 1))) {
    const key = f.placement.resource.join('.');
    if (!taken.has(key)) taken.set(key, new NameRegistry());
    const registry = taken.get(key)!;
    const name = registry.claim(f.placement.methodName);
    if (name !== f.placement.methodName) {
      const renamed = toCamelCase(`${f.placement.methodName} ${f.operationId}`);
      diagnostics.warn('method-name-collision', `Two operations map to ${key}.${f.placement.methodName}; "${f.operationId}" becomes ${key}.${renamed}.`, { file: f.file, pointer: f.pointer });
      f.placement.methodName = registry.claim(renamed);
    }
  }
  return found;
}

function buildOperation(f: FoundOperation, documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): Operation {
  const { raw, file, pointer } = f;
  const params = collectParameters(f, documents, converter, config, diagnostics);
  const pathOrder = pathPlaceholders(f.path);
  for (const name of pathOrder) {
    if (!params.some((p) => p.in === 'path' && p.name === name)) {
      // The path cannot be requested without it, so it becomes a required string argument.
      diagnostics.warn('path-param-missing', `The path has "{${name}}" but the operation declares no path parameter "${name}"; it is generated as a required string argument.`, { file, pointer });
      params.push({ name, in: 'path', required: true, schema: { kind: 'string', nullable: false }, style: 'simple', explode: false });
    }
  }
  const positional = pathOrder.map((n) => params.find((p) => p.in === 'path' && p.name === n && p.clientOption === undefined)).filter((p): p is Parameter => p !== undefined);
  const objectParams = params.filter((p) => !(p.in === 'path' && p.clientOption === undefined)).filter((p) => p.in !== 'cookie');
  const security = securityOf(raw.security ?? (documents.get(config.spec, '/security') as unknown));
  const mapping = config.operations[f.operationId];
  return {
    operationId: f.operationId,
    method: f.method,
    path: f.path,
    ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    deprecated: raw.deprecated === true,
    resource: f.placement.resource,
    methodName: f.placement.methodName,
    positionalParams: positional,
    objectParams: objectParams.sort(byParamOrder),
    ...buildRequestBody(raw, documents, converter, file, pointer),
    response: buildResponse(raw, documents, converter, file, pointer),
    errorStatuses: Object.keys((raw.responses ?? {}) as Raw).filter((s) => !s.startsWith('2')).sort(),
    security,
    retrySafe: IDEMPOTENT.has(f.method) || mapping?.retrySafe === true,
    typeNames: { ...f.typeNames },
    source: { file, pointer },
  };
}

function byParamOrder(a: Parameter, b: Parameter): number {
  const rank = (p: Parameter) => (p.in === 'path' ? 0 : p.in === 'query' ? 1 : 2);
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function collectParameters(f: FoundOperation, documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): Parameter[] {
  const byKey = new Map<string, Parameter>();
  const lists: [unknown, string][] = [
    [f.pathItem.parameters, joinPointer(f.pathItemAt.pointer, 'parameters')],
    [f.raw.parameters, joinPointer(f.pointer, 'parameters')],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const found = followRefs(documents, item, { file: f.file, pointer: joinPointer(listPointer, i) });
      if (!found) return;
      const p = found.value;
      const at = { file: found.file, pointer: found.pointer };
      if (!p || typeof p.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(p.in as string)) {
        diagnostics.error('parameter-invalid', 'A parameter needs a string "name" and "in" set to path, query, header or cookie.', at);
        return;
      }
      const location = p.in as Parameter['in'];
      const clientOption = location === 'path' ? config.client.pathParams[p.name]?.option : undefined;
      const schema = p.schema !== undefined ? converter.convert(p.schema, at.file, joinPointer(at.pointer, 'schema')) : ({ kind: 'string', nullable: false } as Schema);
      const style = typeof p.style === 'string' ? p.style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
      byKey.set(`${location}:${p.name}`, {
        name: p.name,
        in: location,
        required: location === 'path' || p.required === true,
        schema,
        ...(typeof p.description === 'string' ? { description: p.description } : schema.description ? { description: schema.description } : {}),
        ...(p.deprecated === true ? { deprecated: true } : {}),
        style,
        explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
        ...(clientOption ? { clientOption } : {}),
      });
    });
  }
  return [...byKey.values()];
}

function jsonContent(content: unknown): { contentType: string; media: Raw; key: string } | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const types = Object.keys(content);
  const key = types.find((t) => /^application\/(.+\+)?json\b/.test(t)) ?? types[0];
  if (key === undefined) return undefined;
  return { contentType: key, media: (content as Raw)[key] as Raw, key };
}

function buildRequestBody(raw: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string): { requestBody?: RequestBody } {
  const found = followRefs(documents, raw.requestBody, { file, pointer: joinPointer(pointer, 'requestBody') });
  const body = found?.value;
  if (!found || !body) return {};
  const at = { file: found.file, pointer: found.pointer };
  const content = jsonContent(body.content);
  if (!content) return {};
  const schema = converter.convert(content.media?.schema, at.file, joinPointer(at.pointer, 'content', content.key, 'schema'));
  return { requestBody: { contentType: content.contentType, required: body.required === true, schema, ...(typeof body.description === 'string' ? { description: body.description } : {}) } };
}

function buildResponse(raw: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string): Response {
  const responses = (raw.responses ?? {}) as Raw;
  const status = Object.keys(responses).filter((s) => /^2/.test(s)).sort()[0];
  if (status === undefined) return { status: '200' };
  const found = followRefs(documents, responses[status], { file, pointer: joinPointer(pointer, 'responses', status) });
  if (!found) return { status };
  const response = found.value;
  const at = { file: found.file, pointer: found.pointer };
  const content = jsonContent(response?.content);
  if (!content || content.media?.schema === undefined) return { status, ...(content ? { contentType: content.contentType } : {}) };
  const schema = converter.convert(content.media.schema, at.file, joinPointer(at.pointer, 'content', content.key, 'schema'));
  return { status, contentType: content.contentType, schema };
}

/** Properties of an object schema, seen through refs and allOf (envelopes are often allOf). */
export function propertiesOf(schema: Schema, byId: Map<string, NamedSchema>, depth = 0): Property[] {
  if (depth > 20) return [];
  if (schema.kind === 'ref') {
    const target = byId.get(schema.target);
    return target ? propertiesOf(target.schema, byId, depth + 1) : [];
  }
  if (schema.kind === 'object') return schema.properties;
  if (schema.kind === 'allOf') return schema.members.flatMap((m) => propertiesOf(m, byId, depth + 1));
  return [];
}

const ENVELOPE_META = new Set(['success', 'errors', 'messages', 'result_info']);

/** Decides which envelope field a method resolves to, and whether it pages. */
function finishResponse(op: Operation, byId: Map<string, NamedSchema>, config: SdkConfig): void {
  const mapping = config.operations[op.operationId];
  const schema = op.response.schema;
  if (!schema) return;
  const props = propertiesOf(schema, byId);
  const names = new Set(props.map((p) => p.name));
  let field: string | undefined;
  if (mapping?.envelope !== undefined) field = mapping.envelope === 'none' ? undefined : mapping.envelope;
  else if (names.has('result')) field = 'result';
  else if (names.has('success')) {
    const others = [...names].filter((n) => !ENVELOPE_META.has(n));
    if (others.length === 1) field = others[0];
  }
  const fieldProp = field === undefined ? undefined : props.filter((p) => p.name === field).pop();
  if (field !== undefined && fieldProp) {
    op.response.envelopeField = field;
    op.response.resultSchema = fieldProp.schema;
  } else {
    op.response.resultSchema = schema;
  }
  const queryNames = new Set(op.objectParams.filter((p) => p.in === 'query').map((p) => p.name));
  // Only a list can be walked item by item: a paged response whose result is an object is returned as it is.
  const result = op.response.resultSchema;
  const list = derefSchema(result, byId);
  const isList = list.kind === 'array' && !list.nullable && !result.nullable;
  const pageable = isList && names.has('result_info') && queryNames.has('page') && queryNames.has('per_page') && op.method === 'get';
  if ((mapping?.pagination ?? (pageable ? 'page' : 'none')) === 'page' && isList) {
    const pagination: Pagination = { style: 'page', pageParam: 'page', perPageParam: 'per_page', infoField: 'result_info' };
    op.pagination = pagination;
  }
}

function securityOf(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is Raw => r !== null && typeof r === 'object').map((r) => Object.keys(r).sort());
}

function buildSecuritySchemes(doc: Raw, config: SdkConfig, file: string, diagnostics: Diagnostics): SecurityScheme[] {
  const raw = (((doc.components ?? {}) as Raw).securitySchemes ?? {}) as Raw;
  const schemes: SecurityScheme[] = [];
  for (const name of Object.keys(raw).sort()) {
    const s = raw[name] as Raw;
    const pointer = joinPointer('/components/securitySchemes', name);
    if (typeof s !== 'object' || s === null || Array.isArray(s)) {
      diagnostics.error('security-invalid', `Security scheme "${name}" must be an object with a "type" (http, apiKey, oauth2, openIdConnect), not ${JSON.stringify(s)}.`, { file, pointer });
      continue;
    }
    const configured = config.client.security[name];
    const base = { name, option: configured?.option ?? toCamelCase(name), ...(configured?.env ? { env: configured.env } : {}), ...(typeof s.description === 'string' ? { description: s.description } : {}) };
    if (s.type === 'http' && typeof s.scheme === 'string' && s.scheme.toLowerCase() === 'bearer') schemes.push({ ...base, kind: 'bearer' });
    else if (s.type === 'http' && typeof s.scheme === 'string' && s.scheme.toLowerCase() === 'basic') schemes.push({ ...base, kind: 'basic' });
    else if (s.type === 'apiKey' && typeof s.name === 'string' && (s.in === 'header' || s.in === 'query' || s.in === 'cookie')) schemes.push({ ...base, kind: s.in, paramName: s.name });
    else diagnostics.warn('security-unsupported', `Security scheme "${name}" (${String(s.type)}) is not supported; operations that need only it send no credentials.`, { file, pointer });
  }
  return schemes;
}

/**
 * The resource tree. Every resource class is declared in the client's module (see
 * templates/client.ts.hbs), next to a type-only namespace import of its operations module
 * (`<ClassName>API`), so both names must be unique across the whole API, and neither may be a
 * name that module imports or a type the package exports: a class is named by its path
 * (`aiGateway.logs` is `AiGatewayLogs`), with a number added on a clash.
 */
function buildResources(operations: Operation[], typeNames: string[]): Resource[] {
  // Top-level resources are properties of the client class, which extends APIClient.
  const propertyFor = (segment: string, parent: Resource) => (parent === root && API_CLIENT_MEMBERS.has(segment) ? `${segment}Resource` : segment);
  const root: Resource = { name: '', path: [], className: '', modulePath: 'resources', operations: [], children: [] };
  const bySegment = new Map<Resource, Map<string, Resource>>();
  for (const op of operations) {
    let node = root;
    for (const segment of op.resource) {
      const children = bySegment.get(node) ?? new Map<string, Resource>();
      bySegment.set(node, children);
      let child = children.get(segment);
      if (!child) {
        const name = propertyFor(segment, node);
        const path = [...node.path, name];
        child = { name, path, className: '', modulePath: `resources/${path.map(toKebabCase).join('/')}`, operations: [], children: [] };
        node.children.push(child);
        children.set(segment, child);
      }
      node = child;
    }
    node.operations.push(op);
    // Where the method really is on the client, when a resource had to be renamed.
    op.resource = node.path;
  }
  const sort = (r: Resource) => {
    r.children.sort((a, b) => (a.name < b.name ? -1 : 1));
    r.operations.sort((a, b) => (a.methodName < b.methodName ? -1 : 1));
    r.children.forEach(sort);
  };
  sort(root);
  const taken = new Set([...typeNames, ...RUNTIME_NAMES, ...GLOBAL_NAMES, ...CLIENT_MODULE_NAMES]);
  const name = (r: Resource) => {
    const base = toPascalCase(r.path.join(' '));
    let className = base;
    for (let n = 2; taken.has(className) || taken.has(`${className}API`); n++) className = `${base}${n}`;
    taken.add(className).add(`${className}API`);
    r.className = className;
    r.children.forEach(name);
  };
  root.children.forEach(name);
  // Operations at the root (no resource) are not supported by the client shape; they
  // get the default rule's resource, so root.operations is always empty here.
  return root.children;
}
