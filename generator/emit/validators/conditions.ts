import type { JsonPrimitive, NumberSchema, ObjectSchema, Property, StringSchema } from '../../model/ir.js';
import { stringLiteral } from '../safe-text.js';
import { useFormatChecker } from './formats.js';
import { tsOnly } from './markers.js';
import type { ModuleScope } from './module-scope.js';
import { checkPatternSafety } from './pattern-safety.js';

/**
 * The tests a guard and its explainer share: both must fail a value for the same reasons,
 * so both build their conditions here. The guard returns on the first; the explainer
 * reports each.
 */

/** The condition that `v` is not a plain object (null and arrays are not). */
export function notAnObject(v: string): string {
  return `typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`;
}

/** Whether a property must be present: `readOnly` ones are not sent in requests, so they are optional there. */
export function isRequired(scope: ModuleScope, p: Pick<Property, 'required' | 'schema'>): boolean {
  return p.required && !(scope.request && p.schema.readOnly === true);
}

/** Reads an own property; names that exist on Object.prototype are guarded so they cannot be inherited. */
export function readProperty(scope: ModuleScope, o: string, name: string): string {
  if (name in Object.prototype || name === '__proto__') {
    scope.usedHelpers.add('ownValue');
    return `ownValue(${o}, ${stringLiteral(name)})`;
  }
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${o}.${name}` : `${o}[${stringLiteral(name)}]`;
}

/** Whether `v` is one of the enum's values: comparisons for a few, a module-level `Set` for more than six. */
export function enumTest(scope: ModuleScope, values: JsonPrimitive[], v: string): string {
  if (values.length === 0) return 'false';
  if (values.length > 6) return `${enumConstant(scope, values)}.has(${v})`;
  return values.map((x) => `${v} === ${literal(x)}`).join(' || ');
}

/** Whether `k` names a declared property: comparisons for a few, a module-level `Set` for more than eight. */
export function knownKeyTest(scope: ModuleScope, s: ObjectSchema, k: string): string {
  if (s.properties.length === 0) return 'false';
  if (s.properties.length > 8) return `${enumConstant(scope, s.properties.map((p) => p.name))}.has(${k})`;
  return s.properties.map((p) => `${k} === ${stringLiteral(p.name)}`).join(' || ');
}

/**
 * Failure conditions for a string's keywords (`v` is known to be a string), in keyword
 * order: minLength, maxLength, pattern, format. A pattern that does not compile and an
 * unknown format give none.
 */
export function stringFailures(scope: ModuleScope, s: StringSchema, v: string): string[] {
  const out: string[] = [];
  // Lengths count code points; UTF-16 length is an upper bound, so the exact count is
  // only computed when the cheap bound cannot decide.
  if (s.minLength !== undefined && s.minLength > 0) {
    scope.usedHelpers.add('codePoints');
    out.push(`${v}.length < ${s.minLength} || (${v}.length < ${s.minLength * 2} && codePoints(${v}) < ${s.minLength})`);
  }
  if (s.maxLength !== undefined) {
    scope.usedHelpers.add('codePoints');
    out.push(`${v}.length > ${s.maxLength} && codePoints(${v}) > ${s.maxLength}`);
  }
  if (s.pattern !== undefined) {
    const re = patternConstant(scope, s.pattern);
    if (re) out.push(`!${re}.test(${v})`);
  }
  if (s.format !== undefined) {
    const fn = useFormatChecker(scope, s.format);
    if (fn) out.push(`!${fn}(${v})`);
  }
  return out;
}

/** [failure condition, message] pairs for numeric bounds (`v` is known to be a number). */
export function numberFailures(s: NumberSchema, v: string): [string, string][] {
  const n = `(${v}${tsOnly(' as number')})`;
  const out: [string, string][] = [];
  if (s.minimum !== undefined) out.push([`${n} < ${s.minimum}`, `must be >= ${s.minimum}`]);
  if (s.maximum !== undefined) out.push([`${n} > ${s.maximum}`, `must be <= ${s.maximum}`]);
  if (s.exclusiveMinimum !== undefined) out.push([`${n} <= ${s.exclusiveMinimum}`, `must be > ${s.exclusiveMinimum}`]);
  if (s.exclusiveMaximum !== undefined) out.push([`${n} >= ${s.exclusiveMaximum}`, `must be < ${s.exclusiveMaximum}`]);
  if (s.multipleOf !== undefined && s.multipleOf > 0) out.push([`!Number.isInteger(${n} / ${s.multipleOf})`, `must be a multiple of ${s.multipleOf}`]);
  return out;
}

/** The name of the string's pattern as a module-level RegExp, or undefined when it does not compile (then it is not checked). */
function patternConstant(scope: ModuleScope, pattern: string): string | undefined {
  const declared = scope.constant('PATTERN', pattern);
  if (declared) return declared;
  let flags = 'u';
  try {
    new RegExp(pattern, 'u');
  } catch {
    try {
      new RegExp(pattern);
      flags = '';
    } catch {
      scope.diagnostics.warn('pattern-invalid', `The pattern ${stringLiteral(pattern)} is not a valid regular expression; it is not checked.`);
      return undefined;
    }
  }
  const risk = checkPatternSafety(pattern);
  if (risk) scope.diagnostics.warn('pattern-backtracking', `The pattern ${stringLiteral(pattern)} can backtrack catastrophically (${risk}); it is still checked, but long inputs may be slow.`);
  // The pattern is a string literal passed to RegExp, so it cannot break out of the code.
  return scope.declareConstant('PATTERN', pattern, (name) => `const ${name} = new RegExp(${stringLiteral(pattern)}, ${stringLiteral(flags)});`);
}

/** Whether the string's pattern is checked: it compiled (call after `stringFailures`). */
export function patternIsChecked(scope: ModuleScope, pattern: string): boolean {
  return scope.constant('PATTERN', pattern) !== undefined;
}

function enumConstant(scope: ModuleScope, values: JsonPrimitive[]): string {
  return scope.declareConstant('ENUM', JSON.stringify(values), (name) => `const ${name}${tsOnly(': ReadonlySet<unknown>')} = new Set([${values.map(literal).join(', ')}]);`);
}

/** A value as a literal in code: strings through `stringLiteral`, numbers, booleans and null as written. */
function literal(value: JsonPrimitive): string {
  return typeof value === 'string' ? stringLiteral(value) : String(value);
}
