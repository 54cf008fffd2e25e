import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../generator/pipeline.js';
import { errorEnvelope, FaultServer, json, type Behaviour } from '../support/fault-server.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { readMultipart } from '../support/multipart-reader.js';

/**
 * The generated package from CommonJS and from ES modules, in Node: `require` and `import` each
 * make a call against a node:http server on 127.0.0.1, a program that does both sees one copy
 * of the package (one `APIError`), TypeScript under --module node16 and nodenext type-checks a
 * .cts and a .mts consumer against the declarations each branch of `exports` names, and the
 * modules the runtime loads lazily (streaming, request bodies) still load, and only when needed,
 * under `require`. The packages are linked into a throwaway project by name
 * (node_modules/<name> -> the package directory), so Node resolves them through their exports.
 * generated/ is the AI Gateway package; the media-types fixture's package (it has server-sent
 * events and multipart uploads, which the AI Gateway has not) is generated into the same project.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const generatedDir = join(repoRoot, 'generated');
const tscBin = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const MEDIA_CONFIG = join(repoRoot, 'test/fixtures/golden/media-types-3-1/sdk.config.yaml');
const PACKAGE = '@sdkgen/cloudflare';
/** The media-types fixture's package name (its sdk.config.yaml). */
const MEDIA_PACKAGE = 'api-client';
const ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';
const LOG_PATH = `/accounts/${ACCOUNT_ID}/ai-gateway/gateways/my-gateway/logs`;

/** What each Node script prints: the log it got, and what the 404 it provoked was. */
const CALLS = `const options = { apiToken: 'commonjs-token', baseURL: process.env.BASE_URL, maxRetries: 0 };
const params = { account_id: '${ACCOUNT_ID}' };`;

const REQUIRE_CJS = `'use strict';
const { Cloudflare, APIError, NotFoundError } = require('${PACKAGE}');
const { logGet } = require('${PACKAGE}/resources/ai-gateway/logs');
const { validateLogGetResponse } = require('${PACKAGE}/validators');
${CALLS}

(async () => {
  const client = new Cloudflare(options);
  const log = await client.aiGateway.logs.get('my-gateway', 'log-1', params);
  const error = await logGet(client, 'my-gateway', 'missing', params).then(() => undefined, (e) => e);
  console.log(JSON.stringify({
    id: log.id,
    valid: validateLogGetResponse(log).ok,
    error: { isAPIError: error instanceof APIError, isNotFoundError: error instanceof NotFoundError, status: error?.status },
    resolved: require.resolve('${PACKAGE}'),
  }));
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const IMPORT_MJS = `import { Cloudflare, APIError, NotFoundError } from '${PACKAGE}';
import { logGet } from '${PACKAGE}/resources/ai-gateway/logs';
import { validateLogGetResponse } from '${PACKAGE}/validators';
${CALLS}

const client = new Cloudflare(options);
const log = await client.aiGateway.logs.get('my-gateway', 'log-1', params);
const error = await logGet(client, 'my-gateway', 'missing', params).then(() => undefined, (e) => e);
console.log(JSON.stringify({
  id: log.id,
  valid: validateLogGetResponse(log).ok,
  error: { isAPIError: error instanceof APIError, isNotFoundError: error instanceof NotFoundError, status: error?.status },
}));
`;

/** Both ways in one program: the same classes, and an error from either side is an instance of the other's. */
const BOTH_MJS = `import { createRequire } from 'node:module';
import * as imported from '${PACKAGE}';
import { logGet as importedLogGet } from '${PACKAGE}/resources/ai-gateway/logs';
${CALLS}

const require = createRequire(import.meta.url);
const required = require('${PACKAGE}');
const requiredLogs = require('${PACKAGE}/resources/ai-gateway/logs');
const fromImport = await new imported.Cloudflare(options).aiGateway.logs.get('my-gateway', 'missing', params).then(() => undefined, (e) => e);
const fromRequire = await requiredLogs.logGet(new required.Cloudflare(options), 'my-gateway', 'missing', params).then(() => undefined, (e) => e);
console.log(JSON.stringify({
  sameAPIError: required.APIError === imported.APIError,
  sameClient: required.Cloudflare === imported.Cloudflare,
  sameLogGet: requiredLogs.logGet === importedLogGet,
  importedErrorIsRequiredAPIError: fromImport instanceof required.APIError,
  requiredErrorIsImportedNotFoundError: fromRequire instanceof imported.NotFoundError,
  statuses: [fromImport?.status, fromRequire?.status],
}));
`;

/** The media package under require: which of its modules are loaded before and after each kind of call. */
const MEDIA_CJS = `'use strict';
const { Client } = require('${MEDIA_PACKAGE}');
const loaded = () => Object.keys(require.cache);

