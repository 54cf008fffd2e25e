import { checkPatternSafety } from '../../../generator/emit/validators/pattern-safety.js';

describe('checkPatternSafety', () => {
  const rows: { given: string; want: string | undefined }[] = [
    { given: '(a+)+', want: 'nested quantifier at character 4' },
    { given: '^(\\w*)*$', want: 'nested quantifier at character 6' },
    { given: '(a+){2,}', want: 'nested quantifier at character 4' },
    { given: '((a+))+', want: 'nested quantifier at character 6' },
    { given: '(a{1,3})+', want: 'nested quantifier at character 8' },
    { given: '(a+)', want: undefined },
    { given: 'a+b*', want: undefined },
    { given: '(ab)+', want: undefined },
    { given: '(a+){2}', want: undefined },
    { given: '[(a+)+]', want: undefined },
    { given: '\\(a+\\)+', want: undefined },
  ];
  for (const { given, want } of rows) {
    it(`${given}: ${want ?? 'not flagged'}`, () => {
      expect(checkPatternSafety(given)).toBe(want);
    });
  }

  it('flags rather than proves: a repeat that a literal delimits is safe, and flagged all the same', () => {
    expect(checkPatternSafety('^[a-z0-9-]+(\\.[a-z0-9-]+)*$')).toBe('nested quantifier at character 25');
  });
});
