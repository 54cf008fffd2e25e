/**
 * The operations of `client.aiGateway.dynamicRouting` (class `AiGatewayDynamicRouting`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { DynamicRoutingCreateParams, DynamicRoutingCreateResponse, DynamicRoutingDeleteParams, DynamicRoutingDeleteResponse, DynamicRoutingGetParams, DynamicRoutingGetResponse, DynamicRoutingListParams, DynamicRoutingListResponse, DynamicRoutingUpdateParams, DynamicRoutingUpdateResponse } from './dynamic-routing.types.js';
import { explainDynamicRoutingCreateResponse, explainDynamicRoutingDeleteResponse, explainDynamicRoutingGetResponse, explainDynamicRoutingListArgs, explainDynamicRoutingListResponse, explainDynamicRoutingUpdateResponse, isDynamicRoutingCreateResponse, isDynamicRoutingDeleteResponse, isDynamicRoutingGetResponse, isDynamicRoutingListArgs, isDynamicRoutingListResponse, isDynamicRoutingUpdateResponse } from './dynamic-routing.validators.js';

export type * from './dynamic-routing.types.js';

/**
 * Create a new AI Gateway Dynamic Route.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function dynamicRoutingCreate(client: APIClient, gatewayId: string, params: DynamicRoutingCreateParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DynamicRoutingCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingCreateResponse,
      explain: explainDynamicRoutingCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete an AI Gateway Dynamic Route.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function dynamicRoutingDelete(client: APIClient, gatewayId: string, id: string, params: DynamicRoutingDeleteParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DynamicRoutingDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingDeleteResponse,
      explain: explainDynamicRoutingDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get an AI Gateway Dynamic Route.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function dynamicRoutingGet(client: APIClient, gatewayId: string, id: string, params: DynamicRoutingGetParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DynamicRoutingGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingGetResponse,
      explain: explainDynamicRoutingGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List all AI Gateway Dynamic Routes.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
 *
 * The same as `client.aiGateway.dynamicRouting.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function dynamicRoutingList(client: APIClient, gatewayId: string, params: DynamicRoutingListParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DynamicRoutingListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isDynamicRoutingListArgs, explainDynamicRoutingListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: isDynamicRoutingListResponse,
      explain: explainDynamicRoutingListResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Update an AI Gateway Dynamic Route.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function dynamicRoutingUpdate(client: APIClient, gatewayId: string, id: string, params: DynamicRoutingUpdateParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingUpdateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DynamicRoutingUpdateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "patch",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "route",
      check: isDynamicRoutingUpdateResponse,
      explain: explainDynamicRoutingUpdateResponse,
      retrySafe: false,
    };
  }, options);
}
