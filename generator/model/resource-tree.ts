import type { Operation, Resource } from './ir.js';

/** Every resource of the tree under `resources`, each before its children, in tree order. */
export function allResources(resources: Resource[]): Resource[] {
  return resources.flatMap((r) => [r, ...allResources(r.children)]);
}

/** Every operation under `resources`, in the same order. */
export function allOperations(resources: Resource[]): Operation[] {
  return allResources(resources).flatMap((r) => r.operations);
}
