import { encodePointerSegment } from '../../common/diagnostics.js';
import type { ArraySchema, Discriminator, ObjectSchema, Schema, StringSchema } from '../../model/ir.js';
import { stringLiteral } from '../safe-text.js';
import { checkCall } from './check.js';
import { enumTest, isRequired, knownKeyTest, notAnObject, numberFailures, patternIsChecked, readProperty, stringFailures } from './conditions.js';
import { dispatchIsExact } from './discriminator-dispatch.js';
import { formatChecker } from './formats.js';
import { tsOnly } from './markers.js';
import type { ModuleScope } from './module-scope.js';

/**
 * The explainer (`explainX`): statements that push every issue with its JSON pointer
 * (`path` is an expression for the pointer of `v`). It runs only after the guard said no,
 * so it may be slow; it must find a problem wherever the guard did.
 */
export function explainStatements(scope: ModuleScope, schema: Schema, v: string, path: string): string {
  const inner = explainBase(scope, schema, v, path);
  if (!schema.nullable || inner === '') return inner;
  return `if (${v} !== null) {\n${inner}}\n`;
}

/** One issue: `expected` says what was wanted; `message` replaces the default sentence. */
function fail(scope: ModuleScope, path: string, expected: string, v: string, message?: string): string {
  scope.usedHelpers.add('fail');
  return `fail(issues, ${path}, ${stringLiteral(expected)}, ${v}${message ? `, ${stringLiteral(message)}` : ''});\n`;
}

/** Reports a wrong type, or, when the type is right, runs `body` (the keyword checks). */
function typeGuard(scope: ModuleScope, cond: string, expected: string, v: string, path: string, body: string): string {
  return `if (${cond}) {\n${fail(scope, path, expected, v)}}${body ? ` else {\n${body}}` : ''}\n`;
}

function explainBase(scope: ModuleScope, s: Schema, v: string, path: string): string {
  switch (s.kind) {
    case 'unknown':
    case 'binary':
      return '';
    case 'never':
      return fail(scope, path, 'nothing (no value is allowed here)', v);
    case 'null':
      return `if (${v} !== null) {\n${fail(scope, path, 'null', v)}}\n`;
    case 'boolean':
      return `if (typeof ${v} !== 'boolean') {\n${fail(scope, path, 'boolean', v)}}\n`;
    case 'ref': {
      // The named explainer directly, as the guard does; `explainStatements` has already
      // wrapped a nullable ref in its null test.
      const named = scope.named(s.target);
      return named ? `${scope.explainerOf(named)}(${v}, ${path}, issues);\n` : '';
    }
    case 'enum':
      return `if (!(${enumTest(scope, s.values, v)})) {\n${fail(scope, path, `one of ${s.values.map((x) => JSON.stringify(x)).join(', ')}`, v)}}\n`;
    case 'string':
      return explainString(scope, s, v, path);
    case 'number': {
      const cond = s.integer ? `!Number.isInteger(${v})` : `typeof ${v} !== 'number' || !Number.isFinite(${v})`;
      const kind = s.integer ? 'integer' : 'number';
      const checks = numberFailures(s, v).map(([c, m]) => `if (${c}) {\n${fail(scope, path, `${kind} that ${m.replace(/^must be/, 'is')}`, v, m)}}\n`);
      return typeGuard(scope, cond, kind, v, path, checks.join(''));
    }
    case 'array':
      return explainArray(scope, s, v, path);
    case 'object':
      return explainObject(scope, s, v, path);
    case 'allOf':
      return s.members.map((m) => explainStatements(scope, m, v, path)).join('');
    case 'anyOf':
      return `if (!(${s.members.map((m) => checkCall(scope, m, v)).join(' || ') || 'false'})) {\n${fail(scope, path, `a value matching at least one of ${s.members.length} alternatives (anyOf)`, v, 'matches none of the anyOf alternatives')}}\n`;
    case 'oneOf': {
      if (s.discriminator && dispatchIsExact(s.members, s.discriminator, scope.byId)) return explainDiscriminated(scope, s.discriminator, v, path);
      const n = scope.variable();
      const count = `let ${n} = 0;\n${s.members.map((m) => `if (${checkCall(scope, m, v)}) ${n}++;\n`).join('')}`;
      const expected = `a value matching exactly one of ${s.members.length} alternatives (oneOf)`;
      if (!s.discriminator) return `${count}if (${n} !== 1) {\n${fail(scope, path, expected, v, 'must match exactly one oneOf alternative')}}\n`;
      // The discriminator cannot decide validity here, but it says which branch was meant:
      // when nothing matches, that branch's problems are the useful explanation.
      return `${count}if (${n} > 1) {\n${fail(scope, path, expected, v, 'matches more than one oneOf alternative')}} else if (${n} === 0) {\n${explainDiscriminated(scope, s.discriminator, v, path)}}\n`;
    }
  }
}

