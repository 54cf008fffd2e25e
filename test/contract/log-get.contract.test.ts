import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import {
  APIError,
  Cloudflare,
  CloudflareError,
  InvalidParameterError,
  MissingCredentialsError,
  NotFoundError,
  ResponseValidationError,
  type ClientOptions,
  type LogGetResponse,
} from '../../generated/dist/index.js';
import { validateLogGetResponse } from '../../generated/dist/validators.js';
import { startPrism, type PrismServer } from '../support/prism.js';

/**
 * Contract tests for `client.aiGateway.logs.get` (operationId aig-config-get-gateway-log-detail):
 * the built package in generated/dist against Prism mocking the spec that spec/sdk.config.yaml
 * names. Prism accepts any credential value and fills in placeholder data, so these tests assert
 * statuses, error classes and shapes, not values.
 */

// ajv and ajv-formats are CommonJS: a default import is `module.exports`, whose `.default` is
// the function TypeScript's NodeNext types describe (see test/runtime/core/formats.test.ts).
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const OPERATION_ID = 'aig-config-get-gateway-log-detail';
const ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';
const API_TOKEN = 'contract-test-token';
const API_EMAIL = 'contract-test@example.com';
const API_KEY = 'contract-test-global-key';
const DYNAMIC_CALLS = 20;

/** The fields Cloudflare documents as always present in a log, with the JSON type of each. */
const REQUIRED_FIELDS: ReadonlyArray<
  readonly [keyof LogGetResponse, 'string' | 'number' | 'boolean' | 'number or null']
> = [
  ['id', 'string'],
  ['created_at', 'string'],
  ['provider', 'string'],
  ['model', 'string'],
  ['path', 'string'],
  ['duration', 'number'],
  ['success', 'boolean'],
  ['cached', 'boolean'],
  ['tokens_in', 'number or null'],
  ['tokens_out', 'number or null'],
];

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const configFile = resolve(repoRoot, 'spec/sdk.config.yaml');

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The spec file spec/sdk.config.yaml names (`spec:`, relative to the config), as an absolute path. */
function configuredSpecFile(): string {
  const config: unknown = parseYaml(readFileSync(configFile, 'utf8'));
  if (!isObject(config) || typeof config.spec !== 'string') throw new Error(`${configFile} has no "spec" string`);
  return resolve(dirname(configFile), config.spec);
}

function readSpec(file: string): JsonObject {
  const text = readFileSync(file, 'utf8');
  const document: unknown = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
  if (!isObject(document)) throw new Error(`${file} is not an OpenAPI document`);
  return document;
}

/** Follows local `#/...` references; the tests read the spec directly, not through generator/load. */
function deref(document: JsonObject, value: unknown): unknown {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20 || !current.$ref.startsWith('#/')) throw new Error(`cannot follow $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
  }
  return current;
}

/**
 * The JSON Schema of the `result` of the operation's 200 response, for ajv. Components ride
 * along so that any `#/components/...` reference inside it still resolves.
 */
function resultSchemaFromSpec(document: JsonObject): JsonObject {
  const operations = Object.values(isObject(document.paths) ? document.paths : {})
    .map((item) => deref(document, item))
    .flatMap((item) => (isObject(item) ? Object.values(item) : []))
    .filter((operation): operation is JsonObject => isObject(operation) && operation.operationId === OPERATION_ID);
  if (operations.length !== 1) throw new Error(`expected one operation ${OPERATION_ID}, found ${operations.length}`);
  // Any step on the way down may itself be a $ref.
  const result = ['responses', '200', 'content', 'application/json', 'schema', 'properties', 'result'].reduce<unknown>(
    (node, key) => (isObject(node) ? deref(document, node[key]) : undefined),
    operations[0],
  );
  if (!isObject(result)) throw new Error(`${OPERATION_ID}: no schema for the 200 response's "result"`);
  return { ...result, components: document.components };
}

/** A `fetch` that passes every call through to the real global fetch and remembers what was asked. */
function recordingFetch(): { fetch: typeof fetch; calls: { url: string; headers: Record<string, string> }[] } {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return fetch(input, init);
  };
  return { fetch: wrapped, calls };
}

