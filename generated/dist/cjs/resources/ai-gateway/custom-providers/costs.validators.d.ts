import type { ValidationIssue, ValidationResult } from '../../../core/validation.js';
import type { CostCreateResponse, CostDeleteResponse, CostEditResponse, CostGetResponse, CostListResponse } from './costs.types.js';

/** Whether `value` is a valid {@link CostCreateResponse}. Fast: returns at the first problem. */
export declare function isCostCreateResponse(value: unknown): value is CostCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isCostCreateResponse} is false. */
export declare function explainCostCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CostCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCostCreateResponse(value: unknown): ValidationResult<CostCreateResponse>;
/** Whether `value` is a valid {@link CostDeleteResponse}: the same checks as {@link isCostCreateResponse}. */
export declare function isCostDeleteResponse(value: unknown): value is CostDeleteResponse;
/** @internal The same checks as {@link explainCostCreateResponse}. */
export declare function explainCostDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CostDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCostDeleteResponse(value: unknown): ValidationResult<CostDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCostDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCostDeleteArgs} is false. */
export declare function explainCostDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CostEditResponse}: the same checks as {@link isCostCreateResponse}. */
export declare function isCostEditResponse(value: unknown): value is CostEditResponse;
/** @internal The same checks as {@link explainCostCreateResponse}. */
export declare function explainCostEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CostEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCostEditResponse(value: unknown): ValidationResult<CostEditResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCostDeleteArgs}. */
export declare function isCostEditArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainCostDeleteArgs}. */
export declare function explainCostEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CostGetResponse}: the same checks as {@link isCostCreateResponse}. */
export declare function isCostGetResponse(value: unknown): value is CostGetResponse;
/** @internal The same checks as {@link explainCostCreateResponse}. */
export declare function explainCostGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CostGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCostGetResponse(value: unknown): ValidationResult<CostGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isCostDeleteArgs}. */
export declare function isCostGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainCostDeleteArgs}. */
export declare function explainCostGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link CostListResponse}. Fast: returns at the first problem. */
export declare function isCostListResponse(value: unknown): value is CostListResponse;
/** @internal Collects every problem with `value`; called only when {@link isCostListResponse} is false. */
export declare function explainCostListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link CostListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateCostListResponse(value: unknown): ValidationResult<CostListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isCostListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isCostListArgs} is false. */
export declare function explainCostListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
