/**
 * The operations of `client.aiGateway.urls` (class `AiGatewayUrls`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import type { UrlGetParams, UrlGetResponse } from './urls.types.js';
export type * from './urls.types.js';
/**
 * Get Gateway URL
 *
 * Retrieves the endpoint URL for an AI Gateway.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
 *
 * The same as `client.aiGateway.urls.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const url = await urlGet(client, 'my-gateway', 'workers-ai');
 * ```
 */
export declare function urlGet(client: APIClient, gatewayId: string, provider: string, params?: UrlGetParams, options?: RequestOptions): APIPromise<UrlGetResponse>;
