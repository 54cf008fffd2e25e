/**
 * Indents emitted code by its braces, two spaces a level. The emitters write one statement,
 * member or JSDoc line per line, a block opener ends its line with `{` and a closer starts
 * its line with `}`. String literals never span lines, so a brace that opens or closes a
 * line is never inside one; JSDoc lines are indented but never counted.
 */
export function indentBlocks(code: string): string {
  let depth = 0;
  let inDoc = false;
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (inDoc || line.startsWith('/*')) {
      const closes = line.includes('*/');
      // Continuation lines of a JSDoc block keep the space before their `*`.
      lines[i] = '  '.repeat(depth) + (inDoc ? ` ${line.trimStart()}` : line);
      inDoc = !closes;
      continue;
    }
    if (line.startsWith('}')) depth = Math.max(depth - 1, 0);
    lines[i] = '  '.repeat(depth) + line;
    if (line.endsWith('{')) depth++;
  }
  return lines.join('\n');
}
