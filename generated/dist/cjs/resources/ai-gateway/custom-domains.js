var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var custom_domains_exports = {};
__export(custom_domains_exports, {
  customDomainCreate: () => customDomainCreate,
  customDomainDelete: () => customDomainDelete,
  customDomainGet: () => customDomainGet,
  customDomainList: () => customDomainList
});
module.exports = __toCommonJS(custom_domains_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_custom_domains_validators = require("./custom-domains.validators.js");
function customDomainCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_custom_domains_validators.isCustomDomainCreateArgs,
      import_custom_domains_validators.explainCustomDomainCreateArgs
    );
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_domains_validators.isCustomDomainCreateResponse,
      explain: import_custom_domains_validators.explainCustomDomainCreateResponse,
      retrySafe: false
    };
  }, options);
}
function customDomainDelete(client, gatewayId, hostname, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, hostname },
      import_custom_domains_validators.isCustomDomainDeleteArgs,
      import_custom_domains_validators.explainCustomDomainDeleteArgs
    );
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}",
        { account_id: accountIdParam, gateway_id: gatewayId, hostname }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_domains_validators.isCustomDomainDeleteResponse,
      explain: import_custom_domains_validators.explainCustomDomainDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function customDomainGet(client, gatewayId, hostname, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, hostname },
      import_custom_domains_validators.isCustomDomainGetArgs,
      import_custom_domains_validators.explainCustomDomainGetArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}",
        { account_id: accountIdParam, gateway_id: gatewayId, hostname }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_domains_validators.isCustomDomainGetResponse,
      explain: import_custom_domains_validators.explainCustomDomainGetResponse,
      retrySafe: true
    };
  }, options);
}
function customDomainList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_custom_domains_validators.isCustomDomainListArgs,
      import_custom_domains_validators.explainCustomDomainListArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        page: params.page,
        per_page: params.per_page,
        search: params.search,
        status: params.status
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_custom_domains_validators.isCustomDomainListResponse,
      explain: import_custom_domains_validators.explainCustomDomainListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  customDomainCreate,
  customDomainDelete,
  customDomainGet,
  customDomainList
});
