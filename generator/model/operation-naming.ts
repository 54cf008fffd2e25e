import type { OperationMapping, SdkConfig } from '../load/load-config.js';
import { BorrowedPrefixes } from './borrowed-prefixes.js';
import { acronymsOf, NameRegistry, singularize, toMemberName, toPascalCase, words, type Acronyms } from './names.js';
import { PathIndex } from './path-naming.js';
import { returnsList, type LocalResolver } from './returns-list.js';

/** Where an operation lands in the client: `aiGateway.logs` + `get`. */
export interface OperationPlacement {
  resource: string[];
  methodName: string;
  /** Whether the config named it (unmapped operations get a warning). */
  mapped: boolean;
}

/** What naming reads of an operation. */
export interface NamingInput {
  operationId: string;
  method: string;
  path: string;
  raw: Record<string, unknown>;
}

/** Two operations that wanted one name: `renamed` is what the later one got. */
export interface MethodCollision {
  index: number;
  wanted: string;
  renamed: string;
}

/** `repos/get`, `customers.create`: an operationId that is a group and a method. */
const STRUCTURED_ID = /^([A-Za-z][\w-]*[A-Za-z0-9])[/.]([A-Za-z][\w-]*)$/;
/** Operation ids are read as group + method only when (nearly) all of a spec's are. */
const STRUCTURED_SHARE = 0.9;

/**
 * Places every operation, in the order given. The config's mapping wins; for the rest (the
 * default naming rule), in order:
 * 1. operationIds, when nearly all of the spec's are `group/method` (`repos/get` ->
 *    `repos.get`, `repos/list-for-org` -> `repos.listForOrg`);
 * 2. `x-<vendor>-sdk-group-name` / `x-<vendor>-sdk-method-name` (`ai-gateway.logs` + `get`);
 * 3. the path (model/path-naming.ts): its static segments after the scope name the resource, its
 *    method and shape the verb; a path prefix that hinted operations name is named so here too
 *    (model/borrowed-prefixes.ts).
 * Words the spec writes in capitals stay so (`totalTLS`); the config's `rename` then replaces
 * resource prefixes of derived names (`storage.kv: kv`). Two operations on one
 * `resource.method` are told apart by what differs in their paths, then by their operationIds.
 */
export function placeOperations(ops: NamingInput[], config: SdkConfig, resolve: LocalResolver = () => undefined): { placements: OperationPlacement[]; collisions: MethodCollision[] } {
  const acronyms = acronymsOf(ops.flatMap(({ raw }) => [raw.summary, ...(Array.isArray(raw.tags) ? raw.tags : [])].filter((t): t is string => typeof t === 'string')));
  const index = new PathIndex(ops);
  const structured = ops.filter((op) => STRUCTURED_ID.test(op.operationId)).length >= STRUCTURED_SHARE * ops.length && ops.length > 0;
  const member = (text: string) => toMemberName(text, acronyms);
  const borrowed = new BorrowedPrefixes();
  const allHints = ops.map((op) => hintOf(op.raw, member));
  const hinted = distinctHints(allHints);
  const byPath = ops.map((op) => index.nameOf(op.method, op.path, op.method === 'get' && returnsList(op.raw, resolve)));
  ops.forEach((_, i) => {
    const hint = hinted[i];
    if (hint) borrowed.learn(byPath[i]!.resource.map(member), hint.resource);
  });
  const placements = ops.map((op, i): OperationPlacement => {
    const mapping: OperationMapping | undefined = config.operations[op.operationId];
    if (mapping) {
      const parts = mapping.method.split('.');
      return { resource: parts.slice(0, -1), methodName: parts[parts.length - 1]!, mapped: true };
    }
    const id = structured ? STRUCTURED_ID.exec(op.operationId) : null;
    const derived = id ? { resource: [member(id[1]!)], methodName: member(id[2]!) } : (hinted[i] ?? fromPath(byPath[i]!.resource.map(member), member(byPath[i]!.verb), borrowed));
    return { resource: renamed(derived.resource, config.rename), methodName: derived.methodName, mapped: false };
  });
  const collisions = resolveCollisions(ops, placements, index, acronyms);
  separateMembers(placements);
  return { placements, collisions };
}

