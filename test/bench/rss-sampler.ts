/**
 * How much a process's resident set grew while something ran: the peak RSS, sampled every 2 ms
 * and from getrusage when that rose, minus the RSS just before (after a full GC, when node runs
 * with --expose-gc). The same way test/wire/support/memory-client.ts measures uploads.
 */
export interface RssSampler {
  /** The resident set when sampling started, in bytes. */
  readonly before: number;
  /** Stops sampling; the growth in bytes. */
  stop(): number;
}

export function startRssSampler(): RssSampler {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  // getrusage's peak also covers the moments the sampler misses; but Linux carries it across exec
  // from the process that spawned this one, so it counts only if it rose here.
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = before;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 2);
  return {
    before,
    stop() {
      clearInterval(timer);
      sampled = Math.max(sampled, process.memoryUsage.rss());
      const maxAfter = process.resourceUsage().maxRSS * 1024;
      const peak = maxAfter > maxBefore ? Math.max(sampled, maxAfter) : sampled;
      return peak - before;
    },
  };
}
