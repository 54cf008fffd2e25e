import type { Operation, Resource } from './ir.js';
import { NameRegistry, toKebabCase, toPascalCase } from './names.js';
import { API_CLIENT_MEMBERS, CLIENT_MODULE_NAMES, RUNTIME_NAMES, GLOBAL_NAMES } from './reserved-names.js';

/**
 * The resource tree, from the operations' resource paths. Every resource class is declared in
 * the client's module (see templates/client.ts.hbs), next to a type-only namespace import of its
 * operations module (`<ClassName>API`), so both names must be unique across the whole API, and
 * neither may be a name that module imports or a type the package exports (`typeNames`): a class
 * is named by its path (`aiGateway.logs` is `AiGatewayLogs`), with `Resource` added where that
 * name is taken (`AddressingAddressMapsResource` beside the schema `AddressingAddressMaps`), and
 * a number only where even that is.
 * Children and operations are sorted by name. Sets each operation's `resource` to where its
 * method really is, when a resource had to be renamed.
 */
export function buildResources(operations: Operation[], typeNames: string[]): Resource[] {
  const root: Resource = { name: '', path: [], className: '', modulePath: 'resources', operations: [], children: [] };
  // Top-level resources are properties of the client class, which extends APIClient.
  const propertyFor = (segment: string, parent: Resource) => (parent === root && API_CLIENT_MEMBERS.has(segment) ? `${segment}Resource` : segment);
  const bySegment = new Map<Resource, Map<string, Resource>>();
  for (const op of operations) {
    let node = root;
    for (const segment of op.resource) {
      const children = bySegment.get(node) ?? new Map<string, Resource>();
      bySegment.set(node, children);
      let child = children.get(segment);
      if (!child) {
        const name = propertyFor(segment, node);
        const path = [...node.path, name];
        child = { name, path, className: '', modulePath: `resources/${path.map(toKebabCase).join('/')}`, operations: [], children: [] };
        node.children.push(child);
        children.set(segment, child);
      }
      node = child;
    }
    node.operations.push(op);
    op.resource = node.path;
  }
  const sort = (r: Resource) => {
    r.children.sort((a, b) => (a.name < b.name ? -1 : 1));
    r.operations.sort((a, b) => (a.methodName < b.methodName ? -1 : 1));
    r.children.forEach(sort);
  };
  sort(root);
  const classNames = new NameRegistry([...typeNames, ...RUNTIME_NAMES, ...GLOBAL_NAMES, ...CLIENT_MODULE_NAMES]);
  const name = (r: Resource) => {
    const wanted = toPascalCase(r.path.join(' '));
    // A schema or another class has the name: `Resource` says which this one is.
    const free = classNames.has(wanted) || classNames.has(`${wanted}API`) ? `${wanted}Resource` : wanted;
    r.className = classNames.claim(free, { companions: (className) => [`${className}API`] });
    r.children.forEach(name);
  };
  root.children.forEach(name);
  // Operations at the root (no resource) are not supported by the client shape; they get the
  // default rule's resource, so root.operations is always empty here.
  return root.children;
}
