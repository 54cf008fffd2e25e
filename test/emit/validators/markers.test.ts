import { stringLiteral } from '../../../generator/emit/safe-text.js';
import { EXPLAIN_PARAMETERS, guardParameters, javascriptOf, tsOnly, typescriptOf } from '../../../generator/emit/validators/markers.js';

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
