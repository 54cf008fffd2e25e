import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { LogGetParams, LogGetResponse } from './logs.types.js';
/** Operations under `aiGateway.logs`. */
export declare class Logs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Get Gateway Log Detail
     *
     * Retrieves detailed information for a specific AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
     */
    get(gatewayId: string, id: string, params?: LogGetParams, options?: RequestOptions): APIPromise<LogGetResponse>;
}
