import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import { SpendingLimit } from './billing/spending-limit.js';
import { Topup } from './billing/topup.js';
import type { BillingCreditBalanceParams, BillingCreditBalanceResponse, BillingInvoiceHistoryParams, BillingInvoiceHistoryResponse, BillingInvoicePreviewParams, BillingInvoicePreviewResponse, BillingUsageHistoryParams, BillingUsageHistoryResponse } from './billing.types.js';
import type * as Validators from './billing.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./billing.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.billing`. */
export class Billing {
  #spendingLimit: SpendingLimit | undefined;
  #topup: Topup | undefined;

  constructor(private readonly _client: APIClient) {}

  /** SpendingLimit operations, created on first use. */
  get spendingLimit(): SpendingLimit {
    return (this.#spendingLimit ??= new SpendingLimit(this._client));
  }

  /** Topup operations, created on first use. */
  get topup(): Topup {
    return (this.#topup ??= new Topup(this._client));
  }

  /**
   * Get credit balance
   *
   * Retrieve the current credit balance, payment method info, and top-up configuration.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
   */
  creditBalance(params: BillingCreditBalanceParams = {}, options?: RequestOptions): APIPromise<BillingCreditBalanceResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<BillingCreditBalanceResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/credit-balance", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isBillingCreditBalanceResponse,
        explain: v.explainBillingCreditBalanceResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get invoice history
   *
   * Retrieve a list of past invoices with pagination, optionally filtered by type.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
   */
  invoiceHistory(params: BillingInvoiceHistoryParams = {}, options?: RequestOptions): APIPromise<BillingInvoiceHistoryResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<BillingInvoiceHistoryResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isBillingInvoiceHistoryArgs, v.explainBillingInvoiceHistoryArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/invoice-history", { account_id: accountIdParam }),
        query: { type: params["type"] },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isBillingInvoiceHistoryResponse,
        explain: v.explainBillingInvoiceHistoryResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get invoice preview
   *
   * Retrieve a preview of the upcoming invoice including line items and tax.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
   */
  invoicePreview(params: BillingInvoicePreviewParams = {}, options?: RequestOptions): APIPromise<BillingInvoicePreviewResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<BillingInvoicePreviewResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/invoice-preview", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isBillingInvoicePreviewResponse,
        explain: v.explainBillingInvoicePreviewResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get usage history
   *
   * Retrieve aggregated usage meter event summaries for the given time range.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
   */
  usageHistory(params: BillingUsageHistoryParams, options?: RequestOptions): APIPromise<BillingUsageHistoryResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<BillingUsageHistoryResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isBillingUsageHistoryArgs, v.explainBillingUsageHistoryArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/usage-history", { account_id: accountIdParam }),
        query: { end_time: params.end_time, start_time: params.start_time, value_grouping_window: params.value_grouping_window },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isBillingUsageHistoryResponse,
        explain: v.explainBillingUsageHistoryResponse,
        retrySafe: true,
      };
    }), options);
  }
}
