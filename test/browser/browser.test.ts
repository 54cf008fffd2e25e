import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { generate } from '../../generator/pipeline.js';
import { launchChromium, type LaunchedChromium } from '../support/chromium.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { ACCOUNT_ID, API_TOKEN, LOG_IDS, logPath } from './page/constants.js';
import type { Outcome, PageResults } from './page/main.js';
import { BLOB_DOWNLOAD, CLIENT_DIR, MEDIA_API, pseudoRandomBytes, STREAMED_DOWNLOAD, UPLOAD } from './page/media-constants.js';
import type { MediaResults } from './page/media.js';
import { EXPECTED_BEFORE_BROKEN_EVENT, EXPECTED_EVENTS, MediaServer } from './media-server.js';
import { bundlePage } from './page-bundle.js';
import { html, javascript, json, PageServer, type Route } from './page-server.js';

/**
 * Generated clients in real headless Chromium, on pages served with
 * `Content-Security-Policy: script-src 'self'`: no 'unsafe-eval', so any eval or new Function in
 * a client would throw in the page. One node:http server on 127.0.0.1 per page serves the page,
 * its script and the API, so the page's fetches are same-origin.
 *
 * - The Cloudflare AI Gateway client (generated/dist, as a bundler sees it), bundled by esbuild
 *   into the page: JSON, validation and errors.
 * - The media-types client (test/fixtures/golden/media-types-3-1/), generated here into a
 *   temporary directory and loaded by the browser as published: its dist/ ES modules one by one,
 *   the resource modules on first use. Multipart upload of a File, binary downloads (a Blob, and
 *   the unread body of asResponse()), server-sent events with validated JSON data.
 */

const browserDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distDir = join(repoRoot, 'generated', 'dist');

const CSP = "script-src 'self'";
const MEDIA_CONFIG = join(repoRoot, 'test/fixtures/golden/media-types-3-1/sdk.config.yaml');
const BASE_PATH = '/client/v4';
/** Cloudflare's request id header; the client reports it as `requestId`. */
const CF_RAY = '8f1b2c3d4e5f6a7b-SJC';

// --- finding eval -------------------------------------------------------------------------------

/** Ways JavaScript turns a string into code, which `script-src` without 'unsafe-eval' forbids. */
const DYNAMIC_CODE: readonly RegExp[] = [
  /\beval\b/g, // eval(...), (0, eval)(...), globalThis.eval
  /(?<![\w$.])Function\s*\(/g, // Function(...) and new Function(...), not isFunction( or x.Function(
  /\bnew\s+Function\b/g, // new Function without parentheses
  /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g, // setTimeout('code')
];

/** Each place in `source` that evaluates a string as code, with a little context. */
function dynamicCodeIn(source: string): string[] {
  const found: string[] = [];
  for (const pattern of DYNAMIC_CODE) {
    for (const match of source.matchAll(pattern)) {
      found.push(source.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40));
    }
  }
  return found;
}

async function jsFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name));
}

// --- the page -----------------------------------------------------------------------------------

let bundled: Promise<string> | undefined;

/** test/browser/page/main.ts and everything it imports, as one ES module for the browser. */
function pageBundle(): Promise<string> {
  return (bundled ??= bundlePage(join(browserDir, 'page', 'main.ts')));
}

/** The seed page's example, with a field changed so that it breaks the schema. */
function bodyBreakingTheSchema() {
  const body = seedExampleBody();
  body.result.tokens_in = 'twelve'; // integer (or null) in the spec
  return body;
}

/** What Cloudflare sends for an object that does not exist. */
const notFoundEnvelope = {
  success: false,
  errors: [
    {
      code: 7003,
      message: `Could not route to ${BASE_PATH}${logPath(LOG_IDS.apiError)}, perhaps your object identifier is invalid?`,
    },
  ],
  messages: [],
  result: null,
};

