/**
 * The operations of `client.aiGateway.billing.spendingLimit` (class `AiGatewayBillingSpendingLimit`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import type { SpendingLimitCreateParams, SpendingLimitCreateResponse, SpendingLimitDeleteParams, SpendingLimitDeleteResponse, SpendingLimitGetParams, SpendingLimitGetResponse } from './spending-limit.types.js';
export type * from './spending-limit.types.js';
/**
 * Set spending limit (deprecated)
 *
 * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
 *
 * The same as `client.aiGateway.billing.spendingLimit.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const spendingLimit = await spendingLimitCreate(
 *   client,
 *   { body: { amount: 10000, duration: 'monthly', strategy: 'fixed' } },
 * );
 * ```
 * @deprecated
 */
export declare function spendingLimitCreate(client: APIClient, params: SpendingLimitCreateParams, options?: RequestOptions): APIPromise<SpendingLimitCreateResponse>;
/**
 * Delete spending limit
 *
 * Remove the spending limit for the account.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
 *
 * The same as `client.aiGateway.billing.spendingLimit.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const spendingLimit = await spendingLimitDelete(client);
 * ```
 */
export declare function spendingLimitDelete(client: APIClient, params?: SpendingLimitDeleteParams, options?: RequestOptions): APIPromise<SpendingLimitDeleteResponse>;
/**
 * Get spending limit
 *
 * Retrieve the current spending limit configuration for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
 *
 * The same as `client.aiGateway.billing.spendingLimit.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const spendingLimit = await spendingLimitGet(client);
 * ```
 */
export declare function spendingLimitGet(client: APIClient, params?: SpendingLimitGetParams, options?: RequestOptions): APIPromise<SpendingLimitGetResponse>;
