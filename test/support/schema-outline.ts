import type { Schema } from '../../generator/model/ir.js';

/**
 * A schema in one short line, for table rows about what a body or a response is rather than
 * every field of its IR: `binary`, `string(binary)`, `{ file: binary, name?: string }`,
 * `binary[]`, `binary | string`, `anyOf(string, binary)`, `allOf(...)`, `ref(Name)`. A ref shows
 * the last segment of its target, which is the component's name.
 */
export function outline(schema: Schema): string {
  switch (schema.kind) {
    case 'string':
      return schema.format ? `string(${schema.format})` : 'string';
    case 'number':
      return schema.integer ? 'integer' : 'number';
    case 'array':
      return schema.items ? `${wrap(schema.items)}[]` : 'unknown[]';
    case 'object':
      return `{ ${schema.properties.map((p) => `${p.name}${p.required ? '' : '?'}: ${outline(p.schema)}`).join(', ')} }`.replace('{  }', '{}');
    case 'oneOf':
      return schema.members.map(wrap).join(' | ');
    case 'anyOf':
    case 'allOf':
      return `${schema.kind}(${schema.members.map(outline).join(', ')})`;
    case 'ref':
      return `ref(${schema.target.slice(schema.target.lastIndexOf('/') + 1)})`;
    case 'enum':
      return schema.values.map((v) => JSON.stringify(v)).join('|');
    default:
      return schema.kind;
  }
}

function wrap(schema: Schema): string {
  return schema.kind === 'oneOf' ? `(${outline(schema)})` : outline(schema);
}
