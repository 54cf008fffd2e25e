import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import type {
  CostCreateParams,
  CostCreateResponse,
  CostDeleteParams,
  CostDeleteResponse,
  CostEditParams,
  CostEditResponse,
  CostGetParams,
  CostGetResponse,
  CostListParams,
  CostListResponse,
} from './costs.types.js';
import {
  isCostCreateResponse,
  explainCostCreateResponse,
  isCostDeleteArgs,
  explainCostDeleteArgs,
  isCostDeleteResponse,
  explainCostDeleteResponse,
  isCostEditArgs,
  explainCostEditArgs,
  isCostEditResponse,
  explainCostEditResponse,
  isCostGetArgs,
  explainCostGetArgs,
  isCostGetResponse,
  explainCostGetResponse,
  isCostListArgs,
  explainCostListArgs,
  isCostListResponse,
  explainCostListResponse,
} from './costs.validators.js';

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
    return this._client.request<CostCreateResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      return {
        method: 'post',
        path: expandPath('/accounts/{account_id}/ai-gateway/custom-providers/costs', { account_id: accountIdParam }),
        body: params.body,
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCostCreateResponse,
        explain: explainCostCreateResponse,
        retrySafe: false,
      };
    }, options);
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
    return this._client.request<CostDeleteResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs({ ...params, id: id }, isCostDeleteArgs, explainCostDeleteArgs);
      return {
        method: 'delete',
        path: expandPath('/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}', {
          account_id: accountIdParam,
          id: id,
        }),
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCostDeleteResponse,
        explain: explainCostDeleteResponse,
        retrySafe: true,
      };
    }, options);
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
    return this._client.request<CostEditResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs({ ...params, id: id }, isCostEditArgs, explainCostEditArgs);
      return {
        method: 'patch',
        path: expandPath('/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}', {
          account_id: accountIdParam,
          id: id,
        }),
        body: params.body,
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCostEditResponse,
        explain: explainCostEditResponse,
        retrySafe: false,
      };
    }, options);
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
    return this._client.request<CostGetResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs({ ...params, id: id }, isCostGetArgs, explainCostGetArgs);
      return {
        method: 'get',
        path: expandPath('/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}', {
          account_id: accountIdParam,
          id: id,
        }),
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCostGetResponse,
        explain: explainCostGetResponse,
        retrySafe: true,
      };
    }, options);
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
    return this._client.request<CostListResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs({ ...params }, isCostListArgs, explainCostListArgs);
      return {
        method: 'get',
        path: expandPath('/accounts/{account_id}/ai-gateway/custom-providers/costs', { account_id: accountIdParam }),
        query: {
          account_provider_id: params.account_provider_id,
          cost_type: params.cost_type,
          enable: params.enable,
          model_rule: params.model_rule,
          page: params.page,
          per_page: params.per_page,
          search: params.search,
        },
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCostListResponse,
        explain: explainCostListResponse,
        retrySafe: true,
      };
    }, options);
  }
}
