import { collectIssues, type ValidationIssue, type ValidationResult } from '../../../core/validation.js';
import { explainAigBillingCreateTopupResult, isAigBillingCreateTopupResult, explainAigBillingGetTopupLimitsResult, isAigBillingGetTopupLimitsResult, explainAigBillingTopupStatusResult, isAigBillingTopupStatusResult } from '../../../schemas/ai-gateway.validators.js';
import type { TopupCreateResponse, TopupLimitsResponse, TopupStatusResponse } from './topup.types.js';

/** Whether `value` is a valid {@link TopupCreateResponse}. Fast: returns at the first problem. */
export function isTopupCreateResponse(value: unknown): value is TopupCreateResponse {
  if (!isAigBillingCreateTopupResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupCreateResponse} is false. */
export function explainTopupCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingCreateTopupResult(value, path, issues);
}

/** Checks `value` against {@link TopupCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupCreateResponse(value: unknown): ValidationResult<TopupCreateResponse> {
  return isTopupCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupCreateResponse) };
}

/** Whether `value` is a valid {@link TopupLimitsResponse}. Fast: returns at the first problem. */
export function isTopupLimitsResponse(value: unknown): value is TopupLimitsResponse {
  if (!isAigBillingGetTopupLimitsResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupLimitsResponse} is false. */
export function explainTopupLimitsResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetTopupLimitsResult(value, path, issues);
}

/** Checks `value` against {@link TopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupLimitsResponse(value: unknown): ValidationResult<TopupLimitsResponse> {
  return isTopupLimitsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupLimitsResponse) };
}

/** Whether `value` is a valid {@link TopupStatusResponse}. Fast: returns at the first problem. */
export function isTopupStatusResponse(value: unknown): value is TopupStatusResponse {
  if (!isAigBillingTopupStatusResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupStatusResponse} is false. */
export function explainTopupStatusResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingTopupStatusResult(value, path, issues);
}

/** Checks `value` against {@link TopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupStatusResponse(value: unknown): ValidationResult<TopupStatusResponse> {
  return isTopupStatusResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupStatusResponse) };
}
