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
var provider_configs_exports = {};
__export(provider_configs_exports, {
  providerConfigCreate: () => providerConfigCreate,
  providerConfigDelete: () => providerConfigDelete,
  providerConfigList: () => providerConfigList,
  providerConfigUpdate: () => providerConfigUpdate
});
module.exports = __toCommonJS(provider_configs_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_provider_configs_validators = require("./provider-configs.validators.js");
function providerConfigCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_provider_configs_validators.isProviderConfigCreateArgs,
      import_provider_configs_validators.explainProviderConfigCreateArgs
    );
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_provider_configs_validators.isProviderConfigCreateResponse,
      explain: import_provider_configs_validators.explainProviderConfigCreateResponse,
      retrySafe: false
    };
  }, options);
}
function providerConfigDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_provider_configs_validators.isProviderConfigDeleteArgs,
      import_provider_configs_validators.explainProviderConfigDeleteArgs
    );
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_provider_configs_validators.isProviderConfigDeleteResponse,
      explain: import_provider_configs_validators.explainProviderConfigDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function providerConfigList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_provider_configs_validators.isProviderConfigListArgs,
      import_provider_configs_validators.explainProviderConfigListArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_provider_configs_validators.isProviderConfigListResponse,
      explain: import_provider_configs_validators.explainProviderConfigListResponse,
      retrySafe: true
    };
  }, options);
}
function providerConfigUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_provider_configs_validators.isProviderConfigUpdateArgs,
      import_provider_configs_validators.explainProviderConfigUpdateArgs
    );
    return {
      method: "put",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_provider_configs_validators.isProviderConfigUpdateResponse,
      explain: import_provider_configs_validators.explainProviderConfigUpdateResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  providerConfigCreate,
  providerConfigDelete,
  providerConfigList,
  providerConfigUpdate
});
