import type { ValidationIssue, ValidationResult } from '../../../../core/validation.js';
import type { ConfigCreateResponse, ConfigDeleteResponse, ConfigGetResponse } from './config.types.js';

/** Whether `value` is a valid {@link ConfigCreateResponse}. Fast: returns at the first problem. */
export declare function isConfigCreateResponse(value: unknown): value is ConfigCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isConfigCreateResponse} is false. */
export declare function explainConfigCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateConfigCreateResponse(value: unknown): ValidationResult<ConfigCreateResponse>;
/** Whether `value` is a valid {@link ConfigDeleteResponse}. Fast: returns at the first problem. */
export declare function isConfigDeleteResponse(value: unknown): value is ConfigDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isConfigDeleteResponse} is false. */
export declare function explainConfigDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateConfigDeleteResponse(value: unknown): ValidationResult<ConfigDeleteResponse>;
/** Whether `value` is a valid {@link ConfigGetResponse}. Fast: returns at the first problem. */
export declare function isConfigGetResponse(value: unknown): value is ConfigGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isConfigGetResponse} is false. */
export declare function explainConfigGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ConfigGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateConfigGetResponse(value: unknown): ValidationResult<ConfigGetResponse>;
