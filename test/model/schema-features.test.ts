import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../support/spec-reader.js';
import { buildSpec, cleanUp, isValidTypeName, openapi, ROOT_FILE, typecheckAll, type BuiltSpec, type OpenApiVersion, type SpecFiles } from '../support/model-harness.js';

/**
 * Table-driven model + emitter tests, one row per schema feature, each given in OpenAPI 3.0
 * and 3.1 form (tuples only in 3.1, which introduced `prefixItems`).
 *
 * given: a tiny spec (plus other files for cross-file `$ref`s).
 * want:  (a) the IR the model stage builds, by type name (`target`s shown as type names), and
 *        (b) the exact declarations the type emitter prints (before prettier).
 * Each row may add a usage snippet (`check`); every emitted module and snippet is type-checked
 * in ONE TypeScript program at the end, so `@ts-expect-error` lines assert what must not compile.
 */

interface Want {
  /** Partial IR of named schemas, by type name (matched with `toMatchObject`). */
  schemas?: Record<string, unknown>;
  /** Exact printed declarations (with JSDoc), by type name. */
  declarations?: Record<string, string>;
  /** Custom assertions on the built model. */
  also?: (built: BuiltSpec) => void;
  /** A module placed at `src/check.ts` next to `src/schemas/types.ts` and `src/resources/*.types.ts`. */
  check?: string;
}

interface Row {
  feature: string;
  given: Partial<Record<OpenApiVersion, SpecFiles>>;
  want: Want;
  /** What differs from `want` in one version (the IR of `nullable` vs a type list, say). */
  wantIn?: Partial<Record<OpenApiVersion, Want>>;
}

/** The same component schemas as a 3.0 and a 3.1 document. */
function both(schemas: Record<string, unknown>, paths?: Record<string, unknown>, extraFiles: SpecFiles = {}): Record<OpenApiVersion, SpecFiles> {
  return {
    '3.0': { [ROOT_FILE]: openapi('3.0', { schemas, ...(paths ? { paths } : {}) }), ...extraFiles },
    '3.1': { [ROOT_FILE]: openapi('3.1', { schemas, ...(paths ? { paths } : {}) }), ...extraFiles },
  };
}

function perVersion(make: (v: OpenApiVersion) => { schemas: Record<string, unknown>; paths?: Record<string, unknown>; files?: SpecFiles }): Record<OpenApiVersion, SpecFiles> {
  const build = (v: OpenApiVersion) => {
    const { schemas, paths, files = {} } = make(v);
    return { [ROOT_FILE]: openapi(v, { schemas, ...(paths ? { paths } : {}) }), ...files };
  };
  return { '3.0': build('3.0'), '3.1': build('3.1') };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** `null` admitted: 3.0's `nullable: true`, 3.1's `"null"` in the type list. */
const orNull = (v: OpenApiVersion, type: string, rest: Record<string, unknown> = {}) => (v === '3.0' ? { type, nullable: true, ...rest } : { type: [type, 'null'], ...rest });

/** `POST /things`, mapped to `things.create` (types `ThingCreateParams` / `ThingCreateResponse`). */
function createThing(requestSchema: unknown, responseSchema: unknown): Record<string, unknown> {
  return {
    '/things': {
      post: {
        operationId: 'things-create',
        'x-fern-sdk-group-name': 'things',
        'x-fern-sdk-method-name': 'create',
        requestBody: { required: true, content: { 'application/json': { schema: requestSchema } } },
        responses: { '200': { description: 'Created.', content: { 'application/json': { schema: responseSchema } } } },
      },
    },
  };
}

const PET_MEMBERS = {
  Cat: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['cat'] }, meows: { type: 'boolean' } } },
  Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['dog'] }, barks: { type: 'boolean' } } },
};
const PET_CHECK = `import type { Cat, Dog, Pet } from './schemas/types.js';
export function narrow(p: Pet): Cat | Dog {
  if (p.kind === 'cat') {
    const c: Cat = p;
    return c;
  }
  const d: Dog = p;
  return d;
}
// @ts-expect-error a kind no member has
export const bird: Pet = { kind: 'bird' };
`;

/**
 * Names a generated package's entry point exports from its runtime (templates/index.ts.hbs + templates/runtime/core).
 * The config's error alias is not one of them: the model reserves it with the client class's name.
 */
