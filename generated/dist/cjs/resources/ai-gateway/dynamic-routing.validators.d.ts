import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { DynamicRoutingCreateResponse, DynamicRoutingDeleteResponse, DynamicRoutingGetResponse, DynamicRoutingListResponse, DynamicRoutingUpdateResponse } from './dynamic-routing.types.js';

/** Whether `value` is a valid {@link DynamicRoutingCreateResponse}. Fast: returns at the first problem. */
export declare function isDynamicRoutingCreateResponse(value: unknown): value is DynamicRoutingCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingCreateResponse} is false. */
export declare function explainDynamicRoutingCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DynamicRoutingCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDynamicRoutingCreateResponse(value: unknown): ValidationResult<DynamicRoutingCreateResponse>;
/** Whether `value` is a valid {@link DynamicRoutingDeleteResponse}. Fast: returns at the first problem. */
export declare function isDynamicRoutingDeleteResponse(value: unknown): value is DynamicRoutingDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingDeleteResponse} is false. */
export declare function explainDynamicRoutingDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DynamicRoutingDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDynamicRoutingDeleteResponse(value: unknown): ValidationResult<DynamicRoutingDeleteResponse>;
/** Whether `value` is a valid {@link DynamicRoutingGetResponse}: the same checks as {@link isDynamicRoutingCreateResponse}. */
export declare function isDynamicRoutingGetResponse(value: unknown): value is DynamicRoutingGetResponse;
/** @internal The same checks as {@link explainDynamicRoutingCreateResponse}. */
export declare function explainDynamicRoutingGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DynamicRoutingGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDynamicRoutingGetResponse(value: unknown): ValidationResult<DynamicRoutingGetResponse>;
/** Whether `value` is a valid {@link DynamicRoutingListResponse}. Fast: returns at the first problem. */
export declare function isDynamicRoutingListResponse(value: unknown): value is DynamicRoutingListResponse;
/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListResponse} is false. */
export declare function explainDynamicRoutingListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DynamicRoutingListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDynamicRoutingListResponse(value: unknown): ValidationResult<DynamicRoutingListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isDynamicRoutingListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingListArgs} is false. */
export declare function explainDynamicRoutingListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DynamicRoutingUpdateResponse}. Fast: returns at the first problem. */
export declare function isDynamicRoutingUpdateResponse(value: unknown): value is DynamicRoutingUpdateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDynamicRoutingUpdateResponse} is false. */
export declare function explainDynamicRoutingUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DynamicRoutingUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDynamicRoutingUpdateResponse(value: unknown): ValidationResult<DynamicRoutingUpdateResponse>;
