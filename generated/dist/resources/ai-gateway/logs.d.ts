import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { LogDeleteParams, LogDeleteResponse, LogEditParams, LogEditResponse, LogGetParams, LogGetResponse, LogListParams, LogListResponse, LogRequestParams, LogRequestResponse, LogResponseParams, LogResponseResponse } from './logs.types.js';
/** Operations under `aiGateway.logs`. */
export declare class Logs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Delete Gateway Logs
     *
     * Deletes gateway log entries matching the specified criteria.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
     */
    delete(gatewayId: string, params?: LogDeleteParams, options?: RequestOptions): APIPromise<LogDeleteResponse>;
    /**
     * Patch Gateway Log
     *
     * Updates metadata for an AI Gateway log entry.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
     */
    edit(gatewayId: string, id: string, params?: LogEditParams, options?: RequestOptions): APIPromise<LogEditResponse>;
    /**
     * Get Gateway Log Detail
     *
     * Retrieves detailed information for a specific AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
     */
    get(gatewayId: string, id: string, params?: LogGetParams, options?: RequestOptions): APIPromise<LogGetResponse>;
    /**
     * List Gateway Logs
     *
     * Lists request/response log entries for the AI gateway with filtering and pagination.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     */
    list(gatewayId: string, params?: LogListParams, options?: RequestOptions): PagePromise<LogListResponse[number]>;
    /**
     * Get Gateway Log Request
     *
     * Retrieves the original request payload for an AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
     */
    request(gatewayId: string, id: string, params?: LogRequestParams, options?: RequestOptions): APIPromise<LogRequestResponse>;
    /**
     * Get Gateway Log Response
     *
     * Retrieves the response payload for an AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
     */
    response(gatewayId: string, id: string, params?: LogResponseParams, options?: RequestOptions): APIPromise<LogResponseResponse>;
}
