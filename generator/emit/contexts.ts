import { derefSchema } from '../model/deref.js';
import type { Api, NamedSchema, Operation, Resource, Schema } from '../model/ir.js';
import { isIdentifier, NameRegistry, pathPlaceholders, toCamelCase } from '../model/names.js';
import { validatorNamesOf } from '../model/operation-functions.js';
import { printLiteral } from './literal.js';
import { acceptLiteral, contentExpression, cookieStylesLiteral, headerStylesLiteral, pageItemType, paginationLiteral, pathStylesLiteral, queryStylesLiteral, readLiteral, resolvedType } from './request-literals.js';
import { exampleLines } from './method-example.js';
import { relativeImport } from './module-paths.js';
import { commentText, propertyKey, stringLiteral } from './safe-text.js';
import { docBlock } from './schema-docs.js';
import type { ClientContext, HandleMethodContext, IndexContext, MethodContext, ResourceClassContext, ResourceContext } from './template-context.js';

/**
 * The TypeScript type of a positional path argument: a `$ref` is followed to its scalar (an enum
 * stays a literal union), an array or an object of scalars is one (serialized in the parameter's
 * style, `expandPath`); anything else is a string.
 */
function pathArgType(schema: Schema, byId: Map<string, NamedSchema>, depth = 0): string {
  const s = derefSchema(schema, byId);
  switch (s.kind) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = depth === 0 && s.items ? pathArgType(s.items, byId, 1) : 'string';
      return /^[\w]+$/.test(item) ? `${item}[]` : `(${item})[]`;
    }
    case 'object':
      return depth === 0 ? 'Record<string, string | number | boolean>' : 'string';
    case 'enum':
      return s.values.length > 0 && s.values.every((v) => typeof v === 'string' || typeof v === 'number')
        ? s.values.map((v) => (typeof v === 'string' ? stringLiteral(v) : String(v))).join(' | ')
        : 'string';
    default:
      return 'string';
  }
}

function access(name: string): string {
  return isIdentifier(name) ? `params.${name}` : `params[${stringLiteral(name)}]`;
}

