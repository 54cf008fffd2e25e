import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvModule from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

/**
 * ajv as the reference for the generated validators: OpenAPI 3.0 Schema Objects converted to
 * draft-07, 3.1 ones read as 2020-12, over a whole document so that `$ref`s resolve. Nothing
 * here loads the generator: tests that judge generated output import it directly.
 */

type Json = unknown;
type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords that hold one subschema, a list of them, or a map of them (enough for OpenAPI 3.0). */
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** OpenAPI-only annotations; with `strict: false` ajv would ignore them anyway. */
const OPENAPI_ONLY = new Set(['nullable', 'discriminator', 'example', 'xml', 'readOnly', 'writeOnly', 'deprecated', 'externalDocs']);

/**
 * An OpenAPI 3.0 Schema Object as a draft-07 JSON Schema:
 * - `nullable: true` allows null: `null` joins `type` (and an `enum`, which would otherwise
 *   still exclude it); without a `type` the schema becomes `anyOf: [{type: null}, schema]`;
 * - `exclusiveMinimum: true` + `minimum: n` (draft-04 style) becomes `exclusiveMinimum: n`;
 * - keywords next to `$ref` are dropped (3.0 ignores them);
 * - OpenAPI-only keywords are dropped.
 */
export function openapi30ToJsonSchema(schema: Json): Json {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (SUBSCHEMA.includes(key)) out[key] = openapi30ToJsonSchema(value);
    else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map(openapi30ToJsonSchema);
    else if (SUBSCHEMA_MAPS.includes(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, openapi30ToJsonSchema(v)]));
    else out[key] = value;
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[flag] !== 'boolean') continue;
    delete out[flag];
    if (schema[flag] === true && typeof schema[bound] === 'number') {
      out[flag] = schema[bound];
      delete out[bound];
    }
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

/** Applies `convert` to every Schema Object position of an OpenAPI document (components and paths). */
function convertDocument(doc: JsonObject, convert: (schema: Json) => Json): JsonObject {
  const copy = structuredClone(doc) as JsonObject;
  const components = isObject(copy.components) ? copy.components : {};
  if (isObject(components.schemas)) for (const name of Object.keys(components.schemas)) components.schemas[name] = convert(components.schemas[name]);
  const withSchema = (holder: unknown) => {
    if (isObject(holder) && 'schema' in holder) holder.schema = convert(holder.schema);
  };
  const media = (holder: unknown) => {
    if (isObject(holder) && isObject(holder.content)) for (const m of Object.values(holder.content)) withSchema(m);
  };
  for (const p of Object.values(isObject(components.parameters) ? components.parameters : {})) withSchema(p);
  for (const b of Object.values(isObject(components.requestBodies) ? components.requestBodies : {})) media(b);
  for (const r of Object.values(isObject(components.responses) ? components.responses : {})) media(r);
  for (const item of Object.values(isObject(copy.paths) ? copy.paths : {})) {
    if (!isObject(item)) continue;
    if (Array.isArray(item.parameters)) item.parameters.forEach(withSchema);
    for (const op of Object.values(item)) {
      if (!isObject(op)) continue;
      if (Array.isArray(op.parameters)) op.parameters.forEach(withSchema);
      media(op.requestBody);
      if (isObject(op.responses)) Object.values(op.responses).forEach(media);
    }
  }
  return copy;
}

/** A parsed document, read without the generator's loader. */
export function readSpecDocument(file: string): JsonObject {
  const text = readFileSync(file, 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as JsonObject;
}

export interface AjvOracle {
  /** The JSON Schema ajv sees for the Schema Object at `pointer` (after 3.0 conversion). */
  schemaAt(pointer: string): Json;
  /** The whole converted document (what `$ref`s resolve into). */
  document: JsonObject;
  /** ajv's verdict for the Schema Object at `pointer`. */
  validator(pointer: string): (value: unknown) => boolean;
  /**
   * ajv's verdict for a schema that is not in the document but written against it (already
   * converted, as `schemaAt` returns them): its `#/...` refs resolve into the document.
   */
  validatorOf(schema: Json): (value: unknown) => boolean;
}

// ajv and ajv-formats are CommonJS; under the ESM loader the default import is `module.exports`,
// whose `.default` is the same function (and what the NodeNext types describe).
const Ajv = AjvModule.default;
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/**
 * The ajv options every comparison uses: `strict: false` (OpenAPI keywords are ignored),
 * `strictNumbers` (NaN and Infinity are not numbers: JSON has neither), `ownProperties` (an
 * inherited `__proto__` or `constructor` does not satisfy `required`), formats in full mode.
 */
export function newAjv(dialect: 'draft-07' | '2020-12'): InstanceType<typeof Ajv> {
  const options = { strict: false, strictNumbers: true, ownProperties: true, logger: false as const, validateSchema: false, allErrors: false };
  const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv, { mode: 'full' });
  // The formats sdkgen does not check (`hostname`, `uri-reference`, ...) are annotations, as
  // JSON Schema 2020-12 makes every format by default; the generator warns about them.
  for (const name of Object.keys(ajv.formats)) if (!CHECKED_FORMATS.has(name)) ajv.addFormat(name, true);
  return ajv;
}