function runtimeExportNames(): string[] {
  const index = readFileSync(join(REPO_ROOT, 'templates/index.ts.hbs'), 'utf8')
    .replace(/\{\{#if errorAlias\}\}[\s\S]*?\{\{\/if\}\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '');
  const names = new Set<string>();
  const file = ts.createSourceFile('index.ts', index, ts.ScriptTarget.ES2022, true);
  for (const s of file.statements) {
    if (!ts.isExportDeclaration(s) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier) || !s.moduleSpecifier.text.startsWith('./core/')) continue;
    if (s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) names.add(e.name.text);
    } else {
      // `export * from './core/x.js'`: every export of that runtime module.
      const path = join(REPO_ROOT, 'templates/runtime', s.moduleSpecifier.text.replace(/\.js$/, '.ts'));
      const core = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      for (const c of core.statements) {
        const exported = ts.canHaveModifiers(c) && ts.getModifiers(c)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (exported && (ts.isClassDeclaration(c) || ts.isInterfaceDeclaration(c) || ts.isTypeAliasDeclaration(c) || ts.isFunctionDeclaration(c)) && c.name) names.add(c.name.text);
      }
    }
  }
  return [...names].sort();
}
const RUNTIME_EXPORTS = runtimeExportNames();
/** PascalCase runtime exports: the ones a schema name can turn into. */
const RUNTIME_TYPE_NAMES = RUNTIME_EXPORTS.filter((n) => /^[A-Z]/.test(n));

const NAMING_SCHEMAS: Record<string, unknown> = {
  'foo-bar': { type: 'string' },
  foo_bar: { type: 'integer' },
  Record: { type: 'object', properties: { a: { type: 'string' } } },
  Error: { type: 'object', properties: { message: { type: 'string' } } },
  class: { type: 'string' },
  interface: { type: 'string' },
  '1st': { type: 'string' },
  // Uses the global Record and Error names, which a schema must not shadow.
  Uses: { type: 'object', properties: { map: { type: 'object', additionalProperties: { type: 'string' } }, error: ref('Error'), record: ref('Record'), first: ref('1st'), k: ref('class') } },
};

const rows: Row[] = [
  // ---- $ref ----------------------------------------------------------------------------
  {
    feature: 'local $ref: a property typed by a component is a reference to its named type',
    given: both({
      Person: { type: 'object', properties: { name: { type: 'string' } } },
      Pet: { type: 'object', required: ['owner'], properties: { owner: ref('Person') } },
    }),
    want: {
      schemas: {
        Pet: { kind: 'object', properties: [{ name: 'owner', required: true, schema: { kind: 'ref', target: 'Person', nullable: false } }] },
        Person: { kind: 'object', properties: [{ name: 'name', required: false, schema: { kind: 'string' } }] },
      },
      declarations: {
        Pet: 'export interface Pet {\n  owner: Person;\n}',
        Person: 'export interface Person {\n  name?: string;\n}',
      },
    },
  },
  {
    feature: 'cross-file $ref: a schema in another file becomes a named type of its own',
    given: both(
      { Pet: { type: 'object', required: ['owner'], properties: { owner: { $ref: './people.yaml#/Person' }, tags: { type: 'array', items: { $ref: './people.yaml#/Tag' } } } } },
      undefined,
      { 'people.yaml': { Person: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } }, Tag: { type: 'string', enum: ['a', 'b'] } } },
    ),
    want: {
      schemas: {
        Pet: { kind: 'object', properties: [{ name: 'owner', schema: { kind: 'ref', target: 'Person' } }, { name: 'tags', schema: { kind: 'array', items: { kind: 'ref', target: 'Tag' } } }] },
        Person: { kind: 'object', properties: [{ name: 'name', required: true, schema: { kind: 'string' } }] },
        Tag: { kind: 'enum', values: ['a', 'b'] },
      },
      declarations: {
        Pet: 'export interface Pet {\n  owner: Person;\n  tags?: Tag[];\n}',
        Person: 'export interface Person {\n  name: string;\n}',
        Tag: "export type Tag = 'a' | 'b';",
      },
      also: (b) => expect(b.named('Person').source).toEqual({ file: join(b.dir, 'people.yaml'), pointer: '/Person' }),
    },
  },
  {
    feature: 'refs to refs: each alias in a chain (across files) is its own named type, ending at the real schema',
    given: both(
      { Id: ref('AccountId'), AccountId: { $ref: './ids.yaml#/Uuid' }, Holder: { type: 'object', required: ['id'], properties: { id: ref('Id') } } },
      undefined,
      { 'ids.yaml': { Uuid: { $ref: '#/Text' }, Text: { type: 'string', format: 'uuid' } } },
    ),
    want: {
      schemas: {
        Id: { kind: 'ref', target: 'AccountId' },
        AccountId: { kind: 'ref', target: 'Uuid' },
        Uuid: { kind: 'ref', target: 'Text' },
        Text: { kind: 'string', format: 'uuid' },
      },
      declarations: {
        Id: 'export type Id = AccountId;',
        AccountId: 'export type AccountId = Uuid;',
        Uuid: 'export type Uuid = Text;',
        Text: '/** @format uuid */\nexport type Text = string;',
        Holder: 'export interface Holder {\n  id: Id;\n}',
      },
      check: `import type { Holder } from './schemas/types.js';\nexport const h: Holder = { id: 'x' };\n// @ts-expect-error the chain ends at a string\nexport const bad: Holder = { id: 1 };\n`,
    },
  },
  {
    feature: 'recursive schemas: self-reference and mutual recursion across files',
    given: both(
      {
        Tree: { type: 'object', required: ['children'], properties: { value: { type: 'string' }, children: { type: 'array', items: ref('Tree') } } },
        Node: { type: 'object', properties: { edges: { type: 'array', items: { $ref: './graph.yaml#/Edge' } } } },
      },
      undefined,
      { 'graph.yaml': { Edge: { type: 'object', required: ['to'], properties: { to: { $ref: './openapi.yaml#/components/schemas/Node' } } } } },
    ),
    want: {
      schemas: {
        Tree: { kind: 'object', properties: [{ name: 'value' }, { name: 'children', required: true, schema: { kind: 'array', items: { kind: 'ref', target: 'Tree' } } }] },
        Node: { kind: 'object', properties: [{ name: 'edges', schema: { kind: 'array', items: { kind: 'ref', target: 'Edge' } } }] },
        Edge: { kind: 'object', properties: [{ name: 'to', required: true, schema: { kind: 'ref', target: 'Node' } }] },
      },
      declarations: {
        Tree: 'export interface Tree {\n  value?: string;\n  children: Tree[];\n}',
        Node: 'export interface Node {\n  edges?: Edge[];\n}',
        Edge: 'export interface Edge {\n  to: Node;\n}',
      },
      check: `import type { Node, Tree } from './schemas/types.js';\nexport const t: Tree = { children: [{ value: 'leaf', children: [] }] };\nexport const n: Node = { edges: [{ to: { edges: [] } }] };\n`,
    },
  },

  // ---- composition and discriminators ---------------------------------------------------
  {
    feature: 'oneOf + discriminator mapped by $ref: a union the property narrows',
    given: both({ Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } }, ...PET_MEMBERS }),
    want: {
      schemas: {
        Pet: {
          kind: 'oneOf',
          members: [{ kind: 'ref', target: 'Cat' }, { kind: 'ref', target: 'Dog' }],
          discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', target: 'Cat' }, { value: 'dog', target: 'Dog' }] },
        },
      },
      declarations: { Pet: 'export type Pet = Cat | Dog;', Cat: "export interface Cat {\n  kind: 'cat';\n  meows?: boolean;\n}" },
      check: PET_CHECK,
    },
  },
  {
    feature: 'oneOf + discriminator mapped by bare schema name (including a name that is not an identifier)',
    given: both({
      Pet: { oneOf: [ref('Cat'), ref('dog-pet')], discriminator: { propertyName: 'kind', mapping: { cat: 'Cat', dog: 'dog-pet' } } },
      Cat: PET_MEMBERS.Cat,
      'dog-pet': PET_MEMBERS.Dog,
    }),
    want: {
      schemas: {
        Pet: { kind: 'oneOf', discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', target: 'Cat' }, { value: 'dog', target: 'DogPet' }] } },
      },
      declarations: { Pet: 'export type Pet = Cat | DogPet;', DogPet: "export interface DogPet {\n  kind: 'dog';\n  barks?: boolean;\n}" },
      also: (b) => expect(b.diagnostics.items).toEqual([]),
      check: PET_CHECK.replace(/\bDog\b/g, 'DogPet'),
    },
  },
  {
    feature: 'oneOf + discriminator without a mapping: each $ref member is selected by its component name',
    given: both({ Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } }, ...PET_MEMBERS }),
    want: {
      schemas: { Pet: { kind: 'oneOf', discriminator: { propertyName: 'kind', mapping: [{ value: 'Cat', target: 'Cat' }, { value: 'Dog', target: 'Dog' }] } } },
      declarations: { Pet: 'export type Pet = Cat | Dog;' },
    },
  },
  {
    feature: 'anyOf + discriminator mixing a bare-name and a $ref mapping',
    given: both({
      Shape: { anyOf: [ref('Circle'), ref('Square')], discriminator: { propertyName: 'type', mapping: { circle: 'Circle', square: '#/components/schemas/Square' } } },
      Circle: { type: 'object', required: ['type', 'radius'], properties: { type: { type: 'string', enum: ['circle'] }, radius: { type: 'number' } } },
      Square: { type: 'object', required: ['type', 'side'], properties: { type: { type: 'string', enum: ['square'] }, side: { type: 'number' } } },
    }),
    want: {
      schemas: { Shape: { kind: 'anyOf', members: [{ target: 'Circle' }, { target: 'Square' }], discriminator: { propertyName: 'type', mapping: [{ value: 'circle', target: 'Circle' }, { value: 'square', target: 'Square' }] } } },
      declarations: { Shape: 'export type Shape = Circle | Square;' },
      check: `import type { Shape } from './schemas/types.js';\nexport const area = (s: Shape) => (s.type === 'circle' ? Math.PI * s.radius ** 2 : s.side ** 2);\n`,
    },
  },
  {
    feature: 'allOf inheritance from a base with a discriminator (mapped by bare name): an intersection that pins the value',
    given: both({
      Base: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType', mapping: { cat: 'Cat' } } },
      Cat: { allOf: [ref('Base'), { type: 'object', properties: { petType: { type: 'string', enum: ['cat'] }, lives: { type: 'integer' } } }] },
    }),
    want: {
      schemas: {
        Cat: { kind: 'allOf', members: [{ kind: 'ref', target: 'Base' }, { kind: 'object', properties: [{ name: 'petType', schema: { kind: 'enum', values: ['cat'] } }, { name: 'lives' }] }] },
      },
      declarations: { Cat: "export type Cat = Base & ({\n  petType?: 'cat';\n  lives?: number;\n});" },
      check: `import type { Cat } from './schemas/types.js';\nexport const c: Cat = { petType: 'cat' };\n// @ts-expect-error the allOf member pins petType\nexport const d: Cat = { petType: 'dog' };\n`,
    },
  },

  // ---- null ------------------------------------------------------------------------------
  {
    feature: 'nullable (3.0) and a type list with "null" (3.1) both give `T | null`',
    given: perVersion((v) => ({
      schemas: {
        Name: orNull(v, 'string'),
        Count: orNull(v, 'integer'),
        Holder: { type: 'object', required: ['name'], properties: { name: orNull(v, 'string'), tags: orNull(v, 'array', { items: { type: 'string' } }) } },
      },
    })),
    want: {
      schemas: { Name: { kind: 'string', nullable: true }, Count: { kind: 'number', integer: true, nullable: true }, Holder: { properties: [{ name: 'name', required: true, schema: { kind: 'string', nullable: true } }, { name: 'tags', schema: { kind: 'array', nullable: true } }] } },
      declarations: {
        Name: 'export type Name = string | null;',
        Count: 'export type Count = number | null;',
        Holder: 'export interface Holder {\n  name: string | null;\n  tags?: string[] | null;\n}',
      },
      check: `import type { Holder } from './schemas/types.js';\nexport const h: Holder = { name: null, tags: null };\n`,
    },
  },
  {
    feature: 'a nullable reference: allOf + nullable (3.0), oneOf with {type: "null"} (3.1)',
    given: perVersion((v) => ({
      schemas: {
        Person: { type: 'object', properties: { name: { type: 'string' } } },
        Holder: { type: 'object', required: ['owner'], properties: { owner: v === '3.0' ? { allOf: [ref('Person')], nullable: true } : { oneOf: [ref('Person'), { type: 'null' }] } } },
      },
    })),
    want: { check: `import type { Holder } from './schemas/types.js';\nexport const a: Holder = { owner: null };\nexport const b: Holder = { owner: { name: 'x' } };\n` },
    wantIn: {
      '3.0': {
        schemas: { Holder: { properties: [{ name: 'owner', schema: { kind: 'allOf', nullable: true, members: [{ kind: 'ref', target: 'Person' }] } }] } },
        declarations: { Holder: 'export interface Holder {\n  owner: Person | null;\n}' },
      },
      '3.1': {
        schemas: { Holder: { properties: [{ name: 'owner', schema: { kind: 'oneOf', members: [{ kind: 'ref', target: 'Person' }, { kind: 'null' }] } }] } },
        declarations: { Holder: 'export interface Holder {\n  owner: Person | null;\n}' },
      },
    },
  },

  // ---- literals ----------------------------------------------------------------------------
  {
    feature: 'enum (both) and const (3.1) as literal unions, with quotes escaped and null folded into nullable',
    given: perVersion((v) => ({
      schemas: {
        Status: { type: 'string', enum: ['active', 'disabled'] },
        Only: v === '3.0' ? { type: 'string', enum: ['only'] } : { const: 'only' },
        Code: { type: 'integer', enum: [1, 2, 3] },
        Yes: v === '3.0' ? { type: 'boolean', enum: [true] } : { type: 'boolean', const: true },
        Quoted: { type: 'string', enum: ["it's", 'say "hi"', 'back\\slash'] },
        Level: v === '3.0' ? { type: 'string', enum: ['low', 'high', null], nullable: true } : { type: ['string', 'null'], enum: ['low', 'high', null] },
      },
    })),
    want: {
      schemas: {
        Status: { kind: 'enum', values: ['active', 'disabled'], nullable: false },
        Only: { kind: 'enum', values: ['only'] },
        Code: { kind: 'enum', values: [1, 2, 3] },
        Yes: { kind: 'enum', values: [true] },
        Level: { kind: 'enum', values: ['low', 'high'], nullable: true },
      },
      declarations: {
        Status: "export type Status = 'active' | 'disabled';",
        Only: "export type Only = 'only';",
        Code: 'export type Code = 1 | 2 | 3;',
        Yes: 'export type Yes = true;',
        Quoted: "export type Quoted = 'it\\'s' | 'say \"hi\"' | 'back\\\\slash';",
        Level: "export type Level = ('low' | 'high') | null;",
      },
      check: `import type { Level, Quoted, Status } from './schemas/types.js';\nexport const q: Quoted = 'say "hi"';\nexport const l: Level = null;\n// @ts-expect-error not in the enum\nexport const s: Status = 'deleted';\n`,
    },
  },

  // ---- maps --------------------------------------------------------------------------------
  {
    feature: 'additionalProperties: maps of a type, free-form objects, closed objects, properties plus extra keys',
    given: both({
      Labels: { type: 'object', additionalProperties: { type: 'string' } },
      PetsByName: { type: 'object', additionalProperties: ref('Pet') },
      Free: { type: 'object' },
      Closed: { type: 'object', additionalProperties: false },
      Mixed: { type: 'object', required: ['id'], properties: { id: { type: 'string' } }, additionalProperties: { type: 'integer' } },
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
    }),
    want: {
      schemas: {
        Labels: { kind: 'object', properties: [], additionalProperties: { kind: 'string' } },
        PetsByName: { kind: 'object', additionalProperties: { kind: 'ref', target: 'Pet' } },
        Free: { kind: 'object', properties: [], additionalProperties: true },
        Closed: { kind: 'object', properties: [], additionalProperties: false },
        Mixed: { kind: 'object', properties: [{ name: 'id', required: true }], additionalProperties: { kind: 'number', integer: true } },
      },
      declarations: {
        Labels: 'export type Labels = { [key: string]: string };',
        PetsByName: 'export type PetsByName = { [key: string]: Pet };',
        Free: 'export type Free = Record<string, unknown>;',
        Closed: 'export type Closed = Record<string, never>;',
        Mixed: 'export interface Mixed {\n  id: string;\n  [key: string]: unknown;\n}',
      },
      check: `import type { Closed, Labels, Mixed } from './schemas/types.js';\nexport const l: Labels = { a: 'x' };\nexport const m: Mixed = { id: 'x', extra: 1 };\n// @ts-expect-error map values are strings\nexport const bad: Labels = { a: 1 };\n// @ts-expect-error no keys allowed\nexport const c: Closed = { a: 1 };\n`,
    },
  },

  // ---- arrays and tuples ---------------------------------------------------------------
  {
    feature: 'arrays: of scalars, of arrays, of nullable items, of refs',
    given: perVersion((v) => ({
      schemas: {
        Tags: { type: 'array', items: { type: 'string' } },
        Matrix: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
        Sparse: { type: 'array', items: orNull(v, 'string') },
        Pets: { type: 'array', items: ref('Pet') },
        Anything: { type: 'array' },
        Pet: { type: 'object', properties: { name: { type: 'string' } } },
      },
    })),
    want: {
      schemas: {
        Tags: { kind: 'array', items: { kind: 'string' }, prefixItems: [], closed: false },
        Sparse: { kind: 'array', items: { kind: 'string', nullable: true } },
        Pets: { kind: 'array', items: { kind: 'ref', target: 'Pet' } },
        Anything: { kind: 'array', prefixItems: [] },
      },
      declarations: {
        Tags: 'export type Tags = string[];',
        Matrix: 'export type Matrix = number[][];',
        Sparse: 'export type Sparse = (string | null)[];',
        Pets: 'export type Pets = Pet[];',
        Anything: 'export type Anything = unknown[];',
      },
      also: (b) => expect(b.named('Anything').schema).not.toHaveProperty('items'),
    },
  },
  {
    feature: 'tuples (prefixItems, 3.1): closed, open with rest items, required by minItems',
    given: {
      '3.1': {
        [ROOT_FILE]: openapi('3.1', {
          schemas: {
            Point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2 },
            Header: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'integer' } },
            Pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }], items: false, minItems: 1 },
          },
        }),
      },
    },
    want: {
      schemas: {
        Point: { kind: 'array', closed: true, prefixItems: [{ kind: 'number' }, { kind: 'number' }], minItems: 2 },
        Header: { kind: 'array', closed: false, prefixItems: [{ kind: 'string' }], items: { kind: 'number', integer: true } },
      },
      declarations: {
        Point: 'export type Point = [number, number];',
        Header: 'export type Header = [string?, ...number[]];',
        Pair: 'export type Pair = [string, boolean?];',
      },
      check: `import type { Header, Pair, Point } from './schemas/types.js';\nexport const p: Point = [1, 2];\nexport const h: Header = ['a', 1, 2];\nexport const q: Pair = ['a'];\n// @ts-expect-error a closed tuple takes no third element\nexport const bad: Point = [1, 2, 3];\n`,
    },
  },

  // ---- readOnly / writeOnly ----------------------------------------------------------------
  {
    feature: 'readOnly is optional in a request type, writeOnly in a response type (inline schemas)',
    given: both(
      {},
      createThing(
        { type: 'object', required: ['id', 'name', 'secret'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, secret: { type: 'string', writeOnly: true } } },
        { type: 'object', required: ['id', 'name', 'secret'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, secret: { type: 'string', writeOnly: true } } },
      ),
    ),
    want: {
      also: (b) => {
        const op = b.api.resources[0]!.operations[0]!;
        expect(op.typeNames).toMatchObject({ params: 'ThingCreateParams', response: 'ThingCreateResponse' });
        expect(b.shape(op.requestBody!.contents[0]!.schema)).toMatchObject({ properties: [{ name: 'id', required: true, schema: { readOnly: true } }, { name: 'name' }, { name: 'secret', required: true, schema: { writeOnly: true } }] });
      },
      declarations: {
        ThingCreateParams:
          '/** Parameters of `things.create` (`POST /things`). */\nexport interface ThingCreateParams {\n  /** The request body (application/json). */\n  body: {\n    /** @readonly Set by the server; ignored in requests. */\n    id?: string;\n    name: string;\n    secret: string;\n  };\n}',
        ThingCreateResponse: 'export interface ThingCreateResponse {\n  /** @readonly Set by the server; ignored in requests. */\n  id: string;\n  name: string;\n  secret?: string;\n}',
      },
      check: `import type { ThingCreateParams, ThingCreateResponse } from './resources/things.types.js';
export const create: ThingCreateParams = { body: { name: 'n', secret: 's' } };
// @ts-expect-error writeOnly and required: a request must send it
export const noSecret: ThingCreateParams = { body: { id: 'i', name: 'n' } };
export const read: ThingCreateResponse = { id: 'i', name: 'n' };
// @ts-expect-error readOnly and required: a response has it
export const noId: ThingCreateResponse = { name: 'n' };
`,
    },
  },
  {
    feature: 'readOnly is optional in a request type, writeOnly in a response type (one component $ref used both ways)',
    given: both(
      { Thing: { type: 'object', required: ['id', 'name', 'secret'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, secret: { type: 'string', writeOnly: true } } } },
      createThing(ref('Thing'), ref('Thing')),
    ),
    want: {
      schemas: { Thing: { properties: [{ name: 'id', required: true, schema: { readOnly: true } }, { name: 'name', required: true }, { name: 'secret', required: true, schema: { writeOnly: true } }] } },
      check: `import type { ThingCreateParams, ThingCreateResponse } from './resources/things.types.js';
export const create: ThingCreateParams = { body: { name: 'n', secret: 's' } };
// @ts-expect-error writeOnly and required: a request must send it
export const noSecret: ThingCreateParams = { body: { id: 'i', name: 'n' } };
export const read: ThingCreateResponse = { id: 'i', name: 'n' };
// @ts-expect-error readOnly and required: a response has it
export const noId: ThingCreateResponse = { name: 'n' };
`,
    },
  },

  // ---- documentation -------------------------------------------------------------------------
  {
    feature: 'default documented in JSDoc as JSON (comment-safe)',
    given: both({
      Paging: {
        type: 'object',
        properties: {
          size: { type: 'integer', description: 'Page size.', default: 20 },
          order: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
          filter: { type: 'object', default: { tag: 'a*/b' } },
        },
      },
    }),
    want: {
      schemas: { Paging: { properties: [{ name: 'size', schema: { default: 20, description: 'Page size.' } }, { name: 'order', schema: { default: 'asc' } }, { name: 'filter', schema: { default: { tag: 'a*/b' } } }] } },
      declarations: {
        Paging: 'export interface Paging {\n  /**\n   * Page size.\n   * @default 20\n   */\n  size?: number;\n  /** @default "asc" */\n  order?: \'asc\' | \'desc\';\n  /** @default {"tag":"a*\\/b"} */\n  filter?: Record<string, unknown>;\n}',
      },
    },
  },
  {
    feature: 'deprecated schemas and properties carry @deprecated',
    given: both({
      OldThing: { type: 'object', deprecated: true, description: 'Use NewThing.', properties: { legacy: { type: 'string', deprecated: true }, current: { type: 'string' } } },
    }),
    want: {
      schemas: { OldThing: { deprecated: true, properties: [{ name: 'legacy', schema: { deprecated: true } }, { name: 'current' }] } },
      declarations: { OldThing: '/**\n * Use NewThing.\n * @deprecated\n */\nexport interface OldThing {\n  /** @deprecated */\n  legacy?: string;\n  current?: string;\n}' },
      also: (b) => {
        const schema = b.named('OldThing').schema;
        expect(schema.kind === 'object' ? schema.properties[1]!.schema : 'not an object').not.toHaveProperty('deprecated');
      },
    },
  },

  // ---- names ---------------------------------------------------------------------------------
  {
    feature: 'property names that are not identifiers are quoted keys; identifiers and reserved words stay bare',
    given: both({
      Headers2: {
        type: 'object',
        required: ['content-type'],
        properties: {
          'content-type': { type: 'string' },
          '1st': { type: 'string' },
          'a b': { type: 'string' },
          'a"b\\c': { type: 'string' },
          '': { type: 'string' },
          $ok: { type: 'string' },
          _ok: { type: 'string' },
          class: { type: 'string' },
        },
      },
    }),
    want: {
      schemas: { Headers2: { properties: ['content-type', '1st', 'a b', 'a"b\\c', '', '$ok', '_ok', 'class'].map((name) => ({ name })) } },
      declarations: {
        Headers2:
          "export interface Headers2 {\n  'content-type': string;\n  '1st'?: string;\n  'a b'?: string;\n  'a\"b\\\\c'?: string;\n  ''?: string;\n  $ok?: string;\n  _ok?: string;\n  class?: string;\n}",
      },
      check: `import type { Headers2 } from './schemas/types.js';\nexport const h: Headers2 = { 'content-type': 'x', 'a"b\\\\c': 'y', '': 'z', class: 'c' };\n// @ts-expect-error "content-type" is required\nexport const bad: Headers2 = {};\n`,
    },
  },
  {
    feature: 'schema names become valid, collision-free, deterministic type names (foo-bar/foo_bar, Record, Error, class, 1st)',
    given: both(NAMING_SCHEMAS),
    want: {
      also: (b) => {
        const names = b.api.schemas.map((s) => s.typeName);
        // The checker itself rejects what the raw schema names would be.
        expect(['foo-bar', 'class', 'interface', '1st', 'string'].filter(isValidTypeName)).toEqual([]);
        expect(names.filter((n) => !isValidTypeName(n))).toEqual([]);
        expect(new Set(names).size).toBe(names.length);
        const byPointer = Object.fromEntries(b.api.schemas.map((s) => [s.source.pointer.replace('/components/schemas/', ''), s.typeName]));
        expect(byPointer).toEqual({ 'foo-bar': 'FooBar', foo_bar: 'FooBar2', Record: 'Record2', Error: 'Error2', class: 'Class', interface: 'Interface', '1st': 'T1st', Uses: 'Uses' });
        // Deterministic: the same schemas in the reverse order get the same names.
        const again = buildSpec({ [ROOT_FILE]: openapi('3.1', { schemas: Object.fromEntries(Object.entries(NAMING_SCHEMAS).reverse()) }) });
        expect(Object.fromEntries(again.api.schemas.map((s) => [s.source.pointer.replace('/components/schemas/', ''), s.typeName]))).toEqual(byPointer);
      },
      declarations: { Uses: 'export interface Uses {\n  map?: { [key: string]: string };\n  error?: Error2;\n  record?: Record2;\n  first?: T1st;\n  k?: Class;\n}' },
      check: `import type { Error2, Record2, Uses } from './schemas/types.js';\nexport const u: Uses = { map: { a: 'b' }, error: { message: 'm' } satisfies Error2, record: { a: 'x' } satisfies Record2 };\nexport const e: Error = new Error('the global Error is not shadowed');\n`,
    },
  },
  {
    feature: 'a schema never takes a name the operations or the package entry point already export',
    given: both(
      {
        ThingCreateParams: { type: 'string' },
        ...Object.fromEntries(RUNTIME_TYPE_NAMES.map((n) => [n, { type: 'object', properties: { x: { type: 'string' } } }])),
      },
      createThing({ type: 'object', properties: { a: ref('ThingCreateParams') } }, { type: 'string' }),
    ),
    want: {
      also: (b) => {
        const names = b.api.schemas.map((s) => s.typeName);
        expect(names.filter((n) => n === 'ThingCreateParams' || n === 'ThingCreateResponse')).toEqual([]);
        // Each of these would clash with `export * from './core/errors.js'` (a build error) or be
        // silently shadowed by an explicit runtime export in the generated index.ts.
        expect(names.filter((n) => RUNTIME_EXPORTS.includes(n))).toEqual([]);
        expect(new Set(names).size).toBe(names.length);
      },
    },
  },
];

