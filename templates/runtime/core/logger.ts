export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Headers whose values are never logged. */
const SECRET_HEADERS = new Set([
  'authorization',
  'x-auth-key',
  'x-auth-email',
  'x-auth-user-service-key',
  'cookie',
  'set-cookie',
  'proxy-authorization',
]);

export function enabled(level: LogLevel, wanted: Exclude<LogLevel, 'off'>): boolean {
  return RANK[level] >= RANK[wanted];
}

/** A copy of the headers with every credential replaced by `***`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? '***' : v;
  return out;
}