function explainString(scope: ModuleScope, s: StringSchema, v: string, path: string): string {
  const failures = stringFailures(scope, s, v);
  // One label per failure condition, in the same order (stringFailures skips a pattern that
  // does not compile and an unknown format, and so do the labels).
  const labels: string[] = [];
  if (s.minLength !== undefined && s.minLength > 0) labels.push(`string of at least ${s.minLength} characters`);
  if (s.maxLength !== undefined) labels.push(`string of at most ${s.maxLength} characters`);
  if (s.pattern !== undefined && patternIsChecked(scope, s.pattern)) labels.push(`string matching ${s.pattern}`);
  if (s.format !== undefined && formatChecker(s.format)) labels.push(`${s.format} string`);
  const checks = failures.map((cond, i) => `if (${cond}) {\n${fail(scope, path, labels[i] ?? 'valid string', v)}}\n`);
  return typeGuard(scope, `typeof ${v} !== 'string'`, 'string', v, path, checks.join(''));
}

/** Explains the member the discriminator selects, or reports an unknown tag at the property's pointer. */
function explainDiscriminated(scope: ModuleScope, d: Discriminator, v: string, path: string): string {
  const o = scope.variable();
  const tag = scope.variable();
  const tagPath = `${path} + ${stringLiteral('/' + encodePointerSegment(d.propertyName))}`;
  let body = `const ${o} = ${v}${tsOnly(' as Record<string, unknown>')};\nconst ${tag} = ${readProperty(scope, o, d.propertyName)};\nswitch (${tag}) {\n`;
  for (const { value, target } of d.mapping) {
    const named = scope.named(target);
    body += `case ${stringLiteral(value)}:\n${named ? `${scope.explainerOf(named)}(${v}, ${path}, issues);\n` : ''}break;\n`;
  }
  body += `default:\n${fail(scope, tagPath, `one of ${d.mapping.map((m) => JSON.stringify(m.value)).join(', ')}`, tag)}}\n`;
  return typeGuard(scope, notAnObject(v), 'object', v, path, body);
}

function explainArray(scope: ModuleScope, s: ArraySchema, v: string, path: string): string {
  const a = scope.variable();
  let body = `const ${a}${tsOnly(': unknown[]')} = ${v}${tsOnly(' as unknown[]')};\n`;
  if (s.minItems !== undefined) body += `if (${a}.length < ${s.minItems}) {\n${fail(scope, path, `array of at least ${s.minItems} items`, a)}}\n`;
  if (s.maxItems !== undefined) body += `if (${a}.length > ${s.maxItems}) {\n${fail(scope, path, `array of at most ${s.maxItems} items`, a)}}\n`;
  if (s.closed) body += `if (${a}.length > ${s.prefixItems.length}) {\n${fail(scope, path, `array of at most ${s.prefixItems.length} items`, a)}}\n`;
  s.prefixItems.forEach((item, i) => {
    const e = scope.variable();
    const inner = explainStatements(scope, item, e, `${path} + '/${i}'`);
    if (inner) body += `if (${a}.length > ${i}) {\nconst ${e} = ${a}[${i}];\n${inner}}\n`;
  });
  if (s.items) {
    const i = scope.variable();
    const e = scope.variable();
    const inner = explainStatements(scope, s.items, e, `${path} + '/' + ${i}`);
    if (inner) body += `for (let ${i} = ${s.prefixItems.length}; ${i} < ${a}.length; ${i}++) {\nconst ${e} = ${a}[${i}];\n${inner}}\n`;
  }
  if (s.uniqueItems) {
    scope.usedHelpers.add('hasDuplicates');
    body += `if (hasDuplicates(${a})) {\n${fail(scope, path, 'array of unique items', a, 'must not contain duplicate items')}}\n`;
  }
  return typeGuard(scope, `!Array.isArray(${v})`, 'array', v, path, body);
}

