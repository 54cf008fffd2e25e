import { collectIssues } from '../../../core/validation.js';
import { explainAigBillingCreateTopupResult, isAigBillingCreateTopupResult, explainAigBillingGetTopupLimitsResult, isAigBillingGetTopupLimitsResult, explainAigBillingTopupStatusResult, isAigBillingTopupStatusResult } from '../../../schemas/ai-gateway.validators.js';

/** Whether `value` is a valid {@link TopupCreateResponse}. Fast: returns at the first problem. */
export function isTopupCreateResponse(value) {
  if (!isAigBillingCreateTopupResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupCreateResponse} is false. */
export function explainTopupCreateResponse(value, path, issues) {
  explainAigBillingCreateTopupResult(value, path, issues);
}

/** Checks `value` against {@link TopupCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupCreateResponse(value) {
  return isTopupCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupCreateResponse) };
}

/** Whether `value` is a valid {@link TopupLimitsResponse}. Fast: returns at the first problem. */
export function isTopupLimitsResponse(value) {
  if (!isAigBillingGetTopupLimitsResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupLimitsResponse} is false. */
export function explainTopupLimitsResponse(value, path, issues) {
  explainAigBillingGetTopupLimitsResult(value, path, issues);
}

/** Checks `value` against {@link TopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupLimitsResponse(value) {
  return isTopupLimitsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupLimitsResponse) };
}

/** Whether `value` is a valid {@link TopupStatusResponse}. Fast: returns at the first problem. */
export function isTopupStatusResponse(value) {
  if (!isAigBillingTopupStatusResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupStatusResponse} is false. */
export function explainTopupStatusResponse(value, path, issues) {
  explainAigBillingTopupStatusResult(value, path, issues);
}

/** Checks `value` against {@link TopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateTopupStatusResponse(value) {
  return isTopupStatusResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupStatusResponse) };
}
