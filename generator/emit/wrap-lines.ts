/**
 * Breaks lines of generated TypeScript that run past `width` columns, the way prettier prints
 * them: a bracket group (an import list, a parameter list, call arguments, an object or array
 * literal, an inline object type) becomes one item per line; a long condition breaks after its
 * `||`/`&&`; a long union type alias puts each member on a line of its own. A line none of these
 * shortens (a long string literal, a comment) is left as it is.
 *
 * The emitters print one statement per line and pass the result through this, so the output
 * reads like formatted code without running prettier over megabytes of it. Only whitespace
 * moves, plus prettier's trailing comma after the last item of a broken comma list
 * (test/emit/wrap-lines.test.ts checks that the wrapped text is the same program).
 */

export const LINE_WIDTH = 100;

export function wrapLines(text: string, width = LINE_WIDTH): string {
  if (!hasLongLine(text, width)) return text;
  // Walks the lines in place and copies the text between the lines it breaks: most of a module
  // is short lines, and splitting megabytes into lines to join them again costs more than the breaking.
  let nextBacktick = text.indexOf('`');
  let out = '';
  let copied = 0;
  let inTemplate = false;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // A line inside a multi-line template literal is string content: never touched.
    if (!inTemplate && end - start > width) {
      const line = text.slice(start, end);
      const wrapped = wrapLine(line, width);
      if (wrapped.length > 1) {
        out += text.slice(copied, start) + wrapped.join('\n');
        copied = end;
      }
    }
    if (nextBacktick !== -1 && nextBacktick < start) nextBacktick = text.indexOf('`', start);
    if (nextBacktick !== -1 && nextBacktick < end && opensOrClosesTemplate(text.slice(start, end))) inTemplate = !inTemplate;
    start = end + 1;
  }
  return out + text.slice(copied);
}

function hasLongLine(text: string, width: number): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > width) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

/** A bracket pair closed on the line, with the separators directly inside it. */
interface Group {
  open: number;
  close: number;
  /** How many generic `<` were open where the group opened: its separators are at that depth. */
  angles: number;
  commas: number[];
  semicolons: number[];
  /** Positions of `||` and `&&`. */
  logical: number[];
}

interface Scan {
  groups: Group[];
  /** ` | ` outside every bracket. */
  unionBars: number[];
  /** The first ` = ` outside every bracket, or -1. */
  assignment: number;
}

function wrapLine(line: string, width: number): string[] {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return [line];
  const indent = line.slice(0, line.length - trimmed.length);
  const scan = scanLine(line);
  if (!scan) return [line];
  const broken = breakUnion(line, indent, scan) ?? breakGroup(line, indent, scan, width);
  if (!broken) return [line];
  return broken.flatMap((l) => (l.length > width ? wrapLine(l, width) : [l]));
}

/**
 * The line's bracket groups and separators, outside strings, comments and regular expressions.
 * A line may open a block it does not close (`export function f(...): R {`) or close one it did
 * not open (`}, options);`): those brackets are not groups. `undefined` when a string does not
 * end on the line (it is part of a longer literal): such a line is not touched.
 */
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function scanLine(line: string): Scan | undefined {
  const stack: Group[] = [];
  const groups: Group[] = [];
  const unionBars: number[] = [];
  let assignment = -1;
  // Type arguments (`Record<string, X>`): a `<` right after a name opens them, a `>` right after
  // something that is not a space or `=` closes them; ` < ` and ` > ` are comparisons and `=>` an arrow.
  let angles = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '<' && /[\w$]/.test(line[i - 1] ?? '')) {
      angles++;
    } else if (ch === '>' && angles > 0 && !/[\s=]/.test(line[i - 1] ?? ' ')) {
      angles--;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = stringEnd(line, i);
      if (i < 0) return undefined;
    } else if (ch === '/' && line[i + 1] === '/') {
      break;
    } else if (ch === '/' && line[i + 1] === '*') {
      i = line.indexOf('*/', i + 2) + 1;
      if (i <= 0) return undefined;
    } else if (ch === '/' && startsRegex(line, i)) {
      i = regexEnd(line, i);
      if (i < 0) return undefined;
    } else if (CLOSER[ch]) {
      stack.push({ open: i, close: -1, angles, commas: [], semicolons: [], logical: [] });
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const group = stack.pop();
      if (group && CLOSER[line[group.open]!] === ch) {
        group.close = i;
        groups.push(group);
      } else {
        // A closer of an earlier line's bracket: what came before it on this line is not a group.
        stack.length = 0;
      }
    } else if (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (angles !== top.angles) continue;
      if (ch === ',') top.commas.push(i);
      else if (ch === ';') top.semicolons.push(i);
      else if ((ch === '|' && line[i + 1] === '|') || (ch === '&' && line[i + 1] === '&')) top.logical.push(i++);
    } else if (angles > 0) {
      continue;
    } else if (ch === '|' && line[i - 1] === ' ' && line[i + 1] === ' ') {
      unionBars.push(i);
    } else if (ch === '=' && assignment < 0 && line[i - 1] === ' ' && line[i + 1] === ' ') {
      assignment = i;
    }
  }
  return { groups, unionBars, assignment };
}

/** Index of the quote that ends the string starting at `start`, or -1 when it does not end on the line. */
function stringEnd(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  return -1;
}

