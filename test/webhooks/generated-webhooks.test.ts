import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { generate } from '../../generator/pipeline.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * The generated `webhooks` entry point, end to end: the webhook-only fixture
 * (test/fixtures/golden/webhooks-3-1/, Standard Webhooks signatures, events told apart by `type`)
 * is generated, type-checked with strict tsc together with a program that narrows the
 * `WebhookEvent` union, and its `unwrap` reads deliveries signed by the standardwebhooks
 * reference library, posted to a node:http server as a real receiver gets them.
 */

const SPEC = join(REPO_ROOT, 'test/fixtures/golden/webhooks-3-1/openapi.yaml');
const TSC = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
const SECRET = 'whsec_' + Buffer.from('a signing key of 24 bytes').toString('base64');

/** What `WebhookPayloadError` carries. */
interface PayloadError extends Error {
  event?: string;
  closest: boolean;
  issues: { path: string; message: string }[];
}

interface WebhooksModule {
  unwrap(
    body: unknown,
    headers: unknown,
    options: { secret: string; now?: number; tolerance?: number },
  ): Promise<{ event: string; payload: unknown }>;
  parseWebhook(body: unknown, headers: unknown): { event: string; payload: unknown };
  WebhookVerificationError: new (...args: never[]) => Error & { reason: string };
  WebhookPayloadError: new (
    ...args: never[]
  ) => Error & { event?: string; closest: boolean; issues: { path: string; message: string }[] };
}

let dir: string;
let out: string;
let webhooks: WebhooksModule;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdkgen-webhooks-'));
  out = join(dir, 'out');
  await generate({ spec: SPEC, out });
  webhooks = (await import(pathToFileURL(join(out, 'dist/webhooks.js')).href)) as WebhooksModule;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const invoicePaid = {
  type: 'invoice.paid',
  data: { id: 'inv_1', total: { amount: 1200, currency: 'eur' }, memo: null },
};

