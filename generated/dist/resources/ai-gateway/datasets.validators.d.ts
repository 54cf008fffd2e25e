import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { DatasetCreateResponse, DatasetDeleteResponse, DatasetGetResponse, DatasetListResponse, DatasetUpdateResponse } from './datasets.types.js';

/** Whether `value` is a valid {@link DatasetCreateResponse}. */
export declare function isDatasetCreateResponse(value: unknown): value is DatasetCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateResponse} is false. */
export declare function explainDatasetCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetCreateResponse(value: unknown): ValidationResult<DatasetCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isDatasetCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateArgs} is false. */
export declare function explainDatasetCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetDeleteResponse}. */
export declare function isDatasetDeleteResponse(value: unknown): value is DatasetDeleteResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteResponse} is false. */
export declare function explainDatasetDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetDeleteResponse(value: unknown): ValidationResult<DatasetDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isDatasetDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteArgs} is false. */
export declare function explainDatasetDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetGetResponse}. */
export declare function isDatasetGetResponse(value: unknown): value is DatasetGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetGetResponse} is false. */
export declare function explainDatasetGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetGetResponse(value: unknown): ValidationResult<DatasetGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isDatasetGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetGetArgs} is false. */
export declare function explainDatasetGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetListResponse}. */
export declare function isDatasetListResponse(value: unknown): value is DatasetListResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetListResponse} is false. */
export declare function explainDatasetListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetListResponse(value: unknown): ValidationResult<DatasetListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isDatasetListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetListArgs} is false. */
export declare function explainDatasetListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetUpdateResponse}. */
export declare function isDatasetUpdateResponse(value: unknown): value is DatasetUpdateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetUpdateResponse} is false. */
export declare function explainDatasetUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetUpdateResponse(value: unknown): ValidationResult<DatasetUpdateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. */
export declare function isDatasetUpdateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetUpdateArgs} is false. */
export declare function explainDatasetUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
