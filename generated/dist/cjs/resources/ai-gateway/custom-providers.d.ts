/**
 * The operations of `client.aiGateway.customProviders` (class `AiGatewayCustomProviders`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { CustomProviderCreateParams, CustomProviderCreateResponse, CustomProviderDeleteParams, CustomProviderDeleteResponse, CustomProviderEditParams, CustomProviderEditResponse, CustomProviderGetParams, CustomProviderGetResponse, CustomProviderListParams, CustomProviderListResponse } from './custom-providers.types.js';
export type * from './custom-providers.types.js';
/**
 * Create a new Account Provider
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customProvider = await customProviderCreate(client);
 * ```
 */
export declare function customProviderCreate(client: APIClient, params?: CustomProviderCreateParams, options?: RequestOptions): APIPromise<CustomProviderCreateResponse>;
/**
 * Delete a Account Provider
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customProvider = await customProviderDelete(
 *   client,
 *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
 * );
 * ```
 */
export declare function customProviderDelete(client: APIClient, id: string, params?: CustomProviderDeleteParams, options?: RequestOptions): APIPromise<CustomProviderDeleteResponse>;
/**
 * Update a Account Provider
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customProvider = await customProviderEdit(
 *   client,
 *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
 * );
 * ```
 */
export declare function customProviderEdit(client: APIClient, id: string, params?: CustomProviderEditParams, options?: RequestOptions): APIPromise<CustomProviderEditResponse>;
/**
 * Fetch a Account Provider
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
 *
 * The same as `client.aiGateway.customProviders.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customProvider = await customProviderGet(client, '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e');
 * ```
 */
export declare function customProviderGet(client: APIClient, id: string, params?: CustomProviderGetParams, options?: RequestOptions): APIPromise<CustomProviderGetResponse>;
/**
 * List Account Providers
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.customProviders.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const customProvider of customProviderList(client)) {
 *   console.log(customProvider);
 * }
 * ```
 */
export declare function customProviderList(client: APIClient, params?: CustomProviderListParams, options?: RequestOptions): PagePromise<CustomProviderListResponse[number]>;
