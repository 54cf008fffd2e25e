import { type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import type { LogGetResponse } from './logs.types.js';
/** Whether `value` is a valid {@link LogGetResponse}. Fast: returns at the first problem. */
export declare function isLogGetResponse(value: unknown): value is LogGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isLogGetResponse} is false. */
export declare function explainLogGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link LogGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogGetResponse(value: unknown): ValidationResult<LogGetResponse>;
/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export declare function isLogGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isLogGetArgs} is false. */
export declare function explainLogGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateLogGetArgs(value: unknown): ValidationResult<Record<string, unknown>>;
