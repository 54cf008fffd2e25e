import { isLogGetResponse, validateLogGetResponse, type ValidationIssue } from '../../generated/dist/validators.js';
import { SEED_REQUIRED_FIELDS, seedExampleBody } from '../support/log-detail-seed.js';

/**
 * The committed package's validator for what `client.aiGateway.logs.get` resolves to (the
 * envelope's `result`), exercised through the built `dist/` a consumer imports.
 */

type Payload = Record<string, unknown>;

/** The documentation page's example `result`: every field, required and optional. */
function full(): Payload {
  return seedExampleBody().result;
}

/** Only the 10 fields the page lists as required. */
function minimal(): Payload {
  const example = full();
  return Object.fromEntries(Object.keys(SEED_REQUIRED_FIELDS).map((name) => [name, example[name]]));
}

function without(payload: Payload, name: string): Payload {
  const copy = { ...payload };
  delete copy[name];
  return copy;
}

function issuesFor(value: unknown): ValidationIssue[] {
  const result = validateLogGetResponse(value);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return result.errors;
}

describe('validateLogGetResponse accepts', () => {
  const cases: { name: string; given: () => unknown }[] = [
    { name: "the documentation page's full example", given: full },
    { name: 'only the 10 required fields', given: minimal },
    {
      name: 'null for the nullable tokens_in and tokens_out',
      given: () => ({ ...minimal(), tokens_in: null, tokens_out: null }),
    },
    {
      name: 'a date-time with an offset and no fraction',
      given: () => ({ ...minimal(), created_at: '2024-02-29T23:59:59+05:30' }),
    },
    { name: 'a non-integer cost', given: () => ({ ...minimal(), cost: 0.0012 }) },
    { name: 'unknown extra properties', given: () => ({ ...full(), future_field: { nested: [1, 2] }, another: 'x' }) },
  ];

  it.each(cases)('$name, returning the very same object', ({ given }) => {
    const value = given();
    const result = validateLogGetResponse(value);
    expect(result).toEqual({ ok: true, value });
    // Not a copy: the caller gets back exactly what it passed, extra properties included.
    expect(result.ok && result.value).toBe(value);
    expect(isLogGetResponse(value)).toBe(true);
  });

  it('keeps unknown extra properties on the returned value', () => {
    const value = { ...minimal(), future_field: 'kept' };
    const result = validateLogGetResponse(value);
    expect(result.ok && result.value).toHaveProperty('future_field', 'kept');
  });
});

describe('validateLogGetResponse rejects', () => {
  const requiredFields = Object.keys(SEED_REQUIRED_FIELDS);

  it.each(requiredFields)('a payload missing the required %s, with "is required" at its path', (name) => {
    const value = without(full(), name);
    expect(isLogGetResponse(value)).toBe(false);
    expect(issuesFor(value)).toEqual([expect.objectContaining({ path: `/${name}`, message: 'is required' })]);
  });

  interface Case {
    name: string;
    given: Payload;
    /** Every issue's path, and a word its `expected` must contain. */
    want: { path: string; expected: string }[];
  }

  const cases: Case[] = [
    {
      name: 'a string for the integer duration',
      given: { ...minimal(), duration: 'x' },
      want: [{ path: '/duration', expected: 'integer' }],
    },
    {
      name: 'null for the non-nullable model',
      given: { ...minimal(), model: null },
      want: [{ path: '/model', expected: 'string' }],
    },
    {
      name: '1.5 for the integer tokens_in',
      given: { ...minimal(), tokens_in: 1.5 },
      want: [{ path: '/tokens_in', expected: 'integer' }],
    },
    {
      name: 'NaN for the number cost',
      given: { ...minimal(), cost: Number.NaN },
      want: [{ path: '/cost', expected: 'number' }],
    },
    {
      name: 'Infinity for the number cost',
      given: { ...minimal(), cost: Number.POSITIVE_INFINITY },
      want: [{ path: '/cost', expected: 'number' }],
    },
    {
      name: '-Infinity for the number cost',
      given: { ...minimal(), cost: Number.NEGATIVE_INFINITY },
      want: [{ path: '/cost', expected: 'number' }],
    },
    {
      name: 'a numeric string for the number cost',
      given: { ...minimal(), cost: '1' },
      want: [{ path: '/cost', expected: 'number' }],
    },
    {
      name: 'an impossible date-time (February 30th)',
      given: { ...minimal(), created_at: '2019-02-30T00:00:00Z' },
      want: [{ path: '/created_at', expected: 'date-time string' }],
    },
    {
      name: 'a date without a time for created_at',
      given: { ...minimal(), created_at: '2019-12-27' },
      want: [{ path: '/created_at', expected: 'date-time string' }],
    },
    {
      name: 'a string for the boolean cached',
      given: { ...minimal(), cached: 'true' },
      want: [{ path: '/cached', expected: 'boolean' }],
    },
    {
      name: 'a number for the optional string metadata',
      given: { ...minimal(), metadata: 1 },
      want: [{ path: '/metadata', expected: 'string' }],
    },
    {
      name: 'several problems at once, reporting every one',
      given: {
        ...without(minimal(), 'id'),
        duration: 'x',
        model: null,
        tokens_in: 1.5,
        cost: Number.NaN,
        created_at: '2019-02-30T00:00:00Z',
      },
      want: [
        { path: '/cost', expected: 'number' },
        { path: '/created_at', expected: 'date-time string' },
        { path: '/duration', expected: 'integer' },
        { path: '/id', expected: 'string' },
        { path: '/model', expected: 'string' },
        { path: '/tokens_in', expected: 'integer' },
      ],
    },
  ];

  it.each(cases)('$name', ({ given, want }) => {
    expect(isLogGetResponse(given)).toBe(false);
    // Issues come in the spec's property order, which is not what this test is about.
    const got = issuesFor(given).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    expect(got.map((issue) => issue.path)).toEqual(want.map((w) => w.path));
    want.forEach((w, i) => expect(got[i]!.expected).toContain(w.expected));
  });

  it.each([
    { name: 'null', given: null },
    { name: 'an array', given: [full()] },
    { name: 'a string', given: 'result' },
    { name: 'the whole envelope instead of its result', given: seedExampleBody() },
  ])('$name instead of the result object', ({ given }) => {
    expect(isLogGetResponse(given)).toBe(false);
    expect(issuesFor(given).length).toBeGreaterThan(0);
  });

  it('reports a non-object at the root path', () => {
    expect(issuesFor(null)).toEqual([expect.objectContaining({ path: '', expected: 'object' })]);
  });

  it('does not let a "__proto__" JSON key supply a missing required property', () => {
    const body = JSON.stringify(without(full(), 'id')).replace(/^\{/, '{"__proto__":{"id":"from-proto"},');
    const value: unknown = JSON.parse(body);
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(isLogGetResponse(value)).toBe(false);
    expect(issuesFor(value)).toEqual([expect.objectContaining({ path: '/id', message: 'is required' })]);
  });

  it('does not let a "__proto__" JSON key supply every required property', () => {
    const value: unknown = JSON.parse(`{"__proto__":${JSON.stringify(minimal())}}`);
    expect(isLogGetResponse(value)).toBe(false);
    expect(
      issuesFor(value)
        .map((i) => i.path)
        .sort(),
    ).toEqual(requiredFields.map((f) => `/${f}`).sort());
  });
});
