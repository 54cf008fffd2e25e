/**
 * The operations of `client.aiGateway.billing.topup` (class `AiGatewayBillingTopup`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import { expandPath } from '../../../internal/path.js';
import type { TopupCreateParams, TopupCreateResponse, TopupLimitsParams, TopupLimitsResponse, TopupStatusParams, TopupStatusResponse } from './topup.types.js';
import { explainTopupCreateResponse, explainTopupLimitsResponse, explainTopupStatusResponse, isTopupCreateResponse, isTopupLimitsResponse, isTopupStatusResponse } from './topup.validators.js';

export type * from './topup.types.js';

/**
 * Create a top-up
 *
 * Create a credit top-up for the given account, charged to the account's default payment method.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
 *
 * The same as `client.aiGateway.billing.topup.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function topupCreate(client: APIClient, params: TopupCreateParams, options?: RequestOptions): APIPromise<TopupCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<TopupCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupCreateResponse,
      explain: explainTopupCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Get account top-up limits
 *
 * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
 *
 * The same as `client.aiGateway.billing.topup.limits()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function topupLimits(client: APIClient, params: TopupLimitsParams = {}, options?: RequestOptions): APIPromise<TopupLimitsResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<TopupLimitsResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/limits", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupLimitsResponse,
      explain: explainTopupLimitsResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Check top-up status
 *
 * Get the payment processing status of a top-up by its invoice ID.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
 *
 * The same as `client.aiGateway.billing.topup.status()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function topupStatus(client: APIClient, params: TopupStatusParams, options?: RequestOptions): APIPromise<TopupStatusResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<TopupStatusResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/status", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupStatusResponse,
      explain: explainTopupStatusResponse,
      retrySafe: false,
    };
  }, options);
}
