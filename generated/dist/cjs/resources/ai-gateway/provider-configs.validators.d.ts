import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { ProviderConfigCreateResponse, ProviderConfigDeleteResponse, ProviderConfigListResponse, ProviderConfigUpdateResponse } from './provider-configs.types.js';

/** Whether `value` is a valid {@link ProviderConfigCreateResponse}. Fast: returns at the first problem. */
export declare function isProviderConfigCreateResponse(value: unknown): value is ProviderConfigCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateResponse} is false. */
export declare function explainProviderConfigCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigCreateResponse(value: unknown): ValidationResult<ProviderConfigCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isProviderConfigCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateArgs} is false. */
export declare function explainProviderConfigCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigDeleteResponse}: the same checks as {@link isProviderConfigCreateResponse}. */
export declare function isProviderConfigDeleteResponse(value: unknown): value is ProviderConfigDeleteResponse;
/** @internal The same checks as {@link explainProviderConfigCreateResponse}. */
export declare function explainProviderConfigDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigDeleteResponse(value: unknown): ValidationResult<ProviderConfigDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isProviderConfigDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteArgs} is false. */
export declare function explainProviderConfigDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigListResponse}. Fast: returns at the first problem. */
export declare function isProviderConfigListResponse(value: unknown): value is ProviderConfigListResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListResponse} is false. */
export declare function explainProviderConfigListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigListResponse(value: unknown): ValidationResult<ProviderConfigListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isProviderConfigListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListArgs} is false. */
export declare function explainProviderConfigListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigUpdateResponse}: the same checks as {@link isProviderConfigCreateResponse}. */
export declare function isProviderConfigUpdateResponse(value: unknown): value is ProviderConfigUpdateResponse;
/** @internal The same checks as {@link explainProviderConfigCreateResponse}. */
export declare function explainProviderConfigUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigUpdateResponse(value: unknown): ValidationResult<ProviderConfigUpdateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isProviderConfigDeleteArgs}. */
export declare function isProviderConfigUpdateArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainProviderConfigDeleteArgs}. */
export declare function explainProviderConfigUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
