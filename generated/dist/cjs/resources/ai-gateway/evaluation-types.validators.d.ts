import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { EvaluationTypeListResponse } from './evaluation-types.types.js';

/** Whether `value` is a valid {@link EvaluationTypeListResponse}. Fast: returns at the first problem. */
export declare function isEvaluationTypeListResponse(value: unknown): value is EvaluationTypeListResponse;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationTypeListResponse} is false. */
export declare function explainEvaluationTypeListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link EvaluationTypeListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateEvaluationTypeListResponse(value: unknown): ValidationResult<EvaluationTypeListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isEvaluationTypeListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isEvaluationTypeListArgs} is false. */
export declare function explainEvaluationTypeListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
