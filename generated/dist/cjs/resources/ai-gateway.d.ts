/**
 * The operations of `client.aiGateway` (class `AiGateway`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../core/client.js';
import type { APIPromise } from '../core/api-promise.js';
import { type PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request.js';
import type { AIGatewayCreateParams, AIGatewayCreateResponse, AIGatewayDeleteParams, AIGatewayDeleteResponse, AIGatewayGetParams, AIGatewayGetResponse, AIGatewayListParams, AIGatewayListResponse, AIGatewayUpdateParams, AIGatewayUpdateResponse } from './ai-gateway.types.js';
export type * from './ai-gateway.types.js';
/**
 * Create a new Gateway
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
 *
 * The same as `client.aiGateway.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const aiGateway = await aiGatewayCreate(client);
 * ```
 */
export declare function aiGatewayCreate(client: APIClient, params?: AIGatewayCreateParams, options?: RequestOptions): APIPromise<AIGatewayCreateResponse>;
/**
 * Delete a Gateway
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
 *
 * The same as `client.aiGateway.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const aiGateway = await aiGatewayDelete(client, 'my-gateway');
 * ```
 */
export declare function aiGatewayDelete(client: APIClient, id: string, params?: AIGatewayDeleteParams, options?: RequestOptions): APIPromise<AIGatewayDeleteResponse>;
/**
 * Fetch a Gateway
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
 *
 * The same as `client.aiGateway.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const aiGateway = await aiGatewayGet(client, 'my-gateway');
 * ```
 */
export declare function aiGatewayGet(client: APIClient, id: string, params?: AIGatewayGetParams, options?: RequestOptions): APIPromise<AIGatewayGetResponse>;
/**
 * List Gateways
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const aiGateway of aiGatewayList(client)) {
 *   console.log(aiGateway);
 * }
 * ```
 */
export declare function aiGatewayList(client: APIClient, params?: AIGatewayListParams, options?: RequestOptions): PagePromise<AIGatewayListResponse[number]>;
/**
 * Update a Gateway
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
 *
 * The same as `client.aiGateway.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const aiGateway = await aiGatewayUpdate(client, 'my-gateway');
 * ```
 */
export declare function aiGatewayUpdate(client: APIClient, id: string, params?: AIGatewayUpdateParams, options?: RequestOptions): APIPromise<AIGatewayUpdateResponse>;
