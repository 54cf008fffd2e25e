import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import { Config } from './topup/config.js';
import type { TopupCreateParams, TopupCreateResponse, TopupLimitsParams, TopupLimitsResponse, TopupStatusParams, TopupStatusResponse } from './topup.types.js';
import type * as Validators from './topup.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./topup.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.billing.topup`. */
export class Topup {
  #config: Config | undefined;

  constructor(private readonly _client: APIClient) {}

  /** Config operations, created on first use. */
  get config(): Config {
    return (this.#config ??= new Config(this._client));
  }

  /**
   * Create a top-up
   *
   * Create a credit top-up for the given account, charged to the account's default payment method.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
   */
  create(params: TopupCreateParams, options?: RequestOptions): APIPromise<TopupCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<TopupCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupCreateResponse,
        explain: v.explainTopupCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Get account top-up limits
   *
   * Retrieve the minimum and maximum allowed top-up amounts (in cents) for this account.
   *
   * `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` (operationId `aig-billing-get-topup-limits`)
   */
  limits(params: TopupLimitsParams = {}, options?: RequestOptions): APIPromise<TopupLimitsResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<TopupLimitsResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/limits", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupLimitsResponse,
        explain: v.explainTopupLimitsResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Check top-up status
   *
   * Get the payment processing status of a top-up by its invoice ID.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup/status` (operationId `aig-billing-check-topup-status`)
   */
  status(params: TopupStatusParams, options?: RequestOptions): APIPromise<TopupStatusResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<TopupStatusResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/status", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupStatusResponse,
        explain: v.explainTopupStatusResponse,
        retrySafe: false,
      };
    }), options);
  }
}
