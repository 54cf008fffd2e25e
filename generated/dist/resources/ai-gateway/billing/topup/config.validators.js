import { collectIssues } from '../../../../core/validation.js';
import { explainAigBillingDeleteTopupConfigResult, isAigBillingDeleteTopupConfigResult, explainAigBillingGetTopupConfigResult, isAigBillingGetTopupConfigResult, explainAigBillingSetTopupConfigResult, isAigBillingSetTopupConfigResult } from '../../../../schemas/ai-gateway.validators.js';

/** Whether `value` is a valid {@link ConfigCreateResponse}. Fast: returns at the first problem. */
export function isConfigCreateResponse(value) {
  if (!isAigBillingSetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigCreateResponse} is false. */
export function explainConfigCreateResponse(value, path, issues) {
  explainAigBillingSetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigCreateResponse(value) {
  return isConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigCreateResponse) };
}

/** Whether `value` is a valid {@link ConfigDeleteResponse}. Fast: returns at the first problem. */
export function isConfigDeleteResponse(value) {
  if (!isAigBillingDeleteTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigDeleteResponse} is false. */
export function explainConfigDeleteResponse(value, path, issues) {
  explainAigBillingDeleteTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigDeleteResponse(value) {
  return isConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigDeleteResponse) };
}

/** Whether `value` is a valid {@link ConfigGetResponse}. Fast: returns at the first problem. */
export function isConfigGetResponse(value) {
  if (!isAigBillingGetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigGetResponse} is false. */
export function explainConfigGetResponse(value, path, issues) {
  explainAigBillingGetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigGetResponse(value) {
  return isConfigGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigGetResponse) };
}
