import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./provider-configs.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class ProviderConfigs {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new Provider Configs
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
   */
  create(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isProviderConfigCreateArgs, v.explainProviderConfigCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigCreateResponse,
        explain: v.explainProviderConfigCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Provider Configs
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
   */
  delete(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isProviderConfigDeleteArgs, v.explainProviderConfigDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigDeleteResponse,
        explain: v.explainProviderConfigDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Provider Configs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
   */
  list(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isProviderConfigListArgs, v.explainProviderConfigListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigListResponse,
        explain: v.explainProviderConfigListResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Update a Provider Configs
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
   */
  update(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isProviderConfigUpdateArgs, v.explainProviderConfigUpdateArgs);
      return {
        method: "put",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigUpdateResponse,
        explain: v.explainProviderConfigUpdateResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  ProviderConfigs
};
