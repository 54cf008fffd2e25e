'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues } = require('../../../core/validation.js');
const import_schemas_ai_gateway = require('../../../schemas/ai-gateway.validators.js');

/** Whether `value` is a valid {@link TopupCreateResponse}. Fast: returns at the first problem. */
function isTopupCreateResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingCreateTopupResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupCreateResponse} is false. */
function explainTopupCreateResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingCreateTopupResult(value, path, issues);
}

/** Checks `value` against {@link TopupCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateTopupCreateResponse(value) {
  return isTopupCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupCreateResponse) };
}

/** Whether `value` is a valid {@link TopupLimitsResponse}. Fast: returns at the first problem. */
function isTopupLimitsResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetTopupLimitsResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupLimitsResponse} is false. */
function explainTopupLimitsResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetTopupLimitsResult(value, path, issues);
}

/** Checks `value` against {@link TopupLimitsResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateTopupLimitsResponse(value) {
  return isTopupLimitsResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupLimitsResponse) };
}

/** Whether `value` is a valid {@link TopupStatusResponse}. Fast: returns at the first problem. */
function isTopupStatusResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingTopupStatusResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isTopupStatusResponse} is false. */
function explainTopupStatusResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingTopupStatusResult(value, path, issues);
}

/** Checks `value` against {@link TopupStatusResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateTopupStatusResponse(value) {
  return isTopupStatusResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainTopupStatusResponse) };
}


exports.isTopupCreateResponse = isTopupCreateResponse;
exports.explainTopupCreateResponse = explainTopupCreateResponse;
exports.validateTopupCreateResponse = validateTopupCreateResponse;
exports.isTopupLimitsResponse = isTopupLimitsResponse;
exports.explainTopupLimitsResponse = explainTopupLimitsResponse;
exports.validateTopupLimitsResponse = validateTopupLimitsResponse;
exports.isTopupStatusResponse = isTopupStatusResponse;
exports.explainTopupStatusResponse = explainTopupStatusResponse;
exports.validateTopupStatusResponse = validateTopupStatusResponse;
