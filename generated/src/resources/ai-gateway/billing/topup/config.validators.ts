import { collectIssues, type ValidationIssue, type ValidationResult } from '../../../../core/validation.js';
import { explainAigBillingDeleteTopupConfigResult, isAigBillingDeleteTopupConfigResult, explainAigBillingGetTopupConfigResult, isAigBillingGetTopupConfigResult, explainAigBillingSetTopupConfigResult, isAigBillingSetTopupConfigResult } from '../../../../schemas/ai-gateway.validators.js';
import type { ConfigCreateResponse, ConfigDeleteResponse, ConfigGetResponse } from './config.types.js';

/** Whether `value` is a valid {@link ConfigCreateResponse}. Fast: returns at the first problem. */
export function isConfigCreateResponse(value: unknown): value is ConfigCreateResponse {
  if (!isAigBillingSetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigCreateResponse} is false. */
export function explainConfigCreateResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingSetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigCreateResponse(value: unknown): ValidationResult<ConfigCreateResponse> {
  return isConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigCreateResponse) };
}

/** Whether `value` is a valid {@link ConfigDeleteResponse}. Fast: returns at the first problem. */
export function isConfigDeleteResponse(value: unknown): value is ConfigDeleteResponse {
  if (!isAigBillingDeleteTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigDeleteResponse} is false. */
export function explainConfigDeleteResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingDeleteTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigDeleteResponse(value: unknown): ValidationResult<ConfigDeleteResponse> {
  return isConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigDeleteResponse) };
}

/** Whether `value` is a valid {@link ConfigGetResponse}. Fast: returns at the first problem. */
export function isConfigGetResponse(value: unknown): value is ConfigGetResponse {
  if (!isAigBillingGetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigGetResponse} is false. */
export function explainConfigGetResponse(value: unknown, path: string, issues: ValidationIssue[]): void {
  explainAigBillingGetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
export function validateConfigGetResponse(value: unknown): ValidationResult<ConfigGetResponse> {
  return isConfigGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigGetResponse) };
}
