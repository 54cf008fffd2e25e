import { collectIssues, type ValidationIssue, type ValidationResult } from '../../../core/validation.js';
import { explainAigBillingDeleteSpendingLimitResult, isAigBillingDeleteSpendingLimitResult, explainAigBillingGetSpendingLimitResult, isAigBillingGetSpendingLimitResult, explainAigBillingSetSpendingLimitResult, isAigBillingSetSpendingLimitResult } from '../../../schemas/ai-gateway.validators.js';
import type { SpendingLimitCreateResponse, SpendingLimitDeleteResponse, SpendingLimitGetResponse } from './spending-limit.types.js';

/** Whether `value` is a valid {@link SpendingLimitCreateResponse}. Fast: returns at the first problem. */
export function isSpendingLimitCreateResponse(value: unknown): value is SpendingLimitCreateResponse {
  if (!isAigBillingSetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitCreateResponse} is false. */
export function explainSpendingLimitCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingSetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitCreateResponse(value: unknown): ValidationResult<SpendingLimitCreateResponse> {
  return isSpendingLimitCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitCreateResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitDeleteResponse}. Fast: returns at the first problem. */
export function isSpendingLimitDeleteResponse(value: unknown): value is SpendingLimitDeleteResponse {
  if (!isAigBillingDeleteSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitDeleteResponse} is false. */
export function explainSpendingLimitDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingDeleteSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitDeleteResponse(value: unknown): ValidationResult<SpendingLimitDeleteResponse> {
  return isSpendingLimitDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitDeleteResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitGetResponse}. Fast: returns at the first problem. */
export function isSpendingLimitGetResponse(value: unknown): value is SpendingLimitGetResponse {
  if (!isAigBillingGetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitGetResponse} is false. */
export function explainSpendingLimitGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitGetResponse(value: unknown): ValidationResult<SpendingLimitGetResponse> {
  return isSpendingLimitGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitGetResponse) };
}
