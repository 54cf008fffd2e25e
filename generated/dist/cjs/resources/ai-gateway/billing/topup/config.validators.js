'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues } = require('../../../../core/validation.js');
const import_schemas_ai_gateway = require('../../../../schemas/ai-gateway.validators.js');

/** Whether `value` is a valid {@link ConfigCreateResponse}. Fast: returns at the first problem. */
function isConfigCreateResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingSetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigCreateResponse} is false. */
function explainConfigCreateResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingSetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateConfigCreateResponse(value) {
  return isConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigCreateResponse) };
}

/** Whether `value` is a valid {@link ConfigDeleteResponse}. Fast: returns at the first problem. */
function isConfigDeleteResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingDeleteTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigDeleteResponse} is false. */
function explainConfigDeleteResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingDeleteTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateConfigDeleteResponse(value) {
  return isConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigDeleteResponse) };
}

/** Whether `value` is a valid {@link ConfigGetResponse}. Fast: returns at the first problem. */
function isConfigGetResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetTopupConfigResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isConfigGetResponse} is false. */
function explainConfigGetResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetTopupConfigResult(value, path, issues);
}

/** Checks `value` against {@link ConfigGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateConfigGetResponse(value) {
  return isConfigGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainConfigGetResponse) };
}


exports.isConfigCreateResponse = isConfigCreateResponse;
exports.explainConfigCreateResponse = explainConfigCreateResponse;
exports.validateConfigCreateResponse = validateConfigCreateResponse;
exports.isConfigDeleteResponse = isConfigDeleteResponse;
exports.explainConfigDeleteResponse = explainConfigDeleteResponse;
exports.validateConfigDeleteResponse = validateConfigDeleteResponse;
exports.isConfigGetResponse = isConfigGetResponse;
exports.explainConfigGetResponse = explainConfigGetResponse;
exports.validateConfigGetResponse = validateConfigGetResponse;
