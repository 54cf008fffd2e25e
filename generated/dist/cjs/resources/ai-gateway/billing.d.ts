/**
 * The operations of `client.aiGateway.billing` (class `AiGatewayBilling`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import type { BillingCreditBalanceParams, BillingCreditBalanceResponse, BillingInvoiceHistoryParams, BillingInvoiceHistoryResponse, BillingInvoicePreviewParams, BillingInvoicePreviewResponse, BillingUsageHistoryParams, BillingUsageHistoryResponse } from './billing.types.js';
export type * from './billing.types.js';
/**
 * Get credit balance
 *
 * Retrieve the current credit balance, payment method info, and top-up configuration.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
 *
 * The same as `client.aiGateway.billing.creditBalance()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const billing = await billingCreditBalance(client);
 * ```
 */
export declare function billingCreditBalance(client: APIClient, params?: BillingCreditBalanceParams, options?: RequestOptions): APIPromise<BillingCreditBalanceResponse>;
/**
 * Get invoice history
 *
 * Retrieve a list of past invoices with pagination, optionally filtered by type.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
 *
 * The same as `client.aiGateway.billing.invoiceHistory()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const billing = await billingInvoiceHistory(client);
 * ```
 */
export declare function billingInvoiceHistory(client: APIClient, params?: BillingInvoiceHistoryParams, options?: RequestOptions): APIPromise<BillingInvoiceHistoryResponse>;
/**
 * Get invoice preview
 *
 * Retrieve a preview of the upcoming invoice including line items and tax.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
 *
 * The same as `client.aiGateway.billing.invoicePreview()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const billing = await billingInvoicePreview(client);
 * ```
 */
export declare function billingInvoicePreview(client: APIClient, params?: BillingInvoicePreviewParams, options?: RequestOptions): APIPromise<BillingInvoicePreviewResponse>;
/**
 * Get usage history
 *
 * Retrieve aggregated usage meter event summaries for the given time range.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
 *
 * The same as `client.aiGateway.billing.usageHistory()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const billing = await billingUsageHistory(client, { value_grouping_window: 'day' });
 * ```
 */
export declare function billingUsageHistory(client: APIClient, params: BillingUsageHistoryParams, options?: RequestOptions): APIPromise<BillingUsageHistoryResponse>;
