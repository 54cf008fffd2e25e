/**
 * Marks TypeScript-only text (annotations, casts) in the emitted validator code. A module's
 * TypeScript source keeps it, its JavaScript drops it: validators are most of a large
 * package, and writing their JavaScript directly spares a compiler pass over them. The
 * marker characters cannot occur elsewhere: string literals escape them, comments drop them.
 */
export const tsOnly = (text: string): string => `\u0001${text}\u0002`;

/**
 * Marks a reference to a named schema's function (`isX`, `explainX`) with the module that
 * defines it. The ES module and the TypeScript import the function by name and call it bare; the
 * CommonJS build calls it through the module's exports object (`import_schemas_shared.isX`),
 * resolved at call time, because validator modules may require each other in a cycle (a schema
 * no operation uses lives in schemas/shared and may refer to a resource's schemas), and a
 * name destructured from a module still loading would be undefined.
 */
export const definedIn = (module: string, name: string): string => `\u0003${module}\u0004${name}`;

/** The emitted code as TypeScript: annotations kept, markers removed. */
export const typescriptOf = (code: string): string => code.replace(/\u0003[^\u0004]*\u0004/g, '').replace(/[\u0001\u0002]/g, '');

/** The emitted code as JavaScript (an ES module): annotations removed. */
export const javascriptOf = (code: string): string => code.replace(/\u0001[^\u0002]*\u0002|\u0003[^\u0004]*\u0004/g, '');

/**
 * The emitted code as CommonJS JavaScript: annotations removed, references to other modules'
 * functions through `namespaceOf(module)`, and `export function` declarations plain functions
 * (the caller assigns `exports`). Top-level declarations start their line; bodies are indented.
 */
export const commonjsOf = (code: string, ownModule: string | undefined, namespaceOf: (module: string) => string): string =>
  code
    .replace(/\u0001[^\u0002]*\u0002/g, '')
    .replace(/\u0003([^\u0004]*)\u0004/g, (_, module: string) => (module === ownModule ? '' : `${namespaceOf(module)}.`))
    .replace(/^export function /gm, 'function ');

/** The parameter list and return type of a guard, `isX(value: unknown): value is X`, from after `(`. */
export const guardParameters = (typeName: string): string => `value${tsOnly(': unknown')})${tsOnly(`: value is ${typeName}`)}`;

/** The parameter list and return type of an explainer, `explainX(value, path, issues): void`, from after `(`. */
export const EXPLAIN_PARAMETERS = `value${tsOnly(': unknown')}, path${tsOnly(': string')}, issues${tsOnly(': ValidationIssue[]')})${tsOnly(': void')}`;
