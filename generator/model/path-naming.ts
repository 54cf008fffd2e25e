/**
 * Naming an operation from its path, for specs that say nothing better: what the whole spec's
 * paths say about one of them (which leading segments only scope it, whether a path is a
 * collection of items, which methods it has).
 */

/** A path's name before casing: its resource's segments as the path spells them, and a verb. */
export interface PathName {
  resource: string[];
  verb: string;
}

interface Route {
  method: string;
  path: string;
}

const isParam = (segment: string) => segment.startsWith('{');
const segmentsOf = (path: string) => path.split('/').filter((s) => s !== '');

/** A scope covers at least this share of the operations, and this many different resources. */
const SCOPE_SHARE = 0.1;
const SCOPE_RESOURCES = 5;

export class PathIndex {
  private readonly methods = new Map<string, Set<string>>();
  private readonly parents = new Set<string>();
  private readonly collections = new Set<string>();
  /** `accounts/{}`: leading `static/{param}` pairs that scope most paths rather than name a resource. */
  private readonly scopes = new Set<string>();

  constructor(routes: Route[]) {
    const byPair = new Map<string, { operations: number; next: Set<string> }>();
    for (const { method, path } of routes) {
      const key = normalise(path);
      const set = this.methods.get(key) ?? new Set<string>();
      set.add(method);
      this.methods.set(key, set);
      const segments = segmentsOf(key);
      for (let i = 1; i < segments.length; i++) {
        const parent = '/' + segments.slice(0, i).join('/');
        this.parents.add(parent);
        if (i === segments.length - 1 && isParam(segments[i]!)) this.collections.add(parent);
      }
      const rest = withoutVersion(segments.filter((_, i) => !(i < 2 && segments.slice(0, i + 1).every(isParam))));
      if (rest.length >= 2 && !isParam(rest[0]!) && isParam(rest[1]!)) {
        const pair = `${rest[0]}/{}`;
        const entry = byPair.get(pair) ?? { operations: 0, next: new Set<string>() };
        entry.operations++;
        if (rest[2] !== undefined) entry.next.add(rest[2]);
        byPair.set(pair, entry);
      }
    }
    for (const [pair, entry] of byPair) {
      if (entry.operations >= SCOPE_SHARE * routes.length && entry.next.size >= SCOPE_RESOURCES) this.scopes.add(pair);
    }
  }

  /**
   * The path's name: the static segments after its scope name the resource (`/accounts/{id}/
   * storage/kv/namespaces/{id}/values/{key}` is `storage.kv.namespaces.values`), the HTTP method
   * and whether the path ends in an item give the verb (`list` or `get`, `create`, `update` for
   * PUT, `edit` for PATCH, `delete`; `listed`: the response is a list); a POST-only static leaf is an action on what precedes it
   * (`.../saml_certificates/{id}/rotate` is `rotate`).
   */
  nameOf(method: string, path: string, listed = false): PathName {
    const key = normalise(path);
    const all = segmentsOf(key);
    const { scope, rest } = this.split(all);
    const isItem = all.length > 0 && isParam(all[all.length - 1]!);
    let statics = rest.filter((s) => !isParam(s));
    if (statics.length === 0) return { resource: scope.length > 0 ? [scope[0]!] : ['api'], verb: itemVerb(method, isItem, this, key, listed) };
    const last = rest[rest.length - 1]!;
    const methods = this.methods.get(key) ?? new Set<string>();
    if (!isItem && statics.length >= 2 && !this.parents.has(key) && method === 'post' && methods.size === 1) {
      statics = statics.slice(0, -1);
      return { resource: statics, verb: last };
    }
    return { resource: statics, verb: itemVerb(method, isItem, this, key, listed) };
  }

  isCollection(key: string): boolean {
    return this.collections.has(key);
  }

  methodsAt(key: string): Set<string> {
    return this.methods.get(key) ?? new Set<string>();
  }

  /** The scoping segments (`accounts`, `{account_id}`), and the rest. */
  split(segments: string[]): { scope: string[]; rest: string[] } {
    let i = 0;
    while (i < 2 && i < segments.length && isParam(segments[i]!)) i++;
    while (i < segments.length && /^v\d+$/.test(segments[i]!)) i++;
    const scope: string[] = [];
    if (segments.length > i + 1 && this.scopes.has(`${segments[i]}/{}`) && isParam(segments[i + 1]!)) {
      scope.push(segments[i]!, segments[i + 1]!);
      i += 2;
    }
    return { scope, rest: segments.slice(i) };
  }

  /** The static segments of a path that only scope it. */
  scopeOf(path: string): string[] {
    return this.split(segmentsOf(normalise(path))).scope.filter((s) => !isParam(s));
  }
}

function withoutVersion(segments: string[]): string[] {
  let i = 0;
  while (i < segments.length && /^v\d+$/.test(segments[i]!)) i++;
  return segments.slice(i);
}

/** Trailing slashes dropped, parameter names kept (they are part of the path's identity). */
function normalise(path: string): string {
  return '/' + segmentsOf(path).join('/');
}

/**
 * GET lists a collection (a path with items under it, or one whose response is a list:
 * `listed`) and gets anything else; POST on an item
 * updates it when its collection has a POST of its own (which creates), and creates otherwise.
 */
function itemVerb(method: string, isItem: boolean, index: PathIndex, key: string, listed: boolean): string {
  switch (method) {
    case 'get':
      return !isItem && (index.isCollection(key) || listed) ? 'list' : 'get';
    case 'post': {
      if (!isItem) return 'create';
      const collection = key.slice(0, key.lastIndexOf('/'));
      return index.methodsAt(collection).has('post') && !index.methodsAt(key).has('put') ? 'update' : 'create';
    }
    case 'put':
      return 'update';
    case 'patch':
      return 'edit';
    default:
      return method;
  }
}
