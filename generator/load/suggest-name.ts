/**
 * "Did you mean ...?" for diagnostics: the closest of the names that do exist, when one is
 * close enough to be a likely typo of the name that was written.
 */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the name (at least 1, at most 3 edits) is a typo; more is a different name,
  // and so is a name with every character replaced (`A` is not `0`).
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  if (best !== undefined && bestDistance <= allowed && bestDistance < Math.max(wanted.length, best.length)) return best;
  // A name cut short (`clientClass` for `clientClassName`) is a likely slip too.
  if (wanted.length < 4) return undefined;
  return list.filter((c) => c.length > wanted.length && c.toLowerCase().startsWith(lower)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

/** ` Did you mean "x"?` or ''. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const name = closestName(wanted, candidates);
  return name === undefined ? '' : ` Did you mean "${name}"?`;
}

/** Levenshtein distance, with a transposition counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
