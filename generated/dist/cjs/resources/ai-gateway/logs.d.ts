/**
 * The operations of `client.aiGateway.logs` (class `AiGatewayLogs`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { LogDeleteParams, LogDeleteResponse, LogEditParams, LogEditResponse, LogGetParams, LogGetResponse, LogListParams, LogListResponse, LogRequestParams, LogRequestResponse, LogResponseParams, LogResponseResponse } from './logs.types.js';
export type * from './logs.types.js';
/**
 * Delete Gateway Logs
 *
 * Deletes gateway log entries matching the specified criteria.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
 *
 * The same as `client.aiGateway.logs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const log = await logDelete(client, 'my-gateway');
 * ```
 */
export declare function logDelete(client: APIClient, gatewayId: string, params?: LogDeleteParams, options?: RequestOptions): APIPromise<LogDeleteResponse>;
/**
 * Patch Gateway Log
 *
 * Updates metadata for an AI Gateway log entry.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
 *
 * The same as `client.aiGateway.logs.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const log = await logEdit(client, 'my-gateway', 'id');
 * ```
 */
export declare function logEdit(client: APIClient, gatewayId: string, id: string, params?: LogEditParams, options?: RequestOptions): APIPromise<LogEditResponse>;
/**
 * Get Gateway Log Detail
 *
 * Retrieves detailed information for a specific AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
 *
 * The same as `client.aiGateway.logs.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const log = await logGet(client, 'my-gateway', 'id');
 * ```
 */
export declare function logGet(client: APIClient, gatewayId: string, id: string, params?: LogGetParams, options?: RequestOptions): APIPromise<LogGetResponse>;
/**
 * List Gateway Logs
 *
 * Lists request/response log entries for the AI gateway with filtering and pagination.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.logs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const log of logList(client, 'my-gateway')) {
 *   console.log(log);
 * }
 * ```
 */
export declare function logList(client: APIClient, gatewayId: string, params?: LogListParams, options?: RequestOptions): PagePromise<LogListResponse[number]>;
/**
 * Get Gateway Log Request
 *
 * Retrieves the original request payload for an AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
 *
 * The same as `client.aiGateway.logs.request()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const log = await logRequest(client, 'my-gateway', 'id');
 * ```
 */
export declare function logRequest(client: APIClient, gatewayId: string, id: string, params?: LogRequestParams, options?: RequestOptions): APIPromise<LogRequestResponse>;
/**
 * Get Gateway Log Response
 *
 * Retrieves the response payload for an AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
 *
 * The same as `client.aiGateway.logs.response()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const log = await logResponse(client, 'my-gateway', 'id');
 * ```
 */
export declare function logResponse(client: APIClient, gatewayId: string, id: string, params?: LogResponseParams, options?: RequestOptions): APIPromise<LogResponseResponse>;
