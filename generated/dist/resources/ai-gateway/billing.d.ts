import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { SpendingLimit } from './billing/spending-limit.js';
import { Topup } from './billing/topup.js';
import type { BillingCreditBalanceParams, BillingCreditBalanceResponse, BillingInvoiceHistoryParams, BillingInvoiceHistoryResponse, BillingInvoicePreviewParams, BillingInvoicePreviewResponse, BillingUsageHistoryParams, BillingUsageHistoryResponse } from './billing.types.js';
/** Operations under `aiGateway.billing`. */
export declare class Billing {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** SpendingLimit operations, created on first use. */
    get spendingLimit(): SpendingLimit;
    /** Topup operations, created on first use. */
    get topup(): Topup;
    /**
     * Get credit balance
     *
     * Retrieve the current credit balance, payment method info, and top-up configuration.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
     */
    creditBalance(params?: BillingCreditBalanceParams, options?: RequestOptions): APIPromise<BillingCreditBalanceResponse>;
    /**
     * Get invoice history
     *
     * Retrieve a list of past invoices with pagination, optionally filtered by type.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
     */
    invoiceHistory(params?: BillingInvoiceHistoryParams, options?: RequestOptions): APIPromise<BillingInvoiceHistoryResponse>;
    /**
     * Get invoice preview
     *
     * Retrieve a preview of the upcoming invoice including line items and tax.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
     */
    invoicePreview(params?: BillingInvoicePreviewParams, options?: RequestOptions): APIPromise<BillingInvoicePreviewResponse>;
    /**
     * Get usage history
     *
     * Retrieve aggregated usage meter event summaries for the given time range.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
     */
    usageHistory(params: BillingUsageHistoryParams, options?: RequestOptions): APIPromise<BillingUsageHistoryResponse>;
}
