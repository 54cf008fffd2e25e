import { join } from 'node:path';
import AjvModule from 'ajv';
import { ajvOracle, compileComponents, compileSpec, REPO_ROOT, removeRuntimeDirectory, type ValidatorFunctions } from '../support/validator-harness.js';

/**
 * Every disagreement the differential test (or a keyword table) found between the generated
 * validators and ajv, as a named test.
 *
 * "Generator bugs": ajv was right. Each test asserts the correct verdict, which ajv gives (checked
 * too), so that the bug cannot come back.
 *
 * "ajv gaps": we are right. Each test pins our verdict and that raw ajv still gets it wrong, so
 * the note goes stale loudly when ajv is fixed. The differential test corrects these gaps in its
 * reference (see `correctKnownAjvGaps`).
 */

const Ajv = AjvModule.default;
const schema = (name: string) => `/components/schemas/${name}`;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const cat = { type: 'object', required: ['petType', 'meow'], properties: { petType: { type: 'string' }, meow: { type: 'boolean' } } };
const dog = { type: 'object', required: ['petType', 'bark'], properties: { petType: { type: 'string' }, bark: { type: 'integer' } } };
const person = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } };

const specs30 = {
  Typeless: { maximum: 10 },
  TypelessLength: { minLength: 2 },
  TypedEnum: { type: 'string', enum: ['a', 1] },
  Cat: cat,
  Dog: dog,
  PetByRef: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } },
  PetImplicit: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType' } },
  Person: person,
  Fives: { type: 'integer', multipleOf: 5 },
  Clock: { type: 'string', format: 'time' },
  Stamp: { type: 'string', format: 'date-time' },
  Int32: { type: 'integer', format: 'int32' },
  ProtoHolder: { type: 'object', required: ['__proto__'], properties: { ['__proto__']: { type: 'object' } } },
};
const specs31 = {
  Weight: { type: 'number', minimum: 0 },
  Parcel: { type: 'object', properties: { weight: { $ref: '#/components/schemas/Weight', maximum: 10 } } },
  NullableColor: { type: ['string', 'null'], enum: ['red', 'green'] },
  TypedEnum: { type: 'string', enum: ['a', 1] },
};

const v30 = await compileComponents(specs30, '3.0.3');
const v31 = await compileComponents(specs31, '3.1.0');
const ajv30 = ajvOracle(v30.specFile);
const ajv31 = ajvOracle(v31.specFile);
afterAll(removeRuntimeDirectory);

/** Our verdict, checked for consistency between `isX` and `validateX`. */
function verdict(fns: ValidatorFunctions, value: unknown): boolean {
  const ok = fns.validate(value).ok;
  expect(fns.is(value)).toBe(ok);
  return ok;
}

