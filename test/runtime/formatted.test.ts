import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * The runtime ships as it is in every generated package, where people read and debug it: it is
 * formatted in the style the emitters print (100 columns, single quotes, trailing commas), which
 * is also the style .prettierrc.json gives editors.
 */

const RUNTIME = join(REPO_ROOT, 'templates/runtime');
const files = ['core', 'internal'].flatMap((folder) => readdirSync(join(RUNTIME, folder)).sort().map((name) => `${folder}/${name}`));

describe('the runtime sources', () => {
  it('are formatted in the style .prettierrc.json sets, which is the format stage\'s', () => {
    expect(JSON.parse(readFileSync(join(REPO_ROOT, '.prettierrc.json'), 'utf8'))).toEqual(PRETTIER_OPTIONS);
  });

  it.each(files)('%s is prettier-formatted', async (file) => {
    const source = readFileSync(join(RUNTIME, file), 'utf8');
    expect(await prettier.check(source, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(true);
  });
});
