import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { readDocument } from './read-document.js';
import { didYouMean } from './suggest-name.js';

/**
 * The response conventions an API follows (`conventions:` in the config, `--conventions` on the
 * command line; default `none`). `cloudflare`: responses are `{ success, errors, messages, result }`
 * envelopes that methods unwrap, and lists page by `page`/`per_page` with `result_info`
 * (generator/model/conventions/). An API without envelopes never inherits them by accident.
 */
export const CONVENTIONS_NAMES = ['none', 'cloudflare'] as const;
export type ConventionsName = (typeof CONVENTIONS_NAMES)[number];

export function isConventionsName(name: string): name is ConventionsName {
  return (CONVENTIONS_NAMES as readonly string[]).includes(name);
}

/** `spec/sdk.config.yaml`, validated. Paths are absolute. */
export interface SdkConfig {
  file?: string;
  spec: string;
  output: string;
  templates?: string;
  conventions: ConventionsName;
  /** Fallbacks for defects in the spec are errors, as with `--strict` (common/diagnostics.ts). */
  strict?: boolean;
  package: { name: string; version: string; description?: string; license?: string };
  client: {
    className: string;
    /** A second name the package exports its base error class (`SDKError`) under: `CloudflareError`. */
    errorAlias?: string;
    baseURL?: string;
    baseURLEnv?: string;
    security: Record<string, { option: string; env?: string }>;
    pathParams: Record<string, { option: string; env?: string }>;
  };
  /** Resource path (`aiGateway.logs`) -> settings. */
  resources: Record<string, { typePrefix?: string }>;
  /** operationId -> mapping. */
  operations: Record<string, OperationMapping>;
  /**
   * Resource prefix of derived names -> what to call it (`storage.kv: kv`, `access: zeroTrust.access`,
   * `aiGateway.gateways: aiGateway`; an empty string lifts the rest to the top). Applies to every
   * operation the `operations` map does not name; the longest matching prefix wins.
   */
  rename: Record<string, string>;
  /** How received webhooks are signed and told apart (model/webhooks.ts detects what is not given). */
  webhooks?: WebhookSettings;
}

export interface WebhookSettings {
  /** The signature scheme deliveries carry, or `none` to check none. */
  signature?: 'github' | 'stripe' | 'standard' | 'none';
  /** The header that names a delivery's event (`X-GitHub-Event`). */
  eventHeader?: string;
  /** The payload field that names its event (`type`). */
  eventField?: string;
}

export interface OperationMapping {
  /** `aiGateway.logs.get`: resource path, then method name. */
  method: string;
  /** How the list pages (model/pagination.ts), or `none`; detected when not given. */
  pagination?: 'page' | 'offset' | 'cursor' | 'after-last' | 'link' | 'none';
  /** Envelope field to unwrap, or `none` for the whole body. */
  envelope?: string;
  /** Retry even though the HTTP method is not idempotent. */
  retrySafe?: boolean;
  /** A server-sent event stream that drops mid-stream is opened again with `Last-Event-ID`. */
  reconnect?: boolean;
}

type Shape =
  | { type: 'string' }
  /** A name that becomes a TypeScript identifier (`Cloudflare`, `apiToken`, `AIGateway`). */
  | { type: 'identifier' }
  /** An environment variable name. */
  | { type: 'env' }
  /** `resource.method`: dot-separated identifiers, at least two. */
  | { type: 'method-path' }
  /** `zeroTrust.access`: dot-separated identifiers, or empty (the top). */
  | { type: 'resource-path' }
  | { type: 'boolean' }
  | { type: 'enum'; values: string[] }
  | { type: 'object'; fields: Record<string, Shape>; required?: string[] }
  | { type: 'map'; of: Shape }
  | { type: 'oneOf'; options: Shape[] };

