import { describe, expect, it } from '@jest/globals';
import { relativeImport } from '../../generator/emit/module-paths.js';

/** generator/emit/module-paths.ts: imports between modules under src/, always ./-relative, with .js. */

describe('relativeImport', () => {
  it.each<{ from: string; to: string; want: string }>([
    { from: 'index', to: 'client', want: './client.js' },
    { from: 'resources/ai-gateway/logs', to: 'core/errors', want: '../../core/errors.js' },
    { from: 'resources/ai-gateway/logs', to: 'resources/ai-gateway/gateways', want: './gateways.js' },
    { from: 'schemas/shared', to: 'schemas/logs/log-get', want: './logs/log-get.js' },
    { from: 'core/client', to: 'internal/headers', want: '../internal/headers.js' },
  ])('$from -> $to: $want', ({ from, to, want }) => {
    expect(relativeImport(from, to)).toBe(want);
  });
});
