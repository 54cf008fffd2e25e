import ts from 'typescript';

/**
 * Reading emitted TypeScript back with TypeScript itself, for tests that must not trust the
 * emitter's own idea of its output: is it one program, which program, and what value does a
 * literal in it hold.
 */

export function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('emitted.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** TypeScript's syntax errors for the text, as `line:column message`. */
export function syntaxErrors(text: string): string[] {
  const file = parse(text);
  // Syntax errors are kept on the source file; the compiler API reads them from a program.
  const diagnostics = (file as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  return diagnostics.map((d) => {
    const { line, character } = file.getLineAndCharacterOfPosition(d.start);
    return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/**
 * The program the text parses to, printed by TypeScript's printer from the syntax tree alone
 * (layout, trailing commas and optional semicolons gone, literals printed from their values),
 * followed by its comments. Two texts with the same printed program differ only in layout.
 */
export function printedProgram(text: string): string {
  const source = withoutTrailingCommas(text);
  const file = parse(source);
  const comments = new Map<number, string>();
  const collect = (node: ts.Node): void => {
    const children = node.getChildren(file);
    if (children.length > 0) return children.forEach(collect);
    for (const range of [...(ts.getLeadingCommentRanges(source, node.pos) ?? []), ...(ts.getTrailingCommentRanges(source, node.end) ?? [])]) {
      comments.set(range.pos, source.slice(range.pos, range.end));
    }
  };
  collect(file);
  // Without source positions and the parser's multi-line marks, the printer cannot follow the
  // original line breaks: it prints from the tree alone.
  const detach = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) || ts.isBlock(node)) (node as { multiLine?: boolean }).multiLine = false;
    ts.forEachChild(node, detach, (list) => {
      ts.setTextRange(list, { pos: -1, end: -1 });
      list.forEach(detach);
    });
    ts.setTextRange(node, { pos: -1, end: -1 });
  };
  ts.forEachChild(file, detach, (list) => list.forEach(detach));
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: true }).printFile(file);
  const sorted = [...comments].sort(([a], [b]) => a - b).map(([, c]) => c);
  return `${printed}\n${sorted.join('\n')}`;
}

/** The text without the trailing comma of any list (the printer keeps them). */
function withoutTrailingCommas(text: string): string {
  const file = parse(text);
  const commas: number[] = [];
  const visit = (node: ts.Node): void => {
    ts.forEachChild(node, visit, (list) => {
      // A list with a trailing comma ends with it.
      if (list.hasTrailingComma && text[list.end - 1] === ',') commas.push(list.end - 1);
      list.forEach(visit);
    });
  };
  visit(file);
  let out = text;
  for (const at of commas.sort((a, b) => b - a)) out = out.slice(0, at) + out.slice(at + 1);
  return out;
}

/** The value of a JSON-like literal expression (`{ a: [1, 'x'] }`), read from the syntax tree, never evaluated. */
export function literalValue(expression: string): unknown {
  const file = parse(`(${expression});`);
  const errors = syntaxErrors(`(${expression});`);
  if (errors.length > 0) throw new Error(`not an expression: ${errors.join('; ')}\n${expression}`);
  const statement = file.statements[0];
  if (file.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) throw new Error(`not one expression: ${expression}`);
  return valueOf((statement.expression as ts.ParenthesizedExpression).expression);
}

function valueOf(node: ts.Expression): unknown {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(valueOf);
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) throw new Error(`not a plain property: ${p.getText()}`);
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name) ? p.name.text : undefined;
      if (key === undefined) throw new Error(`not a plain key: ${p.name.getText()}`);
      // defineProperty: a `__proto__` key is an own property, as JSON.parse makes it.
      Object.defineProperty(out, key, { value: valueOf(p.initializer), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new Error(`not a literal: ${ts.SyntaxKind[node.kind]} ${node.getText()}`);
}
