import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { Deployments } from './dynamic-routing/deployments.js';
import { Versions } from './dynamic-routing/versions.js';
import type { DynamicRoutingCreateParams, DynamicRoutingCreateResponse, DynamicRoutingDeleteParams, DynamicRoutingDeleteResponse, DynamicRoutingGetParams, DynamicRoutingGetResponse, DynamicRoutingListParams, DynamicRoutingListResponse, DynamicRoutingUpdateParams, DynamicRoutingUpdateResponse } from './dynamic-routing.types.js';
/** Operations under `aiGateway.dynamicRouting`. */
export declare class DynamicRouting {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** Deployments operations, created on first use. */
    get deployments(): Deployments;
    /** Versions operations, created on first use. */
    get versions(): Versions;
    /**
     * Create a new AI Gateway Dynamic Route.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
     */
    create(gatewayId: string, params?: DynamicRoutingCreateParams, options?: RequestOptions): APIPromise<DynamicRoutingCreateResponse>;
    /**
     * Delete an AI Gateway Dynamic Route.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
     */
    delete(gatewayId: string, id: string, params?: DynamicRoutingDeleteParams, options?: RequestOptions): APIPromise<DynamicRoutingDeleteResponse>;
    /**
     * Get an AI Gateway Dynamic Route.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
     */
    get(gatewayId: string, id: string, params?: DynamicRoutingGetParams, options?: RequestOptions): APIPromise<DynamicRoutingGetResponse>;
    /**
     * List all AI Gateway Dynamic Routes.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
     */
    list(gatewayId: string, params?: DynamicRoutingListParams, options?: RequestOptions): APIPromise<DynamicRoutingListResponse>;
    /**
     * Update an AI Gateway Dynamic Route.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
     */
    update(gatewayId: string, id: string, params?: DynamicRoutingUpdateParams, options?: RequestOptions): APIPromise<DynamicRoutingUpdateResponse>;
}
