import type { Operation, Resource } from './ir.js';
import { isIdentifier, NameRegistry, toCamelCase } from './names.js';
import { allResources } from './resource-tree.js';

/** What every operations module imports besides its validators (templates/resource.ts.hbs). */
const OPERATIONS_MODULE_NAMES = ['expandPath', 'loadBodyEncoder', 'loadStreams', 'pickContent', 'requestPage'];

/**
 * Names each operation's function in its resource's module: the camelCase of its type names'
 * stem (`LogGetParams` -> `logGet`), unique against everything that module imports (the runtime's
 * helpers and the `is<X>`/`explain<X>` validators its operations call).
 */
export function nameOperationFunctions(resources: Resource[]): void {
  for (const resource of allResources(resources)) {
    const validators = resource.operations.flatMap((op) => validatorNamesOf(op).flatMap((v) => [`is${v}`, `explain${v}`]));
    const taken = new NameRegistry([...OPERATIONS_MODULE_NAMES, ...validators]);
    for (const op of resource.operations) {
      const stem = toCamelCase(op.typeNames.params.replace(/Params$/, ''));
      // `delete_` would read badly: a stem that is no identifier becomes `<stem>Operation`, as does any second one.
      op.functionName = taken.claim(isIdentifier(stem) ? stem : `${stem}Operation`, { numbered: (n) => `${stem}Operation${n}` });
    }
  }
}

/** The base names of the validators an operation calls: its arguments' (when checked) and its response's (when it has a schema). */
export function validatorNamesOf(op: Operation): string[] {
  return [...(op.argsCheck ? [op.argsCheck.name] : []), ...(op.response.validated && op.response.resultSchema ? [op.typeNames.response] : [])];
}
