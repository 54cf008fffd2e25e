import { Project, StructureKind, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { Api, NamedSchema, Operation, Parameter, Resource, Schema } from '../model/ir.js';
import { propertyKey } from '../model/names.js';
import { relativeImport } from './module-paths.js';
import { commentText } from './safe-text.js';
import { schemaDocLines } from './schema-docs.js';
import { typeExpression, type Direction, type TypeContext } from './type-expression.js';

/**
 * Emits TypeScript declarations through ts-morph. Each file is built as one structure
 * and printed once, so there is no re-parsing per declaration (it matters at 6,000+
 * schemas). Nested inline types are printed by `typeExpression`.
 */
const project = new Project({ useInMemoryFileSystem: true });

function printFile(statements: (string | StatementStructures)[]): string {
  const file = project.createSourceFile('/types.ts', { statements }, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

function jsDocs(lines: string[]) {
  return lines.length > 0 ? [{ kind: StructureKind.JSDoc as const, description: lines.join('\n') }] : [];
}

interface Declaration {
  name: string;
  schema: Schema;
  direction: Direction;
  docs?: string[];
}

function declare({ name, schema, direction, docs = [] }: Declaration, ctx: TypeContext): StatementStructures {
  const docLines = [...schemaDocLines(schema, schema.description ?? schema.title), ...docs];
  if (schema.kind === 'object' && !schema.nullable && schema.properties.length > 0) {
    const properties: OptionalKind<PropertySignatureStructure>[] = schema.properties.map((p) => ({
      name: propertyKey(p.name),
      hasQuestionToken: !p.required || (direction === 'request' && p.schema.readOnly === true) || (direction === 'response' && p.schema.writeOnly === true),
      type: typeExpression(p.schema, ctx),
      docs: jsDocs(schemaDocLines(p.schema)),
    }));
    const indexSignatures = typeof schema.additionalProperties === 'object' ? [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }] : [];
    return { kind: StructureKind.Interface, name, isExported: true, docs: jsDocs(docLines), properties, indexSignatures };
  }
  return { kind: StructureKind.TypeAlias, name, isExported: true, docs: jsDocs(docLines), type: typeExpression(schema, ctx) };
}

/** `src/schemas/types.ts`: one declaration per named schema, in type-name order. */
export function emitSchemaTypes(api: Api, byId: Map<string, NamedSchema>): string {
  const ctx: TypeContext = { byId, direction: 'response', use: () => undefined };
  return printFile(api.schemas.map((s) => declare({ name: s.typeName, schema: s.schema, direction: 'response' }, ctx)));
}

/** `src/<resource>.types.ts`: params, body and response types of one resource's operations. */
export function emitOperationTypes(resource: Resource, byId: Map<string, NamedSchema>): string {
  const used = new Set<NamedSchema>();
  const statements: StatementStructures[] = [];
  for (const decl of operationDeclarations(resource.operations)) {
    statements.push(declare(decl, { byId, direction: decl.direction, use: (n) => used.add(n) }));
  }
  const names = [...used].map((n) => n.typeName).sort();
  const imports = names.length > 0 ? [`import type { ${names.join(', ')} } from '${relativeImport(resource.modulePath, 'schemas/types')}';`] : [];
  return printFile([...imports, ...statements]);
}

function operationDeclarations(operations: Operation[]): Declaration[] {
  const out: Declaration[] = [];
  for (const op of operations) {
    const where = `\`${op.method.toUpperCase()} ${commentText(op.path)}\``;
    out.push({ name: op.typeNames.params, schema: paramsSchema(op), direction: 'request', docs: [`Parameters of \`${op.resource.join('.')}.${op.methodName}\` (${where}).`] });
    out.push({ name: op.typeNames.response, schema: op.response.resultSchema ?? { kind: 'null', nullable: false }, direction: 'response', docs: op.response.resultSchema ? [] : ['The response has no body.'] });
  }
  return out;
}

/**
 * The params object as an object schema: client-fillable path params, query and header
 * params, and the JSON request body under `body`. The body is not spread into the params
 * because a body field may share its name with a query parameter, and bodies need not
 * be objects.
 */
export function paramsSchema(op: Operation): Schema {
  const body = op.requestBody ? [{ name: 'body', required: op.requestBody.required, schema: { ...op.requestBody.schema, description: op.requestBody.description ?? op.requestBody.schema.description ?? 'The JSON request body.' } as Schema }] : [];
  return {
    kind: 'object',
    nullable: false,
    additionalProperties: true,
    properties: [...op.objectParams.map((p: Parameter) => ({
      name: p.name,
      required: p.required && p.clientOption === undefined,
      schema: {
        ...p.schema,
        description: [p.description ?? p.schema.description, p.clientOption ? `Defaults to the client's \`${p.clientOption}\` option.` : undefined].filter(Boolean).join('\n\n') || undefined,
        ...(p.deprecated ? { deprecated: true } : {}),
      } as Schema,
    })), ...body],
  };
}
