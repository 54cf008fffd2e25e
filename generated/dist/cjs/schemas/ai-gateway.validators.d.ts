import type { ValidationIssue, ValidationResult } from '../core/validation.js';
import type { AigBillingCreateTopupResponse, AigBillingCreateTopupResult, AigBillingDeleteSpendingLimitResponse, AigBillingDeleteSpendingLimitResult, AigBillingDeleteTopupConfigResponse, AigBillingDeleteTopupConfigResult, AigBillingGetCreditBalanceResponse, AigBillingGetCreditBalanceResult, AigBillingGetInvoiceHistoryResponse, AigBillingGetInvoiceHistoryResult, AigBillingGetInvoicePreviewResponse, AigBillingGetInvoicePreviewResult, AigBillingGetSpendingLimitResponse, AigBillingGetSpendingLimitResult, AigBillingGetTopupConfigResponse, AigBillingGetTopupConfigResult, AigBillingGetTopupLimitsResponse, AigBillingGetTopupLimitsResult, AigBillingGetUsageHistoryResponse, AigBillingGetUsageHistoryResult, AigBillingSetSpendingLimitResponse, AigBillingSetSpendingLimitResult, AigBillingSetTopupConfigResponse, AigBillingSetTopupConfigResult, AigBillingTopupStatusResponse, AigBillingTopupStatusResult } from './ai-gateway.types.js';

