import { joinPointer, type Diagnostic, type Diagnostics } from '../common/diagnostics.js';
import { derefSchema } from './deref.js';
import { SHARED_SCHEMA_MODULE } from './schema-modules.js';
import type { DocumentSet } from '../load/document-set.js';
import type { Discriminator, JsonPrimitive, NamedSchema, Property, Schema } from './ir.js';
import { NameRegistry, toPascalCase } from './names.js';

/** A raw OpenAPI Schema Object (or boolean schema in 3.1), as parsed. */
type SchemaObject = Record<string, unknown> | boolean;

const KNOWN_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
/** String and number keywords, which JSON Schema applies only to values of their type. */
const TYPED_LIMITS = ['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
/** Deeper than any real spec; a hostile one could otherwise overflow the stack. */
const MAX_DEPTH = 500;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const NUMBER_FORMATS = new Set(['int32', 'int64', 'float', 'double']);
/** Non-standard `type` values that mean "no type constraint". */
const ANY_TYPE_ALIASES = new Set(['any', 'unknown']);
/** What a fallback `unknown` stands for, in its warning. */
const ANY_VALUE = 'any value here (typed as unknown, not validated)';

/**
 * Converts Schema Objects into IR schemas. Every `$ref` target becomes a named schema,
 * converted once; recursion is safe because a target is registered before it is converted.
 */
export class SchemaConverter {
  private readonly named = new Map<string, NamedSchema>();
  private readonly names: NameRegistry;

  constructor(
    private readonly documents: DocumentSet,
    private readonly diagnostics: Diagnostics,
    private readonly openapi31: boolean,
    reservedNames: Iterable<string>,
  ) {
    this.names = new NameRegistry(reservedNames);
  }

  /** Named schemas being converted whose contents reach the current schema without a property or item in between. */
  private direct = new Set<string>();
  private depth = 0;
  private tooDeep = false;
  /**
   * Fallback schemas (the lenient policy in common/diagnostics.ts), with the diagnostics that
   * made them: safe inside a schema, not as the whole schema of an operation's input or output.
   */
  private readonly fallbacks = new WeakMap<Schema, Diagnostic[]>();

  /** All named schemas reached so far, sorted by type name. */
  namedSchemas(): NamedSchema[] {
    return [...this.named.values()].sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0));
  }

  /** Registers the component schemas up front, in sorted order, so their names are stable. */
  registerComponents(file: string, schemas: Record<string, unknown>): void {
    for (const name of Object.keys(schemas).sort()) this.refTarget(file, joinPointer('/components/schemas', name));
  }

  /**
   * Converts the whole schema of a parameter, request body (or part) or response. When that
   * schema is a fallback `unknown`, directly or through `$ref`s, the method's signature,
   * its serialisation or its result would rest on a guess: its fallbacks become errors.
   */
  convert(raw: unknown, file: string, pointer: string): Schema {
    const schema = this.schema(raw, file, pointer);
    for (const d of this.fallbacks.get(derefSchema(schema, this.named)) ?? []) {
      this.diagnostics.escalate(d);
    }
    return schema;
  }

  /** A schema inside another, or a named one: where a defect may fall back to `unknown`. */
  private schema(raw: unknown, file: string, pointer: string): Schema {
    if (this.depth >= MAX_DEPTH) {
      if (!this.tooDeep) this.diagnostics.error('schema-too-deep', `Schemas are nested more than ${MAX_DEPTH} levels deep here; flatten them with $ref to named components.`, { file, pointer });
      this.tooDeep = true;
      return { kind: 'unknown', nullable: false };
    }
    this.depth++;
    try {
      return this.convertAny(raw, file, pointer);
    } finally {
      this.depth--;
    }
  }

  /**
   * Converts a schema that is a value's own contents (a property, an item): a reference from
   * there back to an enclosing schema is ordinary recursion, not a cycle.
   */
  private nested(raw: unknown, file: string, pointer: string): Schema {
    const saved = this.direct;
    this.direct = new Set();
    try {
      return this.schema(raw, file, pointer);
    } finally {
      this.direct = saved;
    }
  }

  private convertAny(raw: unknown, file: string, pointer: string): Schema {
    if (raw === true || raw === undefined) return { kind: 'unknown', nullable: false };
    if (raw === false) return { kind: 'never', nullable: false };
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return this.fallback('schema-invalid', `A schema must be an object${this.openapi31 ? ' or a boolean' : ''}, not ${shortJson(raw)}.`, { file, pointer }, 'sdkgen: the spec\'s schema here is not an object; typed as unknown, not validated');
    }
    const s = raw as Record<string, unknown>;
    if (typeof s.$ref === 'string') return this.convertRef(s, file, pointer);
    return this.convertObject(s, file, pointer);
  }

  private convertRef(s: Record<string, unknown>, file: string, pointer: string): Schema {
    const ref = s.$ref as string;
    const siblings = Object.keys(s).filter((k) => k !== '$ref' && !k.startsWith('x-'));
    if (siblings.length > 0 && !this.openapi31 && siblings.some((k) => k !== 'description' && k !== 'summary')) {
      this.diagnostics.warn('ref-siblings', `Keywords next to $ref (${siblings.join(', ')}) are ignored in OpenAPI 3.0; wrap them in allOf to apply them.`, { file, pointer });
    }
    const common = typeof s.description === 'string' ? { description: s.description } : {};
    const causes: Diagnostic[] = [];
    const target = this.documents.resolveRef(ref, { file, pointer }, { fallback: { assumed: ANY_VALUE, onFallback: (d) => causes.push(d) } });
    if (!target) {
      if (causes.length === 0) return { kind: 'unknown', nullable: false };
      return this.fallbackSchema(causes, `sdkgen: the spec's $ref ${JSON.stringify(ref)} points to a missing schema; typed as unknown, not validated`, common);
    }
    const targetId = `${target.file}#${target.pointer}`;
    if (this.direct.has(targetId)) {
      // `A = B & {...}`, `B = A | C`: no value can be built, and TypeScript cannot type it.
      const chain = [...this.direct].slice([...this.direct].indexOf(targetId)).map((id) => this.named.get(id)?.typeName ?? id);
      this.diagnostics.error('ref-cycle', `This $ref closes a cycle through $ref, allOf, anyOf or oneOf alone (${[...chain, chain[0]].join(' -> ')}), which has no type; put the reference inside a property or array items.`, { file, pointer: joinPointer(pointer, '$ref') });
      return { kind: 'unknown', nullable: false };
    }
    const id = this.refTarget(target.file, target.pointer);
    // 3.1 allows siblings that further constrain the referenced schema.
    if (this.openapi31 && siblings.some((k) => !['description', 'summary', 'title', 'deprecated', 'default', 'example', 'examples', 'readOnly', 'writeOnly'].includes(k))) {
      const { $ref: _ignored, ...rest } = s;
      // `maximum` next to a `$ref` to a number schema applies to that number: the siblings
      // take the target's `type`, which the `allOf` requires anyway.
      const targetType = (this.documents.get(target.file, target.pointer) as Record<string, unknown> | undefined)?.type;
      if (rest.type === undefined && targetType !== undefined) rest.type = targetType;
      return { kind: 'allOf', nullable: false, members: [{ kind: 'ref', target: id, nullable: false }, this.convertObject(rest, file, pointer)], ...common };
    }
    return { kind: 'ref', target: id, nullable: false, ...common, ...(s.deprecated === true ? { deprecated: true } : {}) };
  }

  /** The id of the named schema at (file, pointer), converting it on first sight. */
  private refTarget(file: string, pointer: string): string {
    const id = `${file}#${pointer}`;
    if (this.named.has(id)) return id;
    const segments = pointer.split('/');
    const last = segments[segments.length - 1] ?? 'Schema';
    const entry: NamedSchema = {
      id,
      typeName: this.names.claim(toPascalCase(last.replace(/~1/g, '/').replace(/~0/g, '~'))),
      schema: { kind: 'unknown', nullable: false },
      source: { file, pointer },
      // Placed once every operation is known (assignSchemaModules).
      module: SHARED_SCHEMA_MODULE,
    };
    this.named.set(id, entry);
    this.direct.add(id);
    try {
      entry.schema = this.schema(this.documents.get(file, pointer), file, pointer);
    } finally {
      this.direct.delete(id);
    }
    return id;
  }

  private convertObject(s: Record<string, unknown>, file: string, pointer: string): Schema {
    const common = this.common(s);
    const malformed = this.malformed(s, file, pointer, common);
    if (malformed) return malformed;
    const remarks: string[] = [];
    const types = this.types(s, file, pointer);
    let nullable = s.nullable === true || types.includes('null');
    const nonNull = types.filter((t) => t !== 'null');

    const parts: Schema[] = [];
    if (s.enum !== undefined || s.const !== undefined) {
      // A literal the `type` rules out can never match: `{type: string, enum: [a, 1]}` is `"a"`.
      const values = this.literals(s, file, pointer).filter((v) => types.length === 0 || types.some((t) => literalHasType(v, t)));
      if (values.includes(null)) nullable = true;
      // In 3.1 `type: [string, "null"]` with an enum that lacks null rejects null; 3.0's
      // `nullable: true` is read as "null is also allowed" (what specs that use it mean).
      else if (types.includes('null')) nullable = s.nullable === true;
      parts.push({ kind: 'enum', nullable: false, values: values.filter((v) => v !== null) });
    } else if (nonNull.length > 1) {
      parts.push({ kind: 'anyOf', nullable: false, members: nonNull.map((t) => this.typed(t, s, file, pointer)) });
    } else if (nonNull.length === 1) {
      parts.push(this.typed(nonNull[0]!, s, file, pointer));
    } else if (types.length === 0) {
      const implied = s.properties !== undefined || s.additionalProperties !== undefined || s.required !== undefined ? 'object' : s.items !== undefined || s.prefixItems !== undefined ? 'array' : undefined;
      if (implied) parts.push(this.typed(implied, s, file, pointer));
      else if (TYPED_LIMITS.some((k) => s[k] !== undefined)) {
        // JSON Schema applies string limits to strings and number limits to numbers only.
        parts.push({ kind: 'anyOf', nullable: false, members: ['string', 'number', 'boolean', 'array', 'object'].map((t) => this.typed(t, s, file, pointer)) });
        nullable = true;
      }
    } else {
      // `type: "null"` alone.
      parts.push({ kind: 'null', nullable: false });
      nullable = false;
    }

    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = s[keyword];
      if (list === undefined) continue;
      const members = (list as unknown[]).map((m: unknown, i) => this.schema(m, file, joinPointer(pointer, keyword, i)));
      const discriminator = keyword !== 'allOf' ? this.discriminator(s, keyword, list as unknown[], file, pointer, remarks) : undefined;
      parts.push({ kind: keyword, nullable: false, members, ...(discriminator ? { discriminator } : {}) });
    }
    if (s.not !== undefined) this.diagnostics.warn('schema-unsupported', '"not" is not checked by generated validators or types; the value is accepted as is.', { file, pointer: joinPointer(pointer, 'not') });

    let schema: Schema;
    if (parts.length === 0) schema = { kind: 'unknown', nullable: false };
    else if (parts.length === 1) schema = parts[0]!;
    else schema = { kind: 'allOf', nullable: false, members: parts };
    // A `null` inside an enum or type list makes the whole schema nullable, and so
    // does 3.0's `nullable: true` (which in 3.0 also admits null for a composite).
    return { ...schema, ...common, nullable: nullable || schema.nullable, ...(remarks.length > 0 ? { remarks } : {}) } as Schema;
  }

  /**
   * A defect that leaves the whole schema without a meaning (a `type` that names no type, a
   * keyword that must be a list and is not) as a fallback `unknown` there; `undefined` when
   * there is none. Checked before anything is converted, so that no part of it is half-read.
   */
  private malformed(s: Record<string, unknown>, file: string, pointer: string, common: object): Schema | undefined {
    if (s.type !== undefined) {
      const bad = (Array.isArray(s.type) ? s.type : [s.type]).find((t) => typeof t !== 'string' || !(KNOWN_TYPES.has(t) || ANY_TYPE_ALIASES.has(t)));
      if (bad !== undefined) {
        const looksLikeSchema = bad !== null && typeof bad === 'object' && !Array.isArray(bad) && ['type', 'enum', 'properties', 'items', '$ref'].some((k) => k in bad);
        const message = looksLikeSchema
          ? `"type" is an object that looks like a schema, not a type name; move its keywords up one level, out of "type" (or use one of ${[...KNOWN_TYPES].join(', ')}).`
          : `Unknown type ${shortJson(bad)}; use one of ${[...KNOWN_TYPES].join(', ')}.`;
        const what = typeof bad === 'string' ? `"type" ${JSON.stringify(bad)} is not a JSON Schema type` : `"type" is ${Array.isArray(bad) ? 'a nested list' : bad === null ? 'null' : `a${typeof bad === 'object' ? 'n' : ''} ${typeof bad}`}, not a type name`;
        return this.fallback('schema-unknown-type', message, { file, pointer: joinPointer(pointer, 'type') }, `sdkgen: the spec's ${what}; typed as unknown, not validated`, common);
      }
    }
    if (s.enum !== undefined && s.const === undefined && !Array.isArray(s.enum)) {
      return this.fallback('schema-invalid', '"enum" must be a list of values.', { file, pointer: joinPointer(pointer, 'enum') }, 'sdkgen: the spec\'s "enum" here is not a list; typed as unknown, not validated', common);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      if (s[keyword] !== undefined && !Array.isArray(s[keyword])) {
        return this.fallback('schema-invalid', `"${keyword}" must be a list of schemas.`, { file, pointer: joinPointer(pointer, keyword) }, `sdkgen: the spec's "${keyword}" here is not a list; typed as unknown, not validated`, common);
      }
    }
    return undefined;
  }

  /** Reports a malformed schema as a fallback and returns the `unknown` that stands for it. */
  private fallback(code: string, message: string, at: { file: string; pointer: string }, remark: string, common: object = {}): Schema {
    return this.fallbackSchema([this.diagnostics.fallback(code, message, ANY_VALUE, at)], remark, common);
  }

  /** An `unknown` that documents why it is one (`remark`) and remembers its `causes`. */
  private fallbackSchema(causes: Diagnostic[], remark: string, common: object): Schema {
    const schema: Schema = { kind: 'unknown', nullable: false, ...common, remarks: [remark] };
    this.fallbacks.set(schema, causes);
    return schema;
  }

  private common(s: Record<string, unknown>) {
    const out: { description?: string; title?: string; deprecated?: boolean; readOnly?: boolean; writeOnly?: boolean; default?: unknown; example?: unknown } = {};
    if (typeof s.description === 'string') out.description = s.description;
    if (typeof s.title === 'string') out.title = s.title;
    if (s.deprecated === true) out.deprecated = true;
    if (s.readOnly === true) out.readOnly = true;
    if (s.writeOnly === true) out.writeOnly = true;
    if (s.default !== undefined) out.default = s.default;
    if (s.example !== undefined) out.example = s.example;
    else if (Array.isArray(s.examples) && s.examples.length > 0) out.example = s.examples[0];
    return out;
  }

  private types(s: Record<string, unknown>, file: string, pointer: string): string[] {
    const raw = s.type;
    if (raw === undefined) return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const anyType = list.find((t) => typeof t === 'string' && ANY_TYPE_ALIASES.has(t));
    if (anyType !== undefined) {
      // Not JSON Schema, but its intent is plain; real specs (Cloudflare's among them) use it.
      this.diagnostics.warn('schema-any-type', `Type ${JSON.stringify(anyType)} is not a JSON Schema type; it is read as "any value" (omit "type" to say that).`, { file, pointer: joinPointer(pointer, 'type') });
      return [];
    }
    // Anything else is a malformed schema, already a fallback (see `malformed`).
    const types: string[] = [];
    for (const t of list) if (typeof t === 'string' && KNOWN_TYPES.has(t) && !types.includes(t)) types.push(t);
    return types;
  }

  private literals(s: Record<string, unknown>, file: string, pointer: string): JsonPrimitive[] {
    // `malformed` has made a schema whose enum is not a list a fallback already.
    const raw = (s.const !== undefined ? [s.const] : s.enum) as unknown[];
    const values: JsonPrimitive[] = [];
    for (const v of raw) {
      if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
        if (!values.includes(v)) values.push(v);
      } else {
        this.diagnostics.warn('schema-unsupported', `Enum value ${JSON.stringify(v)} is not a string, number, boolean or null; it is left out.`, { file, pointer: joinPointer(pointer, 'enum') });
      }
    }
    return values;
  }

  private typed(type: string, s: Record<string, unknown>, file: string, pointer: string): Schema {
    const num = (k: string) => (typeof s[k] === 'number' && Number.isFinite(s[k]) ? (s[k] as number) : undefined);
    switch (type) {
      case 'string':
        return omitUndefined({
          kind: 'string',
          nullable: false,
          format: typeof s.format === 'string' ? s.format : undefined,
          minLength: num('minLength'),
          maxLength: num('maxLength'),
          pattern: typeof s.pattern === 'string' ? s.pattern : undefined,
          // 3.1's annotations of a string's content: they mark raw bytes in a multipart part.
          contentMediaType: this.openapi31 && typeof s.contentMediaType === 'string' ? s.contentMediaType : undefined,
          contentEncoding: this.openapi31 && typeof s.contentEncoding === 'string' ? s.contentEncoding : undefined,
        });
      case 'number':
      case 'integer': {
        // 3.0: exclusiveMinimum is a boolean modifying minimum; 3.1: it is the bound itself.
        const exclusiveMinimum = s.exclusiveMinimum === true ? num('minimum') : num('exclusiveMinimum');
        const exclusiveMaximum = s.exclusiveMaximum === true ? num('maximum') : num('exclusiveMaximum');
        let minimum = s.exclusiveMinimum === true ? undefined : num('minimum');
        let maximum = s.exclusiveMaximum === true ? undefined : num('maximum');
        // The integer formats are ranges (int32) or integrality (int64), as ajv-formats reads them;
        // float and double say nothing a JSON number does not already satisfy.
        const integer = type === 'integer' || s.format === 'int32' || s.format === 'int64';
        if (s.format === 'int32') {
          minimum = Math.max(minimum ?? INT32_MIN, INT32_MIN);
          maximum = Math.min(maximum ?? INT32_MAX, INT32_MAX);
        } else if (typeof s.format === 'string' && !NUMBER_FORMATS.has(s.format)) {
          this.diagnostics.warn('format-unknown', `The number format ${JSON.stringify(s.format)} is not checked (known: ${[...NUMBER_FORMATS].join(', ')}).`, { file, pointer: joinPointer(pointer, 'format') });
        }
        return omitUndefined({ kind: 'number', nullable: false, integer, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf: num('multipleOf') });
      }
      case 'boolean':
        return { kind: 'boolean', nullable: false };
      case 'null':
        return { kind: 'null', nullable: false };
      case 'array': {
        const prefix = Array.isArray(s.prefixItems) ? s.prefixItems.map((m: unknown, i) => this.nested(m, file, joinPointer(pointer, 'prefixItems', i))) : [];
        const closed = s.items === false;
        const items = s.items === undefined || s.items === false ? undefined : this.nested(s.items, file, joinPointer(pointer, 'items'));
        return omitUndefined({ kind: 'array', nullable: false, items, closed, prefixItems: prefix, minItems: num('minItems'), maxItems: num('maxItems'), uniqueItems: s.uniqueItems === true });
      }
      default:
        return this.objectSchema(s, file, pointer);
    }
  }

  private objectSchema(s: Record<string, unknown>, file: string, pointer: string): Schema {
    const props = (s.properties ?? {}) as Record<string, unknown>;
    const required = Array.isArray(s.required) ? (s.required as unknown[]).filter((r): r is string => typeof r === 'string') : [];
    const seen = new Set<string>();
    for (const name of required) {
      if (seen.has(name)) this.diagnostics.warn('required-duplicate', `"${name}" is listed more than once in "required".`, { file, pointer: joinPointer(pointer, 'required') });
      seen.add(name);
    }
    const properties: Property[] = Object.keys(props).map((name) => ({
      name,
      schema: this.nested(props[name], file, joinPointer(pointer, 'properties', name)),
      required: seen.has(name),
    }));
    // Required names without a property schema still must be present (any value).
    for (const name of seen) {
      if (!Object.prototype.hasOwnProperty.call(props, name)) properties.push({ name, schema: { kind: 'unknown', nullable: false }, required: true });
    }
    const ap = s.additionalProperties;
    const additionalProperties = ap === undefined || ap === true ? true : ap === false ? false : this.nested(ap, file, joinPointer(pointer, 'additionalProperties'));
    const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    return omitUndefined({ kind: 'object', nullable: false, properties, additionalProperties, minProperties: num('minProperties'), maxProperties: num('maxProperties') });
  }

  /**
   * The discriminator of a `oneOf` or `anyOf`. A mapping to a missing schema is a fallback:
   * without the discriminator, validation tries each branch, which is what the union means
   * anyway (OpenAPI's discriminator is a hint that must not change what validates); the
   * reason goes into `remarks`, for the type's docs.
   */
  private discriminator(s: Record<string, unknown>, keyword: 'anyOf' | 'oneOf', members: unknown[], file: string, pointer: string, remarks: string[]): Discriminator | undefined {
    const d = s.discriminator as { propertyName?: unknown; mapping?: Record<string, unknown> } | undefined;
    if (!d || typeof d.propertyName !== 'string') return undefined;
    const mapping = new Map<string, string>();
    const dangling: string[] = [];
    for (const [value, ref] of Object.entries(d.mapping ?? {})) {
      if (typeof ref !== 'string') continue;
      // A bare schema name ("Cat") means "#/components/schemas/Cat".
      const full = ref.includes('#') || ref.includes('/') ? ref : `#/components/schemas/${ref}`;
      const at = joinPointer(pointer, 'discriminator', 'mapping', value);
      let fellBack = false;
      const target = this.documents.resolveRef(full, { file, pointer: at }, {
        refPointer: at,
        subject: `The discriminator mapping ${JSON.stringify(value)}: ${JSON.stringify(ref)}`,
        fallback: { code: 'discriminator-mapping-dangling', assumed: `this ${keyword} has no discriminator; validation tries each branch`, onFallback: () => (fellBack = true) },
      });
      if (target) mapping.set(value, this.refTarget(target.file, target.pointer));
      else if (fellBack) dangling.push(value);
    }
    if (dangling.length > 0) {
      const values = dangling.map((v) => `'${v}'`).join(', ');
      remarks.push(`sdkgen: the spec's discriminator mapping ${values} ${dangling.length === 1 ? 'points to a missing schema' : 'point to missing schemas'}; dispatch tries each branch`);
      return undefined;
    }
    // Without an explicit mapping, each $ref member is selected by its component name.
    for (const m of members) {
      if (m && typeof m === 'object' && typeof (m as Record<string, unknown>).$ref === 'string') {
        const ref = (m as Record<string, string>).$ref!;
        const target = this.documents.resolveRef(ref, { file, pointer });
        if (!target) continue;
        const id = this.refTarget(target.file, target.pointer);
        if (![...mapping.values()].includes(id)) mapping.set(target.pointer.split('/').pop()!, id);
      }
    }
    return { propertyName: d.propertyName, mapping: [...mapping].map(([value, target]) => ({ value, target })).sort((a, b) => (a.value < b.value ? -1 : 1)) };
  }
}

function omitUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Whether a JSON literal is of a JSON Schema type. */
function literalHasType(value: JsonPrimitive, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'boolean':
      return typeof value === type;
    default:
      return false;
  }
}

/** A value as JSON, cut short: it goes into a one-line message. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
