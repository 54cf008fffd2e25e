import { describe, expect, it } from '@jest/globals';
import { closestName, didYouMean } from '../../generator/load/suggest-name.js';

/** generator/load/suggest-name.ts: when a diagnostic suggests a name, and which. */

describe('closestName', () => {
  it.each<{ name: string; given: { wanted: string; candidates: string[] }; want: string | undefined }>([
    { name: 'one typo', given: { wanted: 'ouput', candidates: ['spec', 'output'] }, want: 'output' },
    { name: 'case does not count as a typo', given: { wanted: 'OUTPUT', candidates: ['output'] }, want: 'output' },
    { name: 'a transposition is one edit', given: { wanted: 'ab', candidates: ['ba'] }, want: 'ba' },
    { name: 'a third of the name may differ', given: { wanted: 'abcdef', candidates: ['abcdxy'] }, want: 'abcdxy' },
    { name: 'more is another name', given: { wanted: 'abcdef', candidates: ['abcxyz'] }, want: undefined },
    { name: 'never more than three edits', given: { wanted: 'abcdefghijklmnop', candidates: ['abcdefghijklwxyz'] }, want: undefined },
    { name: 'a name with every character replaced is no typo', given: { wanted: 'A', candidates: ['0'] }, want: undefined },
    { name: 'a tie goes to the first in alphabetical order', given: { wanted: 'cat', candidates: ['cut', 'cot'] }, want: 'cot' },
    { name: 'a name cut short suggests the shortest that starts with it', given: { wanted: 'gate', candidates: ['gateways', 'gateway'] }, want: 'gateway' },
    { name: 'a prefix of fewer than four characters does not', given: { wanted: 'gat', candidates: ['gateway'] }, want: undefined },
    { name: 'no candidates: none', given: { wanted: 'output', candidates: [] }, want: undefined },
    { name: 'the closest of several wins over the first', given: { wanted: 'pagination', candidates: ['paginate', 'pagnation'] }, want: 'pagnation' },
    { name: 'an exact match in another case', given: { wanted: 'ClassName', candidates: ['class', 'className'] }, want: 'className' },
    { name: 'an empty name: none', given: { wanted: '', candidates: ['a'] }, want: undefined },
    { name: 'a typo wins over a longer name it starts', given: { wanted: 'specs', candidates: ['specsFile', 'spec'] }, want: 'spec' },
  ])('$name', ({ given, want }) => {
    expect(closestName(given.wanted, given.candidates)).toBe(want);
  });
});

describe('didYouMean', () => {
  it.each([
    { given: { wanted: 'Thng', candidates: ['Thing', 'Other'] }, want: ' Did you mean "Thing"?' },
    { given: { wanted: 'Zebra', candidates: ['Thing', 'Other'] }, want: '' },
  ])('$given.wanted among $given.candidates -> "$want"', ({ given, want }) => {
    expect(didYouMean(given.wanted, given.candidates)).toBe(want);
  });
});
