import type { Diagnostics } from '../common/diagnostics.js';
import type { NamedSchema, Resource, Webhook } from '../model/ir.js';
import { bySchemaModule } from '../model/schema-modules.js';
import { indentBlocks } from './indent.js';
import { relativeImport } from './module-paths.js';
import { ValidatorEmitter, type ValidatorModule } from './validators/emitter.js';
import { formatAlias } from './validators/formats.js';
import { javascriptOf, typescriptOf } from './validators/markers.js';

/** A validator module's TypeScript source, its JavaScript and its declarations (`dist/*.js`, `dist/*.d.ts`). */
export interface ValidatorFiles {
  source: string;
  javascript: string;
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
  if (module.code === '') return { source: '// No schemas to validate.\nexport {};\n', javascript: 'export {};\n', declarations: 'export {};\n' };
  const helpers = [...module.usedHelpers].sort();
  const typeOnly = ['ValidationIssue', ...(module.code.includes('ValidationResult<') ? ['ValidationResult'] : [])];
  const validationModule = relativeImport(modulePath, 'core/validation');
  const valueImports: string[] = [];
  if (module.usedFormats.size > 0) valueImports.push(`import { ${[...module.usedFormats].sort().map((f) => `${f} as ${formatAlias(f)}`).join(', ')} } from '${relativeImport(modulePath, 'core/formats')}';`);
  for (const [schemaModule, used] of bySchemaModule(module.usedSchemas)) {
    if (schemaModule === ownSchemaModule) continue;
    const functions = used.map((n) => n.typeName).sort().flatMap((n) => [`explain${n}`, `is${n}`]);
    valueImports.push(`import { ${functions.join(', ')} } from '${relativeImport(modulePath, `${schemaModule}.validators`)}';`);
  }
  const code = indentBlocks(module.code);
  const source = [
    `import { ${[...helpers, ...typeOnly.map((t) => `type ${t}`)].join(', ')} } from '${validationModule}';`,
    ...valueImports,
    ...typeImports,
    '',
    typescriptOf(code),
  ];
  const javascript = [...(helpers.length > 0 ? [`import { ${helpers.join(', ')} } from '${validationModule}';`] : []), ...valueImports, '', javascriptOf(code)];
  const declarations = [`import type { ${typeOnly.join(', ')} } from '${validationModule}';`, ...typeImports, '', module.declarations, ''];
  return { source: source.join('\n'), javascript: javascript.join('\n'), declarations: declarations.join('\n') };
}
