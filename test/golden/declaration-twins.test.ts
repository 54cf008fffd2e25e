import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { emitDeclarations } from '../../generator/build/declarations.js';
import { RUNTIME_BANNER } from '../../generator/emit/banner.js';
import { RUNTIME_DECLARATIONS, RUNTIME_FOLDERS } from '../../generator/emit/emit-package.js';
import { generate } from '../../generator/pipeline.js';
import { checkDeclarationTwins } from '../support/declaration-twins.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * sdkgen writes declarations without TypeScript: the runtime's ship precompiled
 * (templates/runtime/declarations/core and internal), the entry points' are their source, and the client's
 * and resource modules' come from the templates' twins (client.d.ts.hbs, resource.d.ts.hbs).
 * Here they must be exactly what TypeScript's declaration emit makes of the same sources: for the
 * committed package, and for each golden fixture spec (3.0 and 3.1). test/scale/cloudflare-full.test.ts
 * checks the same for the full Cloudflare API. `UPDATE_GOLDEN=1` rewrites the runtime's.
 */

const work = mkdtempSync(join(tmpdir(), 'sdkgen-twins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RUNTIME = join(REPO_ROOT, 'templates/runtime');
/** `core/client.ts`, ...: every runtime module, by its path in the package's `src/`. */
const RUNTIME_MODULES = RUNTIME_FOLDERS.flatMap((folder) => readdirSync(join(RUNTIME, folder)).sort().map((name) => `${folder}/${name}`));

describe('declarations written without TypeScript', () => {
  it('has runtime folders to check: core/ and internal/', () => {
    expect(RUNTIME_FOLDERS).toEqual(['core', 'internal']);
    for (const folder of RUNTIME_FOLDERS) expect(RUNTIME_MODULES.filter((m) => m.startsWith(`${folder}/`)).length).toBeGreaterThan(1);
  });

  it('templates/runtime/declarations/{core,internal}: the precompiled declarations are TypeScript\'s for templates/runtime/{core,internal}', () => {
    // One program, as in a package: core/ and internal/ import each other.
    // As the package ships them: with the runtime's banner line (TypeScript's emit depends on the comments that open a file).
    const { declarations, problems } = emitDeclarations(RUNTIME_MODULES.map((module) => [`src/${module}`, RUNTIME_BANNER + readFileSync(join(RUNTIME, module), 'utf8')]));
    expect(problems).toEqual([]);
    const expected = new Map(declarations.map(([path, text]) => [path.slice('dist/'.length), text]));
    if (process.env.UPDATE_GOLDEN === '1') {
      for (const folder of RUNTIME_FOLDERS) {
        rmSync(join(RUNTIME_DECLARATIONS, folder), { recursive: true, force: true });
        mkdirSync(join(RUNTIME_DECLARATIONS, folder), { recursive: true });
      }
      for (const [module, text] of expected) writeFileSync(join(RUNTIME_DECLARATIONS, module), text);
    }

    expect(readdirSync(RUNTIME_DECLARATIONS).sort()).toEqual(RUNTIME_FOLDERS);
    const written = RUNTIME_FOLDERS.flatMap((folder) => readdirSync(join(RUNTIME_DECLARATIONS, folder)).sort().map((name) => `${folder}/${name}`));
    expect(written).toEqual(RUNTIME_MODULES.map((module) => module.replace(/\.ts$/, '.d.ts')));
    for (const [module, text] of expected) expect({ module, text: readFileSync(join(RUNTIME_DECLARATIONS, module), 'utf8') }).toEqual({ module, text });
  });

  it('generated/: every declaration file of the runtime, the entry points, the client and the resources is what TypeScript emits', () => {
    const check = checkDeclarationTwins(join(REPO_ROOT, 'generated'));

    // The runtime modules (core/ and internal/), index, validators, the client and the 17 resources with operations of the AI Gateway API.
    expect(check).toEqual({ checked: RUNTIME_MODULES.length + 3 + 17, mismatches: [], problems: [] });
  });

  it.each(['cloudflare-envelope-3-0', 'media-types-3-1', 'pet-store-3-0', 'shapes-3-1'])('the %s fixture: the same', async (fixture) => {
    const out = join(work, fixture);
    await generate({ spec: join(REPO_ROOT, 'test/fixtures/golden', fixture, 'openapi.yaml'), out });
    const check = checkDeclarationTwins(out);

    expect(check.checked).toBeGreaterThan(1);
    expect(check.mismatches).toEqual([]);
    expect(check.problems).toEqual([]);
  });
});
