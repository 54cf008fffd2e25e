import type { Operation } from '../../generator/model/ir.js';
import { decodeForm, formExpectation, multipartMismatches, type DecodingServer } from './contract-decoder.js';
import { boundMethod, type MediaCall } from './contract-media.js';
import { isObject } from './contract-spec.js';

/**
 * Runs media calls against Prism and judges each: accepted (Prism took the request and the client
 * took Prism's response, validated), rejected by Prism, or failed in the client.
 */

export interface CallOutcome {
  call: MediaCall;
  /** `accepted`; `rejected` (Prism answered 4xx/5xx); `client-error` (the client threw before or after the exchange). */
  verdict: 'accepted' | 'rejected' | 'client-error';
  status?: number;
  /** Prism's problem document, or the error's message. */
  detail?: unknown;
  /** Prism's `sl-violations` header: request problems it let through. */
  violations?: string | null;
}

interface ApiErrorLike {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function isApiError(error: unknown): error is ApiErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number' && 'body' in error;
}

/** Calls `op` with the planned arguments on `client`; a stream the method returns is read to its end. */
export async function runCall(client: object, op: Operation, call: MediaCall): Promise<CallOutcome> {
  const method = boundMethod(client, op);
  try {
    const promise = method(...call.positional, call.params) as Promise<unknown> & { withResponse(): Promise<{ data: unknown; response: Response }> };
    const { data, response } = await promise.withResponse();
    if (data !== null && typeof data === 'object' && Symbol.asyncIterator in data) for await (const _item of data as AsyncIterable<unknown>);
    if (data instanceof Blob) await data.arrayBuffer();
    return { call, verdict: 'accepted', status: response.status, violations: response.headers.get('sl-violations') };
  } catch (error) {
    if (isApiError(error) && error.status >= 300) return { call, verdict: 'rejected', status: error.status, detail: error.body, violations: error.headers['sl-violations'] ?? null };
    return { call, verdict: 'client-error', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * The same call sent to the decoding server: what busboy or qs reads from our bytes, compared to
 * the arguments. Empty when they agree (or the body is neither multipart nor a form).
 */
export async function secondDecoderMismatches(client: object, op: Operation, call: MediaCall, server: DecodingServer): Promise<string[]> {
  const type = (call.requestType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') return [];
  const before = server.received.length;
  try {
    await boundMethod(client, op)(...call.positional, call.params);
  } catch (error) {
    return [`the call to the decoding server threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  if (server.received.length !== before + 1) return ['the decoding server received no request'];
  const request = server.last();
  const body = call.params.body;
  if (!isObject(body)) return ['the body is not an object of fields'];
  if (type === 'multipart/form-data') {
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.startsWith('multipart/form-data; boundary=')) return [`content-type ${contentType}`];
    return multipartMismatches(contentType, request.body, body);
  }
  if (request.headers['content-type'] !== 'application/x-www-form-urlencoded') return [`content-type ${request.headers['content-type']}`];
  const decoded = JSON.stringify(decodeForm(request.body));
  const expected = JSON.stringify(formExpectation(body) ?? {});
  return decoded === expected ? [] : [`qs decoded ${decoded}, expected ${expected}`];
}

/** One of Prism's own failures to read or serve a valid exchange, named, with where its source shows it. */
export interface PrismCase {
  name: string;
  reason: string;
}

interface Violation {
  location?: unknown[];
  code?: string;
  message?: string;
}

function violationsOf(outcome: CallOutcome): Violation[] {
  try {
    const parsed: unknown = JSON.parse(outcome.violations ?? '[]');
    return Array.isArray(parsed) ? (parsed as Violation[]) : [];
  } catch {
    return [];
  }
}

/** Request violations Prism reported without failing the request (`sl-violations`). */
export function requestViolations(outcome: CallOutcome): Violation[] {
  return violationsOf(outcome).filter((v) => Array.isArray(v.location) && v.location[0] === 'request');
}

const isStructured = (value: unknown) => (isObject(value) && !(value instanceof Blob)) || Array.isArray(value);

export const PRISM_MULTIPART_STRINGS: PrismCase = {
  name: 'Prism reads every multipart part as one string',
  reason:
    "prism-http 5.x validator/validators/body.js parseMultipartFormDataParams keeps `result[part.name] = part.data.toString()`: a JSON part (an object field, sent as application/json) stays a string, and an array field's repeated parts collapse to the last one's string, so 'must be object' / 'must be array' for values that busboy decodes as sent",
};

export const PRISM_FORM_OBJECT_ARRAYS: PrismCase = {
  name: 'Prism reads arrays of objects in a form only as JSON text',
  reason:
    "prism-http 5.x validator/validators/body.js deserializeFormBody: for an array whose items are objects it joins the deepObject-decoded items and JSON.parses them ('Cannot deserialize JSON object array in form data request body'), so bracket notation `items[0][price]=p` (what Stripe reads) is refused with 415",
};

export const PRISM_FORM_UNIONS: PrismCase = {
  name: 'Prism reads a form field under anyOf/oneOf as missing',
  reason:
    "prism-http 5.x validator/deserializers/style/deepObject.js construct() descends only into `type: object` and `type: array` schemas and otherwise reads the key `a[b][c]` itself, so a field whose schema is an anyOf/oneOf (Stripe's `options: anyOf [array, '']`) sent as `a[b][c][0]=x` is read as absent: 'must have required property' for a value the form holds",
};

export const PRISM_NO_SERIALIZER: PrismCase = {
  name: 'Prism cannot serve a non-text body it built from a schema',
  reason:
    'prism-http-server 5.x dist/serialize.js has serializers for JSON, XML and text/* only and throws "Cannot find serializer" for any other type unless the example is a string (500, or the connection cut once the status was sent)',
};

/**
 * The named Prism case a failed call is, or undefined when it is none (then it is a failure of
 * ours to explain). Multipart and form cases also need the second decoder to agree with our bytes;
 * the caller checks that.
 */
export function prismCaseOf(outcome: CallOutcome, op: Operation): PrismCase | undefined {
  const body = outcome.call.params.body;
  const type = (outcome.call.requestType ?? '').split(';')[0]!.trim().toLowerCase();
  const violations = violationsOf(outcome).filter((v) => Array.isArray(v.location) && v.location[0] === 'request');
  const fieldOf = (v: Violation) => (v.location?.[1] === 'body' && typeof v.location[2] === 'string' ? v.location[2] : undefined);
  if (outcome.verdict === 'rejected' && type === 'multipart/form-data' && isObject(body) && violations.length > 0) {
    const blamed = violations.map((v) => fieldOf(v) ?? (v.code === 'required' ? /'([^']+)'/.exec(v.message ?? '')?.[1] : undefined));
    if (blamed.every((name) => name !== undefined && isStructured(body[name]))) return PRISM_MULTIPART_STRINGS;
  }
  if (type === 'application/x-www-form-urlencoded' && outcome.verdict === 'rejected' && outcome.status === 415) {
    const said = JSON.stringify(outcome.detail ?? '') + (outcome.violations ?? '');
    if (said.includes('Cannot deserialize JSON object array')) return PRISM_FORM_OBJECT_ARRAYS;
  }
  if (type === 'application/x-www-form-urlencoded' && outcome.verdict === 'rejected' && outcome.status === 422 && violations.length > 0) {
    if (violations.every((v) => unionFieldPrismMissed(v, body, outcome.call.bodySchema))) return PRISM_FORM_UNIONS;
  }
  const read = op.response.read?.kind;
  if (read === 'binary' || read === 'ndjson') {
    const detail = JSON.stringify(outcome.detail ?? '');
    if ((outcome.verdict === 'rejected' && outcome.status === 500 && detail.includes('Cannot find serializer')) || (outcome.verdict === 'client-error' && detail.includes('Connection error: terminated')))
      return PRISM_NO_SERIALIZER;
  }
  return undefined;
}

/**
 * Whether a violation is Prism reporting as missing a body field that the body sent holds, whose
 * schema is an anyOf/oneOf without a `type` (what PRISM_FORM_UNIONS describes).
 */
function unionFieldPrismMissed(v: Violation, body: unknown, schema: unknown): boolean {
  const missing = v.code === 'required' ? /required property '([^']+)'/.exec(v.message ?? '')?.[1] : undefined;
  if (missing === undefined || v.location?.[1] !== 'body') return false;
  const path = [...(v.location.slice(2) as string[]), missing];
  let value = body;
  let at = schema;
  for (const key of path) {
    value = isObject(value) ? value[key] : undefined;
    at = isObject(at) && isObject(at.properties) ? at.properties[key] : undefined;
  }
  return value !== undefined && isObject(at) && at.type === undefined && (Array.isArray(at.anyOf) || Array.isArray(at.oneOf));
}

export const PRISM_NDJSON_PLACEHOLDER: PrismCase = {
  name: "Prism's NDJSON body for a string schema is the bare word `string`",
  reason:
    'with no example, Prism 5.x fills a `type: string` schema with "string" and prism-http-server serialize.js writes a string payload as it is, so an application/x-ndjson response is the line `string`, which is not JSON (the spec gives the whole JSONL text a string schema)',
};

/** Not Prism's doing: the spec says something no request or response can meet. */
export const SPEC_NOT_A_MEDIA_TYPE: PrismCase = {
  name: 'the spec names a response media type `string`',
  reason: 'the 2xx content is keyed `string`, which is no type/subtype: the client asks for application/octet-stream (it reads bytes), and nothing can match `string`, so Prism answers 406',
};

export const SPEC_TEXT_OBJECT_SCHEMA: PrismCase = {
  name: 'the spec gives a text/plain body an object schema',
  reason: 'prism-http-server server.js reads every non-JSON body as a string and validates that string against the schema, so no text/plain body can be the object the schema asks for; the client sends the object as JSON text, as its schema says',
};

/** The named cases a call that did not go through may be, beyond prismCaseOf's (which need the spec's help to tell). */
export function specCaseOf(outcome: CallOutcome, raw: { responseTypes: string[] }, op: Operation): PrismCase | undefined {
  const detail = JSON.stringify(outcome.detail ?? '');
  if (outcome.verdict === 'rejected' && outcome.status === 406 && raw.responseTypes.some((t) => !/^[^\s/]+\/[^\s/]+$/.test(t.split(';')[0]!.trim()))) return SPEC_NOT_A_MEDIA_TYPE;
  const type = (outcome.call.requestType ?? '').split(';')[0]!.trim().toLowerCase();
  if (outcome.verdict === 'rejected' && type.startsWith('text/') && isObject(outcome.call.params.body) && requestViolations(outcome).some((v) => v.message === 'Request body must be object')) return SPEC_TEXT_OBJECT_SCHEMA;
  if (outcome.verdict === 'client-error' && op.response.read?.kind === 'ndjson' && detail.includes('StreamParseError') && detail.includes('\\"string\\"')) return PRISM_NDJSON_PLACEHOLDER;
  return undefined;
}
