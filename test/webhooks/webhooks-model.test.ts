import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { generate } from '../../generator/pipeline.js';
import { REPO_ROOT } from '../support/spec-reader.js';

/**
 * What the model makes of webhooks and callbacks (model/webhooks.ts): one IR entry per request
 * the API sends, and a warning naming each one it cannot type. Expectations are read off the
 * fixture specs.
 */

const CALLBACKS = join(REPO_ROOT, 'test/fixtures/webhooks/callbacks-3-1.yaml');
const BILLING = join(REPO_ROOT, 'test/fixtures/golden/webhooks-3-1/openapi.yaml');

async function model(spec: string) {
  const { api, diagnostics } = await generate({ spec, validateOnly: true });
  return {
    webhooks: api?.webhooks,
    warnings: diagnostics.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      pointer: w.pointer,
    })),
  };
}

describe('webhooks in the model', () => {
  it("a webhook-only 3.1 document: every key of `webhooks`, its payload's event type, Standard Webhooks' signature from the declared headers", async () => {
    const { webhooks, warnings } = await model(BILLING);
    expect(warnings).toEqual([]);
    expect(webhooks?.signature).toBe('standard');
    expect(webhooks?.eventHeader).toBeUndefined();
    expect(webhooks?.eventField).toBe('type');
    expect(
      webhooks?.entries.map((w) => [w.name, w.origin, w.eventType, w.typeName, w.source.pointer]),
    ).toEqual([
      [
        'customer-created',
        'webhook',
        'customer.created',
        'CustomerCreatedWebhook',
        '/webhooks/customer-created/post',
      ],
      [
        'invoice-paid',
        'webhook',
        'invoice.paid',
        'InvoicePaidWebhook',
        '/webhooks/invoice-paid/post',
      ],
      [
        'invoice-voided',
        'webhook',
        'invoice.voided',
        'InvoiceVoidedWebhook',
        '/webhooks/invoice-voided/post',
      ],
      ['test-ping', 'webhook', undefined, 'TestPingWebhook', '/webhooks/test-ping/post'],
    ]);
    expect(webhooks?.entries[1]?.payload).toMatchObject({ kind: 'ref' });
    expect(webhooks?.entries[0]?.headers).toEqual([
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
    ]);
  });

  it("callbacks are webhooks named <operationId>.<callback>; Stripe's signature from its header", async () => {
    const { webhooks } = await model(CALLBACKS);
    expect(webhooks?.signature).toBe('stripe');
    expect(webhooks?.entries.map((w) => [w.name, w.origin, w.eventType])).toEqual([
      ['report', 'webhook', 'report.ready'],
      ['subscribe.onEvent', 'callback', 'subscription.renewed'],
    ]);
  });

  it('names, with its place in the spec, every webhook or media type it does not generate', async () => {
    const { warnings } = await model(CALLBACKS);
    const byCode = (code: string) =>
      warnings
        .filter((w) => w.code === code)
        .map((w) => [w.pointer, w.message.split(' ').slice(0, 2).join(' ')]);
    expect(byCode('webhook-not-generated').sort()).toEqual([
      [
        '/paths/~1subscriptions/post/callbacks/onLegacy/{$request.body#~1callbackUrl}~1legacy/post',
        'Callback "subscribe.onLegacy"',
      ],
      ['/webhooks/audit/post', 'Webhook "audit"'],
    ]);
    expect(byCode('webhook-media-type-not-generated')).toEqual([
      ['/webhooks/report/post/requestBody/content/application~1xml', 'Webhook "report"'],
    ]);
    expect(warnings.find((w) => w.pointer === '/webhooks/audit/post')?.message).toContain(
      'no request body',
    );
    expect(warnings.find((w) => w.message.includes('onLegacy'))?.message).toContain(
      'application/x-www-form-urlencoded',
    );
  });

  it("the config's webhooks: settings override what is detected", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdkgen-webhooks-config-'));
    try {
      const config = join(dir, 'sdk.config.yaml');
      writeFileSync(
        config,
        [
          `spec: ${JSON.stringify(BILLING)}`,
          'package: { name: billing, version: 1.0.0 }',
          'client: { className: Billing }',
          'webhooks: { signature: none, eventHeader: X-Billing-Event }',
          '',
        ].join('\n'),
      );
      const { api, diagnostics } = await generate({ config, validateOnly: true });
      expect(diagnostics.errors).toEqual([]);
      expect({
        signature: api?.webhooks?.signature,
        eventHeader: api?.webhooks?.eventHeader,
        eventField: api?.webhooks?.eventField,
      }).toEqual({
        signature: undefined,
        eventHeader: 'x-billing-event',
        eventField: undefined,
      });
      writeFileSync(
        config,
        [
          `spec: ${JSON.stringify(BILLING)}`,
          'package: { name: billing, version: 1.0.0 }',
          'client: { className: Billing }',
          'webhooks: { signature: hmac }',
          '',
        ].join('\n'),
      );
      const refused = await generate({ config, validateOnly: true }).then(
        () => undefined,
        (e: { diagnostics?: { items: { code: string; pointer?: string }[] } }) =>
          e.diagnostics?.items.map((d) => [d.code, d.pointer]),
      );
      expect(refused).toEqual([['config-invalid', '/webhooks/signature']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("GitHub's webhook description: all 261 webhooks, X-GitHub-Event values from x-github.subcategory, GitHub's signature", async () => {
    const spec = join(
      REPO_ROOT,
      'node_modules/@octokit/openapi-webhooks/generated/api.github.com.json',
    );
    const { readFileSync } = await import('node:fs');
    const raw = JSON.parse(readFileSync(spec, 'utf8')) as {
      webhooks: Record<string, { post: { 'x-github': { subcategory: string } } }>;
    };
    const { webhooks } = await model(spec);
    expect(webhooks?.signature).toBe('github');
    expect(webhooks?.eventHeader).toBe('x-github-event');
    expect(webhooks?.entries.map((w) => [w.name, w.eventType])).toEqual(
      Object.keys(raw.webhooks)
        .sort()
        .map((key) => [key, raw.webhooks[key]!.post['x-github'].subcategory]),
    );
    expect(webhooks?.entries).toHaveLength(261);
  }, 120_000);
});
