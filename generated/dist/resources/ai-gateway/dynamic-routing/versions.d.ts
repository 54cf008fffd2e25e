import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { VersionCreateParams, VersionCreateResponse, VersionGetParams, VersionGetResponse, VersionListParams, VersionListResponse } from './versions.types.js';
/** Operations under `aiGateway.dynamicRouting.versions`. */
export declare class Versions {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new AI Gateway Dynamic Route Version.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
     */
    create(gatewayId: string, id: string, params?: VersionCreateParams, options?: RequestOptions): APIPromise<VersionCreateResponse>;
    /**
     * Get an AI Gateway Dynamic Route Version.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
     */
    get(gatewayId: string, id: string, versionId: string, params?: VersionGetParams, options?: RequestOptions): APIPromise<VersionGetResponse>;
    /**
     * List all AI Gateway Dynamic Route Versions.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
     */
    list(gatewayId: string, id: string, params?: VersionListParams, options?: RequestOptions): APIPromise<VersionListResponse>;
}
