import type { Options } from 'prettier';
import type { FileMap } from '../common/files.js';

// The style the emitters print in (emit/wrap-lines.ts): 100 columns, single quotes, trailing commas.
export const PRETTIER_OPTIONS: Options = { singleQuote: true, printWidth: 100, trailingComma: 'all' };

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
      if (parser && content !== undefined) files.set(path, await prettier.format(content, { ...PRETTIER_OPTIONS, parser }));
    }),
  );
}
