import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./urls.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Urls {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Get Gateway URL
   *
   * Retrieves the endpoint URL for an AI Gateway.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
   */
  get(gatewayId, provider, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, provider }, v.isUrlGetArgs, v.explainUrlGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}", { account_id: accountIdParam, gateway_id: gatewayId, provider }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isUrlGetResponse,
        explain: v.explainUrlGetResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Urls
};
