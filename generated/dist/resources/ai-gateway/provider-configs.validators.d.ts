import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { ProviderConfigCreateResponse, ProviderConfigDeleteResponse, ProviderConfigListResponse, ProviderConfigUpdateResponse } from './provider-configs.types.js';

/** Whether `value` is a valid {@link ProviderConfigCreateResponse}. */
export declare function isProviderConfigCreateResponse(value: unknown): value is ProviderConfigCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateResponse} is false. */
export declare function explainProviderConfigCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigCreateResponse(value: unknown): ValidationResult<ProviderConfigCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isProviderConfigCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigCreateArgs} is false. */
export declare function explainProviderConfigCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigDeleteResponse}. */
export declare function isProviderConfigDeleteResponse(value: unknown): value is ProviderConfigDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteResponse} is false. */
export declare function explainProviderConfigDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigDeleteResponse(value: unknown): ValidationResult<ProviderConfigDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isProviderConfigDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigDeleteArgs} is false. */
export declare function explainProviderConfigDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigListResponse}. */
export declare function isProviderConfigListResponse(value: unknown): value is ProviderConfigListResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListResponse} is false. */
export declare function explainProviderConfigListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigListResponse(value: unknown): ValidationResult<ProviderConfigListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isProviderConfigListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigListArgs} is false. */
export declare function explainProviderConfigListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link ProviderConfigUpdateResponse}. */
export declare function isProviderConfigUpdateResponse(value: unknown): value is ProviderConfigUpdateResponse;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigUpdateResponse} is false. */
export declare function explainProviderConfigUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link ProviderConfigUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateProviderConfigUpdateResponse(value: unknown): ValidationResult<ProviderConfigUpdateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isProviderConfigUpdateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isProviderConfigUpdateArgs} is false. */
export declare function explainProviderConfigUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
