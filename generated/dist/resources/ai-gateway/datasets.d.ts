import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { DatasetCreateParams, DatasetCreateResponse, DatasetDeleteParams, DatasetDeleteResponse, DatasetGetParams, DatasetGetResponse, DatasetListParams, DatasetListResponse, DatasetUpdateParams, DatasetUpdateResponse } from './datasets.types.js';
/** Operations under `aiGateway.datasets`. */
export declare class Datasets {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Dataset
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
     */
    create(gatewayId: string, params?: DatasetCreateParams, options?: RequestOptions): APIPromise<DatasetCreateResponse>;
    /**
     * Delete a Dataset
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
     */
    delete(gatewayId: string, id: string, params?: DatasetDeleteParams, options?: RequestOptions): APIPromise<DatasetDeleteResponse>;
    /**
     * Fetch a Dataset
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
     */
    get(gatewayId: string, id: string, params?: DatasetGetParams, options?: RequestOptions): APIPromise<DatasetGetResponse>;
    /**
     * List Datasets
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
     */
    list(gatewayId: string, params?: DatasetListParams, options?: RequestOptions): APIPromise<DatasetListResponse>;
    /**
     * Update a Dataset
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
     */
    update(gatewayId: string, id: string, params?: DatasetUpdateParams, options?: RequestOptions): APIPromise<DatasetUpdateResponse>;
}
