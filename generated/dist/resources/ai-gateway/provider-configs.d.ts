import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { ProviderConfigCreateParams, ProviderConfigCreateResponse, ProviderConfigDeleteParams, ProviderConfigDeleteResponse, ProviderConfigListParams, ProviderConfigListResponse, ProviderConfigUpdateParams, ProviderConfigUpdateResponse } from './provider-configs.types.js';
/** Operations under `aiGateway.providerConfigs`. */
export declare class ProviderConfigs {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Provider Configs
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
     */
    create(gatewayId: string, params?: ProviderConfigCreateParams, options?: RequestOptions): APIPromise<ProviderConfigCreateResponse>;
    /**
     * Delete a Provider Configs
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
     */
    delete(gatewayId: string, id: string, params?: ProviderConfigDeleteParams, options?: RequestOptions): APIPromise<ProviderConfigDeleteResponse>;
    /**
     * List Provider Configs
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
     */
    list(gatewayId: string, params?: ProviderConfigListParams, options?: RequestOptions): APIPromise<ProviderConfigListResponse>;
    /**
     * Update a Provider Configs
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
     */
    update(gatewayId: string, id: string, params?: ProviderConfigUpdateParams, options?: RequestOptions): APIPromise<ProviderConfigUpdateResponse>;
}
