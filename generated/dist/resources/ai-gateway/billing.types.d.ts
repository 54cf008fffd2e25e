import type { AigBillingGetCreditBalanceResult, AigBillingGetInvoiceHistoryResult, AigBillingGetInvoicePreviewResult, AigBillingGetUsageHistoryResult } from '../../schemas/ai-gateway.types.js';

/** Parameters of `aiGateway.billing.creditBalance` (`GET /accounts/{account_id}/ai-gateway/billing/credit-balance`). */
export interface BillingCreditBalanceParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type BillingCreditBalanceResponse = AigBillingGetCreditBalanceResult;

/** Parameters of `aiGateway.billing.invoiceHistory` (`GET /accounts/{account_id}/ai-gateway/billing/invoice-history`). */
export interface BillingInvoiceHistoryParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /**
   * Filter invoice type: auto, manual, or all.
   * @default "all"
   * @example "all"
   */
  type?: "auto" | "all" | "manual";
}

export type BillingInvoiceHistoryResponse = AigBillingGetInvoiceHistoryResult;

/** Parameters of `aiGateway.billing.invoicePreview` (`GET /accounts/{account_id}/ai-gateway/billing/invoice-preview`). */
export interface BillingInvoicePreviewParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type BillingInvoicePreviewResponse = AigBillingGetInvoicePreviewResult;

/** Parameters of `aiGateway.billing.usageHistory` (`GET /accounts/{account_id}/ai-gateway/billing/usage-history`). */
export interface BillingUsageHistoryParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /**
   * End time as Unix timestamp in milliseconds.
   * @example 1700086400000
   */
  end_time?: number | null;
  /**
   * Start time as Unix timestamp in milliseconds.
   * @example 1700000000000
   */
  start_time?: number | null;
  /**
   * Grouping window for usage data.
   * @example "day"
   */
  value_grouping_window: "day" | "hour";
}

export type BillingUsageHistoryResponse = AigBillingGetUsageHistoryResult;
