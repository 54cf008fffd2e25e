import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { expandPath } from '../core/path.js';
import { Billing } from './ai-gateway/billing.js';
import { CustomDomains } from './ai-gateway/custom-domains.js';
import { CustomProviders } from './ai-gateway/custom-providers.js';
import { Datasets } from './ai-gateway/datasets.js';
import { DynamicRouting } from './ai-gateway/dynamic-routing.js';
import { EvaluationTypes } from './ai-gateway/evaluation-types.js';
import { Evaluations } from './ai-gateway/evaluations.js';
import { Logs } from './ai-gateway/logs.js';
import { ProviderConfigs } from './ai-gateway/provider-configs.js';
import { Urls } from './ai-gateway/urls.js';
import type { AIGatewayCreateParams, AIGatewayCreateResponse, AIGatewayDeleteParams, AIGatewayDeleteResponse, AIGatewayGetParams, AIGatewayGetResponse, AIGatewayListParams, AIGatewayListResponse, AIGatewayUpdateParams, AIGatewayUpdateResponse } from './ai-gateway.types.js';
import type * as Validators from './ai-gateway.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./ai-gateway.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway`. */
export class AiGateway {
  #billing: Billing | undefined;
  #customDomains: CustomDomains | undefined;
  #customProviders: CustomProviders | undefined;
  #datasets: Datasets | undefined;
  #dynamicRouting: DynamicRouting | undefined;
  #evaluationTypes: EvaluationTypes | undefined;
  #evaluations: Evaluations | undefined;
  #logs: Logs | undefined;
  #providerConfigs: ProviderConfigs | undefined;
  #urls: Urls | undefined;

  constructor(private readonly _client: APIClient) {}

  /** Billing operations, created on first use. */
  get billing(): Billing {
    return (this.#billing ??= new Billing(this._client));
  }

  /** CustomDomains operations, created on first use. */
  get customDomains(): CustomDomains {
    return (this.#customDomains ??= new CustomDomains(this._client));
  }

  /** CustomProviders operations, created on first use. */
  get customProviders(): CustomProviders {
    return (this.#customProviders ??= new CustomProviders(this._client));
  }

  /** Datasets operations, created on first use. */
  get datasets(): Datasets {
    return (this.#datasets ??= new Datasets(this._client));
  }

  /** DynamicRouting operations, created on first use. */
  get dynamicRouting(): DynamicRouting {
    return (this.#dynamicRouting ??= new DynamicRouting(this._client));
  }

  /** EvaluationTypes operations, created on first use. */
  get evaluationTypes(): EvaluationTypes {
    return (this.#evaluationTypes ??= new EvaluationTypes(this._client));
  }

  /** Evaluations operations, created on first use. */
  get evaluations(): Evaluations {
    return (this.#evaluations ??= new Evaluations(this._client));
  }

  /** Logs operations, created on first use. */
  get logs(): Logs {
    return (this.#logs ??= new Logs(this._client));
  }

  /** ProviderConfigs operations, created on first use. */
  get providerConfigs(): ProviderConfigs {
    return (this.#providerConfigs ??= new ProviderConfigs(this._client));
  }

  /** Urls operations, created on first use. */
  get urls(): Urls {
    return (this.#urls ??= new Urls(this._client));
  }

  /**
   * Create a new Gateway
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
   */
  create(params: AIGatewayCreateParams = {}, options?: RequestOptions): APIPromise<AIGatewayCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<AIGatewayCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isAIGatewayCreateResponse,
        explain: v.explainAIGatewayCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Gateway
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
   */
  delete(id: string, params: AIGatewayDeleteParams = {}, options?: RequestOptions): APIPromise<AIGatewayDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<AIGatewayDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isAIGatewayDeleteArgs, v.explainAIGatewayDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isAIGatewayDeleteResponse,
        explain: v.explainAIGatewayDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Fetch a Gateway
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
   */
  get(id: string, params: AIGatewayGetParams = {}, options?: RequestOptions): APIPromise<AIGatewayGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<AIGatewayGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isAIGatewayGetArgs, v.explainAIGatewayGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isAIGatewayGetResponse,
        explain: v.explainAIGatewayGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Gateways
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
   */
  list(params: AIGatewayListParams = {}, options?: RequestOptions): APIPromise<AIGatewayListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<AIGatewayListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isAIGatewayListArgs, v.explainAIGatewayListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways", { account_id: accountIdParam }),
        query: { page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isAIGatewayListResponse,
        explain: v.explainAIGatewayListResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update a Gateway
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
   */
  update(id: string, params: AIGatewayUpdateParams = {}, options?: RequestOptions): APIPromise<AIGatewayUpdateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<AIGatewayUpdateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isAIGatewayUpdateArgs, v.explainAIGatewayUpdateArgs);
      return {
        method: "put",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isAIGatewayUpdateResponse,
        explain: v.explainAIGatewayUpdateResponse,
        retrySafe: true,
      };
    }), options);
  }
}
