/**
 * Whether an operation's success response is a list, by its schema as the spec writes it: an
 * array, or an object one of whose properties that hold results (`result`, `data`, `items`)
 * is an array - Cloudflare's `{ result: [...] }`, Stripe's `{ object: 'list', data: [...] }`.
 * Only local `$ref`s (`#/...`) are followed: this is a naming hint, read before schemas are converted.
 */
export type LocalResolver = (pointer: string) => unknown;

type Raw = Record<string, unknown>;

const LIST_HOLDERS = ['result', 'data', 'items'];

export function returnsList(op: Raw, resolve: LocalResolver): boolean {
  const responses = deref(op.responses, resolve);
  if (!responses) return false;
  const success = Object.keys(responses).sort().find((status) => /^2\d\d$/.test(status));
  const response = success ? deref(responses[success], resolve) : undefined;
  const content = deref(response?.content, resolve);
  const json = content ? Object.keys(content).sort().find((type) => /json/.test(type)) : undefined;
  const schema = json ? deref(deref(content![json], resolve)?.schema, resolve) : undefined;
  if (!schema) return false;
  if (schema.type === 'array') return true;
  return LIST_HOLDERS.some((name) => deref(propertyOf(schema, name, resolve, 0), resolve)?.type === 'array');
}

function propertyOf(schema: Raw, name: string, resolve: LocalResolver, depth: number): unknown {
  if (depth > 8) return undefined;
  const own = deref(schema.properties, resolve)?.[name];
  if (own !== undefined) return own;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const resolved = deref(part, resolve);
    const found = resolved ? propertyOf(resolved, name, resolve, depth + 1) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

function deref(value: unknown, resolve: LocalResolver): Raw | undefined {
  let current = value;
  for (let hops = 0; hops < 8 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref as string;
    current = ref.startsWith('#') ? resolve(decodeURI(ref.slice(1))) : undefined;
  }
  return isObject(current) && typeof current.$ref !== 'string' ? current : undefined;
}

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
