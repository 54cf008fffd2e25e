import type { Schema } from '../../../generator/model/ir.js';
import { named, object, required, scopeOf, string } from './ir-schemas.js';

describe('ModuleScope', () => {
  describe('variables', () => {
    it('numbers the variables of a function v0, v1, ..., and a nested function starts again and leaves the outer numbering as it was', () => {
      const { scope } = scopeOf();
      const seen: string[] = [scope.variable()];
      const nested = scope.ownVariables(() => `${scope.variable()},${scope.variable()}`);
      seen.push(scope.variable());
      expect([seen, nested]).toEqual([['v0', 'v1'], 'v0,v1']);
    });

    it('restores the outer numbering even when the nested body throws', () => {
      const { scope } = scopeOf();
      scope.variable();
      expect(() => scope.ownVariables(() => { scope.variable(); throw new Error('boom'); })).toThrow('boom');
      expect(scope.variable()).toBe('v1');
    });
  });

  describe('named', () => {
    const pet = named('spec.yaml#/components/schemas/Pet', 'Pet', string());
    it('finds a ref target and records it as an import of the module', () => {
      const { scope } = scopeOf([pet]);
      expect(scope.named(pet.id)).toBe(pet);
      expect([...scope.usedSchemas]).toEqual([pet]);
    });
    it('returns undefined for an unknown target and records nothing', () => {
      const { scope } = scopeOf([pet]);
      expect(scope.named('spec.yaml#/components/schemas/Missing')).toBeUndefined();
      expect(scope.usedSchemas.size).toBe(0);
    });
  });

  describe('shapeKey: what decides a verdict', () => {
    const base = object([required('id', string({ minLength: 1 }))]);
    const rows: { given: Schema; request?: boolean; want: 'same' | 'different' }[] = [
      { given: { ...base, description: 'A gateway.', title: 'Gateway', example: { id: 'x' }, default: { id: 'y' }, deprecated: true } as Schema, want: 'same' },
      { given: object([required('id', { ...string({ minLength: 1 }), description: 'The id.' })]), want: 'same' },
      { given: object([required('id', string({ minLength: 2 }))]), want: 'different' },
      { given: object([required('id', { ...string({ minLength: 1 }), readOnly: true })]), want: 'different' },
      { given: base, request: true, want: 'different' },
    ];
    for (const { given, request, want } of rows) {
      it(`${JSON.stringify(given)}${request ? ' (request)' : ''}: ${want} from the plain schema`, () => {
        const { scope } = scopeOf();
        const plain = scope.shapeKey(base);
        scope.request = request === true;
        expect(scope.shapeKey(given) === plain ? 'same' : 'different').toBe(want);
      });
    }
  });

  describe('constants', () => {
    it('declares each key once, numbering each kind on its own, in the preamble in order of first use', () => {
      const { scope } = scopeOf();
      const declare = (kind: 'PATTERN' | 'ENUM', key: string) => scope.declareConstant(kind, key, (name) => `const ${name} = ${JSON.stringify(key)};`);
      const names = [declare('PATTERN', 'a'), declare('ENUM', 'x'), declare('PATTERN', 'b'), declare('PATTERN', 'a'), declare('ENUM', 'x')];
      expect(names).toEqual(['PATTERN_0', 'ENUM_0', 'PATTERN_1', 'PATTERN_0', 'ENUM_0']);
      expect(scope.preamble).toEqual(['const PATTERN_0 = "a";', 'const ENUM_0 = "x";', 'const PATTERN_1 = "b";']);
      expect([scope.constant('PATTERN', 'b'), scope.constant('PATTERN', 'x'), scope.constant('ENUM', 'x')]).toEqual(['PATTERN_1', undefined, 'ENUM_0']);
    });
  });

  describe('hoist', () => {
    it('writes a function once per key, under one numbering for every prefix', () => {
      const { scope } = scopeOf();
      let built = 0;
      const define = (name: string) => {
        built++;
        return `function ${name}() {}`;
      };
      expect([scope.hoist('check:A', 'check', define), scope.hoist('explain:A', 'explain', define), scope.hoist('check:A', 'check', define)]).toEqual(['check0', 'explain1', 'check0']);
      expect(built).toBe(2);
      expect(scope.preamble).toEqual(['function check0() {}', 'function explain1() {}']);
    });

    it('puts what a body hoists in turn before it, and keeps the name it took first', () => {
      const { scope } = scopeOf();
      const outer = scope.hoist('outer', 'check', (name) => `function ${name}() { return ${scope.hoist('inner', 'check', (n) => `function ${n}() {}`)}(); }`);
      expect(outer).toBe('check0');
      expect(scope.preamble).toEqual(['function check1() {}', 'function check0() { return check1(); }']);
    });
  });

  describe('warnOnce', () => {
    it('reports each code and subject once', () => {
      const { scope, diagnostics } = scopeOf();
      scope.warnOnce('format-unknown', 'binary', 'first');
      scope.warnOnce('format-unknown', 'binary', 'again');
      scope.warnOnce('format-unknown', 'byte', 'other subject');
      scope.warnOnce('other-code', 'binary', 'other code');
      expect(diagnostics.items.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual(['warning format-unknown: first', 'warning format-unknown: other subject', 'warning other-code: other code']);
    });
  });
});
