import { expandPath } from "../../core/path.js";
import { Costs } from "./custom-providers/costs.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./custom-providers.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class CustomProviders {
  constructor(_client) {
    this._client = _client;
  }
  #costs;
  /** Costs operations, created on first use. */
  get costs() {
    return this.#costs ??= new Costs(this._client);
  }
  /**
   * Create a new Account Provider
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
   */
  create(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderCreateResponse,
        explain: v.explainCustomProviderCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Account Provider
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
   */
  delete(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCustomProviderDeleteArgs, v.explainCustomProviderDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderDeleteResponse,
        explain: v.explainCustomProviderDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Update a Account Provider
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
   */
  edit(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCustomProviderEditArgs, v.explainCustomProviderEditArgs);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderEditResponse,
        explain: v.explainCustomProviderEditResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Fetch a Account Provider
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
   */
  get(id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id }, v.isCustomProviderGetArgs, v.explainCustomProviderGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderGetResponse,
        explain: v.explainCustomProviderGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Account Providers
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
   */
  list(params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isCustomProviderListArgs, v.explainCustomProviderListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
        query: { beta: params.beta, enable: params.enable, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderListResponse,
        explain: v.explainCustomProviderListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  CustomProviders
};
