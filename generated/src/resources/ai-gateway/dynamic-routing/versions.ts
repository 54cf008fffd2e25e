/**
 * The operations of `client.aiGateway.dynamicRouting.versions` (class `AiGatewayDynamicRoutingVersions`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import { expandPath } from '../../../internal/path.js';
import type { VersionCreateParams, VersionCreateResponse, VersionGetParams, VersionGetResponse, VersionListParams, VersionListResponse } from './versions.types.js';
import { explainVersionCreateResponse, explainVersionGetResponse, explainVersionListResponse, isVersionCreateResponse, isVersionGetResponse, isVersionListResponse } from './versions.validators.js';

export type * from './versions.types.js';

/**
 * Create a new AI Gateway Dynamic Route Version.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function versionCreate(client: APIClient, gatewayId: string, id: string, params: VersionCreateParams = {}, options?: RequestOptions): APIPromise<VersionCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<VersionCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isVersionCreateResponse,
      explain: explainVersionCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Get an AI Gateway Dynamic Route Version.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function versionGet(client: APIClient, gatewayId: string, id: string, versionId: string, params: VersionGetParams = {}, options?: RequestOptions): APIPromise<VersionGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<VersionGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id, version_id: versionId }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isVersionGetResponse,
      explain: explainVersionGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List all AI Gateway Dynamic Route Versions.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function versionList(client: APIClient, gatewayId: string, id: string, params: VersionListParams = {}, options?: RequestOptions): APIPromise<VersionListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<VersionListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: isVersionListResponse,
      explain: explainVersionListResponse,
      retrySafe: true,
    };
  }, options);
}
