import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../generator/pipeline.js';

/**
 * The validators' CommonJS build is printed by the emitter beside their ES module build
 * (emit/validator-modules.ts), not converted by esbuild like the rest of dist/cjs/. It must
 * behave as the ES module does, also where validator modules require each other in a cycle:
 * here `Orphan` (no operation uses it, so it lives in schemas/shared) refers to `Cat` (only the
 * pets resource uses it: schemas/pets), and `Cat` to `Tag` (both resources use it: shared).
 * Node runs both builds in one child process, with the same values; verdicts and issue lists
 * must be the same.
 */

const spec = {
  openapi: '3.0.3',
  info: { title: 'Cycle', version: '1.0.0' },
  paths: {
    '/pets/{id}': { get: { operationId: 'getPet', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('#/components/schemas/Cat') } } },
    '/tags': { get: { operationId: 'listTags', responses: { 200: json('#/components/schemas/Tag') } } },
  },
  components: {
    schemas: {
      Tag: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
      Cat: { type: 'object', required: ['id', 'tag'], properties: { id: { type: 'integer' }, tag: { $ref: '#/components/schemas/Tag' }, lives: { type: 'integer', maximum: 9 } } },
      Orphan: { type: 'object', properties: { cat: { $ref: '#/components/schemas/Cat' }, tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } } } },
    },
  },
};

function json(ref: string) {
  return { description: 'OK', content: { 'application/json': { schema: { $ref: ref } } } };
}

const values = [
  {},
  { cat: { id: 1, tag: { name: 'tabby' } } },
  { cat: { id: 1.5, tag: { name: '' }, lives: 10 } },
  { cat: { tag: {} }, tags: [{ name: 'a' }, { name: 3 }, null] },
  { tags: 'not an array' },
  null,
  [],
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdkgen-cjs-validators-'));
  await writeFile(join(dir, 'spec.json'), JSON.stringify(spec));
  await generate({ spec: join(dir, 'spec.json'), out: join(dir, 'out') });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('CommonJS validators', () => {
  it('the fixture has the cycle: shared requires pets and pets requires shared', async () => {
    const shared = await readFile(join(dir, 'out/dist/cjs/schemas/shared.validators.js'), 'utf8');
    const pets = await readFile(join(dir, 'out/dist/cjs/schemas/pets.validators.js'), 'utf8');
    expect(shared).toContain("require('./pets.validators.js')");
    expect(pets).toContain("require('./shared.validators.js')");
  });

  it('give the verdicts and issues of the ES module build, for every value, loaded either way round', () => {
    const script = `
const { createRequire } = require('node:module');
const values = ${JSON.stringify(values)};
const run = (v) => values.map((value) => [v.isOrphan(value), v.validateOrphan(value), v.isCat(value?.cat), v.validateCat(value?.cat)]);
(async () => {
  // Pets first, then shared: the other order of the cycle from the package entry's.
  const pets = require(${JSON.stringify(join(dir, 'out/dist/cjs/schemas/pets.validators.js'))});
  const commonjs = require(${JSON.stringify(join(dir, 'out/dist/cjs/validators.js'))});
  const esm = await import(${JSON.stringify(`file://${join(dir, 'out/dist/validators.js')}`)});
  console.log(JSON.stringify({ commonjs: run(commonjs), esm: run(esm), petsCat: typeof pets.isCat, esModule: commonjs.__esModule === true }));
})();
`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { commonjs, esm, petsCat } = JSON.parse(child.stdout) as { commonjs: unknown[][]; esm: unknown[][]; petsCat: string };
    expect(petsCat).toBe('function');
    expect(commonjs).toEqual(esm);
    // Not vacuous: some values are valid, some not, and the issues name paths inside the other module's schema.
    expect(esm.map((row) => row[0])).toEqual([true, true, false, false, false, false, false]);
    expect(JSON.stringify(esm[2])).toContain('/cat/lives');
    expect(JSON.stringify(esm[3])).toContain('/tags/1/name');
  });
});
