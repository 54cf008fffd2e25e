import type { ValidationIssue, ValidationResult } from '../../../core/validation.js';
import type { SpendingLimitCreateResponse, SpendingLimitDeleteResponse, SpendingLimitGetResponse } from './spending-limit.types.js';

/** Whether `value` is a valid {@link SpendingLimitCreateResponse}. Fast: returns at the first problem. */
export declare function isSpendingLimitCreateResponse(value: unknown): value is SpendingLimitCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitCreateResponse} is false. */
export declare function explainSpendingLimitCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link SpendingLimitCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateSpendingLimitCreateResponse(value: unknown): ValidationResult<SpendingLimitCreateResponse>;
/** Whether `value` is a valid {@link SpendingLimitDeleteResponse}. Fast: returns at the first problem. */
export declare function isSpendingLimitDeleteResponse(value: unknown): value is SpendingLimitDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitDeleteResponse} is false. */
export declare function explainSpendingLimitDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link SpendingLimitDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateSpendingLimitDeleteResponse(value: unknown): ValidationResult<SpendingLimitDeleteResponse>;
/** Whether `value` is a valid {@link SpendingLimitGetResponse}. Fast: returns at the first problem. */
export declare function isSpendingLimitGetResponse(value: unknown): value is SpendingLimitGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitGetResponse} is false. */
export declare function explainSpendingLimitGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link SpendingLimitGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateSpendingLimitGetResponse(value: unknown): ValidationResult<SpendingLimitGetResponse>;
