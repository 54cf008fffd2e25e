import { dirname, resolve } from 'node:path';
import { decodePointerSegment, type Diagnostics } from '../diagnostics.js';
import { readDocument, type LoadedDocument } from './read-document.js';

/** A value found by following a pointer, and where it is. */
export interface Located<T = unknown> {
  value: T;
  file: string;
  pointer: string;
}

/**
 * The root spec file plus every file its `$ref`s reach, loaded on first use.
 * `$ref`s are kept, not inlined: the model decides what becomes a named type.
 */
export class DocumentSet {
  private readonly documents = new Map<string, LoadedDocument | undefined>();

  constructor(readonly diagnostics: Diagnostics) {
    diagnostics.locator = (file, pointer) => this.documents.get(file)?.locate(pointer);
  }

  /** Loads a file (once); `undefined` if it could not be read or parsed. */
  load(file: string): LoadedDocument | undefined {
    const path = resolve(file);
    if (!this.documents.has(path)) this.documents.set(path, readDocument(path, this.diagnostics));
    return this.documents.get(path);
  }

  /** The value at `pointer` in `file`, or `undefined` when the path does not exist. */
  get(file: string, pointer: string): unknown {
    let value: unknown = this.load(file)?.value;
    for (const raw of pointer.split('/').slice(1)) {
      if (value === null || typeof value !== 'object') return undefined;
      const key = decodePointerSegment(raw);
      if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  /**
   * Resolves a `$ref` string found at (`file`, `pointer`) to its target location.
   * Reports a dangling or malformed ref and returns `undefined`.
   */
  resolveRef(ref: string, from: { file: string; pointer: string }): Located | undefined {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
      this.diagnostics.error('ref-remote', `The $ref "${ref}" points to a URL; sdkgen only reads local files. Download it next to the spec and reference it by relative path.`, { file: from.file, pointer: from.pointer + '/$ref' });
      return undefined;
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      this.diagnostics.error('ref-malformed', `The $ref "${ref}" has a fragment that is not a JSON pointer; write it as "#/components/schemas/Name".`, { file: from.file, pointer: from.pointer + '/$ref' });
      return undefined;
    }
    const file = filePart === '' ? from.file : resolve(dirname(from.file), decodeURI(filePart));
    const pointer = safeDecodeURIComponent(fragment);
    if (!this.load(file)) {
      if (file !== from.file) this.diagnostics.error('ref-dangling', `The $ref "${ref}" points to a file that could not be loaded.`, { file: from.file, pointer: from.pointer + '/$ref' });
      return undefined;
    }
    const value = this.get(file, pointer);
    if (value === undefined) {
      this.diagnostics.error('ref-dangling', `The $ref "${ref}" points to nothing: "${pointer}" does not exist in ${file === from.file ? 'this file' : file}. Check the name for typos.`, { file: from.file, pointer: from.pointer + '/$ref' });
      return undefined;
    }
    return { value, file, pointer };
  }
}

/**
 * Follows a chain of `$ref`s (a ref to a ref is allowed) from an object at `at` to the
 * object it finally names. `undefined` when a ref dangles (already reported).
 */
export function followRefs(documents: DocumentSet, value: unknown, at: { file: string; pointer: string }): Located<Record<string, unknown>> | undefined {
  let current = { value, ...at };
  for (let hops = 0; hops < 20; hops++) {
    const object = current.value as Record<string, unknown> | undefined;
    if (!object || typeof object.$ref !== 'string') return { ...current, value: object as Record<string, unknown> };
    const target = documents.resolveRef(object.$ref, current);
    if (!target) return undefined;
    current = target;
  }
  return { ...current, value: current.value as Record<string, unknown> };
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