const cases = rows.flatMap((row) =>
  (['3.0', '3.1'] as const)
    .filter((v) => row.given[v] !== undefined)
    .map((version) => {
      const extra = row.wantIn?.[version] ?? {};
      const want: Want = { ...row.want, ...extra, schemas: { ...row.want.schemas, ...extra.schemas }, declarations: { ...row.want.declarations, ...extra.declarations } };
      return { name: `${row.feature} [${version}]`, files: row.given[version]!, want };
    }),
);

const built = new Map<string, BuiltSpec>();

afterAll(cleanUp);

describe.each(cases)('$name', ({ name, files, want }) => {
  let b: BuiltSpec;
  beforeAll(() => {
    b = buildSpec(files);
    built.set(name, b);
  });

  it('models and emits without errors or warnings', () => {
    expect(b.diagnostics.items.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([]);
  });

  if (want.schemas && Object.keys(want.schemas).length > 0) {
    it('builds the wanted IR', () => {
      for (const [typeName, shape] of Object.entries(want.schemas!)) expect({ typeName, schema: b.shape(b.named(typeName).schema) }).toMatchObject({ typeName, schema: shape as object });
    });
  }

  if (want.declarations && Object.keys(want.declarations).length > 0) {
    it('prints the wanted declarations', () => {
      for (const [typeName, text] of Object.entries(want.declarations!)) expect({ typeName, text: b.declaration(typeName) }).toEqual({ typeName, text });
    });
  }

  if (want.also) {
    it('meets the row-specific expectations', () => want.also!(b));
  }
});

describe('every emitted module and usage snippet, type-checked in one program', () => {
  it('compiles (and every @ts-expect-error line is an error)', () => {
    const entries = cases.map((c) => ({ label: c.name, built: built.get(c.name) ?? buildSpec(c.files), ...(c.want.check ? { check: c.want.check } : {}) }));
    const errors = typecheckAll(entries);
    expect(Object.fromEntries(errors)).toEqual({});
  }, 120_000);
});
