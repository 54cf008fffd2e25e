import type { ValidationIssue, ValidationResult } from '../../../core/validation.js';
import type { TopupCreateResponse, TopupLimitsResponse, TopupStatusResponse } from './topup.types.js';

/** Whether `value` is a valid {@link TopupCreateResponse}. Fast: returns at the first problem. */
export declare function isTopupCreateResponse(value: unknown): value is TopupCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isTopupCreateResponse} is false. */
export declare function explainTopupCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link TopupCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateTopupCreateResponse(value: unknown): ValidationResult<TopupCreateResponse>;
/** Whether `value` is a valid {@link TopupLimitsResponse}. Fast: returns at the first problem. */
export declare function isTopupLimitsResponse(value: unknown): value is TopupLimitsResponse;
/** @internal Collects every problem with `value`; called only when {@link isTopupLimitsResponse} is false. */
export declare function explainTopupLimitsResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link TopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateTopupLimitsResponse(value: unknown): ValidationResult<TopupLimitsResponse>;
/** Whether `value` is a valid {@link TopupStatusResponse}. Fast: returns at the first problem. */
export declare function isTopupStatusResponse(value: unknown): value is TopupStatusResponse;
/** @internal Collects every problem with `value`; called only when {@link isTopupStatusResponse} is false. */
export declare function explainTopupStatusResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link TopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateTopupStatusResponse(value: unknown): ValidationResult<TopupStatusResponse>;
