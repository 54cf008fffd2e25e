import * as prettier from 'prettier';
import type { FileMap } from '../emit/emit-package.js';

const OPTIONS: prettier.Options = { singleQuote: true, printWidth: 120, trailingComma: 'all' };

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/** Formats every file prettier has a parser for, once, in place. */
export async function formatFiles(files: FileMap): Promise<void> {
  await Promise.all(
    [...files].map(async ([path, content]) => {
      const ext = path.slice(path.lastIndexOf('.'));
      const parser = PARSERS[ext];
      if (parser) files.set(path, await prettier.format(content, { ...OPTIONS, parser }));
    }),
  );
}
