import { collectIssues } from '../../../core/validation.js';
import { explainAigBillingDeleteSpendingLimitResult, isAigBillingDeleteSpendingLimitResult, explainAigBillingGetSpendingLimitResult, isAigBillingGetSpendingLimitResult, explainAigBillingSetSpendingLimitResult, isAigBillingSetSpendingLimitResult } from '../../../schemas/ai-gateway.validators.js';

/** Whether `value` is a valid {@link SpendingLimitCreateResponse}. Fast: returns at the first problem. */
export function isSpendingLimitCreateResponse(value) {
  if (!isAigBillingSetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitCreateResponse} is false. */
export function explainSpendingLimitCreateResponse(value, path, issues) {
  explainAigBillingSetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitCreateResponse(value) {
  return isSpendingLimitCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitCreateResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitDeleteResponse}. Fast: returns at the first problem. */
export function isSpendingLimitDeleteResponse(value) {
  if (!isAigBillingDeleteSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitDeleteResponse} is false. */
export function explainSpendingLimitDeleteResponse(value, path, issues) {
  explainAigBillingDeleteSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitDeleteResponse(value) {
  return isSpendingLimitDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitDeleteResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitGetResponse}. Fast: returns at the first problem. */
export function isSpendingLimitGetResponse(value) {
  if (!isAigBillingGetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitGetResponse} is false. */
export function explainSpendingLimitGetResponse(value, path, issues) {
  explainAigBillingGetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateSpendingLimitGetResponse(value) {
  return isSpendingLimitGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitGetResponse) };
}
