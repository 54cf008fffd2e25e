import { splitTopLevel, type ApiSurface, type Direction, type SurfaceField, type SurfaceOperation, type SurfaceSchema } from './api-surface.js';

/**
 * What changed between two API surfaces, each change marked breaking or not for a
 * consumer of the generated package. The rules follow the direction data flows in:
 *
 * - what callers send (positional arguments, params, schemas used in requests): a removed
 *   field, a new required field, a field that became required or non-nullable, or a type
 *   that no longer accepts every value it did, breaks code that calls the method;
 * - what callers read (the resolved value, schemas used in responses): a removed field,
 *   a field that became optional or nullable, or a type that can now hold values it could
 *   not before, breaks code that reads the response;
 * - a removed operation or schema type always breaks; an added one never does.
 */
export interface ApiChange {
  breaking: boolean;
  /** The operation (`aiGateway.logs.get`) or exported type (`Gateway`) that changed. */
  subject: string;
  subjectKind: 'operation' | 'schema';
  /** Which part of it: the whole thing, its path arguments, a params field, the resolved value or one of its fields, a schema field. */
  part: 'whole' | 'arguments' | 'param' | 'returns' | 'response' | 'field' | 'type';
  /** The field's path, for `param`, `response` and `field`. */
  field?: string;
  change: 'added' | 'removed' | 'became-required' | 'became-optional' | 'became-nullable' | 'became-non-nullable' | 'type-changed';
  from?: string;
  to?: string;
  /** Who is affected, and how, in one clause. */
  consequence: string;
}

/** Changes from `before` to `after`, in a stable order: by subject, then part, then field. */
export function diffSurface(before: ApiSurface, after: ApiSurface): ApiChange[] {
  const changes: ApiChange[] = [];
  const oldOps = new Map(before.operations.map((o) => [o.name, o]));
  const newOps = new Map(after.operations.map((o) => [o.name, o]));
  for (const [name, op] of oldOps) {
    if (!newOps.has(name)) changes.push({ breaking: true, subject: name, subjectKind: 'operation', part: 'whole', change: 'removed', from: op.http, consequence: 'code that calls this method no longer compiles' });
  }
  for (const [name, op] of newOps) {
    const old = oldOps.get(name);
    if (!old) changes.push({ breaking: false, subject: name, subjectKind: 'operation', part: 'whole', change: 'added', to: op.http, consequence: 'a new method; existing code is unaffected' });
    else changes.push(...diffOperation(old, op));
  }
  const oldSchemas = new Map(before.schemas.map((s) => [s.name, s]));
  const newSchemas = new Map(after.schemas.map((s) => [s.name, s]));
  for (const [name] of oldSchemas) {
    if (!newSchemas.has(name)) changes.push({ breaking: true, subject: name, subjectKind: 'schema', part: 'whole', change: 'removed', consequence: 'code that imports this type no longer compiles' });
  }
  for (const [name, schema] of newSchemas) {
    const old = oldSchemas.get(name);
    if (!old) changes.push({ breaking: false, subject: name, subjectKind: 'schema', part: 'whole', change: 'added', consequence: 'a new exported type; existing code is unaffected' });
    else changes.push(...diffSchema(old, schema));
  }
  return changes.sort(byPosition);
}

const PART_ORDER: ApiChange['part'][] = ['whole', 'type', 'arguments', 'param', 'returns', 'response', 'field'];

