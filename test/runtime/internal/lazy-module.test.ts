import { describe, expect, it } from '@jest/globals';
import { APIPromise, Sent, type WithResponse } from '../../../templates/runtime/core/api-promise.js';
import { LazyModule } from '../../../templates/runtime/internal/lazy-module.js';
import { PagePromise } from '../../../templates/runtime/core/pagination.js';

/**
 * LazyModule: the client's resource classes call their operations module through it. The
 * module loads once, on the first call; until then a call returns a promise of the method's
 * kind that waits for it, and afterwards the operation's own promise, unwrapped by nothing.
 */

const response = new Response('{"id":"x"}', { status: 200, headers: { 'x-request-id': 'r1' } });

/** An operation's promise, as the operations module's function returns it. */
function made<T>(data: T): APIPromise<T> {
  return new APIPromise(Promise.resolve(new Sent(data, response, JSON.stringify(data))));
}

/** A module that resolves when `release` is called, and counts its loads. */
function deferredModule() {
  let release!: () => void;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const loads = { count: 0 };
  const operations = {
    get: (id: string) => made({ id }),
    list: () => new PagePromise<string>(Promise.resolve(new Sent(null as never, response, ''))),
    fail: (): APIPromise<never> => {
      throw new TypeError('bad argument');
    },
  };
  const lazy = new LazyModule(async () => {
    loads.count++;
    await ready;
    return operations;
  });
  return { lazy, release, loads };
}

describe('LazyModule', () => {
  it('before the module has loaded: returns an APIPromise that resolves to the operation\'s value and keeps its response', async () => {
    const { lazy, release } = deferredModule();
    const promise = lazy.call(APIPromise, (m) => m.get('log-1'));

    expect(promise).toBeInstanceOf(APIPromise);
    release();
    const both: WithResponse<{ id: string }> = await promise.withResponse();
    expect(both.data).toEqual({ id: 'log-1' });
    expect(both.response.headers.get('x-request-id')).toBe('r1');
  });

  it('returns a PagePromise, async-iterable, for a list method called before the load', () => {
    const { lazy, release } = deferredModule();
    const promise = lazy.call(PagePromise, (m) => m.list());

    expect(promise).toBeInstanceOf(PagePromise);
    expect(typeof promise[Symbol.asyncIterator]).toBe('function');
    release();
  });

  it('loads the module once for many calls made while it loads', async () => {
    const { lazy, release, loads } = deferredModule();
    const calls = [lazy.call(APIPromise, (m) => m.get('a')), lazy.call(APIPromise, (m) => m.get('b'))];
    release();

    expect(await Promise.all(calls)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(loads.count).toBe(1);
  });

  it('once loaded: hands back the operation\'s own promise, with no wrapper', async () => {
    const { lazy, release } = deferredModule();
    release();
    await lazy.call(APIPromise, (m) => m.get('first'));
    let returned: APIPromise<{ id: string }> | undefined;
    const promise = lazy.call(APIPromise, (m) => (returned = m.get('second')));

    expect(promise).toBe(returned);
  });

  it('an operation that throws while the module loads rejects the returned promise instead of throwing', async () => {
    const { lazy, release } = deferredModule();
    const promise = lazy.call(APIPromise, (m) => m.fail());
    release();

    await expect(promise).rejects.toThrow('bad argument');
  });

  it('a module that fails to load rejects the call, and asResponse() with it', async () => {
    const lazy = new LazyModule<{ get: () => APIPromise<number> }>(() => Promise.reject(new Error('cannot load')));
    const promise = lazy.call(APIPromise, (m) => m.get());

    await expect(promise).rejects.toThrow('cannot load');
    await expect(promise.asResponse()).rejects.toThrow('cannot load');
  });
});
