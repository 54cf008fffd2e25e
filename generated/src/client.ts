import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/client.js';
import { APIPromise } from './core/api-promise.js';
import { PagePromise } from './core/pagination.js';
import type { RequestOptions } from './core/request.js';
import { LazyModule } from './internal/lazy-module.js';
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

const DEFINITION: ClientDefinition = {
  "baseURL": "https://api.cloudflare.com/client/v4",
  "baseURLEnv": "CLOUDFLARE_BASE_URL",
  "security": {
    "api_email": {
      "kind": "header",
      "option": "apiEmail",
      "env": "CLOUDFLARE_EMAIL",
      "paramName": "X-Auth-Email"
    },
    "api_key": {
      "kind": "header",
      "option": "apiKey",
      "env": "CLOUDFLARE_API_KEY",
      "paramName": "X-Auth-Key"
    },
    "api_token": {
      "kind": "bearer",
      "option": "apiToken",
      "env": "CLOUDFLARE_API_TOKEN"
    },
    "user_service_key": {
      "kind": "header",
      "option": "userServiceKey",
      "env": "CLOUDFLARE_API_USER_SERVICE_KEY",
      "paramName": "X-Auth-User-Service-Key"
    }
  },
  "pathParamOptions": {
    "accountId": {
      "env": "CLOUDFLARE_ACCOUNT_ID"
    }
  }
};

/**
 * Client for Cloudflare API - AI Gateway subset (/accounts/{account_id}/ai-gateway/*) (API version 4.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Cloudflare extends APIClient {
  #aiGateway: AiGateway | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** AiGateway operations, created on first use. */
  get aiGateway(): AiGateway {
    return (this.#aiGateway ??= new AiGateway(this));
  }
}

/**
 * A client without resource properties, for the operations as functions (one module per
 * resource, `<package>/resources/<resource>`, each function taking the client first): a bundler
 * then keeps only the operations a program imports. Any `Cloudflare` works there too.
 */
export function createClient(options: ClientOptions = {}): APIClient {
  return new APIClient(DEFINITION, options);
}

// One per operations module; nothing is imported until a method needs it.
const aiGatewayModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway.js'));
const aiGatewayBillingModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/billing.js'));
const aiGatewayBillingSpendingLimitModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/billing/spending-limit.js'));
const aiGatewayBillingTopupModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/billing/topup.js'));
const aiGatewayBillingTopupConfigModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/billing/topup/config.js'));
const aiGatewayCustomDomainsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/custom-domains.js'));
const aiGatewayCustomProvidersModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/custom-providers.js'));
const aiGatewayCustomProvidersCostsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/custom-providers/costs.js'));
const aiGatewayDatasetsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/datasets.js'));
const aiGatewayDynamicRoutingModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/dynamic-routing.js'));
const aiGatewayDynamicRoutingDeploymentsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/dynamic-routing/deployments.js'));
const aiGatewayDynamicRoutingVersionsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/dynamic-routing/versions.js'));
const aiGatewayEvaluationTypesModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/evaluation-types.js'));
const aiGatewayEvaluationsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/evaluations.js'));
const aiGatewayLogsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/logs.js'));
const aiGatewayProviderConfigsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/provider-configs.js'));
const aiGatewayUrlsModule = /* @__PURE__ */ new LazyModule(() => import('./resources/ai-gateway/urls.js'));

/** Operations under `aiGateway`. */
export class AiGateway {
  #billing: AiGatewayBilling | undefined;
  #customDomains: AiGatewayCustomDomains | undefined;
  #customProviders: AiGatewayCustomProviders | undefined;
  #datasets: AiGatewayDatasets | undefined;
  #dynamicRouting: AiGatewayDynamicRouting | undefined;
  #evaluationTypes: AiGatewayEvaluationTypes | undefined;
  #evaluations: AiGatewayEvaluations | undefined;
  #logs: AiGatewayLogs | undefined;
  #providerConfigs: AiGatewayProviderConfigs | undefined;
  #urls: AiGatewayUrls | undefined;

