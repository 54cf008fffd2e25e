/**
 * The operations of `client.aiGateway.customDomains` (class `AiGatewayCustomDomains`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { CustomDomainCreateParams, CustomDomainCreateResponse, CustomDomainDeleteParams, CustomDomainDeleteResponse, CustomDomainGetParams, CustomDomainGetResponse, CustomDomainListParams, CustomDomainListResponse } from './custom-domains.types.js';
import { explainCustomDomainCreateArgs, explainCustomDomainCreateResponse, explainCustomDomainDeleteArgs, explainCustomDomainDeleteResponse, explainCustomDomainGetArgs, explainCustomDomainGetResponse, explainCustomDomainListArgs, explainCustomDomainListResponse, isCustomDomainCreateArgs, isCustomDomainCreateResponse, isCustomDomainDeleteArgs, isCustomDomainDeleteResponse, isCustomDomainGetArgs, isCustomDomainGetResponse, isCustomDomainListArgs, isCustomDomainListResponse } from './custom-domains.validators.js';

export type * from './custom-domains.types.js';

/**
 * Create a custom domain for a gateway
 *
 * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customDomainCreate(client: APIClient, gatewayId: string, params: CustomDomainCreateParams = {}, options?: RequestOptions): APIPromise<CustomDomainCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomDomainCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isCustomDomainCreateArgs, explainCustomDomainCreateArgs);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainCreateResponse,
      explain: explainCustomDomainCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Custom Domain
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customDomainDelete(client: APIClient, gatewayId: string, hostname: string, params: CustomDomainDeleteParams = {}, options?: RequestOptions): APIPromise<CustomDomainDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomDomainDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, hostname: hostname }, isCustomDomainDeleteArgs, explainCustomDomainDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname: hostname }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainDeleteResponse,
      explain: explainCustomDomainDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Fetch a Custom Domain
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customDomainGet(client: APIClient, gatewayId: string, hostname: string, params: CustomDomainGetParams = {}, options?: RequestOptions): APIPromise<CustomDomainGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomDomainGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, hostname: hostname }, isCustomDomainGetArgs, explainCustomDomainGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname: hostname }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainGetResponse,
      explain: explainCustomDomainGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Custom Domains
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function customDomainList(client: APIClient, gatewayId: string, params: CustomDomainListParams = {}, options?: RequestOptions): APIPromise<CustomDomainListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<CustomDomainListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isCustomDomainListArgs, explainCustomDomainListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { page: params.page, per_page: params.per_page, search: params.search, status: params.status },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainListResponse,
      explain: explainCustomDomainListResponse,
      retrySafe: true,
    };
  }, options);
}
