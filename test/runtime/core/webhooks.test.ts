import { describe, expect, it } from '@jest/globals';
import Stripe from 'stripe';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { SDKError } from '../../../templates/runtime/core/errors.js';
import {
  dispatchWebhook,
  headerValue,
  parseWebhookBody,
  timingSafeEqual,
  verifyWebhookSignature,
  WebhookPayloadError,
  WebhookVerificationError,
  type WebhookEntry,
  type WebhookVerificationReason,
} from '../../../templates/runtime/core/webhooks.js';

/** The reason a verification failed, or `ok`; any other error fails the test. */
async function outcome(run: () => Promise<void>): Promise<WebhookVerificationReason | 'ok'> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

/** Whether the reference implementation accepts a delivery. */
function accepts(verify: () => unknown): boolean {
  try {
    verify();
    return true;
  } catch {
    return false;
  }
}

describe('GitHub: X-Hub-Signature-256', () => {
  // GitHub's documented example ("Validating webhook deliveries", docs.github.com).
  const secret = "It's a Secret to Everybody";
  const body = 'Hello, World!';
  const signature = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
  const verify = (b: string | Uint8Array, header: string | undefined, s = secret) =>
    outcome(() =>
      verifyWebhookSignature(
        'github',
        b,
        header === undefined ? {} : { 'X-Hub-Signature-256': header },
        { secret: s },
      ),
    );

  it("accepts GitHub's documented example, as a string and as bytes", async () => {
    expect(await verify(body, signature)).toBe('ok');
    expect(await verify(new TextEncoder().encode(body), signature)).toBe('ok');
    expect(await verify(body, signature.toUpperCase().replace('SHA256=', 'sha256='))).toBe('ok');
  });

  it('rejects a wrong secret, an altered body, and malformed or missing headers', async () => {
    expect(await verify(body, signature, "It's a Secret to Nobody")).toBe('signature-mismatch');
    expect(await verify('Hello, World?', signature)).toBe('signature-mismatch');
    expect(await verify(body, signature.slice('sha256='.length))).toBe('malformed-header');
    expect(await verify(body, signature.slice(0, -2))).toBe('malformed-header');
    expect(await verify(body, 'sha1=' + signature.slice('sha256='.length))).toBe(
      'malformed-header',
    );
    expect(await verify(body, undefined)).toBe('missing-header');
    expect(await verify(body, signature, '')).toBe('invalid-secret');
  });

  it('reads headers from a Fetch Headers object, and from Node-style records with arrays, by any case', async () => {
    expect(
      await outcome(() =>
        verifyWebhookSignature('github', body, new Headers({ 'x-hub-signature-256': signature }), {
          secret,
        }),
      ),
    ).toBe('ok');
    expect(
      headerValue({ 'X-HUB-SIGNATURE-256': [signature, 'other'] }, 'x-hub-signature-256'),
    ).toBe(signature);
  });
});

describe("Stripe: Stripe-Signature, against the stripe package's own header generator and verifier", () => {
  const stripe = new Stripe('sk_test_not_a_real_key');
  const secret = 'whsec_test_secret_for_sdkgen';
  const payload = JSON.stringify({
    id: 'evt_1',
    object: 'event',
    type: 'charge.succeeded',
    data: { object: { id: 'ch_1' } },
  });
  const now = 1_700_000_000;
  const header = (opts: { timestamp?: number; secret?: string; payload?: string } = {}) =>
    stripe.webhooks.generateTestHeaderString({
      payload: opts.payload ?? payload,
      secret: opts.secret ?? secret,
      timestamp: opts.timestamp ?? now,
    });
  const ours = (h: string, body = payload, tolerance?: number) =>
    outcome(() =>
      verifyWebhookSignature(
        'stripe',
        body,
        { 'stripe-signature': h },
        { secret, now, ...(tolerance === undefined ? {} : { tolerance }) },
      ),
    );
  /** Stripe's verifier, at the same clock (it takes the time of receipt in milliseconds). */
  const theirs = (h: string, body = payload, tolerance = 300) =>
    accepts(() =>
      stripe.webhooks.signature!.verifyHeader(body, h, secret, tolerance, undefined, now * 1000),
    );

  it("accepts the headers Stripe's generator makes, as Stripe does", async () => {
    for (const h of [header(), header({ timestamp: now - 299 }), `${header()},v0=abcdef`]) {
      expect({ h, ours: await ours(h), theirs: theirs(h) }).toEqual({
        h,
        ours: 'ok',
        theirs: true,
      });
    }
  });

  it('rejects what Stripe rejects: a wrong secret, an altered body, a stale timestamp, malformed headers', async () => {
    const cases: [string, string, WebhookVerificationReason][] = [
      ['wrong secret', header({ secret: 'whsec_other' }), 'signature-mismatch'],
      ['stale', header({ timestamp: now - 301 }), 'stale-timestamp'],
      ['no timestamp', header().replace(/t=\d+,/, ''), 'malformed-header'],
      ['no v1', header().replace('v1=', 'v9='), 'malformed-header'],
      ['garbage', 'not a signature', 'malformed-header'],
      ['timestamp swapped in', header().replace(`t=${now}`, `t=${now - 1}`), 'signature-mismatch'],
    ];
    for (const [name, h, reason] of cases) {
      expect({ name, ours: await ours(h), theirs: theirs(h) }).toEqual({
        name,
        ours: reason,
        theirs: false,
      });
    }
    const altered = payload.replace('ch_1', 'ch_2');
    expect({ ours: await ours(header(), altered), theirs: theirs(header(), altered) }).toEqual({
      ours: 'signature-mismatch',
      theirs: false,
    });
  });

  it('takes a tolerance, and accepts a header with several v1 signatures when any matches (a rolled secret)', async () => {
    const old = header({ timestamp: now - 1000 });
    expect(await ours(old, payload, 2000)).toBe('ok');
    expect(theirs(old, payload, 2000)).toBe(true);
    const rolled = `${header()},v1=${'0'.repeat(64)}`;
    expect(await ours(rolled)).toBe('ok');
    expect(theirs(rolled)).toBe(true);
  });
});

