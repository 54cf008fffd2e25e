import type { ArraySchema, Discriminator, ObjectSchema, Schema } from '../../model/ir.js';
import { stringLiteral } from '../safe-text.js';
import { enumTest, isRequired, knownKeyTest, notAnObject, numberFailures, readProperty, stringFailures } from './conditions.js';
import { dispatchIsExact } from './discriminator-dispatch.js';
import { tsOnly } from './markers.js';
import type { ModuleScope } from './module-scope.js';

/**
 * The fast guard (`isX`): statements that `return false` at the first failure, with no
 * bookkeeping. An empty string means the schema allows every value.
 */
export function checkStatements(scope: ModuleScope, schema: Schema, v: string): string {
  const inner = checkBase(scope, schema, v);
  if (!schema.nullable || inner === '') return inner;
  return `if (${v} !== null) {\n${inner}}\n`;
}

/**
 * A boolean expression for a sub-schema (an `anyOf`/`oneOf` member): a named schema's guard,
 * or a function hoisted to module level, once per shape.
 */
export function checkCall(scope: ModuleScope, schema: Schema, value: string): string {
  if (schema.kind === 'ref' && !schema.nullable) {
    const named = scope.named(schema.target);
    return named ? `${scope.guardOf(named)}(${value})` : 'true';
  }
  const fn = scope.hoist(`check:${scope.shapeKey(schema)}`, 'check', (name) => {
    const body = scope.ownVariables(() => checkStatements(scope, schema, 'value'));
    return `function ${name}(value${tsOnly(': unknown')})${tsOnly(': boolean')} {\n${body}return true;\n}`;
  });
  return `${fn}(${value})`;
}

function checkBase(scope: ModuleScope, s: Schema, v: string): string {
  switch (s.kind) {
    case 'unknown':
    // Bytes (a file part, a download) are not validated: whatever the caller passes, fetch sends.
    case 'binary':
      return '';
    case 'never':
      return 'return false;\n';
    case 'null':
      return `if (${v} !== null) return false;\n`;
    case 'boolean':
      return `if (typeof ${v} !== 'boolean') return false;\n`;
    case 'ref': {
      const named = scope.named(s.target);
      return named ? `if (!${scope.guardOf(named)}(${v})) return false;\n` : '';
    }
    case 'enum':
      return `if (!(${enumTest(scope, s.values, v)})) return false;\n`;
    case 'string': {
      let out = `if (typeof ${v} !== 'string') return false;\n`;
      for (const cond of stringFailures(scope, s, v)) out += `if (${cond}) return false;\n`;
      return out;
    }
    case 'number': {
      let out = s.integer ? `if (!Number.isInteger(${v})) return false;\n` : `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return false;\n`;
      for (const [cond] of numberFailures(s, v)) out += `if (${cond}) return false;\n`;
      return out;
    }
    case 'array':
      return checkArray(scope, s, v);
    case 'object':
      return checkObject(scope, s, v);
    case 'allOf':
      return checkAllOf(scope, s.members, v);
    case 'anyOf':
      return s.members.length === 0 ? 'return false;\n' : `if (!(${s.members.map((m) => checkCall(scope, m, v)).join(' || ')})) return false;\n`;
    case 'oneOf': {
      if (s.discriminator && dispatchIsExact(s.members, s.discriminator, scope.byId)) return checkDiscriminated(scope, s.discriminator, v);
      const n = scope.variable();
      return `let ${n} = 0;\n${s.members.map((m) => `if (${checkCall(scope, m, v)}) ${n}++;\n`).join('')}if (${n} !== 1) return false;\n`;
    }
  }
}

/**
 * Every member on the same value. After a member checked through a type guard (`isX(v)`)
 * TypeScript has narrowed `v`, and a cast in the next member's checks could be an error
 * for it, so the members after a guard read the value through an alias of type unknown.
 */
function checkAllOf(scope: ModuleScope, members: Schema[], v: string): string {
  let out = '';
  let narrowed = false;
  for (const m of members) {
    let target = v;
    if (narrowed) {
      target = scope.variable();
      out += `const ${target}${tsOnly(': unknown')} = ${v};\n`;
    }
    out += checkStatements(scope, m, target);
    narrowed ||= m.kind === 'ref';
  }
  return out;
}

