import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { UrlGetResponse } from './urls.types.js';

/** Whether `value` is a valid {@link UrlGetResponse}. Fast: returns at the first problem. */
export declare function isUrlGetResponse(value: unknown): value is UrlGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isUrlGetResponse} is false. */
export declare function explainUrlGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link UrlGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateUrlGetResponse(value: unknown): ValidationResult<UrlGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isUrlGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isUrlGetArgs} is false. */
export declare function explainUrlGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
