import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { LogDeleteResponse, LogEditResponse, LogGetResponse, LogListResponse, LogRequestResponse, LogResponseResponse } from './logs.types.js';

/** Whether `value` is a valid {@link LogDeleteResponse}. Fast: returns at the first problem. */
export declare function isLogDeleteResponse(value: unknown): value is LogDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isLogDeleteResponse} is false. */
export declare function explainLogDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogDeleteResponse(value: unknown): ValidationResult<LogDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isLogDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isLogDeleteArgs} is false. */
export declare function explainLogDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link LogEditResponse}. Fast: returns at the first problem. */
export declare function isLogEditResponse(value: unknown): value is LogEditResponse;
/** @internal Collects every problem with `value`; called only when {@link isLogEditResponse} is false. */
export declare function explainLogEditResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogEditResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogEditResponse(value: unknown): ValidationResult<LogEditResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isLogEditArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isLogEditArgs} is false. */
export declare function explainLogEditArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link LogGetResponse}. Fast: returns at the first problem. */
export declare function isLogGetResponse(value: unknown): value is LogGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isLogGetResponse} is false. */
export declare function explainLogGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogGetResponse(value: unknown): ValidationResult<LogGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
export declare function isLogGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainLogEditArgs}. */
export declare function explainLogGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link LogListResponse}. Fast: returns at the first problem. */
export declare function isLogListResponse(value: unknown): value is LogListResponse;
/** @internal Collects every problem with `value`; called only when {@link isLogListResponse} is false. */
export declare function explainLogListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogListResponse(value: unknown): ValidationResult<LogListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isLogListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isLogListArgs} is false. */
export declare function explainLogListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link LogRequestResponse}: the same checks as {@link isLogEditResponse}. */
export declare function isLogRequestResponse(value: unknown): value is LogRequestResponse;
/** @internal The same checks as {@link explainLogEditResponse}. */
export declare function explainLogRequestResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogRequestResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogRequestResponse(value: unknown): ValidationResult<LogRequestResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
export declare function isLogRequestArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainLogEditArgs}. */
export declare function explainLogRequestArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link LogResponseResponse}: the same checks as {@link isLogEditResponse}. */
export declare function isLogResponseResponse(value: unknown): value is LogResponseResponse;
/** @internal The same checks as {@link explainLogEditResponse}. */
export declare function explainLogResponseResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogResponseResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogResponseResponse(value: unknown): ValidationResult<LogResponseResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isLogEditArgs}. */
export declare function isLogResponseArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainLogEditArgs}. */
export declare function explainLogResponseArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
