import type { OperationMapping, SdkConfig } from '../load/load-config.js';
import { singularize, toMemberName, toPascalCase, type NameRegistry } from './names.js';

/** Where an operation lands in the client: `aiGateway.logs` + `get`. */
export interface OperationPlacement {
  resource: string[];
  methodName: string;
  /** Whether the config named it (unmapped operations get a warning). */
  mapped: boolean;
}

const VERB_BY_METHOD: Record<string, string> = { get: 'get', post: 'create', put: 'update', patch: 'edit', delete: 'delete' };

/**
 * The default naming rule, for operations the config does not map:
 * 1. `x-fern-sdk-group-name` / `x-fern-sdk-method-name` when the spec has them
 *    (`ai-gateway.logs` + `get` -> `aiGateway.logs.get`);
 * 2. otherwise the resource is the first tag (camelCased) and the method is derived
 *    from the path: the static segments after the last parameter name a
 *    sub-resource, and the HTTP method gives the verb (`list` for a GET on a collection,
 *    `get` on an item, `create`, `update`, `edit`, `delete`).
 * Collisions are resolved later by appending the operationId.
 */
export function placeOperation(operationId: string, method: string, path: string, op: Record<string, unknown>, config: SdkConfig): OperationPlacement {
  const mapping: OperationMapping | undefined = config.operations[operationId];
  if (mapping) {
    const parts = mapping.method.split('.');
    return { resource: parts.slice(0, -1), methodName: parts[parts.length - 1]!, mapped: true };
  }
  const group = op['x-fern-sdk-group-name'];
  const name = op['x-fern-sdk-method-name'];
  if (typeof group === 'string' && typeof name === 'string') {
    return { resource: group.split('.').map(toMemberName), methodName: toMemberName(name), mapped: false };
  }
  const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [];
  const segments = path.split('/').filter((s) => s !== '');
  const isItem = segments.length > 0 && /^\{.*\}$/.test(segments[segments.length - 1]!);
  const statics = segments.filter((s) => !s.startsWith('{'));
  const resource = tags.length > 0 ? [toMemberName(tags[0]!)] : [toMemberName(statics[statics.length - 1] ?? 'api')];
  let verb = method === 'get' ? (isItem ? 'get' : 'list') : (VERB_BY_METHOD[method] ?? method);
  if (!isItem && tags.length > 0 && statics.length > 0) verb = `${verb}${toPascalCase(statics[statics.length - 1]!)}`;
  return { resource, methodName: toMemberName(verb), mapped: false };
}

/** `['aiGateway', 'logs']` -> `Log` (or the config's `typePrefix`). */
export function typePrefix(resource: string[], config: SdkConfig): string {
  const configured = config.resources[resource.join('.')]?.typePrefix;
  if (configured) return configured;
  const last = resource[resource.length - 1] ?? 'Api';
  return toPascalCase(singularize(last));
}

/**
 * Claims each operation's `<Prefix><Method>Params` and `...Response` type names, in operation
 * order and before any component schema claims one, so that operation types keep their names.
 */
export function claimOperationTypeNames(placements: OperationPlacement[], config: SdkConfig, registry: NameRegistry): { params: string; response: string }[] {
  return placements.map((placement) => {
    const prefix = typePrefix(placement.resource, config) + toPascalCase(placement.methodName);
    return { params: registry.claim(`${prefix}Params`), response: registry.claim(`${prefix}Response`) };
  });
}
