import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { CostCreateParams, CostCreateResponse, CostDeleteParams, CostDeleteResponse, CostEditParams, CostEditResponse, CostGetParams, CostGetResponse, CostListParams, CostListResponse } from './costs.types.js';
/** Operations under `aiGateway.customProviders.costs`. */
export declare class Costs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Account Provider Cost
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
     */
    create(params?: CostCreateParams, options?: RequestOptions): APIPromise<CostCreateResponse>;
    /**
     * Delete a Account Provider Cost
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
     */
    delete(id: string, params?: CostDeleteParams, options?: RequestOptions): APIPromise<CostDeleteResponse>;
    /**
     * Update a Account Provider Cost
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
     */
    edit(id: string, params?: CostEditParams, options?: RequestOptions): APIPromise<CostEditResponse>;
    /**
     * Fetch a Account Provider Cost
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
     */
    get(id: string, params?: CostGetParams, options?: RequestOptions): APIPromise<CostGetResponse>;
    /**
     * List Account Provider Costs
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
     */
    list(params?: CostListParams, options?: RequestOptions): APIPromise<CostListResponse>;
}
