/**
 * The operations of `client.aiGateway.billing` (class `AiGatewayBilling`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { BillingCreditBalanceParams, BillingCreditBalanceResponse, BillingInvoiceHistoryParams, BillingInvoiceHistoryResponse, BillingInvoicePreviewParams, BillingInvoicePreviewResponse, BillingUsageHistoryParams, BillingUsageHistoryResponse } from './billing.types.js';
import { explainBillingCreditBalanceResponse, explainBillingInvoiceHistoryArgs, explainBillingInvoiceHistoryResponse, explainBillingInvoicePreviewResponse, explainBillingUsageHistoryArgs, explainBillingUsageHistoryResponse, isBillingCreditBalanceResponse, isBillingInvoiceHistoryArgs, isBillingInvoiceHistoryResponse, isBillingInvoicePreviewResponse, isBillingUsageHistoryArgs, isBillingUsageHistoryResponse } from './billing.validators.js';

export type * from './billing.types.js';

/**
 * Get credit balance
 *
 * Retrieve the current credit balance, payment method info, and top-up configuration.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
 *
 * The same as `client.aiGateway.billing.creditBalance()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function billingCreditBalance(client: APIClient, params: BillingCreditBalanceParams = {}, options?: RequestOptions): APIPromise<BillingCreditBalanceResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<BillingCreditBalanceResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/credit-balance", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingCreditBalanceResponse,
      explain: explainBillingCreditBalanceResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get invoice history
 *
 * Retrieve a list of past invoices with pagination, optionally filtered by type.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
 *
 * The same as `client.aiGateway.billing.invoiceHistory()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function billingInvoiceHistory(client: APIClient, params: BillingInvoiceHistoryParams = {}, options?: RequestOptions): APIPromise<BillingInvoiceHistoryResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<BillingInvoiceHistoryResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isBillingInvoiceHistoryArgs, explainBillingInvoiceHistoryArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/invoice-history", { account_id: accountIdParam }),
      query: { type: params["type"] },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingInvoiceHistoryResponse,
      explain: explainBillingInvoiceHistoryResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get invoice preview
 *
 * Retrieve a preview of the upcoming invoice including line items and tax.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
 *
 * The same as `client.aiGateway.billing.invoicePreview()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function billingInvoicePreview(client: APIClient, params: BillingInvoicePreviewParams = {}, options?: RequestOptions): APIPromise<BillingInvoicePreviewResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<BillingInvoicePreviewResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/invoice-preview", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingInvoicePreviewResponse,
      explain: explainBillingInvoicePreviewResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get usage history
 *
 * Retrieve aggregated usage meter event summaries for the given time range.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
 *
 * The same as `client.aiGateway.billing.usageHistory()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function billingUsageHistory(client: APIClient, params: BillingUsageHistoryParams, options?: RequestOptions): APIPromise<BillingUsageHistoryResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<BillingUsageHistoryResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isBillingUsageHistoryArgs, explainBillingUsageHistoryArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/usage-history", { account_id: accountIdParam }),
      query: { end_time: params.end_time, start_time: params.start_time, value_grouping_window: params.value_grouping_window },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isBillingUsageHistoryResponse,
      explain: explainBillingUsageHistoryResponse,
      retrySafe: true,
    };
  }, options);
}
