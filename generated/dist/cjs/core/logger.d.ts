export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
export interface Logger {
    error(message: string, ...rest: unknown[]): void;
    warn(message: string, ...rest: unknown[]): void;
    info(message: string, ...rest: unknown[]): void;
    debug(message: string, ...rest: unknown[]): void;
}
export declare function enabled(level: LogLevel, wanted: Exclude<LogLevel, 'off'>): boolean;
/** A copy of the headers with every credential replaced by `***`. */
export declare function redactHeaders(headers: Record<string, string>): Record<string, string>;
