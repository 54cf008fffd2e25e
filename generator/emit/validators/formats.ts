import { stringLiteral } from '../safe-text.js';
import type { ModuleScope } from './module-scope.js';

/** The `format` values the validators check, and the checker `core/formats.ts` exports for each. */
const FORMAT_CHECKERS: Record<string, string> = {
  'date-time': 'isDateTime',
  date: 'isDate',
  time: 'isTime',
  uuid: 'isUuid',
  email: 'isEmail',
  uri: 'isUri',
  ipv4: 'isIpv4',
  ipv6: 'isIpv6',
};

/**
 * Formats that say how a string is used, not what it may hold: `binary` (OpenAPI 3.0's raw
 * bytes, which the model makes `Uploadable`/`Blob` where a body is not JSON, and which inside a
 * JSON document is any string) and `password` (a UI hint). Not checked, and not warned about.
 */
const ANNOTATIONS = new Set(['binary', 'password']);

/** The checker for a format, or undefined when the format is not checked. */
export function formatChecker(format: string): string | undefined {
  // Own keys only: a spec's `format: toString` must not find Object.prototype's.
  return Object.hasOwn(FORMAT_CHECKERS, format) ? FORMAT_CHECKERS[format] : undefined;
}

/**
 * The local name a format checker is imported as. A schema named `Email` has its own
 * `isEmail`; generated names never start with `format`, so the alias cannot collide.
 */
export function formatAlias(checker: string): string {
  return `format${checker.slice(2)}`;
}

/**
 * The local name of the checker for `format`, recorded as an import of the module; an
 * unknown format is not checked, and is reported once per module.
 */
export function useFormatChecker(scope: ModuleScope, format: string): string | undefined {
  const checker = formatChecker(format);
  if (checker) {
    scope.usedFormats.add(checker);
    return formatAlias(checker);
  }
  if (ANNOTATIONS.has(format)) return undefined;
  scope.warnOnce('format-unknown', format, `The format ${stringLiteral(format)} is not checked (known formats: ${Object.keys(FORMAT_CHECKERS).join(', ')}).`);
  return undefined;
}
