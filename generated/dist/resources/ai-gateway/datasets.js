import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./datasets.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Datasets {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new Dataset
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
   */
  create(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDatasetCreateArgs, v.explainDatasetCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetCreateResponse,
        explain: v.explainDatasetCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Dataset
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
   */
  delete(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isDatasetDeleteArgs, v.explainDatasetDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetDeleteResponse,
        explain: v.explainDatasetDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Fetch a Dataset
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
   */
  get(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isDatasetGetArgs, v.explainDatasetGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetGetResponse,
        explain: v.explainDatasetGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Datasets
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
   */
  list(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDatasetListArgs, v.explainDatasetListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { enable: params.enable, name: params.name, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetListResponse,
        explain: v.explainDatasetListResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Update a Dataset
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
   */
  update(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isDatasetUpdateArgs, v.explainDatasetUpdateArgs);
      return {
        method: "put",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetUpdateResponse,
        explain: v.explainDatasetUpdateResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Datasets
};
