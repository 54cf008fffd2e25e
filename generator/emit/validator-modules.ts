import type { Diagnostics } from '../common/diagnostics.js';
import type { NamedSchema, Resource, Webhook } from '../model/ir.js';
import { bySchemaModule } from '../model/schema-modules.js';
import { indentBlocks } from './indent.js';
import { relativeImport } from './module-paths.js';
import { ValidatorEmitter, type ValidatorModule } from './validators/emitter.js';
import { formatAlias } from './validators/formats.js';
import { commonjsOf, javascriptOf, typescriptOf } from './validators/markers.js';

/**
 * A validator module's TypeScript source, its JavaScript as an ES module and as CommonJS, and its
 * declarations (`dist/*.js`, `dist/cjs/*.js`, `dist/*.d.ts`). Validators are most of a large
 * package: printing both builds here spares esbuild tens of megabytes (the full Cloudflare API:
 * 33 MB of validator JavaScript), which it took seconds and half a gigabyte to convert.
 */
export interface ValidatorFiles {
  source: string;
  javascript: string;
  commonjs: string;
  declarations: string;
}

/** `src/<schema module>.validators.ts`: `is`/`explain`/`validate` for every named schema of the module. */
export function emitSchemaValidators(module: string, schemas: NamedSchema[], byId: Map<string, NamedSchema>, diagnostics: Diagnostics): ValidatorFiles {
  const emitter = new ValidatorEmitter(byId, diagnostics);
  for (const s of schemas) emitter.emit({ name: s.typeName, schema: s.schema, typeName: s.typeName, exported: true });
  const types = schemas.map((s) => s.typeName);
  const from = `${module}.validators`;
  return assemble(from, emitter.module(), types.length ? [`import type { ${types.join(', ')} } from '${relativeImport(from, `${module}.types`)}';`] : [], module);
}

/** `src/<resource>.validators.ts`: response validators and argument checks of one resource. */
export function emitResourceValidators(resource: Resource, byId: Map<string, NamedSchema>, diagnostics: Diagnostics): ValidatorFiles {
  const emitter = new ValidatorEmitter(byId, diagnostics);
  const types: string[] = [];
  for (const op of resource.operations) {
    if (op.response.validated && op.response.resultSchema) {
      emitter.emit({ name: op.typeNames.response, schema: op.response.resultSchema, typeName: op.typeNames.response, exported: true });
      types.push(op.typeNames.response);
    }
    if (op.argsCheck) emitter.emit({ name: op.argsCheck.name, schema: op.argsCheck.schema, typeName: 'Record<string, unknown>', exported: true, request: true });
  }
  const module = emitter.module();
  const imports = types.length ? [`import type { ${types.sort().join(', ')} } from '${relativeImport(resource.modulePath, `${resource.modulePath}.types`)}';`] : [];
  return assemble(resource.modulePath + '.validators', module, imports);
}

/** `src/webhooks.validators.ts`: `is`/`explain`/`validate` for the payload of every webhook. */
export function emitWebhookValidators(webhooks: Webhook[], byId: Map<string, NamedSchema>, diagnostics: Diagnostics): ValidatorFiles {
  const emitter = new ValidatorEmitter(byId, diagnostics);
  for (const w of webhooks) emitter.emit({ name: w.typeName, schema: w.payload, typeName: w.typeName, exported: true });
  const types = webhooks.map((w) => w.typeName).sort();
  return assemble('webhooks.validators', emitter.module(), types.length ? [`import type { ${types.join(', ')} } from './webhooks.types.js';`] : []);
}

/** The module's files; `ownSchemaModule` is the schema module whose validators are local. */
function assemble(modulePath: string, module: ValidatorModule, typeImports: string[], ownSchemaModule?: string): ValidatorFiles {
  if (module.code === '') return { source: '// No schemas to validate.\nexport {};\n', javascript: 'export {};\n', commonjs: `${USE_STRICT}// No schemas to validate.\n`, declarations: 'export {};\n' };
  const helpers = [...module.usedHelpers].sort();
  const typeOnly = ['ValidationIssue', ...(module.code.includes('ValidationResult<') ? ['ValidationResult'] : [])];
  const validationModule = relativeImport(modulePath, 'core/validation');
  const formats = [...module.usedFormats].sort().map((f) => [f, formatAlias(f)] as const);
  const formatsModule = relativeImport(modulePath, 'core/formats');
  /** The other validator modules whose functions this one calls, each with the names it calls. */
  const schemaImports: { specifier: string; namespace: string; functions: string[] }[] = [];
  const namespaces = new Map<string, string>();
  for (const [schemaModule, used] of bySchemaModule(module.usedSchemas)) {
    if (schemaModule === ownSchemaModule) continue;
    const functions = used.map((n) => n.typeName).sort().flatMap((n) => [`explain${n}`, `is${n}`]);
    const namespace = `import_${schemaModule.replace(/[^\w$]/g, '_')}`;
    namespaces.set(`${schemaModule}.validators`, namespace);
    schemaImports.push({ specifier: relativeImport(modulePath, `${schemaModule}.validators`), namespace, functions });
  }
  const valueImports = [
    ...(formats.length > 0 ? [`import { ${formats.map(([f, alias]) => `${f} as ${alias}`).join(', ')} } from '${formatsModule}';`] : []),
    ...schemaImports.map(({ specifier, functions }) => `import { ${functions.join(', ')} } from '${specifier}';`),
  ];
  const code = indentBlocks(module.code);
  const source = [
    `import { ${[...helpers, ...typeOnly.map((t) => `type ${t}`)].join(', ')} } from '${validationModule}';`,
    ...valueImports,
    ...typeImports,
    '',
    typescriptOf(code),
  ];
  const javascript = [...(helpers.length > 0 ? [`import { ${helpers.join(', ')} } from '${validationModule}';`] : []), ...valueImports, '', javascriptOf(code)];
  // The runtime modules (validation, formats) require nothing back: their names can be taken at once.
  const commonjsBody = commonjsOf(code, ownSchemaModule === undefined ? undefined : `${ownSchemaModule}.validators`, (m) => namespaces.get(m)!);
  const exported = [...code.matchAll(/^export function ([\w$]+)\(/gm)].map((m) => m[1]!);
  const commonjs = [
    USE_STRICT.trimEnd(),
    ...(helpers.length > 0 ? [`const { ${helpers.join(', ')} } = require('${validationModule}');`] : []),
    ...(formats.length > 0 ? [`const { ${formats.map(([f, alias]) => `${f}: ${alias}`).join(', ')} } = require('${formatsModule}');`] : []),
    ...schemaImports.map(({ specifier, namespace }) => `const ${namespace} = require('${specifier}');`),
    '',
    commonjsBody,
    '',
    ...exported.map((name) => `exports.${name} = ${name};`),
    '',
  ];
  const declarations = [`import type { ${typeOnly.join(', ')} } from '${validationModule}';`, ...typeImports, '', module.declarations, ''];
  return { source: source.join('\n'), javascript: javascript.join('\n'), commonjs: commonjs.join('\n'), declarations: declarations.join('\n') };
}

/** How CommonJS compiled from an ES module starts (TypeScript's and esbuild's builds mark it too): interop helpers read `__esModule`. */
const USE_STRICT = "'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\n";
