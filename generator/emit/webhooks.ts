import type { NamedSchema, Webhook, Webhooks } from '../model/ir.js';
import { commentText, stringLiteral } from './safe-text.js';
import { declare, printFile, typeImports, type Declaration } from './types.js';

/**
 * The `webhooks` entry point of the package: the payload types of what the API sends
 * (`src/webhooks.types.ts`, types only), their validators (validator-modules.ts) and
 * `src/webhooks.ts`, whose `unwrap` verifies a delivery's signature, parses it and tells which
 * webhook it is (the runtime's core/webhooks.ts does the work).
 */

/** `src/webhooks.types.ts`: one declaration per webhook payload. */
export function emitWebhookTypes(webhooks: Webhook[], byId: Map<string, NamedSchema>): string {
  const used = new Set<NamedSchema>();
  const declarations = webhooks.map((w) => declare(payloadDeclaration(w), { byId, direction: 'response', use: (n) => used.add(n) }));
  return printFile(typeImports('webhooks.types', used), declarations);
}

function payloadDeclaration(w: Webhook): Declaration {
  const what = w.origin === 'webhook' ? `The payload of the \`${commentText(w.name)}\` webhook` : `The payload of the \`${commentText(w.name)}\` callback`;
  const docs = [`${what} (\`${commentText(w.mediaType)}\`)${w.eventType === undefined ? '' : `, delivered as event \`${commentText(w.eventType)}\``}.`];
  if (w.summary && w.summary !== w.payload.description) docs.push('', commentText(w.summary));
  return { name: w.typeName, schema: w.payload, direction: 'response', docs };
}

/** `src/webhooks.ts`: `unwrap`, `parseWebhook`, the `WebhookEvent` union and the errors they throw. */
export function emitWebhooksModule(webhooks: Webhooks): string {
  const { entries, signature } = webhooks;
  const types = entries.map((w) => w.typeName).sort();
  const validators = entries.flatMap((w) => [`explain${w.typeName}`, `is${w.typeName}`]).sort();
  const typed = entries.some((w) => w.eventType !== undefined);
  const source = [
    ...(typed && webhooks.eventHeader !== undefined ? [`header: ${stringLiteral(webhooks.eventHeader)}`] : []),
    ...(typed && webhooks.eventField !== undefined ? [`field: ${stringLiteral(webhooks.eventField)}`] : []),
  ];
  const runtime = ['dispatchWebhook', 'parseWebhookBody', ...(signature ? ['verifyWebhookSignature'] : []), 'webhookEventType'];
  const lines: string[] = [
    `import { ${runtime.join(', ')}, type WebhookBody, type WebhookEntry, type WebhookHeaders } from './core/webhooks.js';`,
    `import { ${validators.join(', ')} } from './webhooks.validators.js';`,
    `import type { ${types.join(', ')} } from './webhooks.types.js';`,
    '',
    `export { WebhookPayloadError, WebhookVerificationError } from './core/webhooks.js';`,
    `export type { WebhookBody, WebhookHeaders, WebhookVerificationReason } from './core/webhooks.js';`,
    `export type { ${types.join(', ')} } from './webhooks.types.js';`,
    `export { ${validators.join(', ')} } from './webhooks.validators.js';`,
    '',
    '/** A received webhook: which one it is (`event`) and its payload, checked against the spec. */',
    'export type WebhookEvent =',
    ...entries.map((w, i) => `  | { event: ${stringLiteral(w.name)}; payload: ${w.typeName} }${i === entries.length - 1 ? ';' : ''}`),
    '',
    ...optionsDeclaration(webhooks),
    '',
    'const WEBHOOKS: WebhookEntry[] = [',
    ...entries.map((w) => `  { event: ${stringLiteral(w.name)}, ${w.eventType === undefined ? '' : `type: ${stringLiteral(w.eventType)}, `}is: is${w.typeName}, explain: explain${w.typeName} },`),
    '];',
    '',
    '/**',
    ' * Reads a delivery whose signature was already checked (or that carries none): parses the body',
    ` * and returns the webhook it is${typed ? ', picked by its event type and then by its payload' : ', picked by its payload'}. Throws`,
    ' * `WebhookPayloadError` (with each issue\'s path) when it is not JSON or matches no payload schema.',
    ' */',
    'export function parseWebhook(body: WebhookBody, headers: WebhookHeaders): WebhookEvent {',
    '  const payload = parseWebhookBody(body);',
    `  return dispatchWebhook(WEBHOOKS, payload, webhookEventType(payload, headers, ${source.length > 0 ? `{ ${source.join(', ')} }` : '{}'})) as WebhookEvent;`,
    '}',
    '',
    ...unwrapDeclaration(webhooks),
  ];
  return lines.join('\n') + '\n';
}

function optionsDeclaration({ signature }: Webhooks): string[] {
  if (!signature) return ['/** Options of `unwrap`: the API documents no signature, so there are none. */', 'export interface UnwrapOptions {}'];
  const timed = signature !== 'github';
  return [
    `/** How \`unwrap\` checks a delivery's signature (${SCHEME_NAMES[signature]}). */`,
    'export interface UnwrapOptions {',
    `  /** The webhook's signing secret${timed ? ' (`whsec_...`)' : ''}. */`,
    '  secret: string;',
    ...(timed
      ? [
          '  /** How far, in seconds, the delivery\'s timestamp may be from now: older ones are replays (default 300). */',
          '  tolerance?: number;',
          '  /** The time to check the timestamp against, in Unix seconds (default: now). */',
          '  now?: number;',
        ]
      : []),
    '}',
  ];
}

const SCHEME_NAMES: Record<NonNullable<Webhooks['signature']>, string> = {
  github: 'GitHub\'s `X-Hub-Signature-256`, an HMAC-SHA256 of the body',
  stripe: 'Stripe\'s `Stripe-Signature`, an HMAC-SHA256 of the timestamp and the body',
  standard: 'Standard Webhooks\' `webhook-signature`, an HMAC-SHA256 of the id, the timestamp and the body',
};

function unwrapDeclaration({ signature }: Webhooks): string[] {
  const doc = [
    '/**',
    ' * A received delivery, checked: ' + (signature ? 'its signature against the raw body, then ' : '') + 'its payload against the',
    ' * spec. Pass the body exactly as received (a string or bytes, before any JSON parsing) and its headers.',
    ...(signature ? [' * Throws `WebhookVerificationError` when the signature does not check out.'] : []),
    ' *',
    ' * @example',
    ' * const { event, payload } = await unwrap(await request.text(), request.headers' + (signature ? ', { secret }' : '') + ');',
    ' */',
  ];
  if (!signature) {
    return [...doc, 'export async function unwrap(body: WebhookBody, headers: WebhookHeaders, _options: UnwrapOptions = {}): Promise<WebhookEvent> {', '  return parseWebhook(body, headers);', '}'];
  }
  return [
    ...doc,
    'export async function unwrap(body: WebhookBody, headers: WebhookHeaders, options: UnwrapOptions): Promise<WebhookEvent> {',
    `  await verifyWebhookSignature(${stringLiteral(signature)}, body, headers, options);`,
    '  return parseWebhook(body, headers);',
    '}',
  ];
}
