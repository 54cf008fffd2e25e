/**
 * The operations of `client.aiGateway.providerConfigs` (class `AiGatewayProviderConfigs`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { ProviderConfigCreateParams, ProviderConfigCreateResponse, ProviderConfigDeleteParams, ProviderConfigDeleteResponse, ProviderConfigListParams, ProviderConfigListResponse, ProviderConfigUpdateParams, ProviderConfigUpdateResponse } from './provider-configs.types.js';
import { explainProviderConfigCreateArgs, explainProviderConfigCreateResponse, explainProviderConfigDeleteArgs, explainProviderConfigDeleteResponse, explainProviderConfigListArgs, explainProviderConfigListResponse, explainProviderConfigUpdateArgs, explainProviderConfigUpdateResponse, isProviderConfigCreateArgs, isProviderConfigCreateResponse, isProviderConfigDeleteArgs, isProviderConfigDeleteResponse, isProviderConfigListArgs, isProviderConfigListResponse, isProviderConfigUpdateArgs, isProviderConfigUpdateResponse } from './provider-configs.validators.js';

export type * from './provider-configs.types.js';

/**
 * Create a new Provider Configs
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function providerConfigCreate(client: APIClient, gatewayId: string, params: ProviderConfigCreateParams = {}, options?: RequestOptions): APIPromise<ProviderConfigCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ProviderConfigCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isProviderConfigCreateArgs, explainProviderConfigCreateArgs);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigCreateResponse,
      explain: explainProviderConfigCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Provider Configs
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function providerConfigDelete(client: APIClient, gatewayId: string, id: string, params: ProviderConfigDeleteParams = {}, options?: RequestOptions): APIPromise<ProviderConfigDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ProviderConfigDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isProviderConfigDeleteArgs, explainProviderConfigDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigDeleteResponse,
      explain: explainProviderConfigDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Provider Configs
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function providerConfigList(client: APIClient, gatewayId: string, params: ProviderConfigListParams = {}, options?: RequestOptions): APIPromise<ProviderConfigListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ProviderConfigListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isProviderConfigListArgs, explainProviderConfigListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigListResponse,
      explain: explainProviderConfigListResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Update a Provider Configs
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function providerConfigUpdate(client: APIClient, gatewayId: string, id: string, params: ProviderConfigUpdateParams = {}, options?: RequestOptions): APIPromise<ProviderConfigUpdateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ProviderConfigUpdateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isProviderConfigUpdateArgs, explainProviderConfigUpdateArgs);
    return {
      method: "put",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigUpdateResponse,
      explain: explainProviderConfigUpdateResponse,
      retrySafe: true,
    };
  }, options);
}
