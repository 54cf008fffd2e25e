import type { Diagnostics } from '../common/diagnostics.js';
import type { Discriminator, NamedSchema, Schema } from '../model/ir.js';
import { encodePointerSegment } from '../common/diagnostics.js';
import { dispatchIsExact } from './discriminator-dispatch.js';
import { checkPatternSafety } from './pattern-safety.js';
import { propertyKey, stringLiteral } from './safe-text.js';

/**
 * Emits validators as straight-line TypeScript: no runtime library, no `eval`.
 *
 * For every schema there are two functions. `isX` is the fast path: a boolean check
 * that returns at the first failure. `explainX` runs only after `isX` said no, and
 * collects every issue with its JSON pointer. Keeping them apart keeps the fast path
 * free of bookkeeping.
 */

const FORMAT_FUNCTIONS: Record<string, string> = {
  'date-time': 'isDateTime',
  date: 'isDate',
  time: 'isTime',
  uuid: 'isUuid',
  email: 'isEmail',
  uri: 'isUri',
  ipv4: 'isIpv4',
  ipv6: 'isIpv6',
};

/**
 * The local name a format checker is imported as. A schema named `Email` has its own
 * `isEmail`; generated names never start with `format`, so the alias cannot collide.
 */
export function formatAlias(checker: string): string {
  return `format${checker.slice(2)}`;
}

/**
 * Marks TypeScript-only text (annotations, casts) in the emitted code. The module's
 * TypeScript source keeps it, its JavaScript drops it: validators are most of a large
 * package, and writing their JavaScript directly spares a compiler pass over them. The
 * marker characters cannot occur elsewhere: string literals escape them, comments drop them.
 */
const ts = (text: string) => `\u0001${text}\u0002`;
/** The emitted code as TypeScript: annotations kept, markers removed. */
export const typescriptOf = (code: string): string => code.replace(/[\u0001\u0002]/g, '');
/** The emitted code as JavaScript: annotations removed. */
export const javascriptOf = (code: string): string => code.replace(/\u0001[^\u0002]*\u0002/g, '');
const GUARD_PARAMS = (typeName: string) => `value${ts(': unknown')})${ts(`: value is ${typeName}`)}`;
const EXPLAIN_PARAMS = `value${ts(': unknown')}, path${ts(': string')}, issues${ts(': ValidationIssue[]')})${ts(': void')}`;

/** Schema fields that document a value without constraining it. */
const DOC_FIELDS = new Set(['description', 'title', 'example', 'default', 'deprecated']);

/** What a validator module needs besides its own functions. */
export interface ValidatorModule {
  code: string;
  /** The module's declarations (`.d.ts` body). */
  declarations: string;
  /** Named schemas whose `is`/`explain` functions it calls. */
  usedSchemas: Set<NamedSchema>;
  /** Helpers from `core/validation.ts` and `core/formats.ts`. */
  usedHelpers: Set<string>;
  usedFormats: Set<string>;
}

export interface ValidatorTarget {
  /** Base name: `LogGetResponse` gives `isLogGetResponse`, `explainLogGetResponse`, `validateLogGetResponse`. */
  name: string;
  schema: Schema;
  /** The TypeScript type the guard narrows to. */
  typeName: string;
  exported: boolean;
  /** Request direction: `readOnly` properties are not required. */
  request?: boolean;
}

/** Generates the validator functions for a list of targets into one module's code. */
export class ValidatorEmitter {
  private readonly out: string[] = [];
  private readonly constants: string[] = [];
  private readonly declarations: string[] = [];
  private counter = 0;
  readonly usedSchemas = new Set<NamedSchema>();
  readonly usedHelpers = new Set<string>();
  readonly usedFormats = new Set<string>();
  private readonly patterns = new Map<string, string>();
  private readonly enums = new Map<string, string>();
  private readonly warnedFormats = new Set<string>();
  private request = false;
  /** Hoisted functions by schema shape: an inline schema shared by several operations is emitted once. */
  private readonly hoisted = new Map<string, string>();
  /** Emitted targets by shape, so that a repeated shape delegates to the first. */
  private readonly targets = new Map<string, string>();

  constructor(
    private readonly byId: Map<string, NamedSchema>,
    private readonly diagnostics: Diagnostics,
  ) {}

