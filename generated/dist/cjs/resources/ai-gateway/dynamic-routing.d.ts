/**
 * The operations of `client.aiGateway.dynamicRouting` (class `AiGatewayDynamicRouting`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { DynamicRoutingCreateParams, DynamicRoutingCreateResponse, DynamicRoutingDeleteParams, DynamicRoutingDeleteResponse, DynamicRoutingGetParams, DynamicRoutingGetResponse, DynamicRoutingListParams, DynamicRoutingListResponse, DynamicRoutingUpdateParams, DynamicRoutingUpdateResponse } from './dynamic-routing.types.js';
export type * from './dynamic-routing.types.js';
/**
 * Create a new AI Gateway Dynamic Route.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dynamicRouting = await dynamicRoutingCreate(client, '54442216');
 * ```
 */
export declare function dynamicRoutingCreate(client: APIClient, gatewayId: string, params?: DynamicRoutingCreateParams, options?: RequestOptions): APIPromise<DynamicRoutingCreateResponse>;
/**
 * Delete an AI Gateway Dynamic Route.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dynamicRouting = await dynamicRoutingDelete(client, '54442216', '54442216');
 * ```
 */
export declare function dynamicRoutingDelete(client: APIClient, gatewayId: string, id: string, params?: DynamicRoutingDeleteParams, options?: RequestOptions): APIPromise<DynamicRoutingDeleteResponse>;
/**
 * Get an AI Gateway Dynamic Route.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dynamicRouting = await dynamicRoutingGet(client, '54442216', '54442216');
 * ```
 */
export declare function dynamicRoutingGet(client: APIClient, gatewayId: string, id: string, params?: DynamicRoutingGetParams, options?: RequestOptions): APIPromise<DynamicRoutingGetResponse>;
/**
 * List all AI Gateway Dynamic Routes.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.dynamicRouting.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const dynamicRouting of dynamicRoutingList(client, '54442216')) {
 *   console.log(dynamicRouting);
 * }
 * ```
 */
export declare function dynamicRoutingList(client: APIClient, gatewayId: string, params?: DynamicRoutingListParams, options?: RequestOptions): PagePromise<NonNullable<NonNullable<DynamicRoutingListResponse>['routes']>[number]>;
/**
 * Update an AI Gateway Dynamic Route.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
 *
 * The same as `client.aiGateway.dynamicRouting.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dynamicRouting = await dynamicRoutingUpdate(client, '54442216', '54442216');
 * ```
 */
export declare function dynamicRoutingUpdate(client: APIClient, gatewayId: string, id: string, params?: DynamicRoutingUpdateParams, options?: RequestOptions): APIPromise<DynamicRoutingUpdateResponse>;