function methodContext(op: Operation, resource: Resource, byId: Map<string, NamedSchema>): MethodContext {
  // `item-id` and `item_id` are both `itemId`: local names get a number until they are unique.
  const locals = new NameRegistry(['client', 'operations', 'options', 'params']);
  const argNames = new Map<string, string>();
  for (const p of op.positionalParams) argNames.set(p.name, locals.claim(toCamelCase(p.name)));
  const pathDefaults = op.objectParams
    .filter((p) => p.in === 'path')
    .map((p) => ({ name: p.name, varName: locals.claim(`${toCamelCase(p.name)}Param`), wireLiteral: stringLiteral(p.name), optionLiteral: stringLiteral(p.clientOption!), access: access(p.name) }));
  const pathVars = new Map<string, string>([...argNames, ...pathDefaults.map((d) => [d.name, d.varName] as [string, string])]);
  const pathValues = pathPlaceholders(op.path).map((name) => `${propertyKey(name)}: ${pathVars.get(name) ?? 'undefined'}`);
  const pathStyles = pathStylesLiteral(op);
  const pathExpression = pathValues.length > 0 ? `expandPath(${stringLiteral(op.path)}, { ${pathValues.join(', ')} }${pathStyles ? `, ${pathStyles}` : ''})` : stringLiteral(op.path);
  const responseType = op.typeNames.response;
  const paginated = op.pagination !== undefined;
  const validator = op.response.validated && op.response.resultSchema ? responseType : '';
  const description = [
    ...(op.summary ? [commentText(op.summary)] : []),
    ...(op.description && op.description !== op.summary ? ['', ...commentText(op.description).split('\n')] : []),
    '',
    `\`${op.method.toUpperCase()} ${commentText(op.path)}\` (operationId \`${commentText(op.operationId)}\`)`,
    ...(paginated ? ['', 'Returns the first page; `for await` over the result walks every item of every page.'] : []),
  ];
  // Without a summary the block would open with a blank line.
  while (description[0] === '') description.shift();
  const methodPath = [...resource.path, op.methodName].join('.');
  const deprecated = op.deprecated ? ['@deprecated'] : [];
  const paramsOptional = !op.objectParams.some((p) => p.required && p.clientOption === undefined) && !(op.requestBody?.required ?? false);
  return {
    name: op.methodName,
    functionName: op.functionName,
    functionDocLines: [
      ...description,
      '',
      `The same as \`client.${methodPath}()\`, as a function of its own: a bundler keeps only the operations a program imports.`,
      '',
      ...exampleLines(op, op.functionName, ['client'], byId),
      ...deprecated,
    ],
    operationId: commentText(op.operationId),
    docLines: [...description, '', ...exampleLines(op, `client.${methodPath}`, [], byId), ...deprecated],
    args: op.positionalParams.map((p) => ({ name: argNames.get(p.name)!, type: pathArgType(p.schema, byId) })),
    paramsType: op.typeNames.params,
    paramsOptional,
    responseType,
    itemType: paginated ? pageItemType(op, responseType) : responseType,
    paginationLiteral: paginationLiteral(op, '      '),
    resolvedType: resolvedType(op, responseType),
    paginated,
    pathDefaults: pathDefaults.map(({ varName, wireLiteral, optionLiteral, access }) => ({ varName, wireLiteral, optionLiteral, access })),
    argsCheck: op.argsCheck?.name ?? '',
    argsEntries: op.positionalParams.map((p) => ({ key: propertyKey(p.name), value: argNames.get(p.name)! })),
    httpMethodLiteral: stringLiteral(op.method),
    pathExpression,
    queryEntries: op.objectParams.filter((p) => p.in === 'query').map((p) => ({ key: propertyKey(p.name), access: access(p.name) })),
    queryStylesLiteral: queryStylesLiteral(op),
    headerEntries: op.objectParams.filter((p) => p.in === 'header').map((p) => ({ key: propertyKey(p.name), access: access(p.name) })),
    headerStylesLiteral: headerStylesLiteral(op),
    cookieEntries: op.objectParams.filter((p) => p.in === 'cookie').map((p) => ({ key: propertyKey(p.name), access: access(p.name) })),
    cookieStylesLiteral: cookieStylesLiteral(op),
    hasBody: op.requestBody !== undefined,
    contentExpression: contentExpression(op, '      '),
    acceptLiteral: acceptLiteral(op),
    readLiteral: readLiteral(op),
    reconnect: op.reconnect,
    encodesBody: (op.requestBody?.contents ?? []).some((c) => c.kind !== 'json'),
    readsStream: op.response.read?.kind === 'event-stream' || op.response.read?.kind === 'ndjson',
    securityLiteral: `[${op.security.map((alternative) => `[${alternative.map(stringLiteral).join(', ')}]`).join(', ')}]`,
    envelopeLiteral: op.response.envelopeField !== undefined ? stringLiteral(op.response.envelopeField) : '',
    validator,
    retrySafe: op.retrySafe,
  };
}

export function resourceContext(resource: Resource, byId: Map<string, NamedSchema>): ResourceContext {
  const methods = resource.operations.map((op) => methodContext(op, resource, byId));
  const typeImports = resource.operations.flatMap((op) => [op.typeNames.params, op.typeNames.response]).sort();
  const validatorImports = [...new Set(resource.operations.flatMap((op) => validatorNamesOf(op).flatMap((v) => [`explain${v}`, `is${v}`])))].sort();
  return {
    className: resource.className,
    doc: docBlock([
      `The operations of \`client.${resource.path.join('.')}\` (class \`${resource.className}\`), one function each, with their types.`,
      'The client imports this module on the first call of one of them.',
    ]),
    coreImport: relativeImport(resource.modulePath, 'core/x').replace(/\/x\.js$/, ''),
    internalImport: relativeImport(resource.modulePath, 'internal/x').replace(/\/x\.js$/, ''),
    typesImport: relativeImport(resource.modulePath, `${resource.modulePath}.types`),
    validatorsImport: relativeImport(resource.modulePath, `${resource.modulePath}.validators`),
    typeImports,
    validatorImports,
    methods,
    usesPagination: methods.some((m) => m.paginated),
    usesPlainRequests: methods.some((m) => !m.paginated),
    usesPath: methods.some((m) => m.pathExpression.startsWith('expandPath')),
    usesStreams: methods.some((m) => m.resolvedType.startsWith('Stream<')),
    usesStreamEvents: methods.some((m) => m.resolvedType.startsWith('Stream<StreamEvent<')),
    usesPickContent: methods.some((m) => m.contentExpression.startsWith('pickContent(')),
    usesBodyEncoder: methods.some((m) => m.encodesBody),
    usesStreamReaders: methods.some((m) => m.readsStream),
  };
}

