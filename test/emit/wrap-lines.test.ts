import fc from 'fast-check';
import ts from 'typescript';
import { LINE_WIDTH, wrapLines } from '../../generator/emit/wrap-lines.js';
import { parse, printedProgram, syntaxErrors } from '../support/typescript-text.js';
import { program } from '../support/typescript-lines.js';

/**
 * The line wrapper breaks what prettier would break, and nothing else: the tables pin each
 * kind of break; the property test checks on random programs that the wrapped text is the
 * same program and that every line left too long has nothing the wrapper could break.
 */

interface Row {
  name: string;
  given: string;
  width: number;
  want: string[];
}

const breaks: Row[] = [
  {
    name: 'an import list, one name per line with a trailing comma',
    given: "import { Alpha, Beta, Gamma } from './module.js';",
    width: 30,
    want: ['import {', '  Alpha,', '  Beta,', '  Gamma,', "} from './module.js';"],
  },
  {
    name: 'a signature, one parameter per line, the block opener after the return type',
    given: 'export function get(id: string, params: LogGetParams): Promise<Log> {',
    width: 40,
    want: ['export function get(', '  id: string,', '  params: LogGetParams,', '): Promise<Log> {'],
  },
  {
    name: 'no trailing comma after a rest parameter (a syntax error)',
    given: 'function f(first: string, ...rest: string[]) {',
    width: 30,
    want: ['function f(', '  first: string,', '  ...rest: string[]', ') {'],
  },
  {
    name: 'an object literal, one member per line',
    given: "const x = { alpha: 1, beta: 'two', gamma: [1, 2] };",
    width: 30,
    want: ['const x = {', '  alpha: 1,', "  beta: 'two',", '  gamma: [1, 2],', '};'],
  },
  {
    name: 'an object type at its `;`, each member ending with one',
    given: 'type T = { alpha: string; beta?: number };',
    width: 30,
    want: ['type T = {', '  alpha: string;', '  beta?: number;', '};'],
  },
  {
    name: 'a condition after each `||`, the operator ending its line',
    given: "if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;",
    width: 40,
    want: ['if (', "  typeof v !== 'object' ||", '  v === null ||', '  Array.isArray(v)', ') return false;'],
  },
  {
    name: 'a condition after each `&&`',
    given: 'if (value !== undefined && value.length > limit) throw error;',
    width: 40,
    want: ['if (', '  value !== undefined &&', '  value.length > limit', ') throw error;'],
  },
  {
    name: 'a union type alias, one member per line',
    given: "export type Kind = 'alpha' | 'beta' | 'gamma';",
    width: 30,
    want: ['export type Kind =', "  | 'alpha'", "  | 'beta'", "  | 'gamma';"],
  },
  {
    name: 'a property union, one member per line below the key',
    given: "  status?: 'queued' | 'running' | 'done';",
    width: 30,
    want: ['  status?:', "    | 'queued'", "    | 'running'", "    | 'done';"],
  },
  {
    name: 'a property union under a quoted key',
    given: "  'content-type'?: 'application/json' | 'text/plain';",
    width: 30,
    want: ["  'content-type'?:", "    | 'application/json'", "    | 'text/plain';"],
  },
  {
    name: 'a readonly property union',
    given: "  readonly status: 'queued' | 'running' | 'done';",
    width: 30,
    want: ['  readonly status:', "    | 'queued'", "    | 'running'", "    | 'done';"],
  },
  {
    name: 'the argument of a single-argument call on a line of its own',
    given: 'doSomething(someLongArgument.withAProperty.andAnother);',
    width: 30,
    want: ['doSomething(', '  someLongArgument.withAProperty.andAnother,', ');'],
  },
  {
    name: 'not the commas of type arguments (`Record<string, X>`)',
    given: 'function f(a: Record<string, Gateway>, b: Map<string, number>) {',
    width: 40,
    want: ['function f(', '  a: Record<string, Gateway>,', '  b: Map<string, number>,', ') {'],
  },
  {
    name: 'at the commas of an argument list holding comparisons (` < ` and ` > ` are not type arguments)',
    given: 'f(first < second, third > fourth);',
    width: 20,
    want: ['f(', '  first < second,', '  third > fourth,', ');'],
  },
  {
    name: 'at the commas after an arrow (`=>` does not close type arguments)',
    given: 'f(Record<string, X>, (a) => b, c);',
    width: 20,
    want: ['f(', '  Record<string, X>,', '  (a) => b,', '  c,', ');'],
  },
  {
    name: 'the widest group: the arguments, not an array inside them',
    given: 'const x = f(alpha, [1, 2, 3], beta);',
    width: 20,
    want: ['const x = f(', '  alpha,', '  [1, 2, 3],', '  beta,', ');'],
  },
  {
    name: 'again, an item still too long',
    given: 'const x = f(alpha, { beta: 1, gamma: 2 });',
    width: 20,
    want: ['const x = f(', '  alpha,', '  {', '    beta: 1,', '    gamma: 2,', '  },', ');'],
  },
  {
    name: "a group after a closer of an earlier line's bracket",
    given: '}, { alpha: 1, beta: 2, gamma: 3 });',
    width: 20,
    want: ['}, {', '  alpha: 1,', '  beta: 2,', '  gamma: 3,', '});'],
  },
  {
    name: 'at the real comma only, next to a string holding commas and brackets',
    given: "call('a, (b), [c]', value);",
    width: 16,
    want: ['call(', "  'a, (b), [c]',", '  value,', ');'],
  },
  {
    name: 'at the real comma only, next to a string with escaped quotes',
    given: "call('it\\'s, (b)', \"say \\\"x, y\\\"\", value);",
    width: 16,
    want: ['call(', "  'it\\'s, (b)',", '  "say \\"x, y\\"",', '  value,', ');'],
  },
  {
    name: 'at the real comma only, next to a template literal holding commas',
    given: 'call(`a, ${b}, (c)`, value);',
    width: 16,
    want: ['call(', '  `a, ${b}, (c)`,', '  value,', ');'],
  },
  {
    name: 'at the real comma only, next to a regular expression holding commas and brackets',
    given: 'check(/a,b,(c)/, value);',
    width: 16,
    want: ['check(', '  /a,b,(c)/,', '  value,', ');'],
  },
  {
    name: 'the code before a trailing comment, the comment staying on the last line',
    given: 'const x = f(a, b); // and (a, b, c) in a comment',
    width: 20,
    want: ['const x = f(', '  a,', '  b,', '); // and (a, b, c) in a comment'],
  },
];

