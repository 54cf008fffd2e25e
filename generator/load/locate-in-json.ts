import { decodePointerSegment } from '../common/diagnostics.js';

type Position = { line: number; column: number };

/**
 * Finds where JSON pointers' values start in JSON text, for diagnostics, so that
 * `JSON.parse` stays the fast path for big specs. Each object or array is scanned at
 * most once: its members' offsets are remembered, so a thousand warnings under
 * `/components/schemas` in a 12 MB spec cost one pass, not a thousand.
 * A pointer resolves to the position of its deepest part that exists.
 */
export function jsonLocator(text: string): (pointer: string) => Position | undefined {
  const members = new Map<number, Map<string, { key: number; value: number }>>();
  let lineStarts: number[] | undefined;

  const membersAt = (pos: number) => {
    let found = members.get(pos);
    if (!found) members.set(pos, (found = text[pos] === '{' ? scanObject(text, pos) : scanArray(text, pos)));
    return found;
  };

  const lineColumn = (offset: number): Position => {
    lineStarts ??= computeLineStarts(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  return (pointer) => {
    const segments = pointer.split('/').slice(1).map(decodePointerSegment);
    let pos = skipWhitespace(text, 0);
    let best = pos;
    for (const segment of segments) {
      if (text[pos] !== '{' && text[pos] !== '[') break;
      const member = membersAt(pos).get(segment);
      if (member === undefined) break;
      best = member.key;
      pos = member.value;
    }
    return lineColumn(segments.length === 0 ? pos : best);
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Index just past the string literal starting at `pos`. */
function stringEnd(text: string, pos: number): number {
  let end = pos + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  return end + 1;
}

/** Index just past the JSON value starting at `pos`. */
function skipValue(text: string, pos: number): number {
  const ch = text[pos];
  if (ch === '"') return stringEnd(text, pos);
  if (ch === '{' || ch === '[') {
    let depth = 0;
    for (let i = pos; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) i = stringEnd(text, i) - 1;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  let end = pos;
  while (end < text.length && !/[\s,\]}]/.test(text[end]!)) end++;
  return end;
}

function scanObject(text: string, pos: number): Map<string, { key: number; value: number }> {
  const found = new Map<string, { key: number; value: number }>();
  pos = skipWhitespace(text, pos + 1);
  while (text[pos] === '"') {
    const keyStart = pos;
    const end = stringEnd(text, pos);
    const key = JSON.parse(text.slice(pos, end)) as string;
    const valueStart = skipWhitespace(text, skipWhitespace(text, end) + 1);
    // JSON.parse keeps the last of duplicate keys; so does this.
    found.set(key, { key: keyStart, value: valueStart });
    pos = skipWhitespace(text, skipValue(text, valueStart));
    if (text[pos] === ',') pos = skipWhitespace(text, pos + 1);
  }
  return found;
}

function scanArray(text: string, pos: number): Map<string, { key: number; value: number }> {
  const found = new Map<string, { key: number; value: number }>();
  pos = skipWhitespace(text, pos + 1);
  for (let i = 0; text[pos] !== ']' && pos < text.length; i++) {
    found.set(String(i), { key: pos, value: pos });
    pos = skipWhitespace(text, skipValue(text, pos));
    if (text[pos] === ',') pos = skipWhitespace(text, pos + 1);
  }
  return found;
}
