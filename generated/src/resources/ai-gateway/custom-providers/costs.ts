import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import type { CostCreateParams, CostCreateResponse, CostDeleteParams, CostDeleteResponse, CostEditParams, CostEditResponse, CostGetParams, CostGetResponse, CostListParams, CostListResponse } from './costs.types.js';
import type * as Validators from './costs.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./costs.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.customProviders.costs`. */
export class Costs {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Account Provider Cost
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
   */
  create(params: CostCreateParams = {}, options?: RequestOptions): APIPromise<CostCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CostCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostCreateResponse,
        explain: v.explainCostCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Account Provider Cost
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
   */
  delete(id: string, params: CostDeleteParams = {}, options?: RequestOptions): APIPromise<CostDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CostDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCostDeleteArgs, v.explainCostDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostDeleteResponse,
        explain: v.explainCostDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update a Account Provider Cost
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
   */
  edit(id: string, params: CostEditParams = {}, options?: RequestOptions): APIPromise<CostEditResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CostEditResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCostEditArgs, v.explainCostEditArgs);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostEditResponse,
        explain: v.explainCostEditResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Fetch a Account Provider Cost
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
   */
  get(id: string, params: CostGetParams = {}, options?: RequestOptions): APIPromise<CostGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CostGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCostGetArgs, v.explainCostGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostGetResponse,
        explain: v.explainCostGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Account Provider Costs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
   */
  list(params: CostListParams = {}, options?: RequestOptions): APIPromise<CostListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CostListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isCostListArgs, v.explainCostListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
        query: { account_provider_id: params.account_provider_id, cost_type: params.cost_type, enable: params.enable, model_rule: params.model_rule, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostListResponse,
        explain: v.explainCostListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
