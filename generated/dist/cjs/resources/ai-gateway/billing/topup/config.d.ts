/**
 * The operations of `client.aiGateway.billing.topup.config` (class `AiGatewayBillingTopupConfig`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../../core/client.js';
import type { APIPromise } from '../../../../core/api-promise.js';
import type { RequestOptions } from '../../../../core/request.js';
import type { ConfigCreateParams, ConfigCreateResponse, ConfigDeleteParams, ConfigDeleteResponse, ConfigGetParams, ConfigGetResponse } from './config.types.js';
export type * from './config.types.js';
/**
 * Set auto top-up configuration
 *
 * Configure auto top-up with a balance threshold and top-up amount.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const config = await configCreate(client, { body: { amount: 5000, threshold: 500 } });
 * ```
 */
export declare function configCreate(client: APIClient, params: ConfigCreateParams, options?: RequestOptions): APIPromise<ConfigCreateResponse>;
/**
 * Delete auto top-up configuration
 *
 * Remove the auto top-up configuration for the account.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const config = await configDelete(client);
 * ```
 */
export declare function configDelete(client: APIClient, params?: ConfigDeleteParams, options?: RequestOptions): APIPromise<ConfigDeleteResponse>;
/**
 * Get auto top-up configuration
 *
 * Retrieve the current auto top-up threshold, amount, and any error state.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const config = await configGet(client);
 * ```
 */
export declare function configGet(client: APIClient, params?: ConfigGetParams, options?: RequestOptions): APIPromise<ConfigGetResponse>;
