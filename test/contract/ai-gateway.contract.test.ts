import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import * as sdk from '../../generated/dist/index.js';
import * as validators from '../../generated/dist/validators.js';
import {
  APIError,
  Cloudflare,
  Page,
  ResponseValidationError,
  type ClientOptions,
  type ValidationIssue,
  type ValidationResult,
} from '../../generated/dist/index.js';
import { compareEntries, methodAt, planCall, type PlannedCall } from '../support/contract-calls.js';
import { isObject, readConfiguredSpec, toJsonSchema } from '../support/contract-spec.js';
import { startPrism, type PrismServer } from '../support/prism.js';

/**
 * Every operation of the AI Gateway spec, called through the built package (generated/dist)
 * against Prism mocking that same spec: once against Prism's static examples, and several times
 * against `prism mock -d`, which invents bodies from the schemas.
 *
 * Nothing here is written per operation. The calls are planned from the spec and
 * spec/sdk.config.yaml (test/support/contract-calls.ts): the method from the config, positional
 * path parameters in path order, then `{ account_id, query..., body }`, every value built from its
 * schema and checked against it with ajv before it is sent. Each response is judged twice: by the
 * generated validator (the client runs it in 'strict' mode, and the test calls the exported
 * `validate*Response` as well) and by ajv against the response schema read straight from the spec.
 */

// ajv and ajv-formats are CommonJS: the default import is `module.exports`, whose `.default` is the function.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const EXPECTED_PATHS = 34;
const EXPECTED_OPERATIONS = 63;
const API_TOKEN = 'contract-test-token';
/** Calls per operation against `prism mock -d`. */
const DYNAMIC_CALLS = 4;

const { spec, config } = readConfiguredSpec();
const calls: PlannedCall[] = spec.operations.map((operation) => planCall(operation, config));
const callCases = calls.map((call) => ({ name: `${call.target} (${call.operation.operationId})`, call }));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv, { mode: 'full' });

type Check = ((value: unknown) => boolean) & { errors?: unknown };
const compiled = { request: new Map<unknown, Check>(), response: new Map<unknown, Check>() };
function ajvFor(schema: unknown, direction: 'request' | 'response'): Check {
  let check = compiled[direction].get(schema);
  if (check === undefined) {
    check = ajv.compile(toJsonSchema(schema, direction) as object) as Check;
    compiled[direction].set(schema, check);
  }
  return check;
}

function ajvVerdict(schema: unknown, value: unknown): 'ok' | unknown[] {
  const check = ajvFor(schema, 'response');
  return check(value) ? 'ok' : ((check.errors as unknown[] | undefined) ?? ['rejected']);
}

type Validator = (value: unknown) => ValidationResult<unknown>;
// Validators are the package's `./validators` entry point.
const packageExports = validators as unknown as Record<string, unknown>;
function validatorFor(call: PlannedCall): Validator {
  const validator = packageExports[call.validatorName];
  if (typeof validator !== 'function') throw new Error(`the package exports no ${call.validatorName}`);
  return validator as Validator;
}

function generatedVerdict(call: PlannedCall, value: unknown): 'ok' | ValidationIssue[] {
  const result = validatorFor(call)(value);
  return result.ok ? 'ok' : result.errors;
}

/** What the method must resolve to, taken from the raw body by the README's envelope rule. */
/** The value the response validator checks: the envelope's field, or the whole body. */
function resolvedValue(call: PlannedCall, body: unknown): unknown {
  return call.envelopeField === undefined ? body : isObject(body) ? body[call.envelopeField] : undefined;
}

