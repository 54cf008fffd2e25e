/**
 * The whitespace clean-up of built-in template output: no trailing spaces, no blank line
 * right after an opening brace or before a closing one, never two blank lines in a row,
 * and JSDoc lines aligned under their `/**` (doc blocks are rendered before their
 * indentation is known).
 */
export function tidy(text: string): string {
  const spaced = text
    .replace(/[ \t]+$/gm, '')
    .replace(/\{\n(?:\n)+/g, '{\n')
    .replace(/\n\n+(\s*\})/g, '\n$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
  let docIndent: string | undefined;
  return spaced
    .split('\n')
    .map((line) => {
      const trimmed = line.trimStart();
      if (docIndent !== undefined && trimmed.startsWith('*')) {
        line = `${docIndent} ${trimmed}`;
        if (trimmed.startsWith('*/')) docIndent = undefined;
      } else if (trimmed.startsWith('/**') && !trimmed.includes('*/')) {
        docIndent = line.slice(0, line.length - trimmed.length);
      } else {
        docIndent = undefined;
      }
      return line;
    })
    .join('\n');
}