/** A `oneOf` whose discriminator decides exactly (see `dispatchIsExact`): one switch, one member checked. */
function checkDiscriminated(scope: ModuleScope, d: Discriminator, v: string): string {
  const o = scope.variable();
  let out = `if (${notAnObject(v)}) return false;\n`;
  out += `const ${o} = ${v}${tsOnly(' as Record<string, unknown>')};\nswitch (${readProperty(scope, o, d.propertyName)}) {\n`;
  for (const { value, target } of d.mapping) {
    const named = scope.named(target);
    out += `case ${stringLiteral(value)}:\n${named ? `if (!${scope.guardOf(named)}(${v})) return false;\n` : ''}break;\n`;
  }
  return out + 'default:\nreturn false;\n}\n';
}

function checkArray(scope: ModuleScope, s: ArraySchema, v: string): string {
  const a = scope.variable();
  let out = `if (!Array.isArray(${v})) return false;\nconst ${a}${tsOnly(': unknown[]')} = ${v};\n`;
  if (s.minItems !== undefined) out += `if (${a}.length < ${s.minItems}) return false;\n`;
  if (s.maxItems !== undefined) out += `if (${a}.length > ${s.maxItems}) return false;\n`;
  if (s.closed) out += `if (${a}.length > ${s.prefixItems.length}) return false;\n`;
  s.prefixItems.forEach((item, i) => {
    const e = scope.variable();
    const body = checkStatements(scope, item, e);
    if (body) out += `if (${a}.length > ${i}) {\nconst ${e} = ${a}[${i}];\n${body}}\n`;
  });
  if (s.items) {
    const i = scope.variable();
    const e = scope.variable();
    const body = checkStatements(scope, s.items, e);
    if (body) out += `for (let ${i} = ${s.prefixItems.length}; ${i} < ${a}.length; ${i}++) {\nconst ${e} = ${a}[${i}];\n${body}}\n`;
  }
  if (s.uniqueItems) {
    scope.usedHelpers.add('hasDuplicates');
    out += `if (hasDuplicates(${a})) return false;\n`;
  }
  return out;
}

function checkObject(scope: ModuleScope, s: ObjectSchema, v: string): string {
  const o = scope.variable();
  let out = `if (${notAnObject(v)}) return false;\nconst ${o} = ${v}${tsOnly(' as Record<string, unknown>')};\n`;
  for (const p of s.properties) {
    const pv = scope.variable();
    const body = checkStatements(scope, p.schema, pv);
    const required = isRequired(scope, p);
    if (!required && body === '') continue;
    out += `const ${pv} = ${readProperty(scope, o, p.name)};\n`;
    if (required) out += `if (${pv} === undefined) return false;\n${body}`;
    else out += `if (${pv} !== undefined) {\n${body}}\n`;
  }
  out += checkExtraKeys(scope, s, o);
  if (s.minProperties !== undefined) out += `if (Object.keys(${o}).length < ${s.minProperties}) return false;\n`;
  if (s.maxProperties !== undefined) out += `if (Object.keys(${o}).length > ${s.maxProperties}) return false;\n`;
  return out;
}

/** additionalProperties false / schema: every other own key is checked. */
function checkExtraKeys(scope: ModuleScope, s: ObjectSchema, o: string): string {
  const ap = s.additionalProperties;
  if (ap === true) return '';
  const k = scope.variable();
  const known = knownKeyTest(scope, s, k);
  if (ap === false) {
    // The guard never calls `pointer`, yet records it: a module where such an object is only
    // checked, never explained (an anyOf or oneOf member), imports it unused. Kept so that
    // moving this code changed no output; dropping it is a change of its own.
    scope.usedHelpers.add('pointer');
    return `for (const ${k} of Object.keys(${o})) {\nif (!(${known})) return false;\n}\n`;
  }
  const value = scope.variable();
  const body = checkStatements(scope, ap, value);
  if (!body) return '';
  return `for (const ${k} of Object.keys(${o})) {\nif (${known}) continue;\nconst ${value} = ${o}[${k}];\n${body}}\n`;
}
