import { expandPath } from "../../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./versions.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Versions {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a new AI Gateway Dynamic Route Version.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
   */
  create(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isVersionCreateResponse,
        explain: v.explainVersionCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Get an AI Gateway Dynamic Route Version.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
   */
  get(gatewayId, id, versionId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}", { account_id: accountIdParam, gateway_id: gatewayId, id, version_id: versionId }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isVersionGetResponse,
        explain: v.explainVersionGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List all AI Gateway Dynamic Route Versions.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
   */
  list(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isVersionListResponse,
        explain: v.explainVersionListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Versions
};
