/**
 * Small measuring and printing helpers shared by the benchmark sections. No timing library:
 * every number is a median of several samples, taken with contenders interleaved so that a
 * burst of background load lands on all of them rather than on one.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export const QUICK = process.env.BENCH_QUICK === '1';
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Half the interquartile range, as a percentage of the median: the "±" printed next to a median. */
export function spreadPercent(values: readonly number[]): number {
  return ((quantile(values, 0.75) - quantile(values, 0.25)) / 2 / median(values)) * 100;
}

/** Rotates `items` by `round` places, so that each contender takes each position in turn. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Runs a full garbage collection when node was started with --expose-gc (the sections are). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export type Loop = (fn: (input: unknown) => unknown, input: unknown, iterations: number) => number;

/**
 * A fresh timing loop. Each contender gets its own, compiled separately, because one shared loop
 * would see several functions at its call site `fn(input)`, go megamorphic, and stop inlining:
 * the contender that happened to run first would be measured differently from the others.
 * (This is the benchmark harness, not code under test; the validators under test use no eval.)
 */
export function makeLoop(): Loop {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(
    'fn',
    'input',
    'iterations',
    `"use strict"; // ${Math.random()}
     let sink = 0;
     for (let i = 0; i < iterations; i++) if (fn(input)) sink++;
     return sink;`,
  ) as Loop;
}

/** What one timed run of a loop cost. */
export interface Timing {
  /** Wall-clock nanoseconds. */
  wallNs: number;
  /** Nanoseconds of CPU (user + system) the process used: on a shared, busy machine this is far
   * steadier than wall time, which also counts the time other processes held the core. */
  cpuNs: number;
}

/** Runs `iterations` calls of `fn(input)` through `loop` and says what that cost. */
export function timeLoop(loop: Loop, fn: (input: unknown) => unknown, input: unknown, iterations: number): Timing {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  loop(fn, input, iterations);
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  return { wallNs, cpuNs: (used.user + used.system) * 1000 };
}

/** How many iterations take about `targetMs`; warms the function up on the way. */
export function calibrate(loop: Loop, fn: (input: unknown) => unknown, input: unknown, targetMs: number): number {
  let iterations = 1;
  for (;;) {
    const ns = timeLoop(loop, fn, input, iterations).wallNs;
    if (ns >= targetMs * 1e6 * 0.25 || iterations >= 1e9) {
      return Math.max(1, Math.round((iterations * targetMs * 1e6) / Math.max(ns, 1)));
    }
    iterations *= ns < targetMs * 1e6 * 0.01 ? 10 : 2;
  }
}

// ---------------------------------------------------------------------------------------------
// printing

export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.round(n).toLocaleString('en-US');
}

export function formatRatio(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(2)} KB`;
}

export function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

/** A plain-text table; columns after the first are right-aligned unless `leftAligned` says so. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, leftAligned: readonly number[] = [0]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (leftAligned.includes(c) ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One goal's outcome, sent from a section's process to the orchestrator for the summary. */
export interface GoalResult {
  section: string;
  goal: string;
  measured: string;
  met: boolean;
}

/** Hands goal results to the orchestrator (run.ts) when there is one; a section run alone just prints. */
export function reportGoals(goals: readonly GoalResult[]): void {
  if (typeof process.send === 'function') process.send({ goals });
}

/** The 1, 5 and 15 minute load averages: how busy the machine was (2 cores here, shared). */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}