  emit(target: ValidatorTarget): void {
    this.request = target.request === true;
    const { name, schema, typeName } = target;
    const exp = target.exported ? 'export ' : '';
    // `{@link}` needs a name; args checks narrow to a plain record.
    const typeRef = /^[A-Za-z_$][\w$]*$/.test(typeName) ? `{@link ${typeName}}` : `\`${typeName}\``;
    const key = this.shapeKey(schema);
    const same = this.targets.get(key);
    if (same === undefined) this.targets.set(key, name);
    // Operations often repeat one inline shape (create, get and update of a gateway): it is
    // checked once, and the repeats delegate.
    this.define(
      exp,
      same ? `/** Whether \`value\` is a valid ${typeRef}: the same checks as {@link is${same}}. */` : `/** Whether \`value\` is a valid ${typeRef}. Fast: returns at the first problem. */`,
      `function is${name}(${GUARD_PARAMS(typeName)}`,
      same ? `return is${same}(value);\n` : `${this.ownVariables(() => this.check(schema, 'value'))}return true;\n`,
    );
    this.define(
      exp,
      same ? `/** @internal The same checks as {@link explain${same}}. */` : `/** @internal Collects every problem with \`value\`; called only when {@link is${name}} is false. */`,
      `function explain${name}(${EXPLAIN_PARAMS}`,
      same ? `explain${same}(value, path, issues);\n` : this.ownVariables(() => this.explain(schema, 'value', 'path')),
    );
    // Argument checks are called by the resource methods only; they need no public wrapper.
    if (target.exported && !this.request) {
      this.usedHelpers.add('collectIssues');
      this.define(
        'export ',
        `/** Checks \`value\` against ${typeRef}; returns it unchanged when valid, or every problem with its JSON pointer path. */`,
        `function validate${name}(value${ts(': unknown')})${ts(`: ValidationResult<${typeName}>`)}`,
        `return is${name}(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explain${name}) };\n`,
      );
    }
  }

  /** One function of the module; an exported one is also declared, with the same doc and signature, for its `.d.ts`. */
  private define(exp: string, doc: string, signature: string, body: string): void {
    this.out.push(`${doc}\n${exp}${signature} {\n${body}}\n`);
    if (exp) this.declarations.push(`${doc}\nexport declare ${typescriptOf(signature)};`);
  }

  /** What decides a schema's verdict: the schema without its documentation, and the direction. */
  private shapeKey(schema: Schema): string {
    return `${this.request}:${JSON.stringify(schema, (k, v: unknown) => (DOC_FIELDS.has(k) ? undefined : v))}`;
  }

  module(): ValidatorModule {
    return { code: [...this.constants, ...this.out].join('\n'), declarations: this.declarations.join('\n'), usedSchemas: this.usedSchemas, usedHelpers: this.usedHelpers, usedFormats: this.usedFormats };
  }

  private v(): string {
    return `v${this.counter++}`;
  }

  /**
   * Generates one function's body with its own variable numbering (v0, v1, ...), so that a
   * field added to one schema renames nothing in the others: regenerated diffs stay small.
   */
  private ownVariables(body: () => string): string {
    const outer = this.counter;
    this.counter = 0;
    try {
      return body();
    } finally {
      this.counter = outer;
    }
  }

  private named(target: string): NamedSchema | undefined {
    const named = this.byId.get(target);
    if (named) this.usedSchemas.add(named);
    return named;
  }

  private patternConstant(pattern: string): string | undefined {
    if (this.patterns.has(pattern)) return this.patterns.get(pattern);
    let flags = 'u';
    try {
      new RegExp(pattern, 'u');
    } catch {
      try {
        new RegExp(pattern);
        flags = '';
      } catch {
        this.diagnostics.warn('pattern-invalid', `The pattern ${stringLiteral(pattern)} is not a valid regular expression; it is not checked.`);
        return undefined;
      }
    }
    const risk = checkPatternSafety(pattern);
    if (risk) this.diagnostics.warn('pattern-backtracking', `The pattern ${stringLiteral(pattern)} can backtrack catastrophically (${risk}); it is still checked, but long inputs may be slow.`);
    const name = `PATTERN_${this.patterns.size}`;
    this.patterns.set(pattern, name);
    // The pattern is a string literal passed to RegExp, so it cannot break out of the code.
    this.constants.push(`const ${name} = new RegExp(${stringLiteral(pattern)}, ${stringLiteral(flags)});`);
    return name;
  }