  constructor(private readonly _client: APIClient) {}

  /** AiGatewayBilling operations, created on first use. */
  get billing(): AiGatewayBilling {
    return (this.#billing ??= new AiGatewayBilling(this._client));
  }

  /** AiGatewayCustomDomains operations, created on first use. */
  get customDomains(): AiGatewayCustomDomains {
    return (this.#customDomains ??= new AiGatewayCustomDomains(this._client));
  }

  /** AiGatewayCustomProviders operations, created on first use. */
  get customProviders(): AiGatewayCustomProviders {
    return (this.#customProviders ??= new AiGatewayCustomProviders(this._client));
  }

  /** AiGatewayDatasets operations, created on first use. */
  get datasets(): AiGatewayDatasets {
    return (this.#datasets ??= new AiGatewayDatasets(this._client));
  }

  /** AiGatewayDynamicRouting operations, created on first use. */
  get dynamicRouting(): AiGatewayDynamicRouting {
    return (this.#dynamicRouting ??= new AiGatewayDynamicRouting(this._client));
  }

  /** AiGatewayEvaluationTypes operations, created on first use. */
  get evaluationTypes(): AiGatewayEvaluationTypes {
    return (this.#evaluationTypes ??= new AiGatewayEvaluationTypes(this._client));
  }

  /** AiGatewayEvaluations operations, created on first use. */
  get evaluations(): AiGatewayEvaluations {
    return (this.#evaluations ??= new AiGatewayEvaluations(this._client));
  }

  /** AiGatewayLogs operations, created on first use. */
  get logs(): AiGatewayLogs {
    return (this.#logs ??= new AiGatewayLogs(this._client));
  }

  /** AiGatewayProviderConfigs operations, created on first use. */
  get providerConfigs(): AiGatewayProviderConfigs {
    return (this.#providerConfigs ??= new AiGatewayProviderConfigs(this._client));
  }

  /** AiGatewayUrls operations, created on first use. */
  get urls(): AiGatewayUrls {
    return (this.#urls ??= new AiGatewayUrls(this._client));
  }

  /**
   * Create a new Gateway
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
   */
  create(params?: AiGatewayAPI.AIGatewayCreateParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayCreateResponse> {
    return aiGatewayModule.call(APIPromise, (operations) => operations.aiGatewayCreate(this._client, params, options));
  }

  /**
   * Delete a Gateway
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
   */
  delete(id: string, params?: AiGatewayAPI.AIGatewayDeleteParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayDeleteResponse> {
    return aiGatewayModule.call(APIPromise, (operations) => operations.aiGatewayDelete(this._client, id, params, options));
  }

  /**
   * Fetch a Gateway
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
   */
  get(id: string, params?: AiGatewayAPI.AIGatewayGetParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayGetResponse> {
    return aiGatewayModule.call(APIPromise, (operations) => operations.aiGatewayGet(this._client, id, params, options));
  }

  /**
   * List Gateways
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
   */
  list(params?: AiGatewayAPI.AIGatewayListParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayListResponse> {
    return aiGatewayModule.call(APIPromise, (operations) => operations.aiGatewayList(this._client, params, options));
  }

  /**
   * Update a Gateway
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
   */
  update(id: string, params?: AiGatewayAPI.AIGatewayUpdateParams, options?: RequestOptions): APIPromise<AiGatewayAPI.AIGatewayUpdateResponse> {
    return aiGatewayModule.call(APIPromise, (operations) => operations.aiGatewayUpdate(this._client, id, params, options));
  }
}

/** Operations under `aiGateway.billing`. */
export class AiGatewayBilling {
  #spendingLimit: AiGatewayBillingSpendingLimit | undefined;
  #topup: AiGatewayBillingTopup | undefined;

  constructor(private readonly _client: APIClient) {}

  /** AiGatewayBillingSpendingLimit operations, created on first use. */
  get spendingLimit(): AiGatewayBillingSpendingLimit {
    return (this.#spendingLimit ??= new AiGatewayBillingSpendingLimit(this._client));
  }

  /** AiGatewayBillingTopup operations, created on first use. */
  get topup(): AiGatewayBillingTopup {
    return (this.#topup ??= new AiGatewayBillingTopup(this._client));
  }

  /**
   * Get credit balance
   *
   * Retrieve the current credit balance, payment method info, and top-up configuration.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` (operationId `aig-billing-get-credit-balance`)
   */
  creditBalance(params?: AiGatewayBillingAPI.BillingCreditBalanceParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingCreditBalanceResponse> {
    return aiGatewayBillingModule.call(APIPromise, (operations) => operations.billingCreditBalance(this._client, params, options));
  }

  /**
   * Get invoice history
   *
   * Retrieve a list of past invoices with pagination, optionally filtered by type.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` (operationId `aig-billing-get-invoice-history`)
   */
  invoiceHistory(params?: AiGatewayBillingAPI.BillingInvoiceHistoryParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingInvoiceHistoryResponse> {
    return aiGatewayBillingModule.call(APIPromise, (operations) => operations.billingInvoiceHistory(this._client, params, options));
  }

  /**
   * Get invoice preview
   *
   * Retrieve a preview of the upcoming invoice including line items and tax.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` (operationId `aig-billing-get-invoice-preview`)
   */
  invoicePreview(params?: AiGatewayBillingAPI.BillingInvoicePreviewParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingInvoicePreviewResponse> {
    return aiGatewayBillingModule.call(APIPromise, (operations) => operations.billingInvoicePreview(this._client, params, options));
  }

  /**
   * Get usage history
   *
   * Retrieve aggregated usage meter event summaries for the given time range.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/usage-history` (operationId `aig-billing-get-usage-history`)
   */
  usageHistory(params: AiGatewayBillingAPI.BillingUsageHistoryParams, options?: RequestOptions): APIPromise<AiGatewayBillingAPI.BillingUsageHistoryResponse> {
    return aiGatewayBillingModule.call(APIPromise, (operations) => operations.billingUsageHistory(this._client, params, options));
  }
}

/** Operations under `aiGateway.billing.spendingLimit`. */
export class AiGatewayBillingSpendingLimit {
  constructor(private readonly _client: APIClient) {}

  /**
   * Set spending limit (deprecated)
   *
   * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
   * @deprecated
   */
  create(params: AiGatewayBillingSpendingLimitAPI.SpendingLimitCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitCreateResponse> {
    return aiGatewayBillingSpendingLimitModule.call(APIPromise, (operations) => operations.spendingLimitCreate(this._client, params, options));
  }

  /**
   * Delete spending limit
   *
   * Remove the spending limit for the account.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
   */
  delete(params?: AiGatewayBillingSpendingLimitAPI.SpendingLimitDeleteParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitDeleteResponse> {
    return aiGatewayBillingSpendingLimitModule.call(APIPromise, (operations) => operations.spendingLimitDelete(this._client, params, options));
  }

  /**
   * Get spending limit
   *
   * Retrieve the current spending limit configuration for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
   */
  get(params?: AiGatewayBillingSpendingLimitAPI.SpendingLimitGetParams, options?: RequestOptions): APIPromise<AiGatewayBillingSpendingLimitAPI.SpendingLimitGetResponse> {
    return aiGatewayBillingSpendingLimitModule.call(APIPromise, (operations) => operations.spendingLimitGet(this._client, params, options));
  }
}

/** Operations under `aiGateway.billing.topup`. */
export class AiGatewayBillingTopup {
  #config: AiGatewayBillingTopupConfig | undefined;

  constructor(private readonly _client: APIClient) {}

  /** AiGatewayBillingTopupConfig operations, created on first use. */
  get config(): AiGatewayBillingTopupConfig {
    return (this.#config ??= new AiGatewayBillingTopupConfig(this._client));
  }

  /**
   * Create a top-up
   *
   * Create a credit top-up for the given account, charged to the account's default payment method.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
   */
  create(params: AiGatewayBillingTopupAPI.TopupCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupCreateResponse> {
    return aiGatewayBillingTopupModule.call(APIPromise, (operations) => operations.topupCreate(this._client, params, options));
  }

  /**
   * Get account top-up limits
   *
   * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
   */
  limits(params?: AiGatewayBillingTopupAPI.TopupLimitsParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupLimitsResponse> {
    return aiGatewayBillingTopupModule.call(APIPromise, (operations) => operations.topupLimits(this._client, params, options));
  }

  /**
   * Check top-up status
   *
   * Get the payment processing status of a top-up by its invoice ID.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
   */
  status(params: AiGatewayBillingTopupAPI.TopupStatusParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupAPI.TopupStatusResponse> {
    return aiGatewayBillingTopupModule.call(APIPromise, (operations) => operations.topupStatus(this._client, params, options));
  }
}

/** Operations under `aiGateway.billing.topup.config`. */
export class AiGatewayBillingTopupConfig {
  constructor(private readonly _client: APIClient) {}

  /**
   * Set auto top-up configuration
   *
   * Configure auto top-up with a balance threshold and top-up amount.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
   */
  create(params: AiGatewayBillingTopupConfigAPI.ConfigCreateParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigCreateResponse> {
    return aiGatewayBillingTopupConfigModule.call(APIPromise, (operations) => operations.configCreate(this._client, params, options));
  }

  /**
   * Delete auto top-up configuration
   *
   * Remove the auto top-up configuration for the account.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
   */
  delete(params?: AiGatewayBillingTopupConfigAPI.ConfigDeleteParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigDeleteResponse> {
    return aiGatewayBillingTopupConfigModule.call(APIPromise, (operations) => operations.configDelete(this._client, params, options));
  }

  /**
   * Get auto top-up configuration
   *
   * Retrieve the current auto top-up threshold, amount, and any error state.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
   */
  get(params?: AiGatewayBillingTopupConfigAPI.ConfigGetParams, options?: RequestOptions): APIPromise<AiGatewayBillingTopupConfigAPI.ConfigGetResponse> {
    return aiGatewayBillingTopupConfigModule.call(APIPromise, (operations) => operations.configGet(this._client, params, options));
  }
}

/** Operations under `aiGateway.customDomains`. */
export class AiGatewayCustomDomains {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a custom domain for a gateway
   *
   * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
   */
  create(gatewayId: string, params?: AiGatewayCustomDomainsAPI.CustomDomainCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainCreateResponse> {
    return aiGatewayCustomDomainsModule.call(APIPromise, (operations) => operations.customDomainCreate(this._client, gatewayId, params, options));
  }

  /**
   * Delete a Custom Domain
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
   */
  delete(gatewayId: string, hostname: string, params?: AiGatewayCustomDomainsAPI.CustomDomainDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainDeleteResponse> {
    return aiGatewayCustomDomainsModule.call(APIPromise, (operations) => operations.customDomainDelete(this._client, gatewayId, hostname, params, options));
  }

  /**
   * Fetch a Custom Domain
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
   */
  get(gatewayId: string, hostname: string, params?: AiGatewayCustomDomainsAPI.CustomDomainGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainGetResponse> {
    return aiGatewayCustomDomainsModule.call(APIPromise, (operations) => operations.customDomainGet(this._client, gatewayId, hostname, params, options));
  }

  /**
   * List Custom Domains
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
   */
  list(gatewayId: string, params?: AiGatewayCustomDomainsAPI.CustomDomainListParams, options?: RequestOptions): APIPromise<AiGatewayCustomDomainsAPI.CustomDomainListResponse> {
    return aiGatewayCustomDomainsModule.call(APIPromise, (operations) => operations.customDomainList(this._client, gatewayId, params, options));
  }
}

/** Operations under `aiGateway.customProviders`. */
export class AiGatewayCustomProviders {
  #costs: AiGatewayCustomProvidersCosts | undefined;

  constructor(private readonly _client: APIClient) {}

  /** AiGatewayCustomProvidersCosts operations, created on first use. */
  get costs(): AiGatewayCustomProvidersCosts {
    return (this.#costs ??= new AiGatewayCustomProvidersCosts(this._client));
  }

  /**
   * Create a new Account Provider
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
   */
  create(params?: AiGatewayCustomProvidersAPI.CustomProviderCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderCreateResponse> {
    return aiGatewayCustomProvidersModule.call(APIPromise, (operations) => operations.customProviderCreate(this._client, params, options));
  }

  /**
   * Delete a Account Provider
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
   */
  delete(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderDeleteResponse> {
    return aiGatewayCustomProvidersModule.call(APIPromise, (operations) => operations.customProviderDelete(this._client, id, params, options));
  }

  /**
   * Update a Account Provider
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
   */
  edit(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderEditParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderEditResponse> {
    return aiGatewayCustomProvidersModule.call(APIPromise, (operations) => operations.customProviderEdit(this._client, id, params, options));
  }

  /**
   * Fetch a Account Provider
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
   */
  get(id: string, params?: AiGatewayCustomProvidersAPI.CustomProviderGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderGetResponse> {
    return aiGatewayCustomProvidersModule.call(APIPromise, (operations) => operations.customProviderGet(this._client, id, params, options));
  }

  /**
   * List Account Providers
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
   */
  list(params?: AiGatewayCustomProvidersAPI.CustomProviderListParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersAPI.CustomProviderListResponse> {
    return aiGatewayCustomProvidersModule.call(APIPromise, (operations) => operations.customProviderList(this._client, params, options));
  }
}

/** Operations under `aiGateway.customProviders.costs`. */
export class AiGatewayCustomProvidersCosts {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Account Provider Cost
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
   */
  create(params?: AiGatewayCustomProvidersCostsAPI.CostCreateParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostCreateResponse> {
    return aiGatewayCustomProvidersCostsModule.call(APIPromise, (operations) => operations.costCreate(this._client, params, options));
  }

  /**
   * Delete a Account Provider Cost
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
   */
  delete(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostDeleteParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostDeleteResponse> {
    return aiGatewayCustomProvidersCostsModule.call(APIPromise, (operations) => operations.costDelete(this._client, id, params, options));
  }

  /**
   * Update a Account Provider Cost
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
   */
  edit(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostEditParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostEditResponse> {
    return aiGatewayCustomProvidersCostsModule.call(APIPromise, (operations) => operations.costEdit(this._client, id, params, options));
  }

  /**
   * Fetch a Account Provider Cost
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
   */
  get(id: string, params?: AiGatewayCustomProvidersCostsAPI.CostGetParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostGetResponse> {
    return aiGatewayCustomProvidersCostsModule.call(APIPromise, (operations) => operations.costGet(this._client, id, params, options));
  }

  /**
   * List Account Provider Costs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
   */
  list(params?: AiGatewayCustomProvidersCostsAPI.CostListParams, options?: RequestOptions): APIPromise<AiGatewayCustomProvidersCostsAPI.CostListResponse> {
    return aiGatewayCustomProvidersCostsModule.call(APIPromise, (operations) => operations.costList(this._client, params, options));
  }
}

/** Operations under `aiGateway.datasets`. */
export class AiGatewayDatasets {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Dataset
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
   */
  create(gatewayId: string, params?: AiGatewayDatasetsAPI.DatasetCreateParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetCreateResponse> {
    return aiGatewayDatasetsModule.call(APIPromise, (operations) => operations.datasetCreate(this._client, gatewayId, params, options));
  }

  /**
   * Delete a Dataset
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
   */
  delete(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetDeleteParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetDeleteResponse> {
    return aiGatewayDatasetsModule.call(APIPromise, (operations) => operations.datasetDelete(this._client, gatewayId, id, params, options));
  }

  /**
   * Fetch a Dataset
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
   */
  get(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetGetParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetGetResponse> {
    return aiGatewayDatasetsModule.call(APIPromise, (operations) => operations.datasetGet(this._client, gatewayId, id, params, options));
  }

  /**
   * List Datasets
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
   */
  list(gatewayId: string, params?: AiGatewayDatasetsAPI.DatasetListParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetListResponse> {
    return aiGatewayDatasetsModule.call(APIPromise, (operations) => operations.datasetList(this._client, gatewayId, params, options));
  }

  /**
   * Update a Dataset
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
   */
  update(gatewayId: string, id: string, params?: AiGatewayDatasetsAPI.DatasetUpdateParams, options?: RequestOptions): APIPromise<AiGatewayDatasetsAPI.DatasetUpdateResponse> {
    return aiGatewayDatasetsModule.call(APIPromise, (operations) => operations.datasetUpdate(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.dynamicRouting`. */
export class AiGatewayDynamicRouting {
  #deployments: AiGatewayDynamicRoutingDeployments | undefined;
  #versions: AiGatewayDynamicRoutingVersions | undefined;

  constructor(private readonly _client: APIClient) {}

  /** AiGatewayDynamicRoutingDeployments operations, created on first use. */
  get deployments(): AiGatewayDynamicRoutingDeployments {
    return (this.#deployments ??= new AiGatewayDynamicRoutingDeployments(this._client));
  }

  /** AiGatewayDynamicRoutingVersions operations, created on first use. */
  get versions(): AiGatewayDynamicRoutingVersions {
    return (this.#versions ??= new AiGatewayDynamicRoutingVersions(this._client));
  }

  /**
   * Create a new AI Gateway Dynamic Route.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
   */
  create(gatewayId: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingCreateResponse> {
    return aiGatewayDynamicRoutingModule.call(APIPromise, (operations) => operations.dynamicRoutingCreate(this._client, gatewayId, params, options));
  }

  /**
   * Delete an AI Gateway Dynamic Route.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
   */
  delete(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingDeleteParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingDeleteResponse> {
    return aiGatewayDynamicRoutingModule.call(APIPromise, (operations) => operations.dynamicRoutingDelete(this._client, gatewayId, id, params, options));
  }

  /**
   * Get an AI Gateway Dynamic Route.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
   */
  get(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingGetParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingGetResponse> {
    return aiGatewayDynamicRoutingModule.call(APIPromise, (operations) => operations.dynamicRoutingGet(this._client, gatewayId, id, params, options));
  }

  /**
   * List all AI Gateway Dynamic Routes.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
   */
  list(gatewayId: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingListParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingListResponse> {
    return aiGatewayDynamicRoutingModule.call(APIPromise, (operations) => operations.dynamicRoutingList(this._client, gatewayId, params, options));
  }

  /**
   * Update an AI Gateway Dynamic Route.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
   */
  update(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingAPI.DynamicRoutingUpdateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingAPI.DynamicRoutingUpdateResponse> {
    return aiGatewayDynamicRoutingModule.call(APIPromise, (operations) => operations.dynamicRoutingUpdate(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.dynamicRouting.deployments`. */
export class AiGatewayDynamicRoutingDeployments {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new AI Gateway Dynamic Route Deployment.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
   */
  create(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingDeploymentsAPI.DeploymentCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingDeploymentsAPI.DeploymentCreateResponse> {
    return aiGatewayDynamicRoutingDeploymentsModule.call(APIPromise, (operations) => operations.deploymentCreate(this._client, gatewayId, id, params, options));
  }

  /**
   * List all AI Gateway Dynamic Route Deployments.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
   */
  list(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingDeploymentsAPI.DeploymentListParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingDeploymentsAPI.DeploymentListResponse> {
    return aiGatewayDynamicRoutingDeploymentsModule.call(APIPromise, (operations) => operations.deploymentList(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.dynamicRouting.versions`. */
export class AiGatewayDynamicRoutingVersions {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new AI Gateway Dynamic Route Version.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
   */
  create(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionCreateParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionCreateResponse> {
    return aiGatewayDynamicRoutingVersionsModule.call(APIPromise, (operations) => operations.versionCreate(this._client, gatewayId, id, params, options));
  }

  /**
   * Get an AI Gateway Dynamic Route Version.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
   */
  get(gatewayId: string, id: string, versionId: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionGetParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionGetResponse> {
    return aiGatewayDynamicRoutingVersionsModule.call(APIPromise, (operations) => operations.versionGet(this._client, gatewayId, id, versionId, params, options));
  }

  /**
   * List all AI Gateway Dynamic Route Versions.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
   */
  list(gatewayId: string, id: string, params?: AiGatewayDynamicRoutingVersionsAPI.VersionListParams, options?: RequestOptions): APIPromise<AiGatewayDynamicRoutingVersionsAPI.VersionListResponse> {
    return aiGatewayDynamicRoutingVersionsModule.call(APIPromise, (operations) => operations.versionList(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.evaluationTypes`. */
export class AiGatewayEvaluationTypes {
  constructor(private readonly _client: APIClient) {}

  /**
   * List Evaluators
   *
   * Lists all available evaluator types for scoring AI gateway responses.
   *
   * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(params?: AiGatewayEvaluationTypesAPI.EvaluationTypeListParams, options?: RequestOptions): PagePromise<AiGatewayEvaluationTypesAPI.EvaluationTypeListResponse[number]> {
    return aiGatewayEvaluationTypesModule.call(PagePromise, (operations) => operations.evaluationTypeList(this._client, params, options));
  }
}

/** Operations under `aiGateway.evaluations`. */
export class AiGatewayEvaluations {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Evaluation
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
   */
  create(gatewayId: string, params?: AiGatewayEvaluationsAPI.EvaluationCreateParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationCreateResponse> {
    return aiGatewayEvaluationsModule.call(APIPromise, (operations) => operations.evaluationCreate(this._client, gatewayId, params, options));
  }

  /**
   * Delete a Evaluation
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
   */
  delete(gatewayId: string, id: string, params?: AiGatewayEvaluationsAPI.EvaluationDeleteParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationDeleteResponse> {
    return aiGatewayEvaluationsModule.call(APIPromise, (operations) => operations.evaluationDelete(this._client, gatewayId, id, params, options));
  }

  /**
   * Fetch a Evaluation
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
   */
  get(gatewayId: string, id: string, params?: AiGatewayEvaluationsAPI.EvaluationGetParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationGetResponse> {
    return aiGatewayEvaluationsModule.call(APIPromise, (operations) => operations.evaluationGet(this._client, gatewayId, id, params, options));
  }

  /**
   * List Evaluations
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
   */
  list(gatewayId: string, params?: AiGatewayEvaluationsAPI.EvaluationListParams, options?: RequestOptions): APIPromise<AiGatewayEvaluationsAPI.EvaluationListResponse> {
    return aiGatewayEvaluationsModule.call(APIPromise, (operations) => operations.evaluationList(this._client, gatewayId, params, options));
  }
}

/** Operations under `aiGateway.logs`. */
export class AiGatewayLogs {
  constructor(private readonly _client: APIClient) {}

  /**
   * Delete Gateway Logs
   *
   * Deletes gateway log entries matching the specified criteria.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
   */
  delete(gatewayId: string, params?: AiGatewayLogsAPI.LogDeleteParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogDeleteResponse> {
    return aiGatewayLogsModule.call(APIPromise, (operations) => operations.logDelete(this._client, gatewayId, params, options));
  }

  /**
   * Patch Gateway Log
   *
   * Updates metadata for an AI Gateway log entry.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
   */
  edit(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogEditParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogEditResponse> {
    return aiGatewayLogsModule.call(APIPromise, (operations) => operations.logEdit(this._client, gatewayId, id, params, options));
  }

  /**
   * Get Gateway Log Detail
   *
   * Retrieves detailed information for a specific AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
   */
  get(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogGetParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogGetResponse> {
    return aiGatewayLogsModule.call(APIPromise, (operations) => operations.logGet(this._client, gatewayId, id, params, options));
  }

  /**
   * List Gateway Logs
   *
   * Lists request/response log entries for the AI gateway with filtering and pagination.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(gatewayId: string, params?: AiGatewayLogsAPI.LogListParams, options?: RequestOptions): PagePromise<AiGatewayLogsAPI.LogListResponse[number]> {
    return aiGatewayLogsModule.call(PagePromise, (operations) => operations.logList(this._client, gatewayId, params, options));
  }

  /**
   * Get Gateway Log Request
   *
   * Retrieves the original request payload for an AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
   */
  request(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogRequestParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogRequestResponse> {
    return aiGatewayLogsModule.call(APIPromise, (operations) => operations.logRequest(this._client, gatewayId, id, params, options));
  }

  /**
   * Get Gateway Log Response
   *
   * Retrieves the response payload for an AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
   */
  response(gatewayId: string, id: string, params?: AiGatewayLogsAPI.LogResponseParams, options?: RequestOptions): APIPromise<AiGatewayLogsAPI.LogResponseResponse> {
    return aiGatewayLogsModule.call(APIPromise, (operations) => operations.logResponse(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.providerConfigs`. */
export class AiGatewayProviderConfigs {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Provider Configs
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
   */
  create(gatewayId: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigCreateParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigCreateResponse> {
    return aiGatewayProviderConfigsModule.call(APIPromise, (operations) => operations.providerConfigCreate(this._client, gatewayId, params, options));
  }

  /**
   * Delete a Provider Configs
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
   */
  delete(gatewayId: string, id: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigDeleteParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigDeleteResponse> {
    return aiGatewayProviderConfigsModule.call(APIPromise, (operations) => operations.providerConfigDelete(this._client, gatewayId, id, params, options));
  }

  /**
   * List Provider Configs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
   */
  list(gatewayId: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigListParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigListResponse> {
    return aiGatewayProviderConfigsModule.call(APIPromise, (operations) => operations.providerConfigList(this._client, gatewayId, params, options));
  }

  /**
   * Update a Provider Configs
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
   */
  update(gatewayId: string, id: string, params?: AiGatewayProviderConfigsAPI.ProviderConfigUpdateParams, options?: RequestOptions): APIPromise<AiGatewayProviderConfigsAPI.ProviderConfigUpdateResponse> {
    return aiGatewayProviderConfigsModule.call(APIPromise, (operations) => operations.providerConfigUpdate(this._client, gatewayId, id, params, options));
  }
}

/** Operations under `aiGateway.urls`. */
export class AiGatewayUrls {
  constructor(private readonly _client: APIClient) {}

  /**
   * Get Gateway URL
   *
   * Retrieves the endpoint URL for an AI Gateway.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
   */
  get(gatewayId: string, provider: string, params?: AiGatewayUrlsAPI.UrlGetParams, options?: RequestOptions): APIPromise<AiGatewayUrlsAPI.UrlGetResponse> {
    return aiGatewayUrlsModule.call(APIPromise, (operations) => operations.urlGet(this._client, gatewayId, provider, params, options));
  }
}
