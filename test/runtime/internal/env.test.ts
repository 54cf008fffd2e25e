import { afterEach, describe, expect, it } from '@jest/globals';
import { readEnv } from '../../../templates/runtime/internal/env.js';

const NAME = 'SDKGEN_TEST_READ_ENV';

afterEach(() => {
  delete process.env[NAME];
});

describe('readEnv', () => {
  /** [what, the variable's value (undefined: unset), want]. */
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['a value', 'tok-1', 'tok-1'],
    ['a value with the newline a paste leaves, trimmed', 'tok-1\n', 'tok-1'],
    ['a value in spaces and tabs, trimmed', ' \ttok-1 \t', 'tok-1'],
    ['inner spaces, kept', 'a b', 'a b'],
    ['an empty value, as unset', '', undefined],
    ['a value of whitespace only, as unset', ' \n\t', undefined],
    ['an unset variable', undefined, undefined],
  ];

  it.each(cases)('reads %s', (_what, value, want) => {
    if (value !== undefined) process.env[NAME] = value;
    expect(readEnv()(NAME)).toBe(want);
  });

  it('reads each name when asked, not when the reader is made', () => {
    const env = readEnv();
    process.env[NAME] = 'later';
    expect(env(NAME)).toBe('later');
  });

  it('reads nothing where there is no process (a browser or a Worker)', () => {
    process.env[NAME] = 'tok-1';
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    let env: (name: string) => string | undefined;
    // Synchronous from removal to restoration: no other code runs without `process`.
    Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true });
    try {
      env = readEnv();
    } finally {
      Object.defineProperty(globalThis, 'process', descriptor);
    }
    expect(env(NAME)).toBeUndefined();
    expect(readEnv()(NAME)).toBe('tok-1');
  });
});