const credential: Shape = { type: 'object', fields: { option: { type: 'identifier' }, env: { type: 'env' } }, required: ['option'] };
const mapping: Shape = {
  type: 'object',
  fields: {
    method: { type: 'method-path' },
    pagination: { type: 'enum', values: ['page', 'offset', 'cursor', 'after-last', 'link', 'none'] },
    envelope: { type: 'string' },
    retrySafe: { type: 'boolean' },
    reconnect: { type: 'boolean' },
  },
  required: ['method'],
};
const configShape: Shape = {
  type: 'object',
  required: ['spec', 'package', 'client'],
  fields: {
    spec: { type: 'string' },
    output: { type: 'string' },
    templates: { type: 'string' },
    conventions: { type: 'enum', values: [...CONVENTIONS_NAMES] },
    strict: { type: 'boolean' },
    package: {
      type: 'object',
      required: ['name', 'version'],
      fields: { name: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' }, license: { type: 'string' } },
    },
    client: {
      type: 'object',
      required: ['className'],
      fields: {
        className: { type: 'identifier' },
        errorAlias: { type: 'identifier' },
        baseURL: { type: 'string' },
        baseURLEnv: { type: 'env' },
        security: { type: 'map', of: credential },
        pathParams: { type: 'map', of: credential },
      },
    },
    resources: { type: 'map', of: { type: 'object', fields: { typePrefix: { type: 'identifier' } } } },
    operations: { type: 'map', of: { type: 'oneOf', options: [{ type: 'method-path' }, mapping] } },
    webhooks: {
      type: 'object',
      fields: { signature: { type: 'enum', values: ['github', 'stripe', 'standard', 'none'] }, eventHeader: { type: 'string' }, eventField: { type: 'string' } },
    },
    rename: { type: 'map', of: { type: 'resource-path' } },
  },
};

/** Reads and validates the config; reports every problem with its position. */
export function loadConfig(file: string, diagnostics: Diagnostics): SdkConfig | undefined {
  const path = resolve(file);
  const doc = readDocument(path, diagnostics);
  if (!doc) return undefined;
  // Later stages report problems against the config too (an unknown operationId).
  const previous = diagnostics.locator;
  diagnostics.locator = (f, pointer) => (f === path ? doc.locate(pointer) : previous(f, pointer));
  const before = diagnostics.errors.length;
  const report = (pointer: string, message: string, at: 'value' | 'key' = 'value') => {
    const pos = at === 'key' ? doc.locateKey(pointer) : doc.locate(pointer);
    diagnostics.error('config-invalid', message, { file: path, pointer, ...pos });
  };
  checkShape(doc.value, configShape, '', report);
  if (diagnostics.errors.length > before) return undefined;
  const raw = doc.value as RawConfig;
  const config = normalise(raw, dirname(path), path);
  let ok = true;
  if (!existsSync(config.spec)) {
    report('/spec', `"spec" names ${JSON.stringify(raw.spec)}, which does not exist; the path is relative to the config file.${didYouMean(basename(config.spec), siblingNames(config.spec))}`);
    ok = false;
  }
  if (config.templates !== undefined && !isDirectory(config.templates)) {
    report('/templates', `"templates" names ${JSON.stringify(raw.templates)}, which is not a directory; create it or fix the path (it is relative to the config file).`);
    ok = false;
  }
  return ok ? config : undefined;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function siblingNames(path: string): string[] {
  try {
    return readdirSync(dirname(path));
  } catch {
    return [];
  }
}

type RawConfig = Omit<SdkConfig, 'operations' | 'file' | 'resources' | 'client' | 'conventions' | 'rename'> & {
  rename?: SdkConfig['rename'];
  conventions?: ConventionsName;
  client: Omit<SdkConfig['client'], 'security' | 'pathParams'> & Partial<Pick<SdkConfig['client'], 'security' | 'pathParams'>>;
  resources?: SdkConfig['resources'];
  operations?: Record<string, string | OperationMapping>;
};

function normalise(raw: RawConfig, dir: string, file: string): SdkConfig {
  const operations = dictionary<OperationMapping>();
  for (const [id, value] of Object.entries(raw.operations ?? {})) operations[id] = typeof value === 'string' ? { method: value } : value;
  return {
    file,
    spec: resolve(dir, raw.spec),
    output: resolve(dir, raw.output ?? '../generated'),
    templates: raw.templates === undefined ? undefined : resolve(dir, raw.templates),
    conventions: raw.conventions ?? 'none',
    ...(raw.strict === true ? { strict: true } : {}),
    package: raw.package,
    client: { ...raw.client, security: dictionary(raw.client.security), pathParams: dictionary(raw.client.pathParams) },
    resources: dictionary(raw.resources),
    operations,
    ...(raw.webhooks ? { webhooks: raw.webhooks } : {}),
    rename: dictionary(raw.rename),
  };
}

/**
 * The config's maps are looked up by names from the spec (`operations[operationId]`):
 * without a prototype, `constructor` or `__proto__` find nothing instead of Object's members.
 */
function dictionary<T>(entries: Record<string, T> = {}): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(entries)) out[key] = value;
  return out;
}