  private enumConstant(values: unknown[]): string {
    const key = JSON.stringify(values);
    if (!this.enums.has(key)) {
      const name = `ENUM_${this.enums.size}`;
      this.enums.set(key, name);
      this.constants.push(`const ${name}${ts(': ReadonlySet<unknown>')} = new Set(${literalList(values)});`);
    }
    return this.enums.get(key)!;
  }

  private formatFunction(format: string): string | undefined {
    const fn = FORMAT_FUNCTIONS[format];
    if (fn) {
      this.usedFormats.add(fn);
      return formatAlias(fn);
    }
    if (!this.warnedFormats.has(format)) {
      this.warnedFormats.add(format);
      this.diagnostics.warn('format-unknown', `The format ${stringLiteral(format)} is not checked (known formats: ${Object.keys(FORMAT_FUNCTIONS).join(', ')}).`);
    }
    return undefined;
  }

  /** A boolean expression for a sub-schema, hoisting it into a function when it is not a ref. */
  private predicate(schema: Schema, value: string): string {
    if (schema.kind === 'ref' && !schema.nullable) {
      const named = this.named(schema.target);
      return named ? `is${named.typeName}(${value})` : 'true';
    }
    const key = `check:${this.shapeKey(schema)}`;
    let fn = this.hoisted.get(key);
    if (!fn) {
      fn = `check${this.hoisted.size}`;
      this.hoisted.set(key, fn);
      const body = this.ownVariables(() => this.check(schema, 'value'));
      this.constants.push(`function ${fn}(value${ts(': unknown')})${ts(': boolean')} {\n${body}return true;\n}`);
    }
    return `${fn}(${value})`;
  }

  /** Explainer call for a sub-schema, hoisted like `predicate`. */
  private explainer(schema: Schema, value: string, path: string): string {
    if (schema.kind === 'ref' && !schema.nullable) {
      const named = this.named(schema.target);
      return named ? `explain${named.typeName}(${value}, ${path}, issues);\n` : '';
    }
    const key = `explain:${this.shapeKey(schema)}`;
    let fn = this.hoisted.get(key);
    if (!fn) {
      fn = `explain${this.hoisted.size}`;
      this.hoisted.set(key, fn);
      const body = this.ownVariables(() => this.explain(schema, 'value', 'path'));
      this.constants.push(`function ${fn}(${EXPLAIN_PARAMS} {\n${body}}`);
    }
    return `${fn}(${value}, ${path}, issues);\n`;
  }

  // ---- fast boolean checks: statements that `return false` on the first failure ----

  private check(schema: Schema, v: string): string {
    const inner = this.checkBase(schema, v);
    if (!schema.nullable || inner === '') return inner;
    return `if (${v} !== null) {\n${inner}}\n`;
  }

  private checkBase(s: Schema, v: string): string {
    switch (s.kind) {
      case 'unknown':
        return '';
      case 'never':
        return 'return false;\n';
      case 'null':
        return `if (${v} !== null) return false;\n`;
      case 'boolean':
        return `if (typeof ${v} !== 'boolean') return false;\n`;
      case 'ref': {
        const named = this.named(s.target);
        return named ? `if (!is${named.typeName}(${v})) return false;\n` : '';
      }
      case 'enum':
        return `if (!(${this.enumTest(s.values, v)})) return false;\n`;
      case 'string': {
        let out = `if (typeof ${v} !== 'string') return false;\n`;
        for (const cond of this.stringFailures(s, v)) out += `if (${cond}) return false;\n`;
        return out;
      }
      case 'number': {
        let out = s.integer ? `if (!Number.isInteger(${v})) return false;\n` : `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return false;\n`;
        for (const [cond] of this.numberFailures(s, `(${v}${ts(' as number')})`)) out += `if (${cond}) return false;\n`;
        return out;
      }
      case 'array':
        return this.checkArray(s, v);
      case 'object':
        return this.checkObject(s, v);
      case 'allOf':
        return this.checkAllOf(s.members, v);
      case 'anyOf':
        return s.members.length === 0 ? 'return false;\n' : `if (!(${s.members.map((m) => this.predicate(m, v)).join(' || ')})) return false;\n`;
      case 'oneOf': {
        if (s.discriminator && dispatchIsExact(s.members, s.discriminator, this.byId)) return this.checkDiscriminated(s.discriminator, v);
        const n = this.v();
        return `let ${n} = 0;\n${s.members.map((m) => `if (${this.predicate(m, v)}) ${n}++;\n`).join('')}if (${n} !== 1) return false;\n`;
      }
    }
  }

