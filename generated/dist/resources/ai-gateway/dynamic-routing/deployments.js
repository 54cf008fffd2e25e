import { expandPath } from "../../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./deployments.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Deployments {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new AI Gateway Dynamic Route Deployment.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
   */
  create(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDeploymentCreateResponse,
        explain: v.explainDeploymentCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * List all AI Gateway Dynamic Route Deployments.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
   */
  list(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isDeploymentListResponse,
        explain: v.explainDeploymentListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Deployments
};
