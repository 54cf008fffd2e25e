/**
 * The operations of `client.aiGateway.customProviders.costs` (class `AiGatewayCustomProvidersCosts`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import { expandPath } from '../../../internal/path.js';
import type { CostCreateParams, CostCreateResponse, CostDeleteParams, CostDeleteResponse, CostEditParams, CostEditResponse, CostGetParams, CostGetResponse, CostListParams, CostListResponse } from './costs.types.js';
import { explainCostCreateResponse, explainCostDeleteArgs, explainCostDeleteResponse, explainCostEditArgs, explainCostEditResponse, explainCostGetArgs, explainCostGetResponse, explainCostListArgs, explainCostListResponse, isCostCreateResponse, isCostDeleteArgs, isCostDeleteResponse, isCostEditArgs, isCostEditResponse, isCostGetArgs, isCostGetResponse, isCostListArgs, isCostListResponse } from './costs.validators.js';

export type * from './costs.types.js';

/**
 * Create a new Account Provider Cost
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
 *
 * The same as `client.aiGateway.customProviders.costs.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function costCreate(client: APIClient, params: CostCreateParams = {}, options?: RequestOptions): APIPromise<CostCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CostCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
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
 *
 * The same as `client.aiGateway.customProviders.costs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function costDelete(client: APIClient, id: string, params: CostDeleteParams = {}, options?: RequestOptions): APIPromise<CostDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CostDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCostDeleteArgs, explainCostDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
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
 *
 * The same as `client.aiGateway.customProviders.costs.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function costEdit(client: APIClient, id: string, params: CostEditParams = {}, options?: RequestOptions): APIPromise<CostEditResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CostEditResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCostEditArgs, explainCostEditArgs);
    return {
      method: "patch",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
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
 *
 * The same as `client.aiGateway.customProviders.costs.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function costGet(client: APIClient, id: string, params: CostGetParams = {}, options?: RequestOptions): APIPromise<CostGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CostGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCostGetArgs, explainCostGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
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
 *
 * The same as `client.aiGateway.customProviders.costs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function costList(client: APIClient, params: CostListParams = {}, options?: RequestOptions): APIPromise<CostListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CostListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isCostListArgs, explainCostListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
      query: { account_provider_id: params.account_provider_id, cost_type: params.cost_type, enable: params.enable, model_rule: params.model_rule, page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCostListResponse,
      explain: explainCostListResponse,
      retrySafe: true,
    };
  }, options);
}