function byPosition(a: ApiChange, b: ApiChange): number {
  const key = (c: ApiChange) => [c.subjectKind, c.subject, String(PART_ORDER.indexOf(c.part)).padStart(2, '0'), c.field ?? ''];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

function diffOperation(old: SurfaceOperation, op: SurfaceOperation): ApiChange[] {
  const base = { subject: op.name, subjectKind: 'operation' as const };
  const changes: ApiChange[] = [];
  const oldArgs = old.args.map((a) => a.path).join(', ');
  const newArgs = op.args.map((a) => a.path).join(', ');
  if (oldArgs !== newArgs) {
    changes.push({ ...base, breaking: true, part: 'arguments', change: 'type-changed', from: `(${oldArgs})`, to: `(${newArgs})`, consequence: 'path arguments are positional, so every call must be updated' });
  } else {
    for (const change of diffFields(old.args, op.args, ['request'])) changes.push({ ...base, ...change, part: 'arguments' });
  }
  for (const change of diffFields(old.params, op.params, ['request'])) changes.push({ ...base, ...change, part: 'param' });
  const oldReturns = { path: '', type: old.returns, required: true, nullable: old.returnsNullable };
  const newReturns = { path: '', type: op.returns, required: true, nullable: op.returnsNullable };
  for (const change of diffFields([oldReturns], [newReturns], ['response'])) changes.push({ ...base, ...change, field: undefined, part: 'returns' });
  for (const change of diffFields(old.response, op.response, ['response'])) changes.push({ ...base, ...change, part: 'response' });
  return changes;
}

function diffSchema(old: SurfaceSchema, schema: SurfaceSchema): ApiChange[] {
  const base = { subject: schema.name, subjectKind: 'schema' as const };
  // A type no operation uses may still be used by consumers either way.
  const directions: Direction[] = schema.usedIn.length > 0 ? schema.usedIn : ['request', 'response'];
  const changes: ApiChange[] = [];
  const oldRoot = { path: '', type: old.type, required: true, nullable: old.nullable };
  const newRoot = { path: '', type: schema.type, required: true, nullable: schema.nullable };
  for (const change of diffFields([oldRoot], [newRoot], directions)) changes.push({ ...base, ...change, field: undefined, part: 'type' });
  for (const change of diffFields(old.fields, schema.fields, directions)) changes.push({ ...base, ...change, part: 'field' });
  return changes;
}

type FieldChange = Omit<ApiChange, 'subject' | 'subjectKind' | 'part'>;

/**
 * Field-level changes. Changes below a field that was itself added, removed or retyped
 * are left out: they follow from it.
 */
function diffFields(before: SurfaceField[], after: SurfaceField[], directions: Direction[]): FieldChange[] {
  const oldByPath = new Map(before.map((f) => [f.path, f]));
  const newByPath = new Map(after.map((f) => [f.path, f]));
  const changes: FieldChange[] = [];
  const covered: string[] = [];
  const judge = (change: FieldChange['change'], field: string, extra: { from?: string; to?: string; newRequired?: boolean } = {}): FieldChange => {
    const verdicts = directions.map((d) => verdict(change, d, extra));
    const breaking = verdicts.filter((v) => v.breaking);
    const chosen = breaking.length > 0 ? breaking : verdicts;
    return {
      breaking: breaking.length > 0,
      field,
      change,
      ...(extra.from !== undefined ? { from: extra.from } : {}),
      ...(extra.to !== undefined ? { to: extra.to } : {}),
      consequence: [...new Set(chosen.map((v) => v.consequence))].join('; '),
    };
  };
  for (const [path, old] of oldByPath) {
    const now = newByPath.get(path);
    if (!now) {
      changes.push(judge('removed', path, { from: old.type }));
      covered.push(path);
      continue;
    }
    if (now.type !== old.type) {
      changes.push(judge('type-changed', path, { from: old.type, to: now.type }));
      covered.push(path);
    }
    if (now.required !== old.required) changes.push(judge(now.required ? 'became-required' : 'became-optional', path));
    if (now.nullable !== old.nullable) changes.push(judge(now.nullable ? 'became-nullable' : 'became-non-nullable', path));
  }
  for (const [path, now] of newByPath) {
    if (!oldByPath.has(path)) {
      changes.push(judge('added', path, { to: now.type, newRequired: now.required }));
      covered.push(path);
    }
  }
  return changes.filter((c) => !covered.some((p) => p !== c.field && isBelow(c.field!, p)));
}

/** `result.id` and `result[].id` are below `result`; `results` is not. */
function isBelow(path: string, ancestor: string): boolean {
  return ancestor !== '' && path.startsWith(ancestor) && (path[ancestor.length] === '.' || path[ancestor.length] === '[');
}

function verdict(change: FieldChange['change'], direction: Direction, extra: { from?: string; to?: string; newRequired?: boolean }): { breaking: boolean; consequence: string } {
  const send = direction === 'request';
  switch (change) {
    case 'removed':
      return { breaking: true, consequence: send ? 'calls that pass it no longer compile' : 'code that reads it no longer compiles' };
    case 'added':
      if (send && extra.newRequired) return { breaking: true, consequence: 'every call must now pass it' };
      return { breaking: false, consequence: send ? 'optional, so existing calls still compile' : 'existing code that reads responses is unaffected' };
    case 'became-required':
      return send ? { breaking: true, consequence: 'every call must now pass it' } : { breaking: false, consequence: 'readers of responses can rely on it now' };
    case 'became-optional':
      return send ? { breaking: false, consequence: 'existing calls still compile' } : { breaking: true, consequence: 'readers of responses must handle it being absent' };
    case 'became-nullable':
      return send ? { breaking: false, consequence: 'existing calls still compile' } : { breaking: true, consequence: 'readers of responses must handle null' };
    case 'became-non-nullable':
      return send ? { breaking: true, consequence: 'calls that pass null no longer compile' } : { breaking: false, consequence: 'readers of responses no longer see null' };
    case 'type-changed': {
      const from = extra.from ?? '';
      const to = extra.to ?? '';
      // Sending: fine if every value accepted before is still accepted. Reading: fine if
      // every value that can arrive now could arrive before.
      if (send) return isAssignable(from, to) ? { breaking: false, consequence: 'the type only widened, so existing calls still compile' } : { breaking: true, consequence: 'values that callers pass may no longer be accepted' };
      return isAssignable(to, from) ? { breaking: false, consequence: 'the type only narrowed, so readers of responses are unaffected' } : { breaking: true, consequence: 'readers of responses may receive values they do not handle' };
    }
  }
}

/**
 * Whether every value of type text `a` is a value of type text `b`, for the cases a spec
 * change commonly makes: enum values added or removed, a literal union widened to its
 * primitive, `integer` to `number`, a union gaining members. Anything else is "no".
 */
export function isAssignable(a: string, b: string): boolean {
  if (a === b || b === 'unknown') return true;
  const targets = splitTopLevel(b, '|');
  return splitTopLevel(a, '|').every((member) => targets.some((target) => memberAssignable(member, target)));
}

function memberAssignable(a: string, b: string): boolean {
  if (a === b || b === 'unknown') return true;
  if (a === 'integer' && b === 'number') return true;
  const literal = parseLiteral(a);
  if (literal === undefined) return false;
  if (typeof literal === 'string') return b === 'string';
  if (typeof literal === 'boolean') return b === 'boolean';
  if (typeof literal === 'number') return b === 'number' || (b === 'integer' && Number.isInteger(literal));
  return b === 'null';
}

function parseLiteral(text: string): string | number | boolean | null | undefined {
  if (!/^(".*"|-?\d.*|true|false|null)$/s.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? (value as string | number | boolean | null) : undefined;
  } catch {
    return undefined;
  }
}
