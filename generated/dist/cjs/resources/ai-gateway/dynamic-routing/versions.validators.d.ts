import type { ValidationIssue, ValidationResult } from '../../../core/validation.js';
import type { VersionCreateResponse, VersionGetResponse, VersionListResponse } from './versions.types.js';

/** Whether `value` is a valid {@link VersionCreateResponse}. Fast: returns at the first problem. */
export declare function isVersionCreateResponse(value: unknown): value is VersionCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isVersionCreateResponse} is false. */
export declare function explainVersionCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link VersionCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateVersionCreateResponse(value: unknown): ValidationResult<VersionCreateResponse>;
/** Whether `value` is a valid {@link VersionGetResponse}. Fast: returns at the first problem. */
export declare function isVersionGetResponse(value: unknown): value is VersionGetResponse;
/** @internal Collects every problem with `value`; called only when {@link isVersionGetResponse} is false. */
export declare function explainVersionGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link VersionGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateVersionGetResponse(value: unknown): ValidationResult<VersionGetResponse>;
/** Whether `value` is a valid {@link VersionListResponse}. Fast: returns at the first problem. */
export declare function isVersionListResponse(value: unknown): value is VersionListResponse;
/** @internal Collects every problem with `value`; called only when {@link isVersionListResponse} is false. */
export declare function explainVersionListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link VersionListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateVersionListResponse(value: unknown): ValidationResult<VersionListResponse>;