/** A `/` begins a regular expression literal where an operand is expected. */
function startsRegex(line: string, i: number): boolean {
  let end = i;
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  if (end === 0 || '(,=:[!&|?{};'.includes(line[end - 1]!)) return true;
  return end >= 6 && line.startsWith('return', end - 6) && (end === 6 || !/[\w$]/.test(line[end - 7]!));
}

function regexEnd(line: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i;
  }
  return -1;
}

/** A statement keyword right before `(`: what follows is a condition, not arguments (`\b` is the word's start, when the keyword is not the whole slice). */
const CONTROL_KEYWORD = /(^|\W)(if|for|while|switch|catch)$/;

type Separated = { kind: 'comma' | 'semicolon' | 'logical'; at: number[] };

/** The separators a group breaks at: commas; else `;` in an object type; else `||`/`&&` in parentheses. */
function separatorsOf(line: string, group: Group): Separated | undefined {
  if (group.commas.length > 0) return { kind: 'comma', at: group.commas };
  if (group.semicolons.length > 0 && line[group.open] === '{') return { kind: 'semicolon', at: group.semicolons };
  if (group.logical.length > 0 && line[group.open] === '(') return { kind: 'logical', at: group.logical };
  return undefined;
}

/**
 * Breaks the widest group that has separators and opens within the width (usually the one that
 * holds most of the line: the parameter list of a signature, the braces of an import), one item
 * per line, indented two spaces deeper; the closing bracket starts the last line.
 */
function breakGroup(line: string, indent: string, scan: Scan, width: number): string[] | undefined {
  const widestFirst = (a: { group: Group }, b: { group: Group }) => b.group.close - b.group.open - (a.group.close - a.group.open) || a.group.open - b.group.open;
  const opening = scan.groups.filter((g) => g.open < width);
  const separated = opening
    .map((g) => ({ group: g, separated: separatorsOf(line, g) }))
    .filter((c): c is { group: Group; separated: Separated } => c.separated !== undefined)
    .sort(widestFirst);
  // Else the arguments or parameters of a call or signature, as one item (`f(\n  value: unknown,\n)`);
  // not a condition's parentheses (`if (...)`), which have nothing to break at.
  const single = opening
    .filter((g) => line[g.open] === '(' && g.close > g.open + 1 && /[\w$)]/.test(line[g.open - 1] ?? '') && !CONTROL_KEYWORD.test(line.slice(Math.max(0, g.open - 7), g.open)))
    .map((g) => ({ group: g, separated: { kind: 'comma' as const, at: [] } }))
    .sort(widestFirst);
  const chosen = separated[0] ?? single[0];
  if (!chosen) return undefined;
  const { group } = chosen;
  const separators = chosen.separated;
  const items: string[] = [];
  let start = group.open + 1;
  for (const at of separators.at) {
    // A condition keeps its operator at the end of the line it ends; a list drops its comma (re-added below).
    const end = separators.kind === 'logical' ? at + 2 : at + 1;
    items.push(line.slice(start, separators.kind === 'logical' ? end : at).trim());
    start = end;
  }
  const last = line.slice(start, group.close).trim();
  if (last !== '') items.push(last);
  const inner = `${indent}  `;
  const lines = [line.slice(0, group.open + 1).trimEnd()];
  items.forEach((item, i) => {
    if (separators.kind === 'logical') lines.push(`${inner}${item}`);
    else if (separators.kind === 'semicolon') lines.push(`${inner}${item}${item.endsWith(';') ? '' : ';'}`);
    // A trailing comma after a rest parameter or rest element is a syntax error.
    else lines.push(`${inner}${item}${i === items.length - 1 && item.startsWith('...') ? '' : ','}`);
  });
  lines.push(`${indent}${line.slice(group.close)}`);
  return lines;
}

/** `type X = A | B | C;` -> `type X =` and one `  | A` line per member, when the union is outside every bracket. */
function breakUnion(line: string, indent: string, scan: Scan): string[] | undefined {
  // After `type X =`, or after the colon of a property signature (`key?: 'a' | 'b';`).
  const property = /^\s*(readonly\s+)?([\w$]+|'(?:[^'\\]|\\.)*')\??:\s/.exec(line);
  const after = /^\s*(export\s+)?type\s/.test(line) && scan.assignment >= 0 ? scan.assignment : property ? property[0].trimEnd().length - 1 : -1;
  if (after < 0) return undefined;
  const bars = scan.unionBars.filter((b) => b > after);
  if (bars.length === 0) return undefined;
  const members: string[] = [];
  let start = after + 1;
  for (const bar of bars) {
    members.push(line.slice(start, bar).trim());
    start = bar + 1;
  }
  const rest = line.slice(start).trim();
  const semicolon = rest.endsWith(';') ? ';' : '';
  members.push(semicolon ? rest.slice(0, -1).trimEnd() : rest);
  return [line.slice(0, after + 1).trimEnd(), ...members.map((m, i) => `${indent}  | ${m}${i === members.length - 1 ? semicolon : ''}`)];
}

/** Whether the line has an odd number of backticks outside other strings and comments. */
function opensOrClosesTemplate(line: string): boolean {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '`') count++;
    else if (count % 2 === 0 && (ch === "'" || ch === '"')) {
      const end = stringEnd(line, i);
      if (end < 0) return false;
      i = end;
    } else if (count % 2 === 0 && ch === '/' && line[i + 1] === '/') break;
  }
  return count % 2 === 1;
}
