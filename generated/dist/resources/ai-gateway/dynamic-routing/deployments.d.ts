import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { DeploymentCreateParams, DeploymentCreateResponse, DeploymentListParams, DeploymentListResponse } from './deployments.types.js';
/** Operations under `aiGateway.dynamicRouting.deployments`. */
export declare class Deployments {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new AI Gateway Dynamic Route Deployment.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
     */
    create(gatewayId: string, id: string, params?: DeploymentCreateParams, options?: RequestOptions): APIPromise<DeploymentCreateResponse>;
    /**
     * List all AI Gateway Dynamic Route Deployments.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
     */
    list(gatewayId: string, id: string, params?: DeploymentListParams, options?: RequestOptions): APIPromise<DeploymentListResponse>;
}
