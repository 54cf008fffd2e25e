import { collectIssues, fail, type ValidationIssue, type ValidationResult } from '../../core/validation.js';
import {
  explainAigBillingGetCreditBalanceResult,
  isAigBillingGetCreditBalanceResult,
  explainAigBillingGetInvoiceHistoryResult,
  isAigBillingGetInvoiceHistoryResult,
  explainAigBillingGetInvoicePreviewResult,
  isAigBillingGetInvoicePreviewResult,
  explainAigBillingGetUsageHistoryResult,
  isAigBillingGetUsageHistoryResult,
} from '../../schemas/validators.js';
import type {
  BillingCreditBalanceResponse,
  BillingInvoiceHistoryResponse,
  BillingInvoicePreviewResponse,
  BillingUsageHistoryResponse,
} from './billing.types.js';

/** Whether `value` is a valid {@link BillingCreditBalanceResponse}. Fast: returns at the first problem. */
export function isBillingCreditBalanceResponse(value: unknown): value is BillingCreditBalanceResponse {
  if (!isAigBillingGetCreditBalanceResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingCreditBalanceResponse} is false. */
export function explainBillingCreditBalanceResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetCreditBalanceResult(value, path, issues);
}

/** Checks `value` against {@link BillingCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingCreditBalanceResponse(value: unknown): ValidationResult<BillingCreditBalanceResponse> {
  return isBillingCreditBalanceResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingCreditBalanceResponse) };
}

/** Whether `value` is a valid {@link BillingInvoiceHistoryResponse}. Fast: returns at the first problem. */
export function isBillingInvoiceHistoryResponse(value: unknown): value is BillingInvoiceHistoryResponse {
  if (!isAigBillingGetInvoiceHistoryResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingInvoiceHistoryResponse} is false. */
export function explainBillingInvoiceHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetInvoiceHistoryResult(value, path, issues);
}

/** Checks `value` against {@link BillingInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingInvoiceHistoryResponse(value: unknown): ValidationResult<BillingInvoiceHistoryResponse> {
  return isBillingInvoiceHistoryResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingInvoiceHistoryResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isBillingInvoiceHistoryArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value as unknown as Record<string, unknown>;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.type;
  if (v2 !== undefined) {
    if (!(v2 === 'auto' || v2 === 'all' || v2 === 'manual')) return false;
  }
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingInvoiceHistoryArgs} is false. */
export function explainBillingInvoiceHistoryArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v3 = value as unknown as Record<string, unknown>;
    const v4 = v3.account_id;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        fail(issues, path + '/account_id', 'string', v4);
      } else {
      }
    }
    const v5 = v3.type;
    if (v5 !== undefined) {
      if (!(v5 === 'auto' || v5 === 'all' || v5 === 'manual')) {
        fail(issues, path + '/type', 'one of "auto", "all", "manual"', v5);
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingInvoiceHistoryArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isBillingInvoiceHistoryArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingInvoiceHistoryArgs) };
}

/** Whether `value` is a valid {@link BillingInvoicePreviewResponse}. Fast: returns at the first problem. */
export function isBillingInvoicePreviewResponse(value: unknown): value is BillingInvoicePreviewResponse {
  if (!isAigBillingGetInvoicePreviewResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingInvoicePreviewResponse} is false. */
export function explainBillingInvoicePreviewResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetInvoicePreviewResult(value, path, issues);
}

/** Checks `value` against {@link BillingInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingInvoicePreviewResponse(value: unknown): ValidationResult<BillingInvoicePreviewResponse> {
  return isBillingInvoicePreviewResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingInvoicePreviewResponse) };
}

/** Whether `value` is a valid {@link BillingUsageHistoryResponse}. Fast: returns at the first problem. */
export function isBillingUsageHistoryResponse(value: unknown): value is BillingUsageHistoryResponse {
  if (!isAigBillingGetUsageHistoryResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryResponse} is false. */
export function explainBillingUsageHistoryResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetUsageHistoryResult(value, path, issues);
}

/** Checks `value` against {@link BillingUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingUsageHistoryResponse(value: unknown): ValidationResult<BillingUsageHistoryResponse> {
  return isBillingUsageHistoryResponse(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingUsageHistoryResponse) };
}

/** Whether `value` is a valid {@link Record<string, unknown>}. Fast: returns at the first problem. */
export function isBillingUsageHistoryArgs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v6 = value as unknown as Record<string, unknown>;
  const v7 = v6.account_id;
  if (v7 !== undefined) {
    if (typeof v7 !== 'string') return false;
  }
  const v8 = v6.end_time;
  if (v8 !== undefined) {
    if (v8 !== null) {
      if (typeof v8 !== 'number' || !Number.isFinite(v8)) return false;
    }
  }
  const v9 = v6.start_time;
  if (v9 !== undefined) {
    if (v9 !== null) {
      if (typeof v9 !== 'number' || !Number.isFinite(v9)) return false;
    }
  }
  const v10 = v6.value_grouping_window;
  if (v10 === undefined) return false;
  if (!(v10 === 'day' || v10 === 'hour')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryArgs} is false. */
export function explainBillingUsageHistoryArgs(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v11 = value as unknown as Record<string, unknown>;
    const v12 = v11.account_id;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        fail(issues, path + '/account_id', 'string', v12);
      } else {
      }
    }
    const v13 = v11.end_time;
    if (v13 !== undefined) {
      if (v13 !== null) {
        if (typeof v13 !== 'number' || !Number.isFinite(v13)) {
          fail(issues, path + '/end_time', 'number', v13);
        } else {
        }
      }
    }
    const v14 = v11.start_time;
    if (v14 !== undefined) {
      if (v14 !== null) {
        if (typeof v14 !== 'number' || !Number.isFinite(v14)) {
          fail(issues, path + '/start_time', 'number', v14);
        } else {
        }
      }
    }
    const v15 = v11.value_grouping_window;
    if (v15 === undefined) {
      fail(issues, path + '/value_grouping_window', 'enum', v15, 'is required');
    } else {
      if (!(v15 === 'day' || v15 === 'hour')) {
        fail(issues, path + '/value_grouping_window', 'one of "day", "hour"', v15);
      }
    }
  }
}

/** Checks `value` against {@link Record<string, unknown>}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateBillingUsageHistoryArgs(value: unknown): ValidationResult<Record<string, unknown>> {
  return isBillingUsageHistoryArgs(value)
    ? { ok: true, value }
    : { ok: false, errors: collectIssues(value, explainBillingUsageHistoryArgs) };
}
