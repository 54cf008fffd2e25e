import { describe, expect, it } from '@jest/globals';
import { Diagnostics } from '../../generator/common/diagnostics.js';

describe('Diagnostics', () => {
  it.each([
    { given: 'the same warning at the same pointer twice', warnings: [['w', 'm', '/a'], ['w', 'm', '/a']], want: 1 },
    { given: 'the same warning at two pointers', warnings: [['w', 'm', '/a'], ['w', 'm', '/b']], want: 2 },
    { given: 'two messages at one pointer', warnings: [['w', 'm', '/a'], ['w', 'n', '/a']], want: 2 },
    { given: 'two codes at one pointer', warnings: [['w', 'm', '/a'], ['v', 'm', '/a']], want: 2 },
    { given: 'a warning without a place, twice (nothing says it is the same problem)', warnings: [['w', 'm', undefined], ['w', 'm', undefined]], want: 2 },
  ] as const)('reports $given as $want', ({ warnings, want }) => {
    const diagnostics = new Diagnostics();
    for (const [code, message, pointer] of warnings) diagnostics.warn(code, message, pointer === undefined ? {} : { file: 'spec.yaml', pointer });
    expect(diagnostics.warnings).toHaveLength(want);
  });

  it('reports a fallback found twice once, as the same diagnostic', () => {
    const diagnostics = new Diagnostics();
    const first = diagnostics.fallback('f', 'm', 'unknown', { file: 'spec.yaml', pointer: '/a' });
    expect(diagnostics.fallback('f', 'm', 'unknown', { file: 'spec.yaml', pointer: '/a' })).toBe(first);
    expect(diagnostics.items).toEqual([first]);
  });
});
