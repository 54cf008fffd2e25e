import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { LOG_GET_SPEC } from '../support/cloudflare-specs.js';
import { REPO_ROOT, removeTempDirs, runCli, snapshotTree, tempDir } from './support/cli.js';

/**
 * `sdkgen init` (generator/init/), run as the real binary: the scaffold it writes, a generation
 * from that scaffold whose client makes calls on node:http, a given spec copied with the names
 * from its title, and the refusals: an existing file, a broken spec, an option init does not take.
 */

afterAll(removeTempDirs);

const TEMPLATES = join(REPO_ROOT, 'templates');
/** The built-in templates a user edits: every .hbs but the declaration twins. */
const EDITABLE = ['client.ts.hbs', 'index.ts.hbs', 'resource.ts.hbs', 'validators.ts.hbs', 'partials/method-doc.hbs'];

function files(dir: string): string[] {
  return [...snapshotTree(dir).keys()].sort();
}

describe('sdkgen init without a spec', () => {
  const dir = tempDir('sdkgen-init-');
  const project = join(dir, 'my-api');
  let printed: string;

  it('writes the example spec, its config and the editable templates, and prints the workflow', async () => {
    const result = await runCli(['init', '--dir', project]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    printed = result.stdout;
    expect(files(project)).toEqual(['spec/openapi.yaml', 'spec/sdk.config.yaml', ...EDITABLE.map((name) => `templates/${name}`)].sort());
    for (const name of EDITABLE) expect(readFileSync(join(project, 'templates', name), 'utf8')).toBe(readFileSync(join(TEMPLATES, name), 'utf8'));
    expect(parse(readFileSync(join(project, 'spec/sdk.config.yaml'), 'utf8'))).toEqual({
      spec: 'openapi.yaml',
      output: '../generated',
      templates: '../templates',
      package: { name: 'todo-api', version: '0.1.0' },
      client: { className: 'TodoClient' },
    });
    for (const step of ['spec/openapi.yaml', 'npx sdkgen generate', "import { TodoClient } from './generated/dist/index.js'"]) expect(printed).toContain(step);
  });

  it('generates from the scaffold, and the client calls the example API', async () => {
    const generated = await runCli(['generate'], { cwd: project });
    expect({ code: generated.code, stderr: generated.code === 0 ? '' : generated.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(project, 'generated/package.json'), 'utf8'))).toMatchObject({ name: 'todo-api', version: '0.1.0' });

    // The example spec: GET /todos lists Todo objects, POST /todos creates one from a NewTodo body (201).
    const todo = { id: 't1', title: 'Write the spec', done: false };
    const seen: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        const [status, payload] = req.method === 'POST' ? [201, todo] : [200, [todo]];
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
      writeFileSync(
        join(project, 'call.mjs'),
        [
          "import { TodoClient } from './generated/dist/index.js';",
          `const client = new TodoClient({ baseURL: ${JSON.stringify(baseURL)}, maxRetries: 0 });`,
          "const created = await client.todos.create({ body: { title: 'Write the spec' } });",
          'const listed = await client.todos.list({});',
          'process.stdout.write(JSON.stringify({ created, listed }));',
        ].join('\n'),
      );
      const call = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['call.mjs'], { cwd: project });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect({ code: call.code, stderr: call.stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(call.stdout)).toEqual({ created: todo, listed: [todo] });
      expect(seen.map(({ method, url, body }) => ({ method, url, body: body === '' ? undefined : JSON.parse(body) }))).toEqual([
        { method: 'POST', url: '/v1/todos', body: { title: 'Write the spec' } },
        { method: 'GET', url: '/v1/todos', body: undefined },
      ]);
      expect(seen[0]!.headers['content-type']).toMatch(/^application\/json/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);

  it('run again, it refuses: exit 1 naming every file that exists, nothing changed', async () => {
    const before = snapshotTree(project);
    const result = await runCli(['init', '--dir', project]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('init writes nothing: 7 of its files exist already');
    for (const path of ['spec/openapi.yaml', 'spec/sdk.config.yaml', 'templates/client.ts.hbs']) expect(result.stderr).toContain(`  ${path}\n`);
    expect(snapshotTree(project)).toEqual(before);
  });
});

describe('sdkgen init --spec', () => {
  it('copies the spec byte for byte and names the package and client from its title', async () => {
    const project = tempDir('sdkgen-init-spec-');
    const result = await runCli(['init', '--spec', LOG_GET_SPEC, '--dir', project]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const specName = 'cloudflare-ai-gateway-log-get.openapi.json';
    expect(readFileSync(join(project, 'spec', specName))).toEqual(readFileSync(LOG_GET_SPEC));
    expect(readdirSync(join(project, 'spec')).sort()).toEqual([specName, 'sdk.config.yaml']);
    // The title is "Cloudflare API - AI Gateway 'Get Gateway Log Detail' (...)": its first part names them.
    const title = (JSON.parse(readFileSync(LOG_GET_SPEC, 'utf8')) as { info: { title: string } }).info.title;
    expect(title.split(' - ')[0]).toBe('Cloudflare API');
    const config = parse(readFileSync(join(project, 'spec/sdk.config.yaml'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ spec: specName, package: { name: 'cloudflare-api' }, client: { className: 'CloudflareClient' } });
    const validated = await runCli(['validate'], { cwd: project });
    expect({ code: validated.code, stderr: validated.stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining('the spec is valid (1 operations') });
  });

  it('keeps the files a $ref reaches beside the spec, and refuses a spec whose $ref dangles', async () => {
    const source = tempDir('sdkgen-init-src-');
    mkdirSync(join(source, 'schemas'));
    writeFileSync(join(source, 'schemas/thing.yaml'), 'type: object\nproperties:\n  id: { type: string }\n');
    const spec = (ref: string) => `openapi: 3.0.3\ninfo: { title: Things, version: '1' }\npaths:\n  /things:\n    get:\n      operationId: listThings\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: '${ref}' }\n`;
    writeFileSync(join(source, 'api.yaml'), spec('./schemas/thing.yaml'));
    writeFileSync(join(source, 'broken.yaml'), spec('./schemas/missing.yaml'));

    const project = tempDir('sdkgen-init-refs-');
    const copied = await runCli(['init', '--spec', join(source, 'api.yaml'), '--dir', project]);
    expect(copied.code).toBe(0);
    expect(readFileSync(join(project, 'spec/schemas/thing.yaml'), 'utf8')).toBe(readFileSync(join(source, 'schemas/thing.yaml'), 'utf8'));

    const empty = tempDir('sdkgen-init-broken-');
    const refused = await runCli(['init', '--spec', join(source, 'broken.yaml'), '--dir', empty]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/broken\.yaml:12:\d+: error: .*missing\.yaml/);
    expect(refused.stderr).toContain('init wrote nothing');
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('sdkgen init usage', () => {
  it.each([
    [['init', '--check'], /--check does not work with "init"/],
    [['init', '--out', 'x'], /--out does not work with "init"/],
    [['generate', '--dir', 'x'], /--dir works with "init" only/],
    [['init', '--dir='], /--dir needs a value/],
  ])('%j is bad usage: exit 2, nothing written', async (args, reason) => {
    const cwd = tempDir('sdkgen-init-usage-');
    const result = await runCli(args, { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(existsSync(join(cwd, 'spec'))).toBe(false);
  });

  it('--help lists init and --dir', async () => {
    const result = await runCli(['--help']);
    expect(result.stdout).toMatch(/^ {2}init {7}/m);
    expect(result.stdout).toContain('--dir DIR');
  });
});