/** The client's class for a resource, from the context of the resource's operations module. */
function resourceClassContext(resource: Resource, operations: ResourceContext): ResourceClassContext {
  const namespace = `${resource.className}API`;
  const methods: HandleMethodContext[] = operations.methods.map((m) => ({
    ...m,
    qualifiedParamsType: `${namespace}.${m.paramsType}`,
    promiseClass: m.paginated ? 'PagePromise' : 'APIPromise',
    returnType: m.paginated ? `PagePromise<${m.itemType.replace(m.responseType, `${namespace}.${m.responseType}`)}>` : `APIPromise<${m.resolvedType.replace(m.responseType, `${namespace}.${m.responseType}`)}>`,
  }));
  return {
    className: resource.className,
    doc: docBlock([`Operations under \`${resource.path.join('.')}\`.`]),
    namespace,
    loader: resource.operations.length > 0 ? `${resource.className[0]!.toLowerCase()}${resource.className.slice(1)}Module` : '',
    importPath: `./${resource.modulePath}.js`,
    children: resource.children.map((c) => ({ name: c.name, className: c.className })),
    methods,
  };
}

/** `operations`: each resource's `resourceContext`, in the order of `resources`. */
export function clientContext(api: Api, resources: Resource[], operations: ResourceContext[]): ClientContext {
  const options = [
    ...api.securitySchemes.map((s) => ({ name: s.option, doc: docBlock([...(s.description ? [commentText(s.description)] : []), `Sent for the \`${commentText(s.name)}\` security scheme.${s.env ? ` Defaults to \`process.env.${s.env}\`.` : ''}`]) })),
    ...api.clientOptions.map((o) => ({ name: o.option, doc: docBlock([`Default for the \`${o.param}\` path parameter of every operation.${o.env ? ` Defaults to \`process.env.${o.env}\`.` : ''}`]) })),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
  const definition = {
    baseURL: api.baseURL,
    ...(api.baseURLEnv ? { baseURLEnv: api.baseURLEnv } : {}),
    security: Object.fromEntries(api.securitySchemes.map((s) => [s.name, { kind: s.kind, option: s.option, ...(s.env ? { env: s.env } : {}), ...(s.paramName ? { paramName: s.paramName } : {}) }])),
    pathParamOptions: Object.fromEntries(api.clientOptions.map((o) => [o.option, o.env ? { env: o.env } : {}])),
  };
  return {
    className: api.clientClassName,
    doc: docBlock([`Client for ${commentText(api.title)} (API version ${commentText(api.version)}).`, '', 'Resources are created on first use, so constructing a client is cheap.']),
    options,
    definitionLiteral: printLiteral(definition, '', 'const DEFINITION: ClientDefinition = '.length),
    topLevel: api.resources.map((r) => ({ name: r.name, className: r.className })),
    resources: resources.map((r, i) => resourceClassContext(r, operations[i]!)),
    usesPagination: resources.some((r) => r.operations.some((op) => op.pagination !== undefined)),
    usesPlainRequests: resources.some((r) => r.operations.some((op) => op.pagination === undefined)),
    usesStreams: operations.some((o) => o.usesStreams),
    usesStreamEvents: operations.some((o) => o.usesStreamEvents),
  };
}

export function indexContext(api: Api, resources: Resource[], schemaModules: Map<string, NamedSchema[]>): IndexContext {
  const modules = resources
    .filter((r) => r.operations.length > 0)
    .map((r) => ({
      typesPath: `./${r.modulePath}.types.js`,
      validatorsPath: `./${r.modulePath}.validators.js`,
      validatorNames: r.operations.filter((op) => op.response.validated && op.response.resultSchema).flatMap((op) => [`is${op.typeNames.response}`, `validate${op.typeNames.response}`]),
    }));
  const schemas = [...schemaModules].map(([module, list]) => ({
    typesPath: `./${module}.types.js`,
    validatorsPath: `./${module}.validators.js`,
    validatorNames: list.flatMap((s) => [`is${s.typeName}`, `validate${s.typeName}`]),
  }));
  return { clientClassName: api.clientClassName, errorAlias: api.errorAlias ?? '', resourceClasses: resources.map((r) => r.className).sort(), modules: [...schemas, ...modules] };
}