describe('Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature', () => {
  // The example of the Standard Webhooks specification (standard-webhooks/spec, "Signature scheme")
  // and of its reference libraries' tests.
  const vector = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    payload: '{"test": 2432232314}',
    signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  };
  const headersOf = (signature: string, id = vector.id, timestamp = String(vector.timestamp)) => ({
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': signature,
  });
  const ours = (
    headers: Record<string, string>,
    body = vector.payload,
    secret = vector.secret,
    now = vector.timestamp,
  ) => outcome(() => verifyWebhookSignature('standard', body, headers, { secret, now }));

  it('accepts the specification example', async () => {
    expect(await ours(headersOf(vector.signature))).toBe('ok');
    // Several signatures, space-separated: any one of them that matches will do.
    expect(
      await ours(headersOf(`v1,${Buffer.alloc(32).toString('base64')} ${vector.signature}`)),
    ).toBe('ok');
  });

  it('signs as the standardwebhooks package does, and it verifies what we accept', async () => {
    const wh = new StandardWebhook(vector.secret);
    const when = new Date();
    const seconds = Math.floor(when.getTime() / 1000);
    // JSON bodies: the reference verifier parses what it verified.
    for (const body of ['{"type":"user.created","data":{}}', '{"name":"ünïcödé ✓"}', '']) {
      const signature = wh.sign('msg_1', when, body);
      const headers = headersOf(signature, 'msg_1', String(seconds));
      expect({
        body,
        ours: await ours(headers, body, vector.secret, seconds),
        theirs: accepts(() => wh.verify(body, headers)),
      }).toEqual({ body, ours: 'ok', theirs: true });
    }
    expect(wh.sign(vector.id, new Date(vector.timestamp * 1000), vector.payload)).toBe(
      vector.signature,
    );
  });

  it('rejects a wrong secret, an altered body or id, a stale or future timestamp, malformed headers', async () => {
    const good = headersOf(vector.signature);
    expect(
      await ours(good, vector.payload, 'whsec_' + Buffer.from('another key').toString('base64')),
    ).toBe('signature-mismatch');
    expect(await ours(good, '{"test": 2432232315}')).toBe('signature-mismatch');
    expect(await ours(headersOf(vector.signature, 'msg_other'))).toBe('signature-mismatch');
    expect(await ours(good, vector.payload, vector.secret, vector.timestamp + 301)).toBe(
      'stale-timestamp',
    );
    expect(await ours(good, vector.payload, vector.secret, vector.timestamp - 301)).toBe(
      'stale-timestamp',
    );
    expect(await ours(headersOf('v2,' + vector.signature.slice(3)))).toBe('malformed-header');
    expect(await ours(headersOf('v1,***'))).toBe('malformed-header');
    expect(await ours(headersOf(vector.signature, vector.id, 'yesterday'))).toBe(
      'malformed-header',
    );
    expect(await ours({ 'webhook-id': vector.id, 'webhook-signature': vector.signature })).toBe(
      'missing-header',
    );
    expect(await ours(good, vector.payload, 'whsec_***')).toBe('invalid-secret');
  });
});

