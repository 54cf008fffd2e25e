var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var client_exports = {};
__export(client_exports, {
  AiGateway: () => AiGateway,
  AiGatewayBilling: () => AiGatewayBilling,
  AiGatewayBillingSpendingLimit: () => AiGatewayBillingSpendingLimit,
  AiGatewayBillingTopup: () => AiGatewayBillingTopup,
  AiGatewayBillingTopupConfig: () => AiGatewayBillingTopupConfig,
  AiGatewayCustomDomains: () => AiGatewayCustomDomains,
  AiGatewayCustomProviders: () => AiGatewayCustomProviders,
  AiGatewayCustomProvidersCosts: () => AiGatewayCustomProvidersCosts,
  AiGatewayDatasets: () => AiGatewayDatasets,
  AiGatewayDynamicRouting: () => AiGatewayDynamicRouting,
  AiGatewayDynamicRoutingDeployments: () => AiGatewayDynamicRoutingDeployments,
  AiGatewayDynamicRoutingVersions: () => AiGatewayDynamicRoutingVersions,
  AiGatewayEvaluationTypes: () => AiGatewayEvaluationTypes,
  AiGatewayEvaluations: () => AiGatewayEvaluations,
  AiGatewayLogs: () => AiGatewayLogs,
  AiGatewayProviderConfigs: () => AiGatewayProviderConfigs,
  AiGatewayUrls: () => AiGatewayUrls,
  Cloudflare: () => Cloudflare,
  createClient: () => createClient
});
module.exports = __toCommonJS(client_exports);
var import_client = require("./core/client.js");
var import_api_promise = require("./core/api-promise.js");
var import_pagination = require("./core/pagination.js");
var import_lazy_module = require("./internal/lazy-module.js");
const DEFINITION = {
  baseURL: "https://api.cloudflare.com/client/v4",
  baseURLEnv: "CLOUDFLARE_BASE_URL",
  security: {
    api_email: {
      kind: "header",
      option: "apiEmail",
      env: "CLOUDFLARE_EMAIL",
      paramName: "X-Auth-Email"
    },
    api_key: {
      kind: "header",
      option: "apiKey",
      env: "CLOUDFLARE_API_KEY",
      paramName: "X-Auth-Key"
    },
    api_token: { kind: "bearer", option: "apiToken", env: "CLOUDFLARE_API_TOKEN" },
    user_service_key: {
      kind: "header",
      option: "userServiceKey",
      env: "CLOUDFLARE_API_USER_SERVICE_KEY",
      paramName: "X-Auth-User-Service-Key"
    }
  },
  pathParamOptions: { accountId: { env: "CLOUDFLARE_ACCOUNT_ID" } }
};
class Cloudflare extends import_client.APIClient {
  #aiGateway;
  constructor(options = {}) {
    super(DEFINITION, options);
  }
  /** AiGateway operations, created on first use. */
  get aiGateway() {
    return this.#aiGateway ??= new AiGateway(this);
  }
}
function createClient(options = {}) {
  return new import_client.APIClient(DEFINITION, options);
}
const aiGatewayModule = /* @__PURE__ */ new import_lazy_module.LazyModule(() => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway.js"))));
const aiGatewayBillingModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/billing.js")))
);
const aiGatewayBillingSpendingLimitModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/billing/spending-limit.js")))
);
const aiGatewayBillingTopupModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/billing/topup.js")))
);
const aiGatewayBillingTopupConfigModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/billing/topup/config.js")))
);
const aiGatewayCustomDomainsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/custom-domains.js")))
);
const aiGatewayCustomProvidersModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/custom-providers.js")))
);
const aiGatewayCustomProvidersCostsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/custom-providers/costs.js")))
);
const aiGatewayDatasetsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/datasets.js")))
);
const aiGatewayDynamicRoutingModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/dynamic-routing.js")))
);
const aiGatewayDynamicRoutingDeploymentsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/dynamic-routing/deployments.js")))
);
const aiGatewayDynamicRoutingVersionsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/dynamic-routing/versions.js")))
);
const aiGatewayEvaluationTypesModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/evaluation-types.js")))
);
const aiGatewayEvaluationsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/evaluations.js")))
);
const aiGatewayLogsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/logs.js")))
);
const aiGatewayProviderConfigsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/provider-configs.js")))
);
const aiGatewayUrlsModule = /* @__PURE__ */ new import_lazy_module.LazyModule(
  () => Promise.resolve().then(() => __toESM(require("./resources/ai-gateway/urls.js")))
);
class AiGateway {
  constructor(_client) {
    this._client = _client;
  }
  #billing;
  #customDomains;
  #customProviders;
  #datasets;
  #dynamicRouting;
  #evaluationTypes;
  #evaluations;
  #logs;
  #providerConfigs;
  #urls;
  /** AiGatewayBilling operations, created on first use. */
  get billing() {
    return this.#billing ??= new AiGatewayBilling(this._client);
  }
  /** AiGatewayCustomDomains operations, created on first use. */
  get customDomains() {
    return this.#customDomains ??= new AiGatewayCustomDomains(this._client);
  }
  /** AiGatewayCustomProviders operations, created on first use. */
  get customProviders() {
    return this.#customProviders ??= new AiGatewayCustomProviders(this._client);
  }
  /** AiGatewayDatasets operations, created on first use. */
  get datasets() {
    return this.#datasets ??= new AiGatewayDatasets(this._client);
  }
  /** AiGatewayDynamicRouting operations, created on first use. */
  get dynamicRouting() {
    return this.#dynamicRouting ??= new AiGatewayDynamicRouting(this._client);
  }
  /** AiGatewayEvaluationTypes operations, created on first use. */
  get evaluationTypes() {
    return this.#evaluationTypes ??= new AiGatewayEvaluationTypes(this._client);
  }
  /** AiGatewayEvaluations operations, created on first use. */
  get evaluations() {
    return this.#evaluations ??= new AiGatewayEvaluations(this._client);
  }
  /** AiGatewayLogs operations, created on first use. */
  get logs() {
    return this.#logs ??= new AiGatewayLogs(this._client);
  }
  /** AiGatewayProviderConfigs operations, created on first use. */
  get providerConfigs() {
    return this.#providerConfigs ??= new AiGatewayProviderConfigs(this._client);
  }
  /** AiGatewayUrls operations, created on first use. */
  get urls() {
    return this.#urls ??= new AiGatewayUrls(this._client);
  }
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
  create(params, options) {
    return aiGatewayModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.aiGatewayCreate(this._client, params, options)
    );
  }
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
  delete(id, params, options) {
    return aiGatewayModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.aiGatewayDelete(this._client, id, params, options)
    );
  }
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
  get(id, params, options) {
    return aiGatewayModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.aiGatewayGet(this._client, id, params, options)
    );
  }
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
  list(params, options) {
    return aiGatewayModule.call(
      import_pagination.PagePromise,
      (operations) => operations.aiGatewayList(this._client, params, options)
    );
  }
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
  update(id, params, options) {
    return aiGatewayModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.aiGatewayUpdate(this._client, id, params, options)
    );
  }
}
class AiGatewayBilling {
  constructor(_client) {
    this._client = _client;
  }
  #spendingLimit;
  #topup;
  /** AiGatewayBillingSpendingLimit operations, created on first use. */
  get spendingLimit() {
    return this.#spendingLimit ??= new AiGatewayBillingSpendingLimit(this._client);
  }
  /** AiGatewayBillingTopup operations, created on first use. */
  get topup() {
    return this.#topup ??= new AiGatewayBillingTopup(this._client);
  }
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
  creditBalance(params, options) {
    return aiGatewayBillingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.billingCreditBalance(this._client, params, options)
    );
  }
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
  invoiceHistory(params, options) {
    return aiGatewayBillingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.billingInvoiceHistory(this._client, params, options)
    );
  }
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
  invoicePreview(params, options) {
    return aiGatewayBillingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.billingInvoicePreview(this._client, params, options)
    );
  }
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
  usageHistory(params, options) {
    return aiGatewayBillingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.billingUsageHistory(this._client, params, options)
    );
  }
}
class AiGatewayBillingSpendingLimit {
  constructor(_client) {
    this._client = _client;
  }
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
  create(params, options) {
    return aiGatewayBillingSpendingLimitModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.spendingLimitCreate(this._client, params, options)
    );
  }
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
  delete(params, options) {
    return aiGatewayBillingSpendingLimitModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.spendingLimitDelete(this._client, params, options)
    );
  }
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
  get(params, options) {
    return aiGatewayBillingSpendingLimitModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.spendingLimitGet(this._client, params, options)
    );
  }
}
class AiGatewayBillingTopup {
  constructor(_client) {
    this._client = _client;
  }
  #config;
  /** AiGatewayBillingTopupConfig operations, created on first use. */
  get config() {
    return this.#config ??= new AiGatewayBillingTopupConfig(this._client);
  }
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
  create(params, options) {
    return aiGatewayBillingTopupModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.topupCreate(this._client, params, options)
    );
  }
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
  limits(params, options) {
    return aiGatewayBillingTopupModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.topupLimits(this._client, params, options)
    );
  }
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
  status(params, options) {
    return aiGatewayBillingTopupModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.topupStatus(this._client, params, options)
    );
  }
}
class AiGatewayBillingTopupConfig {
  constructor(_client) {
    this._client = _client;
  }
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
  create(params, options) {
    return aiGatewayBillingTopupConfigModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.configCreate(this._client, params, options)
    );
  }
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
  delete(params, options) {
    return aiGatewayBillingTopupConfigModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.configDelete(this._client, params, options)
    );
  }
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
  get(params, options) {
    return aiGatewayBillingTopupConfigModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.configGet(this._client, params, options)
    );
  }
}
class AiGatewayCustomDomains {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, params, options) {
    return aiGatewayCustomDomainsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customDomainCreate(this._client, gatewayId, params, options)
    );
  }
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
  delete(gatewayId, hostname, params, options) {
    return aiGatewayCustomDomainsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customDomainDelete(
        this._client,
        gatewayId,
        hostname,
        params,
        options
      )
    );
  }
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
  get(gatewayId, hostname, params, options) {
    return aiGatewayCustomDomainsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customDomainGet(
        this._client,
        gatewayId,
        hostname,
        params,
        options
      )
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayCustomDomainsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.customDomainList(this._client, gatewayId, params, options)
    );
  }
}
class AiGatewayCustomProviders {
  constructor(_client) {
    this._client = _client;
  }
  #costs;
  /** AiGatewayCustomProvidersCosts operations, created on first use. */
  get costs() {
    return this.#costs ??= new AiGatewayCustomProvidersCosts(this._client);
  }
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
  create(params, options) {
    return aiGatewayCustomProvidersModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customProviderCreate(this._client, params, options)
    );
  }
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
  delete(id, params, options) {
    return aiGatewayCustomProvidersModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customProviderDelete(this._client, id, params, options)
    );
  }
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
  edit(id, params, options) {
    return aiGatewayCustomProvidersModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customProviderEdit(this._client, id, params, options)
    );
  }
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
  get(id, params, options) {
    return aiGatewayCustomProvidersModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.customProviderGet(this._client, id, params, options)
    );
  }
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
  list(params, options) {
    return aiGatewayCustomProvidersModule.call(
      import_pagination.PagePromise,
      (operations) => operations.customProviderList(this._client, params, options)
    );
  }
}
class AiGatewayCustomProvidersCosts {
  constructor(_client) {
    this._client = _client;
  }
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
  create(params, options) {
    return aiGatewayCustomProvidersCostsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.costCreate(this._client, params, options)
    );
  }
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
  delete(id, params, options) {
    return aiGatewayCustomProvidersCostsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.costDelete(this._client, id, params, options)
    );
  }
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
  edit(id, params, options) {
    return aiGatewayCustomProvidersCostsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.costEdit(this._client, id, params, options)
    );
  }
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
  get(id, params, options) {
    return aiGatewayCustomProvidersCostsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.costGet(this._client, id, params, options)
    );
  }
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
  list(params, options) {
    return aiGatewayCustomProvidersCostsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.costList(this._client, params, options)
    );
  }
}
class AiGatewayDatasets {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, params, options) {
    return aiGatewayDatasetsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.datasetCreate(this._client, gatewayId, params, options)
    );
  }
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
  delete(gatewayId, id, params, options) {
    return aiGatewayDatasetsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.datasetDelete(this._client, gatewayId, id, params, options)
    );
  }
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
  get(gatewayId, id, params, options) {
    return aiGatewayDatasetsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.datasetGet(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayDatasetsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.datasetList(this._client, gatewayId, params, options)
    );
  }
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
  update(gatewayId, id, params, options) {
    return aiGatewayDatasetsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.datasetUpdate(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayDynamicRouting {
  constructor(_client) {
    this._client = _client;
  }
  #deployments;
  #versions;
  /** AiGatewayDynamicRoutingDeployments operations, created on first use. */
  get deployments() {
    return this.#deployments ??= new AiGatewayDynamicRoutingDeployments(this._client);
  }
  /** AiGatewayDynamicRoutingVersions operations, created on first use. */
  get versions() {
    return this.#versions ??= new AiGatewayDynamicRoutingVersions(this._client);
  }
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
  create(gatewayId, params, options) {
    return aiGatewayDynamicRoutingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.dynamicRoutingCreate(this._client, gatewayId, params, options)
    );
  }
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
  delete(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.dynamicRoutingDelete(this._client, gatewayId, id, params, options)
    );
  }
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
  get(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.dynamicRoutingGet(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayDynamicRoutingModule.call(
      import_pagination.PagePromise,
      (operations) => operations.dynamicRoutingList(this._client, gatewayId, params, options)
    );
  }
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
  update(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.dynamicRoutingUpdate(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayDynamicRoutingDeployments {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingDeploymentsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.deploymentCreate(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingDeploymentsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.deploymentList(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayDynamicRoutingVersions {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingVersionsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.versionCreate(this._client, gatewayId, id, params, options)
    );
  }
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
  get(gatewayId, id, versionId, params, options) {
    return aiGatewayDynamicRoutingVersionsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.versionGet(
        this._client,
        gatewayId,
        id,
        versionId,
        params,
        options
      )
    );
  }
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
  list(gatewayId, id, params, options) {
    return aiGatewayDynamicRoutingVersionsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.versionList(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayEvaluationTypes {
  constructor(_client) {
    this._client = _client;
  }
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
  list(params, options) {
    return aiGatewayEvaluationTypesModule.call(
      import_pagination.PagePromise,
      (operations) => operations.evaluationTypeList(this._client, params, options)
    );
  }
}
class AiGatewayEvaluations {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, params, options) {
    return aiGatewayEvaluationsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.evaluationCreate(this._client, gatewayId, params, options)
    );
  }
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
  delete(gatewayId, id, params, options) {
    return aiGatewayEvaluationsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.evaluationDelete(this._client, gatewayId, id, params, options)
    );
  }
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
  get(gatewayId, id, params, options) {
    return aiGatewayEvaluationsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.evaluationGet(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayEvaluationsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.evaluationList(this._client, gatewayId, params, options)
    );
  }
}
class AiGatewayLogs {
  constructor(_client) {
    this._client = _client;
  }
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
  delete(gatewayId, params, options) {
    return aiGatewayLogsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.logDelete(this._client, gatewayId, params, options)
    );
  }
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
  edit(gatewayId, id, params, options) {
    return aiGatewayLogsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.logEdit(this._client, gatewayId, id, params, options)
    );
  }
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
  get(gatewayId, id, params, options) {
    return aiGatewayLogsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.logGet(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayLogsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.logList(this._client, gatewayId, params, options)
    );
  }
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
  request(gatewayId, id, params, options) {
    return aiGatewayLogsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.logRequest(this._client, gatewayId, id, params, options)
    );
  }
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
  response(gatewayId, id, params, options) {
    return aiGatewayLogsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.logResponse(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayProviderConfigs {
  constructor(_client) {
    this._client = _client;
  }
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
  create(gatewayId, params, options) {
    return aiGatewayProviderConfigsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.providerConfigCreate(this._client, gatewayId, params, options)
    );
  }
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
  delete(gatewayId, id, params, options) {
    return aiGatewayProviderConfigsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.providerConfigDelete(this._client, gatewayId, id, params, options)
    );
  }
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
  list(gatewayId, params, options) {
    return aiGatewayProviderConfigsModule.call(
      import_pagination.PagePromise,
      (operations) => operations.providerConfigList(this._client, gatewayId, params, options)
    );
  }
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
  update(gatewayId, id, params, options) {
    return aiGatewayProviderConfigsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.providerConfigUpdate(this._client, gatewayId, id, params, options)
    );
  }
}
class AiGatewayUrls {
  constructor(_client) {
    this._client = _client;
  }
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
  get(gatewayId, provider, params, options) {
    return aiGatewayUrlsModule.call(
      import_api_promise.APIPromise,
      (operations) => operations.urlGet(this._client, gatewayId, provider, params, options)
    );
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AiGateway,
  AiGatewayBilling,
  AiGatewayBillingSpendingLimit,
  AiGatewayBillingTopup,
  AiGatewayBillingTopupConfig,
  AiGatewayCustomDomains,
  AiGatewayCustomProviders,
  AiGatewayCustomProvidersCosts,
  AiGatewayDatasets,
  AiGatewayDynamicRouting,
  AiGatewayDynamicRoutingDeployments,
  AiGatewayDynamicRoutingVersions,
  AiGatewayEvaluationTypes,
  AiGatewayEvaluations,
  AiGatewayLogs,
  AiGatewayProviderConfigs,
  AiGatewayUrls,
  Cloudflare,
  createClient
});
