/**
 * The operations of `client.aiGateway` (class `AiGateway`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request.js';
import { expandPath } from '../internal/path.js';
import type { AIGatewayCreateParams, AIGatewayCreateResponse, AIGatewayDeleteParams, AIGatewayDeleteResponse, AIGatewayGetParams, AIGatewayGetResponse, AIGatewayListParams, AIGatewayListResponse, AIGatewayUpdateParams, AIGatewayUpdateResponse } from './ai-gateway.types.js';
import { explainAIGatewayCreateResponse, explainAIGatewayDeleteArgs, explainAIGatewayDeleteResponse, explainAIGatewayGetArgs, explainAIGatewayGetResponse, explainAIGatewayListArgs, explainAIGatewayListResponse, explainAIGatewayUpdateArgs, explainAIGatewayUpdateResponse, isAIGatewayCreateResponse, isAIGatewayDeleteArgs, isAIGatewayDeleteResponse, isAIGatewayGetArgs, isAIGatewayGetResponse, isAIGatewayListArgs, isAIGatewayListResponse, isAIGatewayUpdateArgs, isAIGatewayUpdateResponse } from './ai-gateway.validators.js';

export type * from './ai-gateway.types.js';

/**
 * Create a new Gateway
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
 *
 * The same as `client.aiGateway.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function aiGatewayCreate(client: APIClient, params: AIGatewayCreateParams = {}, options?: RequestOptions): APIPromise<AIGatewayCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<AIGatewayCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayCreateResponse,
      explain: explainAIGatewayCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Gateway
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
 *
 * The same as `client.aiGateway.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function aiGatewayDelete(client: APIClient, id: string, params: AIGatewayDeleteParams = {}, options?: RequestOptions): APIPromise<AIGatewayDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<AIGatewayDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isAIGatewayDeleteArgs, explainAIGatewayDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayDeleteResponse,
      explain: explainAIGatewayDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Fetch a Gateway
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
 *
 * The same as `client.aiGateway.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function aiGatewayGet(client: APIClient, id: string, params: AIGatewayGetParams = {}, options?: RequestOptions): APIPromise<AIGatewayGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<AIGatewayGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isAIGatewayGetArgs, explainAIGatewayGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayGetResponse,
      explain: explainAIGatewayGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Gateways
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
 *
 * The same as `client.aiGateway.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function aiGatewayList(client: APIClient, params: AIGatewayListParams = {}, options?: RequestOptions): APIPromise<AIGatewayListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<AIGatewayListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isAIGatewayListArgs, explainAIGatewayListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways", { account_id: accountIdParam }),
      query: { page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayListResponse,
      explain: explainAIGatewayListResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Update a Gateway
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
 *
 * The same as `client.aiGateway.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function aiGatewayUpdate(client: APIClient, id: string, params: AIGatewayUpdateParams = {}, options?: RequestOptions): APIPromise<AIGatewayUpdateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<AIGatewayUpdateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isAIGatewayUpdateArgs, explainAIGatewayUpdateArgs);
    return {
      method: "put",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{id}", { account_id: accountIdParam, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayUpdateResponse,
      explain: explainAIGatewayUpdateResponse,
      retrySafe: true,
    };
  }, options);
}
