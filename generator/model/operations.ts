import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { SdkConfig } from '../load/load-config.js';
import { buildRequestBody } from './bodies.js';
import type { HttpMethod, Operation, RequestBody } from './ir.js';
import { placeOperations, type OperationPlacement } from './operation-naming.js';
import { argsCheckOf, paramsSchemaOf } from './operation-schemas.js';
import { buildParameters } from './parameters.js';
import { buildResponse, errorStatuses } from './responses.js';
import type { SchemaConverter } from './schema-object.js';
import { securityOf } from './security.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const IDEMPOTENT = new Set<HttpMethod>(['get', 'put', 'delete', 'options', 'head', 'trace']);

type Raw = Record<string, unknown>;

/** An Operation Object found under `paths`, placed in the client, before its parts are converted. */
export interface FoundOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  raw: Raw;
  pathItem: Raw;
  /** Where the path item is: under `/paths`, or wherever its `$ref` leads. */
  pathItemPointer: string;
  pointer: string;
  file: string;
  placement: OperationPlacement;
}

/**
 * Every operation of the document's `paths`, in path order, each with a unique operationId
 * (a repeated one gets its method appended) and a unique `resource.method` (model/operation-naming.ts). Reports config entries that name no
 * operation, and operations the config leaves unmapped.
 */
export function collectOperations(paths: Raw, file: string, documents: DocumentSet, config: SdkConfig, diagnostics: Diagnostics): FoundOperation[] {
  const found: FoundOperation[] = [];
  const seenIds = new Set<string>();
  for (const path of Object.keys(paths).sort()) {
    // A path item may be a `$ref` (to a file of its own, typically).
    const located = followRefs(documents, paths[path], { file, pointer: joinPointer('/paths', path) });
    if (!located) continue;
    const pathItem = located.value;
    for (const method of METHODS) {
      const raw = pathItem?.[method] as Raw | undefined;
      if (!raw || typeof raw !== 'object') continue;
      const pointer = joinPointer(located.pointer, method);
      let operationId = typeof raw.operationId === 'string' ? raw.operationId : `${method}-${path}`;
      if (seenIds.has(operationId)) {
        diagnostics.warn('operation-id-duplicate', `operationId "${operationId}" is used more than once; this one is named "${operationId}-${method}".`, { file: located.file, pointer: pointer + '/operationId' });
        operationId = `${operationId}-${method}`;
      }
      seenIds.add(operationId);
      // Placed below, once every operation is known: names depend on the whole spec.
      found.push({ operationId, method, path, raw, pathItem: pathItem ?? {}, pathItemPointer: located.pointer, pointer, file: located.file, placement: { resource: [], methodName: '', mapped: false } });
    }
  }
  const { placements, collisions } = placeOperations(found, config, (pointer) => documents.get(file, pointer));
  found.forEach((f, i) => (f.placement = placements[i]!));
  for (const id of Object.keys(config.operations)) {
    if (!seenIds.has(id)) diagnostics.error('config-unknown-operation', `The config maps operation "${id}", but the spec has no operation with that operationId.`, { file: config.file, pointer: joinPointer('/operations', id) });
  }
  const unmapped = found.filter((f) => !f.placement.mapped);
  if (unmapped.length > 0 && Object.keys(config.operations).length > 0) {
    for (const f of unmapped) diagnostics.warn('operation-unmapped', `Operation "${f.operationId}" is not in the config's resource map; it is generated as ${[...f.placement.resource, f.placement.methodName].join('.')} by the default naming rule.`, { file: f.file, pointer: f.pointer });
  }
  for (const c of collisions) {
    const f = found[c.index]!;
    const key = f.placement.resource.join('.');
    diagnostics.warn('method-name-collision', `Two operations map to ${key}.${c.wanted}; "${f.operationId}" becomes ${key}.${c.renamed}.`, { file: f.file, pointer: f.pointer });
  }
  return found;
}

/**
 * A GET or HEAD request has no body in fetch (it throws "Request with GET/HEAD method cannot have
 * body"), in browsers and Node alike; OpenAPI allows one but gives it no meaning. Stripe's
 * description declares an empty form body on every GET. Left out, with a warning (an error under
 * --strict): a parameter the client could never send is worse than none.
 */
function sendableBody(f: FoundOperation, body: RequestBody | undefined, diagnostics: Diagnostics): RequestBody | undefined {
  if (!body || (f.method !== 'get' && f.method !== 'head')) return body;
  diagnostics.fallback(
    'request-body-not-sendable',
    `A ${f.method.toUpperCase()} request cannot carry a body (fetch refuses to send one), but "${f.operationId}" declares one.`,
    'the client leaves the body out',
    { file: f.file, pointer: joinPointer(f.pointer, 'requestBody') },
  );
  return undefined;
}

/**
 * The IR operation for a found one, with its type names (claimed earlier, so that operation
 * types take their names before component schemas do). Its function name is set once its
 * resource's module is known (model/operation-functions.ts).
 */
export function buildOperation(f: FoundOperation, typeNames: Operation['typeNames'], documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): Operation {
  const { raw, file, pointer } = f;
  const params = buildParameters({ file, pathItem: f.pathItem, pathItemPointer: f.pathItemPointer, operation: raw, operationPointer: pointer }, f.path, documents, converter, config, diagnostics);
  const requestBody = sendableBody(f, buildRequestBody(raw, documents, converter, file, pointer, diagnostics), diagnostics);
  const mapping = config.operations[f.operationId];
  const argsCheck = argsCheckOf(typeNames.params, params.positional, params.object);
  return {
    operationId: f.operationId,
    method: f.method,
    path: f.path,
    ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    deprecated: raw.deprecated === true,
    resource: f.placement.resource,
    methodName: f.placement.methodName,
    positionalParams: params.positional,
    objectParams: params.object,
    ...(requestBody ? { requestBody } : {}),
    response: buildResponse(raw, documents, converter, file, pointer, diagnostics),
    errorStatuses: errorStatuses(raw),
    security: securityOf(raw.security ?? (documents.get(config.spec, '/security') as unknown)),
    retrySafe: IDEMPOTENT.has(f.method) || mapping?.retrySafe === true,
    reconnect: mapping?.reconnect === true,
    typeNames,
    paramsSchema: paramsSchemaOf(params.object, requestBody),
    ...(argsCheck ? { argsCheck } : {}),
    // Set once the operation's resource module is known (model/operation-functions.ts).
    functionName: '',
    source: { file, pointer },
  };
}
