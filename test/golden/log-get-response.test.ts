import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { Node, Project, SymbolFlags, type PropertySignature, type Type } from 'ts-morph';
import {
  LOG_DETAIL_OPERATION_ID,
  SEED_OPTIONAL_FIELDS,
  SEED_REQUIRED_FIELDS,
  seedExampleBody,
} from '../support/log-detail-seed.js';
import {
  REPO_ROOT,
  SpecReader,
  configuredSpecFile,
  findOperation,
  objectView,
  responseContent,
  type PropertyView,
} from '../support/spec-reader.js';

/**
 * `LogGetResponse` in the committed package, checked three ways: against expectations derived
 * from the spec the config names, against the published documentation page, and against
 * openapi-typescript's reading of the same spec.
 */

const TYPES_FILE = join(REPO_ROOT, 'generated/src/resources/ai-gateway/logs.types.ts');
const TYPE_NAME = 'LogGetResponse';

// ---- what the spec says -------------------------------------------------------------------

const reader = new SpecReader();
const specFile = configuredSpecFile();
const { operation } = findOperation(reader, specFile, LOG_DETAIL_OPERATION_ID);
const response = responseContent(reader, operation, '200');
const envelope = objectView(reader, response.schema);
const resultProperty = envelope.properties.find((p) => p.name === 'result');
if (!resultProperty)
  throw new Error(`The 200 response of ${LOG_DETAIL_OPERATION_ID} in ${specFile} has no "result" property`);
const result = objectView(reader, resultProperty.schema);

interface ExpectedProperty {
  name: string;
  optional: boolean;
  /** Members of the TypeScript union, sorted: `['null', 'number']` for a nullable integer. */
  type: string[];
  /** The spec's description, which must appear as the property's JSDoc text ('' when it has none). */
  description: string;
  format?: string;
  deprecated: boolean;
}

const PRIMITIVE_TS_TYPES: Record<string, string> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};

/**
 * The TypeScript type a property schema must get. Only the shapes the log-detail response uses
 * are derived; anything else fails loudly, so a spec change cannot make the check vacuous.
 */
function expectedType(property: PropertyView): string[] {
  const schema = property.schema.value;
  const types = Array.isArray(schema.type)
    ? (schema.type as unknown[])
    : schema.type === undefined
      ? []
      : [schema.type];
  const members = new Set<string>();
  for (const t of types) {
    const ts = typeof t === 'string' ? PRIMITIVE_TS_TYPES[t] : undefined;
    if (ts === undefined || schema.enum !== undefined || schema.const !== undefined || types.length === 0) {
      throw new Error(
        `Cannot derive a TypeScript type for result.${property.name} (${JSON.stringify(schema)}); extend expectedType in ${import.meta.url}`,
      );
    }
    members.add(ts);
  }
  if (members.size === 0) throw new Error(`result.${property.name} has no "type"; extend expectedType`);
  if (schema.nullable === true) members.add('null');
  return [...members].sort();
}

const expectedProperties: ExpectedProperty[] = result.properties.map((p) => ({
  name: p.name,
  optional: !p.required,
  type: expectedType(p),
  description: typeof p.schema.value.description === 'string' ? p.schema.value.description : '',
  ...(typeof p.schema.value.format === 'string' ? { format: p.schema.value.format } : {}),
  deprecated: p.schema.value.deprecated === true,
}));

// ---- what was generated -------------------------------------------------------------------

interface GeneratedProperty {
  name: string;
  optional: boolean;
  nullable: boolean;
  type: string[];
  description: string;
  tags: { name: string; text: string }[];
}

/** Whitespace-insensitive, and with `*\/` written the way it must be inside a JSDoc block. */
function normaliseDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

function describeProperty(declaration: PropertySignature): GeneratedProperty {
  const typeNode = declaration.getTypeNodeOrThrow();
  const type = (Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : [typeNode]).map((n) => n.getText()).sort();
  const docs = declaration.getJsDocs();
  return {
    name: declaration.getSymbolOrThrow().getName(),
    optional: declaration.hasQuestionToken(),
    nullable: type.includes('null'),
    type,
    description: docs
      .map((d) => d.getDescription())
      .join('\n')
      .trim(),
    tags: docs
      .flatMap((d) => d.getTags())
      .map((t) => ({ name: t.getTagName(), text: t.getCommentText()?.trim() ?? '' })),
  };
}

/** Every property of a type, own or inherited, by the declaration that gives it. */
function propertiesOf(type: Type): Map<string, PropertySignature> {
  const out = new Map<string, PropertySignature>();
  for (const symbol of type.getProperties()) {
    const declaration = symbol.getDeclarations().find(Node.isPropertySignature);
    if (!declaration) throw new Error(`${TYPE_NAME}.${symbol.getName()} is not declared as a property signature`);
    out.set(symbol.getName(), declaration);
  }
  return out;
}

let generated: Map<string, GeneratedProperty>;
let interfaceDescription: string;

