import { isObject, type JsonObject } from './contract-spec.js';

/**
 * A value that satisfies an OpenAPI 3.0 schema (refs already inlined), for the arguments of a
 * contract call. The schema's own `example` wins when it has one, then `default`, then the first
 * `enum` value; otherwise the value is built from the type and its limits. Objects get every
 * property the direction allows (not only the required ones), so that the client's argument
 * checks and Prism's request validation see as much of each schema as possible.
 *
 * Callers must still check the result against the schema (the contract test does, with ajv): a
 * spec `example` can itself break the schema it illustrates.
 */
export function sampleFor(schema: unknown, direction: 'request' | 'response' = 'request', depth = 0): unknown {
  if (depth > 32) throw new Error('schema nested deeper than 32 levels');
  if (!isObject(schema)) return 'sample';
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? null;
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((member) => sampleFor(member, direction, depth + 1));
    if (parts.every(isObject)) return Object.assign({}, ...parts, objectSample(schema, direction, depth));
    return parts[parts.length - 1];
  }
  // An object whose anyOf/oneOf members only add constraints (`required: [url]` or `[html]`):
  // every property is sampled, which meets them.
  const constraintsOnly = (members: unknown) =>
    Array.isArray(members) && members.every((m) => isObject(m) && m.type === undefined && m.properties === undefined && m.$ref === undefined && m.anyOf === undefined && m.oneOf === undefined && m.allOf === undefined);
  if (isObject(schema.properties) && (constraintsOnly(schema.anyOf) || constraintsOnly(schema.oneOf))) return objectSample(schema, direction, depth);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key];
    if (Array.isArray(members) && members.length > 0) {
      // A member that is only `nullable`/`type: null` says nothing useful; take the first real one.
      const member = members.find((m) => !(isObject(m) && m.type === 'null')) ?? members[0];
      return sampleFor(member, direction, depth + 1);
    }
  }
  switch (schema.type) {
    case 'object':
      return objectSample(schema, direction, depth);
    case 'array':
      return arraySample(schema, direction, depth);
    case 'string':
      return stringSample(schema);
    case 'integer':
      return numberSample(schema, true);
    case 'number':
      return numberSample(schema, false);
    case 'boolean':
      return true;
    default:
      if (isObject(schema.properties) || isObject(schema.additionalProperties)) return objectSample(schema, direction, depth);
      if (schema.items !== undefined) return arraySample(schema, direction, depth);
      return 'sample';
  }
}

function objectSample(schema: JsonObject, direction: 'request' | 'response', depth: number): JsonObject {
  const out: JsonObject = {};
  const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
  for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    if (isObject(property) && property[hidden] === true) continue;
    out[name] = sampleFor(property, direction, depth + 1);
  }
  // A map (`additionalProperties: {schema}`) with no named properties gets one entry; a required
  // name the properties do not declare is one of the map's entries.
  if (isObject(schema.additionalProperties)) {
    const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string' && !(name in out)) : [];
    for (const name of required) out[name] = sampleFor(schema.additionalProperties, direction, depth + 1);
    if (Object.keys(out).length === 0) out.key = sampleFor(schema.additionalProperties, direction, depth + 1);
  }
  return out;
}

function arraySample(schema: JsonObject, direction: 'request' | 'response', depth: number): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const count = Math.min(Math.max(min, 1), max);
  const item = schema.items;
  return Array.from({ length: count }, () => sampleFor(item, direction, depth + 1));
}

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2025-01-02T03:04:05Z',
  date: '2025-01-02',
  uuid: '6f1b3e1a-2c4d-4e5f-8a9b-0c1d2e3f4a5b',
  uri: 'https://example.com/sample',
  url: 'https://example.com/sample',
  email: 'sample@example.com',
  hostname: 'example.com',
};

/** Strings tried, in order, against a `pattern` that has no example. */
const PATTERN_CANDIDATES = [
  'sample',
  '023e105f4ecef8ad9ca31a8372d0c353',
  '6f1b3e1a-2c4d-4e5f-8a9b-0c1d2e3f4a5b',
  'example.com',
  '1',
  'a',
  'A',
  'sample-1',
  'sample_1',
  '2025-01-02',
  '2025-01-02T03:04:05Z',
  '192.0.2.1',
  '192.0.2.0/24',
];

function stringSample(schema: JsonObject): string {
  if (typeof schema.pattern === 'string') {
    // The first of a few common shapes the pattern accepts (ids, hex, names); else the schema needs an example.
    const pattern = new RegExp(schema.pattern, 'u');
    const fit = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate));
    if (fit === undefined) throw new Error(`no sample for pattern ${schema.pattern}: give the schema an example`);
    return fit;
  }
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  let value = format !== undefined && FORMAT_SAMPLES[format] !== undefined ? FORMAT_SAMPLES[format]! : 'sample';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (value.length < min) value = value.padEnd(min, 'x');
  if (value.length > max) value = value.slice(0, max);
  return value;
}

function numberSample(schema: JsonObject, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  // OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; JSON Schema as numbers.
  const low =
    typeof schema.exclusiveMinimum === 'number'
      ? schema.exclusiveMinimum + step
      : typeof schema.minimum === 'number'
        ? schema.minimum + (schema.exclusiveMinimum === true ? step : 0)
        : undefined;
  const high =
    typeof schema.exclusiveMaximum === 'number'
      ? schema.exclusiveMaximum - step
      : typeof schema.maximum === 'number'
        ? schema.maximum - (schema.exclusiveMaximum === true ? step : 0)
        : undefined;
  let value = low ?? (high !== undefined ? Math.min(high, 1) : 1);
  if (integer) value = Math.ceil(value);
  if (typeof schema.multipleOf === 'number') value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return value;
}
