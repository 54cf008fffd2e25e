import type { ValidationIssue, ValidationResult } from '../core/validation.js';
import type { AIGatewayCreateResponse, AIGatewayDeleteResponse, AIGatewayGetResponse, AIGatewayListResponse, AIGatewayUpdateResponse } from './ai-gateway.types.js';

/** Whether `value` is a valid {@link AIGatewayCreateResponse}. Fast: returns at the first problem. */
export declare function isAIGatewayCreateResponse(value: unknown): value is AIGatewayCreateResponse;
/** @internal Collects every problem with `value`; called only when {@link isAIGatewayCreateResponse} is false. */
export declare function explainAIGatewayCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AIGatewayCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAIGatewayCreateResponse(value: unknown): ValidationResult<AIGatewayCreateResponse>;
/** Whether `value` is a valid {@link AIGatewayDeleteResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
export declare function isAIGatewayDeleteResponse(value: unknown): value is AIGatewayDeleteResponse;
/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
export declare function explainAIGatewayDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AIGatewayDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAIGatewayDeleteResponse(value: unknown): ValidationResult<AIGatewayDeleteResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isAIGatewayDeleteArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isAIGatewayDeleteArgs} is false. */
export declare function explainAIGatewayDeleteArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link AIGatewayGetResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
export declare function isAIGatewayGetResponse(value: unknown): value is AIGatewayGetResponse;
/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
export declare function explainAIGatewayGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AIGatewayGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAIGatewayGetResponse(value: unknown): ValidationResult<AIGatewayGetResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isAIGatewayDeleteArgs}. */
export declare function isAIGatewayGetArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainAIGatewayDeleteArgs}. */
export declare function explainAIGatewayGetArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link AIGatewayListResponse}. Fast: returns at the first problem. */
export declare function isAIGatewayListResponse(value: unknown): value is AIGatewayListResponse;
/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListResponse} is false. */
export declare function explainAIGatewayListResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AIGatewayListResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAIGatewayListResponse(value: unknown): ValidationResult<AIGatewayListResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isAIGatewayListArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isAIGatewayListArgs} is false. */
export declare function explainAIGatewayListArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link AIGatewayUpdateResponse}: the same checks as {@link isAIGatewayCreateResponse}. */
export declare function isAIGatewayUpdateResponse(value: unknown): value is AIGatewayUpdateResponse;
/** @internal The same checks as {@link explainAIGatewayCreateResponse}. */
export declare function explainAIGatewayUpdateResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AIGatewayUpdateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAIGatewayUpdateResponse(value: unknown): ValidationResult<AIGatewayUpdateResponse>;
/** Whether `value` is a valid `Record<string, unknown>`: the same checks as {@link isAIGatewayDeleteArgs}. */
export declare function isAIGatewayUpdateArgs(value: unknown): value is Record<string, unknown>;
/** @internal The same checks as {@link explainAIGatewayDeleteArgs}. */
export declare function explainAIGatewayUpdateArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