(async () => {
  const client = new Client({ baseURL: process.env.BASE_URL, maxRetries: 0 });
  const atStart = loaded();
  const events = [];
  for await (const event of await client.events.stream()) events.push(event);
  const afterStream = loaded();
  const stored = await client.files.create({ body: { file: new Blob(['hello, commonjs']), purpose: 'batch' } });
  console.log(JSON.stringify({ events, stored, atStart, afterStream, atEnd: loaded() }));
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/**
 * The same consumer as a CommonJS (.cts) and an ES module (.mts) TypeScript file. The
 * `@ts-expect-error` is itself an error unless the line after it fails, so the file type-checks
 * only if the package's types are real, not `any`.
 */
const CONSUMER_TS = `import { Cloudflare, APIError, NotFoundError, type LogGetResponse } from '${PACKAGE}';
import { logGet, type LogGetParams } from '${PACKAGE}/resources/ai-gateway/logs';
import { validateLogGetResponse } from '${PACKAGE}/validators';

const client = new Cloudflare({ apiToken: 'commonjs-token', baseURL: 'http://127.0.0.1:9' });

export async function getLog(): Promise<LogGetResponse | undefined> {
  const params: LogGetParams = { account_id: '${ACCOUNT_ID}' };
  try {
    const log: LogGetResponse = await logGet(client, 'my-gateway', 'id', params);
    // @ts-expect-error LogGetResponse.id is a string
    const id: number = log.id;
    void id;
    return validateLogGetResponse(log).ok ? log : undefined;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    if (error instanceof APIError) throw new Error(\`status \${error.status satisfies number}\`);
    throw error;
  }
}
`;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Children must not pick up the caller's Cloudflare settings (CLOUDFLARE_BASE_URL would redirect them).
const childEnvironment: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(CLOUDFLARE_|npm_|NODE_OPTIONS$)/i.test(name)));

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...childEnvironment, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let workDir: string;
let project: string;
let mediaDir: string;
let server: FaultServer;

/** Runs a script of the project against the server and parses what it printed. */
async function runScript<T>(script: string): Promise<T> {
  const result = await run([script], project, { BASE_URL: server.url });
  if (result.code !== 0) throw new Error(`${script} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

async function link(name: string, target: string): Promise<void> {
  const path = join(project, 'node_modules', ...name.split('/'));
  await mkdir(join(path, '..'), { recursive: true });
  await symlink(target, path, 'dir');
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sdkgen-commonjs-'));
  project = join(workDir, 'project');
  mediaDir = join(workDir, MEDIA_PACKAGE);
  await mkdir(project);
  const [started] = await Promise.all([FaultServer.start(), generate({ config: MEDIA_CONFIG, out: mediaDir })]);
  server = started;
  await Promise.all([
    link(PACKAGE, generatedDir),
    link(MEDIA_PACKAGE, mediaDir),
    // No "type": the file extensions say which files are CommonJS and which ES modules.
    writeFile(join(project, 'package.json'), JSON.stringify({ name: 'sdkgen-commonjs-consumer', private: true })),
    writeFile(join(project, 'require.cjs'), REQUIRE_CJS),
    writeFile(join(project, 'import.mjs'), IMPORT_MJS),
    writeFile(join(project, 'both.mjs'), BOTH_MJS),
    writeFile(join(project, 'media.cjs'), MEDIA_CJS),
    writeFile(join(project, 'consumer.cts'), CONSUMER_TS),
    writeFile(join(project, 'consumer.mts'), CONSUMER_TS),
  ]);
}, 120_000);

beforeEach(() => server.reset());

afterAll(async () => {
  await server?.close();
  // The links go into generated/ and the media package; rm removes the links, not their targets.
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

const notFound = json(404, errorEnvelope(7002, 'Log not found'));

describe.each([
  ['a .cjs script that requires', 'require.cjs'],
  ['an .mjs script that imports', 'import.mjs'],
])(`${PACKAGE} from %s it`, (_how, script) => {
  it('gets a log with logs.get, and a 404 rejects with a NotFoundError that is instanceof its APIError', async () => {
    server.enqueue(json(200, seedExampleBody()), notFound);
    const printed = await runScript<{ id: string; valid: boolean; error: unknown }>(script);

    expect(printed).toMatchObject({ id: seedExampleBody().result.id, valid: true, error: { isAPIError: true, isNotFoundError: true, status: 404 } });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${LOG_PATH}/log-1`, `GET ${LOG_PATH}/missing`]);
  });
});

describe('resolution', () => {
  it("require.resolve gives the CommonJS build, dist/cjs/index.js, whose package.json makes it CommonJS", async () => {
    server.enqueue(json(200, seedExampleBody()), notFound);
    const printed = await runScript<{ resolved: string }>('require.cjs');

    expect(printed.resolved).toBe(join(generatedDir, 'dist', 'cjs', 'index.js'));
  });
});

