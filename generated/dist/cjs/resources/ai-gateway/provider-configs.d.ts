/**
 * The operations of `client.aiGateway.providerConfigs` (class `AiGatewayProviderConfigs`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { ProviderConfigCreateParams, ProviderConfigCreateResponse, ProviderConfigDeleteParams, ProviderConfigDeleteResponse, ProviderConfigListParams, ProviderConfigListResponse, ProviderConfigUpdateParams, ProviderConfigUpdateResponse } from './provider-configs.types.js';
export type * from './provider-configs.types.js';
/**
 * Create a new Provider Configs
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const providerConfig = await providerConfigCreate(client, 'my-gateway');
 * ```
 */
export declare function providerConfigCreate(client: APIClient, gatewayId: string, params?: ProviderConfigCreateParams, options?: RequestOptions): APIPromise<ProviderConfigCreateResponse>;
/**
 * Delete a Provider Configs
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const providerConfig = await providerConfigDelete(client, 'my-gateway', 'id');
 * ```
 */
export declare function providerConfigDelete(client: APIClient, gatewayId: string, id: string, params?: ProviderConfigDeleteParams, options?: RequestOptions): APIPromise<ProviderConfigDeleteResponse>;
/**
 * List Provider Configs
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.providerConfigs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const providerConfig of providerConfigList(client, 'my-gateway')) {
 *   console.log(providerConfig);
 * }
 * ```
 */
export declare function providerConfigList(client: APIClient, gatewayId: string, params?: ProviderConfigListParams, options?: RequestOptions): PagePromise<ProviderConfigListResponse[number]>;
/**
 * Update a Provider Configs
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
 *
 * The same as `client.aiGateway.providerConfigs.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const providerConfig = await providerConfigUpdate(client, 'my-gateway', 'id');
 * ```
 */
export declare function providerConfigUpdate(client: APIClient, gatewayId: string, id: string, params?: ProviderConfigUpdateParams, options?: RequestOptions): APIPromise<ProviderConfigUpdateResponse>;