/**
 * A resource and a method of one parent share the class's member names: where a derived
 * resource segment is also a method of its parent (`things.delete()` beside `things.delete.list()`),
 * the resource becomes `deleteResource`.
 */
function separateMembers(placements: OperationPlacement[]): void {
  const methods = new Set(placements.map((p) => `${p.resource.join('.')}#${p.methodName}`));
  for (const p of placements) {
    if (p.mapped) continue;
    p.resource = p.resource.map((segment, k) => (methods.has(`${p.resource.slice(0, k).join('.')}#${segment}`) ? `${segment}Resource` : segment));
  }
}

/** `x-fern-sdk-group-name: ai-gateway.logs` + `x-fern-sdk-method-name: get`, or another vendor's pair. */
function hintOf(raw: Record<string, unknown>, member: (text: string) => string): { resource: string[]; methodName: string } | undefined {
  for (const key of Object.keys(raw).sort()) {
    const vendor = /^x-([a-z0-9]+)-sdk-group-name$/.exec(key)?.[1];
    if (!vendor) continue;
    const group = raw[key];
    const name = raw[`x-${vendor}-sdk-method-name`];
    if (typeof group === 'string' && typeof name === 'string' && group !== '') return { resource: group.split('.').map(member), methodName: member(name) };
  }
  return undefined;
}

/**
 * Hints that give two operations one name say too little about either: those operations are
 * named by their paths instead (with what the other hints say about path prefixes).
 */
function distinctHints(hints: (Derived | undefined)[]): (Derived | undefined)[] {
  const count = new Map<string, number>();
  const key = (h: Derived) => [...h.resource, h.methodName].join('.');
  for (const h of hints) if (h) count.set(key(h), (count.get(key(h)) ?? 0) + 1);
  return hints.map((h) => (h && count.get(key(h)) === 1 ? h : undefined));
}

type Derived = { resource: string[]; methodName: string };

function fromPath(statics: string[], methodName: string, borrowed: BorrowedPrefixes): { resource: string[]; methodName: string } {
  const resource = borrowed.apply(statics);
  return { resource: resource.length > 0 ? resource : statics, methodName };
}

/** The config's `rename` (`storage.kv: kv`): the longest matching resource prefix is replaced. */
function renamed(resource: string[], rename: Record<string, string>): string[] {
  for (let j = resource.length; j > 0; j--) {
    const to = rename[resource.slice(0, j).join('.')];
    if (to !== undefined) return [...(to === '' ? [] : to.split('.')), ...resource.slice(j)];
  }
  return resource;
}

/**
 * Operations that share a `resource.method`: the config's mapping keeps its name, then the one
 * with the shortest path (then the first path, then operationId); each other one gets the words
 * of its path that the keeper's lacks (`/zones/{id}/rulesets` beside `/accounts/{id}/rulesets`:
 * `listForZone`), else the words of its operationId the name lacks, else its whole operationId.
 */
