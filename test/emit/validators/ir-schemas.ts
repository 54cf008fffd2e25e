import { Diagnostics } from '../../../generator/common/diagnostics.js';
import type { ArraySchema, CompositeSchema, EnumSchema, NamedSchema, NumberSchema, ObjectSchema, Property, RefSchema, Schema, StringSchema } from '../../../generator/model/ir.js';
import { ModuleScope } from '../../../generator/emit/validators/module-scope.js';
import { compileTargets, type Explain, type Guard, type ValidationIssue } from '../../support/validator-harness.js';

/**
 * Small IR schemas for the emitter's given/want tables, and the two ways a row checks the
 * emitted code: as text, or by running the JavaScript the generator writes (through the
 * validator harness, which imports it next to the real runtime helpers).
 */

type Extra<K extends Schema['kind']> = Omit<Partial<Extract<Schema, { kind: K }>>, 'kind'>;

export const string = (extra: Extra<'string'> = {}): StringSchema => ({ kind: 'string', nullable: false, ...extra });
export const number = (extra: Extra<'number'> = {}): NumberSchema => ({ kind: 'number', nullable: false, integer: false, ...extra });
export const integer = (extra: Extra<'number'> = {}): NumberSchema => ({ kind: 'number', nullable: false, integer: true, ...extra });
export const boolean: Schema = { kind: 'boolean', nullable: false };
export const unknown: Schema = { kind: 'unknown', nullable: false };
export const enumOf = (...values: (string | number | boolean | null)[]): EnumSchema => ({ kind: 'enum', nullable: false, values });
export const ref = (target: string, extra: Extra<'ref'> = {}): RefSchema => ({ kind: 'ref', nullable: false, target, ...extra });
export const nullable = <S extends Schema>(schema: S): S => ({ ...schema, nullable: true });
export const array = (extra: Extra<'array'> = {}): ArraySchema => ({ kind: 'array', nullable: false, closed: false, prefixItems: [], uniqueItems: false, ...extra });
export const object = (properties: Property[], extra: Extra<'object'> = {}): ObjectSchema => ({ kind: 'object', nullable: false, properties, additionalProperties: true, ...extra });
export const required = (name: string, schema: Schema): Property => ({ name, schema, required: true });
export const optional = (name: string, schema: Schema): Property => ({ name, schema, required: false });
export const composite = (kind: 'allOf' | 'anyOf' | 'oneOf', members: Schema[], extra: Omit<Partial<CompositeSchema>, 'kind' | 'members'> = {}): CompositeSchema => ({ kind, nullable: false, members, ...extra });

/** A named schema with id `id` (what a `ref` targets) and type name `typeName`. */
export const named = (id: string, typeName: string, schema: Schema): NamedSchema => ({ id, typeName, schema, source: { file: 'spec.yaml', pointer: `/components/schemas/${typeName}` }, module: 'schemas/shared' });

/** The byId map the emitter looks refs up in. */
export const byIdOf = (schemas: NamedSchema[]): Map<string, NamedSchema> => new Map(schemas.map((s) => [s.id, s]));

/** A fresh module scope over `schemas`, and the diagnostics it reports to. */
export function scopeOf(schemas: NamedSchema[] = []): { scope: ModuleScope; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  return { scope: new ModuleScope(byIdOf(schemas), diagnostics), diagnostics };
}

/** The guard and explainer of one emitted target, run as the generated JavaScript. */
export interface Compiled {
  is: Guard;
  /** Every issue the explainer reports for `value` at the root. */
  issues(value: unknown): ValidationIssue[];
  diagnostics: Diagnostics;
}

/**
 * Emits `schema` as target `T` (next to the named schemas, emitted first under their type
 * names) and imports the module's JavaScript.
 */
export async function compile(schema: Schema, options: { schemas?: NamedSchema[]; request?: boolean } = {}): Promise<Compiled> {
  const schemas = options.schemas ?? [];
  const diagnostics = new Diagnostics();
  const targets = [
    ...schemas.map((s) => ({ name: s.typeName, file: s.source.file, pointer: s.source.pointer, schema: s.schema, named: true })),
    { name: 'T', file: 'spec.yaml', pointer: '/paths/~1t/get', schema, named: false, ...(options.request ? { request: true } : {}) },
  ];
  const { exports } = await compileTargets(targets, byIdOf(schemas), diagnostics);
  const explain = exports.explainT as Explain;
  return {
    is: exports.isT as Guard,
    issues(value) {
      const issues: ValidationIssue[] = [];
      explain(value, '', issues);
      return issues;
    },
    diagnostics,
  };
}
