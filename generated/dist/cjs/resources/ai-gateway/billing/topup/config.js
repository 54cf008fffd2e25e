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
var config_exports = {};
__export(config_exports, {
  configCreate: () => configCreate,
  configDelete: () => configDelete,
  configGet: () => configGet
});
module.exports = __toCommonJS(config_exports);
var import_path = require("../../../../internal/path.js");
var import_config_validators = require("./config.validators.js");
function configCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_config_validators.isConfigCreateResponse,
      explain: import_config_validators.explainConfigCreateResponse,
      retrySafe: false
    };
  }, options);
}
function configDelete(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_config_validators.isConfigDeleteResponse,
      explain: import_config_validators.explainConfigDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function configGet(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_config_validators.isConfigGetResponse,
      explain: import_config_validators.explainConfigGetResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  configCreate,
  configDelete,
  configGet
});