describe('wrapLines breaks a line longer than the width', () => {
  it.each(breaks)('$name', ({ given, width, want }) => {
    expect(wrapLines(given, width).split('\n')).toEqual(want);
  });
});

const untouched: { name: string; given: string; width: number }[] = [
  { name: 'a line within the width, even with groups to break', given: 'const x = f(a, b, c);', width: 30 },
  { name: 'a line exactly the width', given: 'const x = f(a, b, c);', width: 'const x = f(a, b, c);'.length },
  { name: 'a long string literal', given: "const s = 'a, b, (c), [d], {e}, f, g, h, i, j, k';", width: 20 },
  { name: 'a long template literal', given: 'const t = `a, ${b}, (c), [d], {e}, f, g, h`;', width: 20 },
  { name: 'a long regular expression', given: 'const r = /a,b,(c),[d],{e},f,g,h/;', width: 20 },
  { name: 'a line comment', given: '// a, b, c, f(a, b), { x: 1, y: 2 }', width: 20 },
  { name: 'a JSDoc line', given: ' * Calls f(a, b, c) with { x: 1, y: 2 } and [1, 2].', width: 20 },
  { name: 'a block comment line', given: '/* f(a, b, c) with { x: 1, y: 2 } */', width: 20 },
  { name: 'a line whose string does not end on it (part of a longer literal)', given: 'const t = `start, f(a, b, c) [1, 2]', width: 20 },
  { name: "a condition's parentheses without operators (`if (...)` is not a call)", given: 'if (aVeryLongConditionName.withProperties) return value;', width: 30 },
  { name: 'a group that opens past the width', given: 'const someLongName: SomeType = f(a, b);', width: 30 },
  { name: 'a union inside type arguments', given: "export type Kind = Record<string, 'alpha' | 'beta' | 'gamma'>;", width: 30 },
  { name: 'an object with one member and nothing to break at', given: 'const x = { alpha: someValue };', width: 20 },
];

describe('wrapLines leaves alone', () => {
  it.each(untouched)('$name', ({ given, width }) => {
    expect(wrapLines(given, width)).toBe(given);
  });

  it('the content lines of a multi-line template literal, and wraps the lines after it', () => {
    const given = ['const t = `first, (a, b, c), [1, 2]', 'second, f(a, b, c), { x: 1, y: 2 } and more`;', 'const x = f(alpha, beta, gamma);'].join('\n');
    expect(wrapLines(given, 20).split('\n')).toEqual([
      'const t = `first, (a, b, c), [1, 2]',
      'second, f(a, b, c), { x: 1, y: 2 } and more`;',
      'const x = f(',
      '  alpha,',
      '  beta,',
      '  gamma,',
      ');',
    ]);
  });

  it('every line of a text without a long line (the same string back)', () => {
    const given = 'const a = f(x, y);\n\nconst b = [1, 2];\n';
    expect(wrapLines(given, 20)).toBe(given);
  });

  it('wraps at 100 columns by default', () => {
    const line = `const x = f(${'a'.repeat(45)}, ${'b'.repeat(45)});`;
    expect(line.length).toBeGreaterThan(LINE_WIDTH);
    expect(wrapLines(line).split('\n')).toEqual(['const x = f(', `  ${'a'.repeat(45)},`, `  ${'b'.repeat(45)},`, ');']);
    expect(wrapLines(line.slice(0, LINE_WIDTH - 3) + ');', LINE_WIDTH)).toBe(line.slice(0, LINE_WIDTH - 3) + ');');
  });
});

