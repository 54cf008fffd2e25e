import type { ValidationIssue, ValidationResult } from '../../core/validation.js';
import type { BillingCreditBalanceResponse, BillingInvoiceHistoryResponse, BillingInvoicePreviewResponse, BillingUsageHistoryResponse } from './billing.types.js';

/** Whether `value` is a valid {@link BillingCreditBalanceResponse}. Fast: returns at the first problem. */
export declare function isBillingCreditBalanceResponse(value: unknown): value is BillingCreditBalanceResponse;
/** @internal Collects every problem with `value`; called only when {@link isBillingCreditBalanceResponse} is false. */
export declare function explainBillingCreditBalanceResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link BillingCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateBillingCreditBalanceResponse(value: unknown): ValidationResult<BillingCreditBalanceResponse>;
/** Whether `value` is a valid {@link BillingInvoiceHistoryResponse}. Fast: returns at the first problem. */
export declare function isBillingInvoiceHistoryResponse(value: unknown): value is BillingInvoiceHistoryResponse;
/** @internal Collects every problem with `value`; called only when {@link isBillingInvoiceHistoryResponse} is false. */
export declare function explainBillingInvoiceHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link BillingInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateBillingInvoiceHistoryResponse(value: unknown): ValidationResult<BillingInvoiceHistoryResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isBillingInvoiceHistoryArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isBillingInvoiceHistoryArgs} is false. */
export declare function explainBillingInvoiceHistoryArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Whether `value` is a valid {@link BillingInvoicePreviewResponse}. Fast: returns at the first problem. */
export declare function isBillingInvoicePreviewResponse(value: unknown): value is BillingInvoicePreviewResponse;
/** @internal Collects every problem with `value`; called only when {@link isBillingInvoicePreviewResponse} is false. */
export declare function explainBillingInvoicePreviewResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link BillingInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateBillingInvoicePreviewResponse(value: unknown): ValidationResult<BillingInvoicePreviewResponse>;
/** Whether `value` is a valid {@link BillingUsageHistoryResponse}. Fast: returns at the first problem. */
export declare function isBillingUsageHistoryResponse(value: unknown): value is BillingUsageHistoryResponse;
/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryResponse} is false. */
export declare function explainBillingUsageHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void;
/** Checks `value` against {@link BillingUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export declare function validateBillingUsageHistoryResponse(value: unknown): ValidationResult<BillingUsageHistoryResponse>;
/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
export declare function isBillingUsageHistoryArgs(value: unknown): value is Record<string, unknown>;
/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryArgs} is false. */
export declare function explainBillingUsageHistoryArgs(value: unknown, path: string, issues: ValidationIssue[]): void;
