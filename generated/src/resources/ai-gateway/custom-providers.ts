/**
 * The operations of `client.aiGateway.customProviders` (class `AiGatewayCustomProviders`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { CustomProviderCreateParams, CustomProviderCreateResponse, CustomProviderDeleteParams, CustomProviderDeleteResponse, CustomProviderEditParams, CustomProviderEditResponse, CustomProviderGetParams, CustomProviderGetResponse, CustomProviderListParams, CustomProviderListResponse } from './custom-providers.types.js';
import { explainCustomProviderCreateResponse, explainCustomProviderDeleteArgs, explainCustomProviderDeleteResponse, explainCustomProviderEditArgs, explainCustomProviderEditResponse, explainCustomProviderGetArgs, explainCustomProviderGetResponse, explainCustomProviderListArgs, explainCustomProviderListResponse, isCustomProviderCreateResponse, isCustomProviderDeleteArgs, isCustomProviderDeleteResponse, isCustomProviderEditArgs, isCustomProviderEditResponse, isCustomProviderGetArgs, isCustomProviderGetResponse, isCustomProviderListArgs, isCustomProviderListResponse } from './custom-providers.validators.js';

export type * from './custom-providers.types.js';

/**
 * Create a new Account Provider
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customProviderCreate(client: APIClient, params: CustomProviderCreateParams = {}, options?: RequestOptions): APIPromise<CustomProviderCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomProviderCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderCreateResponse,
      explain: explainCustomProviderCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Account Provider
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customProviderDelete(client: APIClient, id: string, params: CustomProviderDeleteParams = {}, options?: RequestOptions): APIPromise<CustomProviderDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomProviderDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCustomProviderDeleteArgs, explainCustomProviderDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderDeleteResponse,
      explain: explainCustomProviderDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Update a Account Provider
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customProviderEdit(client: APIClient, id: string, params: CustomProviderEditParams = {}, options?: RequestOptions): APIPromise<CustomProviderEditResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomProviderEditResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCustomProviderEditArgs, explainCustomProviderEditArgs);
    return {
      method: "patch",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderEditResponse,
      explain: explainCustomProviderEditResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Fetch a Account Provider
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customProviderGet(client: APIClient, id: string, params: CustomProviderGetParams = {}, options?: RequestOptions): APIPromise<CustomProviderGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomProviderGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id: id }, isCustomProviderGetArgs, explainCustomProviderGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderGetResponse,
      explain: explainCustomProviderGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Account Providers
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customProviderList(client: APIClient, params: CustomProviderListParams = {}, options?: RequestOptions): APIPromise<CustomProviderListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomProviderListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isCustomProviderListArgs, explainCustomProviderListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
      query: { beta: params.beta, enable: params.enable, page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderListResponse,
      explain: explainCustomProviderListResponse,
      retrySafe: true,
    };
  }, options);
}
