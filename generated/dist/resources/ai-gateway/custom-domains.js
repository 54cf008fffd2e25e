import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./custom-domains.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class CustomDomains {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Create a custom domain for a gateway
   *
   * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
   */
  create(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isCustomDomainCreateArgs, v.explainCustomDomainCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainCreateResponse,
        explain: v.explainCustomDomainCreateResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Delete a Custom Domain
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
   */
  delete(gatewayId, hostname, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, hostname }, v.isCustomDomainDeleteArgs, v.explainCustomDomainDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainDeleteResponse,
        explain: v.explainCustomDomainDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Fetch a Custom Domain
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
   */
  get(gatewayId, hostname, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, hostname }, v.isCustomDomainGetArgs, v.explainCustomDomainGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainGetResponse,
        explain: v.explainCustomDomainGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Custom Domains
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
   */
  list(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isCustomDomainListArgs, v.explainCustomDomainListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page, search: params.search, status: params.status },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainListResponse,
        explain: v.explainCustomDomainListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  CustomDomains
};
