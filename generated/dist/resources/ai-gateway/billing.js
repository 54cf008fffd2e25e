import { expandPath } from "../../internal/path.js";
import {
  explainBillingCreditBalanceResponse,
  explainBillingInvoiceHistoryArgs,
  explainBillingInvoiceHistoryResponse,
  explainBillingInvoicePreviewResponse,
  explainBillingUsageHistoryArgs,
  explainBillingUsageHistoryResponse,
  isBillingCreditBalanceResponse,
  isBillingInvoiceHistoryArgs,
  isBillingInvoiceHistoryResponse,
  isBillingInvoicePreviewResponse,
  isBillingUsageHistoryArgs,
  isBillingUsageHistoryResponse
} from "./billing.validators.js";
function billingCreditBalance(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/credit-balance",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingCreditBalanceResponse,
      explain: explainBillingCreditBalanceResponse,
      retrySafe: true
    };
  }, options);
}
function billingInvoiceHistory(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isBillingInvoiceHistoryArgs, explainBillingInvoiceHistoryArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/invoice-history",
        { account_id: accountIdParam }
      ),
      query: { type: params["type"] },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingInvoiceHistoryResponse,
      explain: explainBillingInvoiceHistoryResponse,
      retrySafe: true
    };
  }, options);
}
function billingInvoicePreview(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/invoice-preview",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingInvoicePreviewResponse,
      explain: explainBillingInvoicePreviewResponse,
      retrySafe: true
    };
  }, options);
}
function billingUsageHistory(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isBillingUsageHistoryArgs, explainBillingUsageHistoryArgs);
    return {
      method: "get",
      path: expandPath(
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
      check: isBillingUsageHistoryResponse,
      explain: explainBillingUsageHistoryResponse,
      retrySafe: true
    };
  }, options);
}
export {
  billingCreditBalance,
  billingInvoiceHistory,
  billingInvoicePreview,
  billingUsageHistory
};
