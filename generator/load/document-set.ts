import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { decodePointerSegment, encodePointerSegment, type Diagnostic, type Diagnostics } from '../common/diagnostics.js';
import { readDocument, type LoadedDocument } from './read-document.js';
import { closestName } from './suggest-name.js';

/** A value found by following a pointer, and where it is. */
export interface Located<T = unknown> {
  value: T;
  file: string;
  pointer: string;
}

/**
 * How a `$ref` to a missing file or pointer is reported where a fallback is safe (the
 * policy is in common/diagnostics.ts): a warning saying what is `assumed` instead of an
 * error. Remote, malformed and looping `$ref`s stay errors.
 */
export interface RefFallback {
  assumed: string;
  /** The diagnostic code; `ref-dangling` by default. */
  code?: string;
  /** Told the fallback's diagnostic (also when it was reported before), to document or escalate it. */
  onFallback?: (d: Diagnostic) => void;
}

export interface RefOptions {
  /** Where the `$ref` string itself is; `<from.pointer>/$ref` by default (a mapping value is the string itself). */
  refPointer?: string;
  /** How messages name the reference; `The $ref "<ref>"` by default. */
  subject?: string;
  fallback?: RefFallback;
}

/**
 * The root spec file plus every file its `$ref`s reach, loaded on first use.
 * `$ref`s are kept, not inlined: the model decides what becomes a named type.
 */
export class DocumentSet {
  private readonly documents = new Map<string, LoadedDocument | undefined>();
  /** Cycles of `$ref`s already reported, by their sorted members. */
  private readonly reportedCycles = new Set<string>();
  /** `$ref` problems already reported, so the model and `checkRefs` do not report one twice. */
  private readonly reportedRefs = new Map<string, Diagnostic | undefined>();

  /** `onRead` is told the path of every file read (for `--watch`). */
  constructor(
    readonly diagnostics: Diagnostics,
    private readonly onRead?: (file: string) => void,
  ) {
    const previous = diagnostics.locator;
    diagnostics.locator = (file, pointer) => this.documents.get(file)?.locate(pointer) ?? previous(file, pointer);
  }

  /** Loads a file (once); `undefined` if it could not be read or parsed. */
  load(file: string): LoadedDocument | undefined {
    const path = resolve(file);
    if (!this.documents.has(path)) {
      this.onRead?.(path);
      if (!existsSync(path)) {
        this.diagnostics.error('file-unreadable', `The spec file ${basename(path)} does not exist. Check the "spec" path in the config (it is relative to the config file) or the --spec argument.`, { file: path });
        this.documents.set(path, undefined);
      } else {
        this.documents.set(path, readDocument(path, this.diagnostics));
      }
    }
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
   * Reports a dangling, malformed or endlessly looping ref and returns `undefined`.
   */
  resolveRef(ref: string, from: { file: string; pointer: string }, options: RefOptions = {}): Located | undefined {
    const target = this.resolveOne(ref, from, true, options);
    if (!target) return undefined;
    if (this.inRefCycle(target)) return undefined;
    return target;
  }

  /**
   * Resolves every `$ref` in every loaded file, so that one the model never follows (in an
   * error response, an unused component) is still reported when it dangles or loops.
   * Literal data (`example`, `default`, `enum`, `const`, example `value`s, `x-` extensions)
   * is not searched: a `$ref` key there is data, not a reference. A missing target found
   * only here is a fallback: no generated code depends on it.
   */
  checkRefs(): void {
    const done = new Set<string>();
    for (let pending = [...this.documents.keys()]; pending.length > 0; pending = [...this.documents.keys()].filter((f) => !done.has(f))) {
      for (const file of pending) {
        done.add(file);
        const document = this.documents.get(file);
        if (document) this.checkRefsIn(document.value, file, '');
      }
    }
  }

  /** Walks with its own stack: a hostile spec nested thousands of levels deep must not overflow the call stack. */
  private checkRefsIn(root: unknown, file: string, rootPointer: string): void {
    const stack: Array<[unknown, string]> = [[root, rootPointer]];
    while (stack.length > 0) {
      const [value, pointer] = stack.pop()!;
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`]);
        continue;
      }
      const record = value as Record<string, unknown>;
      if (typeof record.$ref === 'string') this.resolveRef(record.$ref, { file, pointer }, { fallback: UNUSED_REF });
      const entries = Object.entries(record).filter(([key]) => !LITERAL_KEYS.has(key) && !key.startsWith('x-'));
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        stack.push([item, `${pointer}/${encodePointerSegment(key)}`]);
      }
    }
  }

  /** One hop of a `$ref`; reports problems only when `report` is set. */
  private resolveOne(ref: string, from: { file: string; pointer: string }, report: boolean, options: RefOptions = {}): Located | undefined {
    const at = { file: from.file, pointer: options.refPointer ?? from.pointer + '/$ref' };
    const fallback = options.fallback;
    const subject = options.subject ?? `The $ref ${JSON.stringify(ref)}`;
    /** `missing`: the target file or pointer does not exist, where a fallback may apply. */
    const error = (code: string, message: string, missing = false) => {
      const key = `${at.file}#${at.pointer}`;
      if (!report) return;
      if (this.reportedRefs.has(key)) {
        const earlier = this.reportedRefs.get(key);
        if (earlier?.assumed !== undefined && missing) fallback?.onFallback?.(earlier);
        return;
      }
      if (fallback && missing) {
        const d = this.diagnostics.fallback(fallback.code ?? code, message, fallback.assumed, at);
        this.reportedRefs.set(key, d);
        fallback.onFallback?.(d);
      } else {
        this.reportedRefs.set(key, undefined);
        this.diagnostics.error(code, message, at);
      }
    };
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
      error('ref-remote', `${subject} points to a URL; sdkgen only reads local files. Download it next to the spec and reference it by relative path.`);
      return undefined;
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      error('ref-malformed', `${subject} has a fragment that is not a JSON pointer; write it as "#/${fragment.replace(/^\/?/, '')}".`);
      return undefined;
    }
    const file = filePart === '' ? from.file : resolve(dirname(from.file), safeDecodeURI(filePart));
    const pointer = safeDecodeURIComponent(fragment);
    if (file !== from.file && !this.documents.has(file) && !existsSync(file)) {
      const shown = relative(dirname(from.file), file) || file;
      error('ref-dangling', `${subject} points to the file ${shown}, which does not exist. Paths in a $ref are relative to the file that contains it.`, true);
      return undefined;
    }
    if (!this.load(file)) {
      if (file !== from.file) error('ref-dangling', `${subject} points into ${relative(dirname(from.file), file)}, which could not be parsed; fix the errors reported for that file.`);
      return undefined;
    }
    const value = this.get(file, pointer);
    if (value === undefined) {
      error('ref-dangling', `${subject} points to nothing: ${this.missingPart(file, pointer, file === from.file ? 'this file' : relative(dirname(from.file), file))}`, true);
      return undefined;
    }
    return { value, file, pointer };
  }

