import { APIClient, type CoreClientOptions } from './core/client.js';
import { APIPromise } from './core/api-promise.js';
import { PagePromise } from './core/pagination.js';
import type { RequestOptions } from './core/request.js';
import type * as AiGatewayAPI from './resources/ai-gateway.js';
import type * as AiGatewayBillingAPI from './resources/ai-gateway/billing.js';
import type * as AiGatewayBillingSpendingLimitAPI from './resources/ai-gateway/billing/spending-limit.js';
import type * as AiGatewayBillingTopupAPI from './resources/ai-gateway/billing/topup.js';
import type * as AiGatewayBillingTopupConfigAPI from './resources/ai-gateway/billing/topup/config.js';
import type * as AiGatewayCustomDomainsAPI from './resources/ai-gateway/custom-domains.js';
import type * as AiGatewayCustomProvidersAPI from './resources/ai-gateway/custom-providers.js';
import type * as AiGatewayCustomProvidersCostsAPI from './resources/ai-gateway/custom-providers/costs.js';
import type * as AiGatewayDatasetsAPI from './resources/ai-gateway/datasets.js';
import type * as AiGatewayDynamicRoutingAPI from './resources/ai-gateway/dynamic-routing.js';
import type * as AiGatewayDynamicRoutingDeploymentsAPI from './resources/ai-gateway/dynamic-routing/deployments.js';
import type * as AiGatewayDynamicRoutingVersionsAPI from './resources/ai-gateway/dynamic-routing/versions.js';
import type * as AiGatewayEvaluationTypesAPI from './resources/ai-gateway/evaluation-types.js';
import type * as AiGatewayEvaluationsAPI from './resources/ai-gateway/evaluations.js';
import type * as AiGatewayLogsAPI from './resources/ai-gateway/logs.js';
import type * as AiGatewayProviderConfigsAPI from './resources/ai-gateway/provider-configs.js';
import type * as AiGatewayUrlsAPI from './resources/ai-gateway/urls.js';
export interface ClientOptions extends CoreClientOptions {
    /** Default for the `account_id` path parameter of every operation. Defaults to `process.env.CLOUDFLARE_ACCOUNT_ID`. */
    accountId?: string | undefined;
    /**
     * The previous authorization scheme for interacting with the Cloudflare API, used in conjunction with a Global API key.
     * Sent for the `api_email` security scheme. Defaults to `process.env.CLOUDFLARE_EMAIL`.
     */
    apiEmail?: string | undefined;
    /**
     * The previous authorization scheme for interacting with the Cloudflare API. When possible, use API tokens instead of Global API keys.
     * Sent for the `api_key` security scheme. Defaults to `process.env.CLOUDFLARE_API_KEY`.
     */
    apiKey?: string | undefined;
    /**
     * The preferred authorization scheme for interacting with the Cloudflare API. [Create a token](https://developers.cloudflare.com/fundamentals/api/get-started/create-token/).
     * Sent for the `api_token` security scheme. Defaults to `process.env.CLOUDFLARE_API_TOKEN`.
     */
    apiToken?: string | undefined;
    /**
     * Used when interacting with the Origin CA certificates API. [View/change your key](https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/#viewchange-your-origin-ca-keys).
     * Sent for the `user_service_key` security scheme. Defaults to `process.env.CLOUDFLARE_API_USER_SERVICE_KEY`.
     */
    userServiceKey?: string | undefined;
}
/**
 * Client for Cloudflare API - AI Gateway subset (/accounts/{account_id}/ai-gateway/*) (API version 4.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export declare class Cloudflare extends APIClient {
    #private;
    constructor(options?: ClientOptions);
    /** AiGateway operations, created on first use. */
    get aiGateway(): AiGateway;
}
/**
 * A client without resource properties, for the operations as functions (one module per
 * resource, `<package>/resources/<resource>`, each function taking the client first): a bundler
 * then keeps only the operations a program imports. Any `Cloudflare` works there too.
 */
