import { stringLiteral } from '../../../generator/emit/safe-text.js';
import { commonjsOf, definedIn, EXPLAIN_PARAMETERS, guardParameters, javascriptOf, tsOnly, typescriptOf } from '../../../generator/emit/validators/markers.js';

describe('TypeScript-only markers', () => {
  const rows: { given: string; want: { typescript: string; javascript: string } }[] = [
    { given: `const v0${tsOnly(': unknown[]')} = value;`, want: { typescript: 'const v0: unknown[] = value;', javascript: 'const v0 = value;' } },
    { given: `(value${tsOnly(' as number')}) < 1`, want: { typescript: '(value as number) < 1', javascript: '(value) < 1' } },
    { given: `function isFoo(${guardParameters('Foo')} {`, want: { typescript: 'function isFoo(value: unknown): value is Foo {', javascript: 'function isFoo(value) {' } },
    {
      given: `function explainFoo(${EXPLAIN_PARAMETERS} {`,
      want: { typescript: 'function explainFoo(value: unknown, path: string, issues: ValidationIssue[]): void {', javascript: 'function explainFoo(value, path, issues) {' },
    },
    { given: 'if (value === null) return false;', want: { typescript: 'if (value === null) return false;', javascript: 'if (value === null) return false;' } },
  ];
  for (const { given, want } of rows) {
    it(`${JSON.stringify(typescriptOf(given))}: TypeScript keeps the marked text, JavaScript drops it`, () => {
      expect(typescriptOf(given)).toBe(want.typescript);
      expect(javascriptOf(given)).toBe(want.javascript);
    });
  }

  it('two marked spans on one line are dropped separately, keeping the code between them', () => {
    const given = `a${tsOnly(': A')}, b${tsOnly(': B')}`;
    expect(javascriptOf(given)).toBe('a, b');
    expect(typescriptOf(given)).toBe('a: A, b: B');
  });

  it('spec text holding the marker characters reaches the code escaped, so stripping leaves it intact', () => {
    const literal = stringLiteral('\u0001hidden\u0002');
    const code = `if (value === ${literal}) return true;`;
    expect(literal).toBe("'\\u0001hidden\\u0002'");
    expect(javascriptOf(code)).toBe(code);
    expect(typescriptOf(code)).toBe(code);
  });
});

describe('references to other modules\' validators', () => {
  const code = [
    `export function isPet(${guardParameters('Pet')} {`,
    `  return ${definedIn('schemas/shared.validators', 'isTag')}(value) && ${definedIn('schemas/pets.validators', 'isCat')}(value);`,
    '}',
    `function check0(value${tsOnly(': unknown')}) {`,
    '  return true;',
    '}',
  ].join('\n');
  const rows: { given: string | undefined; want: string }[] = [
    { given: 'schemas/pets.validators', want: 'import_shared.isTag(value) && isCat(value);' },
    { given: undefined, want: 'import_shared.isTag(value) && import_pets.isCat(value);' },
  ];

  it('ES module and TypeScript call them by the imported name', () => {
    expect(javascriptOf(code).split('\n')[1]).toBe('  return isTag(value) && isCat(value);');
    expect(typescriptOf(code).split('\n')[0]).toBe('export function isPet(value: unknown): value is Pet {');
    expect(typescriptOf(code).split('\n')[1]).toBe('  return isTag(value) && isCat(value);');
  });

  for (const { given, want } of rows) {
    it(`CommonJS of module ${given ?? '(a resource)'}: through the exports of every other module, at call time; \`export function\` a plain function`, () => {
      const commonjs = commonjsOf(code, given, (module) => `import_${module.split('/')[1]!.replace('.validators', '')}`).split('\n');
      expect(commonjs[0]).toBe('function isPet(value) {');
      expect(commonjs[1]).toBe(`  return ${want}`);
      expect(commonjs[3]).toBe('function check0(value) {');
    });
  }
});
