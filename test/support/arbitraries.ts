import fc from 'fast-check';

/**
 * fast-check arbitraries derived from a JSON Schema (an OpenAPI 3.0 schema already converted to
 * draft-07, or a 3.1 schema as is), for the differential test against ajv.
 *
 * `validValues` aims at values the schema accepts: it follows `$ref`s, merges `allOf`, picks one
 * `anyOf`/`oneOf` branch, and respects types, bounds, lengths, patterns and formats. It does not
 * have to be exact: ajv decides what is valid; the generator only has to land near the boundary
 * often. `schemaValues` mixes those with mutations of them (removed keys, wrong types, boundary
 * numbers, odd strings, duplicated items, extra and `__proto__` keys) at any depth.
 */

type JsonObject = Record<string, unknown>;

export interface SchemaContext {
  /** Resolves a `$ref` found in the document (`#/components/schemas/X`). */
  resolve(ref: string): unknown;
}

/** Nesting (through `$ref`, properties and items) after which optional parts are left out. */
const SOFT_DEPTH = 4;
/** Nesting after which even required parts are cut short (recursive required properties). */
const HARD_DEPTH = 9;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds an object with `defineProperty`, so a `__proto__` key stays an own data property, as JSON.parse makes it. */
export function objectFrom(entries: [string, unknown][]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries) {
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** A deep copy that keeps own `__proto__` keys as own properties. */
export function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isObject(value)) return objectFrom(Object.keys(value).map((k) => [k, cloneJson(value[k])]));
  return value;
}

/** JSON text that also shows what JSON cannot: NaN, Infinity, -0, undefined. */
export function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(show).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${show(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Key-order independent JSON, for `uniqueItems`. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableKey(value[k])}`).join(',')}}`;
  return typeof value === 'number' && Object.is(value, -0) ? '0' : JSON.stringify(value);
}

// Any JSON, small. Built once, by hand: fc.jsonValue is several times slower per value, and
// creating string arbitraries is costly.
const SHORT_STRING = fc.string({ maxLength: 8 });
const PRIMITIVE = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), SHORT_STRING);
const SHALLOW_JSON: fc.Arbitrary<unknown> = PRIMITIVE;
const SMALL_JSON: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: PRIMITIVE },
  { weight: 1, arbitrary: fc.array(PRIMITIVE, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.tuple(SHORT_STRING, PRIMITIVE), { maxLength: 3 }).map((entries) => objectFrom(entries)) },
);
const anyJson = (depth: number): fc.Arbitrary<unknown> => (depth >= SOFT_DEPTH ? SHALLOW_JSON : SMALL_JSON);

function types(schema: JsonObject): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === 'string');
  return undefined;
}

// ---- allOf: merge the members into one schema to generate from ----

const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function mergeTwo(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!(key in out)) {
      out[key] = value;
      continue;
    }
    const mine = out[key];
    if (key === 'properties' && isObject(mine) && isObject(value)) {
      const props: JsonObject = { ...mine };
      for (const [name, s] of Object.entries(value)) props[name] = name in props ? { allOf: [props[name], s] } : s;
      out.properties = props;
    } else if (key === 'required' && Array.isArray(mine) && Array.isArray(value)) {
      out.required = [...new Set([...mine, ...value])];
    } else if (key === 'type') {
      const ta = Array.isArray(mine) ? mine : [mine];
      const tb = Array.isArray(value) ? value : [value];
      const both = ta.filter((t) => tb.includes(t) || (t === 'integer' && tb.includes('number')));
      for (const t of tb) if (t === 'integer' && ta.includes('number') && !both.includes(t)) both.push(t);
      out.type = both.length > 0 ? both : mine;
    } else if (LOWER_BOUNDS.has(key) && typeof mine === 'number' && typeof value === 'number') {
      out[key] = Math.max(mine, value);
    } else if (UPPER_BOUNDS.has(key) && typeof mine === 'number' && typeof value === 'number') {
      out[key] = Math.min(mine, value);
    } else if ((key === 'items' || key === 'additionalProperties') && (mine === false || value === false)) {
      out[key] = false;
    } else if ((key === 'items' || key === 'additionalProperties') && isObject(mine) && isObject(value)) {
      out[key] = { allOf: [mine, value] };
    } else if (key === CHOICES && Array.isArray(mine) && Array.isArray(value)) {
      out[CHOICES] = [...mine, ...value];
    } else if (key === 'enum' && Array.isArray(mine) && Array.isArray(value)) {
      const common = mine.filter((x) => value.some((y) => stableKey(x) === stableKey(y)));
      out.enum = common.length > 0 ? common : mine;
    }
  }
  return out;
}

