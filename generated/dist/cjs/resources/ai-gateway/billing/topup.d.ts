/**
 * The operations of `client.aiGateway.billing.topup` (class `AiGatewayBillingTopup`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import type { TopupCreateParams, TopupCreateResponse, TopupLimitsParams, TopupLimitsResponse, TopupStatusParams, TopupStatusResponse } from './topup.types.js';
export type * from './topup.types.js';
/**
 * Create a top-up
 *
 * Create a credit top-up for the given account, charged to the account's default payment method.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
 *
 * The same as `client.aiGateway.billing.topup.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const topup = await topupCreate(client, { body: { amount: 5000 } });
 * ```
 */
export declare function topupCreate(client: APIClient, params: TopupCreateParams, options?: RequestOptions): APIPromise<TopupCreateResponse>;
/**
 * Get account top-up limits
 *
 * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
 *
 * The same as `client.aiGateway.billing.topup.limits()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const topup = await topupLimits(client);
 * ```
 */
export declare function topupLimits(client: APIClient, params?: TopupLimitsParams, options?: RequestOptions): APIPromise<TopupLimitsResponse>;
/**
 * Check top-up status
 *
 * Get the payment processing status of a top-up by its invoice ID.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
 *
 * The same as `client.aiGateway.billing.topup.status()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const topup = await topupStatus(client, { body: { payment_intent_id: 'in_1abc' } });
 * ```
 */
export declare function topupStatus(client: APIClient, params: TopupStatusParams, options?: RequestOptions): APIPromise<TopupStatusResponse>;
