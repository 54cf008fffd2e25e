import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { SpendingLimitCreateParams, SpendingLimitCreateResponse, SpendingLimitDeleteParams, SpendingLimitDeleteResponse, SpendingLimitGetParams, SpendingLimitGetResponse } from './spending-limit.types.js';
/** Operations under `aiGateway.billing.spendingLimit`. */
export declare class SpendingLimit {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Set spending limit (deprecated)
     *
     * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
     * @deprecated
     */
    create(params: SpendingLimitCreateParams, options?: RequestOptions): APIPromise<SpendingLimitCreateResponse>;
    /**
     * Delete spending limit
     *
     * Remove the spending limit for the account.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
     */
    delete(params?: SpendingLimitDeleteParams, options?: RequestOptions): APIPromise<SpendingLimitDeleteResponse>;
    /**
     * Get spending limit
     *
     * Retrieve the current spending limit configuration for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
     */
    get(params?: SpendingLimitGetParams, options?: RequestOptions): APIPromise<SpendingLimitGetResponse>;
}
