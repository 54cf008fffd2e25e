import { expandPath } from "../../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./costs.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Costs {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new Account Provider Cost
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-create-account-provider-cost`)
   */
  create(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostCreateResponse,
        explain: v.explainCostCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Account Provider Cost
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-delete-account-provider-cost`)
   */
  delete(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCostDeleteArgs, v.explainCostDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostDeleteResponse,
        explain: v.explainCostDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Update a Account Provider Cost
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-update-account-provider-cost`)
   */
  edit(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCostEditArgs, v.explainCostEditArgs);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostEditResponse,
        explain: v.explainCostEditResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Fetch a Account Provider Cost
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` (operationId `aig-config-fetch-account-provider-cost`)
   */
  get(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCostGetArgs, v.explainCostGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}", { account_id: accountIdParam, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostGetResponse,
        explain: v.explainCostGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Account Provider Costs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` (operationId `aig-config-list-account-provider-cost`)
   */
  list(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isCostListArgs, v.explainCostListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/costs", { account_id: accountIdParam }),
        query: { account_provider_id: params.account_provider_id, cost_type: params.cost_type, enable: params.enable, model_rule: params.model_rule, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCostListResponse,
        explain: v.explainCostListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Costs
};