  /** "there is no "Pet" in /components/schemas. Did you mean "Pets"?" */
  private missingPart(file: string, pointer: string, where: string): string {
    const segments = pointer.split('/').slice(1);
    let parent = '';
    for (const raw of segments) {
      const container = this.get(file, parent);
      const key = decodePointerSegment(raw);
      if (container === null || typeof container !== 'object') return `${parent || '/'} in ${where} is not an object, so it has no "${key}".`;
      if (!Object.prototype.hasOwnProperty.call(container, key)) {
        const names = Object.keys(container);
        const close = closestName(key, names);
        const hint = close !== undefined
          ? ` Did you mean "${close}"?`
          : names.length > 0 && names.length <= 8
            ? ` It has: ${names.join(', ')}.`
            : ' Check the name for typos.';
        return `there is no "${key}" in ${parent || 'the top level of'} ${parent ? `in ${where}` : where}.${hint}`;
      }
      parent += `/${raw}`;
    }
    return `"${pointer}" does not exist in ${where}.`;
  }

  /**
   * Whether `target` is a `$ref` that, followed hop by hop, comes back to itself without
   * ever reaching a value: such a chain names no schema at all. Reported once per cycle,
   * at the first member's `$ref` in (file, pointer) order.
   */
  private inRefCycle(target: Located): boolean {
    const chain: Located[] = [];
    let current: Located | undefined = target;
    while (current && isRefObject(current.value)) {
      const key = `${current.file}#${current.pointer}`;
      const start = chain.findIndex((c) => `${c.file}#${c.pointer}` === key);
      if (start !== -1) {
        const cycle = chain.slice(start);
        this.reportCycle(cycle);
        return true;
      }
      chain.push(current);
      if (chain.length > 100) return false;
      current = this.resolveOne(current.value.$ref, current, false);
    }
    return false;
  }

  private reportCycle(cycle: Located[]): void {
    const keys = cycle.map((c) => `${c.file}#${c.pointer}`);
    const id = [...keys].sort().join('\n');
    if (this.reportedCycles.has(id)) return;
    this.reportedCycles.add(id);
    const sorted = [...cycle].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    const first = sorted[0]!;
    const start = cycle.indexOf(first);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
    const names = ordered.map((c) => (c.file === first.file ? `#${c.pointer}` : `${relative(dirname(first.file), c.file)}#${c.pointer}`));
    this.diagnostics.error(
      'ref-cycle',
      `This $ref is part of a cycle of $refs that never reaches a definition (${names.join(' -> ')}); replace one of these $refs with the definition it stands for.`,
      { file: first.file, pointer: first.pointer + '/$ref' },
    );
  }
}

/** A dangling `$ref` only `checkRefs` finds: the model never reads it, so nothing generated depends on it. */
const UNUSED_REF: RefFallback = { assumed: 'ignored, since no generated code reads this $ref' };

/** Keys whose values are literal data, where a `$ref` is not a reference. */
const LITERAL_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

function isRefObject(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>).$ref === 'string';
}

/**
 * Follows a chain of `$ref`s (a ref to a ref is allowed) from an object at `at` to the
 * object it finally names. `undefined` when a ref dangles or loops (already reported).
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

function safeDecodeURI(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