/** A delivery as the API sends it: the body's bytes and its Standard Webhooks headers. */
function signed(
  payload: unknown,
  { id = 'msg_1', at = new Date(), body = JSON.stringify(payload) } = {},
) {
  const signature = new StandardWebhook(SECRET).sign(id, at, body);
  return {
    body,
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}

/** Posts a delivery to a node:http receiver that unwraps it from the raw bytes and Node's headers. */
async function deliver(
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      webhooks
        .unwrap(new Uint8Array(Buffer.concat(chunks)), req.headers as IncomingHttpHeaders, {
          secret: SECRET,
        })
        .then(
          ({ event, payload }) => res.writeHead(200).end(JSON.stringify({ event, payload })),
          (error: Error & { reason?: string }) =>
            res.writeHead(400).end(`${error.name}:${error.reason ?? ''}`),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/hooks',
          headers: { 'content-type': 'application/json', ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('the generated webhooks entry point', () => {
  it('is exported as ./webhooks, and type-checks with strict tsc together with a program that narrows WebhookEvent', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      dependencies?: unknown;
    };
    // Node loads the CommonJS build for import and require alike (one copy per program); bundlers the ES modules.
    expect(pkg.exports['./webhooks']).toEqual({
      node: { types: './dist/cjs/webhooks.d.ts', default: './dist/cjs/webhooks.js' },
      import: { types: './dist/webhooks.d.ts', default: './dist/webhooks.js' },
      require: { types: './dist/cjs/webhooks.d.ts', default: './dist/cjs/webhooks.js' },
    });
    expect(pkg.dependencies).toBeUndefined();
    const docs = readFileSync(join(out, 'api.md'), 'utf8');
    for (const line of [
      '| `invoice-paid` | `invoice.paid` | `InvoicePaidWebhook` |',
      '| `test-ping` |  | `TestPingWebhook` |',
    ])
      expect(docs).toContain(line);
    writeFileSync(
      join(out, 'src/usage.ts'),
      [
        "import { unwrap, WebhookVerificationError, type WebhookEvent } from './webhooks.js';",
        'export async function total(body: string, headers: Headers): Promise<number> {',
        "  const received: WebhookEvent = await unwrap(body, headers, { secret: 'whsec_x', tolerance: 60 });",
        "  if (received.event === 'invoice-paid') return received.payload.data.total.amount;",
        "  if (received.event === 'customer-created') return received.payload.data.email.length;",
        '  // @ts-expect-error a test ping has no data',
        "  if (received.event === 'test-ping') return received.payload.data;",
        '  return 0;',
        '}',
        '// @ts-expect-error the secret is required: Standard Webhooks signs every delivery',
        'export const unsigned = (body: string) => unwrap(body, {}, {});',
        'export const isError = (e: unknown): boolean => e instanceof WebhookVerificationError;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(out, 'tsconfig.check.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { noEmit: true, strict: true },
      }),
    );
    const started = performance.now();
    const tsc = spawnSync(
      process.execPath,
      [TSC, '-p', join(out, 'tsconfig.check.json'), '--pretty', 'false'],
      { encoding: 'utf8' },
    );
    const ms = Math.round(performance.now() - started);
    expect({ status: tsc.status, output: tsc.stdout + tsc.stderr }).toEqual({
      status: 0,
      output: '',
    });
    // Small enough to belong with the unit tests (GitHub's 261 webhooks are in test/scale).
    expect(ms).toBeLessThan(120_000);
  }, 180_000);

  it('unwraps each webhook the spec declares, signed by the reference library and received over node:http', async () => {
    const deliveries: [unknown, string][] = [
      [invoicePaid, 'invoice-paid'],
      [{ ...invoicePaid, type: 'invoice.voided', reason: 'duplicate' }, 'invoice-voided'],
      [
        { type: 'customer.created', data: { id: 'cus_1', email: 'ada@example.com' } },
        'customer-created',
      ],
      [{ message: 'hello' }, 'test-ping'],
    ];
    for (const [payload, event] of deliveries) {
      const { body, headers } = signed(payload);
      expect(await deliver(body, headers)).toEqual({
        status: 200,
        text: JSON.stringify({ event, payload }),
      });
    }
  }, 60_000);

  it('rejects a tampered body, a wrong secret, a stale delivery and a missing signature before reading the payload', async () => {
    const good = signed(invoicePaid);
    const tampered = good.body.replace('1200', '1');
    expect(await deliver(tampered, good.headers)).toEqual({
      status: 400,
      text: 'WebhookVerificationError:signature-mismatch',
    });
    const other = new StandardWebhook(
      'whsec_' + Buffer.from('another key').toString('base64'),
    ).sign('msg_1', new Date(), good.body);
    expect(await deliver(good.body, { ...good.headers, 'webhook-signature': other })).toEqual({
      status: 400,
      text: 'WebhookVerificationError:signature-mismatch',
    });
    const stale = signed(invoicePaid, { at: new Date(Date.now() - 10 * 60_000) });
    expect(await deliver(stale.body, stale.headers)).toEqual({
      status: 400,
      text: 'WebhookVerificationError:stale-timestamp',
    });
    const { 'webhook-signature': _dropped, ...unsigned } = good.headers;
    expect(await deliver(good.body, unsigned)).toEqual({
      status: 400,
      text: 'WebhookVerificationError:missing-header',
    });
  }, 60_000);

  it("names the path of what is wrong in a payload that is signed but does not match its event's schema", async () => {
    // The event type names the webhook; the test ping names none, so every webhook is tried and the closest named.
    const cases: [unknown, string, string[]][] = [
      [
        { ...invoicePaid, data: { ...invoicePaid.data, id: 'bill_1' } },
        'invoice-paid',
        ['/data/id'],
      ],
      [
        { ...invoicePaid, data: { ...invoicePaid.data, total: { amount: -5, currency: 'gbp' } } },
        'invoice-paid',
        ['/data/total/amount', '/data/total/currency'],
      ],
      [
        { type: 'customer.created', data: { id: 'cus_1', email: 'not an address' } },
        'customer-created',
        ['/data/email'],
      ],
      [{ message: 'hi', extra: true }, 'test-ping', ['/extra']],
    ];
    for (const [payload, event, paths] of cases) {
      const { body, headers } = signed(payload);
      const error = await webhooks.unwrap(body, headers, { secret: SECRET }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(webhooks.WebhookPayloadError);
      const { event: named, issues, message } = error as PayloadError;
      expect({ named, paths: issues.map((i) => i.path).sort() }).toEqual({ named: event, paths });
      for (const path of paths) expect(message).toContain(path);
    }
    const notJson = signed(undefined, { body: '<xml/>' });
    await expect(
      webhooks.unwrap(notJson.body, notJson.headers, { secret: SECRET }),
    ).rejects.toBeInstanceOf(webhooks.WebhookPayloadError);
  });

  it('parseWebhook reads an already verified delivery from a string, bytes or a Fetch Headers object', () => {
    const body = JSON.stringify(invoicePaid);
    expect(webhooks.parseWebhook(body, {})).toEqual({
      event: 'invoice-paid',
      payload: invoicePaid,
    });
    expect(webhooks.parseWebhook(new TextEncoder().encode(body), new Headers())).toEqual({
      event: 'invoice-paid',
      payload: invoicePaid,
    });
  });
});