describe('a program that both imports and requires the package', () => {
  it('sees one copy of it: the same APIError, client and logGet, and each side\'s errors are instances of the other\'s classes', async () => {
    server.enqueue(notFound, notFound);
    const printed = await runScript<Record<string, unknown>>('both.mjs');

    expect(printed).toEqual({
      sameAPIError: true,
      sameClient: true,
      sameLogGet: true,
      importedErrorIsRequiredAPIError: true,
      requiredErrorIsImportedNotFoundError: true,
      statuses: [404, 404],
    });
  });
});

describe('TypeScript consumers of the package, CommonJS (.cts) and ES module (.mts)', () => {
  it.each(['node16', 'nodenext'])('type-check under --module %s --strict, against the CommonJS declarations', async (mode) => {
    const result = await run(
      [tscBin, '--strict', '--noEmit', '--pretty', 'false', '--skipDefaultLibCheck', '--listFiles', '--target', 'es2022', '--module', mode, '--moduleResolution', mode, 'consumer.cts', 'consumer.mts'],
      project,
    );
    const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
    const diagnostics = lines.filter((line) => /error TS\d+/.test(line));
    const packageFiles = lines.filter((line) => line.startsWith(generatedDir)).map((line) => relative(generatedDir, line));

    // Anything here is an error in a consumer (an unused @ts-expect-error included) or in the package's declarations.
    expect(diagnostics).toEqual([]);
    expect(result.code).toBe(0);
    // Node's `import` and `require` both get the CommonJS build, so both files are typed by its declarations.
    expect(packageFiles).toEqual(expect.arrayContaining(['dist/cjs/index.d.ts', 'dist/cjs/resources/ai-gateway/logs.d.ts', 'dist/cjs/validators.d.ts']));
    expect(packageFiles.filter((file) => !file.startsWith('dist/cjs/'))).toEqual([]);
  }, 120_000);
});

describe('modules the runtime loads lazily, under require (the media-types package)', () => {
  const sse: Behaviour = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end('id: 1\ndata: {"type":"created","at":"2024-01-01T00:00:00Z"}\n\ndata: {"type":"deleted","at":"2024-01-02T00:00:00Z","id":3}\n\n');
  };
  const stored: Behaviour = (_req, res) => json(200, { id: 'f1', bytes: 15 })(_req, res);

  it('streams server-sent events and uploads multipart, loading streaming and the request-body modules at the first call that needs them', async () => {
    server.enqueue(sse, stored);
    const printed = await runScript<{ events: unknown[]; stored: unknown; atStart: string[]; afterStream: string[]; atEnd: string[] }>('media.cjs');
    const cjs = join(mediaDir, 'dist', 'cjs') + '/';
    const modules = (paths: string[]) => paths.filter((path) => path.startsWith(cjs)).map((path) => path.slice(cjs.length));

    // As JSON.stringify printed them: the fields an event does not have (undefined) are left out.
    expect(printed.events).toEqual([
      { id: '1', data: { type: 'created', at: '2024-01-01T00:00:00Z' } },
      { data: { type: 'deleted', at: '2024-01-02T00:00:00Z', id: 3 } },
    ]);
    expect(printed.stored).toEqual({ id: 'f1', bytes: 15 });
    const upload = server.requests[1]!;
    const parts = await readMultipart(String(upload.headers['content-type']), [Buffer.from(upload.body)]);
    expect(parts.map((p) => [p.name, p.data?.toString('utf8')])).toEqual([
      ['file', 'hello, commonjs'],
      ['purpose', 'batch'],
    ]);
    // Every module of the package that loaded is from its CommonJS build.
    expect(printed.atEnd.filter((path) => path.startsWith(mediaDir) && !path.startsWith(cjs))).toEqual([]);
    const [atStart, afterStream, atEnd] = [modules(printed.atStart), modules(printed.afterStream), modules(printed.atEnd)];
    expect(atStart).toEqual(expect.arrayContaining(['index.js', 'client.js']));
    expect(atStart).not.toEqual(expect.arrayContaining(['core/streaming.js']));
    expect(atStart).not.toEqual(expect.arrayContaining(['internal/request-body.js']));
    expect(afterStream).toEqual(expect.arrayContaining(['core/streaming.js', 'resources/events.js']));
    expect(afterStream).not.toEqual(expect.arrayContaining(['internal/request-body.js']));
    expect(atEnd).toEqual(expect.arrayContaining(['internal/request-body.js', 'internal/multipart.js', 'resources/files.js']));
  }, 60_000);
});
