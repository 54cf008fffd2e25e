import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { Config } from './topup/config.js';
import type { TopupCreateParams, TopupCreateResponse, TopupLimitsParams, TopupLimitsResponse, TopupStatusParams, TopupStatusResponse } from './topup.types.js';
/** Operations under `aiGateway.billing.topup`. */
export declare class Topup {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** Config operations, created on first use. */
    get config(): Config;
    /**
     * Create a top-up
     *
     * Create a credit top-up for the given account, charged to the account's default payment method.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
     */
    create(params: TopupCreateParams, options?: RequestOptions): APIPromise<TopupCreateResponse>;
    /**
     * Get account top-up limits
     *
     * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
     *
     * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
     */
    limits(params?: TopupLimitsParams, options?: RequestOptions): APIPromise<TopupLimitsResponse>;
    /**
     * Check top-up status
     *
     * Get the payment processing status of a top-up by its invoice ID.
     *
     * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
     */
    status(params: TopupStatusParams, options?: RequestOptions): APIPromise<TopupStatusResponse>;
}
