import { Diagnostics } from '../../../generator/common/diagnostics.js';
import { ValidatorEmitter, type ValidatorTarget } from '../../../generator/emit/validators/emitter.js';
import { javascriptOf, typescriptOf } from '../../../generator/emit/validators/markers.js';
import type { NamedSchema } from '../../../generator/model/ir.js';
import { compileTargets, type Validate } from '../../support/validator-harness.js';
import { byIdOf, composite, integer, named, object, ref, required, string } from './ir-schemas.js';

const gateway = object([required('id', string())]);
const account = named('#/Account', 'Account', object([required('name', string())]));

function emitted(targets: ValidatorTarget[], schemas: NamedSchema[] = []) {
  const emitter = new ValidatorEmitter(byIdOf(schemas), new Diagnostics());
  for (const t of targets) emitter.emit(t);
  const module = emitter.module();
  return { ...module, typescript: typescriptOf(module.code) };
}

/** `[export ]function name` for every function the module defines, in order. */
const functions = (typescript: string) => [...typescript.matchAll(/^(export )?function (\w+)/gm)].map((m) => m[0]);

describe('ValidatorEmitter', () => {
  it('a response target: an exported guard, explainer and validate wrapper, each declared for the .d.ts', () => {
    const { typescript, declarations, usedHelpers } = emitted([{ name: 'GatewayGetResponse', schema: gateway, typeName: 'GatewayGetResponse', exported: true }]);
    expect(functions(typescript)).toEqual(['export function isGatewayGetResponse', 'export function explainGatewayGetResponse', 'export function validateGatewayGetResponse']);
    expect(declarations.split('\n').filter((l) => l.startsWith('export'))).toEqual([
      'export declare function isGatewayGetResponse(value: unknown): value is GatewayGetResponse;',
      'export declare function explainGatewayGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;',
      'export declare function validateGatewayGetResponse(value: unknown): ValidationResult<GatewayGetResponse>;',
    ]);
    expect(declarations).toContain('/** Whether `value` is a valid {@link GatewayGetResponse}. Fast: returns at the first problem. */\nexport declare function isGatewayGetResponse');
    expect(usedHelpers.has('collectIssues')).toBe(true);
  });

  it('a request target (argument check): guard and explainer, no validate wrapper, a plain-record type in backticks', () => {
    const { typescript, declarations, usedHelpers } = emitted([{ name: 'GatewayCreateArgs', schema: gateway, typeName: 'Record<string, unknown>', exported: true, request: true }]);
    expect(functions(typescript)).toEqual(['export function isGatewayCreateArgs', 'export function explainGatewayCreateArgs']);
    expect(typescript).toContain('/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */\nexport function isGatewayCreateArgs(value: unknown): value is Record<string, unknown> {');
    expect(declarations).not.toContain('validate');
    expect(usedHelpers.has('collectIssues')).toBe(false);
  });

  it('a target that is not exported: local functions, nothing declared', () => {
    const { typescript, declarations } = emitted([{ name: 'Local', schema: gateway, typeName: 'Local', exported: false }]);
    expect(functions(typescript)).toEqual(['function isLocal', 'function explainLocal']);
    expect(declarations).toBe('');
  });

  it('a repeated shape (documentation aside) delegates to the first target with it', () => {
    const { typescript } = emitted([
      { name: 'GatewayGetResponse', schema: gateway, typeName: 'GatewayGetResponse', exported: true },
      { name: 'GatewayCreateResponse', schema: { ...gateway, description: 'The new gateway.' }, typeName: 'GatewayCreateResponse', exported: true },
    ]);
    expect(typescript).toContain(
      '/** Whether `value` is a valid {@link GatewayCreateResponse}: the same checks as {@link isGatewayGetResponse}. */\nexport function isGatewayCreateResponse(value: unknown): value is GatewayCreateResponse {\nreturn isGatewayGetResponse(value);\n}\n',
    );
    expect(typescript).toContain(
      '/** @internal The same checks as {@link explainGatewayGetResponse}. */\nexport function explainGatewayCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {\nexplainGatewayGetResponse(value, path, issues);\n}\n',
    );
    expect(typescript.match(/typeof v1 !== 'string'/g)).toHaveLength(2); // once in the guard, once in the explainer
  });

  it('the same schema in the other direction is checked on its own: readOnly makes them differ', () => {
    const withReadOnly = object([required('id', { ...string(), readOnly: true })]);
    const { typescript } = emitted([
      { name: 'GatewayGetResponse', schema: withReadOnly, typeName: 'GatewayGetResponse', exported: true },
      { name: 'GatewayCreateArgs', schema: withReadOnly, typeName: 'Record<string, unknown>', exported: true, request: true },
    ]);
    expect(typescript).not.toContain('return isGatewayGetResponse(value);');
    expect(typescript).toContain('if (v1 === undefined) return false;');
    expect(typescript).toContain('if (v1 !== undefined) {');
  });

  it('hoists an inline shape shared by several targets once, before the targets', () => {
    const { typescript } = emitted([
      { name: 'A', schema: composite('anyOf', [integer(), gateway]), typeName: 'A', exported: true },
      { name: 'B', schema: composite('anyOf', [string(), gateway]), typeName: 'B', exported: true },
    ]);
    expect(functions(typescript)).toEqual(['function check0', 'function check1', 'function check2', 'export function isA', 'export function explainA', 'export function validateA', 'export function isB', 'export function explainB', 'export function validateB']);
    expect(typescript).toContain('export function isA(value: unknown): value is A {\nif (!(check0(value) || check1(value))) return false;\nreturn true;\n}');
    expect(typescript).toContain('export function isB(value: unknown): value is B {\nif (!(check2(value) || check1(value))) return false;\nreturn true;\n}');
  });

  it('numbers each function’s variables from v0, so one schema’s fields rename nothing in another', () => {
    const { typescript } = emitted([
      { name: 'A', schema: object([required('a', string()), required('b', string())]), typeName: 'A', exported: false },
      { name: 'B', schema: object([required('c', string())]), typeName: 'B', exported: false },
    ]);
    expect(typescript).toContain('function isB(value: unknown): value is B {\nif (typeof value !== \'object\' || value === null || Array.isArray(value)) return false;\nconst v0 = value as Record<string, unknown>;\nconst v1 = v0.c;');
  });

  it('records the named schemas it calls, for the module’s imports', () => {
    const { usedSchemas } = emitted([{ name: 'T', schema: object([required('owner', ref(account.id))]), typeName: 'T', exported: true }], [account]);
    expect([...usedSchemas]).toEqual([account]);
  });

  it('an emitter with no targets has no code', () => {
    expect(emitted([])).toMatchObject({ code: '', declarations: '' });
  });

  it('JavaScript of the module has no TypeScript left', () => {
    const { code } = emitted([{ name: 'T', schema: composite('anyOf', [integer(), gateway]), typeName: 'T', exported: true }]);
    expect(javascriptOf(code)).not.toMatch(/: unknown|: boolean|: void|value is|ValidationResult|ValidationIssue| as Record/);
  });

  it('validate returns the value itself when valid, and every issue when not (behaviour)', async () => {
    const diagnostics = new Diagnostics();
    const { exports } = await compileTargets([{ name: 'Gateway', file: 'spec.yaml', pointer: '/components/schemas/Gateway', schema: gateway, named: false }], new Map(), diagnostics);
    const validate = exports.validateGateway as Validate;
    const value = { id: 'g1' };
    const ok = validate(value);
    expect(ok).toEqual({ ok: true, value });
    expect(ok.ok && ok.value).toBe(value);
    expect(validate({ id: 1 })).toEqual({ ok: false, errors: [{ path: '/id', expected: 'string', received: 'integer 1', message: 'expected string, received integer 1' }] });
  });
});
