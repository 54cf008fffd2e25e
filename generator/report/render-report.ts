import type { ApiChange } from './diff-surface.js';

/**
 * The API change report, as Markdown (`--report FILE`) and as terminal lines. Names come
 * from the spec, so they are escaped for each medium: code spans that cannot be closed
 * early in Markdown, and no control characters (newlines, escape sequences) on a terminal.
 */

/** `response field "result.cost"`: the part of the subject that changed. */
function partName(c: ApiChange, quote: (text: string) => string): string {
  const field = c.field !== undefined ? quote(c.field) : '';
  switch (c.part) {
    case 'whole':
      return c.subjectKind === 'operation' ? 'method' : 'type';
    case 'arguments':
      return field ? `path argument ${field}` : 'path arguments';
    case 'param':
      return `param ${field}`;
    case 'returns':
      return 'resolved value';
    case 'response':
      return `response field ${field}`;
    case 'type':
      return 'type';
    case 'field':
      return `field ${field}`;
  }
}

/** `response field "result.cost" became optional`, without the subject. */
function describeChange(c: ApiChange, quote: (text: string) => string): string {
  const what = partName(c, quote);
  switch (c.change) {
    case 'added':
      return c.to !== undefined ? `${what} added (${quote(c.to)})` : `${what} added`;
    case 'removed':
      return c.part === 'whole' && c.from !== undefined ? `${what} removed (was ${quote(c.from)})` : `${what} removed`;
    case 'type-changed':
      return `${what} changed from ${quote(c.from ?? '')} to ${quote(c.to ?? '')}`;
    default:
      return `${what} ${c.change.replace('-', ' ')}`;
  }
}

function counts(changes: ApiChange[]): { breaking: number; other: number } {
  const breaking = changes.filter((c) => c.breaking).length;
  return { breaking, other: changes.length - breaking };
}

/** The whole report as a Markdown document. `baseline` names what was compared against. */
export function renderReportMarkdown(changes: ApiChange[] | undefined, baseline: string): string {
  const lines = ['# API changes', ''];
  if (changes === undefined) {
    lines.push(`There is no previous API surface at ${codeSpan(baseline)} to compare with (a first generation, or output from before sdkgen kept one), so no changes are reported.`, '');
    return lines.join('\n');
  }
  lines.push(`Compared with the previous generation's API surface, ${codeSpan(baseline)}.`, '');
  if (changes.length === 0) {
    lines.push('The public API did not change.', '');
    return lines.join('\n');
  }
  const { breaking, other } = counts(changes);
  lines.push(`**${breaking} breaking** and ${other} non-breaking ${changes.length === 1 ? 'change' : 'changes'}.`, '');
  for (const [title, list] of [
    ['Breaking changes', changes.filter((c) => c.breaking)],
    ['Non-breaking changes', changes.filter((c) => !c.breaking)],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const c of list) lines.push(`- ${codeSpan(c.subject)}: ${describeChange(c, codeSpan)}. ${capitalise(c.consequence)}.`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Terminal lines: a summary, then one line per change, breaking ones first. */
export function renderReportText(changes: ApiChange[] | undefined, baseline: string): string[] {
  if (changes === undefined) return [`sdkgen: no previous API surface at ${printable(baseline)}; no API change report`];
  if (changes.length === 0) return ['sdkgen: the public API did not change'];
  const { breaking, other } = counts(changes);
  const ordered = [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)];
  return [
    `sdkgen: API changes: ${breaking} breaking, ${other} non-breaking (compared with ${printable(baseline)})`,
    ...ordered.map((c) => `  ${c.breaking ? 'BREAKING    ' : 'non-breaking'}  ${printable(c.subject)}: ${describeChange(c, (t) => JSON.stringify(printable(t)))} (${c.consequence})`),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Spec text for a terminal: control and line-separator characters shown as escapes. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A Markdown code span that shows `text` literally: the fence is longer than any run of
 * backticks inside, and line breaks (which would end a list item) are shown as escapes.
 */
export function codeSpan(text: string): string {
  const flat = printable(text);
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
