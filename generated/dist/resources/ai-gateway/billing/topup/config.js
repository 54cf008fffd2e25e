import { expandPath } from "../../../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./config.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Config {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Set auto top-up configuration
   *
   * Configure auto top-up with a balance threshold and top-up amount.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/topup/config` (operationId `aig-billing-set-topup-config`)
   */
  create(params, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigCreateResponse,
        explain: v.explainConfigCreateResponse,
        retrySafe: false
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
  delete(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigDeleteResponse,
        explain: v.explainConfigDeleteResponse,
        retrySafe: true
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
  get(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/topup/config", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isConfigGetResponse,
        explain: v.explainConfigGetResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Config
};