export declare function createClient(options?: ClientOptions): APIClient;
/** Operations under `aiGateway`. */
export declare class AiGateway {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** AiGatewayBilling operations, created on first use. */
    get billing(): AiGatewayBilling;
    /** AiGatewayCustomDomains operations, created on first use. */
    get customDomains(): AiGatewayCustomDomains;
    /** AiGatewayCustomProviders operations, created on first use. */
    get customProviders(): AiGatewayCustomProviders;
    /** AiGatewayDatasets operations, created on first use. */
    get datasets(): AiGatewayDatasets;
    /** AiGatewayDynamicRouting operations, created on first use. */
    get dynamicRouting(): AiGatewayDynamicRouting;
    /** AiGatewayEvaluationTypes operations, created on first use. */
    get evaluationTypes(): AiGatewayEvaluationTypes;
    /** AiGatewayEvaluations operations, created on first use. */
    get evaluations(): AiGatewayEvaluations;
    /** AiGatewayLogs operations, created on first use. */
    get logs(): AiGatewayLogs;
    /** AiGatewayProviderConfigs operations, created on first use. */
    get providerConfigs(): AiGatewayProviderConfigs;
    /** AiGatewayUrls operations, created on first use. */
    get urls(): AiGatewayUrls;
    /**
     * Create a new Gateway
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
     *
     * @example
     * ```ts
     * const aiGateway = await client.aiGateway.create();
     * ```
     */
    create(params?: AiGatewayAPI.AIGatewayCreateParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayCreateResponse>;
    /**
     * Delete a Gateway
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
     *
     * @example
     * ```ts
     * const aiGateway = await client.aiGateway.delete('my-gateway');
     * ```
     */
    delete(id: string, params?: AiGatewayAPI.AIGatewayDeleteParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayDeleteResponse>;
    /**
     * Fetch a Gateway
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
     *
     * @example
     * ```ts
     * const aiGateway = await client.aiGateway.get('my-gateway');
     * ```
     */
    get(id: string, params?: AiGatewayAPI.AIGatewayGetParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayGetResponse>;
    /**
     * List Gateways
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const aiGateway of client.aiGateway.list()) {
     *   console.log(aiGateway);
     * }
     * ```
     */
    list(params?: AiGatewayAPI.AIGatewayListParams, options?: RequestOptions): PagePromise<AiGatewayAPI.AIGatewayListResponse[number]>;
    /**
     * Update a Gateway
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
     *
     * @example
     * ```ts
     * const aiGateway = await client.aiGateway.update('my-gateway');
     * ```
     */
    update(id: string, params?: AiGatewayAPI.AIGatewayUpdateParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayUpdateResponse>;
}
/** Operations under `aiGateway.billing`. */
export declare class AiGatewayBilling {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** AiGatewayBillingSpendingLimit operations, created on first use. */
    get spendingLimit(): AiGatewayBillingSpendingLimit;
    /** AiGatewayBillingTopup operations, created on first use. */
    get topup(): AiGatewayBillingTopup;
    /**
     * Get credit balance
     *
     * Retrieve the current credit balance, payment method info, and top-up configuration.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
     *
     * @example
     * ```ts
     * const billing = await client.aiGateway.billing.creditBalance();
     * ```
     */
    creditBalance(params?: AiGatewayBillingAPI.BillingCreditBalanceParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingCreditBalanceResponse>;
    /**
     * Get invoice history
     *
     * Retrieve a list of past invoices with pagination, optionally filtered by type.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
     *
     * @example
     * ```ts
     * const billing = await client.aiGateway.billing.invoiceHistory();
     * ```
     */
    invoiceHistory(params?: AiGatewayBillingAPI.BillingInvoiceHistoryParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingInvoiceHistoryResponse>;
    /**
     * Get invoice preview
     *
     * Retrieve a preview of the upcoming invoice including line items and tax.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
     *
     * @example
     * ```ts
     * const billing = await client.aiGateway.billing.invoicePreview();
     * ```
     */
    invoicePreview(params?: AiGatewayBillingAPI.BillingInvoicePreviewParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingInvoicePreviewResponse>;
    /**
     * Get usage history
     *
     * Retrieve aggregated usage meter event summaries for the given time range.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
     *
     * @example
     * ```ts
     * const billing = await client.aiGateway.billing.usageHistory({ value_grouping_window: 'day' });
     * ```
     */
    usageHistory(params: AiGatewayBillingAPI.BillingUsageHistoryParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingUsageHistoryResponse>;
}
/** Operations under `aiGateway.billing.spendingLimit`. */
export declare class AiGatewayBillingSpendingLimit {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Set spending limit (deprecated)
     *
     * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
     *
     * @example
     * ```ts
     * const spendingLimit = await client.aiGateway.billing.spendingLimit.create({ body: {
     *   amount: 10000,
     *   duration: 'monthly',
     *   strategy: 'fixed',
     * } });
     * ```
     * @deprecated
     */
    create(params: AiGatewayBillingSpendingLimitAPI.SpendingLimitCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitCreateResponse>;
    /**
     * Delete spending limit
     *
     * Remove the spending limit for the account.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
     *
     * @example
     * ```ts
     * const spendingLimit = await client.aiGateway.billing.spendingLimit.delete();
     * ```
     */
    delete(params?: AiGatewayBillingSpendingLimitAPI.SpendingLimitDeleteParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitDeleteResponse>;
    /**
     * Get spending limit
     *
     * Retrieve the current spending limit configuration for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
     *
     * @example
     * ```ts
     * const spendingLimit = await client.aiGateway.billing.spendingLimit.get();
     * ```
     */
    get(params?: AiGatewayBillingSpendingLimitAPI.SpendingLimitGetParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitGetResponse>;
}
/** Operations under `aiGateway.billing.topup`. */
export declare class AiGatewayBillingTopup {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** AiGatewayBillingTopupConfig operations, created on first use. */
    get config(): AiGatewayBillingTopupConfig;
    /**
     * Create a top-up
     *
     * Create a credit top-up for the given account, charged to the account's default payment method.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
     *
     * @example
     * ```ts
     * const topup = await client.aiGateway.billing.topup.create({ body: { amount: 5000 } });
     * ```
     */
    create(params: AiGatewayBillingTopupAPI.TopupCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupCreateResponse>;
    /**
     * Get account top-up limits
     *
     * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
     *
     * @example
     * ```ts
     * const topup = await client.aiGateway.billing.topup.limits();
     * ```
     */
    limits(params?: AiGatewayBillingTopupAPI.TopupLimitsParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupLimitsResponse>;
    /**
     * Check top-up status
     *
     * Get the payment processing status of a top-up by its invoice ID.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
     *
     * @example
     * ```ts
     * const topup = await client.aiGateway.billing.topup.status(
     *   { body: { payment_intent_id: 'in_1abc' } },
     * );
     * ```
     */
    status(params: AiGatewayBillingTopupAPI.TopupStatusParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupStatusResponse>;
}
/** Operations under `aiGateway.billing.topup.config`. */
export declare class AiGatewayBillingTopupConfig {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Set auto top-up configuration
     *
     * Configure auto top-up with a balance threshold and top-up amount.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
     *
     * @example
     * ```ts
     * const config = await client.aiGateway.billing.topup.config.create({ body: {
     *   amount: 5000,
     *   threshold: 500,
     * } });
     * ```
     */
    create(params: AiGatewayBillingTopupConfigAPI.ConfigCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigCreateResponse>;
    /**
     * Delete auto top-up configuration
     *
     * Remove the auto top-up configuration for the account.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
     *
     * @example
     * ```ts
     * const config = await client.aiGateway.billing.topup.config.delete();
     * ```
     */
    delete(params?: AiGatewayBillingTopupConfigAPI.ConfigDeleteParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigDeleteResponse>;
    /**
     * Get auto top-up configuration
     *
     * Retrieve the current auto top-up threshold, amount, and any error state.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
     *
     * @example
     * ```ts
     * const config = await client.aiGateway.billing.topup.config.get();
     * ```
     */
    get(params?: AiGatewayBillingTopupConfigAPI.ConfigGetParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigGetResponse>;
}
/** Operations under `aiGateway.customDomains`. */
export declare class AiGatewayCustomDomains {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a custom domain for a gateway
     *
     * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
     *
     * @example
     * ```ts
     * const customDomain = await client.aiGateway.customDomains.create('my-gateway');
     * ```
     */
    create(gatewayId: string, params?: AiGatewayCustomDomainsAPI.CustomDomainCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainCreateResponse>;
    /**
     * Delete a Custom Domain
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
     *
     * @example
     * ```ts
     * const customDomain = await client.aiGateway.customDomains.delete('my-gateway', 'ai.acme.com');
     * ```
     */
    delete(gatewayId: string, hostname: string, params?: AiGatewayCustomDomainsAPI.CustomDomainDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainDeleteResponse>;
    /**
     * Fetch a Custom Domain
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
     *
     * @example
     * ```ts
     * const customDomain = await client.aiGateway.customDomains.get('my-gateway', 'ai.acme.com');
     * ```
     */
    get(gatewayId: string, hostname: string, params?: AiGatewayCustomDomainsAPI.CustomDomainGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainGetResponse>;
    /**
     * List Custom Domains
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const customDomain of client.aiGateway.customDomains.list('my-gateway')) {
     *   console.log(customDomain);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayCustomDomainsAPI.CustomDomainListParams, options?: RequestOptions): PagePromise<AiGatewayCustomDomainsAPI.CustomDomainListResponse[number]>;
}
/** Operations under `aiGateway.customProviders`. */
export declare class AiGatewayCustomProviders {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** AiGatewayCustomProvidersCosts operations, created on first use. */
    get costs(): AiGatewayCustomProvidersCosts;
    /**
     * Create a new Account Provider
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
     *
     * @example
     * ```ts
     * const customProvider = await client.aiGateway.customProviders.create();
     * ```
     */
    create(params?: AiGatewayCustomProvidersAPI.CustomProviderCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderCreateResponse>;
    /**
     * Delete a Account Provider
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
     *
     * @example
     * ```ts
     * const customProvider = await client.aiGateway.customProviders.delete(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    delete(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderDeleteResponse>;
    /**
     * Update a Account Provider
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
     *
     * @example
     * ```ts
     * const customProvider = await client.aiGateway.customProviders.edit(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    edit(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderEditParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderEditResponse>;
    /**
     * Fetch a Account Provider
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
     *
     * @example
     * ```ts
     * const customProvider = await client.aiGateway.customProviders.get(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    get(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderGetResponse>;
    /**
     * List Account Providers
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const customProvider of client.aiGateway.customProviders.list()) {
     *   console.log(customProvider);
     * }
     * ```
     */
    list(params?: AiGatewayCustomProvidersAPI.CustomProviderListParams, options?: RequestOptions): PagePromise<AiGatewayCustomProvidersAPI.CustomProviderListResponse[number]>;
}
/** Operations under `aiGateway.customProviders.costs`. */
export declare class AiGatewayCustomProvidersCosts {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Account Provider Cost
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
     *
     * @example
     * ```ts
     * const cost = await client.aiGateway.customProviders.costs.create();
     * ```
     */
    create(params?: AiGatewayCustomProvidersCostsAPI.CostCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostCreateResponse>;
    /**
     * Delete a Account Provider Cost
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
     *
     * @example
     * ```ts
     * const cost = await client.aiGateway.customProviders.costs.delete(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    delete(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostDeleteResponse>;
    /**
     * Update a Account Provider Cost
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
     *
     * @example
     * ```ts
     * const cost = await client.aiGateway.customProviders.costs.edit(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    edit(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostEditParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostEditResponse>;
    /**
     * Fetch a Account Provider Cost
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
     *
     * @example
     * ```ts
     * const cost = await client.aiGateway.customProviders.costs.get(
     *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
     * );
     * ```
     */
    get(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostGetResponse>;
    /**
     * List Account Provider Costs
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const cost of client.aiGateway.customProviders.costs.list()) {
     *   console.log(cost);
     * }
     * ```
     */
    list(params?: AiGatewayCustomProvidersCostsAPI.CostListParams, options?: RequestOptions): PagePromise<AiGatewayCustomProvidersCostsAPI.CostListResponse[number]>;
}
/** Operations under `aiGateway.datasets`. */
export declare class AiGatewayDatasets {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Dataset
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
     *
     * @example
     * ```ts
     * const dataset = await client.aiGateway.datasets.create('my-gateway');
     * ```
     */
    create(gatewayId: string, params?: AiGatewayDatasetsAPI.DatasetCreateParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetCreateResponse>;
    /**
     * Delete a Dataset
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
     *
     * @example
     * ```ts
     * const dataset = await client.aiGateway.datasets.delete('my-gateway', 'id');
     * ```
     */
    delete(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetDeleteParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetDeleteResponse>;
    /**
     * Fetch a Dataset
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
     *
     * @example
     * ```ts
     * const dataset = await client.aiGateway.datasets.get('my-gateway', 'id');
     * ```
     */
    get(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetGetParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetGetResponse>;
    /**
     * List Datasets
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const dataset of client.aiGateway.datasets.list('my-gateway')) {
     *   console.log(dataset);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayDatasetsAPI.DatasetListParams, options?: RequestOptions): PagePromise<AiGatewayDatasetsAPI.DatasetListResponse[number]>;
    /**
     * Update a Dataset
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
     *
     * @example
     * ```ts
     * const dataset = await client.aiGateway.datasets.update('my-gateway', 'id');
     * ```
     */
    update(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetUpdateParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetUpdateResponse>;
}
/** Operations under `aiGateway.dynamicRouting`. */
export declare class AiGatewayDynamicRouting {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** AiGatewayDynamicRoutingDeployments operations, created on first use. */
    get deployments(): AiGatewayDynamicRoutingDeployments;
    /** AiGatewayDynamicRoutingVersions operations, created on first use. */
    get versions(): AiGatewayDynamicRoutingVersions;
    /**
     * Create a new AI Gateway Dynamic Route.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
     *
     * @example
     * ```ts
     * const dynamicRouting = await client.aiGateway.dynamicRouting.create('54442216');
     * ```
     */
    create(gatewayId: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingCreateResponse>;
    /**
     * Delete an AI Gateway Dynamic Route.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
     *
     * @example
     * ```ts
     * const dynamicRouting = await client.aiGateway.dynamicRouting.delete('54442216', '54442216');
     * ```
     */
    delete(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingDeleteParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingDeleteResponse>;
    /**
     * Get an AI Gateway Dynamic Route.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
     *
     * @example
     * ```ts
     * const dynamicRouting = await client.aiGateway.dynamicRouting.get('54442216', '54442216');
     * ```
     */
    get(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingGetParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingGetResponse>;
    /**
     * List all AI Gateway Dynamic Routes.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const dynamicRouting of client.aiGateway.dynamicRouting.list('54442216')) {
     *   console.log(dynamicRouting);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingListParams, options?: RequestOptions): PagePromise<NonNullable<NonNullable<AiGatewayDynamicRoutingAPI.DynamicRoutingListResponse>['routes']>[number]>;
    /**
     * Update an AI Gateway Dynamic Route.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
     *
     * @example
     * ```ts
     * const dynamicRouting = await client.aiGateway.dynamicRouting.update('54442216', '54442216');
     * ```
     */
    update(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingUpdateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingUpdateResponse>;
}
/** Operations under `aiGateway.dynamicRouting.deployments`. */
export declare class AiGatewayDynamicRoutingDeployments {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new AI Gateway Dynamic Route Deployment.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
     *
     * @example
     * ```ts
     * const deployment = await client.aiGateway.dynamicRouting.deployments.create(
     *   '54442216',
     *   '54442216',
     * );
     * ```
     */
    create(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingDeploymentsAPI.DeploymentCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingDeploymentsAPI.DeploymentCreateResponse>;
    /**
     * List all AI Gateway Dynamic Route Deployments.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
     *
     * @example
     * ```ts
     * const deployment = await client.aiGateway.dynamicRouting.deployments.list(
     *   '54442216',
     *   '54442216',
     * );
     * ```
     */
    list(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingDeploymentsAPI.DeploymentListParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingDeploymentsAPI.DeploymentListResponse>;
}
/** Operations under `aiGateway.dynamicRouting.versions`. */
export declare class AiGatewayDynamicRoutingVersions {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new AI Gateway Dynamic Route Version.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
     *
     * @example
     * ```ts
     * const version = await client.aiGateway.dynamicRouting.versions.create('54442216', '54442216');
     * ```
     */
    create(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionCreateResponse>;
    /**
     * Get an AI Gateway Dynamic Route Version.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
     *
     * @example
     * ```ts
     * const version = await client.aiGateway.dynamicRouting.versions.get(
     *   '54442216',
     *   '54442216',
     *   '54442216',
     * );
     * ```
     */
    get(gatewayId: string, id: string, versionId: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionGetParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionGetResponse>;
    /**
     * List all AI Gateway Dynamic Route Versions.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
     *
     * @example
     * ```ts
     * const version = await client.aiGateway.dynamicRouting.versions.list('54442216', '54442216');
     * ```
     */
    list(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionListParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionListResponse>;
}
/** Operations under `aiGateway.evaluationTypes`. */
export declare class AiGatewayEvaluationTypes {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * List Evaluators
     *
     * Lists all available evaluator types for scoring AI gateway responses.
     *
     * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const evaluationType of client.aiGateway.evaluationTypes.list()) {
     *   console.log(evaluationType);
     * }
     * ```
     */
    list(params?: AiGatewayEvaluationTypesAPI.EvaluationTypeListParams, options?: RequestOptions): PagePromise<AiGatewayEvaluationTypesAPI.EvaluationTypeListResponse[number]>;
}
/** Operations under `aiGateway.evaluations`. */
export declare class AiGatewayEvaluations {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Evaluation
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
     *
     * @example
     * ```ts
     * const evaluation = await client.aiGateway.evaluations.create('my-gateway');
     * ```
     */
    create(gatewayId: string, params?: AiGatewayEvaluationsAPI.EvaluationCreateParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationCreateResponse>;
    /**
     * Delete a Evaluation
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
     *
     * @example
     * ```ts
     * const evaluation = await client.aiGateway.evaluations.delete('my-gateway', 'id');
     * ```
     */
    delete(gatewayId: string, id: string, params?: AiGatewayEvaluationsAPI.EvaluationDeleteParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationDeleteResponse>;
    /**
     * Fetch a Evaluation
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
     *
     * @example
     * ```ts
     * const evaluation = await client.aiGateway.evaluations.get('my-gateway', 'id');
     * ```
     */
    get(gatewayId: string, id: string, params?: AiGatewayEvaluationsAPI.EvaluationGetParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationGetResponse>;
    /**
     * List Evaluations
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const evaluation of client.aiGateway.evaluations.list('my-gateway')) {
     *   console.log(evaluation);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayEvaluationsAPI.EvaluationListParams, options?: RequestOptions): PagePromise<AiGatewayEvaluationsAPI.EvaluationListResponse[number]>;
}
/** Operations under `aiGateway.logs`. */
export declare class AiGatewayLogs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Delete Gateway Logs
     *
     * Deletes gateway log entries matching the specified criteria.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
     *
     * @example
     * ```ts
     * const log = await client.aiGateway.logs.delete('my-gateway');
     * ```
     */
    delete(gatewayId: string, params?: AiGatewayLogsAPI.LogDeleteParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogDeleteResponse>;
    /**
     * Patch Gateway Log
     *
     * Updates metadata for an AI Gateway log entry.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
     *
     * @example
     * ```ts
     * const log = await client.aiGateway.logs.edit('my-gateway', 'id');
     * ```
     */
    edit(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogEditParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogEditResponse>;
    /**
     * Get Gateway Log Detail
     *
     * Retrieves detailed information for a specific AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
     *
     * @example
     * ```ts
     * const log = await client.aiGateway.logs.get('my-gateway', 'id');
     * ```
     */
    get(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogGetParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogGetResponse>;
    /**
     * List Gateway Logs
     *
     * Lists request/response log entries for the AI gateway with filtering and pagination.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const log of client.aiGateway.logs.list('my-gateway')) {
     *   console.log(log);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayLogsAPI.LogListParams, options?: RequestOptions): PagePromise<AiGatewayLogsAPI.LogListResponse[number]>;
    /**
     * Get Gateway Log Request
     *
     * Retrieves the original request payload for an AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
     *
     * @example
     * ```ts
     * const log = await client.aiGateway.logs.request('my-gateway', 'id');
     * ```
     */
    request(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogRequestParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogRequestResponse>;
    /**
     * Get Gateway Log Response
     *
     * Retrieves the response payload for an AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
     *
     * @example
     * ```ts
     * const log = await client.aiGateway.logs.response('my-gateway', 'id');
     * ```
     */
    response(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogResponseParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogResponseResponse>;
}
/** Operations under `aiGateway.providerConfigs`. */
export declare class AiGatewayProviderConfigs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Provider Configs
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
     *
     * @example
     * ```ts
     * const providerConfig = await client.aiGateway.providerConfigs.create('my-gateway');
     * ```
     */
    create(gatewayId: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigCreateParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigCreateResponse>;
    /**
     * Delete a Provider Configs
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
     *
     * @example
     * ```ts
     * const providerConfig = await client.aiGateway.providerConfigs.delete('my-gateway', 'id');
     * ```
     */
    delete(gatewayId: string, id: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigDeleteParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigDeleteResponse>;
    /**
     * List Provider Configs
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     *
     * @example
     * ```ts
     * // Walks every item of every page, fetching pages as it goes.
     * for await (const providerConfig of client.aiGateway.providerConfigs.list('my-gateway')) {
     *   console.log(providerConfig);
     * }
     * ```
     */
    list(gatewayId: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigListParams, options?: RequestOptions): PagePromise<AiGatewayProviderConfigsAPI.ProviderConfigListResponse[number]>;
    /**
     * Update a Provider Configs
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
     *
     * @example
     * ```ts
     * const providerConfig = await client.aiGateway.providerConfigs.update('my-gateway', 'id');
     * ```
     */
    update(gatewayId: string, id: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigUpdateParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigUpdateResponse>;
}
/** Operations under `aiGateway.urls`. */
export declare class AiGatewayUrls {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Get Gateway URL
     *
     * Retrieves the endpoint URL for an AI Gateway.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
     *
     * @example
     * ```ts
     * const url = await client.aiGateway.urls.get('my-gateway', 'workers-ai');
     * ```
     */
    get(gatewayId: string, provider: string, params?: AiGatewayUrlsAPI.UrlGetParams, options?: RequestOptions): APIPromise<AiGatewayUrlsAPI.UrlGetResponse>;
}
