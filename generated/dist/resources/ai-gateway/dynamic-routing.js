import { expandPath } from "../../core/path.js";
import { Deployments } from "./dynamic-routing/deployments.js";
import { Versions } from "./dynamic-routing/versions.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./dynamic-routing.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class DynamicRouting {
  constructor(_client) {
    this._client = _client;
  }
  #deployments;
  #versions;
  /** Deployments operations, created on first use. */
  get deployments() {
    return this.#deployments ??= new Deployments(this._client);
  }
  /** Versions operations, created on first use. */
  get versions() {
    return this.#versions ??= new Versions(this._client);
  }
  /**
   * Create a new AI Gateway Dynamic Route.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
   */
  create(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingCreateResponse,
        explain: v.explainDynamicRoutingCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete an AI Gateway Dynamic Route.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
   */
  delete(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingDeleteResponse,
        explain: v.explainDynamicRoutingDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Get an AI Gateway Dynamic Route.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
   */
  get(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingGetResponse,
        explain: v.explainDynamicRoutingGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List all AI Gateway Dynamic Routes.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
   */
  list(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDynamicRoutingListArgs, v.explainDynamicRoutingListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isDynamicRoutingListResponse,
        explain: v.explainDynamicRoutingListResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Update an AI Gateway Dynamic Route.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
   */
  update(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "route",
        check: v.isDynamicRoutingUpdateResponse,
        explain: v.explainDynamicRoutingUpdateResponse,
        retrySafe: false
      };
    }), options);
  }
}
export {
  DynamicRouting
};
