/**
 * A small OpenAPI document cut from a large one: the chosen operations (with their path items'
 * shared parameters) and every component they reach through `$ref`s, nothing else. Generating a
 * slice of the full Cloudflare spec takes a fraction of a second, where the whole takes ten.
 */

type Raw = Record<string, unknown>;

/** `operationIds` to keep; their path items keep only these operations. */
export function sliceSpec(spec: Raw, operationIds: readonly string[]): Raw {
  const wanted = new Set(operationIds);
  const paths: Raw = {};
  const found = new Set<string>();
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Raw)) {
    const kept: Raw = {};
    for (const [key, value] of Object.entries(item as Raw)) {
      const id = (value as Raw | undefined)?.operationId;
      if (typeof id === 'string' && wanted.has(id)) {
        kept[key] = value;
        found.add(id);
      } else if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(key)) {
        kept[key] = value;
      }
    }
    if (Object.keys(kept).some((k) => ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(k))) paths[path] = kept;
  }
  const missing = operationIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`The spec has no operation ${missing.join(', ')}`);

  const components = (spec.components ?? {}) as Record<string, Raw>;
  const out: Record<string, Raw> = {};
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value as Raw)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
        const [section, name] = v.slice('#/components/'.length).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (!section || !name || out[section]?.[name] !== undefined) continue;
        const target = components[section]?.[name];
        (out[section] ??= {})[name] = target;
        visit(target);
      } else {
        visit(v);
      }
    }
  };
  visit(paths);
  if (components.securitySchemes) out.securitySchemes = components.securitySchemes;
  return { openapi: spec.openapi, info: spec.info, servers: spec.servers, security: spec.security, paths, components: out };
}
