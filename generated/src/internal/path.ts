// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { InvalidParameterError } from '../core/errors.js';
import { describe, pointer } from '../core/validation.js';
import {
  expandValue,
  LABEL,
  MATRIX,
  readParamValue,
  SIMPLE,
  type Operator,
} from './param-styles.js';

/** How OpenAPI serializes one path parameter: `simple` (the default, not exploded), `label` or `matrix`. */
export interface PathStyle {
  style: 'simple' | 'label' | 'matrix';
  explode: boolean;
}

const OPERATORS: Record<PathStyle['style'], Operator> = {
  simple: SIMPLE,
  label: LABEL,
  matrix: MATRIX,
};

const placeholder = /\{([^}]+)\}/;

/** Each path template split once: literal text at even indexes, parameter names at odd ones. */
const splitTemplates = new Map<string, string[]>();

/**
 * Fills the spec's path template (`/gateways/{gateway_id}/logs/{id}`) with the call's
 * values, as their `styles` say (default `simple`, not exploded): `blue`, `.blue` (label),
 * `;color=blue` (matrix); arrays and objects as OpenAPI's Style Examples table writes them.
 * Every name, item, key and value is percent-encoded, so `/`, `?`, `#` and `..` in a value can
 * never change which path is requested, and a segment a value fills may not end up empty, `.`
 * or `..`. An unusable value is an `InvalidParameterError` that names the parameter.
 */
export function expandPath(
  template: string,
  values: Record<string, unknown>,
  styles?: Record<string, PathStyle>,
): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(placeholder);
    // The templates are the spec's paths, a fixed set; the bound only guards against misuse.
    if (splitTemplates.size < 10_000) splitTemplates.set(template, parts);
  }
  let path = parts[0]!;
  // [start, end, index of the name in `parts`] of each expansion that is not one plain segment.
  let expansions: number[] | undefined;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = values[name];
    const style = styles?.[name];
    // The common case, a string or number in the default style, is one percent-encoded segment.
    if (
      (typeof value === 'string' || typeof value === 'number') &&
      (style === undefined || style.style === 'simple')
    ) {
      path += encodeSegment(name, value);
    } else {
      const start = path.length;
      path += expandParam(name, value, style);
      (expansions ??= []).push(start, path.length, i);
    }
    path += parts[i + 1]!;
  }
  if (expansions !== undefined) checkSegments(path, expansions, parts);
  return path;
}

function encodeSegment(name: string, value: string | number): string {
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

function expandParam(name: string, value: unknown, style: PathStyle | undefined): string {
  const read = readParamValue(name, value);
  // A path parameter is always required (OpenAPI): there is no path without it.
  if (read === undefined) {
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `is required as a path parameter, received ${describe(value)}`,
        expected: 'a value',
        received: describe(value),
      },
    ]);
  }
  const operator = style === undefined ? SIMPLE : OPERATORS[style.style];
  return expandValue(name, read, operator, style?.explode ?? false, encodeURIComponent);
}

/**
 * The path segment each expansion ends up in (with the template text around it) must not be
 * empty, `.` or `..`: URL parsing would drop it or resolve it as a dot-segment. An empty array
 * in the simple style, or `.` in the label style, would otherwise do just that.
 */
function checkSegments(path: string, expansions: number[], parts: string[]): void {
  for (let i = 0; i < expansions.length; i += 3) {
    const start = path.lastIndexOf('/', expansions[i]! - 1) + 1;
    const slash = path.indexOf('/', expansions[i + 1]!);
    const segment = path.slice(start, slash === -1 ? path.length : slash);
    if (segment !== '' && segment !== '.' && segment !== '..') continue;
    const name = parts[expansions[i + 2]!]!;
    throw new InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be used in the path: it would make the segment ${segment === '' ? 'empty' : `"${segment}"`}, which URL parsing drops or resolves`,
        expected: 'a value that makes a non-empty path segment other than "." and ".."',
        received: segment === '' ? 'an empty segment' : `the segment "${segment}"`,
      },
    ]);
  }
}
