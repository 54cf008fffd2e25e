/**
 * The operations of `client.aiGateway.dynamicRouting.versions` (class `AiGatewayDynamicRoutingVersions`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import type { VersionCreateParams, VersionCreateResponse, VersionGetParams, VersionGetResponse, VersionListParams, VersionListResponse } from './versions.types.js';
export type * from './versions.types.js';
/**
 * Create a new AI Gateway Dynamic Route Version.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const version = await versionCreate(client, '54442216', '54442216');
 * ```
 */
export declare function versionCreate(client: APIClient, gatewayId: string, id: string, params?: VersionCreateParams, options?: RequestOptions): APIPromise<VersionCreateResponse>;
/**
 * Get an AI Gateway Dynamic Route Version.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const version = await versionGet(client, '54442216', '54442216', '54442216');
 * ```
 */
export declare function versionGet(client: APIClient, gatewayId: string, id: string, versionId: string, params?: VersionGetParams, options?: RequestOptions): APIPromise<VersionGetResponse>;
/**
 * List all AI Gateway Dynamic Route Versions.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
 *
 * The same as `client.aiGateway.dynamicRouting.versions.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const version = await versionList(client, '54442216', '54442216');
 * ```
 */
export declare function versionList(client: APIClient, gatewayId: string, id: string, params?: VersionListParams, options?: RequestOptions): APIPromise<VersionListResponse>;
