/**
 * The operations of `client.aiGateway.customProviders.costs` (class `AiGatewayCustomProvidersCosts`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { type PagePromise } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/request.js';
import type { CostCreateParams, CostCreateResponse, CostDeleteParams, CostDeleteResponse, CostEditParams, CostEditResponse, CostGetParams, CostGetResponse, CostListParams, CostListResponse } from './costs.types.js';
export type * from './costs.types.js';
/**
 * Create a new Account Provider Cost
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
 *
 * The same as `client.aiGateway.customProviders.costs.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const cost = await costCreate(client);
 * ```
 */
export declare function costCreate(client: APIClient, params?: CostCreateParams, options?: RequestOptions): APIPromise<CostCreateResponse>;
/**
 * Delete a Account Provider Cost
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
 *
 * The same as `client.aiGateway.customProviders.costs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const cost = await costDelete(client, '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e');
 * ```
 */
export declare function costDelete(client: APIClient, id: string, params?: CostDeleteParams, options?: RequestOptions): APIPromise<CostDeleteResponse>;
/**
 * Update a Account Provider Cost
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
 *
 * The same as `client.aiGateway.customProviders.costs.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const cost = await costEdit(client, '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e');
 * ```
 */
export declare function costEdit(client: APIClient, id: string, params?: CostEditParams, options?: RequestOptions): APIPromise<CostEditResponse>;
/**
 * Fetch a Account Provider Cost
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
 *
 * The same as `client.aiGateway.customProviders.costs.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const cost = await costGet(client, '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e');
 * ```
 */
export declare function costGet(client: APIClient, id: string, params?: CostGetParams, options?: RequestOptions): APIPromise<CostGetResponse>;
/**
 * List Account Provider Costs
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.customProviders.costs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const cost of costList(client)) {
 *   console.log(cost);
 * }
 * ```
 */
export declare function costList(client: APIClient, params?: CostListParams, options?: RequestOptions): PagePromise<CostListResponse[number]>;