/** Where `flatten` keeps the `anyOf`/`oneOf` lists it met: each needs one member picked. */
const CHOICES = 'x-choices';

/** Resolves `$ref`s and flattens `allOf` into one schema; `anyOf`/`oneOf` lists move to CHOICES. */
function flatten(schema: unknown, ctx: SchemaContext, seen = 0): JsonObject {
  if (!isObject(schema) || seen > 20) return {};
  const { $ref, allOf, anyOf, oneOf, ...rest } = schema;
  let merged: JsonObject = rest;
  const choices = [anyOf, oneOf].filter((list): list is unknown[] => Array.isArray(list) && list.length > 0);
  if (choices.length > 0) merged = mergeTwo(merged, { [CHOICES]: choices });
  if (typeof $ref === 'string') merged = mergeTwo(merged, flatten(ctx.resolve($ref), ctx, seen + 1));
  if (Array.isArray(allOf)) for (const member of allOf) merged = mergeTwo(merged, flatten(member, ctx, seen + 1));
  return merged;
}

// ---- values the schema (mostly) accepts ----

/** Values the schema accepts, or nearly: every keyword is aimed at, ajv has the last word. */
export function validValues(schema: unknown, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  if (depth > HARD_DEPTH) return fc.constant(null);
  if (schema === true || schema === false || !isObject(schema)) return anyJson(depth);
  const s = flatten(schema, ctx);
  // A choice (anyOf/oneOf): one member, together with everything else the schema says.
  const choices = s[CHOICES] as unknown[][] | undefined;
  if (choices && choices.length > 0) {
    const [first, ...others] = choices;
    const rest: JsonObject = { ...s, [CHOICES]: others };
    return fc.oneof(...first!.map((m) => validValues({ allOf: [rest, m] }, ctx, depth + 1)));
  }
  const declared = types(s);
  const literals = Array.isArray(s.enum) && s.enum.length > 0 ? (s.enum as unknown[]) : 'const' in s ? [s.const] : undefined;
  if (literals) {
    const listed = fc.constantFrom(...literals).map(cloneJson);
    if (!declared) return listed;
    // Also values of the declared type(s) outside the list: the boundary between the two keywords.
    const { enum: _enum, const: _const, ...typed } = s;
    return fc.oneof({ weight: 4, arbitrary: listed }, { weight: 1, arbitrary: validValues(typed, ctx, depth) });
  }
  if (declared && declared.length > 1) return fc.oneof(...declared.map((t) => validValues({ ...s, type: t }, ctx, depth)));
  const type = declared?.[0] ?? impliedType(s);
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return numbers(s, type === 'integer');
    case 'string':
      return strings(s);
    case 'array':
      return arrays(s, ctx, depth);
    case 'object': {
      const objects = objectsOf(s, ctx, depth);
      // Without a `type`, `properties` and friends do not make the value an object.
      return declared ? objects : fc.oneof({ weight: 5, arbitrary: objects }, { weight: 1, arbitrary: anyJson(depth) });
    }
    default:
      return anyJson(depth);
  }
}

function impliedType(s: JsonObject): string | undefined {
  if ('properties' in s || 'required' in s || 'additionalProperties' in s) return 'object';
  if ('items' in s || 'prefixItems' in s) return 'array';
  if ('minLength' in s || 'maxLength' in s || 'pattern' in s || 'format' in s) return 'string';
  if ('minimum' in s || 'maximum' in s || 'multipleOf' in s) return 'number';
  return undefined;
}