describe('the errors', () => {
  it('are SDKErrors whose messages name neither the secret nor the expected signature', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const messages: string[] = [];
    for (const scheme of ['github', 'stripe', 'standard'] as const) {
      const headers = {
        'x-hub-signature-256': 'sha256=' + '0'.repeat(64),
        'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
        'webhook-id': 'msg_1',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,' + Buffer.alloc(32).toString('base64'),
      };
      const error = await verifyWebhookSignature(scheme, 'body', headers, { secret }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error).toBeInstanceOf(SDKError);
      messages.push((error as Error).message);
    }
    // What the right signatures would have been, in every encoding a message could leak them in.
    const { createHmac } = await import('node:crypto');
    const now = Math.floor(Date.now() / 1000);
    const expected = [
      createHmac('sha256', secret).update('body').digest(),
      createHmac('sha256', secret).update(`${now}.body`).digest(),
      createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
        .update(`msg_1.${now}.body`)
        .digest(),
    ];
    for (const message of messages) {
      expect(message).not.toContain(secret);
      expect(message).not.toContain(secret.slice(6));
      for (const mac of expected) {
        expect(message).not.toContain(mac.toString('hex'));
        expect(message).not.toContain(mac.toString('base64'));
      }
    }
  });
});

describe('timingSafeEqual', () => {
  /** A byte string that counts the reads of its bytes. */
  function counted(bytes: number[]): { view: Uint8Array; reads: Set<number> } {
    const reads = new Set<number>();
    const target = Uint8Array.from(bytes);
    const view = new Proxy(target, {
      get(t, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.add(Number(key));
        const value = Reflect.get(t, key, t) as unknown;
        return typeof value === 'function' ? value.bind(t) : value;
      },
    });
    return { view, reads };
  }

  it('compares every byte, also when the first one already differs (no early exit)', () => {
    const a = counted(Array.from({ length: 32 }, (_, i) => i));
    const b = counted(Array.from({ length: 32 }, (_, i) => (i === 0 ? 255 : i)));
    expect(timingSafeEqual(a.view, b.view)).toBe(false);
    expect(a.reads.size).toBe(32);
    expect(b.reads.size).toBe(32);
  });

  it('is equality of bytes', () => {
    expect(timingSafeEqual(Uint8Array.from([1, 2, 3]), Uint8Array.from([1, 2, 3]))).toBe(true);
    expect(timingSafeEqual(Uint8Array.from([1, 2, 3]), Uint8Array.from([1, 2, 4]))).toBe(false);
    expect(timingSafeEqual(Uint8Array.from([1, 2, 3]), Uint8Array.from([1, 2]))).toBe(false);
    expect(timingSafeEqual(Uint8Array.from([1, 2]), Uint8Array.from([1, 2, 0]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});

describe('reading and dispatching a payload', () => {
  const entry = (event: string, type: string | undefined, action: string): WebhookEntry => ({
    event,
    ...(type === undefined ? {} : { type }),
    is: (v) => typeof v === 'object' && v !== null && (v as { action?: unknown }).action === action,
    explain: (v, path, issues) => {
      if ((v as { action?: unknown }).action !== action)
        issues.push({
          path: `${path}/action`,
          message: `expected "${action}"`,
          expected: `"${action}"`,
          received: 'other',
        });
    },
  });
  const entries = [
    entry('issues-opened', 'issues', 'opened'),
    entry('issues-closed', 'issues', 'closed'),
    entry('ping', 'ping', 'ping'),
  ];

  it('parses string and byte bodies, and names a body that is not JSON', () => {
    expect(parseWebhookBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseWebhookBody(new TextEncoder().encode('{"a":1}'))).toEqual({ a: 1 });
    expect(parseWebhookBody(new TextEncoder().encode('[2]').buffer)).toEqual([2]);
    expect(() => parseWebhookBody('<html>')).toThrow(WebhookPayloadError);
  });

  it('picks the webhook by its event type and payload, else by payload alone', () => {
    expect(dispatchWebhook(entries, { action: 'closed' }, 'issues').event).toBe('issues-closed');
    expect(dispatchWebhook(entries, { action: 'ping' }, undefined).event).toBe('ping');
    // A type no webhook declares: every one is tried.
    expect(dispatchWebhook(entries, { action: 'opened' }, 'unheard-of').event).toBe(
      'issues-opened',
    );
  });

  it("throws the closest candidate's issues, with their paths", () => {
    let error: unknown;
    try {
      dispatchWebhook([entries[2]!], { action: 'pong' }, 'ping');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect((error as WebhookPayloadError).event).toBe('ping');
    expect((error as WebhookPayloadError).issues.map((i) => i.path)).toEqual(['/action']);
    expect((error as Error).message).toContain('/action');
    expect((error as WebhookPayloadError).closest).toBe(false);
  });

  it('names the closest webhook when a payload matches none of several', () => {
    const error = (() => {
      try {
        dispatchWebhook(entries, { action: 'reopened' }, 'issues');
      } catch (e) {
        return e as WebhookPayloadError;
      }
    })();
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect({ event: error?.event, closest: error?.closest }).toEqual({
      event: 'issues-opened',
      closest: true,
    });
    expect(error?.message).toContain('matching no webhook; closest: issues-opened');
  });
});
