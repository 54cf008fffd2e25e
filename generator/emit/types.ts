import type { NamedSchema, Operation, Resource, Schema } from '../model/ir.js';
import { bySchemaModule } from '../model/schema-modules.js';
import { indentBlocks } from './indent.js';
import { relativeImport } from './module-paths.js';
import { commentText } from './safe-text.js';
import { docBlock, schemaDocLines } from './schema-docs.js';
import { objectMembers, typeExpression, type Direction, type TypeContext } from './type-expression.js';

/**
 * Emits TypeScript declarations as text, in one pass: each declaration is written once
 * and the file is indented by its braces. (Through ts-morph's structures, which print
 * and then re-parse every file, this took 7 of 20 seconds on the full Cloudflare API.)
 * Types-only modules are their own `.d.ts`.
 */
export function printFile(imports: string[], declarations: string[]): string {
  const head = imports.length > 0 ? `${imports.join('\n')}\n\n` : '';
  return indentBlocks(head + declarations.join('\n'));
}

export interface Declaration {
  name: string;
  schema: Schema;
  direction: Direction;
  docs?: string[];
}

export function declare({ name, schema, docs = [] }: Declaration, ctx: TypeContext): string {
  const doc = docBlock([...schemaDocLines(schema, schema.description ?? schema.title), ...docs]);
  if (schema.kind === 'object' && !schema.nullable && schema.properties.length > 0) {
    return `${doc}export interface ${name} {\n${objectMembers(schema, ctx)}}\n`;
  }
  return `${doc}export type ${name} = ${typeExpression(schema, ctx)};\n`;
}

/** `src/<schema module>.types.ts`: one declaration per named schema of the module, in type-name order. */
export function emitSchemaTypes(module: string, schemas: NamedSchema[], byId: Map<string, NamedSchema>): string {
  const used = new Set<NamedSchema>();
  const ctx: TypeContext = { byId, direction: 'response', use: (n) => used.add(n) };
  const declarations = schemas.map((s) => declare({ name: s.typeName, schema: s.schema, direction: 'response' }, ctx));
  return printFile(typeImports(`${module}.types`, used, module), declarations);
}

/** `src/<resource>.types.ts`: params, body and response types of one resource's operations. */
export function emitOperationTypes(resource: Resource, byId: Map<string, NamedSchema>): string {
  const used = new Set<NamedSchema>();
  const runtime = new Set<string>();
  const declarations: string[] = [];
  for (const decl of operationDeclarations(resource.operations)) {
    declarations.push(declare(decl, { byId, direction: decl.direction, use: (n) => used.add(n), useRuntime: (name) => runtime.add(name) }));
  }
  const uploads = runtime.size > 0 ? [`import type { ${[...runtime].sort().join(', ')} } from '${relativeImport(`${resource.modulePath}.types`, 'core/uploads')}';`] : [];
  return printFile([...uploads, ...typeImports(`${resource.modulePath}.types`, used)], declarations);
}

/** `import type` lines for named schemas, one per schema module, leaving out the importing module's own. */
export function typeImports(fromModule: string, used: Set<NamedSchema>, ownSchemaModule?: string): string[] {
  return [...bySchemaModule(used)]
    .filter(([module]) => module !== ownSchemaModule)
    .map(([module, list]) => `import type { ${list.map((n) => n.typeName).sort().join(', ')} } from '${relativeImport(fromModule, `${module}.types`)}';`);
}

/** What the response type is, where it is not the whole JSON body. */
function responseDocs(op: Operation): string[] {
  const read = op.response.read;
  if (!op.response.resultSchema || !read) return ['The response has no body.'];
  const type = commentText(read.mediaType);
  switch (read.kind) {
    case 'binary':
      return [`The response body (\`${type}\`), as a Blob; \`.asResponse()\` streams it instead.`];
    case 'text':
      return [`The response body (\`${type}\`), as text; \`.asResponse()\` streams it instead.`];
    case 'event-stream':
      return [`The data of one server-sent event (\`${type}\`); the method resolves to a \`Stream\` of them.`];
    case 'ndjson':
      return [`One record of the response (\`${type}\`, a record per line); the method resolves to a \`Stream\` of them.`];
    default:
      return [];
  }
}

function operationDeclarations(operations: Operation[]): Declaration[] {
  const out: Declaration[] = [];
  for (const op of operations) {
    const where = `\`${op.method.toUpperCase()} ${commentText(op.path)}\``;
    out.push({ name: op.typeNames.params, schema: op.paramsSchema, direction: 'request', docs: [`Parameters of \`${op.resource.join('.')}.${op.methodName}\` (${where}).`] });
    out.push({ name: op.typeNames.response, schema: op.response.resultSchema ?? { kind: 'null', nullable: false }, direction: 'response', docs: responseDocs(op) });
  }
  return out;
}
