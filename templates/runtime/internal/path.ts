import { InvalidParameterError } from '../core/errors.js';
import { describe, pointer } from '../core/validation.js';

const placeholder = /\{([^}]+)\}/;

/** Each path template split once: literal text at even indexes, parameter names at odd ones. */
const splitTemplates = new Map<string, string[]>();

/**
 * Fills the spec's path template (`/gateways/{gateway_id}/logs/{id}`) with the call's
 * values, percent-encoding each as exactly one path segment: `/`, `?`, `#` and `..` in a
 * value can never change which path is requested. An unusable value is an
 * `InvalidParameterError` that names the parameter.
 */
export function expandPath(template: string, values: Record<string, unknown>): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(placeholder);
    // The templates are the spec's paths, a fixed set; the bound only guards against misuse.
    if (splitTemplates.size < 10_000) splitTemplates.set(template, parts);
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2)
    path += encodeSegment(parts[i]!, values[parts[i]!]) + parts[i + 1]!;
  return path;
}

function encodeSegment(name: string, value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  // `.` and `..` are dot-segments that URL parsing would resolve, even percent-encoded.
  if (typeof text !== 'string' || text === '' || text === '.' || text === '..') {
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be used as a path segment: expected a non-empty string other than "." and "..", received ${describe(value)}`,
        expected: 'a non-empty string other than "." and ".."',
        received: describe(value),
      },
    ]);
  }
  return encodeURIComponent(text);
}
