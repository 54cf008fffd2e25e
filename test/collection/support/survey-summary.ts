import type { DocumentResult } from './survey-pool.js';

/**
 * The survey's findings: counts, failures grouped by their first error message (with the
 * names and numbers in it blanked, so that one bug is one group), and times.
 */

export interface FailureGroup {
  /** `code: message` with quoted names and numbers replaced by `…` and `N`. */
  key: string;
  count: number;
  /** Up to five documents, the first as the example. */
  specs: string[];
  example: string;
}

export interface SurveySummary {
  documents: number;
  generated: number;
  inputErrors: number;
  internalErrors: number;
  crashed: number;
  timedOut: number;
  typeChecked: number;
  typeCheckFailed: number;
  /** Generated / documents, in percent. */
  generatedPercent: number;
  /** Type-checked / generated, in percent. */
  typeCheckedPercent: number;
  groups: { inputErrors: FailureGroup[]; internalErrors: FailureGroup[]; crashes: FailureGroup[]; typeCheck: FailureGroup[] };
  /** Documents with warnings, by warning code. */
  warnings: Record<string, { documents: number; total: number }>;
  times: { wallMs: number; generateMs: number; checkMs: number; generateP50Ms: number; generateP95Ms: number; slowest: { spec: string; generateMs: number; checkMs: number }[] };
}

/** Blanks the specifics of a message: quoted text, JSON pointers, numbers. */
export function normalize(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
    .replace(/#?\/[\w~%{}.\-/]+/g, '/…')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 200);
}

function group(entries: { key: string; spec: string; example: string }[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const { key, spec, example } of entries) {
    const found = groups.get(key);
    if (found) {
      found.count++;
      if (found.specs.length < 5) found.specs.push(spec);
    } else groups.set(key, { key, count: 1, specs: [spec], example });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((10_000 * part) / whole) / 100);

export function summarize(results: DocumentResult[], wallMs: number): SurveySummary {
  const generated = results.filter((r) => r.exit === 0);
  const checked = generated.filter((r) => r.check?.ok);
  const firstProblem = (r: DocumentResult) => r.problems[0] ?? { code: 'unknown', message: '' };
  const warnings: SurveySummary['warnings'] = {};
  for (const r of results) {
    for (const [code, n] of Object.entries(r.warnings)) {
      warnings[code] ??= { documents: 0, total: 0 };
      warnings[code].documents++;
      warnings[code].total += n;
    }
  }
  const generateTimes = results.map((r) => r.generateMs).sort((a, b) => a - b);
  return {
    documents: results.length,
    generated: generated.length,
    inputErrors: results.filter((r) => r.exit === 1).length,
    internalErrors: results.filter((r) => r.exit === 70).length,
    crashed: results.filter((r) => r.exit === 'crash').length,
    timedOut: results.filter((r) => r.exit === 'timeout').length,
    typeChecked: checked.length,
    typeCheckFailed: generated.length - checked.length,
    generatedPercent: percent(generated.length, results.length),
    typeCheckedPercent: percent(checked.length, generated.length),
    groups: {
      inputErrors: group(results.filter((r) => r.exit === 1).map((r) => ({ key: `${firstProblem(r).code}: ${normalize(firstProblem(r).message)}`, spec: r.spec, example: `${firstProblem(r).message}${firstProblem(r).pointer ? ` (at ${firstProblem(r).pointer})` : ''}` }))),
      internalErrors: group(results.filter((r) => r.exit === 70).map((r) => ({ key: `${normalize(firstProblem(r).message)} ${r.frames?.[0] ?? ''}`.trim(), spec: r.spec, example: [firstProblem(r).message, ...(r.frames ?? [])].join('\n') }))),
      crashes: group(results.filter((r) => r.exit === 'crash' || r.exit === 'timeout').map((r) => ({ key: `${r.exit}: ${normalize(firstProblem(r).message)}`, spec: r.spec, example: firstProblem(r).message }))),
      typeCheck: group(generated.filter((r) => !r.check?.ok).map((r) => ({ key: normalize((r.check?.first[0] ?? 'no result').replace(/^[^:]*\(\d+,\d+\): /, '')), spec: r.spec, example: (r.check?.first ?? []).join('\n') }))),
    },
    warnings,
    times: {
      wallMs: Math.round(wallMs),
      generateMs: results.reduce((t, r) => t + r.generateMs, 0),
      checkMs: results.reduce((t, r) => t + (r.checkMs ?? 0), 0),
      generateP50Ms: percentile(generateTimes, 50),
      generateP95Ms: percentile(generateTimes, 95),
      slowest: [...results]
        .sort((a, b) => b.generateMs + (b.checkMs ?? 0) - (a.generateMs + (a.checkMs ?? 0)))
        .slice(0, 10)
        .map((r) => ({ spec: r.spec, generateMs: r.generateMs, checkMs: r.checkMs ?? 0 })),
    },
  };
}

/** The summary as a plain-text table, for the terminal. */
export function renderSummary(s: SurveySummary): string {
  const rows: [string, string][] = [
    ['documents', String(s.documents)],
    ['generated (exit 0)', `${s.generated} (${s.generatedPercent} %)`],
    ['input errors (exit 1)', String(s.inputErrors)],
    ['internal errors (exit 70)', String(s.internalErrors)],
    ['crashed / timed out', `${s.crashed} / ${s.timedOut}`],
    ['strict tsc passes', `${s.typeChecked} of ${s.generated} (${s.typeCheckedPercent} %)`],
    ['wall time', `${(s.times.wallMs / 1000).toFixed(1)} s`],
    ['generation, CPU-side sum', `${(s.times.generateMs / 1000).toFixed(1)} s (p50 ${s.times.generateP50Ms} ms, p95 ${s.times.generateP95Ms} ms)`],
    ['type check, sum', `${(s.times.checkMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  const section = (title: string, groups: FailureGroup[]) => {
    if (groups.length === 0) return;
    lines.push('', `${title}:`);
    for (const g of groups) lines.push(`  ${String(g.count).padStart(5)}  ${g.key}`, `         e.g. ${g.specs.slice(0, 3).join(', ')}`);
  };
  section('internal errors (exit 70)', s.groups.internalErrors);
  section('crashes and timeouts', s.groups.crashes);
  section('input errors (exit 1), by first error', s.groups.inputErrors);
  section('tsc failures, by first error', s.groups.typeCheck);
  return lines.join('\n');
}
