import { describe, expect, it } from '@jest/globals';
import { itemsOf } from '../../../templates/runtime/internal/batch-items.js';

/** Batches from a generator that records whether its `finally` ran (where a stream releases its connection). */
function batches(list: number[][], { fail }: { fail?: Error } = {}) {
  const state = { released: false, pulled: 0 };
  async function* generate(): AsyncGenerator<number[]> {
    try {
      for (const batch of list) {
        state.pulled++;
        yield batch;
      }
      if (fail) throw fail;
    } finally {
      state.released = true;
    }
  }
  return { source: generate(), state };
}

async function drain<T>(iterator: AsyncIterator<T>): Promise<T[]> {
  const out: T[] = [];
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) out.push(r.value);
  return out;
}

describe('itemsOf', () => {
  it.each([
    { given: [[1, 2], [3]], want: [1, 2, 3] },
    { given: [[], [1], [], [], [2, 3]], want: [1, 2, 3] },
    { given: [[]], want: [] },
    { given: [], want: [] },
  ])('hands out the items of $given in order', async ({ given, want }) => {
    const { source, state } = batches(given);
    expect(await drain(itemsOf(source, (n) => n * 10))).toEqual(want.map((n) => n * 10));
    expect(state.released).toBe(true);
  });

  it('reads each item only when it is handed out', async () => {
    const read: number[] = [];
    const iterator = itemsOf(batches([[1, 2, 3]]).source, (n) => (read.push(n), n));
    await iterator.next();
    expect(read).toEqual([1]);
  });

  it('serves overlapping next() calls in order, across batches, none lost or repeated', async () => {
    const iterator = itemsOf(batches([[1, 2], [], [3], [4, 5]]).source, (n) => n);
    const results = await Promise.all(Array.from({ length: 7 }, () => iterator.next()));
    const items: Array<IteratorResult<number>> = [1, 2, 3, 4, 5].map((value) => ({ done: false, value }));
    expect(results).toEqual([...items, { done: true, value: undefined }, { done: true, value: undefined }]);
  });

  it('rejects with what read threw, releases the batches, and is done after', async () => {
    const { source, state } = batches([[1, 2, 3], [4]]);
    const mine = new Error('bad item');
    const iterator = itemsOf(source, (n) => {
      if (n === 2) throw mine;
      return n;
    });
    expect(await iterator.next()).toEqual({ done: false, value: 1 });
    await expect(iterator.next()).rejects.toBe(mine);
    expect(state.released).toBe(true);
    expect(state.pulled).toBe(1);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('passes on what the batches threw, then is done', async () => {
    const lost = new Error('connection lost');
    const iterator = itemsOf(batches([[1]], { fail: lost }).source, (n) => n);
    expect(await iterator.next()).toEqual({ done: false, value: 1 });
    await expect(iterator.next()).rejects.toBe(lost);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('return() releases the batches, also while a next() is pending, and nothing is handed out after', async () => {
    const { source, state } = batches([[1], [2], [3]]);
    const iterator = itemsOf(source, (n) => n);
    await iterator.next();
    const pending = iterator.next();
    expect(await iterator.return!()).toEqual({ done: true, value: undefined });
    expect(await pending).toEqual({ done: false, value: 2 });
    expect(state.released).toBe(true);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});
