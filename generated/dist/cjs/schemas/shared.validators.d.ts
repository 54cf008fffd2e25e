import type { ValidationIssue, ValidationResult } from '../core/validation.js';
import type { AigBillingErrorResponse } from './shared.types.js';

/** Whether `value` is a valid {@link AigBillingErrorResponse}. Fast: returns at the first problem. */
export declare function isAigBillingErrorResponse(value: unknown): value is AigBillingErrorResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingErrorResponse} is false. */
export declare function explainAigBillingErrorResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingErrorResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingErrorResponse(value: unknown): ValidationResult<AigBillingErrorResponse>;
