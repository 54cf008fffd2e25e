import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./evaluations.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Evaluations {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new Evaluation
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
   */
  create(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isEvaluationCreateArgs, v.explainEvaluationCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationCreateResponse,
        explain: v.explainEvaluationCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Evaluation
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
   */
  delete(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isEvaluationDeleteArgs, v.explainEvaluationDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationDeleteResponse,
        explain: v.explainEvaluationDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Fetch a Evaluation
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
   */
  get(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isEvaluationGetArgs, v.explainEvaluationGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationGetResponse,
        explain: v.explainEvaluationGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Evaluations
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
   */
  list(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isEvaluationListArgs, v.explainEvaluationListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { name: params.name, page: params.page, per_page: params.per_page, processed: params.processed, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationListResponse,
        explain: v.explainEvaluationListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Evaluations
};