const CSP_PROBE_SCRIPT = `
let evaluated;
try {
  evaluated = new Function('return "ran"')();
} catch (error) {
  evaluated = error.name;
}
document.getElementById('out').textContent = JSON.stringify({ inlineScriptRan: window.inlineScriptRan === true, newFunction: evaluated });
`;
const CSP_PROBE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>CSP probe</title></head><body>
<pre id="out"></pre>
<script>window.inlineScriptRan = true;</script>
<script src="/csp-probe.js"></script>
</body></html>`;

async function routes(): Promise<Record<string, Route>> {
  return {
    '/': html(await readFile(join(browserDir, 'page', 'index.html'), 'utf8'), { 'content-security-policy': CSP }),
    '/main.js': javascript(await pageBundle()),
    '/favicon.ico': { status: 204, headers: {}, body: '' },
    [BASE_PATH + logPath(LOG_IDS.success)]: json(200, seedExampleBody(), { 'cf-ray': CF_RAY }),
    [BASE_PATH + logPath(LOG_IDS.validation)]: json(200, bodyBreakingTheSchema(), { 'cf-ray': CF_RAY }),
    [BASE_PATH + logPath(LOG_IDS.apiError)]: json(404, notFoundEnvelope, { 'cf-ray': CF_RAY }),
    '/csp-probe.html': html(CSP_PROBE_PAGE, { 'content-security-policy': CSP }),
    '/csp-probe-without-csp.html': html(CSP_PROBE_PAGE),
    '/csp-probe.js': javascript(CSP_PROBE_SCRIPT),
  };
}

/** Opens `url`, waits for the page to mark `selector` done (or fill it), and returns its text. */
async function readBack(page: Page, url: string, selector: string): Promise<{ text: string; headers: Record<string, string> }> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  if (response === null) throw new Error(`no response for ${url}`);
  await page.waitForFunction((s) => (document.querySelector(s)?.textContent ?? '') !== '', selector, { timeout: 20_000 });
  return { text: (await page.locator(selector).textContent()) ?? '', headers: response.headers() };
}

// --- the tests ----------------------------------------------------------------------------------

describe('the bundled client has no eval', () => {
  it('finds eval and new Function in code that has them, and nothing in code that merely names similar things (control)', () => {
    expect(
      ['x = eval("1")', '(0, eval)(s)', 'new Function("a", "return a")', 'const f = Function("return this")', 'setTimeout("go()", 1)'].map(
        (code) => dynamicCodeIn(code).length > 0,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(
      dynamicCodeIn('client.aiGateway.evaluations.list(); isFunction(f); typeof f === "function"; setTimeout(run, 1); evaluationTypes'),
    ).toEqual([]);
  });

  it('the page bundle (the client as esbuild bundles it for a browser) contains no eval or new Function', async () => {
    const bundle = await pageBundle();
    // The bundle really holds the client: the request engine and the log validator are in it.
    expect(bundle).toMatch(/\b(class APIClient|APIClient = class)\b/);
    expect(bundle).toContain('function isLogGetResponse');
    expect(dynamicCodeIn(bundle)).toEqual([]);
  });

  it('no module of generated/dist contains eval or new Function', async () => {
    const files = await jsFilesUnder(distDir);
    expect(files.length).toBeGreaterThan(10);
    const offenders: Record<string, string[]> = {};
    for (const file of files) {
      const found = dynamicCodeIn(await readFile(file, 'utf8'));
      if (found.length > 0) offenders[relative(distDir, file)] = found;
    }
    expect(offenders).toEqual({});
  });
});

describe(`aiGateway.logs.get in headless Chromium, on a page served with Content-Security-Policy: ${CSP}`, () => {
  let server: PageServer;
  let chromium: LaunchedChromium;
  let page: Page;
  let results: PageResults;
  let pageHeaders: Record<string, string>;
  const pageErrors: string[] = [];
  const cspConsoleMessages: string[] = [];

  beforeAll(async () => {
    server = await PageServer.start(await routes());
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval/i.test(message.text())) cspConsoleMessages.push(message.text());
    });
    const { text, headers } = await readBack(page, `${server.origin}/`, '#results');
    pageHeaders = headers;
    const parsed = JSON.parse(text) as PageResults | { crashed: Outcome };
    if ('crashed' in parsed) throw new Error(`The page crashed: ${JSON.stringify(parsed.crashed, null, 2)}`);
    results = parsed;
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('ran in Chromium, with the CSP header on the page, and saw no CSP violation and no uncaught error', () => {
    expect(results.userAgent).toMatch(/HeadlessChrome\/\d+/);
    expect(pageHeaders['content-security-policy']).toBe(CSP);
    expect(results.violations).toEqual([]);
    expect(cspConsoleMessages).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('resolves a successful logs.get to the envelope result, equal to the seed example', () => {
    expect(results.success).toEqual({ kind: 'resolved', value: seedExampleBody().result });
  });

  it('rejects a body that breaks the schema with ResponseValidationError naming /result/tokens_in', () => {
    const outcome = results.validation;
    expect(outcome).toMatchObject({ kind: 'ResponseValidationError', name: 'ResponseValidationError', isCloudflareError: true });
    if (outcome.kind !== 'ResponseValidationError') return;
    expect(outcome.issues.map((issue) => issue.path)).toEqual(['/result/tokens_in']);
    expect(outcome.message).toContain('/result/tokens_in');
  });

  it("turns a 404 with Cloudflare's error envelope into NotFoundError (an APIError) with status, errors[0].code and the cf-ray", () => {
    expect(results.apiError).toEqual({
      kind: 'APIError',
      name: 'NotFoundError',
      message: expect.stringContaining('7003'),
      isNotFoundError: true,
      isCloudflareError: true,
      status: 404,
      errors: notFoundEnvelope.errors,
      messages: [],
      requestId: CF_RAY,
    });
  });

  it('sent each call once, as a same-origin GET with the Bearer token, to the documented path', () => {
    const apiRequests = server.requestsUnder(BASE_PATH);
    expect(apiRequests.map((r) => `${r.method} ${r.url}`)).toEqual(
      [LOG_IDS.success, LOG_IDS.validation, LOG_IDS.apiError].map((id) => `GET ${BASE_PATH}${logPath(id)}`),
    );
    for (const request of apiRequests) {
      expect(request.headers).toMatchObject({ authorization: `Bearer ${API_TOKEN}`, accept: 'application/json' });
      expect(request.url).toContain(ACCOUNT_ID);
    }
  });

  it('this Chromium enforces the header: under it an inline script and new Function are blocked, without it both run (control)', async () => {
    const probe = await chromium.context.newPage();
    try {
      const withCsp = await readBack(probe, `${server.origin}/csp-probe.html`, '#out');
      expect(JSON.parse(withCsp.text)).toEqual({ inlineScriptRan: false, newFunction: 'EvalError' });
      const withoutCsp = await readBack(probe, `${server.origin}/csp-probe-without-csp.html`, '#out');
      expect(JSON.parse(withoutCsp.text)).toEqual({ inlineScriptRan: true, newFunction: 'ran' });
    } finally {
      await probe.close();
    }
  });
});

describe(`the media-types client in headless Chromium, loaded as ES modules under Content-Security-Policy: ${CSP}`, () => {
  let tempDir: string;
  let server: PageServer;
  let media: MediaServer;
  let chromium: LaunchedChromium;
  let results: MediaResults;
  const pageErrors: string[] = [];
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const ok = <T>(result: { kind: 'ok'; value: T } | { kind: 'error' }): T => {
    expect(result).toMatchObject({ kind: 'ok' });
    return (result as { value: T }).value;
  };

  beforeAll(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'sdkgen-browser-media-'));
    const out = join(tempDir, 'out');
    await generate({ config: MEDIA_CONFIG, out });
    media = new MediaServer();
    server = await PageServer.start({
      '/media.html': html(await readFile(join(browserDir, 'page', 'media.html'), 'utf8'), { 'content-security-policy': CSP }),
      // The client is not in the bundle: the page imports it from CLIENT_DIR at run time.
      '/media.js': javascript(await bundlePage(join(browserDir, 'page', 'media.ts'), [`${CLIENT_DIR}/*`])),
      '/favicon.ico': { status: 204, headers: {}, body: '' },
      ...(await media.routes(join(out, 'dist'))),
    });
    chromium = await launchChromium();
    const page = await chromium.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    const { text } = await readBack(page, `${server.origin}/media.html`, '#media-results');
    const parsed = JSON.parse(text) as MediaResults | { crashed: unknown };
    if ('crashed' in parsed) throw new Error(`The media page crashed: ${JSON.stringify(parsed.crashed, null, 2)}`);
    results = parsed;
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  });

  it('ran in Chromium with no CSP violation, no uncaught error and no failing server handler, loading the client module by module', () => {
    expect(results.userAgent).toMatch(/HeadlessChrome\/\d+/);
    expect(results.violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(server.handlerErrors).toEqual([]);
    // Native ES modules, not a bundle: the entry, then each module the calls needed, on first use.
    const loaded = server.requestsUnder(`${CLIENT_DIR}/`).map((r) => r.url.slice(CLIENT_DIR.length + 1));
    expect(loaded).toEqual(expect.arrayContaining(['index.js', 'resources/files.js', 'resources/events.js', 'internal/multipart.js', 'core/streaming.js']));
    expect(loaded).not.toContain('resources/charges.js');
  });

  it('uploads a File made in the page as multipart/form-data: busboy reads its name, filename, type and bytes, and the other fields', () => {
    const { sent, answer } = ok(results.upload);
    const expectedSha = sha256(pseudoRandomBytes(UPLOAD.size, UPLOAD.seed));
    // The page's own digest (crypto.subtle) of the File it made: the same bytes as Node's.
    expect(sent).toEqual({ name: UPLOAD.filename, type: UPLOAD.type, size: UPLOAD.size, sha256: expectedSha });
    const [request, ...more] = server.requests.filter((r) => r.url === `${MEDIA_API}/files`);
    expect(more).toEqual([]);
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(media.uploads).toHaveLength(1);
    const parts = media.uploads[0]!;
    expect(parts.map((p) => p.name)).toEqual(['file', 'purpose', 'metadata']);
    expect(parts[0]).toMatchObject({ filename: UPLOAD.filename, type: UPLOAD.type, size: UPLOAD.size, sha256: expectedSha });
    expect(parts[1]).toMatchObject({ filename: undefined, data: Buffer.from(UPLOAD.purpose) });
    // The spec's encoding names application/json for metadata.
    expect(parts[2]!.type).toBe('application/json');
    expect(JSON.parse(parts[2]!.data!.toString('utf8'))).toEqual(UPLOAD.metadata);
    expect(answer).toEqual({ id: 'file-1', bytes: UPLOAD.size, filename: UPLOAD.filename });
  });

  it('resolves files.download to a Blob holding the bytes the server sent, asking for every declared type', () => {
    expect(ok(results.blobDownload)).toEqual({
      isBlob: true,
      type: BLOB_DOWNLOAD.type,
      size: BLOB_DOWNLOAD.size,
      sha256: sha256(pseudoRandomBytes(BLOB_DOWNLOAD.size, BLOB_DOWNLOAD.seed)),
    });
    const [request] = server.requests.filter((r) => r.url === `${MEDIA_API}/files/${BLOB_DOWNLOAD.id}/content`);
    expect(request?.headers.accept).toBe('application/octet-stream, image/png');
  });

  it('hands asResponse() the download unread: the page read its first chunk before the server sent the rest, then all of it', () => {
    const report = ok(results.streamedDownload);
    expect(media.released).toBe(true);
    expect(report).toMatchObject({
      status: 200,
      contentType: STREAMED_DOWNLOAD.type,
      size: STREAMED_DOWNLOAD.size,
      sha256: sha256(pseudoRandomBytes(STREAMED_DOWNLOAD.size, STREAMED_DOWNLOAD.seed)),
    });
    expect(report.readBeforeRelease).toBeGreaterThan(0);
    expect(report.readBeforeRelease).toBeLessThanOrEqual(STREAMED_DOWNLOAD.firstPart);
    expect(report.chunks).toBeGreaterThan(1);
  });

  it('iterates events.stream(): every event, its fields and its JSON data, however the chunks split lines and characters', () => {
    expect(ok(results.events)).toEqual(EXPECTED_EVENTS);
    const [request] = server.requests.filter((r) => r.url === `${MEDIA_API}/events`);
    expect(request?.headers.accept).toBe('text/event-stream');
  });

  it('validates each event: a stream whose second event breaks the schema yields the first, then throws ResponseValidationError naming /type', () => {
    expect(results.brokenEvents.received).toEqual(EXPECTED_BEFORE_BROKEN_EVENT);
    expect(results.brokenEvents.error).toMatchObject({ kind: 'error', name: 'ResponseValidationError', issuePaths: ['/type'] });
  });
});
