/**
 * Marks TypeScript-only text (annotations, casts) in the emitted validator code. A module's
 * TypeScript source keeps it, its JavaScript drops it: validators are most of a large
 * package, and writing their JavaScript directly spares a compiler pass over them. The
 * marker characters cannot occur elsewhere: string literals escape them, comments drop them.
 */
export const tsOnly = (text: string): string => `\u0001${text}\u0002`;

/** The emitted code as TypeScript: annotations kept, markers removed. */
export const typescriptOf = (code: string): string => code.replace(/[\u0001\u0002]/g, '');

/** The emitted code as JavaScript: annotations removed. */
export const javascriptOf = (code: string): string => code.replace(/\u0001[^\u0002]*\u0002/g, '');

/** The parameter list and return type of a guard, `isX(value: unknown): value is X`, from after `(`. */
export const guardParameters = (typeName: string): string => `value${tsOnly(': unknown')})${tsOnly(`: value is ${typeName}`)}`;

/** The parameter list and return type of an explainer, `explainX(value, path, issues): void`, from after `(`. */
export const EXPLAIN_PARAMETERS = `value${tsOnly(': unknown')}, path${tsOnly(': string')}, issues${tsOnly(': ValidationIssue[]')})${tsOnly(': void')}`;
