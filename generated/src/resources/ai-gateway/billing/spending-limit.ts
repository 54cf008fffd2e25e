/**
 * The operations of `client.aiGateway.billing.spendingLimit` (class `AiGatewayBillingSpendingLimit`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../../core/client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request.js';
import { expandPath } from '../../../internal/path.js';
import type { SpendingLimitCreateParams, SpendingLimitCreateResponse, SpendingLimitDeleteParams, SpendingLimitDeleteResponse, SpendingLimitGetParams, SpendingLimitGetResponse } from './spending-limit.types.js';
import { explainSpendingLimitCreateResponse, explainSpendingLimitDeleteResponse, explainSpendingLimitGetResponse, isSpendingLimitCreateResponse, isSpendingLimitDeleteResponse, isSpendingLimitGetResponse } from './spending-limit.validators.js';

export type * from './spending-limit.types.js';

/**
 * Set spending limit (deprecated)
 *
 * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
 *
 * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
 * @deprecated
 *
 * The same as `client.aiGateway.billing.spendingLimit.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function spendingLimitCreate(client: APIClient, params: SpendingLimitCreateParams, options?: RequestOptions): APIPromise<SpendingLimitCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<SpendingLimitCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitCreateResponse,
      explain: explainSpendingLimitCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete spending limit
 *
 * Remove the spending limit for the account.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
 *
 * The same as `client.aiGateway.billing.spendingLimit.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function spendingLimitDelete(client: APIClient, params: SpendingLimitDeleteParams = {}, options?: RequestOptions): APIPromise<SpendingLimitDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<SpendingLimitDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitDeleteResponse,
      explain: explainSpendingLimitDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get spending limit
 *
 * Retrieve the current spending limit configuration for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
 *
 * The same as `client.aiGateway.billing.spendingLimit.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function spendingLimitGet(client: APIClient, params: SpendingLimitGetParams = {}, options?: RequestOptions): APIPromise<SpendingLimitGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<SpendingLimitGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitGetResponse,
      explain: explainSpendingLimitGetResponse,
      retrySafe: true,
    };
  }, options);
}