beforeAll(() => {
  const project = new Project({ tsConfigFilePath: join(REPO_ROOT, 'generated/tsconfig.json') });
  const declaration = project.getSourceFileOrThrow(TYPES_FILE).getInterface(TYPE_NAME);
  if (!declaration) throw new Error(`${TYPES_FILE} declares no interface ${TYPE_NAME}`);
  interfaceDescription = declaration
    .getJsDocs()
    .map((d) => d.getDescription())
    .join('\n')
    .trim();
  generated = new Map([...propertiesOf(declaration.getType())].map(([name, p]) => [name, describeProperty(p)]));
});

function generatedProperty(name: string): GeneratedProperty {
  const property = generated.get(name);
  if (!property) throw new Error(`${TYPE_NAME} has no property "${name}"`);
  return property;
}

// ---- the checks ---------------------------------------------------------------------------

describe(`${TYPE_NAME} against the spec the config names`, () => {
  it('has exactly the properties of the 200 response envelope\'s "result"', () => {
    expect([...generated.keys()].sort()).toEqual(expectedProperties.map((p) => p.name).sort());
  });

  it.each(expectedProperties)('types $name as the spec says', (want) => {
    const got = generatedProperty(want.name);
    expect({ optional: got.optional, type: got.type }).toEqual({ optional: want.optional, type: want.type });
  });

  it.each(expectedProperties)("documents $name with the spec's description, format and deprecation", (want) => {
    const got = generatedProperty(want.name);
    expect(normaliseDoc(got.description)).toBe(normaliseDoc(want.description));
    expect(got.tags.filter((t) => t.name === 'format').map((t) => t.text)).toEqual(
      want.format === undefined ? [] : [want.format],
    );
    expect(got.tags.some((t) => t.name === 'deprecated')).toBe(want.deprecated);
  });

  it('documents the interface with the "result" schema\'s description', () => {
    expect(normaliseDoc(interfaceDescription)).toBe(normaliseDoc(result.description ?? ''));
  });

  it('makes the nullable integers tokens_in and tokens_out required `number | null`', () => {
    for (const name of ['tokens_in', 'tokens_out']) {
      expect(generatedProperty(name)).toMatchObject({ optional: false, type: ['null', 'number'] });
    }
  });
});

describe(`${TYPE_NAME} against the published documentation page`, () => {
  const required = Object.keys(SEED_REQUIRED_FIELDS);
  const optional = Object.keys(SEED_OPTIONAL_FIELDS);
  const fields = [
    ...Object.entries(SEED_REQUIRED_FIELDS).map(([name, type]) => ({
      name,
      type,
      optional: false,
      presence: 'required',
    })),
    ...Object.entries(SEED_OPTIONAL_FIELDS).map(([name, type]) => ({
      name,
      type,
      optional: true,
      presence: 'optional',
    })),
  ];

  it("has the page's 10 required and 15 optional fields, 25 in all", () => {
    expect(required).toHaveLength(10);
    expect(optional).toHaveLength(15);
    expect(Object.keys(seedExampleBody().result).sort()).toEqual([...required, ...optional].sort());
    expect([...generated.keys()].sort()).toEqual([...required, ...optional].sort());
    expect(generated.size).toBe(25);
  });

  it.each(fields)('makes $name $presence, of type $type', (want) => {
    const got = generatedProperty(want.name);
    expect(got.optional).toBe(want.optional);
    // Nullability is not on the page (a Go int64 cannot be null); the spec-derived suite checks it.
    expect(got.type.filter((t) => t !== 'null')).toEqual([want.type]);
  });
});

describe(`${TYPE_NAME} against openapi-typescript's types for the same spec`, () => {
  interface Shape {
    optional: boolean;
    nullable: boolean;
  }

  it('agrees on the property names, optionality and nullability of the 200 response\'s "result"', async () => {
    const ast = await openapiTS(pathToFileURL(specFile), { silent: true });
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    const file = project.createSourceFile(
      '/openapi.ts',
      `${astToString(ast)}\nexport type LogDetailResult = operations[${JSON.stringify(LOG_DETAIL_OPERATION_ID)}]["responses"][200]["content"][${JSON.stringify(response.mediaType)}]["result"];\n`,
    );
    const problems = project.getPreEmitDiagnostics().map((d) => d.getMessageText().toString());
    expect(problems).toEqual([]);

    const alias = file.getTypeAliasOrThrow('LogDetailResult');
    const theirs: Record<string, Shape> = {};
    for (const symbol of alias.getType().getProperties()) {
      const type = symbol.getTypeAtLocation(alias);
      theirs[symbol.getName()] = {
        optional: symbol.hasFlags(SymbolFlags.Optional),
        nullable: type.isNull() || type.getUnionTypes().some((t) => t.isNull()),
      };
    }
    const ours: Record<string, Shape> = {};
    for (const [name, p] of generated) ours[name] = { optional: p.optional, nullable: p.nullable };

    expect(Object.keys(theirs)).toHaveLength(expectedProperties.length);
    expect(ours).toEqual(theirs);
  }, 180_000);
});
