/**
 * A cheap, conservative check for regular expressions that can backtrack
 * catastrophically: a quantified group that itself contains a quantifier, such as
 * `(a+)+` or `(\w*)*`. It flags, it does not prove; the pattern is still used.
 */
export function checkPatternSafety(pattern: string): string | undefined {
  const stack: { hasQuantifier: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip a character class; quantifiers inside it are literal.
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') stack.push({ hasQuantifier: false });
    else if (ch === ')') {
      const group = stack.pop();
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i + 1)));
      if (group?.hasQuantifier && quantified) return `nested quantifier at character ${i + 1}`;
      if (stack.length > 0 && (group?.hasQuantifier || quantified)) stack[stack.length - 1]!.hasQuantifier = true;
    } else if ((ch === '*' || ch === '+' || ch === '{') && stack.length > 0) {
      stack[stack.length - 1]!.hasQuantifier = true;
    }
  }
  return undefined;
}
