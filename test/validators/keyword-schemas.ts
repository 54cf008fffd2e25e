/**
 * Component schemas, one or a few per keyword, shared by the keyword tables
 * (`keywords.test.ts`: given/want rows with exact issues) and the differential test (fast-check
 * values, generated validator vs ajv). One spec per dialect keeps it to one emit + import each.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A property literally named "__proto__": a computed key, since `{ __proto__: x }` would set the prototype. */
const protoProperty = { ['__proto__']: { type: 'object' } };

const cat = { type: 'object', required: ['petType', 'meow'], properties: { petType: { type: 'string' }, meow: { type: 'boolean' } } };
const dog = { type: 'object', required: ['petType', 'bark'], properties: { petType: { type: 'string' }, bark: { type: 'integer', minimum: 0 } } };

/** OpenAPI 3.0: `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`. */
export const SCHEMAS_30: Record<string, unknown> = {
  // type
  Str: { type: 'string' },
  Int: { type: 'integer' },
  Num: { type: 'number' },
  Bool: { type: 'boolean' },
  Obj: { type: 'object' },
  Arr: { type: 'array' },
  // no type: a number keyword applies to numbers only, a string keyword to strings only
  Typeless: { maximum: 10 },
  TypelessLength: { minLength: 2 },
  // nullable
  NullableStr: { type: 'string', nullable: true },
  NullableObj: { type: 'object', nullable: true, required: ['a'], properties: { a: { type: 'integer' } } },
  NullableEnum: { type: 'string', nullable: true, enum: ['a', 'b'] },
  NullableRef: { nullable: true, allOf: [ref('Owner')] },
  Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
  // enum
  Color: { type: 'string', enum: ['red', 'green'] },
  MixedEnum: { enum: [1, 'one', true] },
  // more than six values: the validator uses a Set
  Letters: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
  // required, properties
  Person: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' }, nick: { type: 'string' } } },
  RequiredOnly: { type: 'object', required: ['x'] },
  RequiredConstructor: { type: 'object', required: ['constructor'], properties: { constructor: { type: 'string' } } },
  RequiredProto: { type: 'object', required: ['__proto__'], properties: protoProperty },
  OddKeys: { type: 'object', required: ['a/b', 'c~d'], properties: { 'a/b': { type: 'integer' }, 'c~d': { type: 'integer' } } },
  // additionalProperties
  Closed: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
  Open: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
  IntMap: { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: { type: 'integer' } },
  // items, minItems/maxItems, uniqueItems
  Strings: { type: 'array', items: { type: 'string' } },
  OneOrTwo: { type: 'array', minItems: 1, maxItems: 2 },
  Unique: { type: 'array', uniqueItems: true },
  // minLength/maxLength (code points), pattern
  Short: { type: 'string', minLength: 2, maxLength: 3 },
  Slug: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
  Letter: { type: 'string', pattern: '^\\p{L}+$' },
  Unanchored: { type: 'string', pattern: 'b' },
  // minimum/maximum, 3.0 boolean exclusive bounds, multipleOf
  Range: { type: 'number', minimum: 1, maximum: 10 },
  Open01: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
  Closed01: { type: 'number', minimum: 0, exclusiveMinimum: false, maximum: 1, exclusiveMaximum: false },
  Fives: { type: 'integer', multipleOf: 5 },
  Halves: { type: 'number', multipleOf: 0.5 },
  Cents: { type: 'number', multipleOf: 0.01 },
  // allOf, anyOf, oneOf
  Employee: { allOf: [ref('Person'), { type: 'object', required: ['badge'], properties: { badge: { type: 'integer', minimum: 1 } } }] },
  StrOrInt: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
  IntXorBig: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 5 }] },
  // discriminator
  Cat: cat,
  Dog: dog,
  PetByRef: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } },
  PetByName: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType', mapping: { cat: 'Cat', dog: 'Dog' } } },
  PetImplicit: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType' } },
  // recursion
  Tree: { type: 'object', required: ['value'], properties: { value: { type: 'integer' }, children: { type: 'array', items: ref('Tree') } } },
  Ping: { type: 'object', properties: { pong: ref('Pong') } },
  Pong: { type: 'object', required: ['n'], properties: { n: { type: 'integer' }, ping: ref('Ping') } },
  // formats (named "...Value": a component named like a format checker, e.g. "Email", shadows it;
  // see regressions.test.ts)
  DateTimeValue: { type: 'string', format: 'date-time' },
  DateValue: { type: 'string', format: 'date' },
  TimeValue: { type: 'string', format: 'time' },
  UuidValue: { type: 'string', format: 'uuid' },
  EmailValue: { type: 'string', format: 'email' },
  UriValue: { type: 'string', format: 'uri' },
  Ipv4Value: { type: 'string', format: 'ipv4' },
  Ipv6Value: { type: 'string', format: 'ipv6' },
  // OpenAPI's numeric formats: ajv-formats (full mode) checks int32's range.
  Int32: { type: 'integer', format: 'int32' },
  Int64: { type: 'integer', format: 'int64' },
  // a nested object, to see unknown properties kept at every level
  Order: { type: 'object', required: ['id', 'lines'], properties: { id: { type: 'string' }, lines: { type: 'array', items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } } } } },
};

/** OpenAPI 3.1: type arrays with "null", const, prefixItems, numeric exclusive bounds, boolean schemas. */
export const SCHEMAS_31: Record<string, unknown> = {
  StrOrNull: { type: ['string', 'null'] },
  OnlyNull: { type: 'null' },
  IntOrStr: { type: ['integer', 'string'] },
  NullableCount: { type: ['integer', 'null'], minimum: 0 },
  NullableColor: { type: ['string', 'null'], enum: ['red', 'green'] },
  EnumWithNull: { type: ['string', 'null'], enum: ['red', null] },
  ConstStr: { const: 'x' },
  ConstNum: { const: 1 },
  TypedConst: { type: 'string', const: 'x' },
  Pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
  Header: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'boolean' } },
  Excl: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 },
  ExclInt: { type: 'integer', exclusiveMinimum: 0, maximum: 3 },
  BoolSchemas: { type: 'object', properties: { any: true, none: false } },
  Weight: { type: 'number', minimum: 0 },
  Parcel: { type: 'object', properties: { weight: { $ref: '#/components/schemas/Weight', maximum: 10 } } },
  Shape: {
    oneOf: [ref('Circle'), ref('Square')],
    discriminator: { propertyName: 'kind', mapping: { circle: 'Circle', square: '#/components/schemas/Square' } },
  },
  Circle: { type: 'object', required: ['kind', 'radius'], properties: { kind: { const: 'circle' }, radius: { type: 'number', exclusiveMinimum: 0 } } },
  Square: { type: 'object', required: ['kind', 'side'], additionalProperties: false, properties: { kind: { const: 'square' }, side: { type: 'number', exclusiveMinimum: 0 } } },
  Node: { type: 'object', required: ['value'], properties: { value: { type: 'integer' }, next: { anyOf: [ref('Node'), { type: 'null' }] } } },
};
