/**
 * The operations of `client.aiGateway.dynamicRouting.deployments` (class `AiGatewayDynamicRoutingDeployments`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import { expandPath } from '../../../internal/path.js';
import type { DeploymentCreateParams, DeploymentCreateResponse, DeploymentListParams, DeploymentListResponse } from './deployments.types.js';
import { explainDeploymentCreateResponse, explainDeploymentListResponse, isDeploymentCreateResponse, isDeploymentListResponse } from './deployments.validators.js';

export type * from './deployments.types.js';

/**
 * Create a new AI Gateway Dynamic Route Deployment.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
 *
 * The same as `client.aiGateway.dynamicRouting.deployments.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function deploymentCreate(client: APIClient, gatewayId: string, id: string, params: DeploymentCreateParams = {}, options?: RequestOptions): APIPromise<DeploymentCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DeploymentCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDeploymentCreateResponse,
      explain: explainDeploymentCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * List all AI Gateway Dynamic Route Deployments.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
 *
 * The same as `client.aiGateway.dynamicRouting.deployments.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function deploymentList(client: APIClient, gatewayId: string, id: string, params: DeploymentListParams = {}, options?: RequestOptions): APIPromise<DeploymentListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DeploymentListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: isDeploymentListResponse,
      explain: explainDeploymentListResponse,
      retrySafe: true,
    };
  }, options);
}
