import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, isScalar, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import { decodePointerSegment, type Diagnostics } from '../common/diagnostics.js';
import { jsonLocator } from './locate-in-json.js';

/** A parsed YAML or JSON file that can map JSON pointers back to line:col. */
export interface LoadedDocument {
  file: string;
  value: unknown;
  /** Where the value at `pointer` is (for a key in a mapping: the key). */
  locate(pointer: string): { line: number; column: number } | undefined;
  /** Where the key that holds `pointer` is, even when its value is a mapping or list. */
  locateKey(pointer: string): { line: number; column: number } | undefined;
}

/**
 * Reads a YAML or JSON file. JSON goes through `JSON.parse` (fast on 10+ MB specs) and
 * is located lazily by a scanner; YAML keeps its node tree for positions.
 * Syntax errors are reported with their position, and `undefined` is returned.
 */
export function readDocument(file: string, diagnostics: Diagnostics): LoadedDocument | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    diagnostics.error('file-unreadable', `Cannot read this file: ${unreadableReason(error)}. Check the path that names it.`, { file });
    return undefined;
  }
  return file.endsWith('.json') ? parseJson(file, text, diagnostics) : parseYaml(file, text, diagnostics);
}

/** "the file does not exist", "it is a directory", ... for a failed read. */
function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return String((error as Error).message);
}

function parseJson(file: string, text: string, diagnostics: Diagnostics): LoadedDocument | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const locate = jsonLocator(text);
    return { file, value, locate, locateKey: locate };
  } catch (error) {
    const message = String((error as Error).message);
    const offset = jsonErrorOffset(text, message);
    const { line, column } = lineColumnAt(text, offset);
    const reason = message.replace(/^JSON\.parse: /, '').replace(/,? (?:in JSON )?at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
    diagnostics.error('json-syntax', `Invalid JSON: ${reason}${jsonHint(text, offset, reason)}.`, { file, line, column });
    return undefined;
  }
}

/** A likely cause for the common JSON mistakes. */
function jsonHint(text: string, offset: number, reason: string): string {
  if (offset >= text.trimEnd().length) return '; the file ends before every { and [ is closed';
  if (text[offset] === "'") return '; JSON strings and keys need double quotes';
  if ((text[offset] === '}' || text[offset] === ']') && text.slice(0, offset).trimEnd().endsWith(',')) return '; remove the trailing comma before it';
  if (/^Expected ',' or '[}\]]'/.test(reason)) return '; a comma is missing between two entries';
  return '; fix the syntax at this position';
}

function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return text.length;
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** What is wrong, in one plain sentence, and where (which may be before where the parser gave up). */
function describeYamlError(error: YAMLError, text: string): { message: string; offset: number } {
  const reason = stripYamlPosition(error.message);
  const at = error.pos[0];
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(at))![0].trim().replace(/^(["'])(.*)\1$/, '$2');
      return { message: `The key ${JSON.stringify(key)} appears twice in the same mapping; remove or rename one of them`, offset: at };
    }
    case 'TAB_AS_INDENT':
      return { message: 'A tab indents this line; YAML indentation must use spaces', offset: at };
    case 'MISSING_CHAR':
    case 'BAD_INDENT': {
      const open = unclosedBefore(text, at);
      if (open !== undefined) {
        const ch = text[open]!;
        const message = ch === '{' || ch === '[' ? `This "${ch}" is never closed; add the matching "${ch === '{' ? '}' : ']'}"` : `This quoted string is never closed; add the closing ${ch}`;
        return { message, offset: open };
      }
      return { message: `${reason}; check the indentation here and on the next line`, offset: at };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: `${reason}; check the indentation here and on the next line (entries of one mapping line up, nested ones indent further), and quote values that contain ": "`, offset: at };
    case 'BAD_SCALAR_START':
      return { message: `${reason}; quote the value`, offset: at };
    case 'MULTIPLE_DOCS':
      return { message: 'The file holds more than one YAML document (a "---" line); keep one document per file', offset: at };
    default:
      return { message: reason, offset: at };
  }
}

/**
 * The offset of the first quote, `{` or `[` before `end` that is never closed, scanning as
 * YAML does: quotes and brackets only count where a value starts, `#` starts a comment.
 */
function unclosedBefore(text: string, end: number): number | undefined {
  const flows: number[] = [];
  const valueStart = (i: number) => {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    return j < 0 || '\n:-[{,?'.includes(text[j]!);
  };
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < end && text[i] !== '\n') i++;
    } else if ((ch === '"' || ch === "'") && valueStart(i)) {
      let j = i + 1;
      for (; j < text.length; j++) {
        if (ch === '"' && text[j] === '\\') j++;
        else if (text[j] === ch && !(ch === "'" && text[j + 1] === "'")) break;
        else if (ch === "'" && text[j] === "'") j++;
      }
      if (j >= text.length) return i;
      i = j;
    } else if ((ch === '{' || ch === '[') && (flows.length > 0 || valueStart(i))) {
      flows.push(i);
    } else if ((ch === '}' || ch === ']') && flows.length > 0) {
      flows.pop();
    }
  }
  return flows[0];
}

function stripYamlPosition(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function parseYaml(file: string, text: string, diagnostics: Diagnostics): LoadedDocument | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One mistake often produces several errors at the same spot; the first says it best.
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const { message, offset } = describeYamlError(error, text);
      const { line, col } = lineCounter.linePos(offset);
      if (seen.has(`${line}:${col}`)) continue;
      seen.add(`${line}:${col}`);
      diagnostics.error('yaml-syntax', `Invalid YAML: ${message}.`, { file, line, column: col });
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // An alias to an anchor that does not exist, or an alias bomb.
    const message = String((error as Error).message);
    const reason = /Excessive alias count/.test(message)
      ? 'its aliases (*name) expand to too much data; write the repeated parts out or use $ref'
      : `${message.replace(/\.$/, '')}; define the &anchor before the *alias that uses it`;
    diagnostics.error('yaml-syntax', `Invalid YAML: ${reason}.`, { file, ...aliasPosition(doc, lineCounter) });
    return undefined;
  }
  const position = (node: Node | undefined) => {
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  return {
    file,
    value,
    locate: (pointer) => position(findYamlNode(doc.contents, pointer, false)),
    locateKey: (pointer) => position(findYamlNode(doc.contents, pointer, true)),
  };
}

/** The first alias whose anchor is missing (else the first alias): where alias errors are. */
function aliasPosition(doc: Document, lineCounter: LineCounter): { line?: number; column?: number } {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      first ??= node;
      if (node.resolve(doc) === undefined) {
        unresolved = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const node = unresolved ?? first;
  if (!node?.range) return {};
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line, column: col };
}

/**
 * The deepest node on the pointer's path (so a missing key points at its parent). For a
 * key in a mapping, scalar values are located at the key, which is where a reader looks
 * for "this property"; with `preferKey` every value is.
 */
function findYamlNode(root: Node | null, pointer: string, preferKey: boolean): Node | undefined {
  let node: Node | null = root;
  let found: Node | undefined = root ?? undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodePointerSegment(raw);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return found;
      found = (pair.key as Node | null) ?? found;
      node = pair.value as Node | null;
      if (node && !isScalar(node) && !preferKey) found = node;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) return found;
      node = item;
      found = item;
    } else {
      return found;
    }
  }
  return found;
}