/**
 * Bracket groups the wrapper promises to break, found by TypeScript in the wrapped text: a list
 * of two or more items (arguments, parameters, array and object literals, import lists, tuples,
 * object types), the argument or parameter list of a call or signature, `||`/`&&` in a
 * condition's parentheses, a union at the top of a type alias or property. Each as the line it
 * is on and the column where it can break (the opening bracket, or the start of the union).
 */
function breakableGroups(text: string): { line: number; column: number; what: string }[] {
  const file = parse(text);
  const out: { line: number; column: number; what: string }[] = [];
  const at = (pos: number) => file.getLineAndCharacterOfPosition(pos);
  const bracketed = (node: ts.Node, open: ts.SyntaxKind, minItems: number, what: string) => {
    const children = node.getChildren(file);
    const i = children.findIndex((c) => c.kind === open);
    const items = children[i + 1];
    const close = children[i + 2];
    if (i < 0 || !items || !close) return;
    const count = items.getChildren(file).filter((c) => c.kind !== ts.SyntaxKind.CommaToken && c.kind !== ts.SyntaxKind.SemicolonToken).length;
    const from = at(children[i]!.getStart(file));
    if (count >= minItems && from.line === at(close.getStart(file)).line) out.push({ line: from.line, column: from.character, what });
  };
  const visit = (node: ts.Node): void => {
    // Template literals are string content; substitutions in them are not wrapped.
    if (ts.isTemplateExpression(node)) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && !node.typeArguments && /[\w$)]$/.test(node.expression.getText(file))) {
      bracketed(node, ts.SyntaxKind.OpenParenToken, 1, 'call arguments');
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) bracketed(node, ts.SyntaxKind.OpenParenToken, 2, 'call arguments');
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) bracketed(node, ts.SyntaxKind.OpenParenToken, 1, 'parameters');
    if (ts.isArrowFunction(node) || ts.isFunctionTypeNode(node)) bracketed(node, ts.SyntaxKind.OpenParenToken, 2, 'parameters');
    if (ts.isArrayLiteralExpression(node) || ts.isTupleTypeNode(node)) bracketed(node, ts.SyntaxKind.OpenBracketToken, 2, 'elements');
    if (ts.isObjectLiteralExpression(node) || ts.isNamedImports(node)) bracketed(node, ts.SyntaxKind.OpenBraceToken, 2, 'members');
    if (ts.isTypeLiteralNode(node) && node.members.length >= 2) bracketed(node, ts.SyntaxKind.OpenBraceToken, 2, 'object type');
    if ((ts.isIfStatement(node) || ts.isParenthesizedExpression(node)) && isLogical(ts.isIfStatement(node) ? node.expression : node.expression)) bracketed(node, ts.SyntaxKind.OpenParenToken, 1, 'condition');
    if (ts.isUnionTypeNode(node) && (ts.isTypeAliasDeclaration(node.parent) || ts.isPropertySignature(node.parent))) {
      const owner = at(node.parent.getStart(file));
      const union = at(node.getStart(file));
      const lineStart = file.getLineStarts()[owner.line]!;
      const startsLine = text.slice(lineStart, node.parent.getStart(file)).trim() === '';
      if (startsLine && owner.line === union.line && union.line === at(node.getEnd()).line) out.push({ line: union.line, column: 0, what: 'union' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Rest parameters followed by a trailing comma: an error TypeScript reports when checking, not when parsing. */
function restsWithTrailingComma(text: string): string[] {
  const file = parse(text);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && node.parameters.hasTrailingComma && node.parameters[node.parameters.length - 1]?.dotDotDotToken) out.push(node.parameters.map((p) => p.getText(file)).join(', '));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function isLogical(node: ts.Expression): boolean {
  return ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken);
}

describe('wrapLines on random programs', () => {
  it('changes only the layout: the wrapped text is the same program, and nothing breakable is left too long', () => {
    fc.assert(
      fc.property(program, fc.integer({ min: 16, max: 100 }), (given, width) => {
        expect(syntaxErrors(given)).toEqual([]);
        const wrapped = wrapLines(given, width);
        expect(syntaxErrors(wrapped)).toEqual([]);
        expect(printedProgram(wrapped)).toBe(printedProgram(given));
        expect(restsWithTrailingComma(wrapped)).toEqual([]);
        const lines = wrapped.split('\n');
        const tooLong = breakableGroups(wrapped).filter((g) => lines[g.line]!.length > width && g.column < width);
        expect(tooLong.map((g) => `${g.what} in: ${lines[g.line]}`)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
