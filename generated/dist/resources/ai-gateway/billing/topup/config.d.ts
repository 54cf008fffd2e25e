import type { APIClient, RequestOptions } from '../../../../core/api-client.js';
import type { APIPromise } from '../../../../core/api-promise.js';
import type { ConfigCreateParams, ConfigCreateResponse, ConfigDeleteParams, ConfigDeleteResponse, ConfigGetParams, ConfigGetResponse } from './config.types.js';
/** Operations under `aiGateway.billing.topup.config`. */
export declare class Config {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Set auto top-up configuration
     *
     * Configure auto top-up with a balance threshold and top-up amount.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
     */
    create(params: ConfigCreateParams, options?: RequestOptions): APIPromise<ConfigCreateResponse>;
    /**
     * Delete auto top-up configuration
     *
     * Remove the auto top-up configuration for the account.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
     */
    delete(params?: ConfigDeleteParams, options?: RequestOptions): APIPromise<ConfigDeleteResponse>;
    /**
     * Get auto top-up configuration
     *
     * Retrieve the current auto top-up threshold, amount, and any error state.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
     */
    get(params?: ConfigGetParams, options?: RequestOptions): APIPromise<ConfigGetResponse>;
}
