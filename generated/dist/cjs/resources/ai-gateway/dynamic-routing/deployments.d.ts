/**
 * The operations of `client.aiGateway.dynamicRouting.deployments` (class `AiGatewayDynamicRoutingDeployments`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import type { DeploymentCreateParams, DeploymentCreateResponse, DeploymentListParams, DeploymentListResponse } from './deployments.types.js';
export type * from './deployments.types.js';
/**
 * Create a new AI Gateway Dynamic Route Deployment.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
 *
 * The same as `client.aiGateway.dynamicRouting.deployments.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const deployment = await deploymentCreate(client, '54442216', '54442216');
 * ```
 */
export declare function deploymentCreate(client: APIClient, gatewayId: string, id: string, params?: DeploymentCreateParams, options?: RequestOptions): APIPromise<DeploymentCreateResponse>;
/**
 * List all AI Gateway Dynamic Route Deployments.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
 *
 * The same as `client.aiGateway.dynamicRouting.deployments.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const deployment = await deploymentList(client, '54442216', '54442216');
 * ```
 */
export declare function deploymentList(client: APIClient, gatewayId: string, id: string, params?: DeploymentListParams, options?: RequestOptions): APIPromise<DeploymentListResponse>;