  /**
   * Every member on the same value. After a member checked through a type guard (`isX(v)`)
   * TypeScript has narrowed `v`, and a cast in the next member's checks could be an error
   * for it, so the members after a guard read the value through an alias of type unknown.
   */
  private checkAllOf(members: Schema[], v: string): string {
    let out = '';
    let narrowed = false;
    for (const m of members) {
      let target = v;
      if (narrowed) {
        target = this.v();
        out += `const ${target}${ts(': unknown')} = ${v};\n`;
      }
      out += this.check(m, target);
      narrowed ||= m.kind === 'ref';
    }
    return out;
  }

  private checkDiscriminated(d: Discriminator, v: string): string {
    const o = this.v();
    let out = `if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return false;\n`;
    out += `const ${o} = ${v}${ts(' as Record<string, unknown>')};\nswitch (${this.read(o, d.propertyName)}) {\n`;
    for (const { value, target } of d.mapping) {
      const named = this.named(target);
      out += `case ${stringLiteral(value)}:\n${named ? `if (!is${named.typeName}(${v})) return false;\n` : ''}break;\n`;
    }
    return out + 'default:\nreturn false;\n}\n';
  }

  /** Reads an own property; names that exist on Object.prototype are guarded so they cannot be inherited. */
  private read(o: string, name: string): string {
    if (name in Object.prototype || name === '__proto__') {
      this.usedHelpers.add('ownValue');
      return `ownValue(${o}, ${stringLiteral(name)})`;
    }
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${o}.${name}` : `${o}[${stringLiteral(name)}]`;
  }

  private enumTest(values: unknown[], v: string): string {
    if (values.length === 0) return 'false';
    if (values.length > 6) return `${this.enumConstant(values)}.has(${v})`;
    return values.map((x) => `${v} === ${literal(x)}`).join(' || ');
  }

  private stringFailures(s: Extract<Schema, { kind: 'string' }>, v: string): string[] {
    const out: string[] = [];
    // Lengths count code points; UTF-16 length is an upper bound, so the exact count is
    // only computed when the cheap bound cannot decide.
    if (s.minLength !== undefined && s.minLength > 0) {
      this.usedHelpers.add('codePoints');
      out.push(`${v}.length < ${s.minLength} || (${v}.length < ${s.minLength * 2} && codePoints(${v}) < ${s.minLength})`);
    }
    if (s.maxLength !== undefined) {
      this.usedHelpers.add('codePoints');
      out.push(`${v}.length > ${s.maxLength} && codePoints(${v}) > ${s.maxLength}`);
    }
    if (s.pattern !== undefined) {
      const re = this.patternConstant(s.pattern);
      if (re) out.push(`!${re}.test(${v})`);
    }
    if (s.format !== undefined) {
      const fn = this.formatFunction(s.format);
      if (fn) out.push(`!${fn}(${v})`);
    }
    return out;
  }

  /** [failure condition, message] pairs for numeric bounds. */
  private numberFailures(s: Extract<Schema, { kind: 'number' }>, v: string): [string, string][] {
    const out: [string, string][] = [];
    if (s.minimum !== undefined) out.push([`${v} < ${s.minimum}`, `must be >= ${s.minimum}`]);
    if (s.maximum !== undefined) out.push([`${v} > ${s.maximum}`, `must be <= ${s.maximum}`]);
    if (s.exclusiveMinimum !== undefined) out.push([`${v} <= ${s.exclusiveMinimum}`, `must be > ${s.exclusiveMinimum}`]);
    if (s.exclusiveMaximum !== undefined) out.push([`${v} >= ${s.exclusiveMaximum}`, `must be < ${s.exclusiveMaximum}`]);
    if (s.multipleOf !== undefined && s.multipleOf > 0) out.push([`!Number.isInteger(${v} / ${s.multipleOf})`, `must be a multiple of ${s.multipleOf}`]);
    return out;
  }

  private checkArray(s: Extract<Schema, { kind: 'array' }>, v: string): string {
    const a = this.v();
    let out = `if (!Array.isArray(${v})) return false;\nconst ${a}${ts(': unknown[]')} = ${v};\n`;
    if (s.minItems !== undefined) out += `if (${a}.length < ${s.minItems}) return false;\n`;
    if (s.maxItems !== undefined) out += `if (${a}.length > ${s.maxItems}) return false;\n`;
    if (s.closed) out += `if (${a}.length > ${s.prefixItems.length}) return false;\n`;
    s.prefixItems.forEach((item, i) => {
      const e = this.v();
      const body = this.check(item, e);
      if (body) out += `if (${a}.length > ${i}) {\nconst ${e} = ${a}[${i}];\n${body}}\n`;
    });
    if (s.items) {
      const i = this.v();
      const e = this.v();
      const body = this.check(s.items, e);
      if (body) out += `for (let ${i} = ${s.prefixItems.length}; ${i} < ${a}.length; ${i}++) {\nconst ${e} = ${a}[${i}];\n${body}}\n`;
    }
    if (s.uniqueItems) {
      this.usedHelpers.add('hasDuplicates');
      out += `if (hasDuplicates(${a})) return false;\n`;
    }
    return out;
  }

  private isRequired(p: { required: boolean; schema: Schema }): boolean {
    return p.required && !(this.request && p.schema.readOnly === true);
  }

  private checkObject(s: Extract<Schema, { kind: 'object' }>, v: string): string {
    const o = this.v();
    let out = `if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return false;\nconst ${o} = ${v}${ts(' as Record<string, unknown>')};\n`;
    for (const p of s.properties) {
      const pv = this.v();
      const body = this.check(p.schema, pv);
      if (!this.isRequired(p) && body === '') continue;
      out += `const ${pv} = ${this.read(o, p.name)};\n`;
      if (this.isRequired(p)) out += `if (${pv} === undefined) return false;\n${body}`;
      else out += `if (${pv} !== undefined) {\n${body}}\n`;
    }
    out += this.checkExtraKeys(s, o, false);
    if (s.minProperties !== undefined) out += `if (Object.keys(${o}).length < ${s.minProperties}) return false;\n`;
    if (s.maxProperties !== undefined) out += `if (Object.keys(${o}).length > ${s.maxProperties}) return false;\n`;
    return out;
  }

  private knownKeyTest(s: Extract<Schema, { kind: 'object' }>, k: string): string {
    if (s.properties.length === 0) return 'false';
    if (s.properties.length > 8) return `${this.enumConstant(s.properties.map((p) => p.name))}.has(${k})`;
    return s.properties.map((p) => `${k} === ${stringLiteral(p.name)}`).join(' || ');
  }

  /** additionalProperties false / schema: every other own key is checked. */
  private checkExtraKeys(s: Extract<Schema, { kind: 'object' }>, o: string, explain: boolean, path = ''): string {
    const ap = s.additionalProperties;
    if (ap === true) return '';
    const k = this.v();
    const known = this.knownKeyTest(s, k);
    if (ap === false) {
      this.usedHelpers.add('pointer');
      const fail = explain ? this.fail(`${path} + '/' + pointer(${k})`, 'no such property', `${o}[${k}]`, 'is not an allowed property') : 'return false;\n';
      return `for (const ${k} of Object.keys(${o})) {\nif (!(${known})) ${fail.trimEnd()}\n}\n`;
    }
    const value = this.v();
    const body = explain ? this.explain(ap, value, `${path} + '/' + pointer(${k})`) : this.check(ap, value);
    if (explain) this.usedHelpers.add('pointer');
    if (!body) return '';
    return `for (const ${k} of Object.keys(${o})) {\nif (${known}) continue;\nconst ${value} = ${o}[${k}];\n${body}}\n`;
  }

  // ---- explainers: statements that push every issue ----

  private fail(path: string, expected: string, v: string, message?: string): string {
    this.usedHelpers.add('fail');
    return `fail(issues, ${path}, ${stringLiteral(expected)}, ${v}${message ? `, ${stringLiteral(message)}` : ''});\n`;
  }

  private explain(schema: Schema, v: string, path: string): string {
    const inner = this.explainBase(schema, v, path);
    if (!schema.nullable || inner === '') return inner;
    return `if (${v} !== null) {\n${inner}}\n`;
  }

  private typeGuard(cond: string, expected: string, v: string, path: string, body: string): string {
    return `if (${cond}) {\n${this.fail(path, expected, v)}}${body ? ` else {\n${body}}` : ''}\n`;
  }

  private explainBase(s: Schema, v: string, path: string): string {
    switch (s.kind) {
      case 'unknown':
        return '';
      case 'never':
        return this.fail(path, 'nothing (no value is allowed here)', v);
      case 'null':
        return `if (${v} !== null) {\n${this.fail(path, 'null', v)}}\n`;
      case 'boolean':
        return `if (typeof ${v} !== 'boolean') {\n${this.fail(path, 'boolean', v)}}\n`;
      case 'ref':
        return this.explainer(s, v, path);
      case 'enum':
        return `if (!(${this.enumTest(s.values, v)})) {\n${this.fail(path, `one of ${s.values.map((x) => JSON.stringify(x)).join(', ')}`, v)}}\n`;
      case 'string': {
        const checks: string[] = [];
        const failures = this.stringFailures(s, v);
        const labels: string[] = [];
        if (s.minLength !== undefined && s.minLength > 0) labels.push(`string of at least ${s.minLength} characters`);
        if (s.maxLength !== undefined) labels.push(`string of at most ${s.maxLength} characters`);
        if (s.pattern !== undefined && this.patterns.has(s.pattern)) labels.push(`string matching ${s.pattern}`);
        if (s.format !== undefined && FORMAT_FUNCTIONS[s.format]) labels.push(`${s.format} string`);
        failures.forEach((cond, i) => checks.push(`if (${cond}) {\n${this.fail(path, labels[i] ?? 'valid string', v)}}\n`));
        return this.typeGuard(`typeof ${v} !== 'string'`, 'string', v, path, checks.join(''));
      }
      case 'number': {
        const cond = s.integer ? `!Number.isInteger(${v})` : `typeof ${v} !== 'number' || !Number.isFinite(${v})`;
        const checks = this.numberFailures(s, `(${v}${ts(' as number')})`).map(([c, m]) => `if (${c}) {\n${this.fail(path, `${s.integer ? 'integer' : 'number'} that ${m.replace(/^must be/, 'is')}`, v, m)}}\n`);
        return this.typeGuard(cond, s.integer ? 'integer' : 'number', v, path, checks.join(''));
      }
      case 'array':
        return this.explainArray(s, v, path);
      case 'object':
        return this.explainObject(s, v, path);
      case 'allOf':
        return s.members.map((m) => this.explain(m, v, path)).join('');
      case 'anyOf':
        return `if (!(${s.members.map((m) => this.predicate(m, v)).join(' || ') || 'false'})) {\n${this.fail(path, `a value matching at least one of ${s.members.length} alternatives (anyOf)`, v, 'matches none of the anyOf alternatives')}}\n`;
      case 'oneOf': {
        if (s.discriminator && dispatchIsExact(s.members, s.discriminator, this.byId)) return this.explainDiscriminated(s.discriminator, v, path);
        const n = this.v();
        const count = `let ${n} = 0;\n${s.members.map((m) => `if (${this.predicate(m, v)}) ${n}++;\n`).join('')}`;
        const expected = `a value matching exactly one of ${s.members.length} alternatives (oneOf)`;
        if (!s.discriminator) return `${count}if (${n} !== 1) {\n${this.fail(path, expected, v, 'must match exactly one oneOf alternative')}}\n`;
        // The discriminator cannot decide validity here, but it says which branch was meant:
        // when nothing matches, that branch's problems are the useful explanation.
        return `${count}if (${n} > 1) {\n${this.fail(path, expected, v, 'matches more than one oneOf alternative')}} else if (${n} === 0) {\n${this.explainDiscriminated(s.discriminator, v, path)}}\n`;
      }
    }
  }

  private explainDiscriminated(d: Discriminator, v: string, path: string): string {
    const o = this.v();
    const tag = this.v();
    const tagPath = `${path} + ${stringLiteral('/' + encodePointerSegment(d.propertyName))}`;
    let body = `const ${o} = ${v}${ts(' as Record<string, unknown>')};\nconst ${tag} = ${this.read(o, d.propertyName)};\nswitch (${tag}) {\n`;
    for (const { value, target } of d.mapping) {
      const named = this.named(target);
      body += `case ${stringLiteral(value)}:\n${named ? `explain${named.typeName}(${v}, ${path}, issues);\n` : ''}break;\n`;
    }
    body += `default:\n${this.fail(tagPath, `one of ${d.mapping.map((m) => JSON.stringify(m.value)).join(', ')}`, tag)}}\n`;
    return this.typeGuard(`typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`, 'object', v, path, body);
  }

  private explainArray(s: Extract<Schema, { kind: 'array' }>, v: string, path: string): string {
    const a = this.v();
    let body = `const ${a}${ts(': unknown[]')} = ${v}${ts(' as unknown[]')};\n`;
    if (s.minItems !== undefined) body += `if (${a}.length < ${s.minItems}) {\n${this.fail(path, `array of at least ${s.minItems} items`, a)}}\n`;
    if (s.maxItems !== undefined) body += `if (${a}.length > ${s.maxItems}) {\n${this.fail(path, `array of at most ${s.maxItems} items`, a)}}\n`;
    if (s.closed) body += `if (${a}.length > ${s.prefixItems.length}) {\n${this.fail(path, `array of at most ${s.prefixItems.length} items`, a)}}\n`;
    s.prefixItems.forEach((item, i) => {
      const e = this.v();
      const inner = this.explain(item, e, `${path} + '/${i}'`);
      if (inner) body += `if (${a}.length > ${i}) {\nconst ${e} = ${a}[${i}];\n${inner}}\n`;
    });
    if (s.items) {
      const i = this.v();
      const e = this.v();
      const inner = this.explain(s.items, e, `${path} + '/' + ${i}`);
      if (inner) body += `for (let ${i} = ${s.prefixItems.length}; ${i} < ${a}.length; ${i}++) {\nconst ${e} = ${a}[${i}];\n${inner}}\n`;
    }
    if (s.uniqueItems) {
      this.usedHelpers.add('hasDuplicates');
      body += `if (hasDuplicates(${a})) {\n${this.fail(path, 'array of unique items', a, 'must not contain duplicate items')}}\n`;
    }
    return this.typeGuard(`!Array.isArray(${v})`, 'array', v, path, body);
  }

  private explainObject(s: Extract<Schema, { kind: 'object' }>, v: string, path: string): string {
    const o = this.v();
    let body = `const ${o} = ${v}${ts(' as Record<string, unknown>')};\n`;
    for (const p of s.properties) {
      const pv = this.v();
      const childPath = `${path} + ${stringLiteral('/' + encodePointerSegment(p.name))}`;
      const inner = this.explain(p.schema, pv, childPath);
      if (!this.isRequired(p) && inner === '') continue;
      body += `const ${pv} = ${this.read(o, p.name)};\n`;
      if (this.isRequired(p)) {
        this.usedHelpers.add('missing');
        body += `if (${pv} === undefined) {\nmissing(issues, ${childPath}, ${stringLiteral(describeSchema(p.schema))});\n}`;
        body += inner ? ` else {\n${inner}}\n` : '\n';
      } else {
        body += `if (${pv} !== undefined) {\n${inner}}\n`;
      }
    }
    body += this.checkExtraKeys(s, o, true, path);
    if (s.minProperties !== undefined) body += `if (Object.keys(${o}).length < ${s.minProperties}) {\n${this.fail(path, `object with at least ${s.minProperties} properties`, o)}}\n`;
    if (s.maxProperties !== undefined) body += `if (Object.keys(${o}).length > ${s.maxProperties}) {\n${this.fail(path, `object with at most ${s.maxProperties} properties`, o)}}\n`;
    return this.typeGuard(`typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`, 'object', v, path, body);
  }
}

function describeSchema(s: Schema): string {
  const base = s.kind === 'number' ? (s.integer ? 'integer' : 'number') : s.kind === 'ref' || s.kind === 'allOf' || s.kind === 'anyOf' || s.kind === 'oneOf' ? 'a value' : s.kind === 'unknown' ? 'any value' : s.kind;
  return s.nullable ? `${base} or null` : base;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? stringLiteral(value) : String(value);
}

function literalList(values: unknown[]): string {
  return `[${values.map(literal).join(', ')}]`;
}

export { propertyKey };
