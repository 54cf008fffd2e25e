/**
 * What a spec's naming hints say about the paths they name, lent to the operations they miss.
 * Where hinted operations put `access/bookmarks` under `zeroTrust.access.bookmarks`, the path
 * prefix `access` is `zeroTrust.access`, so an unhinted `access/idp_federation_grants` becomes
 * `zeroTrust.access.idpFederationGrants` rather than a resource of its own.
 */
export class BorrowedPrefixes {
  /** Path prefix (cased segments joined by `/`) -> resource prefix -> how many hints say so. */
  private readonly votes = new Map<string, Map<string, number>>();

  /**
   * Learns from one hinted operation: `statics` is its resource by the path rule (cased),
   * `resource` the hint's. Where the two end alike, the path's remaining prefix is the hint's,
   * and so is every longer prefix ending inside the common tail.
   */
  learn(statics: string[], resource: string[]): void {
    let common = 0;
    while (common < statics.length && common < resource.length && statics[statics.length - 1 - common] === resource[resource.length - 1 - common]) common++;
    // An empty path prefix would claim every path: keep at least one segment.
    const tail = Math.min(common, statics.length - 1);
    for (let j = statics.length - tail; j <= statics.length; j++) {
      const target = resource.slice(0, resource.length - (statics.length - j));
      const key = statics.slice(0, j).join('/');
      const counts = this.votes.get(key) ?? new Map<string, number>();
      const value = target.join('.');
      counts.set(value, (counts.get(value) ?? 0) + 1);
      this.votes.set(key, counts);
    }
  }

  /** `statics` with its longest learned prefix replaced by what the hints call it. */
  apply(statics: string[]): string[] {
    for (let j = statics.length; j > 0; j--) {
      const counts = this.votes.get(statics.slice(0, j).join('/'));
      if (!counts) continue;
      // The most common reading; a tie goes to the first in code-unit order, for determinism.
      const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      const prefix = best === '' ? [] : best.split('.');
      return [...prefix, ...statics.slice(j)];
    }
    return statics;
  }
}
