import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { APIUserAbortError } from '../../../templates/runtime/core/errors.js';
import { retryAfter, retryDelay, shouldRetry, sleep } from '../../../templates/runtime/internal/retry.js';

/** When these tests say "now": an HTTP date, so whole seconds. */
const NOW = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

afterEach(() => {
  jest.restoreAllMocks();
});

describe('retryAfter: how long the server asked to wait', () => {
  /** [what, headers, want ms]. */
  const cases: Array<[string, Record<string, string>, number | undefined]> = [
    ['no header', {}, undefined],
    ['retry-after-ms', { 'retry-after-ms': '250' }, 250],
    ['retry-after-ms 0', { 'retry-after-ms': '0' }, 0],
    ['retry-after-ms of a fraction', { 'retry-after-ms': '12.5' }, 12.5],
    ['retry-after-ms of exactly 60 s', { 'retry-after-ms': '60000' }, 60_000],
    ['retry-after-ms over 60 s, ignored', { 'retry-after-ms': '60001' }, undefined],
    ['retry-after-ms negative, ignored', { 'retry-after-ms': '-5' }, undefined],
    ['retry-after-ms not a number, ignored', { 'retry-after-ms': 'soon' }, undefined],
    ['retry-after-ms over Retry-After', { 'retry-after-ms': '40', 'retry-after': '7' }, 40],
    ['Retry-After when retry-after-ms is unusable', { 'retry-after-ms': 'soon', 'retry-after': '2' }, 2000],
    ['Retry-After in seconds', { 'retry-after': '3' }, 3000],
    ['Retry-After 0', { 'retry-after': '0' }, 0],
    ['Retry-After of exactly 60 s', { 'retry-after': '60' }, 60_000],
    ['Retry-After over 60 s, ignored', { 'retry-after': '61' }, undefined],
    ['Retry-After negative, ignored', { 'retry-after': '-1' }, undefined],
    ['Retry-After as an HTTP date 10 s ahead', { 'retry-after': 'Wed, 21 Oct 2015 07:28:10 GMT' }, 10_000],
    ['Retry-After as an HTTP date now', { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }, 0],
    ['Retry-After as an HTTP date 61 s ahead, ignored', { 'retry-after': 'Wed, 21 Oct 2015 07:29:01 GMT' }, undefined],
    ['Retry-After as an HTTP date in the past, ignored', { 'retry-after': 'Wed, 21 Oct 2015 07:27:59 GMT' }, undefined],
    ['Retry-After that is neither, ignored', { 'retry-after': 'later' }, undefined],
  ];

  it.each(cases)('%s', (_what, headers, want) => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    expect(retryAfter(new Headers(headers))).toBe(want);
  });

  it('is undefined without headers (a connection error)', () => {
    expect(retryAfter(undefined)).toBeUndefined();
  });
});

describe('retryDelay: the wait before the next attempt', () => {
  /** [attempt (0: the first), Math.random(), want ms]: 500 ms doubling, at most 8 s, less up to 25 % jitter. */
  const backoff: Array<[number, number, number]> = [
    [0, 0, 500],
    [0, 0.5, 437.5],
    [0, 0.99, 376.25],
    [1, 0, 1000],
    [2, 0, 2000],
    [3, 0, 4000],
    [4, 0, 8000],
    [5, 0, 8000],
    [20, 0.5, 7000],
  ];

  it.each(backoff)('after attempt %d with Math.random() %d waits %d ms', (attempt, random, want) => {
    jest.spyOn(Math, 'random').mockReturnValue(random);
    expect(retryDelay(attempt, undefined)).toBe(want);
  });

  it("waits what the server asked for, without jitter, instead of backing off", () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(retryDelay(3, new Headers({ 'retry-after': '1' }))).toBe(1000);
    expect(retryDelay(0, new Headers({ 'retry-after-ms': '20' }))).toBe(20);
  });

  it('backs off when the server asked for more than 60 s', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    expect(retryDelay(1, new Headers({ 'retry-after': '3600' }))).toBe(1000);
  });
});

describe('shouldRetry: whether a failed response is worth another attempt', () => {
  /** [status, x-should-retry, request safe to repeat, want]. */
  const cases: Array<[number, string | undefined, boolean, boolean]> = [
    [500, undefined, true, true],
    [502, undefined, true, true],
    [503, undefined, true, true],
    [599, undefined, true, true],
    [408, undefined, true, true],
    [409, undefined, true, true],
    [429, undefined, true, true],
    [400, undefined, true, false],
    [401, undefined, true, false],
    [403, undefined, true, false],
    [404, undefined, true, false],
    [422, undefined, true, false],
    [500, undefined, false, false],
    [429, undefined, false, false],
    [400, 'true', false, true],
    [404, 'true', true, true],
    [503, 'false', true, false],
    [429, 'false', true, false],
    [503, 'maybe', true, true],
    [400, 'maybe', true, false],
  ];

  it.each(cases)('status %d, x-should-retry %p, safe to repeat %p: %p', (status, header, retryable, want) => {
    const response = new Response(null, { status, headers: header === undefined ? {} : { 'x-should-retry': header } });
    expect(shouldRetry(response, retryable)).toBe(want);
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const start = performance.now();
    await sleep(20, undefined);
    expect(performance.now() - start).toBeGreaterThanOrEqual(15);
  });

  it('rejects with APIUserAbortError at once when the signal has already aborted', async () => {
    const start = performance.now();
    await expect(sleep(10_000, AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('rejects with APIUserAbortError as soon as the signal aborts, and stops listening to it', async () => {
    const controller = new AbortController();
    const waiting = sleep(10_000, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('removes its abort listener when the delay ends, so a long-lived signal collects none', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 3; i++) await sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
