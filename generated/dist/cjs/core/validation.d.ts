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
/** Records a required property that is absent. */
export declare function missing(issues: ValidationIssue[], path: string, expected: string): void;
/** A short description of a value for messages; never the whole value. */
export declare function describe(value: unknown): string;
/** Escapes a key for a JSON pointer. */
export declare function pointer(key: string): string;
/** An own property only: `__proto__`, `constructor` and friends cannot be inherited into validity. */
export declare function ownValue(o: Record<string, unknown>, key: string): unknown;
/** String length in Unicode code points, as JSON Schema counts it. */
export declare function codePoints(s: string): number;
/** `uniqueItems`: deep equality, as JSON Schema defines it. */
export declare function hasDuplicates(items: unknown[]): boolean;
