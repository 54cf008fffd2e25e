import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { EvaluationCreateResponse, EvaluationDeleteResponse, EvaluationGetResponse, EvaluationListResponse } from './evaluations.types.js';

/** Whether `value` is a valid {@link EvaluationCreateResponse}. Fast: returns at the first problem. */
export declare function isEvaluationCreateResponse(value: unknown): value is EvaluationCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateResponse} is false. */
export declare function explainEvaluationCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link EvaluationCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateEvaluationCreateResponse(value: unknown): ValidationResult<EvaluationCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isEvaluationCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationCreateArgs} is false. */
export declare function explainEvaluationCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link EvaluationDeleteResponse}: the same checks as {@link isEvaluationCreateResponse}. */
export declare function isEvaluationDeleteResponse(value: unknown): value is EvaluationDeleteResponse;
/** @internal The same checks as {@link explainEvaluationCreateResponse}. */
export declare function explainEvaluationDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link EvaluationDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateEvaluationDeleteResponse(value: unknown): ValidationResult<EvaluationDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isEvaluationDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationDeleteArgs} is false. */
export declare function explainEvaluationDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link EvaluationGetResponse}: the same checks as {@link isEvaluationCreateResponse}. */
export declare function isEvaluationGetResponse(value: unknown): value is EvaluationGetResponse;
/** @internal The same checks as {@link explainEvaluationCreateResponse}. */
export declare function explainEvaluationGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link EvaluationGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateEvaluationGetResponse(value: unknown): ValidationResult<EvaluationGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isEvaluationDeleteArgs}. */
export declare function isEvaluationGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainEvaluationDeleteArgs}. */
export declare function explainEvaluationGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link EvaluationListResponse}. Fast: returns at the first problem. */
export declare function isEvaluationListResponse(value: unknown): value is EvaluationListResponse;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationListResponse} is false. */
export declare function explainEvaluationListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link EvaluationListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateEvaluationListResponse(value: unknown): ValidationResult<EvaluationListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isEvaluationListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationListArgs} is false. */
export declare function explainEvaluationListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
