import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { generate } from '../../generator/pipeline.js';
import { checkDeclarationTwins } from '../support/declaration-twins.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * The declarations of the client and resource modules are written by the templates' twins
 * (client.d.ts.hbs, resource.d.ts.hbs), not by TypeScript. Here they must be exactly what
 * TypeScript's declaration emit makes of the same sources: for the committed package, and for
 * each golden fixture spec (3.0 and 3.1). test/scale/cloudflare-full.test.ts checks the same
 * for the 1,052 modules of the full Cloudflare API.
 */

const work = mkdtempSync(join(tmpdir(), 'sdkgen-twins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('declaration twins', () => {
  it('generated/: every client and resource declaration file is what TypeScript emits', () => {
    const check = checkDeclarationTwins(join(REPO_ROOT, 'generated'));

    // The client and the 17 resources with operations of the AI Gateway API.
    expect(check.checked).toBe(18);
    expect(check).toEqual({ checked: 18, mismatches: [], problems: [] });
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
