import { joinPointer, type Diagnostics } from '../common/diagnostics.js';
import type { SdkConfig } from '../load/load-config.js';
import type { SecurityScheme } from './ir.js';
import { toCamelCase } from './names.js';

type Raw = Record<string, unknown>;

/** A Security Requirement list -> alternatives (OR) of scheme-name sets (AND), each set sorted. */
export function securityOf(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is Raw => r !== null && typeof r === 'object').map((r) => Object.keys(r).sort());
}

/**
 * `components.securitySchemes` -> how each is sent, with the client option (and environment
 * variable) the config names for it. HTTP bearer and basic and `apiKey` in a header, the query
 * or a cookie are supported; any other kind is a warning (operations that need only it send
 * no credentials).
 */
export function buildSecuritySchemes(doc: Raw, config: SdkConfig, file: string, diagnostics: Diagnostics): SecurityScheme[] {
  const raw = (((doc.components ?? {}) as Raw).securitySchemes ?? {}) as Raw;
  const schemes: SecurityScheme[] = [];
  for (const name of Object.keys(raw).sort()) {
    const s = raw[name] as Raw;
    const pointer = joinPointer('/components/securitySchemes', name);
    if (typeof s !== 'object' || s === null || Array.isArray(s)) {
      diagnostics.error('security-invalid', `Security scheme "${name}" must be an object with a "type" (http, apiKey, oauth2, openIdConnect), not ${JSON.stringify(s)}.`, { file, pointer });
      continue;
    }
    const configured = config.client.security[name];
    const base = { name, option: configured?.option ?? toCamelCase(name), ...(configured?.env ? { env: configured.env } : {}), ...(typeof s.description === 'string' ? { description: s.description } : {}) };
    const scheme = typeof s.scheme === 'string' ? s.scheme.toLowerCase() : undefined;
    if (s.type === 'http' && scheme === 'bearer') schemes.push({ ...base, kind: 'bearer' });
    else if (s.type === 'http' && scheme === 'basic') schemes.push({ ...base, kind: 'basic' });
    else if (s.type === 'apiKey' && typeof s.name === 'string' && (s.in === 'header' || s.in === 'query' || s.in === 'cookie')) schemes.push({ ...base, kind: s.in, paramName: s.name });
    else diagnostics.warn('security-unsupported', `Security scheme "${name}" (${String(s.type)}) is not supported; operations that need only it send no credentials.`, { file, pointer });
  }
  return schemes;
}