function num(s: JsonObject, key: string): number | undefined {
  return typeof s[key] === 'number' && Number.isFinite(s[key]) ? (s[key] as number) : undefined;
}

function numbers(s: JsonObject, integer: boolean): fc.Arbitrary<number> {
  const lo = Math.max(num(s, 'minimum') ?? -Infinity, num(s, 'exclusiveMinimum') ?? -Infinity);
  const hi = Math.min(num(s, 'maximum') ?? Infinity, num(s, 'exclusiveMaximum') ?? Infinity);
  const loExcluded = num(s, 'exclusiveMinimum') !== undefined && lo === num(s, 'exclusiveMinimum');
  const hiExcluded = num(s, 'exclusiveMaximum') !== undefined && hi === num(s, 'exclusiveMaximum');
  const multipleOf = num(s, 'multipleOf');
  const span = 1e6;
  const from = Number.isFinite(lo) ? lo : Number.isFinite(hi) ? hi - span : -span;
  const to = Number.isFinite(hi) ? hi : from + 2 * span;
  if (!(from < to)) return fc.constant(from);
  if (multipleOf !== undefined && multipleOf > 0) {
    const kLo = Math.max(Math.ceil(from / multipleOf), -1e9);
    const kHi = Math.min(Math.floor(to / multipleOf), 1e9);
    return kLo <= kHi ? fc.integer({ min: kLo, max: kHi }).map((k) => k * multipleOf) : fc.constant(from);
  }
  const edges = [lo, hi].filter(Number.isFinite);
  if (integer) {
    const min = Math.max(Math.ceil(loExcluded ? lo + 1e-9 : from), Number.MIN_SAFE_INTEGER);
    const max = Math.min(Math.floor(hiExcluded ? hi - 1e-9 : to), Number.MAX_SAFE_INTEGER);
    const inner = fc.integer({ min: Math.min(min, max), max: Math.max(min, max) });
    return edges.length ? fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constantFrom(min, max) }) : inner;
  }
  const inner = fc.double({ min: from, max: Math.max(from, to), minExcluded: loExcluded, maxExcluded: hiExcluded, noNaN: true, noDefaultInfinity: true });
  const round = fc.integer({ min: Math.ceil(from), max: Math.max(Math.ceil(from), Math.floor(to)) });
  return fc.oneof({ weight: 3, arbitrary: inner }, { weight: 2, arbitrary: round }, ...(edges.length ? [{ weight: 1, arbitrary: fc.constantFrom(...edges) }] : []));
}

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  'date-time': fc
    .tuple(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('Z', '+01:00', '-05:30', 'z', '+0000'), fc.constantFrom('T', 't', ' '), fc.boolean())
    .map(([d, zone, t, fraction]) => {
      const iso = d.toISOString();
      return `${iso.slice(0, 10)}${t}${iso.slice(11, fraction ? 23 : 19)}${zone}`;
    }),
  date: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('Z', '+01:00', '-08:00', '.5Z')).map(([h, m, sec, zone]) => `${pad(h)}:${pad(m)}:${pad(sec)}${zone}`),
  uuid: fc.uuid(),
  // fc.emailAddress and fc.webUrl are slow (fc.webUrl takes seconds to build); patterns do as well here.
  email: fc.stringMatching(/^[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,10}(\.[a-z0-9_-]{1,5})?@[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?(\.[a-z]{2,5}){1,2}$/),
  uri: fc.stringMatching(/^[a-z][a-z0-9+.-]{0,5}:(\/\/([a-z0-9._~-]{1,5}@)?[a-z0-9-]{1,10}(\.[a-z]{2,5}){0,2}(:[0-9]{1,5})?)?(\/[a-zA-Z0-9._~%!$&'()*+,;=:@-]{1,8}){1,3}(\?[a-z0-9=&/?]{0,8})?(#[a-z0-9/?]{0,5})?$/),
  ipv4: fc.ipV4(),
  ipv6: fc.ipV6(),
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function strings(s: JsonObject): fc.Arbitrary<string> {
  const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
  if (format) return format;
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern, 'u'));
    } catch {
      // Not a pattern fast-check can invert: plain strings, and ajv decides.
    }
  }
  const minLength = num(s, 'minLength') ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(s, 'maxLength') ?? minLength + 12, minLength + 40));
  return fc.oneof(
    { weight: 3, arbitrary: cachedString(minLength, maxLength, 'grapheme-ascii') },
    { weight: 1, arbitrary: cachedString(minLength, maxLength, 'binary') },
    // Exactly at the length bounds, counted in code points: astral characters are two UTF-16 units.
    { weight: 1, arbitrary: cachedString(minLength, minLength, 'mixed') },
    { weight: 1, arbitrary: cachedString(maxLength, maxLength, 'mixed') },
  );
}

