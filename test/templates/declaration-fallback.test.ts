import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { generate } from '../../generator/pipeline.js';
import { checkDeclarationTwins } from '../support/declaration-twins.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * Whoever replaces resource.ts.hbs gets declarations that match it: from TypeScript when the
 * template's declaration twin (resource.d.ts.hbs) is still the built-in one, from their own
 * twin when they replace both.
 */

const work = mkdtempSync(join(tmpdir(), 'sdkgen-twin-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BUILTIN = join(REPO_ROOT, 'templates');
const SPEC = join(REPO_ROOT, 'test/fixtures/golden/pet-store-3-0/openapi.yaml');

/** Generates the pet store with these templates replaced (file name -> text); returns the output directory. */
async function generateWith(name: string, templates: Record<string, string>): Promise<string> {
  const dir = join(work, name);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  for (const [file, text] of Object.entries(templates)) writeFileSync(join(dir, 'templates', file), text);
  writeFileSync(join(dir, 'sdk.config.yaml'), `spec: ${SPEC}\noutput: out\ntemplates: templates\npackage: { name: pets, version: 1.0.0 }\nclient: { className: Pets }\n`);
  await generate({ config: join(dir, 'sdk.config.yaml') });
  return join(dir, 'out');
}

const builtinResource = readFileSync(join(BUILTIN, 'resource.ts.hbs'), 'utf8');
const builtinTwin = readFileSync(join(BUILTIN, 'resource.d.ts.hbs'), 'utf8');
const EXTRA = "\nexport const templateVersion = 'mine';\n";

describe('a replaced resource.ts.hbs', () => {
  it('without its twin: TypeScript writes the resource declarations, and they declare what the template added', async () => {
    const out = await generateWith('template-only', { 'resource.ts.hbs': builtinResource + EXTRA });

    expect(readFileSync(join(out, 'src/resources/pets.ts'), 'utf8')).toContain("export const templateVersion = 'mine';");
    expect(readFileSync(join(out, 'dist/resources/pets.d.ts'), 'utf8')).toContain('export declare const templateVersion = "mine";');
    expect(checkDeclarationTwins(out)).toMatchObject({ mismatches: [], problems: [] });
  });

  it('with its twin: the twin writes them', async () => {
    const out = await generateWith('both', {
      'resource.ts.hbs': builtinResource + EXTRA,
      'resource.d.ts.hbs': builtinTwin + 'export declare const templateVersion = "mine";\n',
    });

    expect(readFileSync(join(out, 'dist/resources/pets.d.ts'), 'utf8')).toMatch(/export declare const templateVersion = "mine";\n$/);
    expect(checkDeclarationTwins(out)).toMatchObject({ mismatches: [], problems: [] });
  });
});
