'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { collectIssues, fail, missing } = require('../../core/validation.js');
const import_schemas_ai_gateway = require('../../schemas/ai-gateway.validators.js');

/** Whether `value` is a valid {@link BillingCreditBalanceResponse}. Fast: returns at the first problem. */
function isBillingCreditBalanceResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetCreditBalanceResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingCreditBalanceResponse} is false. */
function explainBillingCreditBalanceResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetCreditBalanceResult(value, path, issues);
}

/** Checks `value` against {@link BillingCreditBalanceResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateBillingCreditBalanceResponse(value) {
  return isBillingCreditBalanceResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainBillingCreditBalanceResponse) };
}

/** Whether `value` is a valid {@link BillingInvoiceHistoryResponse}. Fast: returns at the first problem. */
function isBillingInvoiceHistoryResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetInvoiceHistoryResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingInvoiceHistoryResponse} is false. */
function explainBillingInvoiceHistoryResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetInvoiceHistoryResult(value, path, issues);
}

/** Checks `value` against {@link BillingInvoiceHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateBillingInvoiceHistoryResponse(value) {
  return isBillingInvoiceHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainBillingInvoiceHistoryResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isBillingInvoiceHistoryArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
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
function explainBillingInvoiceHistoryArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.account_id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/account_id', 'string', v1);
      }
    }
    const v2 = v0.type;
    if (v2 !== undefined) {
      if (!(v2 === 'auto' || v2 === 'all' || v2 === 'manual')) {
        fail(issues, path + '/type', 'one of "auto", "all", "manual"', v2);
      }
    }
  }
}

/** Whether `value` is a valid {@link BillingInvoicePreviewResponse}. Fast: returns at the first problem. */
function isBillingInvoicePreviewResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetInvoicePreviewResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingInvoicePreviewResponse} is false. */
function explainBillingInvoicePreviewResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetInvoicePreviewResult(value, path, issues);
}

/** Checks `value` against {@link BillingInvoicePreviewResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateBillingInvoicePreviewResponse(value) {
  return isBillingInvoicePreviewResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainBillingInvoicePreviewResponse) };
}

/** Whether `value` is a valid {@link BillingUsageHistoryResponse}. Fast: returns at the first problem. */
function isBillingUsageHistoryResponse(value) {
  if (!import_schemas_ai_gateway.isAigBillingGetUsageHistoryResult(value)) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryResponse} is false. */
function explainBillingUsageHistoryResponse(value, path, issues) {
  import_schemas_ai_gateway.explainAigBillingGetUsageHistoryResult(value, path, issues);
}

/** Checks `value` against {@link BillingUsageHistoryResponse}; returns it unchanged when valid, or every problem with its JSON pointer path. */
function validateBillingUsageHistoryResponse(value) {
  return isBillingUsageHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: collectIssues(value, explainBillingUsageHistoryResponse) };
}

/** Whether `value` is a valid `Record<string, unknown>`. Fast: returns at the first problem. */
function isBillingUsageHistoryArgs(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== undefined) {
    if (typeof v1 !== 'string') return false;
  }
  const v2 = v0.end_time;
  if (v2 !== undefined) {
    if (v2 !== null) {
      if (typeof v2 !== 'number' || !Number.isFinite(v2)) return false;
    }
  }
  const v3 = v0.start_time;
  if (v3 !== undefined) {
    if (v3 !== null) {
      if (typeof v3 !== 'number' || !Number.isFinite(v3)) return false;
    }
  }
  const v4 = v0.value_grouping_window;
  if (v4 === undefined) return false;
  if (!(v4 === 'day' || v4 === 'hour')) return false;
  return true;
}

/** @internal Collects every problem with `value`; called only when {@link isBillingUsageHistoryArgs} is false. */
function explainBillingUsageHistoryArgs(value, path, issues) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(issues, path, 'object', value);
  } else {
    const v0 = value;
    const v1 = v0.account_id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        fail(issues, path + '/account_id', 'string', v1);
      }
    }
    const v2 = v0.end_time;
    if (v2 !== undefined) {
      if (v2 !== null) {
        if (typeof v2 !== 'number' || !Number.isFinite(v2)) {
          fail(issues, path + '/end_time', 'number', v2);
        }
      }
    }
    const v3 = v0.start_time;
    if (v3 !== undefined) {
      if (v3 !== null) {
        if (typeof v3 !== 'number' || !Number.isFinite(v3)) {
          fail(issues, path + '/start_time', 'number', v3);
        }
      }
    }
    const v4 = v0.value_grouping_window;
    if (v4 === undefined) {
      missing(issues, path + '/value_grouping_window', 'enum');
    } else {
      if (!(v4 === 'day' || v4 === 'hour')) {
        fail(issues, path + '/value_grouping_window', 'one of "day", "hour"', v4);
      }
    }
  }
}


exports.isBillingCreditBalanceResponse = isBillingCreditBalanceResponse;
exports.explainBillingCreditBalanceResponse = explainBillingCreditBalanceResponse;
exports.validateBillingCreditBalanceResponse = validateBillingCreditBalanceResponse;
exports.isBillingInvoiceHistoryResponse = isBillingInvoiceHistoryResponse;
exports.explainBillingInvoiceHistoryResponse = explainBillingInvoiceHistoryResponse;
exports.validateBillingInvoiceHistoryResponse = validateBillingInvoiceHistoryResponse;
exports.isBillingInvoiceHistoryArgs = isBillingInvoiceHistoryArgs;
exports.explainBillingInvoiceHistoryArgs = explainBillingInvoiceHistoryArgs;
exports.isBillingInvoicePreviewResponse = isBillingInvoicePreviewResponse;
exports.explainBillingInvoicePreviewResponse = explainBillingInvoicePreviewResponse;
exports.validateBillingInvoicePreviewResponse = validateBillingInvoicePreviewResponse;
exports.isBillingUsageHistoryResponse = isBillingUsageHistoryResponse;
exports.explainBillingUsageHistoryResponse = explainBillingUsageHistoryResponse;
exports.validateBillingUsageHistoryResponse = validateBillingUsageHistoryResponse;
exports.isBillingUsageHistoryArgs = isBillingUsageHistoryArgs;
exports.explainBillingUsageHistoryArgs = explainBillingUsageHistoryArgs;
