/**
 * The operations of `client.aiGateway.datasets` (class `AiGatewayDatasets`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { DatasetCreateParams, DatasetCreateResponse, DatasetDeleteParams, DatasetDeleteResponse, DatasetGetParams, DatasetGetResponse, DatasetListParams, DatasetListResponse, DatasetUpdateParams, DatasetUpdateResponse } from './datasets.types.js';
export type * from './datasets.types.js';
/**
 * Create a new Dataset
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
 *
 * The same as `client.aiGateway.datasets.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dataset = await datasetCreate(client, 'my-gateway');
 * ```
 */
export declare function datasetCreate(client: APIClient, gatewayId: string, params?: DatasetCreateParams, options?: RequestOptions): APIPromise<DatasetCreateResponse>;
/**
 * Delete a Dataset
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
 *
 * The same as `client.aiGateway.datasets.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dataset = await datasetDelete(client, 'my-gateway', 'id');
 * ```
 */
export declare function datasetDelete(client: APIClient, gatewayId: string, id: string, params?: DatasetDeleteParams, options?: RequestOptions): APIPromise<DatasetDeleteResponse>;
/**
 * Fetch a Dataset
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
 *
 * The same as `client.aiGateway.datasets.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dataset = await datasetGet(client, 'my-gateway', 'id');
 * ```
 */
export declare function datasetGet(client: APIClient, gatewayId: string, id: string, params?: DatasetGetParams, options?: RequestOptions): APIPromise<DatasetGetResponse>;
/**
 * List Datasets
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.datasets.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const dataset of datasetList(client, 'my-gateway')) {
 *   console.log(dataset);
 * }
 * ```
 */
export declare function datasetList(client: APIClient, gatewayId: string, params?: DatasetListParams, options?: RequestOptions): PagePromise<DatasetListResponse[number]>;
/**
 * Update a Dataset
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
 *
 * The same as `client.aiGateway.datasets.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const dataset = await datasetUpdate(client, 'my-gateway', 'id');
 * ```
 */
export declare function datasetUpdate(client: APIClient, gatewayId: string, id: string, params?: DatasetUpdateParams, options?: RequestOptions): APIPromise<DatasetUpdateResponse>;
