import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { Costs } from './custom-providers/costs.js';
import type { CustomProviderCreateParams, CustomProviderCreateResponse, CustomProviderDeleteParams, CustomProviderDeleteResponse, CustomProviderEditParams, CustomProviderEditResponse, CustomProviderGetParams, CustomProviderGetResponse, CustomProviderListParams, CustomProviderListResponse } from './custom-providers.types.js';
/** Operations under `aiGateway.customProviders`. */
export declare class CustomProviders {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** Costs operations, created on first use. */
    get costs(): Costs;
    /**
     * Create a new Account Provider
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
     */
    create(params?: CustomProviderCreateParams, options?: RequestOptions): APIPromise<CustomProviderCreateResponse>;
    /**
     * Delete a Account Provider
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
     */
    delete(id: string, params?: CustomProviderDeleteParams, options?: RequestOptions): APIPromise<CustomProviderDeleteResponse>;
    /**
     * Update a Account Provider
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
     */
    edit(id: string, params?: CustomProviderEditParams, options?: RequestOptions): APIPromise<CustomProviderEditResponse>;
    /**
     * Fetch a Account Provider
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
     */
    get(id: string, params?: CustomProviderGetParams, options?: RequestOptions): APIPromise<CustomProviderGetResponse>;
    /**
     * List Account Providers
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
     */
    list(params?: CustomProviderListParams, options?: RequestOptions): APIPromise<CustomProviderListResponse>;
}
