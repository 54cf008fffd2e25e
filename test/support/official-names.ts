import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The names official, hand-curated SDKs give each HTTP route, read from their installed
 * packages (pinned devDependencies), so that test/naming can measure how often the generator's
 * names agree with them. Each reader returns route -> names, where a route is
 * `GET /accounts/{}/storage/kv/namespaces/{}/values/{}` (`routeKey`: the method upper-cased,
 * every path parameter `{}`), and a name is `kv.namespaces.values.get` (resource path, then the
 * method). A route may have more than one name (an SDK keeps a deprecated alias).
 */
export type OfficialNames = Map<string, string[]>;

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** `get`, `/accounts/{account_id}/x/{id}` -> `GET /accounts/{}/x/{}`. */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '')}`;
}

function add(names: OfficialNames, key: string, name: string): void {
  const list = names.get(key) ?? [];
  if (!list.includes(name)) list.push(name);
  names.set(key, list);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return filesUnder(path, suffix);
      return entry.endsWith(suffix) ? [path] : [];
    });
}

/** A JS template literal's text with every `${...}` replaced by `{}`. */
function templatePath(text: string): string {
  return text.replace(/\$\{[^}]*\}/g, '{}');
}

/**
 * The Cloudflare SDK (Stainless): every resource class `BaseX` in resources/**\/*.js declares its
 * path in the client (`BaseValues._key = Object.freeze(['kv', 'namespaces', 'values'])`), and
 * each of its methods calls `this._client.get(path\`/accounts/${account_id}/...\`)` (or `post`,
 * `put`, `patch`, `delete`, or `getAPIList` - a GET unless its options say `method: 'post'`).
 * A path that starts `/${accountOrZone}/${accountOrZoneId}` serves both `/accounts/{}` and `/zones/{}`.
 */
export function cloudflareOfficialNames(root = join(NODE_MODULES, 'cloudflare/resources')): OfficialNames {
  const names: OfficialNames = new Map();
  for (const file of filesUnder(root, '.js')) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.split(/\nvar (?=Base\w+ = )/).slice(1)) {
      const key = /_key = Object\.freeze\(\[([^\]]*)\]\)/.exec(block);
      if (!key) continue;
      const resource = [...key[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!).join('.');
      // Methods are the class body's members, indented eight spaces.
      const methods = block.split(/\n {8}(?=[A-Za-z_$][\w$]*\([^)]*\) \{\n)/).slice(1);
      for (const method of methods) {
        const name = /^[\w$]+/.exec(method)![0];
        if (name === 'constructor') continue;
        for (const call of method.matchAll(/this\._client\.(get|post|put|patch|delete|getAPIList)\(\(0, path_1\.path\)\s*`([^`]*)`([^;]*)/g)) {
          const verb = call[1] === 'getAPIList' ? (/method: '(\w+)'/.exec(call[3]!)?.[1] ?? 'get') : call[1]!;
          const path = templatePath(call[2]!);
          const paths = path.startsWith('/{}/{}') ? [path.replace('/{}/{}', '/accounts/{}'), path.replace('/{}/{}', '/zones/{}')] : [path];
          for (const p of paths) add(names, routeKey(verb, p), `${resource}.${name}`);
        }
      }
    }
  }
  return names;
}

/**
 * GitHub's Octokit: @octokit/plugin-rest-endpoint-methods's endpoint map, `repos: { get:
 * ["GET /repos/{owner}/{repo}"] }`, is `octokit.rest.repos.get`. Entries that only point at a
 * renamed method (`{ renamed: [...] }`) are aliases and are kept as second names.
 */
export function githubOfficialNames(file = join(NODE_MODULES, '@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js')): OfficialNames {
  const names: OfficialNames = new Map();
  const text = readFileSync(file, 'utf8');
  let scope = '';
  for (const m of text.matchAll(/^ {2}(\w+): \{|^ {4}(\w+): \[\s*"(\w+) ([^"]+)"/gm)) {
    if (m[1]) scope = m[1];
    else add(names, routeKey(m[3]!, m[4]!), `${scope}.${m[2]!}`);
  }
  return names;
}

/** `BillingPortal/Sessions.js` -> `billingPortal.sessions`. */
function stripeResourcePath(file: string, root: string): string {
  return relative(root, file)
    .replace(/\.js$/, '')
    .split(/[\\/]/)
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join('.');
}

/**
 * Stripe's SDK: each resource file (resources/Customers.js is `stripe.customers`,
 * resources/BillingPortal/Sessions.js is `stripe.billingPortal.sessions`) has methods that call
 * `this._makeRequest('POST', \`/v1/customers/${encodeURIComponent(id)}\`, ...)`.
 */
export function stripeOfficialNames(root = join(NODE_MODULES, 'stripe/cjs/resources')): OfficialNames {
  const names: OfficialNames = new Map();
  for (const file of filesUnder(root, '.js')) {
    if (/index\.js$/.test(file)) continue;
    const resource = stripeResourcePath(file, root);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\n {4}([\w$]+)\([^)]*\) \{\s*return this\._makeRequest\('(\w+)', (?:`([^`]*)`|'([^']*)')/g)) {
      add(names, routeKey(m[2]!, templatePath(m[3] ?? m[4]!)), `${resource}.${m[1]!}`);
    }
  }
  return names;
}
