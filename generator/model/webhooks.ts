import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { SdkConfig } from '../load/load-config.js';
import { buildRequestBody } from './bodies.js';
import type { HttpMethod, Webhook, Webhooks, WebhookSignature } from './ir.js';
import { NameRegistry, toPascalCase } from './names.js';
import type { FoundOperation } from './operations.js';
import type { SchemaConverter } from './schema-object.js';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Raw = Record<string, unknown>;

/** A request the API sends (a webhook or a callback), found before its parts are converted. */
export interface FoundWebhook {
  name: string;
  origin: Webhook['origin'];
  operation: Raw;
  pathItem: Raw;
  pathItemPointer: string;
  file: string;
  pointer: string;
}

/**
 * Every webhook of the document (3.1's top-level `webhooks`, by key) and every callback of its
 * operations (`<operationId>.<callback name>`), in name order. A path item with several
 * operations gets one webhook per method (`<name>.<method>`).
 */
export function collectWebhooks(doc: Raw, file: string, operations: FoundOperation[], documents: DocumentSet): FoundWebhook[] {
  const found: FoundWebhook[] = [];
  const webhooks = doc.webhooks;
  if (webhooks && typeof webhooks === 'object' && !Array.isArray(webhooks)) {
    for (const key of Object.keys(webhooks).sort()) {
      found.push(...pathItemRequests(key, 'webhook', (webhooks as Raw)[key], { file, pointer: joinPointer('/webhooks', key) }, documents));
    }
  }
  for (const op of operations) {
    const callbacks = op.raw.callbacks;
    if (!callbacks || typeof callbacks !== 'object' || Array.isArray(callbacks)) continue;
    for (const callbackName of Object.keys(callbacks).sort()) {
      const callback = followRefs(documents, (callbacks as Raw)[callbackName], { file: op.file, pointer: joinPointer(op.pointer, 'callbacks', callbackName) });
      if (!callback?.value) continue;
      const expressions = Object.keys(callback.value).filter((k) => !k.startsWith('x-'));
      for (const expression of expressions) {
        // One name per callback; several URL expressions in one callback are told apart by their position.
        const name = expressions.length > 1 ? `${op.operationId}.${callbackName}.${expressions.indexOf(expression) + 1}` : `${op.operationId}.${callbackName}`;
        found.push(...pathItemRequests(name, 'callback', callback.value[expression], { file: callback.file, pointer: joinPointer(callback.pointer, expression) }, documents));
      }
    }
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function pathItemRequests(name: string, origin: Webhook['origin'], raw: unknown, at: { file: string; pointer: string }, documents: DocumentSet): FoundWebhook[] {
  const located = followRefs(documents, raw, at);
  const pathItem = located?.value;
  if (!located || !pathItem) return [];
  const methods = METHODS.filter((m) => pathItem[m] && typeof pathItem[m] === 'object');
  return methods.map((method) => ({
    name: methods.length > 1 ? `${name}.${method}` : name,
    origin,
    operation: pathItem[method] as Raw,
    pathItem,
    pathItemPointer: located.pointer,
    file: located.file,
    pointer: joinPointer(located.pointer, method),
  }));
}

/** The payload type name of each webhook (`check-run-completed` -> `CheckRunCompletedWebhook`), claimed before component schemas take theirs. */
export function claimWebhookTypeNames(found: FoundWebhook[], registry: NameRegistry): string[] {
  return found.map((w) => registry.claim(`${toPascalCase(w.name)}Webhook`));
}

/**
 * The IR of the webhooks: each one's JSON payload, converted like a request body, and how a
 * delivery is verified and told apart. A webhook sdkgen cannot check (no body, no JSON body) is
 * left out with a warning that names it.
 */
export function buildWebhooks(found: FoundWebhook[], typeNames: string[], documents: DocumentSet, converter: SchemaConverter, config: SdkConfig, diagnostics: Diagnostics): Webhooks | undefined {
  const requests = found.map((w, i) => ({ w, typeName: typeNames[i]!, headers: headerParameters(w, documents) }));
  const declared = new Set(requests.flatMap((r) => [...r.headers.keys()]));
  const signature = signatureOf(config, declared);
  const eventHeader = config.webhooks?.eventHeader?.toLowerCase() ?? (declared.has('x-github-event') ? 'x-github-event' : undefined);
  // Without a header that names the event, the payload may: Stripe's and Standard Webhooks' `type`.
  const eventField = config.webhooks?.eventField ?? (eventHeader === undefined ? 'type' : undefined);
  const entries: Webhook[] = [];
  for (const { w, typeName, headers } of requests) {
    const label = w.origin === 'webhook' ? `Webhook "${w.name}"` : `Callback "${w.name}"`;
    const body = buildRequestBody(w.operation, documents, converter, w.file, w.pointer, diagnostics);
    const json = body?.contents.find((c) => c.kind === 'json');
    if (!body || !json) {
      const why = body
        ? `is delivered only as ${body.contents.map((c) => c.mediaType).join(', ')}, and sdkgen types and validates JSON payloads`
        : 'declares no request body, so it has no payload to type';
      diagnostics.warn('webhook-not-generated', `${label} ${why}: no type or validator is generated for it, and unwrap() does not recognise it. Declare its JSON body under requestBody.content, or read these deliveries yourself.`, { file: w.file, pointer: w.pointer });
      continue;
    }
    for (const other of body.contents) {
      if (other === json) continue;
      diagnostics.warn('webhook-media-type-not-generated', `${label} may also be delivered as ${other.mediaType}: only its ${json.mediaType} payload is typed and validated, and unwrap() rejects a delivery as ${other.mediaType} as not JSON.`, { file: w.file, pointer: joinPointer(w.pointer, 'requestBody', 'content', other.mediaType) });
    }
    const eventType = eventTypeOf(w, headers, eventHeader, eventField, json.mediaType, documents);
    entries.push({
      name: w.name,
      origin: w.origin,
      ...(eventType !== undefined ? { eventType } : {}),
      ...(typeof w.operation.summary === 'string' ? { summary: w.operation.summary } : {}),
      ...(typeof w.operation.description === 'string' ? { description: w.operation.description } : {}),
      mediaType: json.mediaType,
      payload: json.schema,
      typeName,
      headers: [...headers.keys()].sort(),
      source: { file: w.file, pointer: w.pointer },
    });
  }
  if (entries.length === 0) return undefined;
  return { ...(signature ? { signature } : {}), ...(eventHeader ? { eventHeader } : {}), ...(eventField ? { eventField } : {}), entries };
}

/**
 * The config's scheme, else the one whose header the deliveries declare: GitHub's
 * `X-Hub-Signature-256`, Stripe's `Stripe-Signature`, Standard Webhooks' `webhook-signature`.
 */
function signatureOf(config: SdkConfig, declared: Set<string>): WebhookSignature | undefined {
  const configured = config.webhooks?.signature;
  if (configured === 'none') return undefined;
  if (configured) return configured;
  if (declared.has('x-hub-signature-256')) return 'github';
  if (declared.has('stripe-signature')) return 'stripe';
  if (declared.has('webhook-signature')) return 'standard';
  return undefined;
}

/** The header parameters of the delivery (path item's and operation's), by lower-cased name, with their raw schemas. */
function headerParameters(w: FoundWebhook, documents: DocumentSet): Map<string, Raw | undefined> {
  const out = new Map<string, Raw | undefined>();
  const lists: [unknown, string][] = [
    [w.pathItem.parameters, joinPointer(w.pathItemPointer, 'parameters')],
    [w.operation.parameters, joinPointer(w.pointer, 'parameters')],
  ];
  for (const [list, pointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const p = followRefs(documents, raw, { file: w.file, pointer: joinPointer(pointer, String(i)) })?.value;
      if (p?.in !== 'header' || typeof p.name !== 'string') return;
      const schema = p.schema && typeof p.schema === 'object' ? (p.schema as Raw) : undefined;
      out.set(p.name.toLowerCase(), schema);
    });
  }
  return out;
}

/**
 * What names this webhook's event on the wire: the single value the spec allows for the event
 * header, else GitHub's `x-github.subcategory` (what its `X-GitHub-Event` carries), else the
 * single value the payload allows for the event field (`type: { const: "invoice.paid" }`).
 */
function eventTypeOf(w: FoundWebhook, headers: Map<string, Raw | undefined>, eventHeader: string | undefined, eventField: string | undefined, mediaType: string, documents: DocumentSet): string | undefined {
  if (eventHeader !== undefined) {
    const single = singleValue(headers.get(eventHeader));
    if (single !== undefined) return single;
    const github = w.operation['x-github'] as Raw | undefined;
    if (eventHeader === 'x-github-event' && typeof github?.subcategory === 'string') return github.subcategory;
  }
  if (eventField === undefined) return undefined;
  const body = followRefs(documents, w.operation.requestBody, { file: w.file, pointer: joinPointer(w.pointer, 'requestBody') });
  const content = (body?.value?.content as Raw | undefined)?.[mediaType] as Raw | undefined;
  if (!body || !content) return undefined;
  const schema = followRefs(documents, content.schema, { file: body.file, pointer: joinPointer(body.pointer, 'content', mediaType, 'schema') });
  const property = ((schema?.value?.properties ?? {}) as Raw)[eventField];
  if (!schema || property === undefined) return undefined;
  return singleValue(followRefs(documents, property, { file: schema.file, pointer: joinPointer(schema.pointer, 'properties', eventField) })?.value);
}

/** `const: "x"` or `enum: ["x"]`: the one string a schema allows. */
function singleValue(schema: Raw | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.const === 'string') return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === 'string') return schema.enum[0];
  return undefined;
}
