import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import type { SpendingLimitCreateParams, SpendingLimitCreateResponse, SpendingLimitDeleteParams, SpendingLimitDeleteResponse, SpendingLimitGetParams, SpendingLimitGetResponse } from './spending-limit.types.js';
import type * as Validators from './spending-limit.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./spending-limit.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.billing.spendingLimit`. */
export class SpendingLimit {
  constructor(private readonly _client: APIClient) {}

  /**
   * Set spending limit (deprecated)
   *
   * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
   * @deprecated
   */
  create(params: SpendingLimitCreateParams, options?: RequestOptions): APIPromise<SpendingLimitCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<SpendingLimitCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitCreateResponse,
        explain: v.explainSpendingLimitCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete spending limit
   *
   * Remove the spending limit for the account.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-delete-spending-limit`)
   */
  delete(params: SpendingLimitDeleteParams = {}, options?: RequestOptions): APIPromise<SpendingLimitDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<SpendingLimitDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitDeleteResponse,
        explain: v.explainSpendingLimitDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get spending limit
   *
   * Retrieve the current spending limit configuration for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-get-spending-limit`)
   */
  get(params: SpendingLimitGetParams = {}, options?: RequestOptions): APIPromise<SpendingLimitGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<SpendingLimitGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitGetResponse,
        explain: v.explainSpendingLimitGetResponse,
        retrySafe: true,
      };
    }), options);
  }
}
