/**
 * Builds a request path from a template, percent-encoding every value as one path
 * segment: `/`, `?`, `#` and `..` in a value can never change which path is requested.
 */
export declare function encodePath(strings: TemplateStringsArray, ...values: string[]): string;
