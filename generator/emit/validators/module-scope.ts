import type { Diagnostics } from '../../common/diagnostics.js';
import type { NamedSchema, Schema } from '../../model/ir.js';
import { definedIn } from './markers.js';

/** Schema fields that document a value without constraining it. */
const DOC_FIELDS = new Set(['description', 'title', 'example', 'default', 'deprecated']);

/** The kinds of module-level constant: compiled patterns and enum sets. */
export type ConstantKind = 'PATTERN' | 'ENUM';

/**
 * What the functions of one validator module share while it is emitted: local variable
 * names, what the module must import (named schemas' validators, runtime helpers, format
 * checkers), and the module-level code before its target functions (constants and hoisted
 * sub-schema functions), each written once however many functions use it.
 */
export class ModuleScope {
  /** Module-level code, in the order it was first needed: what it uses is declared before it. */
  readonly preamble: string[] = [];
  /** Named schemas whose `is`/`explain` functions the module calls. */
  readonly usedSchemas = new Set<NamedSchema>();
  /** Helpers from `core/validation.ts`. */
  readonly usedHelpers = new Set<string>();
  /** Checkers from `core/formats.ts`. */
  readonly usedFormats = new Set<string>();
  /** Request direction (set per target): `readOnly` properties are not required. */
  request = false;
  private counter = 0;
  private readonly constants = new Map<ConstantKind, Map<string, string>>();
  /** Hoisted functions by key (kind and shape): an inline schema shared by several targets is emitted once. */
  private readonly hoisted = new Map<string, string>();
  private readonly warned = new Set<string>();

  constructor(
    readonly byId: Map<string, NamedSchema>,
    readonly diagnostics: Diagnostics,
  ) {}

  /** A fresh local variable of the function being generated. */
  variable(): string {
    return `v${this.counter++}`;
  }

  /**
   * Generates one function's body with its own variable numbering (v0, v1, ...), so that a
   * field added to one schema renames nothing in the others: regenerated diffs stay small.
   */
  ownVariables(body: () => string): string {
    const outer = this.counter;
    this.counter = 0;
    try {
      return body();
    } finally {
      this.counter = outer;
    }
  }

  /** The named schema a `$ref` points to, recorded as used; undefined when the target is unknown (not checked). */
  named(target: string): NamedSchema | undefined {
    const named = this.byId.get(target);
    if (named) this.usedSchemas.add(named);
    return named;
  }

  /** The guard of a named schema (`isX`), as the code calls it. */
  guardOf(named: NamedSchema): string {
    return definedIn(`${named.module}.validators`, `is${named.typeName}`);
  }

  /** The explainer of a named schema (`explainX`), as the code calls it. */
  explainerOf(named: NamedSchema): string {
    return definedIn(`${named.module}.validators`, `explain${named.typeName}`);
  }

  /** What decides a schema's verdict: the schema without its documentation, and the direction. */
  shapeKey(schema: Schema): string {
    return `${this.request}:${JSON.stringify(schema, (k, v: unknown) => (DOC_FIELDS.has(k) ? undefined : v))}`;
  }

  /** The name of the constant declared for `key`, if there is one. */
  constant(kind: ConstantKind, key: string): string | undefined {
    return this.constants.get(kind)?.get(key);
  }

  /** Declares a constant `<KIND>_<n>` once per key; `declaration` writes its code from its name. */
  declareConstant(kind: ConstantKind, key: string, declaration: (name: string) => string): string {
    let byKey = this.constants.get(kind);
    if (!byKey) this.constants.set(kind, (byKey = new Map()));
    let name = byKey.get(key);
    if (name === undefined) {
      name = `${kind}_${byKey.size}`;
      byKey.set(key, name);
      this.preamble.push(declaration(name));
    }
    return name;
  }

  /**
   * Hoists a function once per key, named `<prefix><n>` (one numbering for all hoisted
   * functions). The name is taken before `definition` runs and the code is added after, so
   * whatever the body hoists in turn comes first.
   */
  hoist(key: string, prefix: string, definition: (name: string) => string): string {
    let name = this.hoisted.get(key);
    if (name === undefined) {
      name = `${prefix}${this.hoisted.size}`;
      this.hoisted.set(key, name);
      const code = definition(name);
      this.preamble.push(code);
    }
    return name;
  }

  /** A warning reported once per module for each subject (one unknown format used by many fields). */
  warnOnce(code: string, subject: string, message: string): void {
    const key = `${code}:${subject}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diagnostics.warn(code, message);
  }
}
