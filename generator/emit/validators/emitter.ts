import type { Diagnostics } from '../../common/diagnostics.js';
import type { NamedSchema, Schema } from '../../model/ir.js';
import { checkStatements } from './check.js';
import { explainStatements } from './explain.js';
import { EXPLAIN_PARAMETERS, guardParameters, tsOnly, typescriptOf } from './markers.js';
import { ModuleScope } from './module-scope.js';

/**
 * Emits validators as straight-line TypeScript: no runtime library, no `eval`.
 *
 * For every schema there are two functions. `isX` is the fast path: a boolean check
 * that returns at the first failure (check.ts). `explainX` runs only after `isX` said no,
 * and collects every issue with its JSON pointer (explain.ts). Keeping them apart keeps
 * the fast path free of bookkeeping.
 */

/** What a validator module needs besides its own functions. */
export interface ValidatorModule {
  /** The module's code, TypeScript-only text marked (markers.ts). */
  code: string;
  /** The module's declarations (`.d.ts` body). */
  declarations: string;
  /** Named schemas whose `is`/`explain` functions it calls. */
  usedSchemas: Set<NamedSchema>;
  /** Helpers from `core/validation.ts`. */
  usedHelpers: Set<string>;
  /** Checkers from `core/formats.ts`. */
  usedFormats: Set<string>;
}

export interface ValidatorTarget {
  /** Base name: `LogGetResponse` gives `isLogGetResponse`, `explainLogGetResponse`, `validateLogGetResponse`. */
  name: string;
  schema: Schema;
  /** The TypeScript type the guard narrows to. */
  typeName: string;
  exported: boolean;
  /** Request direction: `readOnly` properties are not required. */
  request?: boolean;
}

/** Generates the validator functions for a list of targets into one module's code. */
export class ValidatorEmitter {
  private readonly scope: ModuleScope;
  private readonly out: string[] = [];
  private readonly declarations: string[] = [];
  /** Emitted targets by shape, so that a repeated shape delegates to the first. */
  private readonly targets = new Map<string, string>();

  constructor(byId: Map<string, NamedSchema>, diagnostics: Diagnostics) {
    this.scope = new ModuleScope(byId, diagnostics);
  }

  emit(target: ValidatorTarget): void {
    const scope = this.scope;
    scope.request = target.request === true;
    const { name, schema, typeName } = target;
    const exp = target.exported ? 'export ' : '';
    // `{@link}` needs a name; args checks narrow to a plain record.
    const typeRef = /^[A-Za-z_$][\w$]*$/.test(typeName) ? `{@link ${typeName}}` : `\`${typeName}\``;
    const key = scope.shapeKey(schema);
    const same = this.targets.get(key);
    if (same === undefined) this.targets.set(key, name);
    // Operations often repeat one inline shape (create, get and update of a gateway): it is
    // checked once, and the repeats delegate.
    this.define(
      exp,
      same ? `/** Whether \`value\` is a valid ${typeRef}: the same checks as {@link is${same}}. */` : `/** Whether \`value\` is a valid ${typeRef}. Fast: returns at the first problem. */`,
      `function is${name}(${guardParameters(typeName)}`,
      same ? `return is${same}(value);\n` : `${scope.ownVariables(() => checkStatements(scope, schema, 'value'))}return true;\n`,
    );
    this.define(
      exp,
      same ? `/** @internal The same checks as {@link explain${same}}. */` : `/** @internal Collects every problem with \`value\`; called only when {@link is${name}} is false. */`,
      `function explain${name}(${EXPLAIN_PARAMETERS}`,
      same ? `explain${same}(value, path, issues);\n` : scope.ownVariables(() => explainStatements(scope, schema, 'value', 'path')),
    );
    // Argument checks are called by the resource methods only; they need no public wrapper.
    if (target.exported && !scope.request) {
      scope.usedHelpers.add('collectIssues');
      this.define(
        'export ',
        `/** Checks \`value\` against ${typeRef}; returns it unchanged when valid, or every problem with its JSON pointer path. */`,
        `function validate${name}(value${tsOnly(': unknown')})${tsOnly(`: ValidationResult<${typeName}>`)}`,
        `return is${name}(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explain${name}) };\n`,
      );
    }
  }

  /** The module so far: its preamble (constants, hoisted functions), then the targets' functions in order. */
  module(): ValidatorModule {
    const { preamble, usedSchemas, usedHelpers, usedFormats } = this.scope;
    return { code: [...preamble, ...this.out].join('\n'), declarations: this.declarations.join('\n'), usedSchemas, usedHelpers, usedFormats };
  }

  /** One function of the module; an exported one is also declared, with the same doc and signature, for its `.d.ts`. */
  private define(exp: string, doc: string, signature: string, body: string): void {
    this.out.push(`${doc}\n${exp}${signature} {\n${body}}\n`);
    if (exp) this.declarations.push(`${doc}\nexport declare ${typescriptOf(signature)};`);
  }
}
