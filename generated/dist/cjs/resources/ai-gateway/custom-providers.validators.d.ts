import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { CustomProviderCreateResponse, CustomProviderDeleteResponse, CustomProviderEditResponse, CustomProviderGetResponse, CustomProviderListResponse } from './custom-providers.types.js';

/** Whether `value` is a valid {@link CustomProviderCreateResponse}. Fast: returns at the first problem. */
export declare function isCustomProviderCreateResponse(value: unknown): value is CustomProviderCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isCustomProviderCreateResponse} is false. */
export declare function explainCustomProviderCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomProviderCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomProviderCreateResponse(value: unknown): ValidationResult<CustomProviderCreateResponse>;
/** Whether `value` is a valid {@link CustomProviderDeleteResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
export declare function isCustomProviderDeleteResponse(value: unknown): value is CustomProviderDeleteResponse;
/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
export declare function explainCustomProviderDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomProviderDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomProviderDeleteResponse(value: unknown): ValidationResult<CustomProviderDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCustomProviderDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCustomProviderDeleteArgs} is false. */
export declare function explainCustomProviderDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomProviderEditResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
export declare function isCustomProviderEditResponse(value: unknown): value is CustomProviderEditResponse;
/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
export declare function explainCustomProviderEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomProviderEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomProviderEditResponse(value: unknown): ValidationResult<CustomProviderEditResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomProviderDeleteArgs}. */
export declare function isCustomProviderEditArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainCustomProviderDeleteArgs}. */
export declare function explainCustomProviderEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomProviderGetResponse}: the same checks as {@link isCustomProviderCreateResponse}. */
export declare function isCustomProviderGetResponse(value: unknown): value is CustomProviderGetResponse;
/** @internal The same checks as {@link explainCustomProviderCreateResponse}. */
export declare function explainCustomProviderGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomProviderGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomProviderGetResponse(value: unknown): ValidationResult<CustomProviderGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCustomProviderDeleteArgs}. */
export declare function isCustomProviderGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainCustomProviderDeleteArgs}. */
export declare function explainCustomProviderGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CustomProviderListResponse}. Fast: returns at the first problem. */
export declare function isCustomProviderListResponse(value: unknown): value is CustomProviderListResponse;
/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListResponse} is false. */
export declare function explainCustomProviderListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CustomProviderListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCustomProviderListResponse(value: unknown): ValidationResult<CustomProviderListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCustomProviderListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCustomProviderListArgs} is false. */
export declare function explainCustomProviderListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
