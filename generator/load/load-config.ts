import { dirname, resolve } from 'node:path';
import { joinPointer, type Diagnostics } from '../diagnostics.js';
import { readDocument } from './read-document.js';

/** `spec/sdk.config.yaml`, validated. Paths are absolute. */
export interface SdkConfig {
  file?: string;
  spec: string;
  output: string;
  templates?: string;
  package: { name: string; version: string; description?: string; license?: string };
  client: {
    className: string;
    baseURL?: string;
    baseURLEnv?: string;
    security: Record<string, { option: string; env?: string }>;
    pathParams: Record<string, { option: string; env?: string }>;
  };
  /** Resource path (`aiGateway.logs`) -> settings. */
  resources: Record<string, { typePrefix?: string }>;
  /** operationId -> mapping. */
  operations: Record<string, OperationMapping>;
}

export interface OperationMapping {
  /** `aiGateway.logs.get`: resource path, then method name. */
  method: string;
  pagination?: 'page' | 'none';
  /** Envelope field to unwrap, or `none` for the whole body. */
  envelope?: string;
  /** Retry even though the HTTP method is not idempotent. */
  retrySafe?: boolean;
}

type Shape =
  | { type: 'string' }
  | { type: 'boolean' }
  | { type: 'enum'; values: string[] }
  | { type: 'object'; fields: Record<string, Shape>; required?: string[] }
  | { type: 'map'; of: Shape }
  | { type: 'oneOf'; options: Shape[] };

const credential: Shape = { type: 'object', fields: { option: { type: 'string' }, env: { type: 'string' } }, required: ['option'] };
const mapping: Shape = {
  type: 'object',
  fields: {
    method: { type: 'string' },
    pagination: { type: 'enum', values: ['page', 'none'] },
    envelope: { type: 'string' },
    retrySafe: { type: 'boolean' },
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
    package: {
      type: 'object',
      required: ['name', 'version'],
      fields: { name: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' }, license: { type: 'string' } },
    },
    client: {
      type: 'object',
      required: ['className'],
      fields: {
        className: { type: 'string' },
        baseURL: { type: 'string' },
        baseURLEnv: { type: 'string' },
        security: { type: 'map', of: credential },
        pathParams: { type: 'map', of: credential },
      },
    },
    resources: { type: 'map', of: { type: 'object', fields: { typePrefix: { type: 'string' } } } },
    operations: { type: 'map', of: { type: 'oneOf', options: [{ type: 'string' }, mapping] } },
  },
};

/** Reads and validates the config; reports every problem with its position. */
export function loadConfig(file: string, diagnostics: Diagnostics): SdkConfig | undefined {
  const path = resolve(file);
  const doc = readDocument(path, diagnostics);
  if (!doc) return undefined;
  const before = diagnostics.errors.length;
  const report = (pointer: string, message: string) => {
    const pos = doc.locate(pointer);
    diagnostics.error('config-invalid', message, { file: path, pointer, ...pos });
  };
  checkShape(doc.value, configShape, '', report);
  if (diagnostics.errors.length > before) return undefined;
  return normalise(doc.value as RawConfig, dirname(path), path);
}

type RawConfig = Omit<SdkConfig, 'operations' | 'file' | 'resources' | 'client'> & {
  client: Omit<SdkConfig['client'], 'security' | 'pathParams'> & Partial<Pick<SdkConfig['client'], 'security' | 'pathParams'>>;
  resources?: SdkConfig['resources'];
  operations?: Record<string, string | OperationMapping>;
};

function normalise(raw: RawConfig, dir: string, file: string): SdkConfig {
  const operations: Record<string, OperationMapping> = {};
  for (const [id, value] of Object.entries(raw.operations ?? {})) operations[id] = typeof value === 'string' ? { method: value } : value;
  return {
    file,
    spec: resolve(dir, raw.spec),
    output: resolve(dir, raw.output ?? '../generated'),
    templates: raw.templates === undefined ? undefined : resolve(dir, raw.templates),
    package: raw.package,
    client: { ...raw.client, security: raw.client.security ?? {}, pathParams: raw.client.pathParams ?? {} },
    resources: raw.resources ?? {},
    operations,
  };
}

/** A config for a bare spec (`sdkgen generate --spec FILE`): everything derived. */
export function defaultConfig(spec: string, output: string): SdkConfig {
  return {
    spec: resolve(spec),
    output: resolve(output),
    package: { name: 'api-client', version: '0.1.0' },
    client: { className: 'Client', security: {}, pathParams: {} },
    resources: {},
    operations: {},
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function checkShape(value: unknown, shape: Shape, pointer: string, report: (pointer: string, message: string) => void): boolean {
  const where = pointer === '' ? 'The config' : `"${pointer.slice(1).replace(/\//g, '.')}"`;
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string') return true;
      report(pointer, `${where} must be a string, not ${describe(value)}.`);
      return false;
    case 'boolean':
      if (typeof value === 'boolean') return true;
      report(pointer, `${where} must be true or false, not ${describe(value)}.`);
      return false;
    case 'enum':
      if (typeof value === 'string' && shape.values.includes(value)) return true;
      report(pointer, `${where} must be one of ${shape.values.map((v) => `"${v}"`).join(', ')}, not ${describe(value)}.`);
      return false;
    case 'oneOf': {
      if (typeof value === 'string') return checkShape(value, shape.options.find((o) => o.type === 'string') ?? shape.options[0]!, pointer, report);
      return checkShape(value, shape.options.find((o) => o.type !== 'string') ?? shape.options[0]!, pointer, report);
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
          report(pointer, `${where} is missing the required key "${key}".`);
          ok = false;
        }
      }
      for (const [key, item] of Object.entries(record)) {
        const field = shape.fields[key];
        if (!field) {
          report(joinPointer(pointer, key), `Unknown key "${key}" in ${where === 'The config' ? 'the config' : where}; expected one of: ${Object.keys(shape.fields).join(', ')}.`);
          ok = false;
          continue;
        }
        ok = checkShape(item, field, joinPointer(pointer, key), report) && ok;
      }
      return ok;
    }
  }
}
