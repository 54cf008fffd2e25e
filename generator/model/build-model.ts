import { basename } from 'node:path';
import type { Diagnostics } from '../common/diagnostics.js';
import type { DocumentSet } from '../load/document-set.js';
import type { SdkConfig } from '../load/load-config.js';
import { conventionsFor } from './conventions/conventions.js';
import type { Api } from './ir.js';
import { NameRegistry } from './names.js';
import { nameOperationFunctions } from './operation-functions.js';
import { claimOperationTypeNames } from './operation-naming.js';
import { buildOperation, collectOperations } from './operations.js';
import { clientExportNames, reservedTypeNames } from './reserved-names.js';
import { buildResources } from './resources.js';
import { resolveResult } from './results.js';
import { assignSchemaModules } from './schema-modules.js';
import { SchemaConverter } from './schema-object.js';
import { buildSecuritySchemes } from './security.js';
import { buildWebhooks, claimWebhookTypeNames, collectWebhooks } from './webhooks.js';

type Raw = Record<string, unknown>;

/**
 * OpenAPI document + config -> IR. Reports problems; never throws for bad input. The order
 * matters where names are handed out: operation types claim theirs before component schemas,
 * and resource classes after both.
 */
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

  const found = collectOperations(paths, file, documents, config, diagnostics);
  const clientNames = clientExportNames(config, diagnostics);
  const reserved = reservedTypeNames(clientNames);
  const names = new NameRegistry(reserved);
  const typeNames = claimOperationTypeNames(found.map((f) => f.placement), config, names, found.map((f) => f.path));
  const operationTypeNames = typeNames.flatMap((t) => [t.params, t.response]);
  const foundWebhooks = collectWebhooks(doc, file, found, documents);
  const webhookTypeNames = claimWebhookTypeNames(foundWebhooks, names);
  const converter = new SchemaConverter(documents, diagnostics, version.startsWith('3.1'), [...reserved, ...operationTypeNames, ...webhookTypeNames]);
  const components = ((doc.components ?? {}) as Raw).schemas;
  if (components && typeof components === 'object') converter.registerComponents(file, components as Raw);

  const operations = found.map((f, i) => buildOperation(f, typeNames[i]!, documents, converter, config, diagnostics));
  const webhooks = buildWebhooks(foundWebhooks, webhookTypeNames, documents, converter, config, diagnostics);
  const schemas = converter.namedSchemas();
  const byId = new Map(schemas.map((s) => [s.id, s]));
  const conventions = conventionsFor(config.conventions);
  for (const op of operations) resolveResult(op, byId, conventions, config.operations[op.operationId]);

  // The package root exports the resource classes' types next to the schema and operation types.
  const resources = buildResources(operations, [...clientNames, ...operationTypeNames, ...schemas.map((s) => s.typeName)]);
  assignSchemaModules(schemas, resources);
  nameOperationFunctions(resources);

  const servers = Array.isArray(doc.servers) ? (doc.servers as Raw[]) : [];
  const title = typeof info.title === 'string' ? info.title : undefined;
  return {
    specFile: basename(file),
    title: title ?? 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    package: { description: `TypeScript client for ${title ?? 'the API'}`, ...config.package },
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
    ...(webhooks ? { webhooks } : {}),
  };
}