/** The formats the generated validators check (generator/emit/validators/formats.ts). */
const CHECKED_FORMATS = new Set(['date-time', 'date', 'time', 'uuid', 'email', 'uri', 'ipv4', 'ipv6', 'int32', 'int64']);

/** A JSON pointer as a URI fragment (each segment percent-encoded). */
export function pointerToFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * ajv over a whole OpenAPI document: 3.0 documents are converted (see `openapi30ToJsonSchema`)
 * and checked with draft-07 semantics, 3.1 documents with 2020-12. The document is added to ajv
 * as one schema with an `$id`, so `#/components/schemas/X` refs resolve inside it. `parsed` is
 * the document already in memory (it is copied, never changed); without it the file is read.
 */
export function ajvOracle(specFile: string, parsed?: JsonObject, options: { corrected?: boolean } = {}): AjvOracle {
  const raw = parsed ?? readSpecDocument(specFile);
  const is31 = String(raw.openapi).startsWith('3.1');
  const document = is31 ? (structuredClone(raw) as JsonObject) : convertDocument(raw, openapi30ToJsonSchema);
  const ajv = newAjv(is31 ? '2020-12' : 'draft-07');
  if (options.corrected) correctKnownAjvGaps(ajv);
  const id = pathToFileURL(resolve(specFile)).href;
  ajv.addSchema(document, id);
  const compiled = new Map<string, (value: unknown) => boolean>();
  return {
    document,
    schemaAt(pointer) {
      let value: unknown = document;
      for (const segment of pointer.split('/').slice(1)) value = (value as JsonObject)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
      return value;
    },
    validator(pointer) {
      let fn = compiled.get(pointer);
      if (!fn) {
        const validate = ajv.compile({ $ref: `${id}#${pointerToFragment(pointer)}` });
        fn = (value: unknown) => validate(value) === true;
        compiled.set(pointer, fn);
      }
      return fn;
    },
    validatorOf(schema) {
      const validate = ajv.compile(rebaseRefs(schema, id) as JsonObject);
      return (value: unknown) => validate(value) === true;
    },
  };
}

/** A copy of `schema` whose document-local refs (`#/...`) name the document `id` instead. */
function rebaseRefs(schema: Json, id: string): Json {
  if (Array.isArray(schema)) return schema.map((item) => rebaseRefs(item, id));
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : rebaseRefs(value, id)]),
  );
}

/**
 * ajv's known gaps, fixed the smallest way that keeps ajv's own logic (each is pinned, against
 * raw ajv, in test/validators/regressions.test.ts):
 * - `multipleOf`: ajv tests `q !== parseInt(q)` for `q = value / multipleOf`; from 1e21 up `q`
 *   prints in exponent notation and `parseInt("1e+21")` is 1, so 5e21 is "not a multiple of 5".
 *   Every double that large is an integer, so such quotients pass here;
 * - `time` and `date-time`: ajv-formats' leap-second arithmetic never range-checks the clock,
 *   so "24:59:00+01:00" passes; here the hour must be 00-23 and the minute 00-59 as well. And
 *   ajv-formats reads seconds and fraction with Number(), which rounds "59.99999999999999999" up
 *   to 60, so "12:00:59.99999999999999999Z" fails; RFC 3339 never lets the fraction carry into
 *   the seconds, so here the fraction is dropped before ajv-formats reads the time.
 * (A property named "__proto__" in `properties`, which ajv skips, has no correction: corpora
 * with one leave it out.)
 */
export function correctKnownAjvGaps(ajv: InstanceType<typeof Ajv>): void {
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({
    keyword: 'multipleOf',
    type: 'number',
    schemaType: 'number',
    errors: false,
    validate: (multipleOf: number, value: number) => {
      const quotient = value / multipleOf;
      return Math.abs(quotient) >= 1e21 || quotient === parseInt(String(quotient), 10);
    },
  });
  for (const name of ['time', 'date-time']) {
    const format = (ajv.formats as Record<string, unknown>)[name] as { validate: (value: string) => boolean };
    const clock = name === 'time' ? (value: string) => value : (value: string) => value.split(/[t\s]/i)[1] ?? '';
    ajv.addFormat(name, {
      type: 'string',
      validate: (value: string) => format.validate(withoutFraction(name, value)) && clockInRange(clock(value)),
    });
  }
}

/** `value` with the fraction of a second dropped where it is followed by the offset. */
function withoutFraction(format: string, value: string): string {
  return format === 'time'
    ? value.replace(/^(\d\d:\d\d:\d\d)\.\d+(?=[z+-])/i, '$1')
    : value.replace(/^([^t\s]*[t\s]\d\d:\d\d:\d\d)\.\d+(?=[z+-])/i, '$1');
}

function clockInRange(time: string): boolean {
  const clock = /^(\d\d):(\d\d):/.exec(time);
  return clock === null || (Number(clock[1]) <= 23 && Number(clock[2]) <= 59);
}