/** What the method resolves to: the resolved value, and for a page, the items it holds. */
function unwrap(call: PlannedCall, body: unknown): unknown {
  const value = resolvedValue(call, body);
  if (!call.paginated || call.itemsField === undefined) return value;
  return isObject(value) ? value[call.itemsField] : undefined;
}

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A `fetch` that hands every call to the real global fetch, and remembers what was sent. */
function recordingFetch(): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const wrapped: typeof fetch = (input, init) => {
    sent.push({
      method: init?.method ?? 'GET',
      url: input instanceof Request ? input.url : String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return fetch(input, init);
  };
  return { fetch: wrapped, sent };
}

/** Runs a planned call; for a paginated method the value is the first page's items. */
async function invoke(client: Cloudflare, call: PlannedCall): Promise<{ value: unknown; page?: unknown; response: Response }> {
  const method = methodAt(client, call.target);
  if (method === undefined) throw new Error(`client.${call.target} is not a method`);
  const promise = method(...call.positional, call.params) as sdk.APIPromise<unknown>;
  const { data, response } = await promise.withResponse();
  return data instanceof Page ? { value: data.items, page: data, response } : { value: data, response };
}

// The client falls back to these when an option is missing; the tests must not see the caller's.
const clientEnvironment = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_EMAIL',
  'CLOUDFLARE_API_KEY',
  'CLOUDFLARE_API_USER_SERVICE_KEY',
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_BASE_URL',
];
const savedEnvironment = new Map<string, string | undefined>();
let staticPrism: PrismServer | undefined;
let dynamicPrism: PrismServer | undefined;

beforeAll(async () => {
  for (const name of clientEnvironment) {
    savedEnvironment.set(name, process.env[name]);
    delete process.env[name];
  }
  // Both at once: Prism takes several seconds to load the whole AI Gateway spec.
  const [fixed, dynamic] = await Promise.allSettled([startPrism(spec.file), startPrism(spec.file, { dynamic: true })]);
  if (fixed.status === 'fulfilled') staticPrism = fixed.value;
  if (dynamic.status === 'fulfilled') dynamicPrism = dynamic.value;
  if (fixed.status === 'rejected') throw fixed.reason;
  if (dynamic.status === 'rejected') throw dynamic.reason;
}, 90_000);