function explainObject(scope: ModuleScope, s: ObjectSchema, v: string, path: string): string {
  const o = scope.variable();
  let body = `const ${o} = ${v}${tsOnly(' as Record<string, unknown>')};\n`;
  for (const p of s.properties) {
    const pv = scope.variable();
    const childPath = `${path} + ${stringLiteral('/' + encodePointerSegment(p.name))}`;
    const inner = explainStatements(scope, p.schema, pv, childPath);
    const required = isRequired(scope, p);
    if (!required && inner === '') continue;
    body += `const ${pv} = ${readProperty(scope, o, p.name)};\n`;
    if (required) {
      scope.usedHelpers.add('missing');
      body += `if (${pv} === undefined) {\nmissing(issues, ${childPath}, ${stringLiteral(describeSchema(p.schema))});\n}`;
      body += inner ? ` else {\n${inner}}\n` : '\n';
    } else {
      body += `if (${pv} !== undefined) {\n${inner}}\n`;
    }
  }
  body += explainExtraKeys(scope, s, o, path);
  if (s.minProperties !== undefined) body += `if (Object.keys(${o}).length < ${s.minProperties}) {\n${fail(scope, path, `object with at least ${s.minProperties} properties`, o)}}\n`;
  if (s.maxProperties !== undefined) body += `if (Object.keys(${o}).length > ${s.maxProperties}) {\n${fail(scope, path, `object with at most ${s.maxProperties} properties`, o)}}\n`;
  return typeGuard(scope, notAnObject(v), 'object', v, path, body);
}

/** additionalProperties false / schema: every other own key is reported at its own pointer. */
function explainExtraKeys(scope: ModuleScope, s: ObjectSchema, o: string, path: string): string {
  const ap = s.additionalProperties;
  if (ap === true) return '';
  const k = scope.variable();
  const known = knownKeyTest(scope, s, k);
  const keyPath = `${path} + '/' + pointer(${k})`;
  if (ap === false) {
    scope.usedHelpers.add('pointer');
    const report = fail(scope, keyPath, 'no such property', `${o}[${k}]`, 'is not an allowed property');
    return `for (const ${k} of Object.keys(${o})) {\nif (!(${known})) ${report.trimEnd()}\n}\n`;
  }
  const value = scope.variable();
  const body = explainStatements(scope, ap, value, keyPath);
  scope.usedHelpers.add('pointer');
  if (!body) return '';
  return `for (const ${k} of Object.keys(${o})) {\nif (${known}) continue;\nconst ${value} = ${o}[${k}];\n${body}}\n`;
}

/** What a missing property should have been, for its issue: `string`, `integer or null`, `a value`. */
function describeSchema(s: Schema): string {
  const base = s.kind === 'number' ? (s.integer ? 'integer' : 'number') : s.kind === 'ref' || s.kind === 'allOf' || s.kind === 'anyOf' || s.kind === 'oneOf' ? 'a value' : s.kind === 'unknown' ? 'any value' : s.kind;
  return s.nullable ? `${base} or null` : base;
}
