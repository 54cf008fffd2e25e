import { expandPath } from "../../../core/path.js";
import { Config } from "./topup/config.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./topup.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Topup {
  constructor(_client) {
    this._client = _client;
  }
  #config;
  /** Config operations, created on first use. */
  get config() {
    return this.#config ??= new Config(this._client);
  }
  /**
   * Create a top-up
   *
   * Create a credit top-up for the given account, charged to the account's default payment method.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup` (operationId `aig-billing-create-topup`)
   */
  create(params, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupCreateResponse,
        explain: v.explainTopupCreateResponse,
        retrySafe: false
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
  limits(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/limits", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupLimitsResponse,
        explain: v.explainTopupLimitsResponse,
        retrySafe: true
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
  status(params, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/status", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isTopupStatusResponse,
        explain: v.explainTopupStatusResponse,
        retrySafe: false
      };
    }), options);
  }
}
export {
  Topup
};
