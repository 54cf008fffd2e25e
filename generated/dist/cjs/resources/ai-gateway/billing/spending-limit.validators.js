'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues } = require('../../../core/validation.js');
const import_schemas_ai_gateway = require('../../../schemas/ai-gateway.validators.js');

/** Whether `value` is a valid {@link SpendingLimitCreateResponse}. Fast: returns at the first problem. */
function isSpendingLimitCreateResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingSetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitCreateResponse} is false. */
function explainSpendingLimitCreateResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingSetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitCreateResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateSpendingLimitCreateResponse(value) {
  return isSpendingLimitCreateResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitCreateResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitDeleteResponse}. Fast: returns at the first problem. */
function isSpendingLimitDeleteResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingDeleteSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitDeleteResponse} is false. */
function explainSpendingLimitDeleteResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingDeleteSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitDeleteResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateSpendingLimitDeleteResponse(value) {
  return isSpendingLimitDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitDeleteResponse) };
}

/** Whether `value` is a valid {@link SpendingLimitGetResponse}. Fast: returns at the first problem. */
function isSpendingLimitGetResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetSpendingLimitResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isSpendingLimitGetResponse} is false. */
function explainSpendingLimitGetResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetSpendingLimitResult(value, path, issues);
}

/** Checks `value` against {@link SpendingLimitGetResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateSpendingLimitGetResponse(value) {
  return isSpendingLimitGetResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainSpendingLimitGetResponse) };
}


exports.isSpendingLimitCreateResponse = isSpendingLimitCreateResponse;
exports.explainSpendingLimitCreateResponse = explainSpendingLimitCreateResponse;
exports.validateSpendingLimitCreateResponse = validateSpendingLimitCreateResponse;
exports.isSpendingLimitDeleteResponse = isSpendingLimitDeleteResponse;
exports.explainSpendingLimitDeleteResponse = explainSpendingLimitDeleteResponse;
exports.validateSpendingLimitDeleteResponse = validateSpendingLimitDeleteResponse;
exports.isSpendingLimitGetResponse = isSpendingLimitGetResponse;
exports.explainSpendingLimitGetResponse = explainSpendingLimitGetResponse;
exports.validateSpendingLimitGetResponse = validateSpendingLimitGetResponse;
