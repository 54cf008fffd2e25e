import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { DatasetCreateResponse, DatasetDeleteResponse, DatasetGetResponse, DatasetListResponse, DatasetUpdateResponse } from './datasets.types.js';

/** Whether `value` is a valid {@link DatasetCreateResponse}. Fast: returns at the first problem. */
export declare function isDatasetCreateResponse(value: unknown): value is DatasetCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateResponse} is false. */
export declare function explainDatasetCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetCreateResponse(value: unknown): ValidationResult<DatasetCreateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isDatasetCreateArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetCreateArgs} is false. */
export declare function explainDatasetCreateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetDeleteResponse}: the same checks as {@link isDatasetCreateResponse}. */
export declare function isDatasetDeleteResponse(value: unknown): value is DatasetDeleteResponse;
/** @internal The same checks as {@link explainDatasetCreateResponse}. */
export declare function explainDatasetDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetDeleteResponse(value: unknown): ValidationResult<DatasetDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isDatasetDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetDeleteArgs} is false. */
export declare function explainDatasetDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetGetResponse}: the same checks as {@link isDatasetCreateResponse}. */
export declare function isDatasetGetResponse(value: unknown): value is DatasetGetResponse;
/** @internal The same checks as {@link explainDatasetCreateResponse}. */
export declare function explainDatasetGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetGetResponse(value: unknown): ValidationResult<DatasetGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isDatasetDeleteArgs}. */
export declare function isDatasetGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainDatasetDeleteArgs}. */
export declare function explainDatasetGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetListResponse}. Fast: returns at the first problem. */
export declare function isDatasetListResponse(value: unknown): value is DatasetListResponse;
/** @internal Collects every problem with `value`; called only when {@link isDatasetListResponse} is false. */
export declare function explainDatasetListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetListResponse(value: unknown): ValidationResult<DatasetListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isDatasetListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isDatasetListArgs} is false. */
export declare function explainDatasetListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link DatasetUpdateResponse}: the same checks as {@link isDatasetCreateResponse}. */
export declare function isDatasetUpdateResponse(value: unknown): value is DatasetUpdateResponse;
/** @internal The same checks as {@link explainDatasetCreateResponse}. */
export declare function explainDatasetUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link DatasetUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateDatasetUpdateResponse(value: unknown): ValidationResult<DatasetUpdateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isDatasetDeleteArgs}. */
export declare function isDatasetUpdateArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainDatasetDeleteArgs}. */
export declare function explainDatasetUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
