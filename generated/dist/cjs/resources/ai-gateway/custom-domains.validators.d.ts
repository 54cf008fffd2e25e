import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { CustomDomainCreateResponse, CustomDomainDeleteResponse, CustomDomainGetResponse, CustomDomainListResponse } from './custom-domains.types.js';

/** Whether `value` is a valid {@link CustomDomainCreateResponse}. Fast: returns at the first problem. */
export declare function isCustomDomainCreateResponse(value: unknown): value is CustomDomainCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateResponse} is false. */
export declare function explainCustomDomainCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomDomainCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomDomainCreateResponse(value: unknown): ValidationResult<CustomDomainCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCustomDomainCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainCreateArgs} is false. */
export declare function explainCustomDomainCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomDomainDeleteResponse}. Fast: returns at the first problem. */
export declare function isCustomDomainDeleteResponse(value: unknown): value is CustomDomainDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteResponse} is false. */
export declare function explainCustomDomainDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomDomainDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomDomainDeleteResponse(value: unknown): ValidationResult<CustomDomainDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCustomDomainDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainDeleteArgs} is false. */
export declare function explainCustomDomainDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomDomainGetResponse}: the same checks as {@link isCustomDomainDeleteResponse}. */
export declare function isCustomDomainGetResponse(value: unknown): value is CustomDomainGetResponse;
/** @internal The same checks as {@link explainCustomDomainDeleteResponse}. */
export declare function explainCustomDomainGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomDomainGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomDomainGetResponse(value: unknown): ValidationResult<CustomDomainGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomDomainDeleteArgs}. */
export declare function isCustomDomainGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainCustomDomainDeleteArgs}. */
export declare function explainCustomDomainGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomDomainListResponse}. Fast: returns at the first problem. */
export declare function isCustomDomainListResponse(value: unknown): value is CustomDomainListResponse;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListResponse} is false. */
export declare function explainCustomDomainListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomDomainListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomDomainListResponse(value: unknown): ValidationResult<CustomDomainListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCustomDomainListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCustomDomainListArgs} is false. */
export declare function explainCustomDomainListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
