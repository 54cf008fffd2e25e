import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { emitDeclarations } from '../../generator/build/declarations.js';
import { RUNTIME_DECLARATIONS } from '../../generator/emit/emit-package.js';
import { generate } from '../../generator/pipeline.js';
import { checkDeclarationTwins } from '../support/declaration-twins.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * sdkgen writes declarations without TypeScript: the runtime's ship precompiled
 * (templates/runtime/declarations/core), the entry points' are their source, and the client's
 * and resource modules' come from the templates' twins (client.d.ts.hbs, resource.d.ts.hbs).
 * Here they must be exactly what TypeScript's declaration emit makes of the same sources: for the
 * committed package, and for each golden fixture spec (3.0 and 3.1). test/scale/cloudflare-full.test.ts
 * checks the same for the full Cloudflare API. `UPDATE_GOLDEN=1` rewrites the runtime's.
 */

const work = mkdtempSync(join(tmpdir(), 'sdkgen-twins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RUNTIME = join(REPO_ROOT, 'templates/runtime/core');

describe('declarations written without TypeScript', () => {
  it('templates/runtime/declarations/core: the precompiled declarations are TypeScript\'s for templates/runtime/core', () => {
    const names = readdirSync(RUNTIME).sort();
    const { declarations, problems } = emitDeclarations(names.map((name) => [`src/core/${name}`, readFileSync(join(RUNTIME, name), 'utf8')]));
    expect(problems).toEqual([]);
    const expected = new Map(declarations.map(([path, text]) => [path.slice('dist/core/'.length), text]));
    if (process.env.UPDATE_GOLDEN === '1') for (const [name, text] of expected) writeFileSync(join(RUNTIME_DECLARATIONS, name), text);

    expect(readdirSync(RUNTIME_DECLARATIONS).sort()).toEqual(names.map((name) => name.replace(/\.ts$/, '.d.ts')));
    for (const [name, text] of expected) expect({ name, text: readFileSync(join(RUNTIME_DECLARATIONS, name), 'utf8') }).toEqual({ name, text });
  });

  it('generated/: every declaration file of the runtime, the entry points, the client and the resources is what TypeScript emits', () => {
    const check = checkDeclarationTwins(join(REPO_ROOT, 'generated'));

    // 10 runtime modules, index, validators, the client and the 17 resources with operations of the AI Gateway API.
    expect(check).toEqual({ checked: 30, mismatches: [], problems: [] });
  });

  it.each(['cloudflare-envelope-3-0', 'pet-store-3-0', 'shapes-3-1'])('the %s fixture: the same', async (fixture) => {
    const out = join(work, fixture);
    await generate({ spec: join(REPO_ROOT, 'test/fixtures/golden', fixture, 'openapi.yaml'), out });
    const check = checkDeclarationTwins(out);

    expect(check.checked).toBeGreaterThan(1);
    expect(check.mismatches).toEqual([]);
    expect(check.problems).toEqual([]);
  });
});
