import type { Options } from 'prettier';
import type { FileMap } from '../emit/emit-package.js';

const OPTIONS: Options = { singleQuote: true, printWidth: 120, trailingComma: 'all' };

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/**
 * Runs prettier over the given files, in place. sdkgen's own emitters and built-in
 * templates write formatted code already (prettier needs minutes for the 38 MB of the
 * full Cloudflare SDK), so this is only asked for output of templates a user supplied.
 */
export async function formatFiles(files: FileMap, paths: Iterable<string>): Promise<void> {
  // Loaded only when there is something to format: most runs never need it.
  const prettier = await import('prettier');
  await Promise.all(
    [...paths].map(async (path) => {
      const parser = PARSERS[path.slice(path.lastIndexOf('.'))];
      const content = files.get(path);
      if (parser && content !== undefined) files.set(path, await prettier.format(content, { ...OPTIONS, parser }));
    }),
  );
}

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