describe('generator bugs found by the differential test (ajv is right), now fixed', () => {
  describe('string and number keywords without a `type` were not applied', () => {
    // JSON Schema applies `maximum` to every number and `minLength` to every string whatever the
    // schema's `type`; the model turns a schema with no `type` (and no properties/items) into
    // "unknown" (now with a `schema-typeless-limits` warning), so the keyword is not checked.
    // The differential test found it through 3.1's `$ref` with a sibling `maximum` (shapes-3-1's
    // TreeNode.weight); the model now gives such siblings the target's type, which the first two
    // tests guard. A typeless schema on its own is still unchecked.
    it('3.1: a $ref with a sibling `maximum: 10` rejects 11 (Parcel.weight)', () => {
      expect(ajv31.validator(schema('Parcel'))({ weight: 11 })).toBe(false);
      expect(verdict(v31.get('Parcel'), { weight: 10 })).toBe(true);
      expect(verdict(v31.get('Parcel'), { weight: -1 })).toBe(false);
      expect(verdict(v31.get('Parcel'), { weight: 11 })).toBe(false);
    });

    it('the shapes-3-1 fixture: TreeNode.weight ($ref Weight + maximum: 10) rejects 10.5', async () => {
      const file = join(REPO_ROOT, 'test/fixtures/golden/shapes-3-1/openapi.yaml');
      const compiled = await compileSpec(file);
      const value = { value: 1, children: [], weight: 10.5 };
      expect(ajvOracle(file, compiled.document).validator(schema('TreeNode'))(value)).toBe(false);
      expect(verdict(compiled.functions('TreeNode'), value)).toBe(false);
    });

    it('3.0: `{maximum: 10}` rejects 11 and still accepts a string', () => {
      expect(ajv30.validator(schema('Typeless'))(11)).toBe(false);
      expect(ajv30.validator(schema('Typeless'))('x')).toBe(true);
      expect(verdict(v30.get('Typeless'), 'x')).toBe(true);
      expect(verdict(v30.get('Typeless'), 11)).toBe(false);
    });

    it('3.0: `{minLength: 2}` rejects "a" and still accepts a number', () => {
      expect(ajv30.validator(schema('TypelessLength'))('a')).toBe(false);
      expect(verdict(v30.get('TypelessLength'), 5)).toBe(true);
      expect(verdict(v30.get('TypelessLength'), 'a')).toBe(false);
    });
  });

  describe('`enum` (and `const`) hid the `type` next to them', () => {
    // The model keeps only the literals when `enum` is present, and a `null` in a type list
    // makes the whole schema nullable, so both keywords are no longer applied together.
    it('3.1: `type: [string, "null"]` with `enum: [red, green]` rejects null (null is not in the enum)', () => {
      expect(ajv31.validator(schema('NullableColor'))(null)).toBe(false);
      expect(verdict(v31.get('NullableColor'), 'red')).toBe(true);
      expect(verdict(v31.get('NullableColor'), null)).toBe(false);
    });

    it.each([
      ['3.0', v30, ajv30],
      ['3.1', v31, ajv31],
    ] as const)('%s: `type: string` with `enum: [a, 1]` rejects the number 1', (_dialect, validators, oracle) => {
      expect(oracle.validator(schema('TypedEnum'))(1)).toBe(false);
      expect(verdict(validators.get('TypedEnum'), 'a')).toBe(true);
      expect(verdict(validators.get('TypedEnum'), 1)).toBe(false);
    });
  });

  describe('a component named like a format checker shadowed it', () => {
    // The schema module imports isEmail (isUuid, ...) from core/formats and also declares
    // `isEmail` for a component named "Email": tsc rejects the package ("Import declaration
    // conflicts with local declaration of 'isEmail'"), so `sdkgen generate` fails; run as plain
    // JavaScript, `isEmail` calls itself until the stack overflows.
    const cases: [string, string, string, string][] = [
      ['Email', 'email', 'user@example.com', 'user@localhost'],
      ['Uuid', 'uuid', '123e4567-e89b-12d3-a456-426614174000', 'nope'],
      ['Uri', 'uri', 'https://example.com/', '/relative'],
      ['DateTime', 'date-time', '2019-10-12T07:20:50Z', '2019-02-29T00:00:00Z'],
      ['Time', 'time', '07:20:50Z', '24:00:00Z'],
      ['Ipv4', 'ipv4', '10.0.0.1', '256.0.0.1'],
      ['Ipv6', 'ipv6', '::1', '1::2::3'],
    ];
    let compiled: Awaited<ReturnType<typeof compileComponents>>;
    beforeAll(async () => {
      compiled = await compileComponents(Object.fromEntries(cases.map(([name, format]) => [name, { type: 'string', format }])), '3.0.3');
    });

    it.each(cases)('a component named %s (format %s) accepts %j and rejects %j', (name, _format, good, bad) => {
      expect(verdict(compiled.get(name), good)).toBe(true);
      expect(verdict(compiled.get(name), bad)).toBe(false);
    });

    it('the emitted module declares no function with the name of one it imports', () => {
      const imported = [...compiled.source.matchAll(/^import \{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().replace(/^type /, '')));
      const declared = [...compiled.source.matchAll(/^(?:export )?function (\w+)/gm)].map((m) => m[1]!);
      expect(declared.filter((name) => imported.includes(name))).toEqual([]);
    });
  });

  describe('the discriminator changed the validation outcome', () => {
    // OpenAPI 3.0.4 and 3.1.1, Discriminator Object: "discriminator MUST NOT change the validation
    // outcome of the schema". The generated check validates only the schema the tag maps to, so
    // it rejects values that match exactly one oneOf member under another tag, and accepts values
    // that match several members.
    it.each([
      ['an unmapped tag on a value only Cat matches', 'PetByRef', { petType: 'bird', meow: true }, true],
      ['the tag "cat" on a value only Dog matches', 'PetByRef', { petType: 'cat', bark: 1 }, true],
      ['the implicit tag "Dog" on a value only Cat matches', 'PetImplicit', { petType: 'Dog', meow: true }, true],
      ['a value both Cat and Dog match (oneOf wants exactly one)', 'PetByRef', { petType: 'cat', meow: true, bark: 1 }, false],
    ] as const)('%s: %s %j valid=%s', (_why, name, value, valid) => {
      expect(ajv30.validator(schema(name))(value)).toBe(valid);
      expect(verdict(v30.get(name), value)).toBe(valid);
    });
  });

  describe('`format: int32` was not checked', () => {
    // OpenAPI defines int32 as a signed 32-bit integer and ajv-formats (full mode) checks the
    // range; the model passes `format` on for strings only, so an integer's format is dropped
    // silently (no `format-unknown` warning either).
    it.each([
      [2147483647, true],
      [-2147483648, true],
      [2147483648, false],
      [-2147483649, false],
    ])('%d valid=%s', (value, valid) => {
      expect(ajv30.validator(schema('Int32'))(value)).toBe(valid);
      expect(verdict(v30.get('Int32'), value)).toBe(valid);
    });
  });

  describe('a "__proto__" key cannot stand in for a required property', () => {
    // JSON.parse makes "__proto__" an own key and leaves the prototype alone, so the required
    // names stay missing. (Validators check JSON data: an object built with another prototype,
    // say Object.create({ id: 1 }), is read through it, as ajv does by default; being exact
    // there would cost every check an Object.getPrototypeOf, about 18% on a log record.)
    it('JSON.parse(\'{"__proto__": {"id": 1, "name": "a"}}\') is rejected, and nothing is polluted', () => {
      const value: unknown = JSON.parse('{"__proto__": {"id": 1, "name": "a"}}');
      expect(verdict(v30.get('Person'), value)).toBe(false);
      expect(ajv30.validator(schema('Person'))(value)).toBe(false);
      expect(({} as Record<string, unknown>).id).toBeUndefined();
    });
    it('Object.create({ id, name }) is read through its prototype, as ajv does without ownProperties', () => {
      const value: unknown = Object.create({ id: 1, name: 'a' });
      expect(verdict(v30.get('Person'), value)).toBe(true);
      expect(new Ajv({ strict: false }).validate(person, value)).toBe(true);
    });
  });
});

describe('ajv gaps (we are right; pinned against raw ajv)', () => {
  it('multipleOf: 5e21 is a multiple of 5 (ajv: `q !== parseInt(q)`, and parseInt("1e+21") is 1)', () => {
    expect(5e21 / 5).toBe(1e21);
    expect(ajv30.validator(schema('Fives'))(5e21)).toBe(false);
    expect(verdict(v30.get('Fives'), 5e21)).toBe(true);
  });

  it('multipleOf in the cloudflare-envelope fixture: a Widget of size 5e21 is valid', async () => {
    const file = join(REPO_ROOT, 'test/fixtures/golden/cloudflare-envelope-3-0/openapi.yaml');
    const compiled = await compileSpec(file);
    const widget = { id: 'w', name: 'w-1', created_on: '2024-01-01T00:00:00Z', size: 5e21 };
    expect(ajvOracle(file, compiled.document).validator(schema('Widget'))(widget)).toBe(false);
    expect(ajvOracle(file, compiled.document, { corrected: true }).validator(schema('Widget'))(widget)).toBe(true);
    expect(verdict(compiled.functions('Widget'), widget)).toBe(true);
  });

  it.each([
    ['Clock', '24:59:00+01:00'],
    ['Clock', '46:59:60+23:00'],
    ['Stamp', '2019-10-12T24:59:00+01:00'],
  ])('%s: %s has no hour 24 or 46 (ajv-formats never range-checks the clock in its leap-second arithmetic)', (name, value) => {
    expect(ajv30.validator(schema(name))(value)).toBe(true);
    expect(verdict(v30.get(name), value)).toBe(false);
  });

  it.each([
    ['Clock', '12:00:59.99999999999999999Z'],
    ['Clock', '23:59:60.99999999999999999Z'],
    ['Stamp', '2019-10-12T12:00:59.99999999999999999Z'],
    ['Stamp', '2016-12-31T23:59:60.99999999999999999Z'],
  ])('%s: %s is valid, as RFC 3339 never carries the fraction into the seconds (ajv-formats reads them with Number(), which rounds up)', (name, value) => {
    expect(ajv30.validator(schema(name))(value)).toBe(false);
    expect(verdict(v30.get(name), value)).toBe(true);
  });

  it('a property named "__proto__" in `properties` is checked (ajv skips it)', () => {
    const value = JSON.parse('{"__proto__": 1}');
    expect(ajv30.validator(schema('ProtoHolder'))(value)).toBe(true);
    expect(verdict(v30.get('ProtoHolder'), value)).toBe(false);
    expect(verdict(v30.get('ProtoHolder'), JSON.parse('{"__proto__": {}}'))).toBe(true);
  });

  it('an inherited "__proto__" or "constructor" does not satisfy `required` (ajv needs `ownProperties: true` for that)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate({ type: 'object', required: ['__proto__'] }, {})).toBe(true);
    expect(ajv.validate({ type: 'object', required: ['constructor'] }, {})).toBe(true);
    expect(verdict(v30.get('ProtoHolder'), {})).toBe(false);
  });
});