afterAll(async () => {
  await Promise.all([staticPrism?.stop(), dynamicPrism?.stop()]);
  for (const [name, value] of savedEnvironment) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function clientFor(server: PrismServer | undefined, options: ClientOptions = {}): Cloudflare {
  if (server === undefined) throw new Error('Prism did not start (see beforeAll)');
  // No retries: against a mock server a retry could only hide a failure.
  return new Cloudflare({ baseURL: server.baseURL, apiToken: API_TOKEN, maxRetries: 0, ...options });
}

describe('the AI Gateway spec and spec/sdk.config.yaml', () => {
  it(`has ${EXPECTED_PATHS} paths and ${EXPECTED_OPERATIONS} operations with distinct operationIds`, () => {
    expect(spec.paths).toHaveLength(EXPECTED_PATHS);
    expect(spec.operations).toHaveLength(EXPECTED_OPERATIONS);
    expect(new Set(spec.operations.map((operation) => operation.operationId)).size).toBe(EXPECTED_OPERATIONS);
  });

  it('the config maps exactly the spec operations, each to a distinct resource.method', () => {
    expect([...config.operations.keys()].sort()).toEqual(spec.operations.map((o) => o.operationId).sort());
    expect(new Set(config.operations.values()).size).toBe(EXPECTED_OPERATIONS);
  });

  it('every operation is a method of the client at the path the config names', () => {
    const client = new Cloudflare({ apiToken: API_TOKEN });
    expect(calls.filter((call) => methodAt(client, call.target) === undefined).map((call) => call.target)).toEqual([]);
  });

  it('every operation has an exported validate<Type>Response named by the README rule', () => {
    expect(calls.filter((call) => typeof packageExports[call.validatorName] !== 'function').map((c) => c.validatorName)).toEqual(
      [],
    );
  });

  // The test's own inputs: Prism answering an invalid request (422, or the operation's 400) must
  // mean a client bug, never a bad sample.
  it('every planned argument and request body satisfies its schema in the spec (ajv)', () => {
    const broken = calls.flatMap((call) =>
      call.argumentSchemas
        .map(({ where, value, schema }) => {
          const check = ajvFor(schema, 'request');
          return check(value) ? undefined : { operationId: call.operation.operationId, where, value, errors: check.errors };
        })
        .filter((entry) => entry !== undefined),
    );
    expect(broken).toEqual([]);
  });

  it('plans every required parameter and every required request body', () => {
    const missing = calls.flatMap((call) => [
      ...call.operation.parameters
        .filter((p) => p.required && p.in !== 'path' && !(p.name in call.params))
        .map((p) => `${call.operation.operationId}: ${p.in} ${p.name}`),
      ...(call.operation.requestBody?.required && call.params.body === undefined
        ? [`${call.operation.operationId}: body`]
        : []),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('every operation against Prism (static examples)', () => {
  it.each(callCases)('$name sends the request the spec describes and resolves to a valid value', async ({ call }) => {
    const recorder = recordingFetch();
    const client = clientFor(staticPrism, { fetch: recorder.fetch });

    // Any error (a Prism 422 for a bad request, a ResponseValidationError, ...) fails the test here.
    const { value, page, response } = await invoke(client, call);

    // The request, as the spec describes it.
    expect(recorder.sent).toHaveLength(1);
    const sent = recorder.sent[0]!;
    const url = new URL(sent.url);
    expect({ method: sent.method, path: url.pathname, query: [...url.searchParams.entries()].sort(compareEntries) }).toEqual(
      { method: call.expected.method, path: call.expected.path, query: call.expected.query },
    );
    expect(sent.headers.authorization).toBe(`Bearer ${API_TOKEN}`);
    if (call.expected.body === undefined) {
      expect(sent.body).toBeUndefined();
    } else {
      expect(sent.headers['content-type']).toBe('application/json');
      expect(JSON.parse(sent.body ?? 'null')).toEqual(call.expected.body);
    }

    // The response: the spec's 2xx, unwrapped by the envelope rule, and valid by both validators.
    expect(response.status).toBe(call.operation.success.status);
    // Prism lists any request-validation complaints it did not fail the request for in this header.
    expect(response.headers.get('sl-violations')).toBeNull();
    const body: unknown = await response.json();
    expect(value).toEqual(unwrap(call, body));
    expect(page !== undefined).toBe(call.paginated);
    expect(generatedVerdict(call, resolvedValue(call, body))).toBe('ok');
    expect(call.operation.success.schema && ajvVerdict(call.operation.success.schema, body)).toBe('ok');
  });
});

interface DynamicVerdict {
  operationId: string;
  call: number;
  outcome: 'resolved' | 'ResponseValidationError' | 'APIError for success: false';
  /** The generated validator on the value the method resolves to. */
  generated: 'ok' | ValidationIssue[];
  /** ajv on the same value, against that part of the response schema. */
  ajv: 'ok' | unknown[];
  /** ajv on the whole body, envelope included. */
  ajvBody: 'ok' | unknown[];
  body: unknown;
}

/** Every body `prism mock -d` sent that breaks the spec, for the last test of the describe below. */
const bodiesBreakingTheSpec: DynamicVerdict[] = [];
let dynamicBodies = 0;

describe('every operation against Prism generating bodies from the schemas (prism mock -d)', () => {
  /**
   * Prism fills each body from the schema with json-schema-faker. The generated validator and ajv
   * must agree on every one: where only the generated validator says no, the validator is wrong;
   * where only ajv says no, the validator lets through what the spec forbids. The client must
   * resolve exactly when the generated validator accepts, and throw ResponseValidationError
   * otherwise. Prism fills the envelope's `success` (a plain boolean) at random, and the client
   * rightly turns `success: false` into an APIError; such a body is judged from the error.
   */
  it.each(callCases)(`$name: ${DYNAMIC_CALLS} generated bodies, the generated validator agrees with ajv`, async ({ call }) => {
    const client = clientFor(dynamicPrism);
    const successSchema = call.operation.success.schema;
    const valueSchema = call.envelopeField === undefined ? successSchema : propertySchema(successSchema, call.envelopeField);
    const verdicts: DynamicVerdict[] = [];
    for (let n = 0; n < DYNAMIC_CALLS; n++) {
      let outcome: DynamicVerdict['outcome'];
      let body: unknown;
      let value: unknown;
      try {
        const result = await invoke(client, call);
        outcome = 'resolved';
        body = await result.response.json();
        value = result.value;
        expect(value).toEqual(unwrap(call, body));
      } catch (error) {
        if (error instanceof ResponseValidationError) {
          outcome = 'ResponseValidationError';
          body = error.body;
        } else if (error instanceof APIError && error.status < 300 && isObject(error.body) && error.body.success === false) {
          outcome = 'APIError for success: false';
          body = error.body;
        } else {
          throw error;
        }
      }
      // The validators check the resolved value (a page's whole result), not the items walked.
      value = resolvedValue(call, body);
      verdicts.push({
        operationId: call.operation.operationId,
        call: n,
        outcome,
        generated: generatedVerdict(call, value),
        ajv: valueSchema === undefined ? 'ok' : ajvVerdict(valueSchema, value),
        ajvBody: successSchema === undefined ? 'ok' : ajvVerdict(successSchema, body),
        body,
      });
    }
    dynamicBodies += verdicts.length;
    bodiesBreakingTheSpec.push(...verdicts.filter((v) => v.ajvBody !== 'ok'));

    const validatorDisagrees = verdicts.filter((v) => (v.generated === 'ok') !== (v.ajv === 'ok'));
    const clientDisagrees = verdicts.filter(
      (v) => v.outcome !== 'APIError for success: false' && (v.outcome === 'resolved') !== (v.generated === 'ok'),
    );
    expect(validatorDisagrees).toEqual([]);
    expect(clientDisagrees).toEqual([]);
    expect(verdicts).toHaveLength(DYNAMIC_CALLS);
  });

  /**
   * Not a client bug, and not hidden: Prism 5.14.2's faker ignores `minimum` where OpenAPI 3.0
   * writes an exclusive bound as `exclusiveMinimum: true` (the AI Gateway object's
   * spend_limits.rules[].limit and .window), so it sends negative numbers the spec forbids; the
   * client rightly rejects those bodies (ResponseValidationError, checked above). This pins that
   * this is the ONLY way Prism's bodies break the spec: every one of them is valid once the
   * boolean-exclusive bounds are dropped from the schema. Any other violation fails here.
   */
  it('bodies that break the spec break it only at bounds written as `exclusiveMinimum: true`', () => {
    expect(dynamicBodies).toBe(EXPECTED_OPERATIONS * DYNAMIC_CALLS);
    const lenient = new Map<string, Check>();
    const otherwiseBroken = bodiesBreakingTheSpec.filter((verdict) => {
      let check = lenient.get(verdict.operationId);
      if (check === undefined) {
        const call = calls.find((c) => c.operation.operationId === verdict.operationId)!;
        check = ajv.compile(toJsonSchema(withoutBooleanExclusiveBounds(call.operation.success.schema), 'response') as object) as Check;
        lenient.set(verdict.operationId, check);
      }
      return !check(verdict.body);
    });
    expect(otherwiseBroken.map(({ operationId, ajvBody }) => ({ operationId, ajvBody }))).toEqual([]);
  });
});

/** The schema of one top-level property of an object schema (allOf members searched too). */
function propertySchema(schema: unknown, name: string): unknown {
  if (!isObject(schema)) return undefined;
  if (isObject(schema.properties) && name in schema.properties) return schema.properties[name];
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const found = propertySchema(member, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A copy of an OpenAPI 3.0 schema without `minimum`/`maximum` where the bound is marked exclusive with a boolean. */
function withoutBooleanExclusiveBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutBooleanExclusiveBounds);
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((key === 'minimum' || key === 'exclusiveMinimum') && schema.exclusiveMinimum === true) continue;
    if ((key === 'maximum' || key === 'exclusiveMaximum') && schema.exclusiveMaximum === true) continue;
    out[key] = withoutBooleanExclusiveBounds(value);
  }
  return out;
}
