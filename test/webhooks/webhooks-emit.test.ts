import { describe, expect, it } from '@jest/globals';
import { transformSync } from 'esbuild';
import type { Webhook, Webhooks } from '../../generator/model/ir.js';
import { emitWebhooksModule } from '../../generator/emit/webhooks.js';

/**
 * emit/webhooks.ts: the `webhooks` module's text from the IR. Spec text (webhook keys, event
 * types, header names) reaches it only as string literals, so a hostile spec cannot add code.
 */

const webhook = (name: string, eventType?: string): Webhook => ({
  name,
  origin: 'webhook',
  ...(eventType === undefined ? {} : { eventType }),
  mediaType: 'application/json',
  payload: { kind: 'unknown', nullable: false },
  typeName: 'EvilWebhook',
  headers: [],
  source: { file: 'openapi.yaml', pointer: '/webhooks/x/post' },
});

describe('the webhooks module', () => {
  it('keeps hostile webhook keys, event types and header names inside string literals', () => {
    const hostile = "x'; globalThis.pwned = 1; const y = '\n*/ /*\u2028";
    const webhooks: Webhooks = {
      signature: 'github',
      eventHeader: hostile,
      eventField: hostile,
      entries: [webhook(hostile, hostile)],
    };
    const source = emitWebhooksModule(webhooks);
    // It is one valid module (esbuild parses it), and the payload of the attack is never code.
    const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
    expect(code).not.toMatch(/^\s*globalThis\.pwned/m);
    expect(source).not.toMatch(/^[^'/*]*globalThis\.pwned/m);
    expect(source).toContain("'x\\'; globalThis.pwned = 1; const y = \\'\\n*/ /*\\u2028'");
  });

  it('checks the signature only where the API documents one, and reads the event type only where one is known', () => {
    const signed = emitWebhooksModule({
      signature: 'stripe',
      eventField: 'type',
      entries: [webhook('paid', 'invoice.paid')],
    });
    expect(signed).toContain("await verifyWebhookSignature('stripe', body, headers, options);");
    expect(signed).toContain("webhookEventType(payload, headers, { field: 'type' })");
    expect(signed).toContain('  secret: string;');
    const unsigned = emitWebhooksModule({ eventField: 'type', entries: [webhook('ping')] });
    expect(unsigned).not.toContain('verifyWebhookSignature');
    expect(unsigned).toContain('webhookEventType(payload, headers, {})');
    expect(unsigned).toContain('export interface UnwrapOptions {}');
  });
});
