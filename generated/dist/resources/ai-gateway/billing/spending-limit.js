import { expandPath } from "../../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./spending-limit.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class SpendingLimit {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Set spending limit (deprecated)
   *
   * Deprecated: spending limits can no longer be created, enabled, or modified and this endpoint always responds 403. Use the new AI Gateway spend limits instead: https://developers.cloudflare.com/ai-gateway/features/spend-limits/. Existing limits can be removed via DELETE /spending-limit.
   *
   * `POST /accounts/{account_id}/ai-gateway/billing/spending-limit` (operationId `aig-billing-set-spending-limit`)
   * @deprecated
   */
  create(params, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitCreateResponse,
        explain: v.explainSpendingLimitCreateResponse,
        retrySafe: false
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
  delete(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitDeleteResponse,
        explain: v.explainSpendingLimitDeleteResponse,
        retrySafe: true
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
  get(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/billing/spending-limit", { account_id: accountIdParam }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isSpendingLimitGetResponse,
        explain: v.explainSpendingLimitGetResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  SpendingLimit
};