/** Runs `call` so that a synchronous throw and a rejected promise both end up as a rejection. */
async function settle<T>(call: () => PromiseLike<T>): Promise<T> {
  return await call();
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

const specFile = configuredSpecFile();
let prism: PrismServer | undefined;
let dynamicPrism: PrismServer | undefined;

beforeAll(async () => {
  for (const name of clientEnvironment) {
    savedEnvironment.set(name, process.env[name]);
    delete process.env[name];
  }
  // Both servers start at once: Prism takes several seconds to load the whole AI Gateway spec.
  const [fixed, dynamic] = await Promise.allSettled([startPrism(specFile), startPrism(specFile, { dynamic: true })]);
  if (fixed.status === 'fulfilled') prism = fixed.value;
  if (dynamic.status === 'fulfilled') dynamicPrism = dynamic.value;
  if (fixed.status === 'rejected') throw fixed.reason;
  if (dynamic.status === 'rejected') throw dynamic.reason;
}, 90_000);

afterAll(async () => {
  await Promise.all([prism?.stop(), dynamicPrism?.stop()]);
  for (const [name, value] of savedEnvironment) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function server(which: PrismServer | undefined): PrismServer {
  if (which === undefined) throw new Error('Prism did not start (see beforeAll)');
  return which;
}

function clientFor(options: ClientOptions, which = prism): Cloudflare {
  // No retries: against a mock server a retry could only hide a failure.
  return new Cloudflare({ baseURL: server(which).baseURL, maxRetries: 0, ...options });
}

describe(`aiGateway.logs.get against Prism (${OPERATION_ID})`, () => {
  it.each<{ credentials: string; options: ClientOptions; sent: Record<string, string> }>([
    { credentials: 'apiToken', options: { apiToken: API_TOKEN }, sent: { authorization: `Bearer ${API_TOKEN}` } },
    {
      credentials: 'apiEmail + apiKey',
      options: { apiEmail: API_EMAIL, apiKey: API_KEY },
      sent: { 'x-auth-email': API_EMAIL, 'x-auth-key': API_KEY },
    },
  ])('with $credentials resolves to a log the generated validator accepts', async ({ options, sent }) => {
    const recorder = recordingFetch();
    const client = clientFor({ ...options, fetch: recorder.fetch });

    const log: LogGetResponse = await client.aiGateway.logs.get('my-gateway', 'id', { account_id: ACCOUNT_ID });

    expect(validateLogGetResponse(log)).toEqual({ ok: true, value: log });
    for (const [field, type] of REQUIRED_FIELDS) {
      expect({ field, type: log[field] === null ? 'null' : typeof log[field] }).toEqual({
        field,
        type: type === 'number or null' ? expect.stringMatching(/^(number|null)$/) : type,
      });
    }
    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]!.url).toBe(
      `${server(prism).baseURL}/accounts/${ACCOUNT_ID}/ai-gateway/gateways/my-gateway/logs/id`,
    );
    expect(recorder.calls[0]!.headers).toMatchObject(sent);
  });

  it.each<{ length: number; why: string }>([
    { length: 65, why: 'longer than maxLength 64' },
    { length: 0, why: 'shorter than minLength 1' },
  ])(
    'rejects a gateway_id $why with InvalidParameterError naming /gateway_id, without a request',
    async ({ length }) => {
      const recorder = recordingFetch();
      const client = clientFor({ apiToken: API_TOKEN, fetch: recorder.fetch });
      // The control: a gateway_id at the limit does reach Prism, so the counter is really counting.
      await expect(client.aiGateway.logs.get('g'.repeat(64), 'id', { account_id: ACCOUNT_ID })).resolves.toBeDefined();
      expect(recorder.calls).toHaveLength(1);

      const error: unknown = await settle(() =>
        client.aiGateway.logs.get('g'.repeat(length), 'id', { account_id: ACCOUNT_ID }),
      ).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).issues).toEqual([expect.objectContaining({ path: '/gateway_id' })]);
      expect(recorder.calls).toHaveLength(1);
    },
  );

  it.each<{ credentials: string; options: ClientOptions }>([
    { credentials: 'no credentials', options: {} },
    { credentials: 'apiEmail without apiKey', options: { apiEmail: API_EMAIL } },
  ])('with $credentials fails with MissingCredentialsError naming apiToken, without a request', async ({ options }) => {
    const recorder = recordingFetch();
    const client = clientFor({ ...options, fetch: recorder.fetch });

    const error: unknown = await settle(() =>
      client.aiGateway.logs.get('my-gateway', 'id', { account_id: ACCOUNT_ID }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect(error).toBeInstanceOf(CloudflareError);
    expect((error as Error).message).toMatch(/\bapiToken\b/);
    expect(recorder.calls).toHaveLength(0);
  });

  it('turns a 404 (Prefer: code=404 in per-request headers) into NotFoundError with the errors[] from the body', async () => {
    const recorder = recordingFetch();
    const client = clientFor({ apiToken: API_TOKEN, fetch: recorder.fetch });

    const error: unknown = await settle(() =>
      client.aiGateway.logs.get('my-gateway', 'id', { account_id: ACCOUNT_ID }, { headers: { Prefer: 'code=404' } }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(APIError);
    const apiError = error as APIError;
    expect(apiError.status).toBe(404);
    expect(apiError.errors[0]).toMatchObject({ code: 7002, message: expect.any(String) });
    expect(recorder.calls[0]!.headers).toMatchObject({ prefer: 'code=404' });
    // Errors are logged and reported; the credential must not travel with them.
    expect(JSON.stringify({ ...apiError, message: apiError.message })).not.toContain(API_TOKEN);
  });

  it('takes account_id from the client option accountId when the call omits it', async () => {
    const recorder = recordingFetch();
    const client = clientFor({ apiToken: API_TOKEN, accountId: ACCOUNT_ID, fetch: recorder.fetch });

    const log = await client.aiGateway.logs.get('my-gateway', 'id');

    expect(validateLogGetResponse(log).ok).toBe(true);
    expect(recorder.calls.map((call) => new URL(call.url).pathname)).toEqual([
      `/accounts/${ACCOUNT_ID}/ai-gateway/gateways/my-gateway/logs/id`,
    ]);
  });
});

describe('aiGateway.logs.get against Prism generating data from the schema (prism mock -d)', () => {
  /**
   * Each response is judged twice: by the generated validator and by ajv (with ajv-formats)
   * against the schema read straight from the spec. If only the generated validator says no, the
   * validator has a bug; if both say no, Prism produced data its own spec forbids.
   *
   * Prism fills the envelope's `success` (`type: boolean`, not `enum: [true]`) at random, and the
   * client turns a 200 with `success: false` into an APIError; such a body is judged from the
   * error, so every response Prism sends is checked.
   */
  it(`every one of ${DYNAMIC_CALLS} generated logs passes the generated validator and ajv alike`, async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv, { mode: 'full' });
    const ajvCheck = ajv.compile(resultSchemaFromSpec(readSpec(specFile)));
    const client = clientFor({ apiToken: API_TOKEN }, dynamicPrism);

    const verdicts: { call: number; via: string; generated: unknown; ajv: unknown; log: unknown }[] = [];
    for (let call = 0; call < DYNAMIC_CALLS; call++) {
      let via: string;
      let log: unknown;
      try {
        log = await client.aiGateway.logs.get('my-gateway', `log-${call}`, { account_id: ACCOUNT_ID });
        via = 'resolved';
      } catch (error) {
        if (error instanceof ResponseValidationError) {
          via = 'ResponseValidationError';
          log = isObject(error.body) ? error.body.result : undefined;
        } else if (
          error instanceof APIError &&
          error.status === 200 &&
          isObject(error.body) &&
          error.body.success === false
        ) {
          via = 'APIError for success: false';
          log = error.body.result;
        } else {
          throw error;
        }
      }
      const generated = validateLogGetResponse(log);
      const ajvOk = ajvCheck(log);
      verdicts.push({
        call,
        via,
        generated: generated.ok ? 'ok' : generated.errors,
        ajv: ajvOk ? 'ok' : ajvCheck.errors,
        log,
      });
    }

    expect(
      verdicts.filter((v) => v.via === 'ResponseValidationError' || v.generated !== 'ok' || v.ajv !== 'ok'),
    ).toEqual([]);
    expect(verdicts).toHaveLength(DYNAMIC_CALLS);
  });
});