/** Whether `value` is a valid {@link AigBillingCreateTopupResponse}. Fast: returns at the first problem. */
export declare function isAigBillingCreateTopupResponse(value: unknown): value is AigBillingCreateTopupResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResponse} is false. */
export declare function explainAigBillingCreateTopupResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingCreateTopupResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingCreateTopupResponse(value: unknown): ValidationResult<AigBillingCreateTopupResponse>;
/** Whether `value` is a valid {@link AigBillingCreateTopupResult}. Fast: returns at the first problem. */
export declare function isAigBillingCreateTopupResult(value: unknown): value is AigBillingCreateTopupResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingCreateTopupResult} is false. */
export declare function explainAigBillingCreateTopupResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingCreateTopupResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingCreateTopupResult(value: unknown): ValidationResult<AigBillingCreateTopupResult>;
/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResponse}. Fast: returns at the first problem. */
export declare function isAigBillingDeleteSpendingLimitResponse(value: unknown): value is AigBillingDeleteSpendingLimitResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResponse} is false. */
export declare function explainAigBillingDeleteSpendingLimitResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingDeleteSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingDeleteSpendingLimitResponse(value: unknown): ValidationResult<AigBillingDeleteSpendingLimitResponse>;
/** Whether `value` is a valid {@link AigBillingDeleteSpendingLimitResult}. Fast: returns at the first problem. */
export declare function isAigBillingDeleteSpendingLimitResult(value: unknown): value is AigBillingDeleteSpendingLimitResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteSpendingLimitResult} is false. */
export declare function explainAigBillingDeleteSpendingLimitResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingDeleteSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingDeleteSpendingLimitResult(value: unknown): ValidationResult<AigBillingDeleteSpendingLimitResult>;
/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResponse}. Fast: returns at the first problem. */
export declare function isAigBillingDeleteTopupConfigResponse(value: unknown): value is AigBillingDeleteTopupConfigResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingDeleteTopupConfigResponse} is false. */
export declare function explainAigBillingDeleteTopupConfigResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingDeleteTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingDeleteTopupConfigResponse(value: unknown): ValidationResult<AigBillingDeleteTopupConfigResponse>;
/** Whether `value` is a valid {@link AigBillingDeleteTopupConfigResult}: the same checks as {@link isAigBillingDeleteSpendingLimitResult}. */
export declare function isAigBillingDeleteTopupConfigResult(value: unknown): value is AigBillingDeleteTopupConfigResult;
/** @internal The same checks as {@link explainAigBillingDeleteSpendingLimitResult}. */
export declare function explainAigBillingDeleteTopupConfigResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingDeleteTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingDeleteTopupConfigResult(value: unknown): ValidationResult<AigBillingDeleteTopupConfigResult>;
/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetCreditBalanceResponse(value: unknown): value is AigBillingGetCreditBalanceResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResponse} is false. */
export declare function explainAigBillingGetCreditBalanceResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetCreditBalanceResponse(value: unknown): ValidationResult<AigBillingGetCreditBalanceResponse>;
/** Whether `value` is a valid {@link AigBillingGetCreditBalanceResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetCreditBalanceResult(value: unknown): value is AigBillingGetCreditBalanceResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetCreditBalanceResult} is false. */
export declare function explainAigBillingGetCreditBalanceResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetCreditBalanceResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetCreditBalanceResult(value: unknown): ValidationResult<AigBillingGetCreditBalanceResult>;
/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetInvoiceHistoryResponse(value: unknown): value is AigBillingGetInvoiceHistoryResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResponse} is false. */
export declare function explainAigBillingGetInvoiceHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetInvoiceHistoryResponse(value: unknown): ValidationResult<AigBillingGetInvoiceHistoryResponse>;
/** Whether `value` is a valid {@link AigBillingGetInvoiceHistoryResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetInvoiceHistoryResult(value: unknown): value is AigBillingGetInvoiceHistoryResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoiceHistoryResult} is false. */
export declare function explainAigBillingGetInvoiceHistoryResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetInvoiceHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetInvoiceHistoryResult(value: unknown): ValidationResult<AigBillingGetInvoiceHistoryResult>;
/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetInvoicePreviewResponse(value: unknown): value is AigBillingGetInvoicePreviewResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResponse} is false. */
export declare function explainAigBillingGetInvoicePreviewResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetInvoicePreviewResponse(value: unknown): ValidationResult<AigBillingGetInvoicePreviewResponse>;
/** Whether `value` is a valid {@link AigBillingGetInvoicePreviewResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetInvoicePreviewResult(value: unknown): value is AigBillingGetInvoicePreviewResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetInvoicePreviewResult} is false. */
export declare function explainAigBillingGetInvoicePreviewResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetInvoicePreviewResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetInvoicePreviewResult(value: unknown): ValidationResult<AigBillingGetInvoicePreviewResult>;
/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetSpendingLimitResponse(value: unknown): value is AigBillingGetSpendingLimitResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResponse} is false. */
export declare function explainAigBillingGetSpendingLimitResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetSpendingLimitResponse(value: unknown): ValidationResult<AigBillingGetSpendingLimitResponse>;
/** Whether `value` is a valid {@link AigBillingGetSpendingLimitResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetSpendingLimitResult(value: unknown): value is AigBillingGetSpendingLimitResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetSpendingLimitResult} is false. */
export declare function explainAigBillingGetSpendingLimitResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetSpendingLimitResult(value: unknown): ValidationResult<AigBillingGetSpendingLimitResult>;
/** Whether `value` is a valid {@link AigBillingGetTopupConfigResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetTopupConfigResponse(value: unknown): value is AigBillingGetTopupConfigResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResponse} is false. */
export declare function explainAigBillingGetTopupConfigResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetTopupConfigResponse(value: unknown): ValidationResult<AigBillingGetTopupConfigResponse>;
/** Whether `value` is a valid {@link AigBillingGetTopupConfigResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetTopupConfigResult(value: unknown): value is AigBillingGetTopupConfigResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupConfigResult} is false. */
export declare function explainAigBillingGetTopupConfigResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetTopupConfigResult(value: unknown): ValidationResult<AigBillingGetTopupConfigResult>;
/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetTopupLimitsResponse(value: unknown): value is AigBillingGetTopupLimitsResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResponse} is false. */
export declare function explainAigBillingGetTopupLimitsResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetTopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetTopupLimitsResponse(value: unknown): ValidationResult<AigBillingGetTopupLimitsResponse>;
/** Whether `value` is a valid {@link AigBillingGetTopupLimitsResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetTopupLimitsResult(value: unknown): value is AigBillingGetTopupLimitsResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetTopupLimitsResult} is false. */
export declare function explainAigBillingGetTopupLimitsResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetTopupLimitsResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetTopupLimitsResult(value: unknown): ValidationResult<AigBillingGetTopupLimitsResult>;
/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResponse}. Fast: returns at the first problem. */
export declare function isAigBillingGetUsageHistoryResponse(value: unknown): value is AigBillingGetUsageHistoryResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResponse} is false. */
export declare function explainAigBillingGetUsageHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetUsageHistoryResponse(value: unknown): ValidationResult<AigBillingGetUsageHistoryResponse>;
/** Whether `value` is a valid {@link AigBillingGetUsageHistoryResult}. Fast: returns at the first problem. */
export declare function isAigBillingGetUsageHistoryResult(value: unknown): value is AigBillingGetUsageHistoryResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingGetUsageHistoryResult} is false. */
export declare function explainAigBillingGetUsageHistoryResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingGetUsageHistoryResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingGetUsageHistoryResult(value: unknown): ValidationResult<AigBillingGetUsageHistoryResult>;
/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResponse}. Fast: returns at the first problem. */
export declare function isAigBillingSetSpendingLimitResponse(value: unknown): value is AigBillingSetSpendingLimitResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetSpendingLimitResponse} is false. */
export declare function explainAigBillingSetSpendingLimitResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingSetSpendingLimitResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingSetSpendingLimitResponse(value: unknown): ValidationResult<AigBillingSetSpendingLimitResponse>;
/** Whether `value` is a valid {@link AigBillingSetSpendingLimitResult}: the same checks as {@link isAigBillingDeleteSpendingLimitResult}. */
export declare function isAigBillingSetSpendingLimitResult(value: unknown): value is AigBillingSetSpendingLimitResult;
/** @internal The same checks as {@link explainAigBillingDeleteSpendingLimitResult}. */
export declare function explainAigBillingSetSpendingLimitResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingSetSpendingLimitResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingSetSpendingLimitResult(value: unknown): ValidationResult<AigBillingSetSpendingLimitResult>;
/** Whether `value` is a valid {@link AigBillingSetTopupConfigResponse}. Fast: returns at the first problem. */
export declare function isAigBillingSetTopupConfigResponse(value: unknown): value is AigBillingSetTopupConfigResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResponse} is false. */
export declare function explainAigBillingSetTopupConfigResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingSetTopupConfigResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingSetTopupConfigResponse(value: unknown): ValidationResult<AigBillingSetTopupConfigResponse>;
/** Whether `value` is a valid {@link AigBillingSetTopupConfigResult}. Fast: returns at the first problem. */
export declare function isAigBillingSetTopupConfigResult(value: unknown): value is AigBillingSetTopupConfigResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingSetTopupConfigResult} is false. */
export declare function explainAigBillingSetTopupConfigResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingSetTopupConfigResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingSetTopupConfigResult(value: unknown): ValidationResult<AigBillingSetTopupConfigResult>;
/** Whether `value` is a valid {@link AigBillingTopupStatusResponse}. Fast: returns at the first problem. */
export declare function isAigBillingTopupStatusResponse(value: unknown): value is AigBillingTopupStatusResponse;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResponse} is false. */
export declare function explainAigBillingTopupStatusResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingTopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingTopupStatusResponse(value: unknown): ValidationResult<AigBillingTopupStatusResponse>;
/** Whether `value` is a valid {@link AigBillingTopupStatusResult}. Fast: returns at the first problem. */
export declare function isAigBillingTopupStatusResult(value: unknown): value is AigBillingTopupStatusResult;
/** @internal Collects every problem with `value`; called only when {@link isAigBillingTopupStatusResult} is false. */
export declare function explainAigBillingTopupStatusResult(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link AigBillingTopupStatusResult}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateAigBillingTopupStatusResult(value: unknown): ValidationResult<AigBillingTopupStatusResult>;