function resolveCollisions(ops: NamingInput[], placements: OperationPlacement[], index: PathIndex, acronyms: Acronyms): MethodCollision[] {
  const groups = new Map<string, number[]>();
  placements.forEach((p, i) => {
    const key = [...p.resource, p.methodName].join('.');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  // Every name wanted in a resource is taken before any is changed: a new name never takes another's.
  const namesIn = new Map<string, string[]>();
  for (const p of placements) namesIn.set(p.resource.join('.'), [...(namesIn.get(p.resource.join('.')) ?? []), p.methodName]);
  const registries = new Map<string, NameRegistry>();
  const registryOf = (resource: string[]) => {
    const key = resource.join('.');
    const registry = registries.get(key) ?? new NameRegistry(namesIn.get(key));
    registries.set(key, registry);
    return registry;
  };
  const collisions: MethodCollision[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const order = (i: number) => [placements[i]!.mapped ? 0 : 1, ops[i]!.path.length, ops[i]!.path, ops[i]!.operationId] as const;
    const sorted = [...members].sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
      return 0;
    });
    const keeper = ops[sorted[0]!]!;
    for (const i of sorted.slice(1)) {
      const p = placements[i]!;
      const registry = registryOf(p.resource);
      const taken = new Set([...p.resource, p.methodName].flatMap((n) => words(n).flatMap((w) => [w.toLowerCase(), singularize(w.toLowerCase())])));
      const candidates = contextNames(ops[i]!, keeper, p.methodName, taken, index, acronyms);
      const free = candidates.find((c) => !registry.has(c));
      const wanted = p.methodName;
      p.methodName = registry.claim(free ?? candidates[candidates.length - 1]!);
      collisions.push({ index: i, wanted, renamed: p.methodName });
    }
  }
  return collisions;
}

function contextNames(op: NamingInput, keeper: NamingInput, methodName: string, taken: Set<string>, index: PathIndex, acronyms: Acronyms): string[] {
  const staticWords = (path: string) => path.split('/').filter((s) => s !== '' && !s.startsWith('{')).flatMap((s) => words(s).map((w) => w.toLowerCase()));
  const keeperWords = new Set(staticWords(keeper.path));
  const scope = new Set(index.scopeOf(op.path).flatMap((s) => words(s).map((w) => w.toLowerCase())));
  const differing = [...new Set(staticWords(op.path).filter((w) => !keeperWords.has(w) && !taken.has(w)))];
  const idWords = [...new Set(words(op.operationId).map((w) => w.toLowerCase()).filter((w) => !taken.has(w)))];
  const candidates: string[] = [];
  if (differing.length > 0) {
    const onlyScope = differing.every((w) => scope.has(w));
    const text = onlyScope ? `for ${differing.map(singularize).join(' ')}` : differing.join(' ');
    candidates.push(toMemberName(`${methodName} ${text}`, acronyms));
  }
  if (idWords.length > 0) candidates.push(toMemberName(`${methodName} ${idWords.join(' ')}`, acronyms));
  candidates.push(toMemberName(`${methodName} ${op.operationId} ${op.method}`, acronyms));
  return candidates;
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
 * The prefix is the resource's last segment, singular (`Value` for `kv.namespaces.values`);
 * where that pair is taken, more of the resource path leads it (`NamespaceValue`,
 * `KvNamespaceValue`), then the operation's method and path words.
 */
export function claimOperationTypeNames(placements: OperationPlacement[], config: SdkConfig, registry: NameRegistry, paths: string[] = []): { params: string; response: string }[] {
  return placements.map((placement, i) => {
    const method = toPascalCase(placement.methodName);
    const prefixes = [typePrefix(placement.resource, config)];
    for (let n = 2; n <= placement.resource.length; n++) {
      const lead = placement.resource.slice(-n, -1).map((segment) => toPascalCase(singularize(segment)));
      prefixes.push(lead.join('') + prefixes[0]!);
    }
    const path = paths[i];
    if (path !== undefined) prefixes.push(prefixes[prefixes.length - 1]! + toPascalCase(path));
    const companion = (params: string) => [`${params.slice(0, -'Params'.length)}Response`];
    const free = prefixes.find((prefix) => !registry.has(`${prefix}${method}Params`) && !registry.has(`${prefix}${method}Response`));
    const params = registry.claim(`${free ?? prefixes[0]!}${method}Params`, { companions: free ? companion : undefined });
    const response = free ? `${free}${method}Response` : registry.claim(`${prefixes[0]!}${method}Response`);
    return { params, response };
  });
}
