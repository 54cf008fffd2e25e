import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { UrlGetParams, UrlGetResponse } from './urls.types.js';
/** Operations under `aiGateway.urls`. */
export declare class Urls {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Get Gateway URL
     *
     * Retrieves the endpoint URL for an AI Gateway.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
     */
    get(gatewayId: string, provider: string, params?: UrlGetParams, options?: RequestOptions): APIPromise<UrlGetResponse>;
}
