import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, isScalar, parseDocument, type Node } from 'yaml';
import { decodePointerSegment, type Diagnostics } from '../diagnostics.js';
import { locateInJson } from './locate-in-json.js';

/** A parsed YAML or JSON file that can map JSON pointers back to line:col. */
export interface LoadedDocument {
  file: string;
  value: unknown;
  locate(pointer: string): { line: number; column: number } | undefined;
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
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String((error as Error).message);
    diagnostics.error('file-unreadable', `Cannot read this file: ${reason}.`, { file });
    return undefined;
  }
  return file.endsWith('.json') ? parseJson(file, text, diagnostics) : parseYaml(file, text, diagnostics);
}

function parseJson(file: string, text: string, diagnostics: Diagnostics): LoadedDocument | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return { file, value, locate: (pointer) => locateInJson(text, pointer) };
  } catch (error) {
    const offset = jsonErrorOffset(text, String((error as Error).message));
    const { line, column } = lineColumnAt(text, offset);
    const reason = String((error as Error).message).replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
    diagnostics.error('json-syntax', `Invalid JSON: ${reason}. Fix the syntax at this position.`, { file, line, column });
    return undefined;
  }
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

function parseYaml(file: string, text: string, diagnostics: Diagnostics): LoadedDocument | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      diagnostics.error('yaml-syntax', `Invalid YAML: ${reason}.`, { file, line, column: col });
    }
    return undefined;
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  const locate = (pointer: string) => {
    const node = findYamlNode(doc.contents, pointer);
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  return { file, value, locate };
}

/** The deepest node on the pointer's path (so a missing key points at its parent). */
function findYamlNode(root: Node | null, pointer: string): Node | undefined {
  let node: Node | null = root;
  let found: Node | undefined = root ?? undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodePointerSegment(raw);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return found;
      // Point at the key, which is where a reader looks for "this property".
      found = (pair.key as Node | null) ?? found;
      node = pair.value as Node | null;
      if (node && !isScalar(node)) found = node;
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
