import type { APIClient, RequestOptions } from '../../../../core/api-client.js';
import type { APIPromise } from '../../../../core/api-promise.js';
import { expandPath } from '../../../../core/path.js';
import type { ConfigCreateParams, ConfigCreateResponse, ConfigDeleteParams, ConfigDeleteResponse, ConfigGetParams, ConfigGetResponse } from './config.types.js';
import type * as Validators from './config.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./config.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.billing.topup.config`. */
export class Config {
  constructor(private readonly _client: APIClient) {}

  /**
   * Set auto top-up configuration
   *
   * Configure auto top-up with a balance threshold and top-up amount.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
   */
  create(params: ConfigCreateParams, options?: RequestOptions): APIPromise<ConfigCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ConfigCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigCreateResponse,
        explain: v.explainConfigCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete auto top-up configuration
   *
   * Remove the auto top-up configuration for the account.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-delete-topup-config`)
   */
  delete(params: ConfigDeleteParams = {}, options?: RequestOptions): APIPromise<ConfigDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ConfigDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigDeleteResponse,
        explain: v.explainConfigDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get auto top-up configuration
   *
   * Retrieve the current auto top-up threshold, amount, and any error state.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-get-topup-config`)
   */
  get(params: ConfigGetParams = {}, options?: RequestOptions): APIPromise<ConfigGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ConfigGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigGetResponse,
        explain: v.explainConfigGetResponse,
        retrySafe: true,
      };
    }), options);
  }
}
