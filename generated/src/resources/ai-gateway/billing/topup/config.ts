/**
 * The operations of `client.aiGateway.billing.topup.config` (class `AiGatewayBillingTopupConfig`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../../core/client.js';
import type { APIPromise } from '../../../../core/api-promise.js';
import type { RequestOptions } from '../../../../core/request.js';
import { expandPath } from '../../../../internal/path.js';
import type { ConfigCreateParams, ConfigCreateResponse, ConfigDeleteParams, ConfigDeleteResponse, ConfigGetParams, ConfigGetResponse } from './config.types.js';
import { explainConfigCreateResponse, explainConfigDeleteResponse, explainConfigGetResponse, isConfigCreateResponse, isConfigDeleteResponse, isConfigGetResponse } from './config.validators.js';

export type * from './config.types.js';

/**
 * Set auto top-up configuration
 *
 * Configure auto top-up with a balance threshold and top-up amount.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function configCreate(client: APIClient, params: ConfigCreateParams, options?: RequestOptions): APIPromise<ConfigCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ConfigCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigCreateResponse,
      explain: explainConfigCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete auto top-up configuration
 *
 * Remove the auto top-up configuration for the account.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function configDelete(client: APIClient, params: ConfigDeleteParams = {}, options?: RequestOptions): APIPromise<ConfigDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ConfigDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigDeleteResponse,
      explain: explainConfigDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get auto top-up configuration
 *
 * Retrieve the current auto top-up threshold, amount, and any error state.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
 *
 * The same as `client.aiGateway.billing.topup.config.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function configGet(client: APIClient, params: ConfigGetParams = {}, options?: RequestOptions): APIPromise<ConfigGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<ConfigGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigGetResponse,
      explain: explainConfigGetResponse,
      retrySafe: true,
    };
  }, options);
}