/** A config for a bare spec (`sdkgen generate --spec FILE`): everything derived. */
export function defaultConfig(spec: string, output: string): SdkConfig {
  return {
    spec: resolve(spec),
    output: resolve(output),
    conventions: 'none',
    package: { name: 'api-client', version: '0.1.0' },
    client: { className: 'Client', security: dictionary(), pathParams: dictionary() },
    resources: dictionary(),
    operations: dictionary(),
    rename: dictionary(),
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Names that are identifiers but break a class or an object when used as a member. */
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function checkShape(value: unknown, shape: Shape, pointer: string, report: (pointer: string, message: string, at?: 'value' | 'key') => void): boolean {
  const where = pointer === '' ? 'The config' : `"${pointer.slice(1).split('/').map(decodeSegment).join('.')}"`;
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string') return true;
      report(pointer, `${where} must be a string, not ${describe(value)}.`);
      return false;
    case 'identifier':
      if (typeof value === 'string' && IDENTIFIER.test(value) && !UNSAFE_NAMES.has(value)) return true;
      report(pointer, `${where} must be a TypeScript name (letters, digits, _ and $, not starting with a digit), not ${describe(value)}.`);
      return false;
    case 'env':
      if (typeof value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return true;
      report(pointer, `${where} must be an environment variable name (letters, digits and _), not ${describe(value)}.`);
      return false;
    case 'method-path': {
      const parts = typeof value === 'string' ? value.split('.') : [];
      if (parts.length >= 2 && parts.every((p) => IDENTIFIER.test(p) && !UNSAFE_NAMES.has(p))) return true;
      report(pointer, `${where} must be "resource.method" (names joined by dots, at least two, e.g. "aiGateway.logs.get"), not ${describe(value)}.`);
      return false;
    }
    case 'resource-path': {
      const parts = typeof value === 'string' ? value.split('.') : [];
      if (value === '' || (parts.length >= 1 && parts.every((p) => IDENTIFIER.test(p) && !UNSAFE_NAMES.has(p)))) return true;
      report(pointer, `${where} must be a resource path (names joined by dots, e.g. "zeroTrust.access", or "" for the top), not ${describe(value)}.`);
      return false;
    }
    case 'boolean':
      if (typeof value === 'boolean') return true;
      report(pointer, `${where} must be true or false, not ${describe(value)}.`);
      return false;
    case 'enum':
      if (typeof value === 'string' && shape.values.includes(value)) return true;
      report(pointer, `${where} must be one of ${shape.values.map((v) => `"${v}"`).join(', ')}, not ${describe(value)}.`);
      return false;
    case 'oneOf': {
      const byString = shape.options.find((o) => o.type !== 'object');
      const byObject = shape.options.find((o) => o.type === 'object');
      if (typeof value === 'string' && byString) return checkShape(value, byString, pointer, report);
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && byObject) return checkShape(value, byObject, pointer, report);
      report(pointer, `${where} must be "resource.method" or a mapping with a "method" key, not ${describe(value)}.`);
      return false;
    }
    case 'map':
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report(pointer, `${where} must be a mapping, not ${describe(value)}.`);
        return false;
      }
      let ok = true;
      const record = value as Record<string, unknown>;
      if (shape.type === 'map') {
        for (const [key, item] of Object.entries(record)) ok = checkShape(item, shape.of, joinPointer(pointer, key), report) && ok;
        return ok;
      }
      for (const key of shape.required ?? []) {
        if (!(key in record)) {
          report(pointer, `${where} is missing the required key "${key}"; add it.`, 'key');
          ok = false;
        }
      }
      for (const [key, item] of Object.entries(record)) {
        const field = shape.fields[key];
        if (!field) {
          const hint = didYouMean(key, Object.keys(shape.fields)) || ` Expected one of: ${Object.keys(shape.fields).join(', ')}.`;
          report(joinPointer(pointer, key), `Unknown key "${key}" in ${where === 'The config' ? 'the config' : where}.${hint}`);
          ok = false;
          continue;
        }
        ok = checkShape(item, field, joinPointer(pointer, key), report) && ok;
      }
      return ok;
    }
  }
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
