import { InvalidParameterError } from './errors.js';
import { describe, pointer } from './validation.js';

const placeholder = /\{([^}]+)\}/g;

/**
 * Fills the spec's path template (`/gateways/{gateway_id}/logs/{id}`) with the call's
 * values, percent-encoding each as exactly one path segment: `/`, `?`, `#` and `..` in a
 * value can never change which path is requested. An unusable value is an
 * `InvalidParameterError` that names the parameter.
 */
export function expandPath(template: string, values: Record<string, unknown>): string {
  return template.replace(placeholder, (_, name: string) => encodeSegment(name, values[name]));
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
