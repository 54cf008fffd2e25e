var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var billing_exports = {};
__export(billing_exports, {
  billingCreditBalance: () => billingCreditBalance,
  billingInvoiceHistory: () => billingInvoiceHistory,
  billingInvoicePreview: () => billingInvoicePreview,
  billingUsageHistory: () => billingUsageHistory
});
module.exports = __toCommonJS(billing_exports);
var import_path = require("../../internal/path.js");
var import_billing_validators = require("./billing.validators.js");
function billingCreditBalance(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/credit-balance",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_billing_validators.isBillingCreditBalanceResponse,
      explain: import_billing_validators.explainBillingCreditBalanceResponse,
      retrySafe: true
    };
  }, options);
}
function billingInvoiceHistory(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_billing_validators.isBillingInvoiceHistoryArgs, import_billing_validators.explainBillingInvoiceHistoryArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/invoice-history",
        { account_id: accountIdParam }
      ),
      query: { type: params["type"] },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_billing_validators.isBillingInvoiceHistoryResponse,
      explain: import_billing_validators.explainBillingInvoiceHistoryResponse,
      retrySafe: true
    };
  }, options);
}
function billingInvoicePreview(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/invoice-preview",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_billing_validators.isBillingInvoicePreviewResponse,
      explain: import_billing_validators.explainBillingInvoicePreviewResponse,
      retrySafe: true
    };
  }, options);
}
function billingUsageHistory(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_billing_validators.isBillingUsageHistoryArgs, import_billing_validators.explainBillingUsageHistoryArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/usage-history",
        { account_id: accountIdParam }
      ),
      query: {
        end_time: params.end_time,
        start_time: params.start_time,
        value_grouping_window: params.value_grouping_window
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_billing_validators.isBillingUsageHistoryResponse,
      explain: import_billing_validators.explainBillingUsageHistoryResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  billingCreditBalance,
  billingInvoiceHistory,
  billingInvoicePreview,
  billingUsageHistory
});
