/** One problem found by a generated validator. */
export interface ValidationIssue {
    /** JSON pointer to the offending value, e.g. `/result/tokens_in`; `''` is the root. */
    path: string;
    message: string;
    expected: string;
    received: string;
}
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    errors: ValidationIssue[];
};
/** Runs an explainer and returns what it found. */
export declare function collectIssues(value: unknown, explain: (value: unknown, path: string, issues: ValidationIssue[]) => void): ValidationIssue[];
/** Records one issue; `message` defaults to "expected X, received Y". */
export declare function fail(issues: ValidationIssue[], path: string, expected: string, value: unknown, message?: string): void;
/** A short description of a value for messages; never the whole value. */
export declare function describe(value: unknown): string;
/** Escapes a key for a JSON pointer. */
export declare function pointer(key: string): string;
/**
 * The object as validators read it: its own properties. A plain object (what `JSON.parse`
 * makes) is used as is; any other prototype could lend it properties it does not have, so
 * its own enumerable properties are copied onto a plain record first.
 */
export declare function ownRecord(value: object): Record<string, unknown>;
/** An own property only: `__proto__`, `constructor` and friends cannot be inherited into validity. */
export declare function ownValue(o: Record<string, unknown>, key: string): unknown;
/** String length in Unicode code points, as JSON Schema counts it. */
export declare function codePoints(s: string): number;
/** `uniqueItems`: deep equality, as JSON Schema defines it. */
export declare function hasDuplicates(items: unknown[]): boolean;