const stringCache = new Map<string, fc.Arbitrary<string>>();
const MIXED_UNIT = fc.constantFrom('a', '😀', 'é', 'Z', '𝒳');
// One code point anywhere in Unicode (no lone surrogates), like fast-check's 'binary' unit, which
// costs ~100 ms to create per length range.
const CODE_POINT_UNIT = fc
  .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }))
  .map((c) => String.fromCodePoint(c));

/** fc.string instances are costly to create (the 'binary' unit maps every code point), so each is made once. */
function cachedString(minLength: number, maxLength: number, unit: 'grapheme-ascii' | 'binary' | 'mixed'): fc.Arbitrary<string> {
  const key = `${unit}:${minLength}:${maxLength}`;
  let arb = stringCache.get(key);
  if (!arb) {
    arb = fc.string({ minLength, maxLength, unit: unit === 'mixed' ? MIXED_UNIT : unit === 'binary' ? CODE_POINT_UNIT : unit });
    stringCache.set(key, arb);
  }
  return arb;
}

function arrays(s: JsonObject, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown[]> {
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
  const minItems = num(s, 'minItems') ?? 0;
  const cap = depth >= SOFT_DEPTH ? minItems : minItems + 3;
  const maxItems = Math.max(minItems, Math.min(num(s, 'maxItems') ?? cap, cap));
  const head = fc.tuple(...prefix.map((p) => validValues(p, ctx, depth + 1)));
  const tailLength = { minLength: Math.max(0, minItems - prefix.length), maxLength: Math.max(0, maxItems - prefix.length) };
  const tail =
    rest === false || tailLength.maxLength === 0
      ? fc.constant([] as unknown[])
      : s.uniqueItems === true
        ? fc.uniqueArray(validValues(rest, ctx, depth + 1), { ...tailLength, selector: stableKey })
        : fc.array(validValues(rest, ctx, depth + 1), tailLength);
  return fc.tuple(head, tail).map(([h, t]) => [...h, ...t]);
}

const EXTRA_KEY = fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x-${k}`);

function objectsOf(s: JsonObject, ctx: SchemaContext, depth: number): fc.Arbitrary<JsonObject> {
  const properties = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : []);
  const names = [...new Set([...Object.keys(properties), ...required])];
  const parts = names
    .filter((name) => required.has(name) || depth < SOFT_DEPTH)
    .map((name) => {
      const value = name in properties ? validValues(properties[name], ctx, depth + 1) : anyJson(depth + 1);
      const entry = value.map((v): [string, unknown] => [name, v]);
      return required.has(name) ? entry : fc.option(entry, { nil: undefined, freq: 3 });
    });
  const ap = s.additionalProperties;
  const extraKey = EXTRA_KEY.filter((k) => !Object.prototype.hasOwnProperty.call(properties, k));
  const extras =
    ap === false || depth >= SOFT_DEPTH
      ? fc.constant([] as [string, unknown][])
      : fc.array(fc.tuple(extraKey, isObject(ap) ? validValues(ap, ctx, depth + 1) : anyJson(depth + 1)), { maxLength: isObject(ap) ? 3 : 2 });
  return fc.tuple(fc.tuple(...parts), extras).map(([entries, more]) => objectFrom([...entries.filter((e): e is [string, unknown] => e !== undefined), ...more]));
}

// ---- mutations ----

/** Numbers and strings the schema mentions, to aim mutations at its boundaries. */
function constantsOf(schema: unknown, ctx: SchemaContext): { numbers: number[]; strings: string[] } {
  const numbers = new Set<number>();
  const strings = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 12 || seen.has(node)) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    if (!isObject(node)) return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') walk(ctx.resolve(value), depth + 1);
      else if (typeof value === 'number' && /^(minimum|maximum|exclusiveMinimum|exclusiveMaximum|multipleOf|minLength|maxLength|minItems|maxItems)$/.test(key)) numbers.add(value);
      else if ((key === 'enum' || key === 'const') && value !== undefined) for (const v of Array.isArray(value) && key === 'enum' ? value : [value]) typeof v === 'string' ? strings.add(v) : typeof v === 'number' && numbers.add(v);
      else if (typeof value === 'object') walk(value, depth + 1);
    }
  };
  walk(schema, 0);
  return { numbers: [...numbers], strings: [...strings] };
}

const WRONG_TYPES: unknown[] = [null, true, false, 0, 1, -1, 1.5, '', 'x', '1', [], {}, [null], { a: 1 }];
const NUMBERS = [0, -0, 1, -1, 0.5, -0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e21, 5e21, 1e300, -1e300, Number.MIN_VALUE, Number.EPSILON, 0.1 + 0.2, NaN, Infinity, -Infinity];
const STRINGS = [
  '',
  ' ',
  'a',
  '\u0000',
  '\n',
  '😀',
  '😀😀',
  '\uD83D',
  '\uDE00x',
  'e\u0301',
  'a'.repeat(300),
  'null',
  'true',
  '0',
  '__proto__',
  '2019-02-29',
  '2020-02-29',
  '2019-10-12T07:20:50.52Z',
  '2019-10-12T24:00:00Z',
  '2016-12-31T23:59:60Z',
  '24:59:00+01:00',
  '23:59:60Z',
  '12:00:00',
  '123e4567-e89b-12d3-a456-426614174000',
  'urn:uuid:123e4567-e89b-12d3-a456-426614174000',
  '123e4567e89b12d3a456426614174000',
  'user@example.com',
  'user@localhost',
  '"quoted"@example.com',
  'http://example.com/a?b#c',
  'http://host:port',
  'a:',
  '//example.com',
  'http://[::1]/',
  '1.2.3.4',
  '01.2.3.4',
  '256.1.1.1',
  '::1',
  '1::2::3',
  '::ffff:1.2.3.4',
  'fe80::1%eth0',
];
const KEYS = ['__proto__', 'constructor', 'toString', 'x-unknown', '', '~/'];

/** Where a mutation applies: a path of keys/indexes into the value. */
type Path = (string | number)[];

function nodes(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (isObject(value)) for (const k of Object.keys(value)) nodes(value[k], [...path, k], out);
  return out;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, { value: replacement, enumerable: true, writable: true, configurable: true });
  return root;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

interface MutationChoice {
  node: number;
  kind: number;
  arg: number;
}

/** One mutation of `root` (already a private copy), described for the failure message. */
function mutate(root: unknown, m: MutationChoice, constants: { numbers: number[]; strings: string[] }): { value: unknown; how: string } {
  const all = nodes(root);
  const path = pick(all, m.node);
  const node = getAt(root, path);
  const at = '/' + path.join('/');
  const options: (() => { value: unknown; how: string })[] = [() => ({ value: setAt(root, path, cloneJson(pick(WRONG_TYPES, m.arg))), how: `wrong type at ${at}` })];
  if (typeof node === 'number') {
    const bounds = constants.numbers.flatMap((b) => [b, b - 1, b + 1, b - 0.5, b + 0.5, -b, b * 2]);
    options.push(() => ({ value: setAt(root, path, pick([...bounds, ...NUMBERS], m.arg)), how: `boundary number at ${at}` }));
    options.push(() => ({ value: setAt(root, path, pick([node + 1, node - 1, node + 0.5, -node, node * 10, node / 3], m.arg)), how: `nudged number at ${at}` }));
  }
  if (typeof node === 'string') {
    const lengths = constants.numbers.filter((n) => Number.isInteger(n) && n >= 0 && n < 400).flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0);
    const edits = [
      node + 'x',
      node.slice(0, -1),
      node.toUpperCase(),
      node + '😀',
      '😀' + node.slice(1),
      ` ${node}`,
      node + '\n',
      node.replace(/\d/, '9'),
      node.replace(/\d/, 'a'),
      node.replace(/T/, 't'),
      node.replace(/Z$/, '+24:00'),
      ...lengths.map((n) => '😀'.repeat(n)),
      ...lengths.map((n) => 'a'.repeat(n)),
    ];
    options.push(() => ({ value: setAt(root, path, pick([...constants.strings, ...STRINGS], m.arg)), how: `odd string at ${at}` }));
    options.push(() => ({ value: setAt(root, path, pick(edits, m.arg)), how: `edited string at ${at}` }));
  }
  if (Array.isArray(node)) {
    if (node.length > 0) {
      options.push(() => ({ value: setAt(root, path, [...node, cloneJson(pick(node, m.arg))]), how: `duplicated item in ${at}` }));
      options.push(() => ({ value: setAt(root, path, node.filter((_, i) => i !== m.arg % node.length)), how: `removed item from ${at}` }));
    }
    options.push(() => ({ value: setAt(root, path, [...node, cloneJson(pick(WRONG_TYPES, m.arg))]), how: `extra item in ${at}` }));
  }
  if (isObject(node)) {
    const keys = Object.keys(node);
    if (keys.length > 0) {
      options.push(() => {
        const key = pick(keys, m.arg);
        return { value: setAt(root, path, objectFrom(keys.filter((k) => k !== key).map((k) => [k, node[k]]))), how: `removed key ${JSON.stringify(key)} at ${at}` };
      });
      options.push(() => {
        const key = pick(keys, m.arg);
        return { value: setAt(root, path, objectFrom(keys.map((k) => [k, k === key ? null : node[k]]))), how: `null for key ${JSON.stringify(key)} at ${at}` };
      });
    }
    options.push(() => {
      const key = pick(KEYS, m.arg);
      const extra = pick([...WRONG_TYPES, ...keys.map((k) => node[k])], m.arg >> 3);
      return { value: setAt(root, path, objectFrom([...keys.filter((k) => k !== key).map((k): [string, unknown] => [k, node[k]]), [key, cloneJson(extra)]])), how: `extra key ${JSON.stringify(key)} at ${at}` };
    });
  }
  return pick(options, m.kind)();
}

export interface Sample {
  value: unknown;
  /** `valid-looking`, or the mutations applied. */
  how: string;
}

/** Values derived from `schema`: a third as generated, two thirds with one or two mutations. */
export function schemaValues(schema: unknown, ctx: SchemaContext): fc.Arbitrary<Sample> {
  const base = validValues(schema, ctx);
  const constants = constantsOf(schema, ctx);
  const choice = fc.record({ node: fc.nat(), kind: fc.nat(), arg: fc.nat() });
  const mutated = fc.tuple(base, fc.array(choice, { minLength: 1, maxLength: 2 })).map(([value, choices]) => {
    let current: Sample = { value: cloneJson(value), how: '' };
    const hows: string[] = [];
    for (const c of choices) {
      current = mutate(current.value, c, constants);
      hows.push(current.how);
    }
    return { value: current.value, how: hows.join('; ') };
  });
  return fc.oneof({ weight: 1, arbitrary: base.map((value) => ({ value, how: 'generated' })) }, { weight: 2, arbitrary: mutated });
}
