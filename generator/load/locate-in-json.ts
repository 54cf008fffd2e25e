import { decodePointerSegment } from '../diagnostics.js';
import { lineColumnAt } from './read-document.js';

/**
 * Finds where a JSON pointer's value starts in JSON text, scanning only as far as
 * needed. Used for diagnostics, so `JSON.parse` stays the fast path for big specs.
 * Returns the position of the deepest part of the pointer that exists.
 */
export function locateInJson(text: string, pointer: string): { line: number; column: number } | undefined {
  const segments = pointer.split('/').slice(1).map(decodePointerSegment);
  let pos = skipWhitespace(text, 0);
  let best = pos;
  for (const segment of segments) {
    const ch = text[pos];
    if (ch === '{') {
      const keyPos = findKey(text, pos, segment);
      if (keyPos === undefined) break;
      best = keyPos.key;
      pos = keyPos.value;
    } else if (ch === '[') {
      const itemPos = findItem(text, pos, Number(segment));
      if (itemPos === undefined) break;
      best = pos = itemPos;
    } else {
      break;
    }
  }
  return lineColumnAt(text, segments.length === 0 ? pos : best);
}

function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}

function readString(text: string, pos: number): { value: string; end: number } {
  let end = pos + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  return { value: JSON.parse(text.slice(pos, end + 1)) as string, end: end + 1 };
}

/** Index just past the JSON value starting at `pos`. */
function skipValue(text: string, pos: number): number {
  const ch = text[pos];
  if (ch === '"') return readString(text, pos).end;
  if (ch === '{' || ch === '[') {
    let depth = 0;
    for (let i = pos; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        i = readString(text, i).end - 1;
      } else if (c === '{' || c === '[') {
        depth++;
      } else if (c === '}' || c === ']') {
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

function findKey(text: string, pos: number, key: string): { key: number; value: number } | undefined {
  pos = skipWhitespace(text, pos + 1);
  while (text[pos] === '"') {
    const keyStart = pos;
    const { value, end } = readString(text, pos);
    const valueStart = skipWhitespace(text, skipWhitespace(text, end) + 1);
    if (value === key) return { key: keyStart, value: valueStart };
    pos = skipWhitespace(text, skipValue(text, valueStart));
    if (text[pos] === ',') pos = skipWhitespace(text, pos + 1);
  }
  return undefined;
}

function findItem(text: string, pos: number, index: number): number | undefined {
  pos = skipWhitespace(text, pos + 1);
  for (let i = 0; text[pos] !== ']' && pos < text.length; i++) {
    if (i === index) return pos;
    pos = skipWhitespace(text, skipValue(text, pos));
    if (text[pos] === ',') pos = skipWhitespace(text, pos + 1);
  }
  return undefined;
}
